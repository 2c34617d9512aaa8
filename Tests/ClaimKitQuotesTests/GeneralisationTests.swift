import ClaimKit
import Testing

/// Rules added after a held-out review: quotes after a clause with no speech verb, "quoted
/// as saying", heavy subjects before the cue, nominal speakers that speak for a named body,
/// and a closing mark dropped at a paragraph's end. Positive and negative rows.
@Suite struct GeneralisationTests {
    typealias P = QuoteFixture.Person
    typealias Row = AttributionTests.Row

    static let park = P("Jo Park", gender: .female, surfaces: ["Jo Park", "Park"])
    static let lund = P("Erik Lund", gender: .male, surfaces: ["Erik Lund", "Lund"])
    static let mayor = P("Dana Cole", gender: .female, surfaces: ["Dana Cole", "Cole"], roles: ["Mayor"])
    static let review = P("Daily Review", .organization)
    static let treasury = P("Treasury Department", .organization)
    static let hsbc = P("HSBC", .organization)

    // quote.speaker-clause: a colon-introduced quote, or a sentence saying how one person spoke.
    static let clause: [Row] = [
        Row(
            "His rival at the Daily Review, Jo Park, was harsher: \u{201C}The plan is a fantasy.\u{201D}",
            [park, review], [("The plan is a fantasy.", "Jo Park", .quoteSpeakerClause)]),
        Row(
            "Park was scathing. \u{201C}Nobody read the report before voting.\u{201D}", [park],
            [("Nobody read the report before voting.", "Jo Park", .quoteSpeakerClause)]),
        Row(
            "Pressed on the timetable, Lund was more cautious. \"We will need another year.\"", [lund],
            [("We will need another year.", "Erik Lund", .quoteSpeakerClause)]),
        Row(
            "Lund put it more bluntly. \u{201C}The plan is dead.\u{201D}", [lund],
            [("The plan is dead.", "Erik Lund", .quoteSpeakerClause)]),
        Row(
            "Park did not mince words. \u{201C}The plan is dead.\u{201D}", [park],
            [("The plan is dead.", "Jo Park", .quoteSpeakerClause)]),
        Row(
            "Park took questions for an hour.\n\nShe was blunt. \u{201C}The plan is dead.\u{201D}", [park],
            [("The plan is dead.", "Jo Park", .quoteSpeakerClause)]),
        // Negative: "she" with no woman named before.
        Row(
            "Lund took questions for an hour.\n\nShe was blunt. \u{201C}The plan is dead.\u{201D}", [lund],
            [("The plan is dead.", nil, .quoteUnattributed)]),
        // Negative: two people in the clause, a place subject, a non-manner predicate.
        Row(
            "Park met Lund on Friday: \u{201C}The plan is a fantasy.\u{201D}", [park, lund],
            [("The plan is a fantasy.", nil, .quoteUnattributed)]),
        Row(
            "Park was arrested. \u{201C}Nobody read the report before voting.\u{201D}", [park],
            [("Nobody read the report before voting.", nil, .quoteUnattributed)]),
        Row(
            "The mood in the chamber was sombre: \u{201C}a day of shame\u{201D} read one banner.", [],
            [("a day of shame", nil, .quoteUnattributed)]),
    ]

    // "was quoted as saying"
    static let quotedAs: [Row] = [
        Row(
            "Finance Minister Erik Lund was quoted as saying the budget was \u{201C}fully funded\u{201D}.", [lund],
            [("fully funded", "Erik Lund", .quoteParticipleCue)]),
        // Negative: "as saying" without "quoted" is no cue of its own.
        Row(
            "The motto is known as \u{201C}saying less\u{201D} in the office.", [],
            [("saying less", nil, .quoteTitle)]),
    ]

    // Hearsay: "is said to have responded".
    static let hearsay: [Row] = [
        Row(
            "Asked about the leak, Lund is said to have responded: \u{201C}Let them print it.\u{201D}", [lund],
            [("Let them print it.", "Erik Lund", .quoteSpeakerBefore)]),
        // Negative: "said to" without a subject before it names nobody.
        Row(
            "It is said to have been \u{201C}a tense meeting\u{201D}.", [],
            [("a tense meeting", nil, .quoteScare)]),
    ]

