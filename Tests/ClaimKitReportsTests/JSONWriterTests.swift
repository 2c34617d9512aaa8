import ClaimKit
import ClaimKitTestSupport
import Foundation
import Testing

/// The fast contract writer gives byte for byte what `JSONEncoder` gives: on every Corpus
/// page, and on inputs full of characters that need escapes.
@Suite struct JSONWriterTests {
    static let pipeline = try! Pipeline()

    static func report(_ text: String, name: String = "test.txt") throws -> ContractReport {
        ContractReport(try pipeline.extract(data: Data(text.utf8), sourceName: name))
    }

    static var corpusPages: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: TestPaths.corpus, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    @Test(arguments: corpusPages, [false, true])
    func matchesJSONEncoderOnCorpusPages(page: URL, pretty: Bool) throws {
        let report = ContractReport(try Self.pipeline.extract(data: Data(contentsOf: page), sourceName: page.lastPathComponent))
        let fast = try report.json(pretty: pretty)
        let reference = try report.encodedWithJSONEncoder(pretty: pretty)
        #expect(fast == reference, "\(page.lastPathComponent) pretty=\(pretty)")
    }

    @Test(arguments: [
        ("quotes and backslashes", "He said \"no\" \\ twice, 2,500 km.\n\nPutin said: \"It's a/b\" and left."),
        ("control characters", "Tab\there, bell\u{07}, escape\u{1B}, form\u{0C}feed, back\u{08}space.\n\nTrump spoke."),
        ("NUL bytes", "A\u{0}B said 40 people came.\n\nThe\u{0} end."),
        ("non-ASCII", "Orbán said “ready” — 3½ hours, €140m, 💥, \u{2028} line.\n\nЗеленский сказал «да»."),
        ("numbers", "It cost $0.5m, then 1,234,567.89 euros, 1e-7 nothing, 3.25 miles and 0.001 km.\n\nAbout 10 billion people."),
        ("escapes at every offset", "A\"b said 12 \"cd\" and \"efghijk\"\\ then \"abcdefgh\" \u{1F}x \u{7F}y é\"z.\n\nLonger text of forty bytes or more \"quoted here\" ends."),
        ("whole and huge numbers", "It cost 2,500 dollars, 1,000,000,000,000,000 euros, 999,999,999,999,999 yen and 0 pounds.\n\nSome -5 degrees, 12 people."),
        ("near misses beside non-ASCII", "Ü!ü#é[ß]ö\"ä\\å\u{1F}ñ\u{7F}õ ç\"!\"# 12 \"Ärger\" über “Öl”\\ and ²\u{01}³.\n\nÅsa said \"ja\" ü\"ü\\ü."),
        ("slashes", "See https://example.com/a/b for 24/7 news.\n\nMore at www.example.org/x."),
    ])
    func matchesJSONEncoderOnEscapes(label: String, text: String) throws {
        let report = try Self.report(text, name: "dir/\(label).txt")
        for pretty in [false, true] {
            #expect(try report.json(pretty: pretty) == report.encodedWithJSONEncoder(pretty: pretty), "\(label) pretty=\(pretty)")
        }
    }

    /// Streamed in pieces (`write(pretty:lineFeed:chunk:to:)`, as `extract` writes a large
    /// page), the bytes are those of `json(pretty:lineFeed:)`, whatever the piece size.
    @Test(arguments: [1, 64, 4096])
    func streamedPiecesMakeTheSameBytes(chunk: Int) throws {
        let pages = Array(Self.corpusPages.prefix(6))
        for page in pages {
            let report = ContractReport(try Self.pipeline.extract(data: Data(contentsOf: page), sourceName: page.lastPathComponent))
            for pretty in [false, true] {
                var streamed = Data()
                var largest = 0
                report.write(pretty: pretty, lineFeed: true, chunk: chunk) { piece in
                    streamed.append(contentsOf: piece)
                    largest = max(largest, piece.count)
                }
                #expect(streamed == (try report.json(pretty: pretty, lineFeed: true)), "\(page.lastPathComponent) pretty=\(pretty)")
                // A piece passes the chunk size by one element or string piece at most.
                #expect(largest < chunk * 4 + 4096, "\(page.lastPathComponent): a piece of \(largest) bytes")
            }
        }
    }

    @Test func anEmptyReportMatchesToo() throws {
        // No claims, quotes, entities or series: empty arrays in both layouts.
        let report = try Self.report("Nothing to see.")
        for pretty in [false, true] {
            #expect(try report.json(pretty: pretty) == report.encodedWithJSONEncoder(pretty: pretty))
        }
    }
}
