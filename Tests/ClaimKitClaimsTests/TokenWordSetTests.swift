import Testing

@testable import ClaimKitClaims

/// `TokenWordSet.mayHold` never turns away a word of the set, and turns away ASCII words
/// of lengths and first letters no word has.
struct TokenWordSetTests {
    static let set: TokenWordSet = ["said", "says", "told", "'ll", "force\u{2019}s", "x"]
    static let ascii: TokenWordSet = ["said", "told", "'ll", "of"]

    static let rows: [(word: String, expected: Bool)] = [
        ("said", true), ("sail", true), ("told", true), ("'ll", true), ("of", true), ("on", true),
        ("seen", true), ("cat", false), ("tolled", false), ("", false), ("a", false), ("'re", true),
    ]

    @Test(arguments: rows)
    func mayHold(_ row: (word: String, expected: Bool)) {
        let shape = (row.word.utf8.count, row.word.utf8.first ?? 0)
        #expect(Self.ascii.mayHold(count: shape.0, first: shape.1) == row.expected)
        // A word beyond ASCII in the set: every token may be in it.
        #expect(Self.set.mayHold(count: shape.0, first: shape.1))
        for word in Self.ascii.members { #expect(Self.ascii.mayHold(count: word.utf8.count, first: word.utf8.first ?? 0)) }
    }
}
