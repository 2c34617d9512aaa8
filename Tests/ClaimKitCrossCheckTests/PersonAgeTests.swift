import ClaimKit
import ClaimKitTestSupport
import Testing

/// One person's age stated two ways under two forms of their name ("Fire chief Jane Doe,
/// 44" and "Chief Doe, 42") contradicts once the entity stage makes the two forms one
/// person; two people of one surname, and one age stated twice, do not. The whole pipeline
/// runs (entities, claims, cross-check) on sentences written for these tests.
struct PersonAgeTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "full name with role, then title and surname", bodies: [
            "Fire chief Jane Doe, 44, said crews had contained the blaze by noon.",
            "Chief Doe, 42, asked residents to stay away from the area.",
        ], contradictions: 1),
        Row(name: "full name, then courtesy title and surname", bodies: [
            "Harbour master Tomas Brennick, 58, said the pier was closed.",
            "Mr Brennick, 61, added that divers would search at first light.",
        ], contradictions: 1),
        Row(name: "an age before the name, then title and surname", bodies: [
            "The 44-year-old Jane Doe leads the volunteer brigade.",
            "Chief Doe, 42, asked residents to stay away from the area.",
        ], contradictions: 1),
        Row(name: "a surname with a particle, then title and surname", bodies: [
            "The town's volunteer fire chief, Seán Ó Briain, 44, said crews had held the line.",
            "Chief Ó Briain, 42, asked residents to keep the roads clear.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "one age stated twice", bodies: [
            "Fire chief Jane Doe, 44, said crews had contained the blaze by noon.",
            "Chief Doe, 44, asked residents to stay away from the area.",
        ], contradictions: 0),
        Row(name: "two people of one surname", bodies: [
            "Farmer Thomas Brennick, 42, and his wife Manju Brennick, 36, lost their barn.",
            "Manju Brennick said the family would rebuild.",
        ], contradictions: 0),
        Row(name: "two people of one surname in two entries", bodies: [
            "Farmer Thomas Brennick, 42, lost his barn in the fire.",
            "His wife Manju Brennick, 36, said the family would rebuild.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOnePersonsTwoAges(_ row: Row) throws {
        let entries = ClaimFixtures.entries(row.bodies, published: ["20:00", "18:00"])
        let document = Document(sourceName: "fixture", format: .text, entries: entries)
        let extraction = try Pipeline().extract(from: document)
        let ages = extraction.contradictions.filter { $0.attribute == "age" }
        #expect(ages.count == row.contradictions, "\(extraction.contradictions.map(\.reason)) \(extraction.claims.map { ($0.subject, $0.subjectKey, $0.subjectID?.rawValue ?? "-") })")
        if row.contradictions > 0 { #expect(ages.first?.rule == .crossCheckDisjoint) }
    }
}
