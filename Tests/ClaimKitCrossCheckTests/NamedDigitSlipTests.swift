import ClaimKit
import ClaimKitTestSupport
import Testing

/// A fixed measure of four significant digits given again with its digits in another order,
/// in sentences that share a name, contradicts whatever subjects the claims were given; other
/// digits, no shared name, and three digits do not. Sentences written for these tests.
struct NamedDigitSlipTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "one peak's height with its digits swapped", bodies: [
            "The climbers were caught below the summit of Mount Velebit, which the guide called a 2,135-metre peak.",
            "The slide started near the top of Mount Velebit, which stands 2,153 metres above sea level.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "other digits", bodies: [
            "The climbers were caught below the summit of Mount Velebit, which the guide called a 2,135-metre peak.",
            "The slide started near the top of Mount Velebit, which stands 2,163 metres above sea level.",
        ], contradictions: 0),
        Row(name: "no shared name", bodies: [
            "The climbers were caught below the summit of Mount Velebit, which the guide called a 2,135-metre peak.",
            "The slide started near the top of Mount Dinara, which stands 2,153 metres above sea level.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsNamedMeasuresWithDigitsSwapped(_ row: Row) throws {
        try row.check(rule: .crossCheckNamedDigitSlip, entries: nil, everyOfRule: false)
    }
}
