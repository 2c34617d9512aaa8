import ClaimKitModel
import Foundation
import Testing

@testable import ClaimKitReading

/// Broken, hostile and non-HTML input: recover what can be recovered, say so in a
/// diagnostic, never crash.
@Suite struct BadHTMLTests {
    func read(_ html: String) throws -> Document {
        try PageReader().read(data: Data(html.utf8), sourceName: "bad.html")
    }

    @Test func tenThousandDeepNestingIsFoldedNotRecursed() throws {
        let html =
            "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>Deep text here.</p>"
            + String(repeating: "</div>", count: 10_000)
            + "<p>After the deep part, more text follows.</p></body></html>"
        let document = try read(html)
        let text = document.entries.map(\.text).joined()
        #expect(text.contains("Deep text here."))
        #expect(text.contains("After the deep part"))
        #expect(document.diagnostics.contains { $0.code == "reading.html-deep-nesting" })
    }

    @Test func tenThousandUnclosedTagsAreRead() throws {
        let html = "<html><body>" + String(repeating: "<div><span><b>", count: 10_000) + "<p>Unclosed to the end."
        let document = try read(html)
        #expect(document.entries.first?.text.contains("Unclosed to the end.") == true)
        #expect(document.diagnostics.contains { $0.code == "reading.html-truncated" })
    }

    @Test func truncatedPageKeepsWhatItHas() throws {
        let html = """
            <html><head><title>Cut</title></head><body><article><h1>Cut off</h1>
            <p>The first paragraph is complete and long enough to be prose, with commas, clauses, and more.</p>
            <p>The second paragraph stops in the mid
            """
        let document = try read(html)
        let entry = try #require(document.entries.first)
        #expect(entry.text.hasSuffix("The second paragraph stops in the mid"))
        #expect(document.diagnostics.map(\.code) == ["reading.html-truncated"])
    }

    struct Row: Sendable, CustomStringConvertible {
        let html: String
        let expected: String
        var description: String { html }
    }

    /// Unclosed and misnested tags: libxml2 recovers, and the text keeps its breaks.
    static let recoveries: [Row] = [
        Row(html: "<p>One<p>Two<p>Three", expected: "One\n\nTwo\n\nThree"),
        Row(html: "<ul><li>A<li>B</ul><p>After", expected: "• A\n\n• B\n\nAfter"),
        Row(html: "<p><b>bold <i>both</b> italic</i> plain</p>", expected: "bold both italic plain"),
        Row(html: "<p>Line one<br>Line two</p>", expected: "Line one\n\nLine two"),
        Row(
            html: "<div>Fish &amp; chips &pound;5 &#8220;hot&#8221;&nbsp;now</div>",
            expected: "Fish & chips £5 “hot” now"),
        Row(html: "<p>  spaced \n\t out  </p>", expected: "spaced out"),
    ]

    @Test(arguments: recoveries)
    func brokenMarkupIsRecovered(_ row: Row) throws {
        let document = try read(row.html)
        #expect(document.entries.first?.text == row.expected)
    }

    @Test func textThatOnlyStartsWithAnAngleBracketIsStillRead() throws {
        let document = try read("<not html at all> just some words\nand lines\n")
        #expect(document.entries.first?.text.contains("just some words") == true)
    }

    @Test func binaryInputThrows() {
        var bytes = Array("<html>".utf8)
        bytes += [0, 1, 2, 3, 0, 0, 0]
        #expect(throws: ReadingError.self) { try PageReader().read(data: Data(bytes), sourceName: "x") }
    }

    @Test func emptyHTMLSaysSo() throws {
        let document = try read("<html><body><script>var x = 1;</script></body></html>")
        #expect(document.diagnostics.contains { $0.code == "reading.html-no-content" })
    }

    @Test func nodeLimitStopsTheParserWithADiagnostic() {
        let builder = HTMLTreeBuilder(limits: .init(maxDepth: 160, maxNodes: 500, maxTextBytes: 1 << 20))
        let html =
            "<html><body>" + String(repeating: "<p>Some words in a paragraph.</p>", count: 2_000) + "</body></html>"
        let tree = builder.parse(Data(html.utf8))
        #expect(tree.nodes.count <= 501)
        #expect(builder.diagnostics.contains { $0.code == "reading.html-too-large" })
    }

    @Test func aLargePageIsReadInFull() throws {
        let paragraph =
            "<p>" + String(repeating: "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", count: 8) + "</p>\n"
        var html = "<html><head><meta charset=\"utf-8\"><title>Big</title></head><body><article>"
        for n in 0..<20_000 { html += "<p>Paragraph \(n).</p>" + paragraph }
        html += "</article></body></html>"
        let document = try read(html)
        let entry = try #require(document.entries.first)
        #expect(entry.text.contains("Paragraph 19999."))
        #expect(document.diagnostics.isEmpty)
    }
}

/// Old-style pages: paragraphs separated by `<br><br>` in one `<div>`, no `<p>` at all.
@Suite struct LineBreakPageTests {
    @Test func brSeparatedTextIsTheArticle() throws {
        let html = """
            <html><head><title>Harvest festival draws record crowd</title></head><body>
            <div class="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>
            <div class="maintext">More than 12,000 people came to the harvest festival on Saturday, the organisers said, a record
            for the event, which began in 1961.<br><br>Stalls sold out of cider by mid-afternoon, and the parade was delayed
            by an hour while police cleared the high street.<br><br>The festival returns next September, with a second day
            planned for the first time.</div>
            <div class="footer">Contact us | Privacy</div>
            </body></html>
            """
        let document = try PageReader().read(data: Data(html.utf8), sourceName: "br.html")
        let entry = try #require(document.entries.first)
        #expect(entry.blocks.filter { $0.kind == .paragraph }.count == 3)
        #expect(!entry.text.contains("Privacy"))
        #expect(!entry.text.contains("Sport"))
    }
}
