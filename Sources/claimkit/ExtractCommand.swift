import ArgumentParser
import ClaimKit
import Foundation

/// `claimkit extract`: the whole pipeline, printed as the JSON contract.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract entries, entities, quotes, claims and contradictions as JSON.",
        discussion: """
            One document prints as one JSON object (--format json, the default for a single
            input); a batch prints one object per line (--format jsonl, the default for
            several inputs). Problems go to standard error, one line each, naming the file;
            the exit status is 1 when any input failed, and the others are still printed.

            Examples:
              claimkit extract Corpus/bbc-live-trump-putin-call.txt --format json
              claimkit extract Corpus/ --format jsonl
              claimkit extract - < page.html
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: json (pretty, one document) or jsonl (one document per line).")
    var format: OutputFormat?

    mutating func run() throws {
        guard !input.inputs.isEmpty else {
            throw ValidationError(InputError.noInputs.description)
        }
        let pipeline = try input.makePipeline()
        let (sources, failures) = InputCollector.collect(input.inputs)
        var failed = failures.count
        for (name, error) in failures { Console.error("claimkit: \(name): \(error)") }
        let format = self.format ?? (sources.count == 1 && failures.isEmpty ? .json : .jsonl)
        for source in sources {
            do {
                let data: Data
                do { data = try source.read() } catch let error as InputError { throw error }
                let extraction = try pipeline.extract(data: data, sourceName: source.name)
                for diagnostic in extraction.diagnostics {
                    Console.error("claimkit: \(source.name): \(diagnostic)")
                }
                var json = try ContractReport(extraction).json(pretty: format == .json)
                json.append(0x0A)
                Console.output(json)
            } catch {
                failed += 1
                Console.error("claimkit: \(source.name): \(error)")
            }
        }
        if failed > 0 {
            if sources.count + failures.count > 1 {
                Console.error("claimkit: \(failed) of \(sources.count + failures.count) inputs failed")
            }
            throw ExitCode(1)
        }
    }
}
