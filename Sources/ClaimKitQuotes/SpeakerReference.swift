import ClaimKitModel

/// Where a quote's speaker is named, before it is linked to an entity: a name, a pronoun,
/// a possessive ("his post"), a relative pronoun ("…, who says"), or a common noun.
struct SpeakerReference: Sendable {
    enum Kind: Sendable { case name, pronoun, possessive, relative, nominal, role }

    var kind: Kind
    /// Scalar range of the whole mention ("Hungary's Prime Minister Viktor Orbán", "his post").
    var range: Range<Int>
    /// Scalar range of the words that name the speaker ("Viktor Orbán", "his").
    var head: Range<Int>
    /// The name with titles and possessives stripped, the pronoun, or the common noun phrase.
    var surface: String
    /// For a relative pronoun or a possessive name: the antecedent or possessor, already found.
    var antecedent: [SpeakerReference] = []
    /// A name set off by commas right before its cue ("The press officer, Jordan Pike, told"):
    /// a place entity covering only its first word ("Jordan") does not name it.
    var isAppositive = false
    /// Named through a representative ("a spokeswoman for the union"): a later "she" may be
    /// that representative, speaking for the body.
    var viaRepresentative = false
}

/// Closed word classes the rules read.
enum Words {
    static let personalPronouns: Set<String> = ["he", "she", "they", "it", "i", "we"]
    static let possessivePronouns: Set<String> = ["his", "her", "its", "their", "my", "our"]
    static let relativePronouns: Set<String> = ["who", "which", "that"]
    static let determiners: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their",
        "our", "my", "your", "no", "any", "some", "every", "each", "another", "such",
    ]
    static let auxiliaries: Set<String> = [
        "has", "had", "have", "having", "would", "will", "may", "might", "could", "should",
        "can", "must", "did", "does", "do", "shall", "to", "'ll", "’ll", "'d", "’d",
    ]
    static let beForms: Set<String> = ["is", "was", "were", "are", "be", "been", "being", "am"]
    static let adverbs: Set<String> = [
        "also", "only", "later", "then", "previously", "repeatedly", "earlier", "reportedly", "once", "recently",
        "publicly",
        "again", "just", "now", "further", "separately", "never", "already", "not", "meanwhile", "today", "yesterday",
        "himself", "herself", "itself", "themselves", "too", "still", "first", "last", "even", "simply", "often",
        "has", "had", "have", "would", "will", "may", "might", "could", "should", "did", "does", "do",
    ]
    static let prepositions: Set<String> = [
        "by", "in", "on", "at", "from", "of", "with", "for", "to", "after", "before",
        "since", "during", "about", "against", "between", "into", "over", "under",
        "towards", "toward", "upon", "without", "than", "like", "as", "via",
    ]
    static let conjunctions: Set<String> = [
        "when", "if", "as", "while", "whilst", "because", "since", "and", "but", "or", "that",
        "although", "though", "unless", "until", "whether", "so",
    ]
    static let nameParticles: Set<String> = [
        "de", "da", "di", "del", "der", "van", "von", "bin", "ibn", "al", "le", "la", "du", "dos", "y",
    ]
    static let calendar: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "bst", "gmt", "et",
        "utc",
    ]
    /// Capitalised words that start sentences and are not names.
    static let capitalisedFunctionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "as", "if", "when", "while", "after", "before",
        "this",
        "that", "these", "those", "there", "here", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "its",
        "our", "my", "your", "what", "who", "how", "why", "where", "for", "from", "with", "by", "of", "to", "some",
        "many",
        "more", "most", "one", "two", "just", "yet", "still", "also", "even", "meanwhile", "however", "earlier",
        "later",
        "speaking", "asked", "according", "analysis", "breaking", "live", "image", "media", "caption", "source", "all",
        "no",
    ]
}
