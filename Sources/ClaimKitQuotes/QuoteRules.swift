import ClaimKitModel

/// The quote stage's rule IDs: which rule found a quote's speaker, or why it has none.
///
/// Each is stable: JSON output and tests name them.
extension RuleID {
    /// The speaker follows the quote in its sentence.
    /// Matches: `"We are ready!" he adds.` / `"…," says Hungary's Prime Minister Viktor Orbán.`
    public static let quoteSpeakerAfter: RuleID = "quote.speaker-after-quote"
    /// The speaker and cue stand before a whole quoted statement.
    /// Matches: `He replied: "We'll see… I may."` / `Orbán says in a post on X: "…"`
    public static let quoteSpeakerBefore: RuleID = "quote.speaker-before-quote"
    /// A fragment quoted inside the reporter's own sentence, whose cue is in the sentence.
    /// Matches: `Moscow is "rushing" to renew dialogue, he says.` / `Leavitt said only that she believes "it is possible".`
    public static let quoteReportedPartial: RuleID = "quote.reported-partial"
    /// A participle continues the previous clause's speaker.
    /// Matches: `…, adding that "tensions are escalating from all sides".`
    public static let quoteParticipleCue: RuleID = "quote.participle-cue"
    /// "according to X" names the source.
    /// Matches: `Talks were "constructive", according to the Kremlin.`
    public static let quoteAccordingTo: RuleID = "quote.according-to"
    /// A statement noun names its source: "comments from X", "X's offer, including "…"".
    /// Matches: `Putin had resorted to half-hearted offers, including "if Zelensky is ready, let him come".`
    public static let quoteStatementNoun: RuleID = "quote.statement-noun"
    /// A quote with no cue of its own continues the previous quote's speaker.
    /// Matches: `"We are ready," he said.` followed by `"We have always been ready."`
    public static let quoteContinuation: RuleID = "quote.continuation"
    /// A quote after a clause about one named person that has no speech verb: a colon
    /// ends the clause, or the sentence before says how the person spoke.
    /// Matches: `His rival, Jo Park, was harsher: "…"` / `Park was scathing. "…"`
    public static let quoteSpeakerClause: RuleID = "quote.speaker-clause"
    /// A headline quote whose source follows a dash or precedes a colon.
    /// Matches: `UK and EU try 'very hard' to derail peace - Russia`
    public static let quoteHeadlineSource: RuleID = "quote.headline-source"
    /// A quote followed by a dash and its source's name.
    /// Matches: `"So far, it's the Internet: 1, Scientology: 0." - Matthew Ingram`
    public static let quoteDashSource: RuleID = "quote.dash-source"
    /// A quote inside another quote: the inner speaker is not known (speaker nil).
    /// Matches: `"… to bring this 'inglorious' War to an end," he says.` (the inner `inglorious`)
    public static let quoteNested: RuleID = "quote.nested"
    /// Scare quotes: a word or phrase in marks with no cue (speaker nil).
    /// Matches: `I wrapped up a short "gaggle" with the press secretary.`
    public static let quoteScare: RuleID = "quote.scare-quote"
    /// A title of a work or a name in marks (speaker nil).
    /// Matches: `the so-called "Coalition of the Willing"` / `the film "The Apprentice"`
    public static let quoteTitle: RuleID = "quote.title-or-name"
    /// A quote no rule attributed.
    public static let quoteUnattributed: RuleID = "quote.unattributed"

    /// How the speaker's mention was linked to a speaker: a name an entity covers.
    /// Matches: `Viktor Orbán` in `says Viktor Orbán`, covered by the entity Viktor Orbán.
    public static let speakerEntity: RuleID = "quote.speaker.entity"
    /// A name no entity covers: its surface, titles and possessive stripped.
    public static let speakerSurface: RuleID = "quote.speaker.surface"
    /// A personal pronoun resolved to the nearest compatible candidate.
    /// Matches: `he` in `"…," he says` after `Orbán says …`.
    public static let speakerPronoun: RuleID = "quote.speaker.pronoun"
    /// A possessive with a statement noun: "his post concludes", "Trump's statement said".
    public static let speakerPossessive: RuleID = "quote.speaker.possessive"
    /// A relative pronoun: "Leavitt, who says …".
    public static let speakerRelative: RuleID = "quote.speaker.relative"
    /// A title phrase resolved through the entities' roles: "the US President said".
    public static let speakerRole: RuleID = "quote.speaker.role"
    /// A common-noun speaker: "a police spokesperson said", "officials say".
    public static let speakerNominal: RuleID = "quote.speaker.nominal"
    /// A definite noun standing for an organisation named before by that head word, or a
    /// representative of it.
    /// Matches: `A spokesperson for the commission said` after `the Boundary Commission`.
    public static let speakerBodyReference: RuleID = "quote.speaker.body-reference"
    /// A nationality noun standing for the one person recently named with that nationality.
    /// Matches: `the Spaniard said` after `the Spanish coach Ana Ruiz`.
    public static let speakerDescriptor: RuleID = "quote.speaker.descriptor"
    /// The writer of a note read out, not the group it speaks for.
    /// Matches: `In a letter written by Jo Park, the crew said:`.
    public static let speakerWriter: RuleID = "quote.speaker.writer"
}

/// Diagnostic codes of the quote stage.
public enum QuoteDiagnostic {
    /// An opening quotation mark that never closes (its text is still read as prose).
    public static let unbalancedMark = "quote.unbalanced-mark"
}
