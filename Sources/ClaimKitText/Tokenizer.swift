import ClaimKitModel

/// Splits text into tokens without losing a character. (Baseline: replaced by the full
/// tokenizer of the foundation issue.)
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var start: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if scalar.properties.isWhitespace {
                if let s = start { tokens.append(Token(kind: .word, range: TextRange(utf8Start: s, utf8End: offset))) }
                start = nil
            } else if start == nil {
                start = offset
            }
            offset += width
        }
        if let s = start { tokens.append(Token(kind: .word, range: TextRange(utf8Start: s, utf8End: offset))) }
        return tokens
    }
}
