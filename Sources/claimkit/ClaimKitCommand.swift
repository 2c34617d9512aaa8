import ArgumentParser

@main
struct ClaimKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimkit",
        abstract: "Reads news pages and live blogs: who is named, who said what, which figures disagree.",
        discussion: """
            Examples:
              claimkit extract Corpus/bbc-live-trump-putin-call.txt --format json
              claimkit extract Corpus/ --format jsonl > results.jsonl
              cat page.html | claimkit extract - --format json
            """,
        subcommands: [
            ExtractCommand.self, EntitiesCommand.self, QuotesCommand.self, FiguresCommand.self, QuantitiesCommand.self,
        ]
    )
}
