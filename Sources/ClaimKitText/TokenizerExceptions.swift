/// The word lists the tokenizer and the sentence splitter consult: exceptions as data, in
/// one place, so that a new abbreviation is one line and no rule changes.
///
/// Entries are stored lower-cased; lookups lower-case the surface first.
public enum TokenizerExceptions {
    /// Words that take a period as part of themselves ("Mr.", "Gen.", "etc."). Single
    /// letters ("J.") and dotted letter groups ("U.S.", "a.m.", "e.g.") need no entry.
    public static let abbreviations: Set<String> = [
        // titles and ranks
        "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "sr", "jr", "st", "hon", "rt", "esq",
        "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "sgt", "cpl", "pte", "pvt",
        "brig", "gov", "sen", "rep", "reps", "pres", "amb", "supt", "insp", "det", "messrs",
        // companies and addresses
        "inc", "ltd", "co", "corp", "plc", "llc", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft",
        // months and days
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",
        // running prose
        "etc", "vs", "approx", "cf", "fig", "figs", "vol", "vols", "ibid",
    ]

    /// Abbreviations that end a sentence only when the page really starts a new one
    /// after them, and never when they are titles before a name.
    public static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "st", "hon", "rt",
        "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "sgt", "cpl", "pte", "pvt",
        "brig", "gov", "sen", "rep", "pres", "amb", "supt", "insp", "det", "messrs",
    ]

    /// Abbreviations that take their period only before a number ("No. 10", "p. 5").
    public static let numberAbbreviations: Set<String> = ["no", "nos", "art", "p", "pp", "para", "op"]

    /// The UTF-8 length of the longest of `abbreviations` and `numberAbbreviations`.
    static let longestPeriodWord = abbreviations.union(numberAbbreviations).map(\.utf8.count).max() ?? 0

    /// `abbreviations` and `numberAbbreviations`, looked up by bytes.
    static let periodWords = PackedWords(abbreviations.union(numberAbbreviations))

    /// Whether the ASCII word `bytes[start..<end]` (at most eight bytes), lower-cased, is one of
    /// `abbreviations` or `numberAbbreviations`.
    static func mayTakePeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        periodWords.contains(bytes, start, end)
    }

    /// Words before which "'s" is "is", "has" or "us", not a possessive: the whole stays one
    /// word with the `contraction` flag ("it's", "here's", "let's").
    public static let contractionStems: Set<String> = [
        "it", "he", "she", "that", "there", "here", "what", "who", "where", "when", "why", "how",
        "let", "this", "everyone", "everybody", "nobody", "someone", "somebody", "nothing",
        "something", "everything", "i", "you", "we", "they",
    ]

    /// Word endings after an apostrophe that make a contraction ("n't", "'ll", "'re").
    public static let contractionTails: Set<String> = ["t", "ll", "re", "ve", "m", "d", "s"]

    /// Endings that make a digit string an ordinal ("1st", "22nd", "3rd", "11th").
    public static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// The last labels of domain names written without a scheme ("bbc.co.uk", "x.com").
    public static let topLevelDomains: Set<String> = [
        "com", "org", "net", "gov", "edu", "int", "mil", "io", "info", "news", "uk", "us", "eu", "ru",
        "ua", "de", "fr", "it", "es", "pl", "hu", "ca", "au", "in", "cn", "jp", "ie", "nz", "tv", "ly", "me",
    ]

    /// Words that, capitalized right after an abbreviation's period, show that a new
    /// sentence has started ("... in the U.S. The talks ...").
    public static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "there", "here", "but", "and", "so", "yet", "or", "in", "on", "at", "as", "if", "when", "while",
        "after", "before", "since", "then", "however", "meanwhile", "his", "her", "its", "their", "our",
        "my", "what", "who", "why", "how", "where", "some", "many", "most", "one", "both", "no", "not",
        "earlier", "later", "now", "today", "yesterday", "tomorrow", "speaking", "asked", "according",
    ]

    /// Capitalized words that go on a sentence after "a.m." or "p.m." ("3 p.m. Friday",
    /// "1 p.m. Central time"); any other capitalized word starts a new one.
    public static let wordsAfterClockTimes: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
        "eastern", "central", "mountain", "pacific", "atlantic", "local", "moscow", "kyiv", "london", "washington",
        "british", "greenwich", "israel", "india",
    ]

    /// Reporting verbs: a capitalized name between a closing quote and one of these
    /// (`"We are ready!" Orbán adds.`) continues the sentence.
    public static let reportingVerbs: Set<String> = [
        "says", "said", "adds", "added", "asks", "asked", "tells", "told", "writes", "wrote", "posts",
        "posted", "insists", "insisted", "explains", "explained", "continues", "continued", "replies",
        "replied", "responds", "responded", "warns", "warned", "claims", "claimed", "argues", "argued",
        "notes", "noted", "states", "stated", "declares", "declared", "tweets", "tweeted", "shouts",
        "shouted", "exclaims", "exclaimed", "suggests", "suggested", "stresses", "stressed", "admits",
        "admitted", "concludes", "concluded", "remarks", "remarked", "recalls", "recalled", "jokes", "joked",
    ]
}

/// ASCII words of at most eight bytes, each packed into an integer (its bytes, the first lowest),
/// sorted: a word of the text is looked up by its bytes, lower-cased, without making a string.
struct PackedWords: Sendable {
    let codes: [UInt64]

    init(_ words: Set<String>) {
        codes = words.map { word in
            precondition(word.utf8.count <= 8 && word.utf8.allSatisfy { $0 < 0x80 }, "not a short ASCII word: \(word)")
            return word.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }.sorted()
    }

    /// Whether `bytes[start..<end]` (ASCII, at most eight bytes), lower-cased, is one of the words.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 8 else { return false }
        var code: UInt64 = 0
        var k = end
        while k > start {
            k -= 1
            let b = bytes[k]
            code = code << 8 | UInt64(b &- 0x41 < 26 ? b | 0x20 : b)
        }
        var low = 0
        var high = codes.count
        while low < high {
            let mid = (low + high) / 2
            if codes[mid] < code { low = mid + 1 } else { high = mid }
        }
        return low < codes.count && codes[low] == code
    }
}
