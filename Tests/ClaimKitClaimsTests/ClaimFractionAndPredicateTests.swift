import ClaimKit
import ClaimKitTestSupport
import Testing

/// Families of claims held-out pages showed missing or vague: shares written as fractions
/// in words ("more than half of the reefs", "one in nine of the animals", "down by a
/// third"), counts of those who "remain in" a place, and durations, sums and shares whose
/// clause subject only says who, not what was done. Our own sentences, none from a page.
struct ClaimFractionAndPredicateTests {
    typealias Row = ClaimExtractorTests.Row

    static let fractionShares: [Row] = [
        Row(text: "More than half of the reefs surveyed were bleaching.", figure: "More than half", subject: "reefs", key: "reef", attribute: "share"),
        Row(text: "Nearly half of voters backed the plan.", figure: "Nearly half", subject: "voters", key: "voter", attribute: "share"),
        Row(text: "Three-quarters of the roof of the hall was destroyed.", figure: "Three-quarters", subject: "roof", key: "roof", attribute: "share"),
        Row(text: "Listed companies make about three-quarters of their money.", figure: "about three-quarters", subject: "money", key: "money",
            attribute: "share"),
        Row(text: "A third of voters stayed at home.", figure: "A third", subject: "voters", key: "voter", attribute: "share"),
        Row(text: "Fewer than a third of the households have received aid.", figure: "Fewer than a third", subject: "households", key: "household",
            attribute: "share"),
    ]

    @Test(arguments: fractionShares)
    func readsAFractionOfANounAsAShare(_ row: Row) throws {
        try row.check()
        let claim = try #require(ClaimFixtures.claims([row.text]).first { $0.text == row.figure })
        #expect(claim.quantity.unit == "%")
    }

    static let oneInShares: [(row: Row, percent: Double)] = [
        (Row(text: "The agency said it lost one in nine of the country's 64.7 million animals.", figure: "one in nine", subject: "animals",
             key: "animal", attribute: "share"), 100.0 / 9),
        (Row(text: "Kagoshima produces roughly one in eight of Japan's eggs.", figure: "one in eight", subject: "eggs", key: "egg", attribute: "share"),
         12.5),
        (Row(text: "The firm handled about one in five card payments made in shops.", figure: "one in five", subject: "card payments", key: "payment",
             attribute: "share"), 20),
        (Row(text: "One in five staff work from home.", figure: "One in five", subject: "staff", key: "staff", attribute: "share"), 20),
    ]

    @Test(arguments: oneInShares)
    func readsOneInNAsAShare(_ row: (row: Row, percent: Double)) throws {
        try row.row.check()
        let claim = try #require(ClaimFixtures.claims([row.row.text]).first { $0.text == row.row.figure })
        #expect(claim.quantity.unit == "%")
        #expect(abs(claim.quantity.value - row.percent) < 0.001)
    }

    /// "Half" that is a part of a time or a thing, or a share of nothing named: no claim.
    static let noShares: [String] = [
        "The first half of the year was dry.",
        "The water covered the lower half of the village.",
        "Half of them are Turkish.",
        "We want to give half of them a walking programme.",
        "The odds of a win are one in three.",
        "Talks resumed for a third day of negotiations.",
    ]

    @Test(arguments: noShares)
    func readsNoShareFromAPartOrAPronoun(_ text: String) {
        let claims = ClaimFixtures.claims([text])
        #expect(claims.allSatisfy { $0.quantity.unit != "%" }, "\(claims.map(\.text))")
    }

    @Test func readsAFractionAfterByAsAChangeInPerCent() throws {
        let claim = try #require(ClaimFixtures.claims(["Last month bookings fell by about a third."]).first { $0.text == "about a third" })
        #expect(claim.quantity.unit == "%")
        #expect(abs(claim.quantity.value - 100.0 / 3) < 0.001)
        #expect(claim.subject.hasSuffix("bookings"))
        // "a third of voters" is a share, not a change.
        let share = try #require(ClaimFixtures.claims(["A third of voters stayed at home."]).first { $0.text == "A third" })
        #expect(share.attribute == "share")
    }

    static let remaining: [Row] = [
        Row(text: "Of the injured, 88 remain in intensive care.", figure: "88", subject: "remain in intensive care", key: "intensive care",
            attribute: "count"),
        Row(text: "Six remained in hospital on Tuesday night.", figure: "Six", subject: "remained in hospital", key: "hospital", attribute: "count"),
        Row(text: "Officials said 71 people were still unaccounted for.", figure: "71", subject: "people unaccounted", key: "missing",
            attribute: "count"),
    ]

    @Test(arguments: remaining)
    func readsWhereACountRemains(_ row: Row) throws {
        try row.check()
    }

    static let predicates: [Row] = [
        Row(text: "The operator, Kartli Hydro, lowered the reservoir for five weeks in 2023.", figure: "five weeks",
            subject: "operator (lowered the reservoir)", key: "operator", attribute: "duration"),
        Row(text: "He said the authority would close four dive sites for at least six months.", figure: "at least six months",
            subject: "authority (close four dive sites)", key: "authority", attribute: "duration"),
        Row(text: "The street would be closed for at least eight weeks.", figure: "at least eight weeks", subject: "street (closed)", key: "street",
            attribute: "duration"),
        Row(text: "Two were seasick for twelve hours.", figure: "twelve hours", subject: "Two (seasick)", key: "two", attribute: "duration"),
        Row(text: "The company said it had invested $38m in the plant.", figure: "$38m", subject: "company (invested)", key: "company",
            attribute: "cost"),
        Row(text: "Under the law, lottery prizes are taxed at 20%.", figure: "20%", subject: "lottery prizes (taxed)", key: "prize",
            attribute: "share"),
        Row(text: "The nurses have been buying tickets together every week for nine years.", figure: "nine years",
            subject: "nurses (buying tickets together every week)", key: "nurse", attribute: "duration"),
    ]

    @Test(arguments: predicates)
    func namesWhatADurationMeasuresAfterItsSubject(_ row: Row) throws {
        try row.check()
    }

    /// A figure before the verb, or a clause that opens with a preposition: no verb phrase
    /// is added.
    static let noPredicates: [(text: String, figure: String)] = [
        ("For five weeks the operator lowered the reservoir.", "five weeks"),
        ("The operator said that for five weeks it had lowered the reservoir.", "five weeks"),
        ("Police in Leeds held him for 12 hours.", "12 hours"),
        ("The refuge chamber has enough food for about five days.", "about five days"),
        ("Her last split was faster than any runner in the field by 11 seconds.", "11 seconds"),
        ("Everybody is fresh after 12 km.", "12 km"),
        ("The stores where fresh fillets sell for $24 are full.", "$24"),
    ]

    @Test(arguments: noPredicates)
    func addsNoVerbPhraseWithoutOne(_ row: (text: String, figure: String)) {
        let claims = ClaimFixtures.claims([row.text]).filter { $0.text == row.figure }
        #expect(claims.allSatisfy { !$0.subject.contains("(") }, "\(claims.map(\.subject))")
    }
}
