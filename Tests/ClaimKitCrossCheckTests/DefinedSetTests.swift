import ClaimKit
import ClaimKitTestSupport
import Testing

/// A set defined by what its members did ("the goats that escaped") counted two ways
/// contradicts; tallies that grow (the dead, the arrested), parts of the set, another
/// place and one sentence do not. Sentences written for these tests.
struct DefinedSetTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "all N against the M", bodies: [
            "Keepers say all eleven goats that escaped are back in the paddock.",
            "The twelve goats that escaped on Monday night pushed through a broken gate.",
        ], contradictions: 1,
        reason: "the goats escaped, count: 11 in entry 1 (20:00) vs 12 in entry 2 (18:00); one set defined by one event has one number"),
        Row(name: "who and a past verb", bodies: [
            "The five climbers who vanished near the ridge were experienced, the club said.",
            "Searchers are looking for the six climbers who vanished near the ridge.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a tally that grows", bodies: [
            "The 14 people who died in the fire have not been named.",
            "Police say the 11 people who died in the fire were residents.",
        ], contradictions: 0),
        Row(name: "a part of the set", bodies: [
            "Keepers say the other four goats that escaped are still missing.",
            "The twelve goats that escaped on Monday night pushed through a broken gate.",
        ], contradictions: 0),
        Row(name: "another place", bodies: [
            "The three prisoners who escaped from Hollowmoor have been caught.",
            "The five prisoners who escaped from Redbank are still at large.",
        ], contradictions: 0),
        Row(name: "the same count", bodies: [
            "All eleven goats that escaped are back in the paddock.",
            "The eleven goats that escaped on Monday night pushed through a gate.",
        ], contradictions: 0),
        Row(name: "an indefinite count", bodies: [
            "Eleven goats that escaped were found in a garden.",
            "Twelve goats that escaped were found near the school.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOneDefinedSetCountedTwice(_ row: Row) throws {
        try row.check(rule: .crossCheckDefinedSet, entries: nil, everyOfRule: true)
    }
}
