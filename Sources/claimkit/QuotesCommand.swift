import ArgumentParser
import ClaimKit
import Foundation

/// `claimkit quotes`: who said what, grouped by speaker.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quoted statements grouped by speaker (canonical name, aliases, roles).",
        discussion: """
            Each quote is shown with its entry's time and title, its kind (direct, partial,
            headline), its cue and the channel when the page names one. --speaker keeps
            the speakers whose name or any alias matches, ignoring case and accents
            ("orban" finds Viktor Orbán).

            Examples:
              claimkit quotes Corpus/bbc-live-trump-putin-call.txt --speaker orban
              claimkit quotes page.html --order time --format markdown
              claimkit quotes Corpus/ --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }
    enum Order: String, ExpressibleByArgument, CaseIterable { case page, time }

    @OptionGroup var input: InputOptions

    @Option(help: "Only the speaker whose name or alias matches (case- and accent-insensitive).")
    var speaker: String?

    @Option(help: "Output format: text, markdown or json.")
    var format: Format = .text

    @Option(help: "Quote order: page (as on the page) or time (by entry time, earliest first).")
    var order: Order = .page

    @Flag(
        name: .customLong("unattributed"),
        help: "Also list quotes with no speaker (scare quotes, titles, nested quotes).")
    var includeUnattributed = false

    mutating func run() throws {
        var extractions: [Extraction] = []
        let failed = try input.forEachExtraction { extraction, _ in extractions.append(extraction) }
        var report = QuotesBySpeaker(extractions, order: order == .time ? .time : .page)
        if let speaker { report = report.matching(speaker: speaker) }
        if !includeUnattributed { report = report.attributedOnly() }
        switch format {
        case .text: Console.output(report.text())
        case .markdown: Console.output(report.markdown())
        case .json:
            var data = try report.json()
            data.append(0x0A)
            Console.output(data)
        }
        if let speaker, report.speakers.isEmpty {
            Console.error("claimkit: no quotes by a speaker matching \"\(speaker)\"")
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
