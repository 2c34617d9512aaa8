import ClaimKitTestSupport
import Foundation
import Testing

@testable import ClaimKitQuantities

/// The parse's byte-level shortcuts answer as the string operations they replaced.
struct ParserFastPathTests {
    static let catalog = QuantityParserTests.parser.catalog

    /// Positive rows: numerals read by their bytes, with the value `Double(String)`, the
    /// decimal places `precision(ofDigits:)` and the year test of the string path.
    @Test(arguments: [
        "0", "7", "007", "378", "2,500", "22,450,772", "1 234 567", "2.5", "0.08", ".08", "3.14159", "1000", "1945", "2199",
        "2200", "0999", "000", "100.000", "9007199254740992", "12345.6789", "0.00000001", "0.000000000000000001",
    ])
    func exactNumeralAgreesWithStrings(_ numeral: String) throws {
        let bytes = Array(numeral.utf8)
        let separator = bytes.contains { !($0 &- 0x30 < 10) }
        let read = try #require(QuantityParser.Run.exactNumeral(bytes, 0, bytes.count, hasSeparator: separator), "'\(numeral)'")
        let digits = String(numeral.filter { $0 != "," && $0 != " " })
        #expect(read.value == Double(digits), "value of '\(numeral)'")
        #expect(read.precision == QuantityParser.Run.precision(ofDigits: digits), "precision of '\(numeral)'")
        let year = !separator && digits.utf8.count == 4 && (1000...2199).contains(Int(digits) ?? 0)
        #expect(read.yearLike == year, "year of '\(numeral)'")
    }

    /// Negative rows: numerals left to the string path (beyond 2^53, more than 22 decimal
    /// places or 19 digits).
    @Test(arguments: ["9007199254740993", "12345678901234567890", "0.00000000000000000000001", "99999999999999999999.5"])
    func exactNumeralLeavesOthers(_ numeral: String) {
        let bytes = Array(numeral.utf8)
        #expect(QuantityParser.Run.exactNumeral(bytes, 0, bytes.count, hasSeparator: true) == nil, "'\(numeral)'")
    }

    /// Items beyond ASCII: `mayFoldToASCII` is true for those holding the Kelvin sign, the
    /// Greek question mark or varia, and whenever the item's lower case equals an ASCII
    /// string; `isNumberish` answers as the string look-up.
    @Test(arguments: [
        "İstanbul \u{212A}m café naïve ΣΑΣ zwölf \u{037E} \u{1FEF} ½ ⅓ şase dört", "o\u{301}ne t\u{212A}o hal\u{066}",
        "\u{212A}ilo t\u{0077}o \u{FF54}wo ＴＷＯ",
    ])
    func foldingShortcutsAgreeWithStrings(_ text: String) {
        let bytes = Array(text.utf8)
        let run = QuantityParser.Run(catalog: Self.catalog, items: ScalarLexer.lex(bytes), text: text, bytes: bytes)
        for k in run.items.indices {
            let lower = run.itemLower(k)
            if lower.decomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy({ $0.value < 0x80 }) {
                #expect(run.mayFoldToASCII(k), "item '\(run.itemText(k))' folds to ASCII")
            }
            let item = run.items[k]
            guard item.kind == .word else { continue }
            #expect(run.isNumberish(k) == Self.catalog.numberishWords.contains(lower), "numberish '\(run.itemText(k))'")
        }
    }
}
