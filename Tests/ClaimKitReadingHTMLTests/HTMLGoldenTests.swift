import ClaimKitModel
import ClaimKitReading
import ClaimKitTestSupport
import Foundation
import Testing

/// Whole-page golden files: each fixture under `Fixtures/` (our own small pages, one per
/// page shape) is read and compared with `<name>.expected.json`. Re-record with
/// `RECORD_GOLDEN=1 swift test --filter HTMLGoldenTests` (a re-record still fails the run).
@Suite struct HTMLGoldenTests {
    static let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/ClaimKitReadingHTMLTests/Fixtures")

    static let pages = [
        "live-jsonld-list", "live-jsonld-graph-single", "live-jsonld-partial", "live-markup", "article",
        "article-split", "article-script-rendered", "the-latest",
        "windows-1252",
    ]

    @Test(arguments: pages)
    func pageMatchesItsGoldenFile(_ name: String) throws {
        let page = Self.fixtures.appendingPathComponent("\(name).html")
        let golden = Self.fixtures.appendingPathComponent("\(name).expected.json")
        let document = try PageReader().read(data: Data(contentsOf: page), sourceName: "\(name).html")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var actual = try encoder.encode(document)
        actual.append(0x0A)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try actual.write(to: golden)
            Issue.record("recorded \(golden.lastPathComponent); run again without RECORD_GOLDEN")
            return
        }
        guard let expected = try? Data(contentsOf: golden) else {
            Issue.record("missing golden file \(golden.lastPathComponent): record it with RECORD_GOLDEN=1")
            return
        }
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    /// Every block's range slices its own text out of the entry: the offsets invariant.
    @Test(arguments: pages)
    func blockRangesSliceTheirText(_ name: String) throws {
        let page = Self.fixtures.appendingPathComponent("\(name).html")
        let document = try PageReader().read(data: Data(contentsOf: page), sourceName: name)
        for entry in document.entries {
            for block in entry.blocks {
                let content = entry.text.slice(block.contentRange)
                #expect(!content.isEmpty)
                #expect(content.first?.isWhitespace == false && content.last?.isWhitespace == false)
            }
        }
    }
}

/// libxml2 is initialised once and each parse has its own context: pages read in parallel
/// read as they do alone.
@Suite struct ConcurrentReadingTests {
    @Test func pagesReadInParallelMatchPagesReadAlone() async throws {
        let pages = try HTMLGoldenTests.pages.map { name in
            (name, try Data(contentsOf: HTMLGoldenTests.fixtures.appendingPathComponent("\(name).html")))
        }
        let alone = try pages.map { try PageReader().read(data: $0.1, sourceName: $0.0) }
        let together = try await withThrowingTaskGroup(of: (Int, Document).self) { group in
            for _ in 0..<4 {
                for (offset, page) in pages.enumerated() {
                    group.addTask { (offset, try PageReader().read(data: page.1, sourceName: page.0)) }
                }
            }
            var results: [(Int, Document)] = []
            for try await result in group { results.append(result) }
            return results
        }
        for (offset, document) in together { #expect(document == alone[offset]) }
    }
}
