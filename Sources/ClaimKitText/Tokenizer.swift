import ClaimKitModel

/// Splits text into tokens without losing a character.
///
/// Only white space lies between two tokens, so the text can be rebuilt exactly from the
/// tokens and the gaps; every token carries its UTF-8 range. The tokenizer scans UTF-8
/// bytes once, left to right, with a few scalars of look-ahead and look-behind, and
/// consults the word lists of `TokenizerExceptions` (no regular expressions).
///
/// What it makes of news text:
///
/// | text | tokens |
/// |---|---|
/// | `2,500km` | `2,500` (number, `gluedToUnit`) `km` (word) |
/// | `£140m` | `£` (symbol) `140` (number) `m` (word) |
/// | `Trump's`, `Trump’s` | `Trump` (word) `'s` / `’s` (possessive) |
/// | `Ukrainians'` | `Ukrainians` `'` (possessive), unless a single quote is open |
/// | `didn't`, `we'll`, `it's` | one word each, flag `contraction` (a choice: spaCy splits them) |
/// | `Scott-Turner`, `11-year-old` | one word, flag `hyphenated` |
/// | `U.S.`, `a.m.`, `Mr.`, `Gen.`, `J.` | one word with its period, flag `abbreviation` |
/// | `@AndriyYermak`, `#Ukraine` | handle |
/// | `https://bbc.co.uk/news`, `press@bbc.co.uk`, `bbc.co.uk` | url |
/// | `…`, `...` | ellipsis |
/// | `“` `”` `"` `‘` `’` `'` | opening / closing / ambiguous quote, from context |
/// | `–`, `—`, ` - ` | dash |
/// | `20:49` | number, flag `clockTime`; `1st` word, flag `ordinal`; `'90s` word |
///
/// Straight double quotes open after white space, the start, or opening punctuation, and
/// close after a non-space before white space, punctuation or the end; between two
/// non-spaces after `:` or `,` they open unless a quote is open. An apostrophe inside a
/// word (`time’s`, `O'Brien`) is part of the word, never a quote.
///
/// Tokens get `blockStart` after a blank line and at the start, and `glued` when no
/// space separates them from the token before. Line breaks make no `.newline` tokens:
/// `blockStart` (and the entry's blocks) carry that information, so that every token is
/// text a rule can match. `explain(_:)` names the rule behind every token. `sentenceStart` is set by
/// `SentenceSplitter.markSentenceStarts(_:_:)`.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        let tokens = text.withUTF8 { TokenizerRun.tokens(of: $0, explaining: false).tokens }
        // The run reserves a token per three bytes. A large array's unused pages are never
        // touched, but a small one sits whole in the heap: on a page of a million short
        // entries the unused reserve was half the tokens' memory. Small arrays are copied to
        // their size (a copy of a few hundred bytes per entry).
        guard tokens.count < Self.exactCopyBelow, tokens.capacity > tokens.count + tokens.count / 4 + 4 else { return tokens }
        return tokens.withUnsafeBufferPointer { Array($0) }
    }

    /// The token count below which `tokenize` hands back an array of the tokens' size.
    static let exactCopyBelow = 16_384

    /// Each token of `text` with the rule that made it, as spaCy's `explain()` does:
    /// `[("2,500", "token.number"), ("km", "token.word"), ...]`. For debugging and tests;
    /// `tokenize(_:)` records nothing.
    public func explain(_ text: String) -> [(surface: Substring, rule: String)] {
        var copy = text
        let (tokens, rules) = copy.withUTF8 { TokenizerRun.tokens(of: $0, explaining: true) }
        return zip(tokens, rules).map { (text.slice($0.range), $1) }
    }
}

/// One pass of the tokenizer over one text.
struct TokenizerRun {
    let s: UTF8Scanner
    let n: Int
    /// Where the tokens go, written in place: no uniqueness check and no growth of an
    /// array for each token. `count` of them are written.
    let out: UnsafeMutableBufferPointer<Token>
    /// How many tokens are written to `out`.
    var count = 0
    /// Whether a token found no room left in `out`: the run stops, and `tokens(of:explaining:)`
    /// runs again with room for a token per byte.
    var full = false
    /// Line breaks seen since the last token (the start counts as a blank line).
    var newlines = 2
    /// Where the last token ends (-1 before the first): a token starting there is `glued`.
    var lastEnd = -1
    /// Whether a double quotation is open in the current block.
    var doubleOpen = false
    /// How many single quotations are open in the current block.
    var singleOpen = 0
    /// Whether to record the rule behind every token (for `Tokenizer.explain`).
    var explaining = false
    /// The rule behind each token, when explaining.
    var rules: [String] = []

