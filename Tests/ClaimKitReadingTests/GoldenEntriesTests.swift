import ClaimKitModel
import ClaimKitReading
import ClaimKitTestSupport
import Foundation
import Testing

/// The entries of each live-page text in the Corpus, compared with its golden file
/// `Corpus/<page>.entries.expected.json`. Re-record with `RECORD_GOLDEN=1 swift test`
/// (a re-recording run still fails, so that it is never mistaken for a pass). A missing
/// golden file fails.
@Suite struct GoldenEntriesTests {
    static var pages: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.corpus.path)) ?? []
        return names.filter {
            $0 == "bbc-live-trump-putin-call.txt" || ($0.hasPrefix("reader-") && $0.hasSuffix(".txt"))
        }.sorted()
    }

    @Test func theBBCPageIsAmongThem() {
        #expect(Self.pages.contains("bbc-live-trump-putin-call.txt"))
    }

    @Test(arguments: pages)
    func entriesMatchTheGoldenFile(page: String) throws {
        let url = TestPaths.corpus.appendingPathComponent(page)
        let document = try PageReader().read(data: try Data(contentsOf: url), sourceName: page)
        let actual = try Self.render(document)
        let golden = TestPaths.corpus.appendingPathComponent(
            (page as NSString).deletingPathExtension + ".entries.expected.json")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(golden.lastPathComponent); run again without RECORD_GOLDEN=1")
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("missing golden file \(golden.lastPathComponent): record it with RECORD_GOLDEN=1")
            return
        }
        #expect(actual == expected, "entries of \(page) differ from \(golden.lastPathComponent)")
    }

    /// The golden view of a document: preamble, entries with their blocks as text, diagnostics.
    struct GoldenDocument: Encodable {
        var preamble: [String]
        var entries: [GoldenEntry]
        var diagnostics: [String]
    }

    struct GoldenEntry: Encodable {
        var index: Int
        var title: String?
        var published: String?
        var labels: [String]
        var byline: Byline?
        var blocks: [GoldenBlock]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(index, forKey: .index)
            try c.encode(title, forKey: .title)  // null stays visible
            try c.encode(published, forKey: .published)
            try c.encode(labels, forKey: .labels)
            try c.encode(byline, forKey: .byline)
            try c.encode(blocks, forKey: .blocks)
        }

        enum CodingKeys: String, CodingKey { case index, title, published, labels, byline, blocks }
    }

    struct GoldenBlock: Encodable {
        var kind: String
        var text: String
        var content: String?
    }

    static func render(_ document: Document) throws -> String {
        let golden = GoldenDocument(
            preamble: document.preamble,
            entries: document.entries.map { entry in
                GoldenEntry(
                    index: entry.index, title: entry.title, published: entry.published, labels: entry.labels,
                    byline: entry.byline,
                    blocks: entry.blocks.map { block in
                        let text = String(entry.text.slice(block.range))
                        let content = String(entry.text.slice(block.contentRange))
                        return GoldenBlock(
                            kind: block.kind.rawValue, text: text, content: content == text ? nil : content)
                    })
            },
            diagnostics: document.diagnostics.map(\.description))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(golden), as: UTF8.self) + "\n"
    }
}
