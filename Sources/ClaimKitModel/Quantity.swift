/// How a stated figure bounds the true value.
public enum Bound: String, Hashable, Sendable, Codable, CaseIterable {
    case exact
    case approximately
    case moreThan = "more-than"
    case lessThan = "less-than"
    case atLeast = "at-least"
    case atMost = "at-most"
    case range
}

/// A figure found in text: its value (or range), unit and bound, with its range.
public struct Quantity: Hashable, Sendable, Codable {
    /// The value; the lower end for a range.
    public var value: Double
    /// The upper end, for a range.
    public var upper: Double?
    /// Canonical unit symbol: km, mi, h, %, USD, count ...
    public var unit: String
    public var bound: Bound
    /// Where the figure stands (bound words, number and unit).
    public var range: TextRange
    /// The exact surface.
    public var text: String
    /// The number of significant decimal places as written, for rounding tolerance:
    /// "2,500" is precise to the hundred (`-2`), "2.5" to the tenth (`1`).
    public var precisionExponent: Int
    /// The rule that read it.
    public var rule: RuleID
    /// The figure in its dimension's base unit (SI, or the currency code), when the unit
    /// converts; set by the quantity parser.
    public var si: SIValue?

    public init(
        value: Double, upper: Double? = nil, unit: String, bound: Bound, range: TextRange, text: String,
        precisionExponent: Int = 0, rule: RuleID, si: SIValue? = nil
    ) {
        self.si = si
        self.value = value
        self.upper = upper
        self.unit = unit
        self.bound = bound
        self.range = range
        self.text = text
        self.precisionExponent = precisionExponent
        self.rule = rule
    }
}
