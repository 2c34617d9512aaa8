import ClaimKit
import ClaimKitTestSupport
import Testing

/// A fixed sum of money (a deficit, a fee, a fine, an offer's cost) stated two ways in two
/// entries contradicts; money that runs, sums that the page says changed, and sums of two
/// different things do not. Sentences written for these tests.
struct FixedSumTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "one deficit, two accounts", bodies: [
            "A note sent to deputies by the finance committee puts the deficit at £41bn.",
            "The treasury minister said the plan would have a deficit of £36bn, to be met by new bonds.",
        ], contradictions: 1, reason: "deficit, cost: 41bn GBP in entry 1 (20:00) vs 36bn GBP in entry 2 (18:00); the larger is 14% above the smaller"),
        Row(name: "one transfer fee, two sums", bodies: [
            "The buying club paid a fee of €65m for the striker.",
            "The selling club said it had agreed a fee of €48m.",
        ], contradictions: 1),
        Row(name: "one fine, two sums", bodies: [
            "The bank confirmed a fine of £9.5m on Tuesday.",
            "Regulators announced a fine of £12m against the bank.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "an offer the page says was raised", bodies: [
            "The company raised its offer to $4.2bn on Friday.",
            "The board rejected an offer of $3.6bn.",
        ], contradictions: 0),
        Row(name: "a revised deficit", bodies: [
            "The committee now puts the deficit at £52bn.",
            "The plan would have a deficit of £41bn.",
        ], contradictions: 0),
        Row(name: "a fee and its rounding", bodies: [
            "The club paid a fee of about €65m.",
            "The selling club said it had agreed a fee of €63.5m.",
        ], contradictions: 0),
        Row(name: "spending that runs", bodies: [
            "The council has spent £3m on repairs so far.",
            "The council has spent £5m on repairs.",
        ], contradictions: 0),
        Row(name: "two fees in one entry", bodies: [
            "The club paid a fee of £20m for the winger and a fee of £35m for the striker.",
            "The window closes at 23:00.",
        ], contradictions: 0),
        Row(name: "a fee with add-ons", bodies: [
            "The club agreed a fee of £40m.",
            "The total fee could rise to £55m with add-ons.",
        ], contradictions: 0),
        Row(name: "a sum that is no fixed sum", bodies: [
            "The appeal has raised a total of £2m.",
            "Donors have given a total of £3m.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyFixedSumsStatedTwoWays(_ row: Row) throws {
        try row.check(rule: .crossCheckFixedSum)
    }
}
