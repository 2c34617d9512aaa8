import ClaimKitEntities
import Testing

/// WordNet's English place names (places/wordnet-places.tsv): regions, waters and cities the
/// GeoNames and ISO lists name otherwise or not at all.
@Suite struct PlaceGazetteerTests {
    static let positives: [String] = [
        "The ferry crossed the [Solent](place) at dawn.",
        "Farmers in [Lombardy](place) lost half the harvest.",
        "Millions travel to [Mecca](place) for the pilgrimage each year.",
        "Rain is heavy across the [Pacific Northwest](place) this week.",
        "Fishing boats were stuck in the [Inside Passage](place) for days.",
        "The storm moved over [Long Island Sound](place) before dawn.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        EntityTesting.expectMarked(marked, rule: "entity.place-region")
    }

    static let negatives: [(String, [(String, String)])] = [
        // Names WordNet lists as places that are other words too (river Red, river Canadian) or people.
        ("The Canadian delegation arrived late.", [("Canadian", "place")]),
        ("The top Senate Republican, Ann Lee, said so.", [("Republican", "place"), ("Senate Republican", "place")]),
        // A star is no place; a boat named after one is none either.
        ("The crew loaded up the Polaris before dawn.", [("Polaris", "place")]),
        // A WordNet name inside a longer name leaves the better-known city its place.
        ("A man was hurt on a San Francisco Bay Area train.", [("San Francisco Bay", "place")]),
        // A common word needs a preposition: "a mecca for artists" names no place.
        ("Mecca for artists, the old town drew crowds.", [("Mecca", "place")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        EntityTesting.expectAbsent(Self.negatives[i].0, Self.negatives[i].1)
    }
}
