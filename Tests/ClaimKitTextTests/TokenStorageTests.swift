import ClaimKitText
import Testing

/// A short text's tokens come back in an array of about their own size (the run reserves a
/// token per three bytes; a page of a million short entries paid that reserve a million
/// times), and the same tokens as a long text's first ones.
struct TokenStorageTests {
    static let rows: [String] = [
        "Putin said.",
        "Officials said 523 people attended, about 23 more than \"last time\".",
        "Update number 12 from the summitpublished at 12:12 BST",
        String(repeating: "Orbán told Trump the talks were useful. ", count: 200),
    ]

    @Test(arguments: rows)
    func shortTextsGetArraysOfTheirSize(text: String) {
        let tokens = Tokenizer().tokenize(text)
        #expect(!tokens.isEmpty)
        #expect(tokens.capacity <= tokens.count + tokens.count / 4 + 4, "\(tokens.count) tokens, capacity \(tokens.capacity)")
        // The same tokens as the text read with more after it.
        let longer = Tokenizer().tokenize(text + " " + String(repeating: "x ", count: 40_000))
        #expect(Array(longer.prefix(tokens.count)) == tokens)
    }
}
