import ClaimKit
import ClaimKitTestSupport
import Testing

/// Rules written against pages the rules had not seen: the subject is the noun the figure
/// measures, scopes come from forces and officials, and figures stated in the future, in a
/// definite compound, as a magnitude or as an increment are claims. Sentences written for
/// these tests.
struct ClaimGeneralisationTests {
    typealias Row = ClaimExtractorTests.Row

    static let subjects: [Row] = [
        // Never a sentence adverb, a dateline or the paper that reports the figure.
        Row(text: "Meanwhile, the river level was 3.2m above normal.", figure: "3.2m", subject: "river level", key: "level",
            attribute: "distance"),
        Row(text: "BERGEN - The tunnel was closed for nine days after the flood.", figure: "nine days", subject: "tunnel (after the flood)",
            key: "tunnel", attribute: "duration"),
        Row(text: "The Harbour Gazette reported that the ferry fare had risen to £14.", figure: "£14", subject: "ferry fare",
            key: "fare", attribute: "cost"),
        Row(text: "The temperature in the stands touched 35C.", figure: "35C", subject: "temperature", key: "temperature",
            attribute: "temperature"),
        // "N km from PLACE": the thing located, not the place measured from.
        Row(text: "Villagers fled to Ruswick, about 40km from Tarnby.", figure: "about 40km", subject: "Ruswick (distance from Tarnby)", key: "ruswick",
            attribute: "distance"),
        Row(text: "The depot lies 6 miles east of Tarnby.", figure: "6 miles", subject: "depot (distance from Tarnby)", key: "depot", attribute: "distance"),
        // Future tense, definite compounds, "a crowd of N".
        Row(text: "The stoppage will last 36 hours.", figure: "36 hours", subject: "stoppage", key: "stoppage", attribute: "duration"),
        Row(text: "The 72-hour stoppage begins on Monday.", figure: "72-hour", subject: "stoppage", key: "stoppage",
            attribute: "duration"),
        Row(text: "The walkout will last 12 hours.", figure: "12 hours", subject: "walkout", key: "strike", attribute: "duration"),
        Row(text: "A crowd of 8,215 watched the final.", figure: "8,215", subject: "crowd", key: "crowd", attribute: "count"),
        // Magnitudes.
        Row(text: "A magnitude 5.8 tremor shook the valley.", figure: "5.8", subject: "tremor", key: "tremor", attribute: "magnitude"),
        Row(text: "The survey said the earthquake had a magnitude of 5.2.", figure: "5.2", subject: "earthquake", key: "quake",
            attribute: "magnitude"),
        Row(text: "Seismologists first rated the tremor at magnitude 5.5.", figure: "5.5", subject: "tremor", key: "tremor",
            attribute: "magnitude"),
        // Changes: the thing changed, and the figure it changed from.
        Row(text: "The ferry fares would be cut by 5% next spring.", figure: "5%", subject: "ferry fares", key: "fare", attribute: "change"),
        Row(text: "Organisers moved the kick-off forward by 30 minutes.", figure: "30 minutes", subject: "kick-off", key: "kick-off",
            attribute: "duration"),
        Row(text: "The board cut costs by $5m.", figure: "$5m", subject: "costs", key: "cost", attribute: "cost"),
        Row(text: "The bank raised its target price for Acme by 12%.", figure: "12%", subject: "target price", key: "price",
            attribute: "change"),
        Row(text: "The firm reported profit of £76m, up from £61m.", figure: "£76m", subject: "profit", key: "profit",
            attribute: "profit"),
        Row(text: "The firm reported profit of £76m, up from £61m.", figure: "£61m", subject: "profit", key: "profit",
            attribute: "profit"),
        Row(text: "The bank raised its target price for Acme by 12%, to 450p.", figure: "450p", subject: "target price", key: "price",
            attribute: "price"),
        Row(text: "Officials said 12 people had died and 40 were injured.", figure: "40", subject: "injured", key: "injury",
            attribute: "count"),
        // Increments and parts.
        Row(text: "Four more people have been arrested.", figure: "Four", subject: "people arrested", key: "arrest",
            attribute: "additional count"),
        Row(text: "Nine of those injuries were serious.", figure: "Nine", subject: "injuries", key: "injury", attribute: "count"),
    ]

