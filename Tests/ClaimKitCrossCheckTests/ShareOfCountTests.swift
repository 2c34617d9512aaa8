import ClaimKit
import ClaimKitTestSupport
import Testing

/// A percentage of a stated count contradicts the part of it its own sentence counts
/// ("Nearly 60 per cent of the 112 people treated, 41 of them, were under 18": 37%); a share
/// the counts agree with, in either order, and counts of no share do not.
/// Sentences written for these tests.
struct ShareOfCountTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a share and its part counted after it", bodies: [
            "Nearly 60 per cent of the 112 people treated in hospital, 41 of them, were under 18, the committee found.",
        ], contradictions: 1),
        Row(name: "a part and whole before a bracketed share", bodies: [
            "Inspectors failed 41 of the 112 buses (60%) on their brakes.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a share the counts agree with", bodies: [
            "About 37 per cent of the 112 people treated in hospital, 41 of them, were under 18, the committee found.",
        ], contradictions: 0),
        Row(name: "a bracketed share that agrees", bodies: [
            "Inspectors failed 41 of the 112 buses (37%) on their brakes.",
        ], contradictions: 0),
        Row(name: "a share with no part counted", bodies: [
            "Nearly 60 per cent of the 112 people treated in hospital were under 18, the committee found.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyAShareItsCountsBelie(_ row: Row) throws {
        try row.check(rule: .crossCheckShareOfCount, entries: [1], published: ["20:00"], everyOfRule: true)
    }
}
