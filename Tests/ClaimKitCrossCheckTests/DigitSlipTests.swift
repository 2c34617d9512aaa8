@testable import ClaimKitCrossCheck
import ClaimKit
import ClaimKitTestSupport
import Testing

/// One thing's fixed measure given twice in one unit with its digits swapped or its
/// decimal point moved contradicts, even when one mention is indefinite; a third value,
/// bounds, other digits and one sentence do not. Sentences written for these tests.
struct DigitSlipTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "digits swapped, one mention indefinite", bodies: [
            "The museum's schooner Albatros is a 47-metre steel schooner with two masts.",
            "The 74-metre schooner will berth at the north quay tonight.",
        ], contradictions: 1,
        reason: "schooner, length: 47 m in entry 1 (20:00) vs 74 m in entry 2 (18:00); the same digits in another order or scale, one of them a slip"),
        Row(name: "the decimal point moved, both indefinite", bodies: [
            "The council said a 7.5-tonne weight limit had been set on the viaduct in May.",
            "Engineers said a 75-tonne weight limit had been in force on the viaduct since May.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "other digits, both indefinite", bodies: [
            "A 47-metre schooner will berth at the north quay.",
            "A 52-metre schooner left the harbour at noon.",
        ], contradictions: 0),
        Row(name: "a third value: several things of that kind", bodies: [
            "A 47-metre schooner and a 74-metre schooner will berth tonight.",
            "A 61-metre schooner left the harbour at noon.",
        ], contradictions: 0),
        Row(name: "a bound", bodies: [
            "Vehicles over a 7.5-tonne weight limit are banned from the viaduct.",
            "The viaduct carries lorries of up to 75 tonnes.",
        ], contradictions: 0),
        Row(name: "one digit", bodies: [
            "A 5-tonne weight limit applies on the lane.",
            "A 50-tonne weight limit applies on the bridge.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsDigitsSwappedOrScaled(_ row: Row) throws {
        try row.check(rule: .crossCheckDigitSlip, entries: nil, everyOfRule: true)
    }

    /// A count of four digits or more with its digits swapped in another sentence contradicts;
    /// a running count, a count of three digits and a count ten times larger do not.
    static let countRows: [Row] = [
        Row(name: "a cargo count with its digits swapped", bodies: [
            "Salvors hope to lift some of her cargo of 1,360 containers off the bow on Friday.",
            "The freighter, sailing from Rotterdam to Riga, was carrying 1,036 containers.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a running count", bodies: [
            "Police say 1,324 people have now been arrested.",
            "Police say 1,243 people have been arrested.",
        ], contradictions: 0),
        Row(name: "three digits", bodies: [
            "Salvors hope to lift some of her cargo of 136 containers off the bow on Friday.",
            "The freighter, sailing from Rotterdam to Riga, was carrying 163 containers.",
        ], contradictions: 0),
        Row(name: "a count ten times larger is no swap", bodies: [
            "Salvors hope to lift some of her cargo of 13,600 containers off the bow on Friday.",
            "The freighter, sailing from Rotterdam to Riga, was carrying 1,360 containers.",
        ], contradictions: 0),
    ]

    @Test(arguments: countRows)
    func contradictsCountDigitsSwapped(_ row: Row) throws {
        try row.check(rule: .crossCheckDigitSlip, entries: nil, everyOfRule: true)
    }

    static let pairs: [(Double, Double, Bool)] = [
        (86, 68, true), (2153, 2135, true), (35, 3.5, true), (1.25, 12.5, true), (84_000, 48_000, true),
        (10, 100, false), (5, 50, false), (86, 87, false), (11, 11, false), (2153, 2154, false), (12, 120.5, false),
    ]

    @Test func readsDigitSlips() {
        for (x, y, slip) in Self.pairs {
            #expect(ClaimComparer.isDigitSlip(x, y) == slip, "\(x) \(y)")
        }
    }
}