    @Test(arguments: subjects)
    func findsSubject(_ row: Row) throws {
        try row.check()
    }

    struct ScopeRow: CustomStringConvertible, Sendable {
        let text: String
        let figure: String
        let scope: String?
        var description: String { text }
    }

    static let scopes: [ScopeRow] = [
        ScopeRow(text: "Bergen police have detained 41 people.", figure: "41", scope: "Bergen"),
        ScopeRow(text: "Police in Bergen say 22 people were detained.", figure: "22", scope: "Bergen"),
        ScopeRow(text: "Officials in the Tarnby district say 15 people died there.", figure: "15", scope: "Tarnby"),
        ScopeRow(text: "Rescuers arrived in Ostrava at dawn. Nine people were trapped there.", figure: "Nine", scope: "Ostrava"),
        ScopeRow(text: "Officers have arrested 120 people nationwide.", figure: "120", scope: "national"),
        ScopeRow(text: "Officers have arrested 160 people across Portugal.", figure: "160", scope: "national"),
        ScopeRow(text: "Officers have arrested 120 people nationwide, including 45 in Porto.", figure: "45", scope: "Porto"),
        ScopeRow(text: "Officers have arrested 160 people across Portugal, 30 of them in Porto.", figure: "30", scope: "Porto"),
        ScopeRow(text: "The depot lies 6 miles east of Tarnby.", figure: "6 miles", scope: "from Tarnby"),
        ScopeRow(text: "Northshire Police have charged 12 more people. That brings the force's total to 40.", figure: "40",
            scope: "Northshire"),
        ScopeRow(text: "Officers have charged 12 more people. That brings the force's total to 40.", figure: "40", scope: nil),
        // Negative rows: a capital before "police" that is no place, and no place at all.
        ScopeRow(text: "Riot police said 300 protesters gathered.", figure: "300", scope: nil),
        ScopeRow(text: "Police say 300 protesters gathered.", figure: "300", scope: nil),
        ScopeRow(text: "The Press Council said 12 members resigned.", figure: "12", scope: nil),
        ScopeRow(text: "She won 58% of the vote in Tuesday's election.", figure: "58%", scope: nil),
        ScopeRow(text: "Bergen City Council says 14 schools will close.", figure: "14", scope: "Bergen"),
    ]

    @Test(arguments: scopes)
    func findsScope(_ row: ScopeRow) throws {
        let claims = ClaimFixtures.claims([row.text])
        let claim = try #require(claims.first { $0.text == row.figure }, "no claim \(row.figure) in \(claims.map(\.text))")
        #expect(claim.scope == row.scope)
    }

    /// Scores and relative times: no claims ("one in five staff" is a share:
    /// `ClaimFractionAndPredicateTests`).
    /// Checked by `ClaimExtractorTests.makesNoClaim` with the other suites' rows.
    static let nonClaims: [String] = [
        "The sides played out a 2-2 draw.",
        "In the last two days the rain stopped.",
        "The two leaders met at the border.",
    ]

    @Test func aChangeFromOneLevelToAnotherIsTwoLevels() throws {
        let claims = ClaimFixtures.claims(["The bill would raise the retirement age from 66 to 68."])
        #expect(claims.map(\.quantity.value) == [66, 68])
        #expect(claims.map(\.subject) == ["retirement age", "retirement age"])
        #expect(claims.map(\.attribute) == ["age", "age"])
    }

    @Test func aRangeOfEstimatesStaysOneFigure() throws {
        let claims = ClaimFixtures.claims(["Between 300 and 400 people attended the vigil."])
        #expect(claims.count == 1)
        #expect(claims.first?.quantity.bound == .range)
    }

    @Test func partsOfACountKeepTheCountSubjectAndANarrowerScope() throws {
        let claims = ClaimFixtures.claims(["Officers have arrested 120 people nationwide, including 45 in Porto."])
        #expect(claims.map(\.text) == ["120", "45"])
        #expect(claims.map(\.subjectKey) == ["arrest", "arrest"])
        #expect(claims.map(\.scope) == ["national", "Porto"])
    }
}
