/// Everything ClaimKit found in one document.
public struct Extraction: Hashable, Sendable {
    public var document: Document
    public var entities: [Entity]
    public var quotes: [Quote]
    public var claims: [Claim]
    public var contradictions: [Contradiction]
    public var series: [Series]
    /// The document's reader diagnostics plus those of the extraction stages.
    public var diagnostics: [Diagnostic]

    public init(
        document: Document, entities: [Entity] = [], quotes: [Quote] = [], claims: [Claim] = [],
        contradictions: [Contradiction] = [], series: [Series] = [], diagnostics: [Diagnostic] = []
    ) {
        self.document = document
        self.entities = entities
        self.quotes = quotes
        self.claims = claims
        self.contradictions = contradictions
        self.series = series
        self.diagnostics = diagnostics
    }
}
