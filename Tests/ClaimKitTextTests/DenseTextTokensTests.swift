import ClaimKitText
import Testing

/// A text denser than a token per three bytes (the room the tokenizer makes at first) is
/// run again with room for a token per byte: its tokens are those it has at the start of a
/// longer, sparse text (read in one run), and they cover every byte that is not white space.
struct DenseTextTokensTests {
    static let rows: [String] = [
        String(repeating: "a ", count: 100),
        String(repeating: ",", count: 100),
        String(repeating: "1 ", count: 60),
        String(repeating: "\"a\" ", count: 40),
        String(repeating: "a\n", count: 80),
        String(repeating: "(b) ", count: 50),
        "a b c",  // sparse enough for the first room
    ]

    @Test(arguments: rows)
    func denseTextsGetTheTokensOfOneRun(text: String) {
        let tokens = Tokenizer().tokenize(text)
        let longer = Tokenizer().tokenize(text + "\n\n" + String(repeating: "y", count: 10_000))
        #expect(Array(longer.prefix(tokens.count)) == tokens)
        #expect(longer.count == tokens.count + 1)
        let covered = tokens.reduce(0) { $0 + $1.range.utf8End - $1.range.utf8Start }
        let spaces = text.utf8.filter { $0 == 0x20 || $0 == 0x0A }.count
        #expect(covered + spaces == text.utf8.count)
    }
}
