import ClaimKit
import ClaimKitTestSupport
import Testing

/// A percentage put after "or" to restate the counts before it contradicts them when they
/// make another share ("Of the 120 sites surveyed, 74 showed severe bleaching, or 68 per
/// cent": 62%); a restatement within rounding, a share of no counts, and a range do not.
/// Sentences written for these tests.
struct RestatedShareTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "of the whole, a part, or a share", bodies: [
            "Of the 120 sites surveyed between late September and mid-October, 74 showed severe bleaching, or 68 per cent.",
        ], contradictions: 1,
        reason: "sites surveyed, share: 68 % in entry 1 (20:00) vs 74 of 120 (61.7%) in the same sentence; a share restating the counts before it"),
        Row(name: "a part of the whole, or a share", bodies: [
            "Inspectors said 41 of the 112 buses they stopped had faulty brakes, or 60%.",
        ], contradictions: 1),
        Row(name: "a hedged restatement far from its counts", bodies: [
            "Of the 2,400 ballots checked, 300 were spoiled, or about 25 per cent, officials said.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a restatement within rounding", bodies: [
            "Of the 120 sites surveyed between late September and mid-October, 74 showed severe bleaching, or 62 per cent.",
        ], contradictions: 0),
        Row(name: "a part of the whole restated right", bodies: [
            "Inspectors said 41 of the 112 buses they stopped had faulty brakes, or 37%.",
        ], contradictions: 0),
        Row(name: "a range of shares, not a restatement", bodies: [
            "Of the 120 sites surveyed, between 10 or 12 per cent showed bleaching.",
        ], contradictions: 0),
        Row(name: "a share with no part counted", bodies: [
            "Of the 120 sites surveyed, most showed severe bleaching, or 68 per cent by one count.",
        ], contradictions: 0),
        Row(name: "a whole not at the sentence's start", bodies: [
            "The team visited 30 reefs out of 120 sites surveyed, 74 showed severe bleaching, or 68 per cent.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyARestatementItsCountsBelie(_ row: Row) throws {
        try row.check(rule: .crossCheckRestatedShare, entries: [1], published: ["20:00"], everyOfRule: true)
    }
}