    // "went on" as a cue.
    static let wentOn: [Row] = [
        Row(
            "\u{201C}It is a fair fight,\u{201D} Lund told the paper. He went on: \u{201C}Let the votes decide.\u{201D}",
            [lund],
            [("It is a fair fight,", "Erik Lund", .quoteSpeakerAfter), ("Let the votes decide.", "Erik Lund", .quoteSpeakerBefore)]),
        // Negative: "went on" a trip says nothing.
        Row(
            "Lund went on holiday. The hotel was \u{201C}tired\u{201D}.", [lund],
            [("tired", nil, .quoteScare)]),
    ]

    // Heavy subjects: an "of Place" apposition, a relative clause holding a quoted title.
    static let heavy: [Row] = [
        Row(
            "Park's deputy, Councillor Erik Lund of Denver, told reporters that the vote was \u{201C}a farce\u{201D}.",
            [park, lund, P("Denver", .place)], [("a farce", "Erik Lund", .quoteReportedPartial)]),
        Row(
            "Erik Lund, whose 2009 novel \u{201C}Cold Harbour\u{201D} won every prize, told the audience that the book was \u{201C}an accident\u{201D}.",
            [lund],
            [("Cold Harbour", nil, .quoteTitle), ("an accident", "Erik Lund", .quoteReportedPartial)]),
        // A first name that is also a place ("Chad") does not make the speaker a place.
        Row(
            "The council's press officer, Chad Morris, told reporters that the mayor was \u{201C}fully briefed\u{201D}.",
            [P("Chad", .place)], [("fully briefed", "Chad Morris", .quoteReportedPartial)]),
        // Negative: a place alone before the comma is no speaker (nor is a bare "officials").
        Row(
            "In the north of the country, near Chad, officials said the road was \u{201C}impassable\u{201D}.",
            [P("Chad", .place)], [("impassable", nil, .quoteScare)]),
        Row(
            "Erik Lund is back after a decade.\n\nThe 61-year-old director, whose 1988 film \"Grey Water\" defined the '80s, told a press conference that he had \"kept writing\" all along.",
            [lund], [("Grey Water", nil, .quoteTitle), ("kept writing", "Erik Lund", .quoteReportedPartial)]),
        // A role holder named only later does not take the description.
        Row(
            "Erik Lund is back after a decade.\n\nThe 61-year-old director told reporters he had \"kept writing\". Festival director Jo Park said she was \"delighted\".",
            [lund, P("Jo Park", gender: .female, surfaces: ["Jo Park"], roles: ["director"])],
            [("kept writing", "Erik Lund", .quoteReportedPartial), ("delighted", "Jo Park", .quoteReportedPartial)]),
        // Negative: an aged description with nobody named before it.
        Row(
            "The 61-year-old director told a press conference that he had \"kept writing\" all along.", [],
            [("kept writing", nil, .quoteScare)]),
        // Negative: another speaker's quote between the commas stops the walk.
        Row(
            "Park, \u{201C}we are done here,\u{201D} Lund said.", [park, lund],
            [("we are done here,", "Erik Lund", .quoteSpeakerAfter)]),
    ]

    // Nominal speakers: the named body or person, never a bare common noun.
    static let nominal: [Row] = [
        Row(
            "A spokesman for Park said the claims were \u{201C}baseless\u{201D}.", [park],
            [("baseless", "Jo Park", .quoteReportedPartial)]),
        Row(
            "\u{201C}We are reviewing the figures,\u{201D} said a spokeswoman for the Treasury Department.",
            [treasury], [("We are reviewing the figures,", "Treasury Department", .quoteSpeakerAfter)]),
        Row(
            "Analysts at HSBC said the merger would leave the market \u{201C}badly distorted\u{201D}.", [hsbc],
            [("badly distorted", "HSBC", .quoteReportedPartial)]),
        Row(
            "Mayor Dana Cole cut the budget.\n\nThe mayor's office said the cuts were \u{201C}unavoidable\u{201D}.",
            [mayor], [("unavoidable", "Dana Cole", .quoteReportedPartial)]),
        Row(
            "A Westfield spokesman said the store would \u{201C}reopen soon\u{201D}.", [],
            [("reopen soon", "Westfield", .quoteReportedPartial)]),
        Row(
            "\u{201C}We will appeal,\u{201D} the Farmers Union said. The group, which has 900 members, called the ruling \u{201C}absurd\u{201D}.",
            [P("Farmers Union", .organization)],
            [("We will appeal,", "Farmers Union", .quoteSpeakerAfter), ("absurd", "Farmers Union", .quoteReportedPartial)]),
        // "she" after "a spokeswoman for X" is X's spokeswoman.
        Row(
            "Lund spoke first. A spokeswoman for the Treasury Department said the plan was sound.\n\n\u{201C}We stand by it,\u{201D} she said.",
            [lund, treasury], [("We stand by it,", "Treasury Department", .quoteSpeakerAfter)]),
        // Negative: an adjective of party or nationality is not the body; a bare head names nobody.
        Row(
            "A Republican spokesman said the bill was \u{201C}dead\u{201D}.", [],
            [("dead", "Republican spokesman", .quoteReportedPartial)]),
        Row(
            "\u{201C}Nobody asked us,\u{201D} said the head of one trade body.", [],
            [("Nobody asked us,", nil, .quoteUnattributed)]),
        Row(
            "Lund spoke first. The group said the ruling was \u{201C}absurd\u{201D}.", [lund],
            [("absurd", nil, .quoteScare)]),
        // Negative: nobody named, so no speaker rather than "spokesman" or "office".
        Row(
            "A spokesman said the claims were \u{201C}baseless\u{201D}.", [],
            [("baseless", nil, .quoteScare)]),
        Row(
            "The governor's office said the cuts were \u{201C}unavoidable\u{201D}.", [],
            [("unavoidable", nil, .quoteScare)]),
        Row(
            "\u{201C}We are reviewing the figures,\u{201D} said a spokeswoman for the ministry.", [],
            [("We are reviewing the figures,", nil, .quoteUnattributed)]),
    ]