    init(scanner: UTF8Scanner, out: UnsafeMutableBufferPointer<Token>) {
        s = scanner
        n = scanner.count
        self.out = out
    }

    /// The tokens of `bytes` (and the rule behind each, when `explaining`). News text has a
    /// token every four or five bytes: room for one per three bytes is made at first (the
    /// pages of a large reserve that no token reaches are never touched, so they cost no
    /// memory); a denser text is run again with room for one per byte, which every text
    /// fits (each token holds a byte at least).
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>, explaining: Bool) -> (tokens: [Token], rules: [String]) {
        var room = bytes.count / 3 + 16
        while true {
            var full = false
            var rules: [String] = []
            let tokens = [Token](unsafeUninitializedCapacity: room) { out, written in
                var run = TokenizerRun(scanner: UTF8Scanner(bytes: bytes), out: out)
                run.explaining = explaining
                run.run()
                written = run.count
                full = run.full
                rules = run.rules
            }
            if !full { return (tokens, rules) }
            room = bytes.count + 16
        }
    }

    /// The last token written, if any.
    var lastToken: Token? { count > 0 ? out[count - 1] : nil }

    mutating func run() {
        var i = 0
        while i < n && !full {
            let b = s.bytes[i]
            if b == 0x20 {
                i += 1
                continue
            }
            // An ASCII letter that cannot start a URL ("http", "www.": an h or w followed by a t
            // or w, as `scanURL` tells): most words, without the dispatch of `scanToken`.
            if ((b | 0x20) &- 0x61) < 26, newlines < 2,
                (b | 0x20 != 0x68 && b | 0x20 != 0x77) || (s.asciiLower(at: i + 1) != 0x74 && s.asciiLower(at: i + 1) != 0x77),
                let end = scanPlainWord(at: i)
            {
                i = end
                continue
            }
            let (v, w) = s.scalar(at: i)
            if Scalar.isSpace(v) {
                if v == 0x0A { newlines += 1 }
                i += w
                continue
            }
            if newlines >= 2 {
                doubleOpen = false
                singleOpen = 0
            }
            let end = scanToken(at: i, v, w)
            precondition(end > i, "tokenizer made no progress at \(i)")
            i = end
        }
    }

    // MARK: - Emitting

    mutating func emit(_ kind: Token.Kind, _ start: Int, _ end: Int, _ flags: Token.Flags = [], rule: StaticString = "")
    {
        if explaining { rules.append(rule.utf8CodeUnitCount > 0 ? "\(rule)" : "token.\(kind)") }
        var f = flags
        if lastEnd == start { f.insert(.glued) }
        if newlines >= 2 { f.insert(.blockStart) }
        newlines = 0
        lastEnd = end
        guard count < out.count else {
            full = true
            return
        }
        (out.baseAddress! + count).initialize(to: Token(kind: kind, range: TextRange(utf8Start: start, utf8End: end), flags: f))
        count += 1
    }

    /// Case facts of the letters in `start..<end`.
    func surfaceFlags(_ start: Int, _ end: Int) -> Token.Flags {
        var flags: Token.Flags = []
        var i = start
        var letters = 0
        var uppers = 0
        var first = true
        while i < end {
            let b = s.bytes[i]
            if b < 0x80 {  // ASCII without decoding: a letter is [A-Za-z], upper case [A-Z]
                if ((b | 0x20) &- 0x61) < 26 {
                    letters += 1
                    if b <= 0x5A {
                        uppers += 1
                        if first { flags.insert(.capitalized) }
                    }
                }
                first = false
                i += 1
                continue
            }
            let (v, w) = s.scalar(at: i)
            if Scalar.isLetter(v) {
                letters += 1
                let upper = Scalar.isUpper(v)
                if upper { uppers += 1 }
                if first && upper { flags.insert(.capitalized) }
                if v >= 0x80 { flags.insert(.nonASCII) }
            }
            first = false
            i += w
        }
        if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
        return flags
    }

    /// The text of `start..<end`, lower-cased, for exception-list lookups. ASCII text is
    /// lower-cased byte by byte (all `lowercased()` does to it).
    func key(_ start: Int, _ end: Int) -> String {
        for k in start..<end where s.bytes[k] >= 0x80 { return s.string(start..<end).lowercased() }
        return String(unsafeUninitializedCapacity: end - start) { out in
            for k in 0..<(end - start) {
                let b = s.bytes[start + k]
                out[k] = b &- 0x41 < 26 ? b | 0x20 : b
            }
            return end - start
        }
    }

    /// `surfaceFlags(start, end)` of a word of ASCII letters and digits only, from its
    /// counts of letters and capitals (counted while scanning it).
    func asciiWordFlags(_ start: Int, letters: Int, uppers: Int) -> Token.Flags {
        var flags: Token.Flags = []
        if uppers > 0, s.bytes[start] &- 0x41 < 26 { flags.insert(.capitalized) }
        if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
        return flags
    }

    /// Whether no word scalar stands at `i`.
    func isWordEnd(_ i: Int) -> Bool {
        guard let v = s.value(at: i) else { return true }
        return !Scalar.isWordScalar(v)
    }

    /// Whether the scalar before `i` is white space, an opener, or the start.
    func opensBefore(_ i: Int) -> Bool {
        guard let (p, _) = s.scalar(before: i) else { return true }
        if Scalar.isSpace(p) || Scalar.isOpener(p) { return true }
        // Right after an opening quote mark (`"'Cause`).
        if let last = lastToken, last.range.utf8End == i, last.kind == .openingQuote { return true }
        return false
    }

    /// Whether what follows a quote mark at `i` (of width `w`) lets it close: white space,
    /// punctuation or the end, but not another quote mark that opens a word (`"'Cause`).
    func closesAfter(_ i: Int, _ w: Int) -> Bool {
        guard let next = s.value(at: i + w) else { return true }
        if Scalar.isSpace(next) { return true }
        guard Scalar.isTrailingPunctuation(next) else { return false }
        if next == 0x22 || next == 0x27 || next == 0x2019, let after = s.value(at: i + w + 1 + (next == 0x2019 ? 2 : 0))
        {
            return !Scalar.isWordScalar(after)
        }
        return true
    }

    /// Whether the white space after `i` reaches a line break or the end.
    func lineEndsAfter(_ i: Int) -> Bool {
        var j = i
        while j < n {
            let b = s.bytes[j]
            if b == 0x0A || b == 0x0D { return true }
            guard b == 0x20 || b == 0x09 else { return false }
            j += 1
        }
        return true
    }

    // MARK: - Dispatch

    mutating func scanToken(at i: Int, _ v: UInt32, _ w: Int) -> Int {
        if Scalar.isWordScalar(v) {
            if v == 0x68 || v == 0x48 || v == 0x77 || v == 0x57, let end = scanURL(at: i) {  // h H w W
                emit(.url, i, end, rule: "token.url-scheme")
                return end
            }
            if Scalar.isASCIIDigit(v) { return scanNumber(at: i) }
            if v < 0x80, let end = scanPlainWord(at: i) { return end }
            return scanWord(at: i, consumedTo: i)
        }
        switch v {
        case 0x40, 0x23:  // @ #
            if let end = scanHandle(at: i) {
                emit(.handle, i, end, surfaceFlags(i, end), rule: "token.handle")
                return end
            }
            emit(.symbol, i, i + 1)
            return i + 1
        case 0x22:  // "
            return scanStraightDouble(at: i)
        case 0x27, 0x2019, 0x2018, 0x201A:  // ' ’ ‘ ‚
            return scanSingleQuote(at: i, v, w)
        case 0x2E:  // .
            var j = i
            while j < n && s.bytes[j] == 0x2E { j += 1 }
            if j - i >= 3 {
                emit(.ellipsis, i, j, rule: "token.ellipsis-periods")
                return j
            }
            emit(.punctuation, i, i + 1)
            return i + 1
        case 0x2026:  // …
            var j = i + w
            while j < n && s.scalar(at: j).value == 0x2026 { j += 3 }
            emit(.ellipsis, i, j, rule: "token.ellipsis")
            return j
        case 0x2D, 0x2010, 0x2011:  // hyphens standing alone
            return scanLooseHyphen(at: i, w)
        default:
            break
        }
        if Scalar.isDash(v) {
            var j = i + w
            while j < n && s.scalar(at: j).value == v { j += w }
            emit(.dash, i, j, rule: "token.dash")
            return j
        }
        if Scalar.isOpeningQuote(v) {
            if Scalar.isDoubleQuote(v) { doubleOpen = true } else { singleOpen += 1 }
            emit(.openingQuote, i, i + w, rule: "token.opening-quote-mark")
            return i + w
        }
        if Scalar.isClosingQuote(v) {
            if Scalar.isDoubleQuote(v) { doubleOpen = false } else { singleOpen = max(0, singleOpen - 1) }
            emit(.closingQuote, i, i + w, rule: "token.closing-quote-mark")
            return i + w
        }
        if Scalar.isPunctuation(v) {
            emit(.punctuation, i, i + w)
            return i + w
        }
        return scanSymbol(at: i, v, w)
    }

    // MARK: - Words

    /// Scans a word from `start`; `consumedTo` is where the scan resumes when a number
    /// already began it ("11" of "11-year-old").
    mutating func scanWord(at start: Int, consumedTo: Int) -> Int {
        // "U.S.": only a word whose first letter is followed by a period can be one (an ASCII
        // letter's period is the next byte).
        if consumedTo == start, start + 1 < n, s.bytes[start + 1] == 0x2E || s.bytes[start] >= 0x80,
            let end = scanDottedLetters(at: start)
        {
            if end < n, Scalar.isHyphen(s.scalar(at: end).value), let next = s.value(at: end + s.scalar(at: end).width),
                Scalar.isWordScalar(next)
            {
                return scanWord(at: start, consumedTo: end)  // "U.S.-led", "U.S.-Russia"
            }
            var flags = surfaceFlags(start, end)
            flags.insert(.abbreviation)
            emit(.word, start, end, flags, rule: "token.dotted-letters")
            return end
        }
        var i = consumedTo
        var flags: Token.Flags = []
        // While the word is ASCII letters and digits from its start (`plain`), its case
        // facts are counted as it is scanned, instead of by `surfaceFlags` after.
        var plain = consumedTo == start
        var letters = 0
        var uppers = 0
        scan: while i < n {
            // ASCII letters and digits, the bulk of every word, without decoding a scalar.
            let b = s.bytes[i]
            if b < 0x80 {
                if ((b | 0x20) &- 0x61) < 26 {
                    letters += 1
                    if b <= 0x5A { uppers += 1 }
                    i += 1
                    continue
                }
                if (b &- 0x30) < 10 {
                    i += 1
                    continue
                }
            }
            let (v, w) = s.scalar(at: i)
            if Scalar.isWordScalar(v) {
                plain = false
                i += w
                continue
            }
            if Scalar.isHyphen(v), i > start, let next = s.value(at: i + w), Scalar.isWordScalar(next) {
                plain = false
                flags.insert(.hyphenated)
                i += w
                continue
            }
            if Scalar.isApostrophe(v), i > start, let next = s.value(at: i + w), Scalar.isLetter(next) {
                plain = false
                var tailEnd = i + w
                while tailEnd < n {
                    let (t, tw) = s.scalar(at: tailEnd)
                    guard Scalar.isLetter(t) else { break }
                    tailEnd += tw
                }
                let endsWord = isWordEnd(tailEnd)
                let tail = endsWord ? key(i + w, tailEnd) : ""
                if tail == "s" {
                    if TokenizerExceptions.contractionStems.contains(key(start, i)) {
                        flags.insert(.contraction)
                        i = tailEnd
                        break scan
                    }
                    emit(.word, start, i, flags.union(surfaceFlags(start, i)))
                    emit(.possessive, i, tailEnd, rule: "token.possessive-s")
                    return tailEnd
                }
                if TokenizerExceptions.contractionTails.contains(tail) { flags.insert(.contraction) }
                i += w
                continue
            }
            break
        }
        // An e-mail address: the word stopped at "@" or at a character of the local part.
        if consumedTo == start && i < n {
            let b = s.bytes[i]
            if b == 0x40 || b == 0x2E || b == 0x5F || b == 0x2B || b == 0x25, let end = scanEmail(at: start) {
                emit(.url, start, end, rule: "token.email")
                return end
            }
        }
        // A plural possessive: "Ukrainians'" (unless a single quotation is open and this closes it).
        if i < n, singleOpen == 0, let (last, _) = s.scalar(before: i), last == 0x73 || last == 0x53 {
            let (v, w) = s.scalar(at: i)
            if (v == 0x27 || v == 0x2019) && isWordEnd(i + w) {
                emit(.word, start, i, flags.union(caseFlags(start, i, plain, letters, uppers)))
                emit(.possessive, i, i + w, rule: "token.plural-possessive")
                return i + w
            }
        }
        if i + 1 < n && s.bytes[i] == 0x2E {
            if let end = scanDomain(at: start, wordEnd: i) {
                emit(.url, start, end, rule: "token.domain")
                return end
            }
        }
        if i < n && s.bytes[i] == 0x2E && !(i + 1 < n && s.bytes[i + 1] == 0x2E) && !flags.contains(.hyphenated) {
            // An ASCII word longer than every listed one is none of them (lower-casing
            // keeps its length): no key to build.
            let word = !plain || i - start <= TokenizerExceptions.longestPeriodWord ? key(start, i) : ""
            var takesPeriod = !word.isEmpty && TokenizerExceptions.abbreviations.contains(word)
            if !takesPeriod && !word.isEmpty && TokenizerExceptions.numberAbbreviations.contains(word) {
                var j = i + 1
                while j < n && s.bytes[j] == 0x20 { j += 1 }
                takesPeriod = j > i + 1 && j < n && Scalar.isASCIIDigit(UInt32(s.bytes[j]))
            }
            let (first, firstWidth) = s.scalar(at: start)
            if !takesPeriod && start + firstWidth == i && Scalar.isUpper(first) {
                takesPeriod = true
                flags.insert(.initial)
            }
            if takesPeriod {
                flags.insert(.abbreviation)
                emit(
                    .word, start, i + 1, flags.union(caseFlags(start, i, plain, letters, uppers)),
                    rule: "token.abbreviation-period")
                return i + 1
            }
        }
        emit(.word, start, i, flags.union(caseFlags(start, i, plain, letters, uppers)))
        return i
    }

    /// Most words: ASCII letters and digits (and hyphens between them) from an ASCII letter at
    /// `start` (not a URL), ended by a byte that no rule of `scanWord` looks at (white space, the
    /// end, ASCII punctuation other than `- ' @ _ + %`, or a period that ends a sentence after a
    /// word that takes none). Emits the word and returns its end, as `scanWord` would; nil when
    /// any other rule may apply.
    @inline(__always)
    mutating func scanPlainWord(at start: Int) -> Int? {
        var i = start
        var letters = 0
        var uppers = 0
        var flags: Token.Flags = []
        while i < n {
            let b = s.bytes[i]
            if ((b | 0x20) &- 0x61) < 26 {
                letters &+= 1
                if b <= 0x5A { uppers &+= 1 }
                i &+= 1
                continue
            }
            if (b &- 0x30) < 10 {
                i &+= 1
                continue
            }
            // A hyphen between ASCII letters or digits ("long-range", "COVID-19"): the word goes
            // on, as in `scanWord` (whose case facts of an ASCII word are these counts).
            if b == 0x2D, i + 1 < n, Self.isASCIILetterOrDigit(s.bytes[i + 1]) {
                flags.insert(.hyphenated)
                i &+= 1
                continue
            }
            // A period that ends a sentence: after a word of two letters or more that takes no
            // period (none of the exception lists), with no address or domain to read on (the
            // next byte is white space, the end, or punctuation that no e-mail address or domain
            // name holds), the word ends here as in `scanWord`.
            if b == 0x2E {
                guard i - start >= 2, i + 1 == n || Self.endsAfterPeriod(s.bytes[i + 1]),
                    i - start > TokenizerExceptions.longestPeriodWord || !TokenizerExceptions.mayTakePeriod(s.bytes, start, i)
                else { return nil }
                break
            }
            // Bytes after which `scanWord` may do more than end the word: beyond ASCII (a word
            // scalar, a hyphen or an apostrophe), - ' @ _ + %.
            if b >= 0x80 || b == 0x2D || b == 0x27 || b == 0x40 || b == 0x5F || b == 0x2B || b == 0x25 {
                return nil
            }
            break
        }
        emit(.word, start, i, flags.union(asciiWordFlags(start, letters: letters, uppers: uppers)))
        return i
    }

    @inline(__always)
    static func isASCIILetterOrDigit(_ b: UInt8) -> Bool { ((b | 0x20) &- 0x61) < 26 || (b &- 0x30) < 10 }

    /// Whether byte `b` after a word's period leaves no e-mail address, domain name or further
    /// period to read: white space or ASCII punctuation other than - . @ _ + % (and not a letter or digit).
    @inline(__always)
    static func endsAfterPeriod(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x0A, 0x0D, 0x09, 0x22, 0x27, 0x29, 0x5D, 0x2C, 0x3B, 0x3A, 0x21, 0x3F: return true
        default: return false
        }
    }

    /// The case facts of the word `start..<end`: from the counts when it is `plain`.
    @inline(__always)
    func caseFlags(_ start: Int, _ end: Int, _ plain: Bool, _ letters: Int, _ uppers: Int) -> Token.Flags {
        plain ? asciiWordFlags(start, letters: letters, uppers: uppers) : surfaceFlags(start, end)
    }

    /// "U.S.", "a.m.", "e.g.": single letters each followed by a period, two or more.
    func scanDottedLetters(at start: Int) -> Int? {
        var i = start
        var groups = 0
        while i < n && groups <= 8 {  // bounded: "U.S.A." has three
            let (v, w) = s.scalar(at: i)
            guard i + w < n, s.bytes[i + w] == 0x2E, Scalar.isLetter(v) else { break }
            groups += 1
            i += w + 1
        }
        guard groups >= 2, groups <= 8, isWordEnd(i) else { return nil }
        return i
    }

    /// "bbc.co.uk", "x.com/news": letters and dots ending in a known top-level domain.
    func scanDomain(at start: Int, wordEnd: Int) -> Int? {
        let limit = min(n, start + 253)  // a domain name's longest; bounded as in `scanEmail`
        var i = wordEnd
        var lastDot = -1
        var dots = 0
        while i < limit {
            let b = s.bytes[i]
            if b == 0x2E, i + 1 < n,
                Scalar.isASCIILetter(UInt32(s.bytes[i + 1])) || Scalar.isASCIIDigit(UInt32(s.bytes[i + 1]))
            {
                dots += 1
                if dots > 6 { return nil }  // no domain has so many labels: "ab.ab.ab.ab..."
                lastDot = i
                i += 1
                continue
            }
            if Scalar.isASCIILetter(UInt32(b)) || Scalar.isASCIIDigit(UInt32(b)) || (b == 0x2D && i > lastDot + 1) {
                i += 1
                continue
            }
            break
        }
        guard lastDot > 0 else { return nil }
        let tld = s.string(lastDot + 1..<i)
        guard TokenizerExceptions.topLevelDomains.contains(tld) else { return nil }  // lower case only
        if i + 1 < n && s.bytes[i] == 0x2F && !Scalar.isSpace(UInt32(s.bytes[i + 1])) {
            return trimURL(start, scanToSpace(i))
        }
        return i
    }

    // MARK: - Numbers

    mutating func scanNumber(at start: Int) -> Int {
        var i = digits(from: start)
        let intDigits = i - start
        var grouped = false
        var decimal = false
        var flags: Token.Flags = []
        while i < n, s.bytes[i] == 0x2C, intDigits <= 3, digits(from: i + 1) == i + 4 {
            grouped = true
            i += 4
        }
        if i + 1 < n && s.bytes[i] == 0x2E && Scalar.isASCIIDigit(UInt32(s.bytes[i + 1])) {
            decimal = true
            i = digits(from: i + 1)
        } else if !grouped && intDigits <= 2 && i + 2 < n && s.bytes[i] == 0x3A && digits(from: i + 1) == i + 3 {
            flags.insert(.clockTime)
            i += 3
        }
        guard i < n else {
            emit(.number, start, i, flags)
            return i
        }
        let (v, w) = s.scalar(at: i)
        if Scalar.isHyphen(v), let next = s.value(at: i + w), Scalar.isLetter(next) {
            return scanWord(at: start, consumedTo: i)
        }
        if Scalar.isLetter(v) {
            var j = i
            while j < n {
                let (t, tw) = s.scalar(at: j)
                guard Scalar.isLetter(t) else { break }
                j += tw
            }
            if !grouped && !decimal && !flags.contains(.clockTime) && isWordEnd(j) {
                let suffix = key(i, j)
                if TokenizerExceptions.ordinalSuffixes.contains(suffix) {
                    emit(.word, start, j, [.ordinal], rule: "token.ordinal")
                    return j
                }
                if suffix == "s" && (intDigits == 4 || intDigits == 2) {
                    emit(.word, start, j, rule: "token.decade")
                    return j
                }
            }
            flags.insert(.gluedToUnit)
        }
        emit(.number, start, i, flags, rule: flags.contains(.gluedToUnit) ? "token.number-before-unit" : "token.number")
        return i
    }

    func digits(from i: Int) -> Int {
        var j = i
        while j < n && s.bytes[j] >= 0x30 && s.bytes[j] <= 0x39 { j += 1 }
        return j
    }

    // MARK: - URLs, e-mails, handles

    func scanToSpace(_ i: Int) -> Int {
        var j = i
        while j < n {
            let (v, w) = s.scalar(at: j)
            if Scalar.isSpace(v) { break }
            j += w
        }
        return j
    }

    /// Drops punctuation that ends a sentence rather than the URL, and unbalanced brackets.
    func trimURL(_ start: Int, _ end: Int) -> Int {
        var e = end
        var open = 0
        var close = 0
        for k in start..<end {
            if s.bytes[k] == 0x28 { open += 1 } else if s.bytes[k] == 0x29 { close += 1 }
        }
        while e > start, let (p, ps) = s.scalar(before: e) {
            switch p {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x22, 0x201D, 0x2019, 0xBB, 0x2026, 0x5D, 0x3E:
                e = ps
            case 0x29 where close > open:
                close -= 1
                e = ps
            default:
                return e
            }
        }
        return e
    }

    func scanURL(at i: Int) -> Int? {
        // "http…" and "www." only: the byte after the first letter tells most words apart.
        let second = s.asciiLower(at: i + 1)
        guard second == 0x74 || second == 0x77,
            s.hasPrefix("http://", at: i) || s.hasPrefix("https://", at: i) || s.hasPrefix("www.", at: i) else {
            return nil
        }
        let end = trimURL(i, scanToSpace(i))
        return end > i + 8 ? end : nil
    }

    func scanEmail(at i: Int) -> Int? {
        // Probes are bounded (an address has at most 254 bytes), so that a long run such
        // as "ab.cd.ef...." is not rescanned from every word in it.
        let limit = min(n, i + 254)
        var j = i
        var dots = 0
        while j < limit && dots <= 6 {
            let b = s.bytes[j]
            if b == 0x2E { dots += 1 }
            guard
                Scalar.isASCIILetter(UInt32(b)) || Scalar.isASCIIDigit(UInt32(b)) || b == 0x2E || b == 0x5F
                    || b == 0x25 || b == 0x2B || b == 0x2D
            else { break }
            j += 1
        }
        guard j < limit, s.bytes[j] == 0x40, j > i, s.bytes[j - 1] != 0x2E else { return nil }
        var k = j + 1
        var lastDot = -1
        while k < limit {
            let b = s.bytes[k]
            if b == 0x2E && k + 1 < n && Scalar.isASCIILetter(UInt32(s.bytes[k + 1])) {
                lastDot = k
                k += 1
                continue
            }
            guard Scalar.isASCIILetter(UInt32(b)) || Scalar.isASCIIDigit(UInt32(b)) || b == 0x2D else { break }
            k += 1
        }
        guard lastDot > j + 1, k > lastDot + 1 else { return nil }
        return k
    }

    func scanHandle(at i: Int) -> Int? {
        if let (p, _) = s.scalar(before: i), Scalar.isWordScalar(p) { return nil }
        var j = i + 1
        var letters = 0
        while j < n {
            // `#CountdownToMarshttps://t.co/...`: a link glued to the tag is not part of it.
            if s.bytes[j] == 0x68 && (s.hasPrefix("http://", at: j) || s.hasPrefix("https://", at: j)) { break }
            let (v, w) = s.scalar(at: j)
            guard Scalar.isWordScalar(v) || v == 0x5F else { break }
            if Scalar.isLetter(v) { letters += 1 }
            j += w
        }
        return letters > 0 ? j : nil
    }

    // MARK: - Quotes, hyphens, symbols

    mutating func scanStraightDouble(at i: Int) -> Int {
        let prevOpens = opensBefore(i)
        let next = s.value(at: i + 1)
        var nextCloses = closesAfter(i, 1)
        if let next, next == 0x2026 || (next == 0x2E && i + 3 < n && s.bytes[i + 2] == 0x2E && s.bytes[i + 3] == 0x2E) {
            nextCloses = !prevOpens  // an ellipsis after a quote mark: `"...peace` opens
        }
        let kind: Token.Kind
        let rule: StaticString
        if prevOpens && !nextCloses {
            (kind, rule) = (.openingQuote, "token.straight-quote-opens")
        } else if !prevOpens && nextCloses {
            (kind, rule) = (.closingQuote, "token.straight-quote-closes")
        } else if prevOpens && nextCloses && newlines >= 2 {
            (kind, rule) = (.openingQuote, "token.straight-quote-opens-block")  // `" 'There is hatred`
        } else if prevOpens && nextCloses && doubleOpen && lineEndsAfter(i + 1) {
            (kind, rule) = (.closingQuote, "token.straight-quote-ends-line")  // `his brain.' "`
        } else if prevOpens && nextCloses {
            (kind, rule) = (.ambiguousQuote, "token.straight-quote-spaced")
        } else if let (p, _) = s.scalar(before: i), p == 0x3A || p == 0x2C || p == 0x3B {
            // `said:"Hello`: opens unless a quotation is open.
            (kind, rule) = (doubleOpen ? .closingQuote : .openingQuote, "token.straight-quote-after-colon")
        } else {
            (kind, rule) = (.ambiguousQuote, "token.straight-quote-glued")
        }
        if kind == .openingQuote { doubleOpen = true } else if kind == .closingQuote { doubleOpen = false }
        emit(kind, i, i + 1, rule: rule)
        return i + 1
    }

    mutating func scanSingleQuote(at i: Int, _ v: UInt32, _ w: Int) -> Int {
        let prevOpens = opensBefore(i)
        // '90s, ’24: an elided century.
        if prevOpens, v != 0x201A, digits(from: i + w) == i + w + 2 {
            var end = i + w + 2
            if end < n && (s.bytes[end] == 0x73) { end += 1 }
            if isWordEnd(end) {
                emit(.word, i, end, [.contraction], rule: "token.elided-century")
                return end
            }
        }
        // "van 't Hoff", "Gerard 't Hooft": the Dutch article "'t" before a capitalised name is a word.
        if let end = dutchArticleEnd(at: i, v, w, prevOpens: prevOpens) {
            emit(.word, i, end, rule: "token.dutch-article")
            return end
        }
        if v == 0x2018 || v == 0x201A {
            singleOpen += 1
            emit(.openingQuote, i, i + w)
            return i + w
        }
        let next = s.value(at: i + w)
        let nextCloses = closesAfter(i, w)
        // "L.A.’s", "F.B.I.'s": a possessive glued to an abbreviation or a closing bracket.
        if !prevOpens, let last = lastToken, last.range.utf8End == i, last.kind == .word,
            next == 0x73 || next == 0x53, isWordEnd(i + w + 1)
        {
            emit(.possessive, i, i + w + 1, rule: "token.possessive-after-abbreviation")
            return i + w + 1
        }
        let kind: Token.Kind
        let rule: StaticString
        if prevOpens && !nextCloses {
            (kind, rule) =
                v == 0x27 ? (.openingQuote, "token.single-quote-opens") : (.ambiguousQuote, "token.apostrophe-opening")
        } else if !prevOpens && nextCloses {
            (kind, rule) = (.closingQuote, "token.single-quote-closes")
        } else {
            (kind, rule) = (.ambiguousQuote, "token.single-quote-unclear")
        }
        if kind == .openingQuote {
            singleOpen += 1
        } else if kind == .closingQuote {
            singleOpen = max(0, singleOpen - 1)
        }
        emit(kind, i, i + w, rule: rule)
        return i + w
    }

    mutating func scanLooseHyphen(at i: Int, _ w: Int) -> Int {
        var j = i
        while j < n && s.bytes[j] == 0x2D { j += 1 }
        if j - i >= 2 {
            emit(.dash, i, j, rule: "token.dash-hyphens")
            return j
        }
        let prevSpace = s.scalar(before: i).map { Scalar.isSpace($0.value) } ?? true
        let next = s.value(at: i + w)
        let nextSpace = next.map(Scalar.isSpace) ?? true
        if prevSpace && nextSpace {
            emit(.dash, i, i + w, rule: "token.dash-spaced-hyphen")
        } else if opensBefore(i), let next, Scalar.isASCIIDigit(next) {
            emit(.symbol, i, i + w, rule: "token.sign")  // a sign: "-5"
        } else {
            emit(.punctuation, i, i + w)
        }
        return i + w
    }

    mutating func scanSymbol(at i: Int, _ v: UInt32, _ w: Int) -> Int {
        var j = i + w
        if v >= 0x1F1E6 && v <= 0x1F1FF, j < n, let r = s.value(at: j), r >= 0x1F1E6 && r <= 0x1F1FF {
            j += 4  // a flag: two regional indicators
        }
        while j < n {
            let (t, tw) = s.scalar(at: j)
            if t == 0x200D {
                j += tw
                if j < n { j += s.scalar(at: j).width }
                continue
            }
            guard Scalar.extendsSymbol(t) else { break }
            j += tw
        }
        emit(.symbol, i, j)
        return j
    }
}
