import ArgumentParser
import ClaimKit
import Foundation

/// Options every command that reads pages shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively: .txt, .html, .htm) or - for standard input.")
    var inputs: [String] = []

    @Option(name: .customLong("lexicons"), help: "A folder of extra lexicons, loaded after the built-in ones (repeatable).")
    var lexiconFolders: [String] = []

    func makePipeline() throws -> Pipeline {
        do {
            return try Pipeline(extraLexicons: lexiconFolders.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError("cannot load lexicons: \(error)")
        }
    }
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
