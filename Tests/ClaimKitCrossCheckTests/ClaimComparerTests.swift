import ClaimKit
import ClaimKitTestSupport
import Foundation
import Testing

struct ClaimComparerTests {
    static let parser = QuantityParser(lexicons: try! LexiconStore(roots: [BuiltInLexicons.url]))

    static func quantity(_ text: String) -> Quantity {
        parser.quantities(in: text).first!
    }

    struct IntervalRow: CustomStringConvertible, Sendable {
        let a: String
        let b: String
        let overlap: Bool
        var description: String { "\(a) ~ \(b)" }
    }

    /// Interval logic: rounding, bounds, approximation, conversions.
    static let intervals: [IntervalRow] = [
        IntervalRow(a: "2.5 hours", b: "more than two hours", overlap: true),
        IntervalRow(a: "2,500 km", b: "1,500 miles", overlap: true),
        IntervalRow(a: "2,500 km", b: "2,540 km", overlap: true),
        IntervalRow(a: "2,500 km", b: "1600km", overlap: false),
        IntervalRow(a: "about 1,600 km", b: "1,700 km", overlap: true),
        IntervalRow(a: "over 1,000 miles", b: "2,500 km", overlap: true),
        IntervalRow(a: "under 2 hours", b: "2.5 hours", overlap: false),
        IntervalRow(a: "between 10 and 20 km", b: "15 km", overlap: true),
        IntervalRow(a: "378", b: "412", overlap: false),
        IntervalRow(a: "£22m", b: "£22,450,772", overlap: true),
    ]

    /// Two approximate figures agree when one's value lies in the other's interval.
    static let agreements: [IntervalRow] = [
        IntervalRow(a: "about 1,100 km", b: "about 950 km", overlap: false),
        IntervalRow(a: "about 1,000 km", b: "about 950 km", overlap: true),
        IntervalRow(a: "about 1,600 km", b: "1,700 km", overlap: true),
        IntervalRow(a: "around 7,000", b: "around 8,000", overlap: false),
        IntervalRow(a: "more than two hours", b: "about 2.5 hours", overlap: true),
    ]

    @Test(arguments: agreements)
    func approximateFiguresAgreeOrNot(_ row: IntervalRow) throws {
        let a = try #require(FigureInterval(Self.quantity(row.a)))
        let b = try #require(FigureInterval(Self.quantity(row.b)))
        #expect(a.agrees(with: b) == row.overlap, "\(a) vs \(b)")
        #expect(b.agrees(with: a) == row.overlap, "\(b) vs \(a)")
    }

    @Test(arguments: intervals)
    func intervalsOverlapOrNot(_ row: IntervalRow) throws {
        let a = try #require(FigureInterval(Self.quantity(row.a)))
        let b = try #require(FigureInterval(Self.quantity(row.b)))
        #expect(a.overlaps(b) == row.overlap, "\(a) vs \(b)")
    }

    static func compare(_ bodies: [String], published: [String?]) -> (Extraction, [Contradiction], [Series]) {
        let entries = ClaimFixtures.entries(bodies, published: published)
        let claims = ClaimFixtures.claims(bodies, published: published)
        let (x, s) = ClaimComparer().compare(claims, entries: entries)
        let document = Document(sourceName: "fixture", format: .text, entries: entries)
        return (Extraction(document: document, claims: claims, contradictions: x, series: s), x, s)
    }

    @Test func flagsTheMissileRangesThatCannotBothHold() throws {
        let (_, contradictions, _) = Self.compare([
            "Zelensky wants Tomahawk missiles, which have a range of 2,500km.",
            "The talks go on.",
            "As a reminder, Tomahawk missiles have a range of 2,500 km (1,500 miles).",
            "Trump may send Tomahawk missiles. These missiles have an extremely long range of approximately over 1,000 miles (1600km).",
        ], published: ["20:49 BST", "20:00 BST", "19:31 BST", "17:52 BST"])
        #expect(contradictions.count == 1)
        let x = try #require(contradictions.first)
        #expect(x.entries == [1, 3, 4])
        #expect(x.reason == "Tomahawk missiles, range: 2,500 km in entries 1 and 3 (20:49, 19:31) vs about 1,600 km in entry 4 (17:52); the larger is 56% above the smaller")
        #expect(x.rule == .crossCheckDisjoint)
    }

