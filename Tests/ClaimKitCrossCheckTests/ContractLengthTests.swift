import ClaimKit
import ClaimKitTestSupport
import Testing

/// One contract's length given two ways in two entries contradicts; two players' deals,
/// options and extensions, offers, and one length stated twice do not. Sentences written
/// for these tests.
struct ContractLengthTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "one transfer, two lengths", bodies: [
            "Porto say their Brazil forward Tiago Mendes has signed a three-year deal at Fulham.",
            "Fulham have confirmed the signing of Brazil forward Tiago Mendes from Porto on a four-year contract.",
        ], contradictions: 1,
        reason: "deal, duration: 3 yr in entry 1 (20:00) vs 4 yr in entry 2 (18:00); the larger is 33% above the smaller; one contract has one length"),
        // Negative rows.
        Row(name: "two players at one club", bodies: [
            "Porto say Tiago Mendes has signed a three-year deal at Fulham.",
            "Fulham have also signed Ivo Duarte from Porto on a four-year contract.",
        ], contradictions: 0),
        Row(name: "an option on top", bodies: [
            "Porto say Tiago Mendes has signed a three-year deal at Fulham.",
            "Fulham say Tiago Mendes from Porto signed a four-year contract, with the option of a further year.",
        ], contradictions: 0),
        Row(name: "an offer and the deal signed", bodies: [
            "Fulham offered Tiago Mendes of Porto a five-year contract in June.",
            "Porto say Tiago Mendes has signed a four-year deal at Fulham.",
        ], contradictions: 0),
        Row(name: "one length stated twice", bodies: [
            "Porto say Tiago Mendes has signed a four-year deal at Fulham.",
            "Fulham confirmed Tiago Mendes has joined from Porto on a four-year contract.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneContractGivenTwoLengths(_ row: Row) throws {
        try row.check(rule: .crossCheckContractLength)
    }
}
