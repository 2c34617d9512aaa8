import ClaimKitTestSupport
import Foundation
import Testing

/// The quote stage's lexicons: header, columns, no duplicates, no stray white space, sorted rows.
@Suite struct CueLexiconLintTests {
    static let files = ["reporting-verbs", "channels", "statement-nouns", "speaker-nouns", "speaker-titles"]

    @Test(arguments: files)
    func isWellFormed(_ name: String) throws {
        let url = TestPaths.packageRoot.appendingPathComponent("Lexicons/cues/\(name).tsv")
        let text = try TestPaths.text(url)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().filter {
            !$0.hasPrefix("#")
        }
        let header = try #require(lines.first).split(separator: "\t", omittingEmptySubsequences: false)
        let rows = lines.dropFirst()
        var keys: [String] = []
        for row in rows {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == header.count, "\(name): \(row)")
            #expect(
                fields.allSatisfy { $0 == $0.trimmingCharacters(in: .whitespaces) && !$0.isEmpty }, "\(name): \(row)")
            keys.append(String(fields[0]))
        }
        #expect(Set(keys).count == keys.count, "\(name) has duplicates")
        #expect(
            keys == keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }, "\(name) is not sorted")
    }
}
