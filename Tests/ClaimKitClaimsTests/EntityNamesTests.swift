import ClaimKitModel
import Testing

@testable import ClaimKitClaims

/// `EntityNames` answers as a `[String: EntityID]` of the lower-cased names (more than two
/// characters, a later entity taking a name over) would, in any script or normalisation form.
struct EntityNamesTests {
    static let entities: [Entity] = [
        Entity(id: EntityID("e1"), type: .person, name: "Jane Doe", aliases: ["Doe", "JD"]),
        Entity(id: EntityID("e2"), type: .place, name: "São Paulo", aliases: ["Zürich"]),
        Entity(id: EntityID("e3"), type: .organization, name: "Doe Group", aliases: ["Doe", "\u{212A}ent Police"]),
        Entity(id: EntityID("e4"), type: .place, name: "Москва", aliases: ["Jo\u{0308}nko\u{0308}ping"]),
        Entity(id: EntityID("e5"), type: .place, name: "\u{0130}zmir", aliases: ["Hawke\u{2019}s Bay", "Ze\u{0301}ro Group"]),
        Entity(id: EntityID("e6"), type: .place, name: "Zéro Group", aliases: ["Mos\u{0327}ul"]),
        Entity(id: EntityID("e7"), type: .place, name: "Moşul Town", aliases: ["Jönköping"]),
    ]

    /// (text, lowered first?, expected id)
    static let rows: [(text: String, lowering: Bool, expected: String?)] = [
        ("Jane Doe", true, "e1"), ("jane doe", false, "e1"), ("Jane Doe", false, nil), ("JANE DOE", true, "e1"),
        ("doe", false, "e3"), ("Doe", true, "e3"), ("jd", false, nil), ("JD", true, nil),
        ("são paulo", false, "e2"), ("SÃO PAULO", true, "e2"), ("sa\u{0303}o paulo", false, "e2"),
        ("zürich", false, "e2"), ("zu\u{0308}rich", false, "e2"), ("kent police", false, "e3"), ("Kent Police", true, "e3"),
        ("москва", false, "e4"), ("МОСКВА", true, "e4"), ("doe group", false, "e3"),
        ("", false, nil), ("", true, nil), ("paris", true, nil), ("jane", true, nil),
        ("İzmir", true, "e5"), ("i\u{0307}zmir", false, "e5"), ("izmir", false, nil), ("HAWKE\u{2019}S BAY", true, "e5"),
        ("zéro group", false, "e6"), ("ze\u{0301}ro group", false, "e6"), ("ZÉRO GROUP", true, "e6"),
        ("moşul", false, "e6"), ("mos\u{0327}ul", false, "e6"), ("MOŞUL", true, "e6"), ("moşul town", false, "e7"),
        ("jönköping", false, "e7"), ("jo\u{0308}nko\u{0308}ping", false, "e7"), ("JÖNKÖPING", true, "e7"),
    ]

    static let names = EntityNames(entities)

    @Test(arguments: rows)
    func lookUp(_ row: (text: String, lowering: Bool, expected: String?)) {
        let id = row.lowering ? Self.names.id(lowering: row.text) : Self.names.id(exact: row.text)
        #expect(id?.rawValue == row.expected, "\(row.text)")
        // As the dictionary of lower-cased names answers.
        var reference: [String: EntityID] = [:]
        for e in Self.entities {
            if e.name.count > 2 { reference[e.name.lowercased()] = e.id }
            for a in e.aliases where a.count > 2 { reference[a.lowercased()] = e.id }
        }
        #expect(id == reference[row.lowering ? row.text.lowercased() : row.text], "\(row.text)")
    }
}

/// `ClaimExtractor.claimID` writes "c" and the number as interpolation would.
struct ClaimIDTests {
    @Test(arguments: [0, 1, 9, 10, 42, 99, 100, 12_345, 1_000_000, Int.max])
    func matchesInterpolation(_ n: Int) {
        #expect(ClaimExtractor.claimID(n) == "c\(n)")
    }
}
