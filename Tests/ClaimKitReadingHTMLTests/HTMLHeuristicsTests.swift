import ClaimKitModel
import Foundation
import Testing

@testable import ClaimKitReading

/// The small rules of the HTML reader, as tables of positive and negative rows.
@Suite struct HTMLHeuristicsTests {
    @Test(
        arguments: [
            ("<meta charset=\"windows-1252\">", "windows-1252"),
            ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">", "iso-8859-1"),
            ("<meta charset=utf-8>", "utf-8"),
            ("<script charset=\"utf-8\" src=\"x.js\"></script>", nil),
            ("<p>charset=latin1 is mentioned in prose</p>", nil),
        ] as [(String, String?)])
    func declaredCharset(_ html: String, _ expected: String?) {
        #expect(CharsetSniffer.declaredCharset(in: Array(html.utf8)) == expected)
        // The raw-bytes form the reader calls gives the same answer.
        Array(html.utf8).withUnsafeBytes { raw in
            #expect(CharsetSniffer.declaredCharset(in: raw) == expected)
            #expect(CharsetSniffer.shouldForceUTF8(raw) == CharsetSniffer.shouldForceUTF8(Array(html.utf8)))
        }
    }

    @Test(arguments: [
        ("<!DOCTYPE html><html>", true), ("  \n<div>hi</div>", true), ("\u{FEFF}<html>", true),
        ("Title line\n<html> later in the first kilobyte", true),
        ("A plain text page.\nWith lines.", false), ("20:49 BST\nSomething happened.", false),
        // A first character beyond ASCII, or an ASCII one followed by such: read from the bytes.
        ("\u{2018}Quoted\u{2019} headline\nText", false), ("\u{00DC}ber den Linden <html>", true),
        ("B\u{00DC}NDNER REPORTER\nplain text", false), ("B\u{00DC}NDNER\n<!DOCTYPE html>", true),
        // White space beyond ASCII, or a mark that joins the space before it: the String test.
        ("\u{00A0}<html>", true), ("\u{2003}Text page", false), (" \u{0301}<p>x</p>", true),
    ])
    func sniffsHTML(_ text: String, _ isHTML: Bool) {
        #expect(PageSniffer.looksLikeHTML(Data(text.utf8)) == isHTML)
        // The byte test answers as the String test does.
        #expect(PageSniffer.looksLikeHTML(text) == isHTML)
    }

    @Test(arguments: [
        ("Photograph: Jo Park/Example Agency", "Photograph: ", "Jo Park/Example Agency"),
        ("(Image: Getty)", "Image: ", "Getty"),
        ("Image source, Reuters", "Image source, ", "Reuters"),
        ("Credit: AP Photo/Jane Doe", "Credit: ", "AP Photo/Jane Doe"),
    ])
    func standaloneCredits(_ text: String, _ marker: String, _ name: String) throws {
        let credit = try #require(CreditParser.standaloneCredit(in: text))
        #expect(credit.marker == marker)
        #expect(credit.name == name)
    }

    @Test(arguments: ["The photograph was taken in 1921.", "Source of the river", "Credit card debt rose by 4%."])
    func proseIsNotACredit(_ text: String) {
        #expect(CreditParser.standaloneCredit(in: text) == nil)
    }

    @Test func captionWithTrailingCreditIsSplit() throws {
        let credit = try #require(CreditParser.credit(in: "Pickers at work near Lowford. Photograph: Jo Park"))
        #expect(credit.caption == "Pickers at work near Lowford.")
        #expect(credit.name == "Jo Park")
    }

    @Test(arguments: [
        ("  a \n\t b  ", "a b"), ("no\u{A0}break", "no break"), ("soft\u{AD}hyphen", "softhyphen"),
        ("zero\u{200B}width", "zerowidth"), ("café  crème", "café crème"), ("", ""),
    ])
    func collapsesWhiteSpace(_ text: String, _ expected: String) {
        #expect(WhitespaceNormalizer.collapse(text) == expected)
        #expect(WhitespaceNormalizer.collapse(Substring(" x " + text).dropFirst(3)) == expected)
    }

    /// Edges: a lone space, a no-break space at the end, a soft hyphen between spaces,
    /// four-byte scalars, a run of spaces of every kind.
    @Test(arguments: [
        (" ", ""), ("end\u{A0}", "end"), ("a \u{AD} b", "a b"), ("😀  \u{1F600}", "😀 😀"),
        ("\u{2003}\u{3000}x\u{205F}\u{1680}\u{2028}y\u{85}", "x y"), ("\u{FEFF}lead", "lead"),
    ])
    func collapsesWhiteSpaceAtTheEdges(_ text: String, _ expected: String) {
        #expect(WhitespaceNormalizer.collapse(text) == expected)
    }

    /// Long texts whose eight-byte runs the collapse test passes whole: spaces side by side
    /// inside a run, across two runs, a tab or a line feed inside one, text already collapsed.
    @Test(arguments: [
        ("abcdefgh  ijklmnop", "abcdefgh ijklmnop"), ("abcdefg  hijklmnop", "abcdefg hijklmnop"),
        ("abc defghijk lmnopq", "abc defghijk lmnopq"), ("abcdefgh\tijklmnop", "abcdefgh ijklmnop"),
        ("abcd\nefghijklmnop", "abcd efghijklmnop"), ("a b c d e f g h i j k", "a b c d e f g h i j k"),
        ("twelve bytes  then", "twelve bytes then"), ("Prix: 3\u{A0}€ pour quatre mots", "Prix: 3 € pour quatre mots"),
    ])
    func collapsesLongText(_ text: String, _ expected: String) {
        #expect(WhitespaceNormalizer.collapse(text) == expected)
    }

    /// The visible length and commas of a text (counted eight bytes at a time while ASCII)
    /// are those of the rule read byte by byte: every scalar but white space counts, a run
    /// of white space counts once after a character.
    @Test(arguments: [
        "a, b", "  lead spaces, then words,  and   runs of spaces, here ", "abcdefgh        ijklmnop, q",
        "tab\tand\nline feeds, between words of prose", "café, crème and 12,000 more, then ASCII again after",
        "        ", "",
    ])
    func countsVisibleLength(_ text: String) {
        var length = 0
        var commas = 0
        var space = true
        for scalar in text.unicodeScalars {
            if scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) {
                if !space { length += 1 }
                space = true
            } else {
                length += 1
                space = false
                if scalar == "," { commas += 1 }
            }
        }
        let counted = WhitespaceNormalizer.visibleLengthAndCommas(text)
        #expect(counted.length == length)
        #expect(counted.commas == commas)
    }

    /// Short furniture blocks, positive and negative rows: phrases in any case, trimmed of
    /// spaces and punctuation, promotion prefixes, and text that only resembles them.
    @Test(arguments: [
        ("Advertisement", true), ("  Share  ", true), ("Related:", true), ("Loading...", true), ("Watch", true),
        ("Getty Images", true), ("SHARE THIS ARTICLE", true), ("\u{201C}Read more\u{201D}", true),
        ("Read more: the full story of the day", true), ("Images", false), ("Watched", false),
        ("The quick brown fox", false), ("Share prices fell", false), ("", false), ("...", false),
    ])
    func furnitureText(_ text: String, _ expected: Bool) {
        #expect(HTMLEntryReader.isFurnitureText(text) == expected)
    }

    /// The clock times decided without the regular expression are ones it matches; the
    /// other rows (negative, or not of the simple shape) are left to it.
    @Test(arguments: [
        ("21:34", true), ("9:05", true), (" 16:00 PKT ", true), ("15.01 GMT", true), ("07.30\tGMT", true),
        ("21:34 gmt", false), ("21:3", false), ("123:45", false), ("21:34 GMTXYZ", false), ("21:34\r\n", false),
        ("4. Title", false), ("Posted at 9.40pm GMT", false), ("2134", false), ("", false),
    ])
    func simpleClockTimes(_ text: String, _ simple: Bool) throws {
        #expect(LiveBlogDetector.isSimpleClockTime(text, dot: true, spaced: true) == simple)
        if simple { #expect(LiveBlogDetector.isClockText(text)) }
        // Without dots or surrounding space: only the bare colon forms.
        let bare = simple && !text.contains(".") && text == text.trimmingCharacters(in: .whitespaces)
        #expect(LiveBlogDetector.isSimpleClockTime(text, dot: false, spaced: false) == bare)
    }

    /// The byte validation of a page is `String(validating:)`'s answer (rows: ASCII, two-,
    /// three- and four-byte scalars, overlong forms, surrogates, above U+10FFFF, cut-off and
    /// stray continuation bytes, after long ASCII runs).
    @Test(arguments: [
        [0x61, 0x62], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xC0, 0xAF], [0xC1, 0xBF],
        [0xE0, 0x80, 0xAF], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x80], [0x80],
        [0xC3, 0x41], Array("0123456789abcdef".utf8) + [0xC3, 0xA9] + Array("0123456789".utf8),
        Array("0123456789abcdef".utf8) + [0xFF], Array("0123456".utf8) + [0xE2, 0x80, 0x99, 0x41],
    ] as [[UInt8]])
    func validatesUTF8(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            #expect(CharsetSniffer.isValidUTF8(raw) == (String(validating: bytes, as: UTF8.self) != nil))
        }
    }

    /// `quickLowercased` is `lowercased()`, ASCII or not (rows: dotted capital I, the
    /// Kelvin sign, final sigma, German sharp s, four-byte scalars, mixed text).
    @Test(arguments: [
        "READ MORE: Trump’s call", "İSTANBUL", "\u{212A}elvin", "ΣΟΦΟΣ", "STRAẞE", "𐐀𐐁 Deseret", "", "plain ascii 123",
        "Ünïcödé ÀÉÎ ﬁ ǅ", "\u{0}\u{7F}\u{80}",
    ])
    func quickLowercasingIsLowercasing(_ text: String) {
        #expect(text.quickLowercased == text.lowercased())
        #expect(String(repeating: text, count: 40).quickLowercased == String(repeating: text, count: 40).lowercased())
    }

    /// `hasFewerCharacters(than:)` is `count < limit` (rows: ASCII, a carriage return and
    /// line feed as one character, combining marks, emoji).
    @Test(arguments: [
        ("abc", 3), ("abc", 4), ("a\r\nb", 3), ("a\r\nb", 4), ("e\u{301}e\u{301}", 3), ("😀😀", 2), ("😀😀", 3),
        (String(repeating: "x", count: 130), 120), (String(repeating: "é", count: 100), 120),
        (String(repeating: "e\u{301}", count: 100), 120),
    ])
    func characterCountTestIsCount(_ text: String, _ limit: Int) {
        #expect(text.hasFewerCharacters(than: limit) == (text.count < limit))
    }

    /// Texts the clock pattern can match all pass the quick test; the negative rows are
    /// texts the quick test turns away, which the pattern does not match either.
    @Test(arguments: [
        ("17:25", true), ("  4.14pm", true), ("Posted at 10:32 BST", true), ("updated: 9:05", true), ("5 mins ago", true),
        ("\u{A0}17:25", true), ("١٧:٢٥", true), ("Copy 3 of the page", false), ("At 17:25", false), ("- 17:25", false),
    ])
    func clockTextQuickTest(_ text: String, _ mayStart: Bool) {
        #expect(LiveBlogDetector.mayStartClockText(text) == mayStart)
        if !mayStart { #expect(!LiveBlogDetector.isClockText(text)) }
    }

    /// `data-*` attribute names that carry a post's time, and names that do not.
    @Test(arguments: [
        ("data-time", true), ("data-published-at", true), ("data-timestamp", true), ("data-date", true),
        ("data-ts", true), ("data-post-ts", true),
        ("data-tsx", false), ("data-tags", false), ("data-id", false), ("datetime-ts", false), ("time", false),
    ])
    func timeAttributeNames(_ name: String, _ isTime: Bool) {
        #expect(LiveBlogDetector.isTimeAttributeName(name) == isTime)
    }

    static func element(_ name: String, _ attributes: [(String, String)]) -> HTMLTree.Node {
        HTMLTree.Node(name: name, attributes: attributes.map { (name: $0.0, value: $0.1) }, parent: 0, depth: 1)
    }

    /// Furniture by markup (positive rows).
    @Test(arguments: [
        ("nav", [] as [(String, String)]), ("aside", []), ("footer", []), ("div", [("class", "share-buttons")]),
        ("div", [("id", "comments")]), ("section", [("class", "newsletter-signup")]), ("div", [("class", "ad-slot")]),
        ("div", [("class", "cookie-banner")]), ("ul", [("class", "related-links")]), ("div", [("role", "navigation")]),
        ("div", [("aria-hidden", "true")]), ("p", [("hidden", "")]), ("div", [("class", "promo box")]),
    ])
    func furniture(_ name: String, _ attributes: [(String, String)]) {
        #expect(BoilerplateClassifier().isFurniture(Self.element(name, attributes)))
    }

    /// Content containers (negative rows), including near misses ("header", "shadow", "download").
    @Test(arguments: [
        ("div", [("class", "article-body")] as [(String, String)]), ("article", [("class", "story")]), ("p", []),
        ("div", [("class", "article-header")]), ("div", [("class", "shadow-box")]),
        ("div", [("class", "download-text")]),
        ("main", []), ("section", [("class", "post-content")]), ("div", [("class", "loaded")]),
    ])
    func notFurniture(_ name: String, _ attributes: [(String, String)]) {
        #expect(!BoilerplateClassifier().isFurniture(Self.element(name, attributes)))
    }

    static func paragraphs(_ texts: [String]) -> [CollectedBlock] {
        texts.map { CollectedBlock(kind: .paragraph, text: $0) }
    }

    @Test func splitsTimestampedUpdates() throws {
        let split = try #require(
            TimestampedUpdateSplitter.split(
                Self.paragraphs([
                    "Intro (all times local):", "10 p.m.", "Late news.", "___", "4:14 p.m.", "Early news.",
                    "More early news.",
                ])))
        #expect(split.preamble.map(\.text) == ["Intro (all times local):"])
        #expect(split.updates.map(\.time) == ["10 p.m.", "4:14 p.m."])
        #expect(split.updates.map { $0.blocks.map(\.text) } == [["Late news."], ["Early news.", "More early news."]])
    }

    @Test(arguments: [
        ["One time only:", "10 p.m.", "Text."],
        ["At 10 p.m. the polls closed.", "At 11 p.m. counting began."],
        ["10 p.m.", "11 p.m."],
    ])
    func doesNotSplitOrdinaryArticles(_ texts: [String]) {
        #expect(TimestampedUpdateSplitter.split(Self.paragraphs(texts)) == nil)
    }

    @Test(arguments: [
        ("Fish &amp; chips", "Fish & chips"), ("&#39;quoted&#39;", "'quoted'"), ("&#x2019;", "’"),
        ("<p>One</p><p>Two</p>", "\nOne\n\nTwo\n"), ("5 &lt; 6", "5 < 6"), ("AT&T stays", "AT&T stays"),
    ])
    func decodesEntitiesInStructuredData(_ text: String, _ expected: String) {
        #expect(EntityDecoder.decode(text) == expected)
    }

    @Test(arguments: [
        ("17:25", true), ("4.14pm", true), ("10 p.m.", true), ("Posted at 10:32 BST", true), ("5 mins ago", true),
        ("Updated 9:05am", true), ("2 hours ago", true),
        ("In 2019", false), ("17 people", false), ("Page 12:3", false), ("The meeting is at 10:30 today", false),
    ])
    func clockText(_ text: String, _ isClock: Bool) {
        #expect(LiveBlogDetector.isClockText(text) == isClock)
    }
}
