import ClaimKit
import ClaimKitTestSupport
import Testing

/// One storm's sustained winds at landfall given two ways in two entries contradict; winds
/// before or after landfall, gusts, forecasts and two storms do not. Sentences written for
/// these tests.
struct LandfallTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "one landfall, two speeds", bodies: [
            "Hurricane Marisol has made landfall near Corpus Christi with maximum sustained winds of 125mph (200km/h).",
            "Marisol came ashore with sustained winds of 115mph, according to a later assessment.",
        ], contradictions: 1,
        reason: "Marisol's sustained winds at landfall, speed: 125 mph in entry 1 (20:00) vs 115 mph in entry 2 (18:00) according to later assessment; the larger is 9% above the smaller; a storm makes landfall once"),
        // Negative rows.
        Row(name: "winds that weakened after landfall", bodies: [
            "Hurricane Marisol made landfall with sustained winds of 125mph.",
            "Marisol has weakened, with sustained winds of 85mph.",
        ], contradictions: 0),
        Row(name: "a forecast landfall", bodies: [
            "Hurricane Marisol is expected to make landfall with sustained winds of 140mph.",
            "Marisol made landfall with sustained winds of 125mph.",
        ], contradictions: 0),
        Row(name: "gusts and sustained winds", bodies: [
            "Hurricane Marisol made landfall with sustained winds of 125mph.",
            "Marisol came ashore with gusts of 150mph.",
        ], contradictions: 0),
        Row(name: "two storms", bodies: [
            "Hurricane Marisol made landfall with sustained winds of 125mph.",
            "Hurricane Odile made landfall with sustained winds of 100mph.",
        ], contradictions: 0),
        Row(name: "one speed and its conversion", bodies: [
            "Hurricane Marisol made landfall with sustained winds of 125mph.",
            "Marisol came ashore with sustained winds of 200km/h.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneLandfallGivenTwoWays(_ row: Row) throws {
        try row.check(rule: .crossCheckLandfall)
    }
}
