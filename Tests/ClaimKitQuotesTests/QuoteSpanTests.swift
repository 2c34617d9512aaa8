import ClaimKit
import Testing

/// Quote spans: which words lie inside quotation marks, and which marks are apostrophes.
@Suite struct QuoteSpanTests {
    /// A text and the quote texts expected in it, in order (nested ones included).
    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var title: String?
        var expected: [String]
        var testDescription: String { text }
        init(_ text: String, title: String? = nil, _ expected: [String]) {
            self.text = text
            self.title = title
            self.expected = expected
        }
    }

    static let rows: [Row] = [
        // Double marks, straight and curly.
        Row("Moscow is \"rushing\" to renew dialogue, he says.", ["rushing"]),
        Row(
            "\u{201C}I think the time\u{2019}s right\u{2026} we need to move,\u{201D} he said.",
            ["I think the time\u{2019}s right\u{2026} we need to move,"]),
        Row("She said \u{201C}yes\u{201D} and then \"no\".", ["yes", "no"]),
        // Single marks in a headline, with a comma inside.
        Row(
            "Body text.", title: "'I believe great progress was made,' Trump says",
            ["I believe great progress was made,"]),
        Row("Body.", title: "UK and EU try \u{2018}very hard\u{2019} to derail peace - Russia", ["very hard"]),
        // Nested quotes.
        Row(
            "\"We can bring this 'inglorious' War to an end,\" he says.",
            ["We can bring this 'inglorious' War to an end,", "inglorious"]),
        Row(
            "\u{201C}They called it \u{2018}a disgrace\u{2019},\u{201D} she said.",
            ["They called it \u{2018}a disgrace\u{2019},", "a disgrace"]),
        // Apostrophes that are not quotes.
        Row("Trump's post and the time's up, don't worry.", []),
        Row("Music of the '90s and rock 'n' roll, said the DJ's friend.", []),
        Row("In the \u{2019}90s the players\u{2019} union said \u{201C}never\u{201D}.", ["never"]),
        Row("The leaders' talks ended; 'we are done', said one.", ["we are done"]),
        Row("Body.", title: "'Jones' plan is dead,' says Smith", ["Jones' plan is dead,"]),
        Row("Ms O'Brien said 'tis the season, ma'am.", []),
        // A quote over two paragraphs: the first never closes, the second opens again.
        Row(
            "\u{201C}We will fight on.\n\n\u{201C}And we will win,\u{201D} he said.",
            ["We will fight on.", "And we will win,"]),
        // An opening mark at a paragraph start with no close: the paragraph is the quote.
        Row(
            "\"This is the whole paragraph without a close\n\nNext paragraph is prose.",
            ["This is the whole paragraph without a close"]),
        // An unbalanced mark spoils nothing else.
        Row("He said \"yes. Later she said \"no\" firmly.\n\nThen \"maybe\" came.", ["no", "maybe"]),
        Row("A stray closing\u{201D} mark and a \u{201C}real quote\u{201D}.", ["real quote"]),
        // Marks with no words between them, or an opening mark alone in its paragraph (found by fuzzing).
        Row("\u{201C} ? \u{201D} says, \u{201C}\n\n\u{201C}", []),
        Row("\" ... \"\n\n' '", []),
        // Guillemets.
        Row("Il a dit \u{00AB}non\u{00BB} hier.", ["non"]),
        // Paragraphs without a mark, around paragraphs with one: only dash dialogue is read in them.
        Row("No marks here at all.\n\n\u{201C}Then one,\u{201D} she said.\n\nAnd none again.", ["Then one,"]),
        Row("Caf\u{00E9} owners met at noon \u{2014} all of them.\n\n\u{00AB}Non\u{00BB}, dit-il.", ["Non"]),
        Row("The storm hit at dawn.\n\n\u{2013} We lost the roof, said the farmer.", ["We lost the roof,"]),
        Row("Nothing is quoted here.\n\nNor here, she said \u{2013} twice.", []),
    ]

    @Test(arguments: rows)
    func findsQuoteSpans(_ row: Row) {
        let quotes = QuoteFixture.quotes(row.text, title: row.title)
        #expect(quotes.map(\.text) == row.expected)
    }

    @Test func everyRangeSlicesBackToItsText() {
        for row in Self.rows {
            let entry = QuoteFixture.entry(row.text, title: row.title)
            for q in QuoteFixture.extractor.quotes(in: [AnalyzedEntry(entry: entry)], entities: []) {
                #expect(String(entry.text.slice(q.range)) == q.text)
            }
        }
    }

    @Test func nestedQuotesHaveNoSpeaker() {
        let quotes = QuoteFixture.quotes("\"We can bring this 'inglorious' War to an end,\" he says.", people: [])
        #expect(quotes.last?.text == "inglorious")
        #expect(quotes.last?.speaker == nil)
        #expect(quotes.last?.rule == .quoteNested)
    }

    @Test func anUnclosedMarkIsReported() {
        let e = QuoteFixture.entry("He said \"yes. Later she said \"no\" firmly.")
        let (_, diagnostics) = QuoteFixture.extractor.quotesAndDiagnostics(in: [AnalyzedEntry(entry: e)], entities: [])
        #expect(diagnostics.map(\.code) == [QuoteDiagnostic.unbalancedMark])
    }
}
