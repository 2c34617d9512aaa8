@testable import ClaimKitCrossCheck
import ClaimKit
import ClaimKitTestSupport
import Testing

/// A difference stated between two figures of one sentence contradicts when their values
/// give another ("17.8 g/dL, which was 2.9 above her baseline of 15.6 g/dL": 2.2); a
/// difference they agree with, one within the rounding of its digits, a percentage and a
/// figure after the comparative do not. Sentences written for these tests.
struct StatedDifferenceTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a difference its figures belie", bodies: [
            "A sample showed haemoglobin of 17.8 g/dL, which the lab said was 2.9 above her baseline of 15.6 g/dL.",
        ], contradictions: 1),
        Row(name: "a difference below", bodies: [
            "The reservoir stood at 41.5 m, which officials called 6.1 below its usual level of 45.6 m.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a difference its figures give", bodies: [
            "A sample showed haemoglobin of 17.8 g/dL, which was 2.2 above her baseline of 15.6 g/dL.",
        ], contradictions: 0),
        Row(name: "a difference within the rounding", bodies: [
            "The river reached 6.4 m, which was 1 above the 5.3 m of the last flood.",
        ], contradictions: 0),
        Row(name: "a percentage difference", bodies: [
            "Prices of 12.5 euros, which is 20% above the 10 euros of last year, angered buyers.",
        ], contradictions: 0),
        Row(name: "two figures in two sentences", bodies: [
            "The sample showed 17.8 g/dL. It was 2.9 above the mean. The baseline was 15.6 g/dL.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyADifferenceItsFiguresBelie(_ row: Row) throws {
        try row.check(rule: .crossCheckStatedDifference, entries: nil, published: ["20:00"], everyOfRule: true)
    }

    /// The number before a comparative in the text between two figures, its sign and its
    /// decimal places.
    @Test(arguments: [
        (", which was 2.9 above her baseline of ", 2.9, 1.0, 1), (", 3 metres lower than the ", 3, -1, 0),
        (", well above the ", nil, 0, 0), (", 2 above the 4 ", nil, 0, 0),
    ] as [(String, Double?, Double, Int)])
    func readsTheStatedDifference(_ gap: String, _ value: Double?, _ sign: Double, _ places: Int) {
        let found = ClaimComparer.statedDifference(in: gap)
        #expect(found?.0 == value)
        if let found { #expect(found.1 == sign && found.2 == places) }
    }
}
