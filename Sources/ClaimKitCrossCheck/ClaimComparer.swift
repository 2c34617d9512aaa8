import ClaimKitModel

/// Compares the claims of a document: contradictions and series. (Interface; the logic
/// comes with the figures issue.)
public struct ClaimComparer: Sendable {
    public init() {}

    /// The contradictions and series among `claims`.
    public func compare(_ claims: [Claim], entries: [Entry]) -> (contradictions: [Contradiction], series: [Series]) {
        ([], [])
    }
}