    @Test func agreeingFiguresAreNoContradiction() {
        let (_, contradictions, _) = Self.compare([
            "It came after a 2.5 hour phone call between the pair.",
            "The phone call lasted for over two hours, the Kremlin said.",
        ], published: ["20:18", "19:00"])
        #expect(contradictions.isEmpty)
    }

    @Test func runningTotalsAreASeriesNotAContradiction() throws {
        let (_, contradictions, series) = Self.compare([
            "Police say 378 arrests have now been made.",
            "A further update: 23 arrests in Merseyside so far.",
            "Officers have made 147 arrests, police said.",
            "Police said 90 arrests had been made.",
        ], published: ["2024-08-04T18:00:00Z", "2024-08-04T15:00:00Z", "2024-08-04T12:00:00Z", "2024-08-04T09:00:00Z"])
        #expect(contradictions.isEmpty)
        let s = try #require(series.first)
        #expect(series.count == 1)
        #expect(s.attribute == "count")
        // Oldest first; Merseyside's own figure has its own scope and stays out.
        #expect(s.claims.count == 3)
    }

    /// A riot live blog in miniature: national totals rising, a force's own count, bounds,
    /// and an increment. Series, never contradictions.
    @Test func riotLiveBlogGivesSeriesAndNoContradiction() throws {
        let (_, contradictions, series) = Self.compare([
            "Police have now made 378 arrests nationally, the police chiefs said.",
            "Merseyside Police said 23 people had been arrested after the disorder.",
            "More than 150 people have been arrested nationwide.",
            "A further 20 people were arrested overnight.",
            "Officers have made 90 arrests nationally so far.",
        ], published: ["2024-08-05T18:00:00Z", "2024-08-05T16:00:00Z", "2024-08-05T14:00:00Z", "2024-08-05T12:00:00Z",
                       "2024-08-05T10:00:00Z"])
        #expect(contradictions.isEmpty)
        let national = try #require(series.first)
        #expect(series.count == 1)
        #expect(national.claims.count == 3)
    }

    /// Two estimates of one crowd in one entry cannot both hold.
    @Test func twoEstimatesOfOneCrowdAtOneMomentContradict() throws {
        let (_, contradictions, _) = Self.compare([
            "About 3,000 people marched through Leeds on Saturday, West Yorkshire Police said.\n\nThe organisers put the crowd at nearer 8,000.",
        ], published: ["14:00"])
        let x = try #require(contradictions.first)
        #expect(x.entries == [1])
        #expect(x.claims.count == 2)
    }

    /// Two estimates of a plain plural in one article are usually of different things.
    @Test func twoEstimatesOfAnIndefinitePluralDoNotContradict() {
        let (_, contradictions, _) = Self.compare([
            "The gains levelled off at about 8,000 steps, the team found.\n\nAn office worker manages about 4,500 steps a day, a separate survey says.",
        ], published: ["14:00"])
        #expect(contradictions.isEmpty)
    }

    @Test func differentScopesAreDifferentFigures() {
        let (_, contradictions, series) = Self.compare([
            "There have been 378 arrests nationally.",
            "There have been 23 arrests in Merseyside.",
        ], published: ["18:00", "17:00"])
        #expect(contradictions.isEmpty)
        #expect(series.isEmpty)
    }

    struct ConversionRow: CustomStringConvertible, Sendable {
        let sentence: String
        let flagged: Bool
        var description: String { sentence }
    }

    /// Conversions rounded to a friendly number are the same figure; a wrong factor is not.
    static let conversions: [ConversionRow] = [
        ConversionRow(sentence: "Hurricane-force winds extend up to 45 miles (75km) from the centre.", flagged: false),
        ConversionRow(sentence: "The storm came ashore with winds of 130mph (210km/h).", flagged: false),
        ConversionRow(sentence: "The route is 62 miles (100km) long.", flagged: false),
        ConversionRow(sentence: "The bridge is 1.2 miles (3km) long.", flagged: true),
        ConversionRow(sentence: "The Tomahawk missiles have a range of 2,500 km (1,000 miles).", flagged: true),
        ConversionRow(sentence: "The lake is 40 miles (80km) across.", flagged: true),
    ]

