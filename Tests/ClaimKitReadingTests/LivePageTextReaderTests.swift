import ClaimKitModel
import ClaimKitReading
import Testing

/// One line per entry: `index|title|published|labels|byline name/role`, joined by " ¶ ".
func headers(_ text: String) -> String {
    LivePageTextReader().read(text: text, sourceName: "test").entries.map { e in
        let byline = e.byline.map { "\($0.name)/\($0.role ?? "")" } ?? ""
        return "\(e.index)|\(e.title ?? "-")|\(e.published ?? "-")|\(e.labels.joined(separator: ","))|\(byline)"
    }.joined(separator: " ¶ ")
}

/// The blocks of entry `entry` as `kind:content`, joined by " ¶ ".
func blocks(_ text: String, entry: Int = 0) -> String {
    let e = LivePageTextReader().read(text: text, sourceName: "test").entries[entry]
    return e.blocks.map { "\($0.kind.rawValue):\(e.text.slice($0.contentRange))" }.joined(separator: " ¶ ")
}

/// Lines joined by "\n", so that rows read like the page.
func page(_ lines: String...) -> String { lines.joined(separator: "\n") }

@Suite struct LivePageTextReaderTests {
    /// Entry headers: titles, times, labels, bylines.
    @Test(arguments: [
        (
            page("  1. Kremlin confirms callpublished at 17:06 BST", "", "    The Kremlin has confirmed it."),
            "1|Kremlin confirms call|17:06 BST||"
        ),
        (page("  1. Talks beginpublished at 9:05 GMT", "", "    Body."), "1|Talks begin|9:05 GMT||"),
        (page("  1. Talks beginpublished at 09:05 EDT", "", "    Body."), "1|Talks begin|09:05 EDT||"),
        (page("  1. Talks begin published at 14:30", "", "    Body."), "1|Talks begin|14:30||"),
        // a label just after the title, and before it (on the numbered line, or alone)
        (
            page("  1. Talks beginpublished at 9:05 GMT", "    Key event", "", "    Body."),
            "1|Talks begin|9:05 GMT|Key event|"
        ),
        (
            page("  1. Analysis", "", "    Talks beginpublished at 9:05 GMT", "", "    Body."),
            "1|Talks begin|9:05 GMT|Analysis|"
        ),
        (
            page("  1.", "    Watch", "    Talks beginpublished at 9:05 GMT", "", "    Body."),
            "1|Talks begin|9:05 GMT|Watch|"
        ),
        (page("  1. Talks beginpublished at 9:05 GMT", "    Live", "", "    Body."), "1|Talks begin|9:05 GMT|Live|"),
        (
            page("  1. Talks beginpublished at 9:05 GMT", "    Fact check", "", "    Body."),
            "1|Talks begin|9:05 GMT|Fact check|"
        ),
        (
            page("  1. Talks beginpublished at 9:05 GMT", "", "    Explainer", "", "    Body."),
            "1|Talks begin|9:05 GMT|Explainer|"
        ),
        // bylines: after a blank line, glued under the title, under a label
        (
            page("  1. Talks beginpublished at 9:05 GMT", "", "    Jane Doe", "    Live reporter", "", "    Body."),
            "1|Talks begin|9:05 GMT||Jane Doe/Live reporter"
        ),
        (
            page(
                "  1. Talks beginpublished at 9:05 GMT", "    Jane van der Berg", "    Reporting from Kyiv", "",
                "    Body."),
            "1|Talks begin|9:05 GMT||Jane van der Berg/Reporting from Kyiv"
        ),
        (
            page(
                "  1. Talks beginpublished at 9:05 GMT", "    Breaking", "", "    Jane Doe", "    Live reporter", "",
                "    Body."),
            "1|Talks begin|9:05 GMT|Breaking|Jane Doe/Live reporter"
        ),
        (
            page(
                "  1. Analysis", "", "    Talks beginpublished at 9:05 GMT", "", "    Bernd Debusmann Jr",
                "    North America editor", "", "    Body."),
            "1|Talks begin|9:05 GMT|Analysis|Bernd Debusmann Jr/North America editor"
        ),
        (
            page(
                "  1. Talks beginpublished at 9:05 GMT", "", "    Anna Holligan & Paul Kirby",
                "    BBC News, The Hague", "", "    Body."),
            "1|Talks begin|9:05 GMT||Anna Holligan & Paul Kirby/BBC News, The Hague"
        ),
        // a label standing alone above the numbered title line
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    Body a.", "", "  Key event", "  2. Bpublished at 8:05 GMT", "",
                "    Body b."),
            "1|A|9:05 GMT|| ¶ 2|B|8:05 GMT|Key event|"
        ),
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    Body a.", "", "  Watch", "", "  2. Bpublished at 8:05 GMT", "",
                "    Body b."),
            "1|A|9:05 GMT|| ¶ 2|B|8:05 GMT|Watch|"
        ),
        // several entries; one without a time between two timed ones
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    x.", "", "  2. B without time", "", "    y.", "",
                "  3. Cpublished at 8:00 GMT", "", "    z."),
            "1|A|9:05 GMT|| ¶ 2|B without time|-|| ¶ 3|C|8:00 GMT||"
        ),
        // line ends and indentation
        (
            "  1. Apublished at 9:05 GMT\r\n\r\n    Body.\r\n  2. Bpublished at 8:05 GMT\r\n    Breaking\r\n\r\n    Body.\r\n",
            "1|A|9:05 GMT|| ¶ 2|B|8:05 GMT|Breaking|"
        ),
        (
            page(
                "1. Apublished at 9:05 GMT", "Body.", "2. Bpublished at 8:05 GMT", "Jane Doe", "Live reporter", "",
                "Body."),
            "1|A|9:05 GMT|| ¶ 2|B|8:05 GMT||Jane Doe/Live reporter"
        ),
        (
            page("\t1. Apublished at 9:05 GMT", "\t\tBody.", "", "\t2. Bpublished at 8:05 GMT", "", "\t\tBody."),
            "1|A|9:05 GMT|| ¶ 2|B|8:05 GMT||"
        ),
        // a numbered page without times, headers indented less than their bodies
        (
            page("  1. First update", "", "    Body one.", "", "  2. Second update", "", "    Body two."),
            "1|First update|-|| ¶ 2|Second update|-||"
        ),
        // the time on a line of its own, and a time with a date
        (
            page(
                "  1. Talks begin", "    published at 9:05 GMT", "", "    Body.", "  2. Breaking", "    Talks end",
                "    published at 8:05 GMT", "", "    Body."),
            "1|Talks begin|9:05 GMT|| ¶ 2|Talks end|8:05 GMT|Breaking|"
        ),
        (page("  1. Talks beginpublished at 18:47 GMT 3 March", "", "    Body."), "1|Talks begin|18:47 GMT 3 March||"),
        (
            page(
                "  1. Analysis", "", "    Why the talks in Geneva failed, and what comes next",
                "    published at 9:05 GMT", "", "    Body."),
            "1|Why the talks in Geneva failed, and what comes next|9:05 GMT|Analysis|"
        ),
        // one entry
        (page("Summary", "", "  1. Only entrypublished at 12:00 CET", "", "    Body."), "1|Only entry|12:00 CET||"),
    ])
    func entryHeaders(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// What must not be taken for a label, a byline or an entry.
    @Test(arguments: [
        // a one-word paragraph after the title is no label, a short unknown one neither
        (page("  1. Apublished at 9:05 GMT", "", "    Thanks.", "", "    Body."), "1|A|9:05 GMT||"),
        (page("  1. Apublished at 9:05 GMT", "", "    Wow", "", "    Body."), "1|A|9:05 GMT||"),
        // a byline name line is no label
        (page("  1. Apublished at 9:05 GMT", "    Jane Doe", "", "    Body."), "1|A|9:05 GMT||"),
        // a name followed by a sentence is no byline; an image line pair neither
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    Jane Doe", "    She has written about this for years.", "",
                "    Body."), "1|A|9:05 GMT||"
        ),
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    A Man SpeaksImage source, Reuters", "    Image caption,", "",
                "    Caption."), "1|A|9:05 GMT||"
        ),
        // a short last paragraph of an entry, indented as body, is no label of the next
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    Body a.", "", "    Wow", "", "  2. Bpublished at 8:05 GMT", "",
                "    Body b."),
            "1|A|9:05 GMT|| ¶ 2|B|8:05 GMT||"
        ),
        (
            page("1. Apublished at 9:05 GMT", "", "Body a.", "", "Wow", "", "2. Bpublished at 8:05 GMT", "", "Body b."),
            "1|A|9:05 GMT|| ¶ 2|B|8:05 GMT||"
        ),
        // a byline further down the body is not the entry's byline
        (
            page("  1. Apublished at 9:05 GMT", "", "    Body.", "", "    Jane Doe", "    Live reporter"),
            "1|A|9:05 GMT||"
        ),
        // a numbered list inside an entry is no entry
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    Steps:", "", "    1. First step", "    2. Second step", "",
                "  2. Bpublished at 8:00 GMT", "", "    y."),
            "1|A|9:05 GMT|| ¶ 2|B|8:00 GMT||"
        ),
        // plain text: one entry without title, even with a numbered list
        (page("Talks went on all day.", "", "1. First point", "2. Second point"), "1|-|-||"),
        (page("  1. Only one numbered line", "", "    Body."), "1|-|-||"),
        ("just one line", "1|-|-||"),
    ])
    func notTakenForStructure(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// Body lines and their blocks.
    @Test(arguments: [
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    A man at a microphoneImage source, Getty Images",
                "    Image caption,", "", "    The caption.", "", "    Body."),
            "title:A ¶ imageDescription:A man at a microphone ¶ imageCredit:Getty Images ¶ imageCaption:The caption. ¶ paragraph:Body."
        ),
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    Image source, Reuters", "    Image caption, Inline caption", "",
                "    Body."),
            "title:A ¶ imageCredit:Reuters ¶ imageCaption:Inline caption ¶ paragraph:Body."
        ),
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    A crowdImage source, EPAImage caption,", "", "    The caption.",
                "", "    Body."),
            "title:A ¶ imageDescription:A crowd ¶ imageCredit:EPA ¶ imageCaption:The caption. ¶ paragraph:Body."
        ),
        (
            page("  1. Apublished at 9:05 GMT", "", "    Media caption,", "", "    Leader speaks", "", "    Body."),
            "title:A ¶ mediaCaption:Leader speaks ¶ paragraph:Body."
        ),
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    What we know", "", "    • One", "    • Two", "", "    - Three"),
            "title:A ¶ heading:What we know ¶ listItem:One ¶ listItem:Two ¶ listItem:Three"
        ),
        (
            page("  1. Apublished at 9:05 GMT", "", "    Jane Doe", "    Live reporter", "", "    Body."),
            "title:A ¶ bylineName:Jane Doe ¶ bylineRole:Live reporter ¶ paragraph:Body."
        ),
        (
            page("  1. Apublished at 9:05 GMT", "", "    First.", "    Second."),
            "title:A ¶ paragraph:First. ¶ paragraph:Second."
        ),
        (
            page("A hard-wrapped paragraph that goes", "on to the next line.", "", "Next paragraph."),
            "paragraph:A hard-wrapped paragraph that goes on to the next line. ¶ paragraph:Next paragraph."
        ),
        // a wrapped quotation whose attribution goes on in lower case after its comma
        (
            page("\"We have waited two years for this, and we are still", "waiting,\"", "said Jane Doe, who chairs the group.", "",
                "Officials agreed,", "Mr Roe said.", "", "Next."),
            "paragraph:\"We have waited two years for this, and we are still waiting,\" said Jane Doe, who chairs the group. ¶ paragraph:Officials agreed, ¶ paragraph:Mr Roe said. ¶ paragraph:Next."
        ),
        (
            page("A short heading", "The paragraph under it.", "", "Next."),
            "paragraph:A short heading ¶ paragraph:The paragraph under it. ¶ paragraph:Next."
        ),
        (
            page("The budget includes:", "", "1. A 3% rise in tax", "2) Forty new teachers", "", "Next."),
            "paragraph:The budget includes: ¶ listItem:A 3% rise in tax ¶ listItem:Forty new teachers ¶ paragraph:Next."
        ),
    ])
    func bodyBlocks(text: String, expected: String) {
        #expect(blocks(text) == expected)
    }

    @Test func preambleAndDiagnostics() {
        let text = page(
            "Summary", "", "• Point one", "", "Media caption,", "", "A video",
            "  1. Apublished at 9:05 GMT", "", "    x.", "", "  2. B", "", "    y.", "", "  4. Cpublished at 8:00 GMT",
            "", "    z.")
        let document = LivePageTextReader().read(text: text, sourceName: "test")
        #expect(document.preamble == ["Summary", "• Point one", "Media caption,", "A video"])
        #expect(document.entries.map(\.title) == ["A", "B", "C"])
        #expect(document.diagnostics.map(\.code) == ["reading.entry-without-time", "reading.entry-numbering"])
    }

    @Test func entryTextIsTitleThenBylineThenBody() {
        let text = page(
            "  1. Analysis", "", "    Talks beginpublished at 9:05 GMT", "", "    Jane Doe", "    Live reporter", "",
            "    Body one.", "", "    Body two.")
        let entry = LivePageTextReader().read(text: text, sourceName: "test").entries[0]
        #expect(entry.text == "Talks begin\n\nJane Doe\n\nLive reporter\n\nBody one.\n\nBody two.")
        for block in entry.blocks {
            #expect(entry.text.slice(block.range).hasSuffix(entry.text.slice(block.contentRange)))
        }
    }
}

