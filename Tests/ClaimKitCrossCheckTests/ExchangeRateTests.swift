import ClaimKit
import ClaimKitTestSupport
import Testing

/// A sum and its conversion contradict when they disagree with the exchange rate stated with
/// them ("KSh 2bn ($1.5m at the current rate of about 129 shillings to the dollar)"); a
/// conversion the rate agrees with, either way round, and one with no rate do not.
/// Sentences written for these tests.
struct ExchangeRateTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a conversion ten times off its rate", bodies: [
            "The county would spend KSh 3bn ($2.3m at the current rate of about 129 shillings to the dollar) on feed.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a conversion the rate agrees with", bodies: [
            "The county would spend KSh 3bn ($23m at the current rate of about 129 shillings to the dollar) on feed.",
        ], contradictions: 0),
        Row(name: "a rate written the other way round", bodies: [
            "The fund holds €40,000 ($43,000 at an exchange rate of 1.08 dollars to the euro) for repairs.",
        ], contradictions: 0),
        Row(name: "no rate stated", bodies: [
            "The county would spend KSh 3bn ($2.3m) on feed, officials said.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyAConversionItsRateBelies(_ row: Row) throws {
        try row.check(rule: .crossCheckExchangeRate, entries: [1], published: ["20:00"], everyOfRule: true)
    }
}