    // A closing mark dropped at a paragraph's end: kept, and still reported.
    static let unclosed: [Row] = [
        Row(
            "Lund called the result \u{201C}the worst in a decade.\n\nThe count ends on Friday.", [lund],
            [("the worst in a decade.", "Erik Lund", .quoteSpeakerBefore)]),
    ]

    @Test(arguments: clause + quotedAs + hearsay + wentOn + heavy + nominal + unclosed)
    func attributes(_ row: Row) {
        row.check()
    }

    /// Negative: a mark left open mid-sentence, or before a closed quote, is not closed.
    @Test(arguments: [
        "He said \"yes and left the room",
        "He said \"yes. Later she said \"no\" firmly.",
    ])
    func aMarkLeftOpenMidParagraphStaysProse(_ text: String) {
        let e = QuoteFixture.entry(text)
        let (quotes, diagnostics) = QuoteFixture.extractor.quotesAndDiagnostics(
            in: [AnalyzedEntry(entry: e)], entities: [])
        #expect(!quotes.contains { $0.text.hasPrefix("yes") })
        #expect(diagnostics.map(\.code) == [QuoteDiagnostic.unbalancedMark])
    }

    @Test func aDroppedClosingMarkIsStillReported() {
        let e = QuoteFixture.entry("She called it \"the worst in a decade.")
        let (quotes, diagnostics) = QuoteFixture.extractor.quotesAndDiagnostics(
            in: [AnalyzedEntry(entry: e)], entities: [])
        #expect(quotes.map(\.text) == ["the worst in a decade."])
        #expect(diagnostics.map(\.code) == [QuoteDiagnostic.unbalancedMark])
    }
}

/// A follow-on cue ("he adds") keeps the channel of the same speaker's previous quote.
@Suite struct ChannelInheritanceTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var channels: [String?]
        var testDescription: String { text }
    }

    static let lund = QuoteFixture.Person("Erik Lund", gender: .male, surfaces: ["Erik Lund", "Lund"])
    static let park = QuoteFixture.Person("Jo Park", gender: .female, surfaces: ["Jo Park", "Park"])

    static let rows: [Row] = [
        Row(
            text: "In a post on X, Lund says: \"The vote was rigged.\"\n\n\"We will appeal,\" he adds.",
            channels: ["X", "X"]),
        // Negative: another speaker, or a plain "said", does not inherit it.
        Row(
            text: "In a post on X, Lund says: \"The vote was rigged.\"\n\n\"We will appeal,\" Park said.",
            channels: ["X", nil]),
        Row(
            text: "In a post on X, Lund says: \"The vote was rigged.\"\n\nLater he said \"we will appeal\".",
            channels: ["X", nil]),
    ]

    @Test(arguments: rows)
    func inheritsTheChannel(_ row: Row) {
        let quotes = QuoteFixture.quotes(row.text, people: [Self.lund, Self.park])
        #expect(quotes.map(\.channel) == row.channels, "\(quotes.map { ($0.text, $0.speaker ?? "nil") })")
    }
}
