import ClaimKitTestSupport
import Testing

@testable import ClaimKitQuantities

/// The byte tries answer every phrase look-up as the string tables do: same value, same
/// end, at every item of the text, for units, currencies and bounds.
struct SurfaceTrieTests {
    static let catalog = QuantityParserTests.parser.catalog

    /// Texts whose items start phrases of every kind: ASCII in any case, symbols beyond
    /// ASCII ("£", "€", "²", "≥"), words beyond ASCII ("złoty", "µg") that take the string
    /// path, and near misses ("per", "more", "US").
    static let texts: [String] = [
        "a range of 2,500km and more than 1,000 miles",
        "£140m, $2.4bn, US$5, 420 million euros and 20 złoty",
        "€5bn or more; ¥18bn at least; ₦14.3tn",
        "5 km² and 3 m³ of water, 1.5 µg, 30 °C, 86°F",
        "≥ 30, <= 12, at most 100 and no fewer than 20 per cent",
        "KM 5, Per Cent, PERCENT, Miles Per Hour, 10 KG",
        "up to 10in (250mm) of rain, 5 feet 2 inches",
        "equal to or greater than 5, in excess of 3 pounds sterling",
    ]

    @Test(arguments: texts)
    func triesAgreeWithStrings(_ text: String) {
        let bytes = Array(text.utf8)
        let run = QuantityParser.Run(catalog: Self.catalog, items: ScalarLexer.lex(bytes), text: text, bytes: bytes)
        for i in run.items.indices {
            let unit = run.phrase(at: i, in: run.unitPhrases)
            let unitByString = run.stringPhrase(at: i, in: run.unitPhrases)
            #expect(unit?.0 == unitByString?.0 && unit?.1 == unitByString?.1, "units at item \(i) '\(run.itemText(i))'")
            let currency = run.phrase(at: i, in: run.currencyPhrases)
            let currencyByString = run.stringPhrase(at: i, in: run.currencyPhrases)
            #expect(currency?.0 == currencyByString?.0 && currency?.1 == currencyByString?.1, "currencies at item \(i) '\(run.itemText(i))'")
            let bound = run.phrase(at: i, in: run.boundPhrases, maxItems: 6)
            let boundByString = run.stringPhrase(at: i, in: run.boundPhrases, maxItems: 6)
            #expect(bound?.0.0 == boundByString?.0.0 && bound?.0.1 == boundByString?.0.1 && bound?.1 == boundByString?.1,
                    "bounds at item \(i) '\(run.itemText(i))'")
        }
    }

    /// The byte lexer gives the items the scalar lexer it replaced gave (kept in the tests
    /// as `ReferenceScalarLexer`): same kinds, texts, flags, and offsets in UTF-8.
    @Test(arguments: texts + [
        "", "e\u{301}", "😀 x", "40\u{202F}000 and 1 234 567 and 12\u{00A0}500/3", "2,500 22,450,772 1,23 192.168.1.2 .08 3.14.",
        "www.example.com/x?y=1 and HTTPS://A.B c http:/ no", "don't rock\u{2019}n\u{2019}roll l'\u{00E9}t\u{00E9} 5\u{00B5}g µg",
        "line\none\r\ntwo\u{2028}three\u{2003}four \u{FEFF}five", "İstanbul ΣΑΣ KELVIN \u{212A} ½ ⅓ 3–4 5—6",
        // Letter runs read eight bytes at a time: capitals before, at and after the eighth
        // letter, apostrophes and letters beyond ASCII after long runs, runs ending the text.
        "Abcdefghijklmnop abcdefgH abcdefghI abcdefghijklmnoP counterrevolutionary's abcdefgh\u{2019}s",
        "abcdefghij\u{00E9}klmnop abcdefghijklmnopqrstuvwxyz@ABCDEFGHIJKLMNOPQRSTUVWXYZ[`{ 12345678abcdefgh",
        "WWWWWWWWW.example HTTPSXXXXX abcdefgh",
    ])
    func byteLexerMatchesScalarLexer(_ text: String) {
        let bytes = Array(text.utf8)
        let items = ScalarLexer.lex(bytes)
        let scalars = Array(text.unicodeScalars)
        var offsets = [0]
        for s in scalars { offsets.append(offsets.last! + UTF8.width(s)) }
        let reference = ReferenceScalarLexer.lex(scalars, bytes: bytes, utf8: offsets)
        #expect(items.count == reference.count, "item count of '\(text)'")
        for (a, b) in zip(items, reference) {
            let aText = ScalarLexer.text(of: a, in: bytes)
            let aLower = ScalarLexer.lower(of: a, in: bytes)
            #expect(a.kind == b.kind && aText == b.text && aLower == b.lower && a.spaced == b.spaced
                    && a.lineStart == b.lineStart && a.hasSeparator == b.hasSeparator && a.scalar == b.scalar
                    && a.ascii == b.ascii && a.start == offsets[b.start] && a.end == offsets[b.end]
                    && a.upper == bytes[a.start..<a.end].contains { $0 &- 0x41 < 26 },
                    "item '\(aText)' of '\(text)'")
        }
    }

    /// The byte tests of items answer as the string comparisons they replaced, for ASCII
    /// items, items beyond ASCII and the Kelvin sign (canonically "K").
    @Test(arguments: texts + ["K \u{212A} k Km \u{212A}m per PER e E 3e5 A$ a an AN \u{2212}5 ² × ’s 'S"])
    func itemTestsAgreeWithStrings(_ text: String) {
        let bytes = Array(text.utf8)
        let run = QuantityParser.Run(catalog: Self.catalog, items: ScalarLexer.lex(bytes), text: text, bytes: bytes)
        let words: [StaticString] = ["K", "k", "km", "Km", "per", "e", "a", "an", "-", "\u{2212}", "²", "×", "’s", "'s", "%", ""]
        for k in -1...run.items.count {
            for word in words {
                let literal = word.description
                let lower = k >= 0 && k < run.items.count ? run.itemLower(k) : ""
                #expect(run.lowerIs(k, word) == (lower == literal), "lowerIs item \(k) '\(lower)' '\(literal)'")
                guard k >= 0, k < run.items.count else { continue }
                #expect(run.textIs(k, word) == (run.itemText(k) == literal), "textIs item \(k) '\(run.itemText(k))' '\(literal)'")
            }
            #expect(run.lowerIn(Self.catalog.timeWords, k) == Self.catalog.timeWords.contains(k >= 0 && k < run.items.count ? run.itemLower(k) : ""))
        }
    }
}
