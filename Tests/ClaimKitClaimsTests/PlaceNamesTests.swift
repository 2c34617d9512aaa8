import ClaimKitLexicon
import Testing

@testable import ClaimKitClaims

/// `PlaceNames.contains` answers as a `Set` of the lower-cased names would, whatever the
/// names' and the questions' scripts and normalisation forms.
struct PlaceNamesTests {
    static let names = [
        "Leeds", "São Paulo", "Zürich", "Mos\u{0327}ul", "Jo\u{0308}nko\u{0308}ping", "Москва", "Hawke\u{2019}s Bay",
        "\u{0130}zmir", "Ḩalab", "\u{212A}ent", "Ål", "Straße",
    ]
    static let countries: Set<String> = ["españa", "côte d\u{2019}ivoire"]

    static let rows: [(query: String, expected: Bool)] = [
        ("leeds", true), ("são paulo", true), ("sa\u{0303}o paulo", true), ("zürich", true), ("zu\u{0308}rich", true),
        ("moşul", true), ("mos\u{0327}ul", true), ("jönköping", true), ("москва", true), ("hawke\u{2019}s bay", true),
        ("i\u{0307}zmir", true), ("izmir", false), ("ḩalab", true), ("h\u{0327}alab", true), ("kent", true),
        ("\u{212A}ent", false), ("ål", true), ("a\u{030A}l", true), ("straße", true), ("strasse", false),
        ("españa", true), ("espan\u{0303}a", true), ("côte d\u{2019}ivoire", true), ("cote d'ivoire", false),
        ("paris", false), ("", false), ("são", false),
    ]

    static let table: PlaceNames = {
        let lexicon = Lexicon(file: "places/test.tsv", columns: ["name"], rows: names.enumerated().map { Lexicon.Row(fields: [$0.element], line: $0.offset + 2) })
        return PlaceNames(countries: countries, lexicons: [lexicon])
    }()

    @Test(arguments: rows)
    func contains(_ row: (query: String, expected: Bool)) {
        let reference = Set(Self.names.map { $0.lowercased() }).union(Self.countries)
        #expect(reference.contains(row.query) == row.expected)
        #expect(Self.table.contains(row.query) == row.expected)
    }
}
