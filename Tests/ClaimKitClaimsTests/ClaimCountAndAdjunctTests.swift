import ClaimKit
import ClaimKitTestSupport
import Testing

/// Counts whose noun or role stands beside the figure (a vote tally, "48 injured", "the
/// eight coaches of the train", "a 95-page report"), and distances and times said of a
/// verb's object, an event, a limit, a maximum or the time left. Sentences written for
/// these tests.
struct ClaimCountAndAdjunctTests {
    typealias Row = ClaimExtractorTests.Row

    static let counts: [Row] = [
        Row(text: "Two people died and 31 injured when the bus overturned.", figure: "31", subject: "people injured", key: "injury",
            attribute: "count"),
        Row(text: "Investigators inspected the nine coaches of the train.", figure: "nine", subject: "coaches", key: "coach",
            attribute: "count"),
        Row(text: "The 14 members of the panel met on Friday.", figure: "14", subject: "members", key: "member", attribute: "count"),
        Row(text: "Altogether 298 MPs voted for the amendment.", figure: "298", subject: "MPs voted for", key: "votes for",
            attribute: "count"),
        Row(text: "Some 240 senators voted against the plan.", figure: "Some 240", subject: "senators voted against",
            key: "votes against", attribute: "count"),
        Row(text: "The amendment was carried by 298 votes to 276.", figure: "298", subject: "votes for", key: "votes for",
            attribute: "count"),
        Row(text: "The amendment was carried by 298 votes to 276.", figure: "276", subject: "votes against", key: "votes against",
            attribute: "count"),
        Row(text: "The 298 MPs who backed the amendment were named.", figure: "298", subject: "MPs who backed", key: "votes for",
            attribute: "count"),
        Row(text: "The 95-page report was released on Monday.", figure: "95", subject: "report", key: "report", attribute: "pages"),
        Row(text: "They live in a 12-storey block.", figure: "12", subject: "block", key: "block", attribute: "storeys"),
        Row(text: "Five people died and 40 were taken to hospital.", figure: "40", subject: "taken to hospital", key: "hospital",
            attribute: "count"),
        Row(text: "Officials said 9,800 votes had been counted and 140 had been rejected.", figure: "140", subject: "rejected",
            key: "rejected", attribute: "count"),
        Row(text: "At least 18 more were wounded.", figure: "At least 18", subject: "wounded", key: "injury",
            attribute: "additional count"),
        Row(text: "The final report, which runs to 212 pages, blames the signals.", figure: "212", subject: "final report",
            key: "report", attribute: "pages"),
        Row(text: "He signed a three-year deal with the club.", figure: "three-year", subject: "deal", key: "deal", attribute: "duration"),
        Row(text: "The eight-carriage train left the rails.", figure: "eight", subject: "train", key: "train", attribute: "carriages"),
        Row(text: "Smoke filled the four-storey hotel by midnight.", figure: "four", subject: "hotel", key: "hotel", attribute: "storeys"),
        Row(text: "A six-car train was waiting at the platform.", figure: "six", subject: "train", key: "train", attribute: "cars"),
    ]

    @Test(arguments: counts)
    func readsTheCount(_ row: Row) throws {
        try row.check()
    }

    static let adjuncts: [Row] = [
        Row(text: "The coach, travelling at about 90km/h, hit the barrier.", figure: "about 90km/h", subject: "coach", key: "coach",
            attribute: "speed"),
        Row(text: "The driver applied the brakes about 250 metres before the crossing.", figure: "about 250 metres", subject: "brakes",
            key: "brake", attribute: "distance"),
        Row(text: "Officials said lorries should be limited to 50km/h on the bridge.", figure: "50km/h", subject: "limit on lorries",
            key: "limit on lorry", attribute: "limit"),
        Row(text: "The first paramedics arrived about 25 minutes after the explosion.", figure: "about 25 minutes",
            subject: "first paramedics arrived (after the explosion)", key: "paramedic arrived", attribute: "duration"),
        Row(text: "The law allows a maximum of 11 hours on duty.", figure: "a maximum of 11 hours", subject: "maximum", key: "maximum",
            attribute: "limit"),
        Row(text: "The visitors equalised with nine minutes to spare.", figure: "nine minutes", subject: "time to spare",
            key: "time left", attribute: "duration"),
        Row(text: "There are now four hours to go until polls close.", figure: "four hours", subject: "time to go", key: "time left",
            attribute: "duration"),
        Row(text: "The ground shook for 38 seconds in the town.", figure: "38 seconds", subject: "ground shook", key: "shaking",
            attribute: "duration"),
        Row(text: "The aftershock shook the valley for 12 seconds.", figure: "12 seconds", subject: "aftershock", key: "aftershock",
            attribute: "duration"),
        Row(text: "The refuge chamber sits at 610 metres below the surface.", figure: "610 metres", subject: "refuge chamber",
            key: "chamber", attribute: "depth"),
        Row(text: "The shelter, she told reporters, was 590 metres below the surface.", figure: "590 metres", subject: "shelter",
            key: "shelter", attribute: "depth"),
        Row(text: "The men are trapped some 300 metres underground.", figure: "some 300 metres", subject: "men", key: "men",
            attribute: "depth"),
    ]

    @Test(arguments: adjuncts)
    func tiesTheFigureToWhatItMeasures(_ row: Row) throws {
        try row.check()
    }

    /// Definite references and generic sets stay no claims; a multiplier or a pair of
    /// numbers glued by a hyphen counts no noun.
    static let nonClaims: [String] = [
        "It is one of the five pillars of the faith.",
        "He did not know the three branches of government.",
        "The two sides of the river met.",
        "They stayed at a five-star hotel.",
        "The one-car crash closed the road.",
        "The two-carriageway road was closed.",
    ]

    @Test(arguments: nonClaims)
    func makesNoCountClaim(_ text: String) {
        #expect(ClaimFixtures.claims([text]).filter { $0.quantity.unit == "count" && $0.attribute != "change" } == [])
    }

    @Test func aFoldOrANumberIsNoCountedNoun() {
        let claims = ClaimFixtures.claims(["Sales rose 18-fold last year.", "The boxer landed a one-two punch."])
        #expect(claims.allSatisfy { $0.attribute != "folds" && $0.attribute != "twos" })
    }
}
