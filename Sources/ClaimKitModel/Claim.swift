/// Identifies a claim within one document's result (`c1`, `c2`, ...).
public typealias ClaimID = String

/// A value converted to SI (or a comparable base unit) for comparison.
public struct SIValue: Hashable, Sendable, Codable {
    public var value: Double
    public var upper: Double?
    public var unit: String
    public init(value: Double, upper: Double? = nil, unit: String) {
        self.value = value
        self.upper = upper
        self.unit = unit
    }
}

/// A numeric claim: a quantity and what it is about.
public struct Claim: Hashable, Sendable, Codable {
    public var id: ClaimID
    /// The entry (1-based).
    public var entry: Int
    /// What the figure is about, such as "Tomahawk missiles" or "phone call".
    public var subject: String
    /// The subject's entity, when it is one.
    public var subjectID: EntityID?
    /// A normalised key for grouping subjects ("tomahawk"), made by the claim stage.
    public var subjectKey: String
    /// What is measured: range, duration, count, cost, distance, age, share ...
    public var attribute: String
    /// The figure as stated.
    public var quantity: Quantity
    /// The figure in SI or a base unit, when the unit converts.
    public var si: SIValue?
    /// The same figure stated again in other units ("(1,500 miles)").
    public var alternatives: [Quantity]
    /// Where the place or scope narrows the figure ("in Merseyside").
    public var scope: String?
    /// Who states the figure, when the page says so ("according to the Kremlin").
    public var source: String?
    /// The claim's text range: the quantity, or the phrase it stands in.
    public var range: TextRange
    /// The exact surface the range slices.
    public var text: String
    /// The rule that made the claim.
    public var rule: RuleID

    /// (Inlinable: the claim stage makes one per figure, and a call across modules built
    /// it in a slot of its own and copied it out, every string retained and released.)
    @inlinable
    public init(
        id: ClaimID, entry: Int, subject: String, subjectID: EntityID? = nil, subjectKey: String,
        attribute: String, quantity: Quantity, si: SIValue? = nil, alternatives: [Quantity] = [],
        scope: String? = nil, source: String? = nil, range: TextRange, text: String, rule: RuleID
    ) {
        self.id = id
        self.entry = entry
        self.subject = subject
        self.subjectID = subjectID
        self.subjectKey = subjectKey
        self.attribute = attribute
        self.quantity = quantity
        self.si = si
        self.alternatives = alternatives
        self.scope = scope
        self.source = source
        self.range = range
        self.text = text
        self.rule = rule
    }
}

/// Two or more claims on the same subject and attribute whose figures cannot both hold.
public struct Contradiction: Hashable, Sendable, Codable {
    public var subject: String
    public var attribute: String
    /// The claims involved (at least two).
    public var claims: [ClaimID]
    /// The entries they stand in.
    public var entries: [Int]
    /// Why they contradict, for a person.
    public var reason: String
    /// The rule that flagged it (`crosscheck.disjoint-intervals`, `crosscheck.conversion-mismatch`).
    public var rule: RuleID

    public init(subject: String, attribute: String, claims: [ClaimID], entries: [Int], reason: String, rule: RuleID) {
        self.subject = subject
        self.attribute = attribute
        self.claims = claims
        self.entries = entries
        self.reason = reason
        self.rule = rule
    }
}

/// A figure that grows (or shrinks) over a live page: a running total, reported as a
/// series with its points in time rather than as a contradiction.
public struct Series: Hashable, Sendable, Codable {
    public var subject: String
    public var attribute: String
    /// The claims in time order (oldest first).
    public var claims: [ClaimID]
    public init(subject: String, attribute: String, claims: [ClaimID]) {
        self.subject = subject
        self.attribute = attribute
        self.claims = claims
    }
}
