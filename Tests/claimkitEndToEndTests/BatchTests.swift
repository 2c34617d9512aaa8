import ClaimKitTestSupport
import Foundation
import Testing

/// Batches: results in input order, one line each, failures reported and the rest kept.
@Suite struct BatchTests {
    @Test func jsonlRecordsComeOutInInputOrderWithFailuresReported() throws {
        var lines: [String] = []
        for i in 1...40 {
            if i == 17 {
                lines.append("{\"id\": \"broken-\(i)\"}")
            } else if i == 23 {
                lines.append("this is not JSON")
            } else {
                lines.append("{\"id\": \"doc-\(i)\", \"text\": \"Report number \(i). The minister said it was fine.\"}")
            }
        }
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let result = try CommandRunner.run(["extract", "-", "--input-format", "jsonl", "--jobs", "2"], stdin: input)
        #expect(result.status == 1)
        let names = result.stdout.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["source"] as? [String: Any])?["name"] as? String
        }
        #expect(names == (1...40).filter { $0 != 17 && $0 != 23 }.map { "doc-\($0)" })
        #expect(result.stderr.contains("record broken-17 has neither \"html\" nor \"text\""))
        #expect(result.stderr.contains("-:23: not a JSON object"))
        #expect(result.stderr.contains("40 documents, 2 failed"))
    }

    /// Workers extract documents in groups (`ExtractionGroup`); over several windows, with
    /// one worker or two, the lines are the same and in input order.
    @Test func groupedExtractionKeepsInputOrderWhateverTheWorkers() throws {
        let sentences = [
            "Prime Minister Anna Berg said on Monday that \"the talks were useful\".",
            "About 2,500 people attended the rally in Vienna, police said.",
            "The company, Northwind Ltd, reported sales of £140m, up 12% on last year.",
            "Officials said 40 people were hurt; later reports said 55 people were hurt.",
        ]
        var lines: [String] = []
        for i in 1...150 {
            let text = (0..<(i % 4 + 1)).map { sentences[($0 + i) % sentences.count] }.joined(separator: "\\n\\n")
            lines.append("{\"id\": \"doc-\(i)\", \"text\": \"Update \(i)\\n\\n\(text.replacingOccurrences(of: "\"", with: "\\\""))\"}")
        }
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let one = try CommandRunner.run(["extract", "-", "--input-format", "jsonl", "--jobs", "1"], stdin: input)
        let two = try CommandRunner.run(["extract", "-", "--input-format", "jsonl", "--jobs", "2"], stdin: input)
        #expect(one.status == 0)
        #expect(two.status == 0)
        #expect(one.stdout == two.stdout)
        let names = one.stdout.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["source"] as? [String: Any])?["name"] as? String
        }
        #expect(names == (1...150).map { "doc-\($0)" })
    }

    /// The `source.name` of every JSON line printed.
    static func names(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["source"] as? [String: Any])?["name"] as? String
        }
    }

    static func jsonl(_ count: Int, failing: Set<Int> = []) -> Data {
        let lines = (1...count).map { i in
            // A failing record's text is blank and 3 MB long: a line three times the reader's chunk.
            failing.contains(i) ? "{\"id\": \"doc-\(i)\", \"text\": \"\(String(repeating: " \\n", count: 1_000_000))\"}"
                : "{\"id\": \"doc-\(i)\", \"text\": \"Report \(i). The minister said 40 people came to Vienna.\"}"
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// A record that parses but whose page fails (blank text, on a line longer than the
    /// reader's chunks) is reported by its line and id; every other record is printed, in order.
    @Test func aFailingRecordIsReportedByItsIDAndTheOthersPrint() throws {
        let result = try CommandRunner.run(["extract", "-", "--input-format", "jsonl", "--jobs", "2"], stdin: Self.jsonl(300, failing: [150]))
        #expect(result.status == 1)
        #expect(Self.names(result.stdout) == (1...300).filter { $0 != 150 }.map { "doc-\($0)" })
        #expect(result.stderr.contains("-:150: record doc-150: the input is empty"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("300 documents, 1 failed"))
    }

    /// Ctrl-C stops a batch after the results it is printing: whole JSON lines only, the first
    /// documents in input order, a summary saying so, exit status 130.
    @Test func anInterruptedBatchLeavesCompleteLinesOnly() throws {
        let count = 20_000
        let result = try CommandRunner.runInterrupted(
            ["extract", "-", "--input-format", "jsonl", "--jobs", "2"], stdin: Self.jsonl(count), afterOutputBytes: 1)
        #expect(result.status == 130)
        #expect(result.stdout.hasSuffix("\n"))
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let names = Self.names(result.stdout)
        #expect(names.count == lines.count, "every line is a whole JSON document")
        #expect(!names.isEmpty && names.count < count)
        #expect(names == (1...max(1, names.count)).map { "doc-\($0)" })
        #expect(result.stderr.contains("(interrupted)"), "stderr: \(result.stderr)")
    }

    /// On a terminal, standard error shows a progress bar (cleared at the end) and the summary;
    /// elsewhere it holds no progress line.
    @Test func aProgressBarOnlyOnATerminal() throws {
        try BadInputTests.withFiles(["a.txt": BadInputTests.good, "b.txt": BadInputTests.good]) { dir in
            let files = [dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("b.txt").path]
            if let terminal = try CommandRunner.runWithTerminal(["extract"] + files) {
                #expect(terminal.status == 0)
                #expect(terminal.stdout.contains("[" + String(repeating: "#", count: 30) + "] 2/2"), "terminal: \(terminal.stdout)")
                #expect(terminal.stdout.contains("2 documents, 0 failed"))
            }
            let plain = try CommandRunner.run(["extract"] + files)
            #expect(plain.status == 0)
            #expect(!plain.stderr.contains("\r") && !plain.stderr.contains("#"))
            #expect(plain.stderr.contains("2 documents, 0 failed"))
        }
    }
}
