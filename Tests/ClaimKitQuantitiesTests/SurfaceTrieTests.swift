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
        let (scalars, utf8) = QuantityParser.scalars(of: bytes)
        let run = QuantityParser.Run(
            catalog: Self.catalog, items: ScalarLexer.lex(scalars, bytes: bytes, utf8: utf8), utf8: utf8, text: text, bytes: bytes)
        for i in run.items.indices {
            let unit = run.phrase(at: i, in: Self.catalog.units)
            let unitByString = run.stringPhrase(at: i, in: Self.catalog.units)
            #expect(unit?.0 == unitByString?.0 && unit?.1 == unitByString?.1, "units at item \(i) '\(run.items[i].text)'")
            let currency = run.phrase(at: i, in: Self.catalog.currencies)
            let currencyByString = run.stringPhrase(at: i, in: Self.catalog.currencies)
            #expect(currency?.0 == currencyByString?.0 && currency?.1 == currencyByString?.1, "currencies at item \(i) '\(run.items[i].text)'")
            let bound = run.phrase(at: i, in: Self.catalog.bounds, maxItems: 6)
            let boundByString = run.stringPhrase(at: i, in: Self.catalog.bounds, maxItems: 6)
            #expect(bound?.0.0 == boundByString?.0.0 && bound?.0.1 == boundByString?.0.1 && bound?.1 == boundByString?.1,
                    "bounds at item \(i) '\(run.items[i].text)'")
        }
    }

    /// Scalars and offsets decoded from UTF-8 match the string's own scalar view.
    @Test(arguments: texts + ["", "e\u{301}", "😀 x"])
    func decodesScalars(_ text: String) {
        let (scalars, utf8) = QuantityParser.scalars(of: Array(text.utf8))
        #expect(scalars == Array(text.unicodeScalars))
        var offsets = [0]
        for s in text.unicodeScalars { offsets.append(offsets.last! + UTF8.width(s)) }
        #expect(utf8 == offsets)
    }
}
