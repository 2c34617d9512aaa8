import ClaimKitModel
@testable import ClaimKitText
import Testing

/// The tokenizer's fast paths (plain ASCII words, hyphenated ones, a word before a sentence's
/// period) make the tokens the full rules make: a listed abbreviation keeps its period, any other
/// word does not, and an address or domain after the period is still read as one.
@Suite struct PlainWordTests {
    /// Positive rows: the surface and kind of every token.
    @Test(arguments: [
        ("He said. Then", "He:w said:w .:p Then:w"),
        ("He said.", "He:w said:w .:p"),
        ("They met (in March.) Later", "They:w met:w (:p in:w March:w .:p ):p Later:w"),
        ("it ended.\" She", "it:w ended:w .:p \":cq She:w"),
        ("Gen. Smith and Mr. Jones", "Gen.:w Smith:w and:w Mr.:w Jones:w"),
        ("GEN. SMITH", "GEN.:w SMITH:w"),
        ("page No. 10 and no. 5", "page:w No.:w 10:n and:w no.:w 5:n"),
        ("say no. Then", "say:w no:w .:p Then:w"),
        ("Acme Inc. said", "Acme:w Inc.:w said:w"),
        ("see bbc.co.uk now", "see:w bbc.co.uk:url now:w"),
        ("mail press.office@bbc.co.uk now", "mail:w press.office@bbc.co.uk:url now:w"),
        ("J. Smith", "J.:w Smith:w"),
        ("the end..", "the:w end:w .:p .:p"),
        ("the G7. Next", "the:w G7:w .:p Next:w"),
        ("approx. 5", "approx.:w 5:n"),
        ("approximately. 5", "approximately:w .:p 5:n"),
        ("long-range missiles.", "long-range:w missiles:w .:p"),
        ("an x-ray. Then", "an:w x-ray:w .:p Then:w"),
        ("well--known", "well:w --:dash known:w"),
        ("pro-Kremlin and anti-Ébola", "pro-Kremlin:w and:w anti-Ébola:w"),
        ("www.bbc.com and http://x.com/a and hello world", "www.bbc.com:url and:w http://x.com/a:url and:w hello:w world:w"),
        // h and w before a letter other than t or w start no URL: the fast path takes them.
        ("so he was here with Hungary's help", "so:w he:w was:w here:w with:w Hungary:w 's:pos help:w"),
        ("so http and https and www and Wtf", "so:w http:w and:w https:w and:w www:w and:w Wtf:w"),
        ("so HTTP://X.COM/A now", "so:w HTTP://X.COM/A:url now:w"),
    ])
    func tokens(text: String, expected: String) {
        #expect(render(text) == expected)
    }

    /// Flags the fast paths set: case facts, `glued`, `blockStart`.
    @Test(arguments: [
        ("NATO said.", 0, Token.Flags([.capitalized, .allCaps, .blockStart])),
        ("NATO said.", 1, Token.Flags([])),
        ("NATO said.", 2, Token.Flags([.glued])),
        ("a\n\nBig one", 1, Token.Flags([.capitalized, .blockStart])),
        ("x,y", 2, Token.Flags([.glued])),
        ("Scott-Turner said", 0, Token.Flags([.capitalized, .hyphenated, .blockStart])),
        ("the COVID-19 cases", 1, Token.Flags([.capitalized, .allCaps, .hyphenated])),
    ])
    func flags(text: String, index: Int, flags: Token.Flags) {
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens[index].flags == flags, "\(text) token \(index): \(tokens[index].flags)")
    }

    /// Every listed word that takes a period is found by its bytes, in any case; other words are not.
    @Test func periodWordLookup() {
        var listed = Array(TokenizerExceptions.abbreviations.union(TokenizerExceptions.numberAbbreviations))
        listed += listed.map { $0.uppercased() }
        for word in listed {
            var copy = word
            #expect(copy.withUTF8 { TokenizerExceptions.mayTakePeriod($0, 0, $0.count) }, "\(word)")
        }
        for word in ["said", "the", "mrs2", "gen1", "x", "nope", "op1", "vs2", "etcx", "a"] {
            var copy = word
            #expect(!copy.withUTF8 { TokenizerExceptions.mayTakePeriod($0, 0, $0.count) }, "\(word)")
        }
    }
}
