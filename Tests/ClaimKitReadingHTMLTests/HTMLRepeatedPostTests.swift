import ClaimKitModel
@testable import ClaimKitReading
import Foundation
import Testing

/// Live pages without structured data whose posts are found by their shape: siblings of
/// one kind, each with a time in a meta line ("17:25 Brussels time"), a label beside it
/// ("Key moment"), a heading, paragraphs and a writer with a role after the body. Our own
/// pages, with class names no rule knows.
@Suite struct HTMLRepeatedPostTests {
    static func post(tag: String, kind: String, _ time: String, _ flag: String?, _ title: String, _ writer: String?) -> String {
        let label = flag.map { "<span class=\"\(kind)-flag\">\($0)</span>" } ?? ""
        let author = writer.map { name in
            "<div class=\"\(kind)-by\"><span class=\"\(kind)-name\">\(name)</span>, <span class=\"\(kind)-role\">Brussels correspondent</span></div>"
        } ?? ""
        return """
            <\(tag) class="\(kind)" data-post-id="5521-7"><div class="\(kind)-meta"><span class="\(kind)-time">\(time)</span>\
            \(label)</div><h2 class="\(kind)-head">\(title)</h2><div class="\(kind)-body"><p>The leaders met again after a \
            break, the Council's spokeswoman said, and the talks on the budget went on into the evening.</p><p>Two \
            delegations asked for more time, according to diplomats.</p></div>\(author)</\(tag)>
            """
    }

    static func page(_ posts: [String], list: Bool = false) -> Data {
        let open = list ? "<ul class=\"feed\">" : "<div class=\"feed\">"
        let close = list ? "</ul>" : "</div>"
        return Data("""
            <!doctype html><html><head><title>Summit live</title></head><body><main><h1>EU summit - live</h1>
            <p>Follow the latest from Brussels.</p>\(open)\(posts.joined())\(close)</main></body></html>
            """.utf8)
    }

    @Test(arguments: [("section", "lb-post", false), ("li", "update", true), ("div", "post", false)])
    func postsWithZoneInWordsLabelAndWriterRole(tag: String, kind: String, list: Bool) throws {
        let html = Self.page(
            [
                Self.post(tag: tag, kind: kind, "17:25 Brussels time", "Key moment", "Leaders agree on the budget", "Jane Doe"),
                Self.post(tag: tag, kind: kind, "16:40 Brussels time", nil, "Hungary lifts its veto", "Marco Testa"),
                Self.post(tag: tag, kind: kind, "15:05 Brussels time", nil, "Talks resume after lunch", nil),
            ], list: list)
        let document = try PageReader().read(data: html, sourceName: "test.html")
        #expect(document.entries.map(\.title) == ["Leaders agree on the budget", "Hungary lifts its veto", "Talks resume after lunch"])
        #expect(document.entries.map(\.published) == ["17:25 Brussels time", "16:40 Brussels time", "15:05 Brussels time"])
        #expect(document.entries.map(\.labels) == [["Key moment"], [], []])
        #expect(document.entries.map { $0.byline?.name } == ["Jane Doe", "Marco Testa", nil])
        #expect(document.entries.map { $0.byline?.role } == ["Brussels correspondent", "Brussels correspondent", nil])
    }

    /// Text beside a post's time: a label, or a name (no label), or a link (no label).
    @Test(arguments: [
        ("<span>Key moment</span>", ["Key moment"]), ("<span>Breaking</span>", ["Breaking"]),
        ("<span>Jane Doe</span>", []), ("<a href=\"/x\">Read more</a>", []), ("<span>Updated at noon.</span>", []),
    ])
    func besideTheTime(beside: String, labels: [String]) throws {
        func post(_ time: String, _ title: String) -> String {
            """
            <article class="entry"><div class="entry-meta"><span>\(time)</span> \(beside)</div><h3>\(title)</h3><p>The \
            summit went on into the night, diplomats said, with the budget still open after six hours of talks.</p><p>Two \
            delegations asked for more time before the vote, according to diplomats.</p></article>
            """
        }
        let html = Self.page([post("17:25", "One"), post("16:40", "Two"), post("15:05", "Three")])
        let document = try PageReader().read(data: html, sourceName: "test.html")
        #expect(document.entries.map(\.labels) == [labels, labels, labels])
    }
}
