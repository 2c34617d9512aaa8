import ClaimKit
import ClaimKitTestSupport
import Foundation
import Testing

/// Extracting documents in a group (each stage over the group before the next) gives what
/// extracting each alone gives: nothing of one document leaks into another's results.
@Suite struct ExtractionGroupTests {
    static let pipeline = try! Pipeline()

    static func documents() throws -> [Document] {
        let names = ["held-out-article-energy.txt", "bbc-live-trump-putin-call.txt", "held-out-article-health.txt",
                     "held-out-article-energy.txt"]
        return try names.map { name in
            let data = try Data(contentsOf: TestPaths.corpus.appendingPathComponent(name))
            return try pipeline.read(data: data, sourceName: name)
        }
    }

    @Test func aGroupExtractsAsEachDocumentAlone() throws {
        let documents = try Self.documents()
        let grouped = Self.pipeline.extract(from: documents)
        #expect(grouped.count == documents.count)
        for (document, extraction) in zip(documents, grouped) {
            let alone = Self.pipeline.extract(from: document)
            #expect(try ContractReport(extraction).json(pretty: false) == ContractReport(alone).json(pretty: false),
                    "\(document.sourceName)")
        }
    }

    /// Rows: documents added, whether the group is then full (the limit is 64).
    @Test(arguments: [(1, false), (63, false), (64, true)])
    func aGroupIsFullAtItsDocumentLimit(count: Int, full: Bool) {
        var group = ExtractionGroup<Int>()
        let tiny = Document(sourceName: "t", format: .text, entries: [])
        for i in 0..<count { group.append(tiny, tag: i) }
        #expect(group.isFull == full)
    }

    @Test func aGroupIsFullAtItsTextLimitAndEmptiesWhenExtracted() throws {
        var group = ExtractionGroup<String>()
        let big = try Self.pipeline.read(
            data: Data(String(repeating: "The weather stayed calm all day.\n\n", count: 16_000).utf8), sourceName: "big")
        group.append(big, tag: "big")
        #expect(group.isFull)
        let out = group.extract(with: Self.pipeline)
        #expect(out.map(\.tag) == ["big"])
        #expect(group.count == 0 && !group.isFull)
    }
}
