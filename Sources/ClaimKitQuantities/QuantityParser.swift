import ClaimKitLexicon
import ClaimKitModel

/// Reads figures with units and bounds from text. (Interface; the rules come with the
/// figures issue.)
public struct QuantityParser: Sendable {
    public init(lexicons: LexiconStore) {}

    /// The quantities in `text`, in order, with UTF-8 ranges.
    public func quantities(in text: String) -> [Quantity] {
        []
    }
}
