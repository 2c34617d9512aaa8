/// One token of an entry's text, with its range.
///
/// Tokens never overlap and only white space lies between two of them, so the text can
/// be rebuilt exactly from the tokens and the gaps.
public struct Token: Hashable, Sendable {
    /// What a token is.
    public enum Kind: UInt8, Hashable, Sendable, Codable {
        /// Letters, with inner hyphens, apostrophes of elision and periods of abbreviations
        /// ("Scott-Turner", "U.S.", "don't" stays "do" + "n't" only where the tokenizer says).
        case word
        /// A numeral: digits with separators and decimals ("2,500", "2.5", "1600").
        case number
        /// A possessive ending split from its word ("'s", "’s", "s'" gives "'").
        case possessive
        /// A social-media handle or hashtag ("@AndriyYermak", "#Ukraine").
        case handle
        /// An opening quotation mark (“ ‘ « or a straight mark that can only open).
        case openingQuote
        /// A closing quotation mark (” ’ » or a straight mark that can only close).
        case closingQuote
        /// A straight mark whose role the context does not settle.
        case ambiguousQuote
        /// A dash between words (– — or a spaced hyphen).
        case dash
        /// An ellipsis ("…" or "...").
        case ellipsis
        /// Sentence and clause punctuation: . , ; : ! ? ( ) [ ] and the like.
        case punctuation
        /// A currency or other symbol: £ $ € % & / + and so on.
        case symbol
        /// A URL or e-mail address.
        case url
        /// A line break that ends a block (kept so that blocks and list items can be told apart).
        case newline
    }

    // Stored largest first, so that a token takes 12 bytes (not 32 with the kind first).
    /// Where it stands in the entry's text.
    public var range: TextRange
    /// Facts about the token's surface, for rules to test cheaply.
    public var flags: Flags
    /// What the token is.
    public var kind: Kind

    /// Hashes kind, range and flags in that order, as before the fields were reordered.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(range)
        hasher.combine(flags)
    }

    public init(kind: Kind, range: TextRange, flags: Flags = []) {
        self.kind = kind
        self.range = range
        self.flags = flags
    }

    /// Facts about a token's surface.
    public struct Flags: OptionSet, Hashable, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        /// Starts with an upper-case letter.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Every letter is upper case (and there are at least two).
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// Holds a letter outside ASCII.
        public static let nonASCII = Flags(rawValue: 1 << 2)
        /// Holds a hyphen inside.
        public static let hyphenated = Flags(rawValue: 1 << 3)
        /// An abbreviation ending in a period ("Mr.", "U.S.", "a.m.").
        public static let abbreviation = Flags(rawValue: 1 << 4)
        /// Directly follows the previous token, with no space between.
        public static let glued = Flags(rawValue: 1 << 5)
        /// Starts a sentence.
        public static let sentenceStart = Flags(rawValue: 1 << 6)
        /// Starts a block (paragraph, title, list item).
        public static let blockStart = Flags(rawValue: 1 << 7)
        /// A number written with digits glued to a unit or letters ("2,500km" gives "2,500" with this flag).
        public static let gluedToUnit = Flags(rawValue: 1 << 8)
        /// An ordinal written with digits ("1st", "22nd", "11th"): a `.word` token.
        public static let ordinal = Flags(rawValue: 1 << 9)
        /// A clock time written with a colon ("20:49", "9:05"): a `.number` token.
        public static let clockTime = Flags(rawValue: 1 << 10)
        /// A word with an elided part kept inside it ("didn't", "we'll", "it's", "'90s").
        public static let contraction = Flags(rawValue: 1 << 11)
        /// A single letter and its period, an initial ("J." in "Donald J. Trump").
        public static let initial = Flags(rawValue: 1 << 12)
    }
}

/// A sentence: a range of tokens and of text.
public struct Sentence: Hashable, Sendable {
    /// Indexes into the entry's token array.
    public var tokens: Range<Int>
    /// The sentence's text range.
    public var range: TextRange

    public init(tokens: Range<Int>, range: TextRange) {
        self.tokens = tokens
        self.range = range
    }
}
