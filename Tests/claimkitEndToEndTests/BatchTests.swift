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
}
