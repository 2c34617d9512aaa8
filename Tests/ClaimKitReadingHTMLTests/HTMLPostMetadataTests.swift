import ClaimKitModel
@testable import ClaimKitReading
import Foundation
import Testing

/// A live page whose markup names nothing (hashed class names, no structured data): a
/// known label beside a post's time, and a link to the writer's page, still give the
/// post's labels and byline. Our own page.
@Suite struct HTMLPostMetadataTests {
    static func post(_ time: String, _ label: String?, _ title: String, author: String?, href: String) -> String {
        let badge = label.map { "<span class=\"c-9w1 e1b0\">\($0)</span>" } ?? ""
        let writer = author.map { "<div class=\"c-4kd e1q0\"><a href=\"\(href)\">\($0)</a></div>" } ?? ""
        return """
            <article class="c-a81 e1p0"><div class="c-t0m e1m0"><span class="c-3mz e1t0">\(time)</span>\(badge)</div>\
            <h2 class="c-1q7 e1h0">\(title)</h2>\(writer)<div class="c-11r e1d0"><p>The harbour office said the ferry \
            was towed back to the quay after its engine failed in the channel this afternoon.</p><p>Passengers were \
            taken ashore by launch, and nobody was hurt, the operator said in a statement.</p></div></article>
            """
    }

    static func page(_ posts: [String]) -> Data {
        Data("""
            <!doctype html><html><head><title>Harbour live</title></head><body><main><h1>Ferry towed back - live</h1>
            <div class="c-feed">\(posts.joined())</div></main></body></html>
            """.utf8)
    }

    @Test func labelBesideTheTimeAndWriterLink() throws {
        let html = Self.page([
            Self.post("19:20", "Breaking", "Ferry back at the quay", author: "Ana Ruiz", href: "/authors/ana-ruiz"),
            Self.post("17:45", nil, "Launch takes passengers ashore", author: "Tom Berg", href: "https://example.org/people/tom-berg/"),
            Self.post("16:30", "Analysis", "Why the engine failed", author: "Ana Ruiz", href: "/news/ferry-engine"),
        ])
        let document = try PageReader().read(data: html, sourceName: "test.html")
        #expect(document.entries.map(\.title) == ["Ferry back at the quay", "Launch takes passengers ashore", "Why the engine failed"])
        #expect(document.entries.map(\.labels) == [["Breaking"], [], ["Analysis"]])
        // A link to a story is no byline.
        #expect(document.entries.map { $0.byline?.name } == ["Ana Ruiz", "Tom Berg", nil])
    }

    @Test(arguments: [
        ("/authors/ana-ruiz", true), ("https://example.org/people/tom-berg/", true), ("/profile/jdoe", true),
        ("/news/authors-guild-strike", false), ("/people", false), ("/world/europe/story-123", false),
    ])
    func authorLinks(_ href: String, _ isAuthor: Bool) {
        #expect(LiveBlogDetector.isAuthorLink(href) == isAuthor)
    }
}
