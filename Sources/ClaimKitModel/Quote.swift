/// Identifies a quote within one document's result (`q1`, `q2`, ...).
public typealias QuoteID = String

/// A quoted statement: the words inside the quotation marks, and who said them.
public struct Quote: Hashable, Sendable, Codable {
    /// How the quote stands in its sentence.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A whole statement in quotation marks.
        case direct
        /// A fragment quoted inside the reporter's own sentence.
        case partial
        /// A quote in the entry's headline.
        case headline
    }

    public var id: QuoteID
    /// The entry (1-based).
    public var entry: Int
    /// The words inside the marks (marks excluded).
    public var range: TextRange
    /// The exact text the range slices.
    public var text: String
    public var kind: Kind
    /// The speaking entity, when known.
    public var speakerID: EntityID?
    /// The speaker's canonical name, when known.
    public var speaker: String?
    /// Where the speaker is named for this quote (a name, a pronoun, "his post").
    public var speakerMention: TextRange?
    /// The reporting verb or phrase: "says", "told reporters", "according to".
    public var cue: String?
    /// The channel, when the page says it: "post on X", "Telegram", "statement".
    public var channel: String?
    /// The attribution rule that fired (or `quote.unattributed`).
    public var rule: RuleID
    /// How the speaker's mention was linked to the speaker: an entity's mention, a
    /// pronoun, a possessive ("his post"), a relative pronoun, a common noun, or the name's
    /// surface (`quote.speaker.entity`, `quote.speaker.pronoun`, …); nil without a speaker.
    public var speakerRule: RuleID?

    public init(
        id: QuoteID, entry: Int, range: TextRange, text: String, kind: Kind,
        speakerID: EntityID? = nil, speaker: String? = nil, speakerMention: TextRange? = nil,
        cue: String? = nil, channel: String? = nil, rule: RuleID, speakerRule: RuleID? = nil
    ) {
        self.id = id
        self.entry = entry
        self.range = range
        self.text = text
        self.kind = kind
        self.speakerID = speakerID
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.cue = cue
        self.channel = channel
        self.rule = rule
        self.speakerRule = speakerRule
    }
}