    @Test(arguments: conversions)
    func conversionsMatchWithinRounding(_ row: ConversionRow) {
        let (_, contradictions, _) = Self.compare([row.sentence], published: ["12:00"])
        #expect(contradictions.contains { $0.rule == .crossCheckConversion } == row.flagged, "\(contradictions.map(\.reason))")
    }

    /// A name's figure read only by nearness joins a figure a rule tied to the same name.
    @Test func aNamedNearFigureJoinsATiedFigureOfTheSameName() throws {
        let (_, contradictions, _) = Self.compare([
            "Kestrel-4 weighs 1,180kg at launch, the agency said.",
            "The two probes go up together. Kestrel-4, the heavier of the pair at 1,420kg, will orbit at 600km.",
        ], published: ["18:00", "12:00"])
        let x = try #require(contradictions.first, "\(contradictions)")
        #expect(x.entries == [1, 2])
        #expect(x.attribute == "weight")
    }

    /// Two accounts of one flight: the distance a named missile travelled is fixed once it
    /// has landed; a headline's figure without an article counts like the body's.
    @Test func twoAccountsOfOneFlightContradict() throws {
        let bodies = [
            "Japan says the missile travelled about 1,100km before falling into the sea, its defence ministry said.",
            "# Navy says missile flew about 950km\n\nThe navy says the missile, launched from near the coast at dawn, flew about 950km (590 miles).",
        ]
        let (_, contradictions, _) = Self.compare(bodies, published: ["18:00", "12:00"])
        let x = try #require(contradictions.first { $0.rule == .crossCheckDisjoint }, "\(ClaimFixtures.claims(bodies).map { "\($0.text) \($0.subject)/\($0.subjectKey)/\($0.attribute)/\($0.rule)/\(String(describing: $0.scope))/\($0.quantity.bound)/\($0.range)" })")
        #expect(x.entries == [1, 2])
        #expect(x.attribute == "distance")
    }

    /// Two figures read only by nearness stay apart: neither subject is more than a guess.
    @Test func twoNamedNearFiguresDoNotContradict() {
        let (_, contradictions, _) = Self.compare([
            "Kestrel-4, the lighter of the pair at 1,180kg, is cheaper.",
            "The two probes go up together. Kestrel-4, the heavier of the pair at 1,420kg, will orbit at 600km.",
        ], published: ["18:00", "12:00"])
        #expect(contradictions.isEmpty)
    }

    @Test func aConversionThatDoesNotMatchItsFigureIsFlagged() throws {
        let (_, contradictions, _) = Self.compare(["The Tomahawk missiles have a range of 2,500 km (1,000 miles)."], published: ["19:31"])
        let x = try #require(contradictions.first)
        #expect(x.rule == .crossCheckConversion)
        #expect(x.reason.contains("1,553 mi"))
    }

    @Test func moneyTranchesAndIncrementsAreNoContradiction() {
        let (_, contradictions, _) = Self.compare([
            "An opposition spokeswoman said a further £100m would go on the Rwanda plan in later years.",
            "Besides the first £140m spent on the Rwanda plan, another £100m went out in spring and £50m falls due next year.",
            "The department has spent £22m on the Bibby Stockholm. That sum (£22,450,772 exactly) covers only the rooms.",
        ], published: ["2023-12-13T17:21:54Z", "2023-12-13T16:00:00Z", "2023-12-13T15:21:34Z"])
        #expect(contradictions.isEmpty)
    }

    @Test func figuresReportPutsContradictionsFirst() throws {
        let result = try CommandRunner.run(["figures", "-", "--fail-on-contradiction"], stdin: Data(
            "Tomahawk missiles have a range of 2,500km.\n\nThese missiles have a range of about 1,000 miles (1600km).\n".utf8))
        #expect(result.status == 0 || result.status == 3)
        #expect(result.stdout.contains("FIGURES"))
    }
}