@Suite struct LivePageVariantsTests {
    /// Pages whose entries carry no numbers, only glued "published at" times.
    @Test(arguments: [
        (
            page(
                "Tapublished at 9:05 GMT", "", "Body a.", "", "Analysis", "", "Tbpublished at 8:00 GMT", "", "Body b."),
            "1|Ta|9:05 GMT|| ¶ 2|Tb|8:00 GMT|Analysis|"
        ),
        (
            page("Tapublished at 9:05 GMT", "Breaking", "", "Jane Doe", "Live reporter", "", "Body a."),
            "1|Ta|9:05 GMT|Breaking|Jane Doe/Live reporter"
        ),
        // prose that says "published at" is no header
        (page("The report was published at 10:00 GMT.", "", "It was long."), "1|-|-||"),
        (page("The report was published at 10:00 GMT", "", "It was long."), "1|-|-||"),
    ])
    func unnumberedEntries(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// An unlisted label and a byline glued under the title.
    @Test func unknownLabelThenByline() {
        let text = page(
            "  1. Tpublished at 9:05 GMT", "    Scoop", "    Jane Doe", "    Live reporter", "", "    Body.")
        #expect(headers(text) == "1|T|9:05 GMT|Scoop|Jane Doe/Live reporter")
    }

    /// Embedded posts: the consent gate is dropped, the post's own lines are block quotes.
    @Test(arguments: [
        (
            page(
                "  1. Tpublished at 9:05 GMT", "", "    Before.", "", "    Skip twitter post by Jane Doe", "",
                "    Allow X content?", "",
                "    This article contains content provided by X. We ask for your permission.", "",
                "    Accept and continue", "", "    We stand together.", "", "    End of twitter post by Jane Doe", "",
                "    After."),
            "title:T ¶ paragraph:Before. ¶ blockQuote:We stand together. ¶ paragraph:After."
        ),
        // a "Skip" line without its end opens nothing
        (
            page("  1. Tpublished at 9:05 GMT", "", "    Skip twitter post by Jane Doe", "", "    After."),
            "title:T ¶ paragraph:After."
        ),
        (
            page("  1. Tpublished at 9:05 GMT", "", "    Video caption: Leader speaks", "", "    Body."),
            "title:T ¶ mediaCaption:Leader speaks ¶ paragraph:Body."
        ),
    ])
    func embedsAndCaptions(text: String, expected: String) {
        #expect(blocks(text) == expected)
    }
}
