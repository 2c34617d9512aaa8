import ClaimKitModel

/// An entry with its tokens and sentences: what every extraction stage reads.
///
/// The facade tokenizes each entry once and hands the same value to all stages.
public struct AnalyzedEntry: Sendable {
    /// The entry.
    public let entry: Entry
    /// Its tokens, in text order.
    public let tokens: [Token]
    /// Its sentences, in text order; none crosses a block boundary.
    public let sentences: [Sentence]

    public init(entry: Entry, tokens: [Token], sentences: [Sentence]) {
        self.entry = entry
        self.tokens = tokens
        self.sentences = sentences
    }

    /// Tokenizes and splits `entry`.
    public init(entry: Entry, tokenizer: Tokenizer = Tokenizer(), splitter: SentenceSplitter = SentenceSplitter()) {
        let tokens = tokenizer.tokenize(entry.text)
        self.init(entry: entry, tokens: tokens, sentences: splitter.sentences(in: entry.text, tokens: tokens, blocks: entry.blocks))
    }

    /// The entry's text.
    public var text: String { entry.text }

    /// The surface of token `i`.
    public func surface(_ i: Int) -> Substring { entry.text.slice(tokens[i].range) }
}
