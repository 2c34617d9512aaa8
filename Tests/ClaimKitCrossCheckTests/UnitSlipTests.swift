import ClaimKit
import ClaimKitTestSupport
import Testing

/// One thing's area given with the same number in two units contradicts, even when one
/// mention is indefinite or the figure's subject is the clause's ("a 23,000-hectare park"
/// against "The park covers 23,000 acres"); a figure with its own conversion, two numbers
/// and one unit stated twice do not. Sentences written for these tests.
struct UnitSlipTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "an indefinite first mention", bodies: [
            "The fire has burned through a 23,000-hectare national park.",
            "The 23,000-acre park will stay shut until spring.",
        ], contradictions: 1, reason: "park, area: 23,000 acre in entry 2 (18:00) vs 23,000 ha in entry 1 (20:00); the same number in two units, one of them a slip"),
        Row(name: "a clause subject and a compound", bodies: [
            "The park covers 23,000 hectares.",
            "The 23,000-acre park will stay shut until spring.",
        ], contradictions: 1),
        Row(name: "two subjects, one uncommon number", bodies: [
            "Lakeside Provincial Park covers 23,000 hectares of forest.",
            "Crews are working to protect the 23,000-acre park.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "two subjects, one round number", bodies: [
            "The fire has burned 10,000 hectares of forest.",
            "Farmers lost 10,000 acres of wheat.",
        ], contradictions: 0),
        Row(name: "one unit stated twice", bodies: [
            "The fire has burned through a 23,000-hectare national park.",
            "The 23,000-hectare park will stay shut until spring.",
        ], contradictions: 0),
        Row(name: "two numbers", bodies: [
            "The fire has burned through a 23,000-hectare national park.",
            "A 9,000-acre park nearby will stay shut until spring.",
        ], contradictions: 0),
        Row(name: "a figure with its conversion", bodies: [
            "The park covers 23,000 hectares (57,000 acres).",
            "Rangers patrol the 57,000-acre park on foot.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsTheSameNumberInTwoUnits(_ row: Row) throws {
        try row.check(rule: .crossCheckUnitSlip, entries: nil, everyOfRule: true)
    }
}
