import ClaimKitModel
import ClaimKitText
import Testing

@testable import ClaimKitEntities

/// The byte keys of tokens (`TokenStrings.foldedKey`, `surfaceKey`, `surfaceIs`) and the byte tests of
/// the matcher give the same answers as the strings they stand in for.
@Suite struct TokenKeyTests {
    /// Texts with ASCII words, capitals, periods, possessives, punctuation and words of other letters.
    static let texts: [String] = [
        "The U.S. Department of State said on Monday.",
        "Orbán met Zelenskiy in Kyiv; the coastguard's ministry & co. (MBS) said “no”.",
        "K.C. Maurer, 52, of Ísafjörður and São Paulo – DriveBC vs. Hibs 2-1.",
        "Ha\u{301}noi, Москва, Straße des 17. Juni; ;\u{37E} \u{212A}elvin ‘quoted’ al-Sisi d’Études",
        "",
        "a I & . , :",
    ]

    /// Every word of every text, and a few more, in a table with their string answers.
    static func table(_ texts: [String]) -> WordSet {
        var set = WordSet()
        for text in texts {
            for token in Tokenizer().tokenize(text) {
                let word = text.entityString(token.range)
                set.insert(word)
                set.insert(NameFolding.fold(word))
            }
        }
        for extra in ["state", "us", "kyiv", "coastguard", "&", "(", ";", "kelvin", ""] { set.insert(extra) }
        return set
    }

    @Test(arguments: texts)
    func keysAnswerAsStrings(_ text: String) {
        let tokens = Tokenizer().tokenize(text)
        let strings = TokenStrings(text: text, tokens: tokens)
        let all = Self.table(Self.texts)
        // Half the words only: misses must agree too.
        var half = WordSet()
        for (n, token) in tokens.enumerated() where n % 2 == 0 {
            half.insert(NameFolding.fold(text.entityString(token.range)))
            half.insert(text.entityString(token.range))
        }
        for k in tokens.indices {
            let folded = strings.folded(k)
            let surface = strings.surface(k)
            #expect(surface == text.entityString(tokens[k].range))
            for set in [all, half] {
                #expect(set.contains(strings.foldedKey(k)) == set.contains(folded), "\(text): \(folded)")
                #expect(set.contains(strings.surfaceKey(k)) == set.contains(surface), "\(text): \(surface)")
            }
            if strings.foldedKey(k).hash != 0 {
                #expect(Array(strings.foldedKey(k).bytes) == Array(folded.utf8))
            }
            #expect(strings.surfaceIs(k, "said") == (surface == "said"))
            #expect(strings.surfaceIs(k, "&") == (surface == "&"))
            #expect(strings.byteCount(k) == surface.utf8.count)
        }
    }

    /// A fresh `TokenStrings` per order of reads: keys first, then strings, give the same words.
    @Test(arguments: texts)
    func keysBeforeStrings(_ text: String) {
        let tokens = Tokenizer().tokenize(text)
        let first = TokenStrings(text: text, tokens: tokens)
        let second = TokenStrings(text: text, tokens: tokens)
        for k in tokens.indices {
            _ = first.foldedKey(k)
            _ = first.surfaceKey(k)
            #expect(first.folded(k) == second.folded(k))
            #expect(first.surface(k) == second.surface(k))
        }
    }

    static let mapRows: [(String, Bool)] = [
        ("state", true), ("State", false), ("stat", false), ("states", false), ("", false), ("kelvin", true),
    ]

    /// `WordMap` answers by key as by string, for ASCII keys and others.
    @Test(arguments: mapRows)
    func wordMapByKey(_ row: (String, Bool)) {
        let map: WordMap<Int> = ["state": 1, "kelvin": 2, "москва": 3]
        let text = row.0
        let tokens = Tokenizer().tokenize(text)
        guard tokens.count == 1 else { return }
        let strings = TokenStrings(text: text, tokens: tokens)
        #expect(map.contains(strings.surfaceKey(0)) == row.1)
        #expect(map[strings.surfaceKey(0)] == map[text])
    }
}
