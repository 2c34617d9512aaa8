/// The stable name of the rule that produced an output, such as `quote.speaker-after-quote`.
///
/// Rule IDs are part of the output: JSON reports and tests name them, so once published
/// an ID keeps its meaning. Each stage declares its IDs as static members in an extension.
public struct RuleID: Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible, Comparable {
    /// The dotted, kebab-case name: `<stage>.<rule>`.
    public var rawValue: String

    /// Creates a rule ID from its name.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a lexicon hit came from: the lexicon file (relative to the lexicon root) and its line.
public struct LexiconSource: Hashable, Sendable, Codable {
    /// The file, relative to the lexicon root, such as `places/countries.tsv`.
    public var file: String
    /// The 1-based line in that file.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}

/// The evidence behind one output: the rule that fired, and the lexicon row when one did.
public struct Provenance: Hashable, Sendable, Codable {
    /// The rule that produced the output.
    public var rule: RuleID
    /// The lexicon row that matched, when a lexicon was involved.
    public var lexicon: LexiconSource?

    public init(rule: RuleID, lexicon: LexiconSource? = nil) {
        self.rule = rule
        self.lexicon = lexicon
    }
}
