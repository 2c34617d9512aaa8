import ClaimKitModel
import ClaimKitReading
import ClaimKitTestSupport
import Foundation
import Testing

/// What each page shape must read as, stated directly (the golden files hold the rest).
@Suite struct HTMLPageShapeTests {
    func read(_ name: String) throws -> Document {
        let page = HTMLGoldenTests.fixtures.appendingPathComponent("\(name).html")
        return try PageReader().read(data: Data(contentsOf: page), sourceName: name)
    }

    struct Shape: Sendable, CustomStringConvertible {
        let page: String
        let format: Document.Format
        let titles: [String?]
        let published: [String?]
        var description: String { page }
    }

    static let shapes: [Shape] = [
        Shape(
            page: "live-jsonld-list", format: .jsonld,
            titles: [
                "First cars cross the bridge", "Mayor: “a good day for the city”", "Repairs cost more than planned",
            ],
            published: ["2031-05-04T09:15:00+01:00", "2031-05-04T08:40:00+01:00", "2031-05-04T08:05:00+01:00"]),
        Shape(
            page: "live-jsonld-graph-single", format: .jsonld, titles: ["Gusts of 90km/h recorded"],
            published: ["2031-11-02T17:30:00Z"]),
        Shape(
            page: "live-jsonld-partial", format: .jsonld,
            titles: [
                "Flood barrier raised at Millford", "Schools close early", "Sandbags handed out",
                "Flood warnings issued",
            ],
            published: ["2031-02-10T14:20:00Z", "2031-02-10T12:05:00Z", "2031-02-10T10:45:00Z", "2031-02-10T09:00:00Z"]),
        Shape(
            page: "live-markup", format: .html,
            titles: [
                "Turnout passes 70%", "First result declared", "Exit poll points to hung parliament", "Polls close",
            ],
            published: ["23:58", "23:31", "23:02", "22:00"]),
        Shape(
            page: "article", format: .html, titles: ["Valley orchards report record apple harvest"],
            published: ["2031-09-12T07:00:00Z"]),
        Shape(
            page: "the-latest", format: .html, titles: [nil, nil, nil], published: ["9:40 p.m.", "6:15 p.m.", "2 p.m."]),
    ]

    @Test(arguments: shapes)
    func entriesHaveTheirTitlesAndTimes(_ shape: Shape) throws {
        let document = try read(shape.page)
        #expect(document.format == shape.format)
        #expect(document.entries.map(\.title) == shape.titles)
        #expect(document.entries.map(\.published) == shape.published)
        #expect(document.entries.map(\.index) == Array(1...document.entries.count))
    }

    @Test func jsonLDUpdatesPreferTheirHTMLBodies() throws {
        let document = try read("live-jsonld-list")
        // The page's HTML has the block quote and the list that the flat articleBody lacks.
        #expect(document.entries[1].blocks.map(\.kind) == [.title, .bylineName, .paragraph, .blockQuote])
        #expect(document.entries[2].blocks.map(\.kind) == [.title, .bylineName, .paragraph, .listItem, .listItem])
        #expect(document.entries[0].labels == ["Key event"])
        #expect(document.entries[1].byline?.name == "Mira Castell and Tom Avery")
        // Share widgets and the post's time line stay out.
        #expect(!document.entries[0].text.contains("Share on X"))
        #expect(!document.entries[0].text.contains("9.15am"))
    }

    @Test func jsonLDBodyIsUsedWhenThePageLacksTheHTML() throws {
        let entry = try #require(try read("live-jsonld-graph-single").entries.first)
        #expect(entry.text.contains("on the coast & inland."))
        #expect(entry.byline?.name == "Ada Lind")
    }

    @Test func markupLiveBlogKeepsBylinesAndLabelsAndIgnoresTeaserCards() throws {
        let document = try read("live-markup")
        #expect(document.entries.map { $0.byline?.name } == ["Inés Moreau", "Sam Okafor", "Inés Moreau", "Sam Okafor"])
        #expect(document.entries[0].labels == ["Breaking"])
        #expect(!document.entries.contains { $0.text.contains("Manifesto promises") })
    }

    /// Furniture rows: none of this text may reach the article's entry.
    static let furniture = [
        "We use cookies", "Home", "Facebook", "Get the farming newsletter", "Sign up for our weekly email",
        "Pear growers fear", "Most read", "Floods close the ring road", "Great news for the valley",
        "All rights reserved",
        "window.analytics", "font-family",
    ]
    /// Content rows: all of this must.
    static let content = [
        "largest apple crop on record", "41,500 tonnes", "Labour shortages", "not the hands to bring them in",
        "a late frost in two districts", "Growers expect prices to recover",
    ]

