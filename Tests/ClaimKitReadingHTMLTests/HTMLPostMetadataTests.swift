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

    /// An epoch on the post element (`data-timestamp`) and the clock the post shows: the time
    /// is written with the page's own offset; a label beside the shown clock is the post's;
    /// "NAME, PLACE" in the author element gives the name, the place as its role.
    @Test func epochWithShownClockAndPlaceByline() throws {
        func post(_ epoch: Int, _ clock: String, _ flag: String, _ title: String, _ author: String) -> String {
            """
            <li class="tl-item" data-timestamp="\(epoch)"><div class="tl-head"><span class="tl-clock">\(clock)</span> \
            <em class="tl-flag">\(flag)</em></div><h2 class="tl-title">\(title)</h2><p>The operator said the line \
            would stay closed until the evening while engineers checked the overhead wires near the depot.</p>\
            <p>Replacement buses ran every ten minutes, a spokeswoman said.</p><small class="tl-author">\(author)</small></li>
            """
        }
        let html = Data("""
            <!doctype html><html><head><title>Rail live</title></head><body><main><h1>Line closed - live</h1>
            <ol class="tl">\(post(1_797_272_400, "19.20 Uhr", "Update", "Buses replace trains", "Lena Hoff, Berlin"))\
            \(post(1_797_260_700, "16.05 Uhr", "Breaking", "Line closed", "Piotr Zak, Berlin"))\
            \(post(1_797_251_400, "13.30 Uhr", "", "Wires checked", "Lena Hoff"))</ol></main></body></html>
            """.utf8)
        let document = try PageReader().read(data: html, sourceName: "test.html")
        #expect(document.entries.map(\.published) == [
            "2026-12-14T19:20:00+01:00", "2026-12-14T16:05:00+01:00", "2026-12-14T13:30:00+01:00",
        ])
        #expect(document.entries.map(\.labels) == [["Update"], ["Breaking"], []])
        #expect(document.entries.map { $0.byline?.name } == ["Lena Hoff", "Piotr Zak", "Lena Hoff"])
        #expect(document.entries.map { $0.byline?.role } == ["Berlin", "Berlin", nil])
    }

    /// Offsets from an epoch and a shown clock: whole quarter hours from UTC-12 to UTC+14.
    @Test(arguments: [
        (1_797_272_400.0, 19 * 60 + 20, "2026-12-14T19:20:00+01:00"), (1_797_272_400.0, 18 * 60 + 20, "2026-12-14T18:20:00Z"),
        (1_797_272_400.0, 23 * 60 + 50, "2026-12-14T23:50:00+05:30"), (1_797_272_400.0, 13 * 60 + 20, "2026-12-14T13:20:00-05:00"),
        (1_797_272_400.0, 19 * 60 + 27, nil),
    ])
    func localOffsets(_ epoch: Double, _ shown: Int, _ expected: String?) {
        #expect(LiveBlogDetector.localISO(epoch: epoch, shownMinutes: shown) == expected)
    }

    @Test(arguments: [
        ("/authors/ana-ruiz", true), ("https://example.org/people/tom-berg/", true), ("/profile/jdoe", true),
        ("/news/authors-guild-strike", false), ("/people", false), ("/world/europe/story-123", false),
    ])
    func authorLinks(_ href: String, _ isAuthor: Bool) {
        #expect(LiveBlogDetector.isAuthorLink(href) == isAuthor)
    }
}
