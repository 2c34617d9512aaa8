import ClaimKitLexicon
import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

/// Turns quantities into claims: a figure plus what it is about. (Interface; the rules
/// come with the figures issue.)
public struct ClaimExtractor: Sendable {
    public init(lexicons: LexiconStore) {}

    /// The claims of a document's entries, in page order.
    public func claims(in entries: [AnalyzedEntry], entities: [Entity]) -> [Claim] {
        []
    }
}