    @Test func articleKeepsContentAndDropsFurniture() throws {
        let entry = try #require(try read("article").entries.first)
        for text in Self.furniture { #expect(!entry.text.contains(text), "leaked: \(text)") }
        for text in Self.content { #expect(entry.text.contains(text), "missing: \(text)") }
        #expect(entry.byline?.name == "Nadia Berg")
        #expect(entry.captions == ["Pickers at work near Lowford on Tuesday."])
        #expect(entry.imageCredits == ["Jo Park/Example Agency"])
        #expect(entry.blocks.filter { $0.kind == .listItem }.count == 3)
        #expect(entry.blocks.filter { $0.kind == .heading }.count == 1)
    }

    @Test func scriptRenderedArticleFallsBackToItsStructuredText() throws {
        let entry = try #require(try read("article-script-rendered").entries.first)
        #expect(entry.blocks.map(\.kind) == [.title, .bylineName, .paragraph, .paragraph, .paragraph])
        #expect(entry.byline?.name == "Rui Tavares")
        #expect(!entry.text.contains("Loading"))
    }

    @Test func splitArticleIsReadWhole() throws {
        let entry = try #require(try read("article-split").entries.first)
        #expect(entry.blocks.filter { $0.kind == .paragraph }.count == 5)
        #expect(!entry.text.contains("Advertisement"))
    }

    @Test func theLatestPageKeepsItsIntroductionAsPreamble() throws {
        let document = try read("the-latest")
        #expect(document.preamble.count == 1)
        #expect(document.preamble.first?.contains("The Latest on a wildfire") == true)
        #expect(!document.entries.contains { $0.text.contains("___") })
    }

    @Test func declaredWindows1252IsDecoded() throws {
        let entry = try #require(try read("windows-1252").entries.first)
        #expect(entry.text.contains("A café crème now costs €4.20"))
        #expect(entry.text.contains("€3.80 – a rise"))
    }
}

/// Live pages in other shapes, written inline.
@Suite struct InlineLivePageTests {
    @Test func postsThatAreListItemsWithClockTextRead() throws {
        let times = ["14:05", "13:50", "13:20", "12:45", "12:01"]
        let posts = times.enumerated().map { n, time in
            "<li class=\"feed-item\"><span class=\"ts\">\(time)</span><h3>Headline \(n)</h3>"
                + "<p>Body paragraph number \(n) with enough words to count as prose for the detector, and a comma.</p>"
                + "<p>Second paragraph \(n).</p></li>"
        }.joined()
        let html = "<html><head><title>Live</title></head><body><ul class=\"feed\">\(posts)</ul></body></html>"
        let document = try PageReader().read(data: Data(html.utf8), sourceName: "li.html")
        #expect(document.entries.map(\.published) == times)
        #expect(document.entries.map(\.title) == (0..<5).map { "Headline \($0)" })
        #expect(document.entries.allSatisfy { $0.blocks.map(\.kind) == [.title, .paragraph, .paragraph] })
    }

    @Test func postsTimedByAnEpochAttributeRead() throws {
        let posts = (0..<4).map { n in
            "<div class=\"lb-post\" data-published-at=\"\(1_900_000_000 - n * 600)\"><h3>Update \(n)</h3><p>Some prose for "
                + "update \(n), long enough to count as the body of a live post, with a comma and another clause, as posts go.</p></div>"
        }.joined()
        let html = "<html><body><div class=\"lb\">\(posts)</div></body></html>"
        let document = try PageReader().read(data: Data(html.utf8), sourceName: "epoch.html")
        #expect(
            document.entries.map(\.published) == [
                "2030-03-17T17:46:40Z", "2030-03-17T17:36:40Z", "2030-03-17T17:26:40Z", "2030-03-17T17:16:40Z",
            ])
        #expect(document.entries.allSatisfy { $0.blocks.map(\.kind) == [.title, .paragraph] })
    }

    @Test func jsonLDFragmentsNamingAnchorsInsidePostsFindThePosts() throws {
        let updates = (0..<3).map { n in
            """
            {"@type": "BlogPosting", "headline": "Headline \(n)", "datePublished": "2031-01-01T1\(n):00:00Z",
             "url": "https://x.example/live#p\(n)", "articleBody": "Flat body \(n)."}
            """
        }.joined(separator: ",")
        let posts = (0..<3).map { n in
            "<div class=\"post\"><a id=\"p\(n)\"></a><time datetime=\"2031-01-01T1\(n):00:00Z\">1\(n):00</time>"
                + "<h2>Headline \(n)</h2><p>HTML body \(n) with a <a href=\"/x\">link</a> and more words to make it prose.</p>"
                + "<blockquote><p>Quoted \(n).</p></blockquote></div>"
        }.joined()
        let html = """
            <html><head><script type="application/ld+json">{"@type": "LiveBlogPosting", "liveBlogUpdate": [\(updates)]}
            </script></head><body>\(posts)</body></html>
            """
        let document = try PageReader().read(data: Data(html.utf8), sourceName: "anchors.html")
        #expect(document.entries.count == 3)
        #expect(document.entries.allSatisfy { $0.blocks.map(\.kind) == [.title, .paragraph, .blockQuote] })
    }

    @Test func anArticleWithTwoTimesIsNotALivePage() throws {
        let html = """
            <html><body><article><h1>Council votes on budget</h1>
            <p><time datetime="2031-01-01T10:00">10:00</time> The council met this morning to vote on next year's budget, which
            includes cuts to library opening hours and a rise in parking charges.</p>
            <p>Updated <time datetime="2031-01-01T12:00">12:00</time>: the budget passed by 31 votes to 24 after a long debate.</p>
            </article></body></html>
            """
        let document = try PageReader().read(data: Data(html.utf8), sourceName: "article.html")
        #expect(document.entries.count == 1)
    }
}
