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
}

