import ClaimKit
import ClaimKitTestSupport
import Testing

/// A name's measure given by a verb and again in an appositive compound after the name
/// ("Ferro, \"the 28-kilogram male\"") contradicts when the two cannot overlap; the same
/// figure, or another name's appositive, does not. Sentences written for these tests.
struct AppositiveMeasureTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a verb's figure and an appositive's", bodies: [
            "Ferro weighs 40 kg, according to the keepers' records.",
            "The escapees included Ferro, \"the 28-kilogram male who leads the troop\", and two juveniles.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "the same figure twice", bodies: [
            "Ferro weighs 40 kg, according to the keepers' records.",
            "The escapees included Ferro, \"the 40-kilogram male who leads the troop\", and two juveniles.",
        ], contradictions: 0),
        Row(name: "another name's appositive", bodies: [
            "Ferro weighs 40 kg, according to the keepers' records.",
            "The escapees included Nala, \"the 28-kilogram female\", and two juveniles.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsAnAppositiveMeasureOfOneName(_ row: Row) throws {
        try row.check(rule: .crossCheckDisjoint, entries: nil, everyOfRule: true)
    }
}
