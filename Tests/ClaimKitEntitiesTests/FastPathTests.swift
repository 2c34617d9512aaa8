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
        (". x", " x"), ("A .", "a "), ("Jones's", "jones 's"), ("x'", "x '"), ("'", "'"), ("St. John's", "st john 's"),
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

    /// Keys and probes, ASCII and not, canonically equal and not: WordMap answers as a
    /// String-keyed Dictionary does.
    static let wordMapKeys = ["kyiv", "orban", "orbán", "москва", "\u{212A}elvin", "straße", "a", "", "chiefs '"]
    static let wordMapProbes = [
        "kyiv", "Kyiv", "orba\u{301}n", "orbán", "orban", "москва", "Kelvin", "\u{212A}elvin", "strasse", "a", "",
        "chiefs '", "chiefs", "zzz",
    ]

    @Test func wordMapMatchesDictionary() {
        var map = WordMap<Int>()
        var dictionary: [String: Int] = [:]
        for (i, k) in Self.wordMapKeys.enumerated() {
            map[k] = i
            dictionary[k] = i
        }
        // Enough keys to make the table grow several times.
        for i in 0..<500 {
            map["w\(i)"] = i
            dictionary["w\(i)"] = i
        }
        #expect(map.count == dictionary.count)
        for probe in Self.wordMapProbes + (0..<600).map({ "w\($0)" }) {
            #expect(map[probe] == dictionary[probe], "\(probe)")
        }
        var set: WordSet = ["of", "the"]
        set.insert("Orbán")
        #expect(set.contains("of") && set.contains("Orba\u{301}n") && !set.contains("orbán"))
    }

    /// Word lists joined by bytes: the same strings as `joined(separator:)` and `joined()` (with hyphens
    /// dropped where asked), ASCII or not, empty words and lists included.
    static let joinRows: [[String]] = [
        ["kim", "jong-un"], ["kim", "jong", "un"], ["ursula", "von", "der", "leyen"], ["josé", "maría", "-"],
        ["ha\u{301}noi", "-x"], [""], ["", ""], [], ["a"], ["-", "-"], ["москва", "-", "сити"],
    ]

    @Test(arguments: joinRows)
    func joinedWords(_ words: [String]) {
        #expect(AliasMerger.joinedBytes(words, spaced: true) == words.joined(separator: " "))
        #expect(AliasMerger.joinedBytes(words[...], spaced: false) == words.joined())
        let noHyphens = words.joined().filter { $0 != "-" }
        #expect(AliasMerger.joinedWithoutHyphens(words) == noHyphens)
        #expect(AliasMerger.joinedWithoutHyphens(words).utf8.elementsEqual(noHyphens.utf8))
    }
}
