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
            several inputs), in input order, using every core. A .jsonl input (or any input
            with --input-format jsonl) holds one document per line: {"id": ..., "html": ...}
            or {"id": ..., "text": ...}.

            Problems go to standard error, one line each, naming the file and the reason;
            the other documents are still printed, and the exit status is 1 when any failed.
            A batch ends with a summary line on standard error.

            Examples:
              claimkit extract Corpus/bbc-live-trump-putin-call.txt
              claimkit extract Corpus/ --format jsonl > results.jsonl
              claimkit extract crawl.jsonl --jobs 2 > results.jsonl
              claimkit extract - < page.html
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case auto, jsonl
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: json (pretty, one document) or jsonl (one document per line).")
    var format: OutputFormat?

    @Option(name: .customLong("input-format"), help: "auto (by content; .jsonl files as JSONL) or jsonl.")
    var inputFormat: InputFormat = .auto

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    mutating func run() throws {
        guard !input.inputs.isEmpty else {
            throw ValidationError(InputError.noInputs.description)
        }
        let pipeline = try input.makePipeline()
        let (sources, failures) = InputCollector.collect(input.inputs)
        for (name, error) in failures { Console.error("claimkit: \(name): \(error)") }
        let jsonlInput = inputFormat == .jsonl || sources.contains { $0.url?.pathExtension.lowercased() == "jsonl" }
        let single = sources.count == 1 && failures.isEmpty && !jsonlInput
        let pretty = (format ?? (single ? .json : .jsonl)) == .json

        var runner = BatchRunner()
        if let jobs { runner.workers = max(1, jobs) }
        let stream = BatchItemStream(sources: sources, jsonl: inputFormat == .jsonl)
        let summary = runner.run(
            expectedCount: jsonlInput ? nil : sources.count, next: stream.next, name: \.name,
            makeWork: { ExtractWork(pipeline: pipeline, pretty: pretty) })

        let failed = summary.failed + failures.count
        let total = summary.documents + failures.count
        if !single {
            let rate = summary.seconds > 0 ? String(format: ", %.0f documents/s", Double(summary.documents) / summary.seconds) : ""
            Console.error(String(
                format: "claimkit: %d documents, %d failed, %.2f s%@%@", total, failed, summary.seconds, rate,
                summary.interrupted ? " (interrupted)" : ""))
        }
        if summary.interrupted { throw ExitCode(130) }
        if failed > 0 { throw ExitCode(1) }
    }

    /// Reads one batch item: its bytes and the name it is reported by.
    static func load(_ item: BatchItem) throws -> (data: Data, name: String) {
        switch item {
        case let .file(source):
            return (try source.read(), source.name)
        case let .record(file, line, bytes):
            let record = try BatchRecord(line: bytes, fallbackID: "\(file):\(line)")
            return (record.content, record.id)
        }
    }
}

/// One worker's share of `extract`: reads the documents it takes and extracts them in
/// groups (`ExtractionGroup`), each stage over the group before the next; outcomes are the
/// same as extracting each document alone. Failures never throw: they become outcomes.
struct ExtractWork: BatchWork {
    let pipeline: Pipeline
    let pretty: Bool
    private var group = ExtractionGroup<Int>()
    /// The ids of the JSONL records the group holds, by window index.
    private var recordIDs: [Int: String] = [:]

    init(pipeline: Pipeline, pretty: Bool) {
        self.pipeline = pipeline
        self.pretty = pretty
    }

    mutating func add(_ item: BatchItem, index: Int) -> [(Int, BatchOutcome)] {
        var id: String?
        do {
            let (data, name) = try ExtractCommand.load(item)
            if case .record = item { id = name }
            let document = try pipeline.read(data: data, sourceName: name)
            if let id { recordIDs[index] = id }
            group.append(document, tag: index)
        } catch {
            return [(index, .failure(message: Self.prefixed("\(error)", id: id)))]
        }
        return group.isFull ? finish() : []
    }

    mutating func finish() -> [(Int, BatchOutcome)] {
        let outcomes = group.extract(with: pipeline).map { index, extraction in
            let id = recordIDs[index]
            do {
                let notes = extraction.diagnostics.map { Self.prefixed($0.description, id: id) }
                let report = ContractReport(extraction)
                if extraction.document.entries.reduce(0, { $0 + $1.text.utf8.count }) >= Self.streamedBytes {
                    // A large document's JSON (some ten bytes per byte of text) is written
                    // straight to standard output when its turn comes, a megabyte at a time.
                    let pretty = pretty
                    return (index, BatchOutcome.streamed(write: {
                        report.write(pretty: pretty, lineFeed: true) { Console.output(Data($0)) }
                    }, notes: notes))
                }
                let json = try report.json(pretty: pretty, lineFeed: true)
                return (index, BatchOutcome.success(output: json, notes: notes))
            } catch {
                return (index, .failure(message: Self.prefixed("\(error)", id: id)))
            }
        }
        recordIDs.removeAll(keepingCapacity: true)
        return outcomes
    }

    /// The text size (UTF-8 bytes over all entries) from which a document's JSON is
    /// streamed rather than built whole: smaller ones are built by the worker, in parallel.
    static let streamedBytes = 1 << 20

    /// A JSONL record's problems name its id after its line ("batch.jsonl:7: record doc-7: ...").
    private static func prefixed(_ message: String, id: String?) -> String {
        guard let id, !message.hasPrefix("record \(id) ") else { return message }
        return "record \(id): \(message)"
    }
}
