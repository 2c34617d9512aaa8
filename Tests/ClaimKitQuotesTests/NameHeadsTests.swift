import Testing

@testable import ClaimKitQuotes

/// `FoldedEntities.heads(ofName:)` reads an ASCII name's words from its bytes: it must give
/// the words that splitting the name at spaces gives.
@Suite struct NameHeadsTests {
    static func bySplitting(_ name: String) -> FoldedEntities.NameHeads {
        let words = name.split(separator: " ")
        return words.count >= 2
            ? FoldedEntities.NameHeads(last: words.last!, beforeOf: words[1] == "of" ? words[0] : nil)
            : FoldedEntities.NameHeads()
    }

    @Test(arguments: [
        // Positive rows: a last word, and a first word before "of".
        "boundary commission", "university of leeds", "bank of england of old", "avon and somerset police",
        "  spaced   out  name ", "of of of", "a of",
        // Negative rows: one word or none (no heads), and non-ASCII names (split as before).
        "commission", "", "   ", " ofcom ", "université de montréal", "banco de españa of x", "e\u{301} of a",
    ])
    func headsAsSplittingAtSpacesGives(_ name: String) {
        let fast = FoldedEntities.heads(ofName: name)
        let slow = Self.bySplitting(name)
        #expect(fast.last == slow.last, "last word of \(name)")
        #expect(fast.beforeOf == slow.beforeOf, "word before of in \(name)")
    }
}
