import Testing

@testable import ClaimKitClaims

/// The figure-text tests read by bytes answer as the string tests they replace:
/// `limitWord(opening:)` as the lower-cased text's prefix "maximum"/"minimum" (or with "a "
/// before it), `endsInOld` as its suffix "old".
struct FigureTextShapeTests {
    static let limitRows: [(text: String, expected: String?)] = [
        ("maximum of 12 hours", "maximum"), ("A Maximum of 20 minutes", "maximum"), ("a minimum 3 years", "minimum"),
        ("MINIMUM", "minimum"), ("minimum£5", "minimum"), ("maximu", nil), ("a max", nil), ("12 hours", nil), ("", nil),
        ("£140m", nil), ("maxim\u{FC}m", nil), ("MAX\u{130}MUM", nil), ("maximum\u{301} of 5", nil), ("an maximum", nil),
        ("a  maximum", nil),
    ]

    @Test(arguments: limitRows)
    func limitWord(_ row: (text: String, expected: String?)) {
        #expect(EntryClaimReader.limitWord(opening: row.text) == row.expected)
        let lowered = row.text.lowercased()
        var reference: String?
        for w in ["maximum", "minimum"] where lowered.hasPrefix(w) || lowered.hasPrefix("a " + w) { reference = w }
        #expect(EntryClaimReader.limitWord(opening: row.text) == reference)
    }

    static let oldRows: [(text: String, expected: Bool)] = [
        ("29 years old", true), ("11-year-old", true), ("3 YEARS OLD", true), ("old", true), ("ol", false), ("", false),
        ("5 years", false), ("fold", true), ("12 years ol\u{E9}", false), ("\u{E9}old", true), ("\u{600}old", false),
        ("years old\u{301}", false), ("gold\u{2019}", false),
    ]

    @Test(arguments: oldRows)
    func endsInOld(_ row: (text: String, expected: Bool)) {
        #expect(EntryClaimReader.endsInOld(row.text) == row.expected)
        #expect(EntryClaimReader.endsInOld(row.text) == row.text.lowercased().hasSuffix("old"))
    }
}
