import ClaimKit
import ClaimKitTestSupport
import Testing

/// One sum of money given twice with its digits in another order ("cut the farm budget by
/// €38 billion" against "the €83 billion cut") is a slip; sums of other heads, sums not
/// named as a known one, and a head with a third value are not.
/// Sentences written for these tests.
struct SumDigitSlipTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a cut by a sum and the cut named with its digits swapped", bodies: [
            "Farmers marched against the €83 billion cut outside the parliament.",
            "The commission's plan would cut the farm budget by €38 billion over seven years, officials said.",
        ], contradictions: 1,
        reason: "cut, cost: 38bn EUR in entry 2 (18:00) vs 83bn EUR in entry 1 (20:00); the same digits in another order, one of them a slip"),
        Row(name: "a boost named twice", bodies: [
            "Ministers defended the £1.2 billion boost on Tuesday.",
            "The Treasury will boost school funding by £2.1 billion next year.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "the same sum twice", bodies: [
            "Farmers marched against the €38 billion cut outside the parliament.",
            "The commission's plan would cut the farm budget by €38 billion over seven years, officials said.",
        ], contradictions: 0),
        Row(name: "swapped digits on two different heads", bodies: [
            "Farmers marched against the €83 billion subsidy outside the parliament.",
            "The commission's plan would cut the farm budget by €38 billion over seven years, officials said.",
        ], contradictions: 0),
        Row(name: "neither sum named as a known one", bodies: [
            "Another plan would cut regional aid by €83 billion.",
            "The commission's plan would cut the farm budget by €38 billion over seven years, officials said.",
        ], contradictions: 0),
        Row(name: "a head with a third value", bodies: [
            "Farmers marched against the €83 billion cut outside the parliament.",
            "A second plan would cut regional aid by €12 billion.",
            "The commission's plan would cut the farm budget by €38 billion over seven years, officials said.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneSumWithItsDigitsSwapped(_ row: Row) throws {
        try row.check(rule: .crossCheckSumDigitSlip, entries: nil, published: Array(["20:00", "18:00", "16:00"].prefix(row.bodies.count)), everyOfRule: true)
    }
}
