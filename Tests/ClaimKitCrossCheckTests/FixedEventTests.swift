import ClaimKit
import ClaimKitTestSupport
import Testing

/// Figures of one event that does not change contradict even on a common noun, when every
/// figure names the thing definitely; running totals and different scopes never do.
/// Sentences written for these tests.
struct FixedEventTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "one stoppage, two durations", bodies: [
            "The stoppage will last 36 hours, the union said.",
            "The 48-hour stoppage began at dawn.",
        ], contradictions: 1),
        Row(name: "one tremor, two magnitudes", bodies: [
            "The survey said the tremor had a magnitude of 5.9.",
            "Local seismologists first rated the tremor at magnitude 5.2.",
        ], contradictions: 1),
        Row(name: "one rocket, two ranges", bodies: [
            "The rocket has a range of 900km, the ministry said.",
            "The rocket has a range of 3,000km.",
        ], contradictions: 1),
        Row(name: "one shaking, two durations", bodies: [
            "The shaking lasted 25 seconds, according to the agency's first report.",
            "Analysis: the ground shook for 41 seconds, long enough to bring down old buildings.",
        ], contradictions: 1),
        Row(name: "one shelter, two depths", bodies: [
            "The mine's owner says the refuge chamber sits at 610 metres below the surface.",
            "The refuge, the minister told reporters, was 570 metres below the surface.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "two people of one surname", bodies: [
            "Daniel Okafor, 47, and his wife Grace Okafor, 39, from Leeds, were charged on Monday.",
            "The hearing resumes next week.",
        ], contradictions: 0),
        Row(name: "the main shock and an aftershock", bodies: [
            "The ground shook for 41 seconds.",
            "The aftershock shook the valley for 12 seconds.",
        ], contradictions: 0),
        Row(name: "a depth and its conversion", bodies: [
            "The refuge chamber sits at 610 metres (2,000ft) below the surface.",
            "The refuge was 2,000ft below the surface, the minister said.",
        ], contradictions: 0),
        Row(name: "a drill's depth that grows", bodies: [
            "The rescue drill has reached 420 metres below the surface.",
            "The rescue drill has reached 310 metres below the surface.",
        ], contradictions: 0),
        Row(name: "two chambers at two depths", bodies: [
            "One refuge chamber sits at 610 metres below the surface.",
            "A second chamber lies at 300 metres below the surface.",
        ], contradictions: 0),
        Row(name: "two walks, indefinite", bodies: [
            "A 30-minute walk leads to the lake.",
            "A 90-minute walk leads to the summit.",
        ], contradictions: 0),
        Row(name: "two places measured from one town", bodies: [
            "The epicentre lay 60km north of Tarnby.",
            "Villagers fled to Ruswick, about 150km from Tarnby.",
        ], contradictions: 0),
        Row(name: "the levels before and after a change", bodies: [
            "The bill would raise the retirement age from 66 to 68.",
            "Unions oppose the change.",
        ], contradictions: 0),
        Row(name: "a running total that grows", bodies: [
            "Police say 63 people have been arrested across Portugal.",
            "Police say 41 people have been arrested across Portugal.",
        ], contradictions: 0),
        Row(name: "a running total that falls stays a series", bodies: [
            "Police say 41 people have been arrested nationwide.",
            "Police say 63 people have been arrested nationwide.",
        ], contradictions: 0),
        Row(name: "national and regional counts", bodies: [
            "Officers have arrested 120 people nationwide, 30 of them in Porto.",
            "Bergen police have arrested 45 people.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyFixedFiguresOfOneThing(_ row: Row) {
        let (_, contradictions, _) = ClaimComparerTests.compare(row.bodies, published: ["20:00", "18:00"])
        #expect(contradictions.count == row.contradictions, "\(contradictions.map(\.reason))")
    }

    @Test func nationwideAndAcrossTheCountryAreOneSeries() throws {
        let (_, contradictions, series) = ClaimComparerTests.compare([
            "Officers have arrested 160 people across Portugal.",
            "Officers have arrested 120 people nationwide.",
        ], published: ["20:00", "18:00"])
        #expect(contradictions.isEmpty)
        #expect(series.count == 1)
    }
}
