import ClaimKitLexicon
import ClaimKitModel
import ClaimKitText

/// Finds quoted statements and attributes them to speakers. (Interface; the rules come
/// with the quotes issue.)
public struct QuoteExtractor: Sendable {
    public let lexicons: LexiconStore

    public init(lexicons: LexiconStore) {
        self.lexicons = lexicons
    }

    /// The quotes of a document's entries, in page order.
    public func quotes(in entries: [AnalyzedEntry], entities: [Entity]) -> [Quote] {
        []
    }
}
