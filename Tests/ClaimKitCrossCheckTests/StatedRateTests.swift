import ClaimKit
import ClaimKitTestSupport
import Testing

/// A stated admission rate against the counts it is computed from contradicts ("admits
/// only 12% of applicants" against "9,800 applicants for 240 places", 2.4%); a rate the
/// counts agree with, a share that is no admission rate and counts of no places do not.
/// Sentences written for these tests.
struct StatedRateTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a rate against applicants for places", bodies: [
            "The conservatory admits only 12% of applicants, its brochure says.\n\nThis year it had 9,800 applicants for 240 places.",
        ], contradictions: 1, reason: "applicant, share: 12 % in entry 1 (20:00) vs 240 of 9,800 (2.45%) in entry 1 (20:00); a stated rate against the counts it is computed from"),
        Row(name: "one sentence", bodies: [
            "The academy accepts about 30% of applicants, and last year it had 5,000 applicants for 400 seats.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a rate the counts agree with", bodies: [
            "The conservatory admits only 12% of applicants, its brochure says.\n\nThis year it had 2,000 applicants for 240 places.",
        ], contradictions: 0),
        Row(name: "a share that is no admission rate", bodies: [
            "Some 12% of applicants were from abroad, its brochure says.\n\nThis year it had 9,800 applicants for 240 places.",
        ], contradictions: 0),
        Row(name: "counts of no places", bodies: [
            "The conservatory admits only 12% of applicants, its brochure says.\n\nThis year it had 9,800 applicants and 240 teachers.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyARateItsOwnCountsBelie(_ row: Row) throws {
        try row.check(rule: .crossCheckStatedRate, entries: nil, published: ["20:00"], everyOfRule: true)
    }
}
