import ClaimKitModel
import Testing

/// alias.middle-name: given and family name alone into the one full name with a middle name;
/// and a family name read after "in" as a place that is a person's name on the page.
@Suite struct MiddleNameMergeTests {
    struct Row: Sendable, CustomStringConvertible {
        var paragraphs: [String]
        var name: String
        var aliases: [String]
        var description: String { name }
    }

    static let merges: [Row] = [
        Row(
            paragraphs: [
                "Faith Rotich stopped briefly for reporters.", "Of the 14 samples in Rotich's passport, 13 were normal.",
                "Faith Chepkoech Rotich won silver in 2023.",
            ],
            name: "Faith Chepkoech Rotich", aliases: ["Faith Rotich", "Rotich"]),
        Row(
            paragraphs: ["Lucas Andrade Mendes chaired the inquiry.", "Lucas Mendes said the report was final."],
            name: "Lucas Andrade Mendes", aliases: ["Lucas Mendes"]),
    ]

    @Test(arguments: merges)
    func shorterNameJoinsTheMiddleName(_ row: Row) {
        let people = EntityTesting.entities(row.paragraphs).filter { $0.type == .person }
        let hit = people.filter { $0.name == row.name }
        #expect(hit.count == 1, "\(people.map { "\($0.name) \($0.aliases)" })")
        for alias in row.aliases { #expect(hit.first?.aliases.contains(alias) == true, "\(hit.map(\.aliases))") }
        #expect(!EntityTesting.entities(row.paragraphs).contains { $0.type == .place && $0.name == "Rotich" })
    }

    /// "Turkana County" and "Turkana": a place with the word for its kind and the place alone.
    @Test func placeWithItsKindAndThePlaceAlone() {
        let places = EntityTesting.entities(["Turkana County has begun spraying.", "The swarm strips pasture in Turkana."])
            .filter { $0.type == .place }
        #expect(places.count == 1, "\(places.map { "\($0.name) \($0.aliases)" })")
        #expect(Set([places.first?.name] + (places.first?.aliases ?? [])) == ["Turkana County", "Turkana"])
    }

    /// Two longer names that share given and family name, or a particle for a middle name: no merge.
    static let apart: [[String]] = [
        ["Ana Maria Costa spoke first.", "Ana Beatriz Costa spoke next.", "Ana Costa spoke last."],
        ["Maria da Silva spoke first.", "Maria Silva spoke next."],
    ]

    @Test(arguments: apart.indices)
    func ambiguousOrParticleStaysApart(_ i: Int) {
        let people = EntityTesting.entities(Self.apart[i]).filter { $0.type == .person }
        #expect(!people.contains { $0.merges.contains { $0.rule == .aliasMiddleName } }, "\(people.map { "\($0.name) \($0.aliases)" })")
    }
}
