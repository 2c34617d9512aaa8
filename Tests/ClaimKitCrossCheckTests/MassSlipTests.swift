import ClaimKit
import ClaimKitTestSupport
import Testing

/// One object's weight in two units a power of ten apart ("the 420-gram stone" against "It
/// weighs 4.2 kg") is a slip; the same weight converted, a third weight on the head, two
/// heads, and weights in one unit are not. Sentences written for these tests.
struct MassSlipTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "grams against kilograms ten times apart", bodies: [
            "Villagers found a black stone in a field near the crater. It weighs 4.2 kg, the museum said.",
            "Scientists will study the 420-gram stone at the museum.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "the same weight converted", bodies: [
            "Villagers found a black stone in a field near the crater. It weighs 4.2 kg, the museum said.",
            "Scientists will study the 4,200-gram stone at the museum.",
        ], contradictions: 0),
        Row(name: "one unit, ten times apart", bodies: [
            "Villagers found a black stone in a field near the crater. It weighs 4.2 kg, the museum said.",
            "Scientists will study the 42 kg stone at the museum.",
        ], contradictions: 0),
        Row(name: "two heads", bodies: [
            "Villagers found a black stone in a field near the crater. It weighs 4.2 kg, the museum said.",
            "Scientists will study the 420-gram fragment at the museum.",
        ], contradictions: 0),
        Row(name: "a third weight on the head", bodies: [
            "Villagers found a black stone in a field near the crater. It weighs 4.2 kg, the museum said.",
            "Scientists will study the 420-gram stone at the museum.",
            "A third, 900-gram stone was found on Friday.",
        ], contradictions: 0),
        Row(name: "ice forecast in millimetres and centimetres", bodies: [
            "Up to 30 mm of ice is forecast on the roads tonight.",
            "Drivers should expect ice up to 3 cm thick.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneWeightInTwoUnitsAPowerOfTenApart(_ row: Row) throws {
        try row.check(rule: .crossCheckMassSlip, entries: nil, published: Array(["20:00", "18:00", "16:00"].prefix(row.bodies.count)), everyOfRule: true)
    }
}
