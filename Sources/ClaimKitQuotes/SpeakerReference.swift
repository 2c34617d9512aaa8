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
    /// The name holds a nickname in marks ("Luis "Lucho" Andrade"): an entity covering only
    /// the words before it is a name the entity stage cut short.
    var hasNickname = false
    /// A short form in brackets follows the name ("Royal College of Nursing (RCN)"): the
    /// name is a body's, not a person's.
    var hasShortForm = false
}

/// Closed word classes the rules read.
enum Words {
    static let personalPronouns: WordSet = ["he", "she", "they", "it", "i", "we"]
    static let possessivePronouns: WordSet = ["his", "her", "its", "their", "my", "our"]
    static let relativePronouns: WordSet = ["who", "which", "that"]
    static let determiners: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their",
        "our", "my", "your", "no", "any", "some", "every", "each", "another", "such",
    ]
    static let auxiliaries: WordSet = [
        "has", "had", "have", "having", "would", "will", "may", "might", "could", "should",
        "can", "must", "did", "does", "do", "shall", "to", "'ll", "’ll", "'d", "’d",
    ]
    static let articles: WordSet = ["the", "a", "an"]
    /// Words joining the parts of a body's name ("Department of Health and Social Care").
    static let nameJoiners: WordSet = ["of", "for", "and", "&"]
    /// Prepositions before a body that a speaker belongs to ("a spokesman for the union").
    static let bodyPrepositions: WordSet = ["of", "from", "at", "for", "with"]
    static let beForms: WordSet = ["is", "was", "were", "are", "be", "been", "being", "am"]
    static let adverbs: WordSet = [
        "also", "only", "later", "then", "previously", "repeatedly", "earlier", "reportedly", "once", "recently",
        "publicly",
        "again", "just", "now", "further", "separately", "never", "already", "not", "meanwhile", "today", "yesterday",
        "himself", "herself", "itself", "themselves", "too", "still", "first", "last", "even", "simply", "often",
        "has", "had", "have", "would", "will", "may", "might", "could", "should", "did", "does", "do",
    ]
    static let prepositions: WordSet = [
        "by", "in", "on", "at", "from", "of", "with", "for", "to", "after", "before",
        "since", "during", "about", "against", "between", "into", "over", "under",
        "towards", "toward", "upon", "without", "than", "like", "as", "via",
    ]
    static let conjunctions: WordSet = [
        "when", "if", "as", "while", "whilst", "because", "since", "and", "but", "or", "that",
        "although", "though", "unless", "until", "whether", "so",
    ]
    static let nameParticles: WordSet = [
        "de", "da", "di", "del", "der", "van", "von", "bin", "ibn", "al", "le", "la", "du", "dos", "y", "los", "las",
        "das", "des", "ter", "zu",
    ]
    static let calendar: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "bst", "gmt", "et",
        "utc",
    ]
    /// First- and second-person words and their contractions, and "It's": the writer, the
    /// reader or a thing, never a speaker candidate wherever they stand (quote.speaker.pronoun).
    static let personalWords: WordSet = [
        "i", "i've", "i'm", "i'd", "i'll", "i\u{2019}ve", "i\u{2019}m", "i\u{2019}d", "i\u{2019}ll", "we", "we're",
        "we've", "we'd", "we'll", "we\u{2019}re", "we\u{2019}ve", "we\u{2019}d", "we\u{2019}ll", "you", "you're",
        "you've", "you'd", "you'll", "you\u{2019}re", "you\u{2019}ve", "you\u{2019}d", "you\u{2019}ll", "it", "it's",
        "it\u{2019}s", "me", "us", "my", "our", "your",
    ]
    /// Capitalised words that start sentences and are not names.
    static let capitalisedFunctionWords: WordSet = [
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

/// A closed list of lower-case words, tested against word items by their first two bytes
/// (`Item.lowerKey`) before any string is hashed: most words of a sentence are in no list.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    let words: Set<String>
    /// Bit `slot(key)` is set for the key of every word.
    private let keys: [UInt64]
    /// This list's bit in the word table's cached answers (0: not cached).
    private let bit: UInt64

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// A list of the given lower-case words.
    init(_ elements: [String]) {
        words = Set(elements)
        bit = WordSetBits.shared.take()
        var keys = [UInt64](repeating: 0, count: 64)
        for w in elements {
            let s = Self.slot(Item.key(w))
            keys[s >> 6] |= 1 << UInt64(s & 63)
        }
        self.keys = keys
    }

    @inline(__always) private static func slot(_ key: UInt16) -> Int {
        (Int(key >> 8) &* 31 &+ Int(key & 0xFF)) & 4095
    }

    func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether a word item's lower case is in the list.
    func contains(_ item: Item) -> Bool {
        if item.lowerKey != 0 {
            let s = Self.slot(item.lowerKey)
            guard keys[s >> 6] & (1 << UInt64(s & 63)) != 0 else { return false }
        }
        guard bit != 0 else { return words.contains(item.lower) }
        // Asked once per surface: the answer is kept in the word table.
        let f = item.facts
        if f.pointee.setsKnown & bit != 0 { return f.pointee.setsIn & bit != 0 }
        let found = words.contains(item.lower)
        f.pointee.setsKnown |= bit
        if found { f.pointee.setsIn |= bit }
        return found
    }
}
