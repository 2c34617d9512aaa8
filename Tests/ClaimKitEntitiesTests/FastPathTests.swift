import ClaimKitLexicon
import Testing

@testable import ClaimKitEntities

/// The byte-level fast paths of the entity stage give the same answers as the
/// character-level code they stand in for.
@Suite struct FastPathTests {
    /// Lexicon-style names: positive rows take the fast path, the rest fall back.
    static let keyRows: [(String, String)] = [
        ("Chiefs' Council", "chiefs ' council"),
        ("Hunter’s Point", "hunter 's point"),
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("U.S.", "us"),
        ("'s", " 's"),
        ("’", "'"),
        ("Nizhniy  Novgorod", "nizhniy novgorod"),
        ("Москва", "москва"),
        ("Ha\u{301}noi", "ha\u{301}noi"),
        ("Straße des 17. Juni", "strasse des 17 juni"),
    ]

    @Test(arguments: keyRows)
    func keyOfNames(_ row: (String, String)) {
        #expect(EntityLexicons.key(of: row.0) == row.1)
        #expect(EntityLexicons.key(of: row.0) == EntityLexicons.slowKey(of: row.0))
    }

    /// Every name of the built-in lexicons gets the same key from both paths.
    @Test func keyOfEveryLexiconRow() {
        var checked = 0
        for lexicon in EntityTesting.store.lexicons.values {
            for row in lexicon.rows {
                for field in row.fields.prefix(2) where !field.isEmpty {
                    #expect(EntityLexicons.key(of: field) == EntityLexicons.slowKey(of: field), "\(lexicon.file): \(field)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    static let capsRows: [(String, Bool)] = [
        ("EU", true), ("U.S.", true), ("NATO", true), ("Eu", false), ("A", false), ("ÉU", true), ("ÉtÉ", false),
        ("A1", false), ("A-B", true), ("", false),
    ]

    @Test(arguments: capsRows)
    func allCaps(_ row: (String, Bool)) {
        #expect(NameFolding.isAllCaps(row.0[...]) == row.1)
    }

    static let transliterationRows: [(String, String)] = [
        ("zelenskiy", "zelensky"), ("zelenskyy", "zelensky"), ("sergei", "sergey"), ("andrii", "andry"),
        ("lei", "lei"), ("kyiv", "kyiv"), ("ii", "ii"), ("dmitrij", "dmitry"),
    ]

    @Test(arguments: transliterationRows)
    func transliteration(_ row: (String, String)) {
        #expect(NameFolding.transliterationKey(row.0) == row.1)
    }
}
