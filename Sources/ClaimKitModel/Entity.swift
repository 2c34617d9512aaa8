/// Identifies an entity within one document's result (`e1`, `e2`, ...).
public struct EntityID: Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(rawValue) }
    public var description: String { rawValue }
}

/// The type of a named entity.
public enum EntityType: String, Hashable, Sendable, Codable, CaseIterable {
    case person, place, organization
    /// A name the rules found but could not type with confidence; not reported as a
    /// person, place or organisation.
    case other
}

/// One place in the text where an entity is named.
public struct Mention: Hashable, Sendable, Codable {
    /// The entry (1-based) the mention stands in.
    public var entry: Int
    /// Where, in that entry's text.
    public var range: TextRange
    /// The exact surface, as the range slices it.
    public var text: String
    /// The rule (and lexicon row) that found it.
    public var provenance: Provenance

    public init(entry: Int, range: TextRange, text: String, provenance: Provenance) {
        self.entry = entry
        self.range = range
        self.text = text
        self.provenance = provenance
    }
}

/// A record of two names merged into one entity, and why.
public struct AliasMerge: Hashable, Sendable, Codable {
    /// The name that was merged in.
    public var alias: String
    /// The name it was merged into.
    public var into: String
    /// The merge rule, such as `alias.surname`.
    public var rule: RuleID

    public init(alias: String, into: String, rule: RuleID) {
        self.alias = alias
        self.into = into
        self.rule = rule
    }
}

/// A person, place or organisation named on the page, once, with every way the page names it.
public struct Entity: Hashable, Sendable, Codable {
    public var id: EntityID
    public var type: EntityType
    /// The canonical name: the fullest form seen.
    public var name: String
    /// Every other surface form the page uses for it (titles and possessives stripped).
    public var aliases: [String]
    /// Titles and offices the page gives the entity, in order of first appearance.
    public var roles: [String]
    /// Every mention, in page order.
    public var mentions: [Mention]
    /// Which merges made the entity, for audit.
    public var merges: [AliasMerge]
    /// The rule that settled the entity's type.
    public var typeRule: RuleID?
    /// Grammatical gender when names or titles tell it (for resolving "he"/"she").
    public var gender: Gender?

    /// Grammatical gender of a person.
    public enum Gender: String, Hashable, Sendable, Codable { case male, female }

    public init(
        id: EntityID, type: EntityType, name: String, aliases: [String] = [], roles: [String] = [],
        mentions: [Mention] = [], merges: [AliasMerge] = [], typeRule: RuleID? = nil, gender: Gender? = nil
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
        self.merges = merges
        self.typeRule = typeRule
        self.gender = gender
    }
}
