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

    /// Tokenizes and splits `entry`, and marks the first token of every block
    /// (`blockStart`) and of every sentence (`sentenceStart`).
    public init(entry: Entry, tokenizer: Tokenizer = Tokenizer(), splitter: SentenceSplitter = SentenceSplitter()) {
        var tokens = tokenizer.tokenize(entry.text)
        tokens.withUnsafeMutableBufferPointer { tokens in
            // Each block's first token found by a binary search from the last one (tokens
            // are in text order), not by stepping over every token of the block before.
            var i = 0
            for block in entry.blocks {
                i = TokenSearch.firstStarting(atOrAfter: block.range.utf8Start, in: UnsafeBufferPointer(tokens), from: i)
                if i < tokens.count && tokens[i].range.utf8Start < block.range.utf8End {
                    tokens[i].flags.insert(.blockStart)
                }
            }
        }
        let sentences = splitter.sentences(in: entry.text, tokens: tokens, blocks: entry.blocks)
        SentenceSplitter.markSentenceStarts(&tokens, sentences)
        self.init(entry: entry, tokens: tokens, sentences: sentences)
    }

    /// The entry's text.
    public var text: String { entry.text }

    /// The surface of token `i`.
    public func surface(_ i: Int) -> Substring { entry.text.slice(tokens[i].range) }
}
