import ClaimKitModel

/// Finds sentence boundaries in tokenized text. (Baseline: one sentence per block,
/// replaced by the full splitter of the foundation issue.)
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of `text`; none crosses a block boundary.
    public func sentences(in text: String, tokens: [Token], blocks: [Block]) -> [Sentence] {
        var out: [Sentence] = []
        var i = 0
        for block in blocks {
            while i < tokens.count && tokens[i].range.utf8End <= block.range.utf8Start { i += 1 }
            let first = i
            while i < tokens.count && tokens[i].range.utf8Start < block.range.utf8End { i += 1 }
            if i > first {
                out.append(Sentence(tokens: first..<i, range: TextRange(utf8Start: tokens[first].range.utf8Start, utf8End: tokens[i - 1].range.utf8End)))
            }
        }
        return out
    }
}
