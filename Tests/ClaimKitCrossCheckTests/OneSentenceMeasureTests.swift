import ClaimKit
import ClaimKitTestSupport
import Testing

/// One fixed measure of one subject with two values contradicts across sentences; inside
/// one sentence the two values are two measures ("40 miles from the finish, with her rival
/// 18 miles behind her"). Sentences written for these tests.
struct OneSentenceMeasureTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "two entries, one ship's distance from the finish", bodies: [
            "The Santa Amparo was about 40 nautical miles from the finish.",
            "The Santa Amparo was 18 miles from the finish.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a distance and a gap in one sentence", bodies: [
            "The Santa Amparo was about 40 nautical miles from the finish, with the Dar Gryfa 18 miles behind her.",
            "The crews expect to finish tonight.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyAcrossSentences(_ row: Row) throws {
        try row.check(rule: .crossCheckDisjoint, entries: nil)
    }
}
