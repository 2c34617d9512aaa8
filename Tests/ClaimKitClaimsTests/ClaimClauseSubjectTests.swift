import ClaimKit
import ClaimKitTestSupport
import Testing

/// Subjects read from the clause around a figure: "all N" sets, a number word opening the
/// clause, an adverb or a relative pronoun before a verb of measure, a level changed "from
/// ... to ...", a thing "worth" a sum. Our own sentences, none from a page.
struct ClaimClauseSubjectTests {
    typealias Row = ClaimExtractorTests.Row

    static let rows: [Row] = [
        // "all" names the whole set, as "the" does, when the set is tied to something.
        Row(text: "Inspectors checked all six floors of the hotel.", figure: "six", subject: "floors", key: "floor", attribute: "count"),
        Row(text: "Rangers said all four wolves that escaped had been caught.", figure: "four", subject: "wolves", key: "wolve",
            attribute: "count"),
        // The number word opening the clause is a figure of its own, not the subject.
        Row(text: "Two masked raiders took £40,000 from the till.", figure: "Two", subject: "masked raiders", key: "raider",
            attribute: "count"),
        // A relative pronoun or an adverb between the noun and its verb of measure.
        Row(text: "The tablets, which weigh about 2 grams each, were recalled.", figure: "about 2 grams", subject: "tablets",
            key: "tablet", attribute: "weight"),
        Row(text: "A bronze bell that weighs 400 kg was lifted out.", figure: "400 kg", subject: "bronze bell", key: "bell",
            attribute: "weight"),
        Row(text: "In the wild, adult females usually weigh about 12 kg.", figure: "about 12 kg", subject: "adult females", key: "female",
            attribute: "weight"),
        // ", which" after a noun phrase that is not the sentence's first: that noun phrase;
        // verbs of hanging and stretching take a height or a length.
        Row(text: "Climbers pulled a rope up to the ledge, which hangs about 90 metres above the glacier.", figure: "about 90 metres",
            subject: "ledge", key: "ledge", attribute: "height"),
        Row(text: "Crews walked out onto the salt flats, which can extend more than 12 km in summer.", figure: "more than 12 km",
            subject: "salt flats", key: "flat", attribute: "length"),
        // A share of a whole that gives its own count: the whole's noun.
        Row(text: "Nearly 40 per cent of the 250 pupils tested were absent.", figure: "Nearly 40 per cent", subject: "pupils",
            key: "pupil", attribute: "share"),
        // The level a thing was changed from, and the level it was changed to.
        Row(text: "The exclusion zone has been cut from 2 km to 500 metres.", figure: "2 km", subject: "exclusion zone", key: "zone",
            attribute: "distance"),
        Row(text: "The exclusion zone has been cut from 2 km to 500 metres.", figure: "500 metres", subject: "exclusion zone",
            key: "zone", attribute: "distance"),
        // What is worth the sum, with no copula between; "on its own" is no spending.
        Row(text: "Burglars stole three watches worth about £90,000 from the shop.", figure: "about £90,000", subject: "three watches",
            key: "watch", attribute: "value"),
        Row(text: "The brooch has been valued at £300,000 on its own.", figure: "£300,000", subject: "brooch", key: "brooch",
            attribute: "value"),
        // A noun for people after an adjective is no verb before its preposition.
        Row(text: "The charity said it had 212 local staff in the region.", figure: "212", subject: "local staff", key: "staff",
            attribute: "count"),
        // The noun phrase right before the copula, in a clause after the sentence's first.
        Row(text: "Barges may be up to 110 metres long, and the maximum draught is 2.8 metres.", figure: "2.8 metres",
            subject: "maximum draught", key: "draught", attribute: "distance"),
        // A pronoun for the clause's subject: the sentence before names it.
        Row(text: "The Gota Canal links the two lakes. It is 190 km long.", figure: "190 km", subject: "Gota Canal", key: "gota",
            attribute: "length"),
        Row(text: "The Nordlys opened a new route in May. At 20 years old, she is the oldest in the fleet.", figure: "20 years old",
            subject: "Nordlys", key: "nordly", attribute: "age"),
        Row(text: "Daniel Moreno was arrested on Monday. He was released on $20,000 bail.", figure: "$20,000",
            subject: "Daniel Moreno", key: "daniel", attribute: "cost"),
        // "It" with any verb of its own when no rule found a subject: the clause's subject
        // before (past a report), else the phrase that opens it, else what it brought in
        // with "a" when it opens with a person.
        Row(text: "Witnesses say the balloon lifted off from a field near the town. It drifted about 18 km in 40 minutes.",
            figure: "about 18 km", subject: "balloon", key: "balloon", attribute: "distance"),
        Row(text: "The probe that mapped the comet was launched in 2004, said Dr Ana Ruiz. It entered the atmosphere at about 7 km per second.",
            figure: "about 7 km per second", subject: "probe", key: "probe", attribute: "speed"),
        Row(text: "Maria Lopez was feeding the hens when she saw a black stone in the grass. It weighs 4.2 kg.", figure: "4.2 kg",
            subject: "black stone", key: "stone", attribute: "weight"),
        // A place before a comma, then how far off it is.
        Row(text: "The ferry was towed to Harwich, about 40 km away, for repairs.", figure: "about 40 km", subject: "Harwich",
            key: "harwich", attribute: "distance"),
        Row(text: "Traffic was sent over the Old Bridge, 3 km downstream.", figure: "3 km", subject: "Old Bridge", key: "old",
            attribute: "distance"),
        // A participle set between commas describes the noun before it.
        Row(text: "The river, flowing at up to 3 metres per second, swept the car away.", figure: "up to 3 metres per second",
            subject: "river", key: "river", attribute: "speed"),
    ]

    /// A pronoun with nothing before it in the entry, or "it" for a person, gets no subject
    /// from elsewhere.
    @Test(arguments: [
        "It is 190 km long.",
        "The captain spoke to reporters. It is 190 km to the port.",
        // "he" needs a name: a common noun or a possessive phrase is no antecedent.
        "The survivor was found at dawn. He had walked 190 km.",
        "Tavares's first attack came early. He climbed the final 190 km alone.",
        // The figure far into another clause.
        "Daniel Moreno was arrested. He was taken to an office on the top floor where a lawyer questioned a colleague for 190 minutes.",
        // "It" with a verb of its own: the figure in another clause, a report, or only a
        // person and definite things before.
        "The old lock was rebuilt. It opened in 1895 and saves ships about 190 km.",
        "The agency inspected the line. It reported 190 km of damaged track.",
        "Maria Lopez spoke to the crowd. It lasted 190 minutes.",
    ])
    func takesNoAntecedentWithoutOne(_ text: String) throws {
        let claim = try #require(ClaimFixtures.claims([text]).first { $0.text.contains("190") })
        #expect(claim.rule != "claim.pronoun-antecedent")
    }

    @Test(arguments: rows)
    func readsTheSubjectFromTheClause(_ row: Row) throws {
        try row.check()
    }

    /// A relative pronoun after a verb of saying is no relative clause: no subject is
    /// taken from before "that".
    @Test func leavesReportedThatAlone() throws {
        let claims = ClaimFixtures.claims(["Officials said that weighs about 3 tonnes."])
        let claim = try #require(claims.first { $0.text == "about 3 tonnes" })
        #expect(claim.subject != "Officials said")
        #expect(claim.subject != "said")
    }
}
