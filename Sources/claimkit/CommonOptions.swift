import ArgumentParser
import ClaimKit
import Foundation

/// Options every command that reads pages shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively: .txt, .html, .htm) or - for standard input.")
    var inputs: [String] = []

    @Option(name: .customLong("lexicons"), help: "A folder of extra lexicons, loaded after the built-in ones (repeatable).")
    var lexiconFolders: [String] = []

    /// Reads and extracts every input in order and hands each extraction to `body`.
    /// Problems go to standard error, one line each naming the input; the others go on.
    /// Returns the number of inputs that failed.
    func forEachExtraction(_ body: (_ extraction: Extraction, _ inputCount: Int) throws -> Void) throws -> Int {
        guard !inputs.isEmpty else { throw ValidationError(InputError.noInputs.description) }
        let pipeline = try makePipeline()
        let (sources, failures) = InputCollector.collect(inputs)
        var failed = failures.count
        for (name, error) in failures { Console.error("claimkit: \(name): \(error)") }
        for source in sources {
            do {
                try body(try pipeline.extract(data: try source.read(), sourceName: source.name), sources.count)
            } catch {
                failed += 1
                Console.error("claimkit: \(source.name): \(error)")
            }
        }
        return failed
    }

    func makePipeline() throws -> Pipeline {
        do {
            let pipeline = try Pipeline(extraLexicons: lexiconFolders.map { URL(fileURLWithPath: $0) })
            ProcessPipelines.keep(pipeline)
            return pipeline
        } catch {
            throw ValidationError("cannot load lexicons: \(error)")
        }
    }
}

/// The pipelines a command made, held until the process exits: freeing their lexicon
/// tables took a tenth of the instructions of a one-page run (the exit returns the memory
/// at no cost), and the tables are in use until the command ends anyway.
enum ProcessPipelines {
    nonisolated(unsafe) private static var kept: [Pipeline] = []

    static func keep(_ pipeline: Pipeline) { kept.append(pipeline) }
}

/// Writes to standard error.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Writes to standard error without a line end (progress lines).
    static func errorRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func output(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    static func output(_ text: String) {
        output(Data(text.utf8))
    }
}
