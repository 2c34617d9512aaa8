import ClaimKit
import ClaimKitTestSupport
import ClaimKitText
import Foundation
import Testing

/// Every token of every entry of every Corpus page slices back, and the text rebuilds exactly.
@Suite struct CorpusTokensTests {
    static var pages: [URL] {
        let files =
            (try? FileManager.default.contentsOfDirectory(at: TestPaths.corpus, includingPropertiesForKeys: nil)) ?? []
        return files.filter { ["txt", "html", "htm"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
    }

    @Test func thereArePages() {
        #expect(!Self.pages.isEmpty)
    }

    @Test(arguments: pages)
    func everyTokenSlicesBack(page: URL) throws {
        let document = try PageReader().read(data: try Data(contentsOf: page), sourceName: page.lastPathComponent)
        for entry in document.entries {
            assertRebuilds(entry.text)
            let analyzed = AnalyzedEntry(entry: entry)
            for sentence in analyzed.sentences {
                #expect(entry.text.slice(sentence.range).hasPrefix(analyzed.surface(sentence.tokens.lowerBound)))
            }
        }
        // The raw page too, with all its line structure.
        assertRebuilds(try TestPaths.text(page))
    }
}
