import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

/// Reads the claims of one entry: the figures of its prose blocks, each with its subject,
/// attribute, scope and source.
struct EntryClaimReader {
    let entry: AnalyzedEntry
    /// The units' dimensions by symbol: all the rules ask of the parser's catalog (a copy
    /// of the whole parser per entry retained and released some hundred references).
    let units: UnitCatalog.Symbols
    let words: ClaimLexicon
    let names: EntityNames
    /// Lower-cased surfaces of the entry's tokens, each made when first read (an entry is
    /// often a whole page, and the rules read a few sentences of it).
    let lower: LowerTokens
    let text: String
    /// The word tokens, in order, of singular lemma `lemma` that follow a capitalised word
    /// not starting a sentence ("Tomahawk missiles"): what `resolved` looks back for. The
    /// entry's candidate tokens (by their flags alone) are listed once; each lemma asked
    /// about reads them once, making a token's lower-cased string only when its bytes could
    /// give the lemma (an index of every candidate's lemma made a string per candidate, for
    /// the one or two lemmas an entry asks about).
    func capitalisedHeads(of lemma: String) -> [Int] {
        if let known = headsCache.byLemma[lemma] { return known }
        let tokens = entry.tokens
        if headsCache.candidates == nil {
            // (The flags read once: each `contains` of a flag of another module's option set
            // called its accessor, per token of the entry.)
            let capital: Token.Flags = [.capitalized, .allCaps]
            let opening = Token.Flags.sentenceStart
            // (Over the tokens' buffer: the entry's every token is read, and the array's
            // bounds checks cost as much as the test.)
            var candidates: [Int] = []
            tokens.withUnsafeBufferPointer { all in
                var previousIsCandidate = false
                for k in all.indices {
                    let token = all[k]
                    let isWord = token.kind == .word
                    if isWord, previousIsCandidate { candidates.append(k) }
                    previousIsCandidate = isWord && !token.flags.isDisjoint(with: capital) && !token.flags.contains(opening)
                }
            }
            headsCache.candidates = candidates
        }
        // An ASCII lemma equals the singular of an ASCII word only if the word keeps its
        // first letter and is no more than two bytes longer ("-es", "-ies" for "-y").
        let key = Array(lemma.utf8)
        let asciiLemma = !key.isEmpty && key.allSatisfy { $0 < 0x80 }
        var heads: [Int] = []
        for k in headsCache.candidates! {
            if asciiLemma, let (count, first) = lower.cachedASCIIShape(k) {
                if first != key[0] || count < key.count || count > key.count + 2 { continue }
                // Every ending `singular` cuts ("-s", "-es", "-ies" for "-y") leaves the
                // word's bytes before the lemma's last: those first, by the bytes.
                if !lower.asciiPrefix(k, equals: key, count: key.count - 1) { continue }
            }
            if Self.singular(lower[k]) == lemma { heads.append(k) }
        }
        headsCache.byLemma[lemma] = heads
        return heads
    }
    let headsCache = HeadsCache()
    /// What `currencyByContext` worked out for the whole entry, by currency word.
    let currencyCache = CurrencyCache()

    /// Holds what `capitalisedHeads(of:)` worked out.
    final class HeadsCache {
        var candidates: [Int]?
        var byLemma: [String: [Int]] = [:]
    }

    /// `units.dimension(of:)`, with the unit asked last and its answer remembered: several
    /// rules ask of a figure's unit in turn (a string compared, not hashed and looked up).
    func dimension(of unit: String) -> String? {
        let cache = dimensionCache
        if let last = cache.unit, last == unit { return cache.answer }
        let answer = units.dimension(of: unit)
        cache.unit = unit
        cache.answer = answer
        return answer
    }
    let dimensionCache = DimensionCache()

    /// Holds the last answer of `dimension(of:)`.
    final class DimensionCache {
        var unit: String?
        var answer: String?
    }

    /// What `scope` and `source` find in a sentence whatever the figure, by sentence.
    let sentenceCache = SentenceCache()

    /// Holds per-sentence answers once worked out.
    /// The figures come in text order (their sentences never come back once left), so the
    /// answers for the sentence asked last are all that is kept: no range hashed, no
    /// dictionary grown per sentence. An answer for another sentence is worked out anew
    /// (the same answer: each is a function of the sentence alone).
    final class SentenceCache {
        var lastAuthority: (sentence: Range<Int>, answer: (place: String?, national: Bool))?
        var lastAccording: (sentence: Range<Int>, answer: (found: Bool, source: String?))?
        var lastMarks: (sentence: Range<Int>, answer: SentenceMarks)?
    }

    /// Where a sentence's area authority, first force word and first "according to" stand.
    struct SentenceMarks {
        /// The force or council word naming an area ("Police" of "Merseyside Police").
        var authority: Int?
        /// The first "force"/"force's", or the sentence's end.
        var force: Int
        /// The first "according" followed by "to".
        var according: Int?
        /// The first token that opens a place for `scope` (`firstAreaMark`).
        var area: Int?
    }

    init(entry: AnalyzedEntry, parser: QuantityParser, words: ClaimLexicon, names: EntityNames) {
        self.entry = entry
        units = parser.catalog.symbols
        self.words = words
        self.names = names
        text = entry.text
        lower = LowerTokens(entry)
    }

    /// The lower-cased surface of each token of an entry, as `lowerCased` makes them all,
    /// one at a time on first use.
    final class LowerTokens {
        let entry: AnalyzedEntry
        /// The text's bytes (`raw`: one copy of the text, where an array beside it was a
        /// second).
        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: raw, count: byteCount) }
        private let byteCount: Int
        let count: Int
        /// The cache's slots: token `i` is kept in slot `i & mask`, the token it holds
        /// in `tags` (-1: none). An entry of up to `maxSlots` tokens has a slot per token;
        /// a longer one (a page that is one 200 MB paragraph) reuses its slots, a token
        /// read again after another took its slot being worked out again (the same answer:
        /// each is a function of the token alone). A slot per token of such an entry held
        /// twenty bytes per token, about a gigabyte for 200 MB of text.
        private let mask: Int
        private let tags: UnsafeMutablePointer<Int>
        /// One string per slot (a raw buffer: a stored array of a class paid an exclusivity
        /// check on every read).
        private let made: UnsafeMutablePointer<String?>
        /// The slots given a string that holds storage: only they need emptying (a long
        /// entry's every slot was, for the few words the rules read). A slot may be listed
        /// more than once: it is emptied by assignment.
        private var madeSlots: [Int32] = []
        /// The text's bytes, in a buffer this object owns (read without the array's checks).
        private let raw: UnsafeMutablePointer<UInt8>
        /// Per slot, once worked out (`Shape`): whether its token's lower-cased surface is
        /// its bytes with ASCII capitals lowered, and then its length and first byte.
        private let shapes: UnsafeMutablePointer<UInt32>
        /// The most slots a reader keeps (a power of two).
        static let maxSlots = 1 << 16

        /// The bits of a `shapes` slot: known, bytes-lowered, all ASCII, length (bits 8-28),
        /// first byte.
        private enum Shape {
            static let known: UInt32 = 1 << 31
            static let byBytes: UInt32 = 1 << 30
            static let ascii: UInt32 = 1 << 29
            static let lengthMask: UInt32 = 0x1F_FFFF
        }

        init(_ entry: AnalyzedEntry) {
            self.entry = entry
            var text = entry.text
            byteCount = text.utf8.count
            count = entry.tokens.count
            var slots = 1
            while slots < count && slots < Self.maxSlots { slots <<= 1 }
            mask = slots - 1
            tags = .allocate(capacity: slots)
            tags.initialize(repeating: -1, count: slots)
            // A slot's string and shape are set up when a token first takes it (`take`):
            // an untaken slot (tag -1) is never read, so none is initialised here (three
            // passes over a long entry's slots cost more than the few tokens read).
            made = .allocate(capacity: slots)
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, byteCount))
            text.withUTF8 { if let base = $0.baseAddress { copy.initialize(from: base, count: $0.count) } }
            raw = copy
            shapes = .allocate(capacity: slots)
        }

        deinit {
            // Every taken slot then holds nil or a small string, which need no
            // deinitialising; an untaken one was never initialised.
            for s in madeSlots { made[Int(s)] = nil }
            tags.deallocate()
            made.deallocate()
            raw.deallocate()
            shapes.deallocate()
        }

        /// Gives slot `s` to token `i` when another token (or none) holds it: its shape
        /// and string not yet worked out.
        @inline(__always) private func take(_ s: Int, for i: Int) {
            let held = tags[s]
            if held != i {
                tags[s] = i
                shapes[s] = 0
                // A slot taken the first time holds no string yet to release.
                if held == -1 { (made + s).initialize(to: nil) } else { made[s] = nil }
            }
        }

        var indices: Range<Int> { 0..<count }

        /// Token `i`'s `shapes` slot, worked out on first use. A token is lowered by its
        /// bytes (`lowerByte`) when its range lies in the text and its bytes beyond ASCII
        /// are only Latin-1 (U+0080-00FF: "é", "£") and the dashes and quotation marks
        /// U+2010-2027 (UTF-8 E2 80 90-A7: "’"): `lowercased()` maps each of those scalars
        /// to one of the same length (the capitals À-Þ but × to the letter 0x20 on, the rest
        /// to themselves), and all are in normalisation form C, so equal strings of them
        /// have equal bytes.
        @inline(__always) private func shapeBits(_ i: Int) -> UInt32 {
            let s = i & mask
            if tags[s] == i {
                let known = shapes[s]
                if known != 0 { return known }
            }
            return makeShape(i)
        }

        /// `shapeBits` of a token asked about the first time (out of line: the rules ask
        /// of the same few tokens again and again, and the inlined reads stay small).
        @inline(never) private func makeShape(_ i: Int) -> UInt32 {
            var bits = Shape.known
            let range = entry.tokens[i].range
            let a = range.utf8Start
            let e = range.utf8End
            if a >= 0, a <= e, e <= bytes.count, e - a < 1 << 21 {
                var k = a
                var plain = true
                var ascii = true
                while k < e {
                    let b = raw[k]
                    if b < 0x80 {
                        k += 1
                        continue
                    }
                    ascii = false
                    if b == 0xC2 || b == 0xC3, k + 1 < e, raw[k + 1] & 0xC0 == 0x80 {
                        k += 2
                    } else if b == 0xE2, k + 2 < e, raw[k + 1] == 0x80, raw[k + 2] >= 0x90, raw[k + 2] <= 0xA7 {
                        k += 3
                    } else {
                        plain = false
                        break
                    }
                }
                if plain {
                    bits |= Shape.byBytes | UInt32(e - a) << 8
                    if ascii { bits |= Shape.ascii }
                    if e > a {
                        let b = raw[a]
                        bits |= UInt32(b &- 0x41 < 26 ? b | 0x20 : b)
                    }
                }
            }
            let s = i & mask
            take(s, for: i)
            shapes[s] = bits
            return bits
        }

        /// Byte `k` of a byte-lowered token (`shapeBits`) at `text`, lower-cased: an ASCII
        /// capital's letter, the second byte of a Latin-1 capital (C3 80-9E but for the
        /// sign × at C3 97) plus 0x20, any other byte as it is.
        @inline(__always) static func lowerByte(_ text: UnsafeMutablePointer<UInt8>, at k: Int) -> UInt8 {
            let b = text[k]
            if b &- 0x41 < 26 { return b | 0x20 }
            if b >= 0x80, b <= 0x9E, b != 0x97, k > 0, text[k - 1] == 0xC3 { return b + 0x20 }
            return b
        }

        /// The UTF-8 length and first byte of token `i`'s lower-cased surface: from the
        /// text's bytes when `shapeBits` says so, without making the string (scans that test
        /// every word of a sentence by its length or first letter need no more).
        func shape(_ i: Int) -> (count: Int, first: UInt8?) {
            precondition(i >= 0 && i < count, "token index out of range")
            let bits = shapeBits(i)
            guard bits & Shape.byBytes != 0 else {
                let word = self[i]
                return (word.utf8.count, word.utf8.first)
            }
            let length = Int((bits >> 8) & Shape.lengthMask)
            return (length, length == 0 ? nil : UInt8(truncatingIfNeeded: bits))
        }

        /// The UTF-8 length and lower-cased first byte of token `i` when it is plain ASCII
        /// (then its lower-cased surface is its bytes with capitals lowered); nil otherwise.
        func asciiShape(_ i: Int) -> (count: Int, first: UInt8)? {
            precondition(i >= 0 && i < count, "token index out of range")
            let range = entry.tokens[i].range
            guard range.utf8Start >= 0, range.utf8Start < range.utf8End, range.utf8End <= bytes.count,
                !bytes[range.utf8Start..<range.utf8End].contains(where: { $0 >= 0x80 })
            else { return nil }
            let b = bytes[range.utf8Start]
            return (range.utf8End - range.utf8Start, b &- 0x41 < 26 ? b | 0x20 : b)
        }

        /// `asciiShape` from the token's kept shape (`shapeBits`, worked out once per token
        /// and kept for every rule that asks): nil also for a token too long for a shape, so
        /// a caller that reads nil as "ask the string" gets the same answers.
        func cachedASCIIShape(_ i: Int) -> (count: Int, first: UInt8)? {
            precondition(i >= 0 && i < count, "token index out of range")
            let bits = shapeBits(i)
            guard bits & Shape.ascii != 0 else { return nil }
            let length = Int((bits >> 8) & Shape.lengthMask)
            guard length > 0 else { return nil }
            return (length, UInt8(truncatingIfNeeded: bits))
        }

        /// Whether the first `n` bytes of token `i`, ASCII capitals lowered, are the first
        /// `n` of `key` (for a token `asciiShape` found plain ASCII and at least `n` long).
        func asciiPrefix(_ i: Int, equals key: [UInt8], count n: Int) -> Bool {
            precondition(i >= 0 && i < count && n <= key.count, "token index out of range")
            let start = entry.tokens[i].range.utf8Start
            precondition(start >= 0 && start + n <= byteCount, "token range out of the text")
            var k = 0
            while k < n {
                let b = raw[start + k]
                if (b &- 0x41 < 26 ? b | 0x20 : b) != key[k] { return false }
                k += 1
            }
            return true
        }

        /// Whether token `i`'s lower-cased surface is `word`: as `self[i] == word`, by the
        /// bytes (its length and first byte first) when the token is lowered by its bytes and
        /// `word` is ASCII (then equal strings have equal bytes), with no string made.
        /// (Inlined: its length and first byte are one masked compare of the token's shape
        /// with the word's, constants at each call.)
        @inline(__always) func eq(_ i: Int, _ word: StaticString) -> Bool {
            precondition(i >= 0 && i < count, "token index out of range")
            let bits = shapeBits(i)
            guard bits & Shape.byBytes != 0, word.isASCII else { return slowEq(i, word) }
            let n = word.utf8CodeUnitCount
            if n == 0 { return (bits >> 8) & Shape.lengthMask == 0 }
            let mask = Shape.lengthMask << 8 | 0xFF
            guard bits & mask == UInt32(truncatingIfNeeded: n) << 8 | UInt32(word.utf8Start[0]) else { return false }
            return n == 1 || restEquals(i, word)
        }

        /// `eq` of a token not lowered by its bytes, or a word beyond ASCII: as strings.
        @inline(never) func slowEq(_ i: Int, _ word: StaticString) -> Bool {
            self[i] == word.description
        }

        /// Whether the bytes of token `i` after its first, lowered, are those of `word`
        /// (`eq` with the length and first byte equal).
        @inline(never) func restEquals(_ i: Int, _ word: StaticString) -> Bool {
            let p = word.utf8Start
            let text = raw + entry.tokens[i].range.utf8Start
            var k = 1
            while k < word.utf8CodeUnitCount {
                if LowerTokens.lowerByte(text, at: k) != p[k] { return false }
                k += 1
            }
            return true
        }

        /// Whether token `i`'s lower-cased surface is in `words`: as
        /// `words.contains(self[i])`, with the token turned away by its length and first
        /// byte when it is lowered by its bytes and no word of the set has them.
        @inline(__always) func `in`(_ i: Int, _ words: TokenWordSet) -> Bool {
            precondition(i >= 0 && i < count, "token index out of range")
            let bits = shapeBits(i)
            if bits & Shape.byBytes != 0,
                !words.mayHold(count: Int((bits >> 8) & Shape.lengthMask), first: UInt8(truncatingIfNeeded: bits), ascii: bits & Shape.ascii != 0)
            {
                return false
            }
            return lookUp(i, words, bits: bits)
        }

        /// `in` past the shape's test (out of line). An ASCII token is looked up by its
        /// bytes, lowered as they are read (the table holds every word an ASCII string can
        /// equal): no string made, none hashed.
        @inline(never) func lookUp(_ i: Int, _ words: TokenWordSet, bits: UInt32) -> Bool {
            if bits & Shape.ascii != 0 {
                let range = entry.tokens[i].range
                return words.table.contains(ascii: bytes, range.utf8Start, range.utf8End, lowering: true)
            }
            return words.contains(self[i])
        }

        /// Whether token `i`'s lower-cased surface ends with the ASCII `suffix`: as
        /// `self[i].hasSuffix(suffix)`, by the bytes when the token is lowered by its bytes
        /// (its scalars are then each a character of their own, so a suffix of characters is
        /// one of bytes), with no string made.
        @inline(__always) func ends(_ i: Int, _ suffix: StaticString) -> Bool {
            precondition(i >= 0 && i < count, "token index out of range")
            let bits = shapeBits(i)
            guard bits & Shape.byBytes != 0, suffix.isASCII else { return self[i].hasSuffix(suffix.description) }
            let length = Int((bits >> 8) & Shape.lengthMask)
            let n = suffix.utf8CodeUnitCount
            guard length >= n else { return false }
            let start = entry.tokens[i].range.utf8Start
            let p = suffix.utf8Start
            var k = 0
            while k < n {
                if LowerTokens.lowerByte(raw, at: start + length - n + k) != p[k] { return false }
                k += 1
            }
            return true
        }

        /// Whether token `i`'s lower-cased surface starts with `prefix` (as
        /// `self[i].hasPrefix(prefix)`), by the bytes when the token is lowered by them and
        /// `ascii` holds the prefix's bytes (all ASCII): no string made. The token's scalars
        /// are then each a character of their own, none joining the one before it, so a
        /// prefix of characters is one of bytes.
        func hasPrefix(_ i: Int, _ prefix: String, ascii: [UInt8]?) -> Bool {
            precondition(i >= 0 && i < count, "token index out of range")
            let bits = shapeBits(i)
            guard let ascii, bits & Shape.byBytes != 0 else { return self[i].hasPrefix(prefix) }
            let n = ascii.count
            guard Int((bits >> 8) & Shape.lengthMask) >= n else { return false }
            let start = entry.tokens[i].range.utf8Start
            var k = 0
            while k < n {
                if LowerTokens.lowerByte(raw, at: start + k) != ascii[k] { return false }
                k += 1
            }
            return true
        }

        /// `map[self[i]]`, by the token's bytes when it is ASCII (no string made).
        @inline(__always) func value<Value>(_ i: Int, in map: WordMap<Value>) -> Value? {
            precondition(i >= 0 && i < count, "token index out of range")
            if shapeBits(i) & Shape.ascii != 0 {
                let range = entry.tokens[i].range
                return map.value(ascii: bytes, range.utf8Start, range.utf8End, lowering: true)
            }
            return map[self[i]]
        }

        /// Token `i`'s length in bytes and first byte (an ASCII capital lowered); (0, 0xFF)
        /// when the token is empty or out of the text.
        @inline(__always) func byteShape(_ i: Int) -> (count: Int, first: UInt8) {
            let range = entry.tokens[i].range
            guard range.utf8Start >= 0, range.utf8Start < range.utf8End, range.utf8End <= bytes.count else { return (0, 0xFF) }
            let c = raw[range.utf8Start]
            return (range.utf8End - range.utf8Start, c &- 0x41 < 26 ? c | 0x20 : c)
        }

        /// Token `i`'s first byte, an ASCII capital lowered; 0xFF when the token is empty or
        /// out of the text (a first look with no shape worked out: a token whose lower-cased
        /// surface starts with an ASCII letter other than "i" and "k" starts with that
        /// letter in either case; the callers ask further of any byte beyond ASCII).
        @inline(__always) func firstByte(_ i: Int) -> UInt8 {
            let range = entry.tokens[i].range
            guard range.utf8Start >= 0, range.utf8Start < range.utf8End, range.utf8End <= bytes.count else { return 0xFF }
            let c = raw[range.utf8Start]
            return c &- 0x41 < 26 ? c | 0x20 : c
        }

        /// Whether the last byte of token `i`'s lower-cased surface is the ASCII `b` (as
        /// `self[i].utf8.last == b`), from the text's bytes when the token is lowered by
        /// them: no string made.
        func lastByteIs(_ i: Int, _ b: UInt8) -> Bool {
            precondition(i >= 0 && i < count, "token index out of range")
            let bits = shapeBits(i)
            guard bits & Shape.byBytes != 0 else { return self[i].utf8.last == b }
            let length = Int((bits >> 8) & Shape.lengthMask)
            guard length > 0 else { return false }
            return LowerTokens.lowerByte(raw, at: entry.tokens[i].range.utf8Start + length - 1) == b
        }

        /// Whether token `i`'s lower-cased surface is `word` (as `self[i] == word`): by the
        /// bytes when the token is lowered by them and `word` is ASCII (strings of those
        /// scalars are equal exactly when their bytes are), with no string made.
        func equals(_ i: Int, _ word: String) -> Bool {
            precondition(i >= 0 && i < count, "token index out of range")
            let bits = shapeBits(i)
            if bits & Shape.byBytes != 0, let answer = word.utf8.withContiguousStorageIfAvailable({ w -> Bool? in
                var high: UInt8 = 0
                for b in w { high |= b }
                guard high < 0x80 else { return nil }
                let length = Int((bits >> 8) & Shape.lengthMask)
                guard length == w.count else { return false }
                let start = entry.tokens[i].range.utf8Start
                var k = 0
                while k < length {
                    if LowerTokens.lowerByte(raw, at: start + k) != w[k] { return false }
                    k += 1
                }
                return true
            }), let known = answer {
                return known
            }
            return self[i] == word
        }

        /// Whether token `i`'s bytes hold the ASCII byte `b` (a non-letter: lower-casing
        /// neither makes nor removes one), read in place; true when the token's range is
        /// not in the text (then its string must be asked).
        func holdsByte(_ i: Int, _ b: UInt8) -> Bool {
            precondition(i >= 0 && i < count, "token index out of range")
            let range = entry.tokens[i].range
            guard range.utf8Start >= 0, range.utf8Start <= range.utf8End, range.utf8End <= bytes.count else { return true }
            var k = range.utf8Start
            while k < range.utf8End {
                if raw[k] == b { return true }
                k += 1
            }
            return false
        }

        /// Whether token `i`'s surface is the one ASCII byte `b` ("(", ")", ","): as
        /// `entry.surface(i) == String(b)`, with no string made (no other string equals
        /// an ASCII punctuation mark's).
        func isByte(_ i: Int, _ b: UInt8) -> Bool {
            precondition(i >= 0 && i < count, "token index out of range")
            let range = entry.tokens[i].range
            return range.utf8Start >= 0 && range.utf8End == range.utf8Start + 1 && range.utf8End <= bytes.count && raw[range.utf8Start] == b
        }

        subscript(i: Int) -> String {
            precondition(i >= 0 && i < count, "token index out of range")
            let s = i & mask
            if tags[s] == i, let known = made[s] { return known }
            let bits = shapeBits(i)
            let word: String
            var holdsStorage = true
            if bits & Shape.byBytes != 0 {
                let length = Int((bits >> 8) & Shape.lengthMask)
                let start = entry.tokens[i].range.utf8Start
                let text = raw + start
                word = String(unsafeUninitializedCapacity: length) { out in
                    for k in 0..<length { out[k] = LowerTokens.lowerByte(text, at: k) }
                    return length
                }
                // Up to 15 bytes: a small string, holding no storage, whose slot needs no
                // deinitialising.
                holdsStorage = length > 15
            } else {
                word = EntryClaimReader.lowerCased(entry, token: i, bytes: bytes)
            }
            // (`shapeBits` gave the slot to this token.)
            take(s, for: i)
            made[s] = word
            if holdsStorage { madeSlots.append(Int32(s)) }
            return word
        }
    }

    /// The lower-cased surface of token `i` of `entry`, whose text's UTF-8 is `bytes`:
    /// ASCII byte by byte (as `lowercased()` maps it), anything else by `lowercased()`.
    static func lowerCased(_ entry: AnalyzedEntry, token i: Int, bytes all: UnsafeBufferPointer<UInt8>) -> String {
        let range = entry.tokens[i].range
        guard range.utf8Start >= 0, range.utf8Start <= range.utf8End, range.utf8End <= all.count else {
            return entry.surface(i).lowercased()
        }
        let part = UnsafeBufferPointer(rebasing: all[range.utf8Start..<range.utf8End])
        guard part.allSatisfy({ $0 < 0x80 }) else { return entry.surface(i).lowercased() }
        return String(unsafeUninitializedCapacity: part.count) { out in
            for (k, b) in part.enumerated() { out[k] = b &- 0x41 < 26 ? b | 0x20 : b }
            return part.count
        }
    }

    /// A figure found in a block, with its token span and sentence.
    struct Found {
        var quantity: Quantity
        /// Token indexes of the figure (first, last + 1).
        var first: Int
        var end: Int
        var sentence: Range<Int>
        /// The figure stands in the entry's headline.
        var inTitle = false
    }

    /// The figures of an entry's prose blocks, in text order. Blocks that cannot hold a
    /// figure are turned away by the parser's byte scan before any string is made, and an
    /// entry with no figure needs no reader at all (its lower-cased tokens are the reader's
    /// main set-up cost).
    static func figures(in entry: AnalyzedEntry, parser: QuantityParser) -> [Found] {
        var scratch: QuantityParser.Scratch?
        return figures(in: entry, parser: parser, scratch: &scratch)
    }

    /// `figures(in:parser:)` with the parse's buffers and catalog copy in `scratch`, made at
    /// the first block the byte scan lets through when nil, and kept for the next entry (a
    /// scratch per entry copied the whole unit catalog: 4% of the figure scan).
    static func figures(in entry: AnalyzedEntry, parser: QuantityParser, scratch: inout QuantityParser.Scratch?) -> [Found] {
        var found: [Found] = []
        let text = entry.text
        // Sentences in order and apart: the one holding a token by binary search (a linear
        // search per figure was quadratic on long paragraphs).
        let sentences = entry.sentences
        var checkedOrder: Bool?
        func sentence(holding token: Int) -> Range<Int>? {
            let ordered = checkedOrder ?? zip(sentences, sentences.dropFirst()).allSatisfy { $0.tokens.upperBound <= $1.tokens.lowerBound }
            checkedOrder = ordered
            if ordered {
                var lo = 0
                var hi = sentences.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if sentences[mid].tokens.upperBound <= token { lo = mid + 1 } else { hi = mid }
                }
                if lo < sentences.count, sentences[lo].tokens.contains(token) { return sentences[lo].tokens }
            }
            return sentences.first { $0.tokens.contains(token) }?.tokens
        }
        for block in entry.entry.blocks where block.isProse {
            let content = block.contentRange
            guard let quantities = blockQuantities(content, of: text, parser: parser, scratch: &scratch) else { continue }
            // The first block's figures at their exact size (a long paragraph's list grown
            // by doubling was up to twice the size, and held through the claims).
            if found.isEmpty { found.reserveCapacity(quantities.count) }
            // Each figure copied once, into its `Found`, and set right there.
            for q in quantities.indices {
                let range = quantities[q].range
                let shifted = TextRange(utf8Start: range.utf8Start + content.utf8Start, utf8End: range.utf8End + content.utf8Start)
                guard let (first, end) = tokenSpan(shifted, in: entry.tokens) else { continue }
                // The sentence always covers the figure: a figure whose last token falls in
                // the next sentence would leave rules reading `end..<sentence.upperBound` an
                // inverted range.
                let held = sentence(holding: first) ?? first..<end
                let sentence = held.lowerBound..<max(held.upperBound, end)
                found.append(Found(quantity: quantities[q], first: first, end: end, sentence: sentence, inTitle: block.kind == .title))
                let last = found.count - 1
                found[last].quantity.range = shifted
                if found[last].quantity.unit == "JPY", found[last].quantity.text.hasPrefix("¥"), yuanByContext(sentence, in: entry) {
                    found[last].quantity.unit = "CNY"
                    found[last].quantity.si = found[last].quantity.si.map { SIValue(value: $0.value, upper: $0.upper, unit: "CNY") }
                }
            }
            // The block's bytes in place for the two byte tests below (a substring of the
            // block cost more than either test).
            let (mayHoldRaceTime, mayHoldPartCompound) = blockBytes(content, of: text) {
                (Self.mayHoldRaceTime(bytes: $0), Self.mayHoldPartCompound(bytes: $0))
            }
            // "won in 2:06:41": race times, which the parser leaves (`raceTimeClaim` reads them).
            if mayHoldRaceTime {
                for q in raceTimes(in: content, of: entry) {
                    guard let (a, b) = tokenSpan(q.range, in: entry.tokens) else { continue }
                    // "3:53.41": the parser's "3" inside the time is no figure of its own.
                    found.removeAll {
                        $0.quantity.range.utf8Start >= q.range.utf8Start && $0.quantity.range.utf8Start < q.range.utf8End
                    }
                    found.append(Found(quantity: q, first: a, end: b, sentence: sentence(holding: a) ?? a..<b, inTitle: block.kind == .title))
                }
                found.sort { $0.quantity.range < $1.quantity.range }
            }
            // "the eight-carriage train": a word number glued to a vehicle's part, which the
            // parser (reading numbers, not compounds) leaves; `compoundCount` reads its claim.
            let before = found.count
            let compounds = mayHoldPartCompound ? wordNumberCompounds(in: content, of: entry) : []
            for k in compounds {
                let token = entry.tokens[k]
                let surface = entry.surface(k)
                guard let dash = surface.firstIndex(of: "-"),
                    let value = wordNumberCompoundValues[String(surface[..<dash]).lowercased()],
                    !found.contains(where: { tokenSpan($0.quantity.range, in: entry.tokens).map { $0.0 <= k && k < $0.1 } ?? false })
                else { continue }
                let length = surface[..<dash].utf8.count
                let range = TextRange(utf8Start: token.range.utf8Start, utf8End: token.range.utf8Start + length)
                let q = Quantity(
                    value: value, unit: "count", bound: .exact, range: range, text: String(surface[..<dash]), rule: "quantity.word-number",
                    si: SIValue(value: value, unit: "count"))
                found.append(Found(quantity: q, first: k, end: k + 1, sentence: sentence(holding: k) ?? k..<(k + 1), inTitle: block.kind == .title))
            }
            if found.count > before { found.sort { $0.quantity.range < $1.quantity.range } }
        }
        return found
    }

    /// The figures of the block at `content` in `text` (the entry's), or nil when the
    /// parser's byte scan turns the block away: read from the entry's bytes in place (a
    /// substring per block cost more than the scan that turns most blocks away), the
    /// scratch made at the first block let through.
    static func blockQuantities(
        _ content: TextRange, of text: String, parser: QuantityParser, scratch: inout QuantityParser.Scratch?
    ) -> [Quantity]? {
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> [Quantity]? {
            guard parser.mayHoldQuantities(bytes: bytes) else { return nil }
            if scratch == nil { scratch = parser.makeScratch() }
            return parser.quantities(gatedBytes: bytes, joiningDurationsAcrossWords: true, readingRates: true, scratch: scratch!)
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable({ read(UnsafeBufferPointer(rebasing: $0[content.utf8Start..<content.utf8End])) }) {
            return answer
        }
        return Array(text.slice(content).utf8).withUnsafeBufferPointer { read($0) }
    }

    /// `body` of the UTF-8 bytes of the block at `content` in `text` (the entry's), read in
    /// place when the text's storage is contiguous.
    static func blockBytes<T>(_ content: TextRange, of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[content.utf8Start..<content.utf8End])) }) {
            return answer
        }
        return Array(text.slice(content).utf8).withUnsafeBufferPointer { body($0) }
    }

    /// Whether the UTF-8 `bytes` of a text hold "-ca", "-co", "-wa" or "-st"
    /// ("eight-carriage", "six-coach", "ten-wagon", "four-storey"), the only compounds
    /// `wordNumberCompounds` reads: one pass over the bytes (Foundation's substring search
    /// per block cost more than the rest of the claim stage's figure scan). The bytes are
    /// read in place, a dash looked for first (iterating a substring's UTF-8 view byte by
    /// byte cost some twenty instructions a byte).
    static func mayHoldPartCompound(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, let base = bytes.baseAddress else { return false }
        let end = bytes.count - 2
        // From dash to dash (`firstOffset`), not byte by byte.
        var from = 0
        while let k = firstOffset(of: 0x2D, in: bytes, from: from, to: end) {
            let c = base[k + 1]
            let d = base[k + 2]
            if (c == 0x63 && (d == 0x61 || d == 0x6F)) || (c == 0x77 && d == 0x61) || (c == 0x73 && d == 0x74) { return true }
            from = k + 1
        }
        return false
    }

    /// Word numbers a compound count may start with ("eight-carriage").
    static let wordNumberCompoundValues: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "twenty": 20,
    ]

    /// Parts of a vehicle counted in a compound: "a six-car train", "the eight-carriage
    /// service". Other compounds ("a three-day strike", "a five-star hotel") are left to
    /// the parser's own reading.
    /// A building's storeys are counted the same way: "the four-storey warehouse".
    static let vehiclePartNouns: Set<String> = ["carriage", "coach", "wagon", "car", "storey", "story"]

    /// Word tokens of a block written "<word number>-<vehicle part>" ("eight-carriage").
    static func wordNumberCompounds(in content: TextRange, of entry: AnalyzedEntry) -> [Int] {
        guard let (first, end) = tokenSpan(content, in: entry.tokens) else { return [] }
        return (first..<end).filter { k in
            let token = entry.tokens[k]
            guard token.kind == .word, token.range.utf8End - token.range.utf8Start >= 7 else { return false }
            let surface = entry.surface(k).lowercased()
            guard let dash = surface.firstIndex(of: "-") else { return false }
            return wordNumberCompoundValues[String(surface[..<dash])] != nil
                && vehiclePartNouns.contains(String(surface[surface.index(after: dash)...]))
        }
    }

    /// Whether a bare "¥" in `sentence` is the yuan: the sentence names China ("¥18bn from a
    /// Chinese bank"), or names neither country and the entry names China and not Japan.
    static func yuanByContext(_ sentence: Range<Int>, in entry: AnalyzedEntry) -> Bool {
        func says(_ words: [String], in range: Range<Int>) -> Bool {
            range.contains { k in
                let t = entry.tokens[k]
                return t.kind == .word && words.contains { entry.surface(k).lowercased().hasPrefix($0) }
            }
        }
        let chinese = ["china", "chinese", "yuan", "renminbi", "rmb", "beijing"]
        let japanese = ["japan", "yen", "tokyo"]
        if says(japanese, in: sentence) { return false }
        if says(chinese, in: sentence) { return true }
        let all = entry.tokens.indices
        return says(chinese, in: all) && !says(japanese, in: all)
    }

    /// The claims of the figures `found` (from `figures(in:parser:)`).
    mutating func claims(of found: [Found]) -> [Claim] {
        var claims: [Claim] = []
        claims.reserveCapacity(found.count)
        var consumed = [Bool](repeating: false, count: found.count)
        // By SI unit, the last claim with a subject of its own (a search back through the
        // claims per claim was quadratic on long paragraphs): a few units per entry, so a
        // short list searched in order (a dictionary hashed each unit string).
        var lastWithSubject: [(unit: String?, index: Int)] = []
        // By index, each figure read in place (a loop over `enumerated()` copied every
        // figure, with every string of its quantity retained).
        for n in found.indices where !consumed[n] && !isRestatement(first: found[n].first) {
            let f = found[n]
            // "raise the pension age from 66 to 67": the level before and the level after.
            if let pair = changeFromTo(f) {
                claims.append(contentsOf: pair)
                continue
            }
            // The rules write the claim into its slot at the array's end, an empty claim
            // appended first and dropped when no rule reads the figure (a claim is a large
            // value: each rule's answer returned through the rules before it was copied,
            // every string of it retained and released).
            let c = claims.count
            let read: Bool
            if c > 0, mayReadPrevious(f) {
                // The last claim, copied once (not once per rule that reads it), and only
                // when a rule may read it.
                let previous = claims[c - 1]
                claims.append(.empty)
                read = firstClaim(f, previous: previous, into: &claims[c])
                if read { shareOfSameSum(&claims[c], f, previous: previous) }
            } else {
                // With no claim before to read, `priorValue`, `subsetOfPrevious`,
                // `tallyClaim` and `shareOfSameSum` have nothing to answer: only
                // `claim(for:)` is asked (and no optional claim is passed around).
                claims.append(.empty)
                read = claim(for: f, into: &claims[c])
            }
            guard read else {
                claims.removeLast()
                continue
            }
            // Money with no subject of its own ("another £100m was paid in April") is a
            // tranche of the last sum the entry named a subject for.
            // (Money first: the earlier claim is read only for a sum.)
            if claims[c].rule == .claimNearestNoun || claims[c].rule == .claimMoneyMoved, self.dimension(of: claims[c].quantity.unit) == "money",
                case let siUnit = claims[c].quantity.si?.unit,
                let p = lastWithSubject.first(where: { $0.unit == siUnit })?.index,
                continuesSum(f, previous: claims[p], subject: claims[c].subject)
            {
                claims[c].subject = claims[p].subject
                claims[c].subjectKey = claims[p].subjectKey
                claims[c].subjectID = claims[p].subjectID
                claims[c].rule = .claimSameSum
            }
            // "2,500 km (1,500 miles)": the bracketed figure is the same claim stated again.
            var m = n + 1
            // (`bracketed`'s first test asked of the index first: passing a figure copies it.)
            while m < found.count, found[m].first == f.end + 1, let alternative = bracketed(found[m], after: f.end, of: f.quantity) {
                claims[c].alternatives.append(alternative)
                consumed[m] = true
                m += 1
            }
            if claims[c].rule != .claimNearestNoun && !claims[c].subject.isEmpty {
                let unit = claims[c].quantity.si?.unit
                if let i = lastWithSubject.firstIndex(where: { $0.unit == unit }) {
                    lastWithSubject[i].index = c
                } else {
                    lastWithSubject.append((unit, c))
                }
            }
        }
        // "this figure (£22,450,772, to be precise)": a bracketed figure after "figure" or
        // "sum" restates the last claim of its dimension.
        for n in found.indices where !consumed[n] && isRestatement(first: found[n].first) {
            let f = found[n]
            guard let k = claims.lastIndex(where: { $0.range.utf8End <= f.quantity.range.utf8Start && $0.quantity.si?.unit == f.quantity.si?.unit })
            else { continue }
            claims[k].alternatives.append(f.quantity)
        }
        // Mostly in order already: then no sorted copy (the sort is stable, so the order
        // is the same).
        if claims.indices.dropFirst().allSatisfy({ !(claims[$0].range < claims[$0 - 1].range) }) { return claims }
        return claims.sorted { $0.range < $1.range }
    }

    /// Writes the claim of figure `f`, whose rules may read the claim `previous` before
    /// it, into `claim` and answers true, or answers false: `priorValue`, `claim(for:)`,
    /// `subsetOfPrevious`, then `tallyClaim`, the first that answers.
    @inline(__always) func firstClaim(_ f: Found, previous: Claim, into claim: inout Claim) -> Bool {
        priorValue(f, previous, into: &claim) || self.claim(for: f, into: &claim)
            || subsetOfPrevious(f, previous, into: &claim) || tallyClaim(f, previous, into: &claim)
    }

    /// Whether `priorValue`, `subsetOfPrevious`, `tallyClaim` or `shareOfSameSum` can read
    /// the claim before figure `f`: each needs a word right before the figure (or "of
    /// them" after a count) that these tokens lack; with `false`, all four answer for the
    /// last claim as for none (a claim is a large value: copying it retained every string).
    func mayReadPrevious(_ f: Found) -> Bool {
        let s = f.sentence
        let before = f.first - 1
        guard before >= s.lowerBound else {
            // Only "of them" after a count is left.
            return f.quantity.unit == "count" && f.end + 1 < s.upperBound && lower.eq(f.end, "of")
        }
        // `priorValue`: "..., to 540p", "up from £61m".
        if lower.eq(before, "from") || lower.eq(before, "to") { return true }
        // `shareOfSameSum`: "... or 4% of turnover".
        if lower.eq(before, "or") || lower.eq(before, "and") { return true }
        guard f.quantity.unit == "count" else { return false }
        // `tallyClaim`: a capitalised word right before; `subsetOfPrevious`: "including 40",
        // "12 of them".
        return isCap(before) || lower.eq(before, "including") || lower.eq(before, "includes") || lower.eq(before, "include")
            || (f.end + 1 < s.upperBound && lower.eq(f.end, "of"))
    }

    /// Modifiers that make a fee or a price another sum than the plain one: "a loan fee",
    /// "a release clause", "a sell-on fee".
    static let distinctSumModifiers: TokenWordSet = [
        "loan", "agent", "agents", "signing-on", "sell-on", "release", "legal", "entry", "appearance", "tuition", "licence",
        "license", "booking", "exit", "termination", "buy-back", "buyout", "loyalty", "image",
    ]

    static let estimateVerbs: TokenWordSet = ["put", "puts", "putting", "estimated", "estimates", "estimate", "placed", "places", "valued", "values"]

    /// The noun a count or sum belongs to when it stands before the figure: "put the crowd
    /// at nearer 5,000", "estimates the cost of the damage at about £10m", "bringing the
    /// force's total to 61".
    func countOwner(_ f: Found) -> Subject? {
        let s = f.sentence
        let before = f.first - 1
        guard before > s.lowerBound else { return nil }
        if (lower.eq(before, "at") || lower.eq(before, "to") || lower.eq(before, "of")), lower.eq(before - 1, "total") {
            var k = before - 1
            while k > s.lowerBound, isWord(k - 1) || entry.tokens[k - 1].kind == .possessive, !isFunction(k - 1) { k -= 1 }
            return Subject(text: slice(k..<before), head: "total", tokens: k..<before)
        }
        // "took the total number of survivors to 104", "the total of rescues to 230": the
        // total and what it counts.
        if (lower.eq(before, "at") || lower.eq(before, "to")),
            let total = (max(s.lowerBound, before - 7)..<before).last(where: { lower.eq($0, "total") }),
            let of = (total + 1..<before).first(where: { lower.eq($0, "of") }), of <= total + 2,
            of == total + 1 || lower.eq(total + 1, "number"), of + 1 < before,
            (of + 1..<before).allSatisfy({ isWord($0) }), !isFunction(before - 1)
        {
            return Subject(text: slice(total..<before), head: lower[before - 1], tokens: total..<before)
        }
        // "bringing the total rescued to 230": the total and the participle that names it.
        if (lower.eq(before, "at") || lower.eq(before, "to")), before - 2 >= s.lowerBound, lower.eq(before - 2, "total"), isWord(before - 1),
            lower.ends(before - 1, "ed"), lower.value(before - 1, in: words.eventParticiples) != nil || lower[before - 1].count > 4
        {
            var subject = Subject(text: slice((before - 2)..<before), head: lower[before - 1], tokens: (before - 2)..<before)
            subject.key = "total " + lower[before - 1]
            return subject
        }
        // "a crowd of 9,000", "a death toll of 40": the noun before "of".
        if lower.eq(before, "of"), isWord(before - 1), !isFunction(before - 1), !isCap(before - 1),
            !(lower.eq(before - 1, "one") || lower.eq(before - 1, "out") || lower.eq(before - 1, "up") || lower.eq(before - 1, "some") || lower.eq(before - 1, "most") || lower.eq(before - 1, "many") || lower.eq(before - 1, "each") || lower.eq(before - 1, "all") || lower.eq(before - 1, "none") || lower.eq(before - 1, "any") || lower.eq(before - 1, "part") || lower.eq(before - 1, "average") || lower.eq(before - 1, "maximum") || lower.eq(before - 1, "minimum") || lower.eq(before - 1, "median") || lower.eq(before - 1, "mean")),
            f.end >= s.upperBound || !isWord(f.end) || isFunction(f.end) || lower.in(f.end, Self.verbStops) || lower.ends(f.end, "ed")
        {
            // "a loan fee of £3m", "the death toll of 40": one modifying noun after a determiner.
            var start = before - 1
            let m = start - 1
            if m - 1 >= s.lowerBound, isWord(m), !isFunction(m), !isCap(m), !lower.ends(m, "ed"), !lower.ends(m, "ly"),
                !lower.ends(m, "ing"), !lower.in(m, words.clauseVerbs), !lower.in(m, Self.changeVerbs),
                lower.value(m, in: words.measureVerbs) == nil, !lower.in(m, Self.spendVerbs), !lower.in(m, Self.verbStops),
                (lower.eq(m - 1, "a") || lower.eq(m - 1, "an") || lower.eq(m - 1, "the") || lower.eq(m - 1, "its") || lower.eq(m - 1, "their") || lower.eq(m - 1, "his") || lower.eq(m - 1, "her") || lower.eq(m - 1, "this") || lower.eq(m - 1, "that")) || entry.tokens[m - 1].kind == .possessive
            {
                start = m
            }
            var subject = Subject(text: slice(start..<before), head: lower[before - 1], tokens: start..<before)
            // "a loan fee of £3m" is another sum than the transfer fee: its own key.
            if start < before - 1, lower.in(start, Self.distinctSumModifiers) {
                subject.key = lower[start] + " " + Self.singular(lower[before - 1])
            }
            return subject
        }
        guard lower.eq(before, "at") else { return nil }
        var k = before - 1
        while k > s.lowerBound, k > before - 8 {
            if lower.in(k, Self.estimateVerbs) {
                var m = k + 1
                while m < before, (lower.eq(m, "the") || lower.eq(m, "a") || lower.eq(m, "an") || lower.eq(m, "its") || lower.eq(m, "their")) { m += 1 }
                guard m < before else { return nil }
                var end = before
                while end > m, !isWord(end - 1) { end -= 1 }
                let head = (m..<end).first { (lower.eq($0, "of") || lower.eq($0, "for")) }.map { $0 - 1 } ?? (end - 1)
                return Subject(text: slice(m..<end), head: lower[head], tokens: m..<end)
            }
            k -= 1
        }
        return nil
    }

    /// "this figure (£22,450,772, to be precise)": a bracketed figure after a noun that
    /// points back to a figure already stated.
    func isRestatement(_ f: Found) -> Bool { isRestatement(first: f.first) }

    /// `isRestatement` of a figure whose first token is `first` (asked with the index
    /// alone: passing the figure copied it, every string of its quantity retained).
    func isRestatement(first: Int) -> Bool {
        first >= 2 && lower.isByte(first - 1, UInt8(ascii: "("))
            && (lower.eq(first - 2, "figure") || lower.eq(first - 2, "sum") || lower.eq(first - 2, "amount") || lower.eq(first - 2, "total") || lower.eq(first - 2, "bill"))
    }

    /// The tokens covering a range.
    func tokenSpan(_ range: TextRange) -> (Int, Int)? { Self.tokenSpan(range, in: entry.tokens) }

    static func tokenSpan(_ range: TextRange, in tokens: [Token]) -> (Int, Int)? {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.utf8End <= range.utf8Start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < tokens.count, tokens[end].range.utf8Start < range.utf8End { end += 1 }
        return end > lo ? (lo, end) : nil
    }

    /// `g` as a bracketed restatement of `q` right after it: "(1,500 miles)", "(1600km)".
    func bracketed(_ g: Found, after end: Int, of q: Quantity) -> Quantity? {
        guard g.first == end + 1, lower.isByte(end, UInt8(ascii: "(")), g.end < entry.tokens.count,
            lower.isByte(g.end, UInt8(ascii: ")")) || lower.isByte(g.end, UInt8(ascii: ",")) || lower.eq(g.end, "to"),
            let a = g.quantity.si, let b = q.si, a.unit == b.unit, a.unit != "count"
        else { return nil }
        return g.quantity
    }

    // MARK: One claim

    /// Writes the claim of figure `f` into `claim` and answers true, or answers false when
    /// the figure is no claim. Each rule below does the same: it writes the whole claim
    /// into the caller's slot (`fill`) only when it reads the figure, so a claim is made
    /// once, where it stays, and a rule that does not answer costs no claim at all.
    func claim(for f: Found, into claim: inout Claim) -> Bool {
        var q = f.quantity
        if q.rule == .quantityRaceTime { return raceTimeClaim(f, into: &claim) }
        if q.unit == "count", f.end < lower.count, isOClock(f.end) { return false }
        if isOrdinalDay(f) { return false }
        // "2.1m registered voters": millions of a counted noun, not metres.
        if isMillionsNotMetres(f) { Self.readAsMillions(&q) }
        // "300m kroner" on a page about Denmark: the Danish krone.
        if let code = currencyByContext(q, sentence: f.sentence) {
            q.unit = code
            q.si = q.si.map { SIValue(value: $0.value, upper: $0.upper, unit: code) }
        }
        // "bookings were down by a third": a change in per cent.
        if let change = fractionChange(f) { q = change }
        // "km/h" is a speed; "USD/barrel" is money per something (a unit with no "/" is its
        // own first part: no split).
        let dimension = self.dimension(of: q.unit)
            ?? (q.unit.utf8.contains(UInt8(ascii: "/")) ? q.unit.split(separator: "/").first.flatMap { units.dimension(of: String($0)) } : nil)
            ?? "count"
        let perUnit = q.unit.utf8.contains(UInt8(ascii: "/"))
        // The dimension compared once with each name the rules below ask about (a string
        // compared per question called the runtime's comparison for every unequal pair).
        // (By its length and first byte first: the string compared only with the one name
        // of its shape, an equal pair the runtime answers at once.)
        let shape = (dimension.utf8.count, dimension.utf8.first ?? 0)
        let isMoney = shape == (5, UInt8(ascii: "m")) && dimension == "money"
        let isCountDimension = shape == (5, UInt8(ascii: "c")) && dimension == "count"
        let isDuration = shape == (8, UInt8(ascii: "d")) && dimension == "duration"
        let isLength = shape == (6, UInt8(ascii: "l")) && dimension == "length"
        let isPercent = shape == (7, UInt8(ascii: "p")) && dimension == "percent"
        let isSpeed = shape == (5, UInt8(ascii: "s")) && dimension == "speed"
        if perUnit && isMoney { return false }
        // The unit asked about below again and again, compared once.
        let isCount = q.unit == "count"
        var subject: Subject?
        // "1.68 million barrels a day" (bbl/d): an amount per time is a rate.
        let isRate = perUnit && self.dimension(of: q.unit) == nil && !isMoney
            && q.unit.split(separator: "/").last.flatMap({ units.dimension(of: String($0)) }) == "duration"
        var attribute = isRate ? "rate" : Self.defaultAttribute[dimension] ?? dimension
        var rule = RuleID.claimNearestNoun
        let before = f.first - 1

        // "a 212-page report", "passed by 312 votes to 287", "48 injured".
        if isCount {
            if ratingClaim(f, into: &claim) { return true }
            if fixedCount(f, into: &claim) { return true }
            if compoundCount(f, into: &claim) { return true }
            if voteTally(f, into: &claim) { return true }
            if elidedParticiple(f, into: &claim) { return true }
            if lengthInUnits(f, into: &claim) { return true }
        }
        // "took 4-52", "12 comments" alone on a line: a score, figures, page furniture.
        if isScoreOrChrome(f) { return false }
        // "Chief Jane Doe, 44, said": an age; "Campsites closed: 140": a labelled count.
        if isCount {
            if personAge(f, into: &claim) { return true }
            if labelledCount(f, into: &claim) { return true }
        }
        if isLength || isSpeed, fixedMeasure(f, dimension: dimension, into: &claim) { return true }
        if isLength, depthBelowSurface(f, into: &claim) { return true }
        // Definite references ("the two leaders") and relative times are no claims; a
        // measured compound after "the" is one ("The 48-hour strike").
        let definiteCount = definiteCountStands(f) || wholeCompanyCountStands(f)
        if before >= f.sentence.lowerBound, lower.in(before, words.definiteDeterminers),
            isCount || isCountDimension || !isCompound(f),
            // "140 of its 1,400 stores": the whole a part was taken of is a count.
            !(before - 2 >= f.sentence.lowerBound && lower.eq(before - 1, "of") && entry.tokens[before - 2].kind == .number),
            // "the seven carriages of the train": what the things belong to.
            !definiteCount,
            // "The 180,000 cubic metres of contaminated water that escaped": a measure of a
            // substance, stated with "the", is the story's figure.
            !definiteMeasureOf(f, isCount: isCount || isCountDimension || isDuration)
        {
            return false
        }
        if isDuration {
            if f.end < entry.tokens.count, lower.in(f.end, words.relativeAfter) { return false }
            if before >= f.sentence.lowerBound, lower.in(before, words.relativeBefore),
                // "will last 24 hours": the verb, not "the last 24 hours".
                !(lower.eq(before, "last") && before > f.sentence.lowerBound && lower.in(before - 1, Self.modalsBeforeLast))
            {
                return false
            }
        }
        // "one in five staff": a share of 20%, not a count of five.
        if before > f.sentence.lowerBound, lower.eq(before, "in"), (lower.eq(before - 1, "one") || lower.eq(before - 1, "1")) {
            return oneInShare(f, into: &claim)
        }
        if isCount, isPartOfName(f) { return false }
        if isCount, isIndexPoints(f) {
            indexLevel(f, into: &claim)
            return true
        }
        if isCount || isCountDimension, magnitudeClaim(f, into: &claim) { return true }
        if isCount, let whole = partOfWhole(f) {
            fill(&claim, for: f, quantity: q, subject: whole, attribute: "count", rule: .claimElidedNoun)
            return true
        }
        if isCount || isCountDimension, subsetClaim(f, into: &claim) { return true }
        if isCount || isCountDimension {
            // "two-thirds of voters", "more than half of the reefs": a share.
            if q.value < 1, q.value > 0, lower.indices.contains(f.end), lower.eq(f.end, "of"),
                let np = sharedNounPhrase(from: f.end + 1, in: f.sentence)
            {
                q.value = q.value * 100
                q.unit = "%"
                q.si = SIValue(value: q.value, unit: "%")
                q.precisionExponent = 0
                fill(&claim, for: f, quantity: q, subject: np, attribute: "share", rule: .claimFractionOf)
                return true
            }
            guard q.value >= 2, q.value == q.value.rounded() else { return false }
            // "88 remain in intensive care": where the counted are, not "remain".
            if let place = remainingIn(f) {
                fill(&claim, for: f, quantity: q, subject: place, attribute: "count", rule: .claimElidedNoun)
                return true
            }
            // "3 more people have been arrested": an increment, not the total.
            let nounStart = incrementAfter(f) ? f.end + 1 : f.end
            let phrase = nounPhrase(from: nounStart, in: f.sentence)
            guard let np = phrase == nil ? nil : pluralHead(phrase!, in: f.sentence), !Self.notCounted.contains(np.head),
                !(np.tokens.count == 1 && (np.head.hasSuffix("ed") || np.head.hasSuffix("ly")) && !isCap(np.tokens.lowerBound)),
                // "England 2", "Countdown 6": a capital after a number is a name, not a counted
                // noun, outside a headline written in title case.
                !(allCap(np.tokens) && !np.head.hasSuffix("s") && !f.inTitle && !words.peopleNouns.contains(np.head))
            else {
                // "There are 14,820 in the arena", "There were 300 at the vigil": those present.
                if let place = countInPlace(f) {
                    fill(&claim, for: f, quantity: q, subject: place, attribute: "attendance", rule: .claimCountInPlace)
                    return true
                }
                // "put the crowd at 5,000", "bringing the force's total to 61": the count of
                // a noun named before it.
                if let owner = countOwner(f) {
                    fill(&claim, for: f, quantity: q, subject: owner, attribute: "count", rule: .claimCountOf)
                    return true
                }
                // "the waiting list stands at 7.4 million", "rose by 12,000 to 7.6 million".
                if let (owner, change) = levelOwner(f) {
                    fill(&claim, for: f, quantity: q, subject: owner, attribute: change ? "change" : "count", rule: .claimVerbSubject)
                    return true
                }
                // "as many as 40,000 by police estimates": the crowd's size.
                if crowdEstimate(f, into: &claim) { return true }
                // "more than 900 are injured": the participle names what is counted.
                var k = f.end
                while k < f.sentence.upperBound, k < f.end + 3, (lower.eq(k, "are") || lower.eq(k, "were") || lower.eq(k, "have") || lower.eq(k, "has") || lower.eq(k, "had") || lower.eq(k, "been") || lower.eq(k, "now") || lower.eq(k, "also") || lower.eq(k, "reported") || lower.eq(k, "more")) { k += 1 }
                if k > f.end, k < f.sentence.upperBound, let key = lower.value(k, in: words.eventParticiples) {
                    var subject = Subject(text: slice(k..<(k + 1)), head: lower[k], tokens: k..<(k + 1))
                    subject.key = key
                    fill(&claim, for: f, quantity: q, subject: subject, attribute: incrementAfter(f) || (lower.eq(f.end, "more") || lower.eq(f.end, "further")) ? "additional count" : "count", rule: .claimCountedNoun)
                    return true
                }
                // "1,214 were diagnosed with dementia": the participle and what follows it.
                if k > f.end, let subject = participleSubject(k, in: f.sentence) {
                    fill(&claim, for: f, quantity: q, subject: subject, attribute: "count", rule: .claimElidedNoun)
                    return true
                }
                return false
            }
            subject = np
            attribute = "count"
            rule = definiteCount ? .claimDefiniteCount : .claimCountedNoun
            // "23 people have been arrested": a count of arrests; "arrested 290 people" too.
            if words.peopleNouns.contains(np.head) {
                var b = f.first - 1
                while b > f.sentence.lowerBound, (lower.eq(b, "now") || lower.eq(b, "have") || lower.eq(b, "has") || lower.eq(b, "had") || lower.eq(b, "so") || lower.eq(b, "far") || lower.eq(b, "already")) { b -= 1 }
                if b >= f.sentence.lowerBound, let key = lower.value(b, in: words.eventParticiples) {
                    subject?.text = entry.surface(b) + " " + np.text
                    subject?.key = key
                }
            }
            if words.peopleNouns.contains(np.head), subject?.key.isEmpty ?? true {
                var k = np.tokens.upperBound
                while k < min(f.sentence.upperBound, np.tokens.upperBound + 5) {
                    if let key = lower.value(k, in: words.eventParticiples) {
                        subject?.text = np.text + " " + entry.surface(k)
                        subject?.key = key
                        break
                    }
                    if !isWord(k) { break }
                    k += 1
                }
            }
        }
        if let cue = attributeCue(f, dimension: dimension) { attribute = cue }
        if subject == nil, q.unit != "count" {
            // "44-year-old Jane Doe": the name after the age.
            if let name = ageBeforeName(f) {
                subject = name
                rule = .claimCompoundModifier
            } else if let label = lineLabel(f) {
                // "Area burned: 23,000 hectares": the line's label.
                subject = label
                rule = .claimLabelValue
            } else if let (s, a, r) = subjectOfMeasure(f, dimension: dimension) {
                subject = s
                if let a { attribute = a }
                rule = r
            }
            // "It weighs 4.2 kg": no rule found more than the pronoun.
            if subject == nil, let antecedent = clausePronounAntecedent(f) {
                subject = antecedent
                rule = .claimPronounAntecedent
            }
        }
        if isMoney, let s = subject, rule == .claimNearestNoun || rule == .claimVerbSubject || rule == .claimObjectOf,
            let named = namedByVerb(f, subject: s)
        {
            subject = named
            // "The operator has been fined £2.1m": the passive verb right before the sum ties
            // it to the clause's subject.
            if rule == .claimNearestNoun, before >= f.sentence.lowerBound, lower.eq(before, "fined") { rule = .claimVerbSubject }
        }
        // "debt reached 98% of GDP": the base the share is taken of.
        if isPercent, rule != .claimShareOf, var s = subject, let base = shareBase(f) {
            s.text += " (share of \(base))"
            subject = s
        }
        // "$64.85 a barrel": a price; "₦1,512 to the dollar": an exchange rate.
        if isMoney, let per = pricePer(f) { attribute = per }
        if isDuration, rule == .claimNearestNoun, isMargin(f) { attribute = "margin" }
        if isSpeed, rule == .claimNearestNoun || rule == .claimVerbSubject, let wind = windSubject(f) {
            subject = wind
            rule = .claimWindSpeed
        }
        if isMoney, let s = subject, let key = prizeFundKey(s) { subject?.key = key }
        if endsIncrementPhrase(at: before, in: f.sentence) || incrementAfter(f) {
            attribute = "additional " + attribute
        }
        // "town (distance from Reykjavik)", "Paylane (after the cyber attack)": the point
        // a distance or a time is measured from.
        // ("objects as small as 2.5m from orbit" is a size, not a distance from orbit).
        // ("stay 10 metres away from a downed line" is measured from the line itself.)
        if isLength || isDuration, rule != .claimAsAdjectiveAs, rule != .claimDistanceFrom || keptAwayFrom(f) == nil {
            let (point, keyless) = anchored(subject, f, dimension: dimension, attribute: attribute)
            if keyless {
                fill(&claim, for: f, quantity: q, subject: point, attribute: attribute, rule: rule)
                claim.subjectKey = ""
                claim.subjectID = nil
                return true
            }
            subject = point
        }
        // "The operator lowered the reservoir for five weeks", "The company had invested
        // $38m": what the weeks or the sum were of.
        if rule == .claimNearestNoun, attribute != "age", isDuration || isMoney || isPercent, let s = subject, !s.text.hasSuffix(")"),
            let verbPhrase = predicate(of: f, after: s, allowingStates: isDuration)
        {
            fill(&claim, for: f, quantity: q, subject: subject, attribute: attribute, rule: rule)
            claim.subject += " (\(verbPhrase))"
            return true
        }
        fill(&claim, for: f, quantity: q, subject: subject, attribute: attribute, rule: rule)
        return true
    }

    static let defaultAttribute: WordMap<String> = [
        "length": "distance", "duration": "duration", "money": "cost", "percent": "share", "count": "count",
        "mass": "weight", "speed": "speed", "area": "area", "volume": "volume", "temperature": "temperature",
        "percentage-point": "change", "data": "size", "energy": "energy", "power": "power", "frequency": "frequency",
        "pressure": "pressure",
    ]

    /// Dimensions whose claims carry their SI value (`Claim.si`).
    static let siDimensions: TokenWordSet = ["length", "duration", "count", "percent", "percentage-point", "magnitude"]

    /// Nouns after a number that do not make it a count of things.
    static let notCounted: TokenWordSet = [
        "times", "time", "ways", "way", "things", "thing", "sides", "side", "parts", "part", "reasons", "reason",
        "percent", "points", "point", "more", "other", "others", "another", "kinds", "types", "sorts",
        "stage", "stages", "lot", "lots", "earlier", "previously", "before", "yesterday", "today", "draw", "win", "defeat", "victory", "loss", "lead", "scoreline",
    ]

    /// Words before "last" that make it the verb: "will last 24 hours", "to last a week".
    static let modalsBeforeLast: TokenWordSet = [
        "will", "would", "could", "should", "may", "might", "can", "to", "did", "does", "do", "not", "'ll", "must",
    ]

    /// The claim of figure `f` (`fill` into an empty claim), for a rule that makes more
    /// than one.
    func makeClaim(_ f: Found, quantity: Quantity, subject: Subject?, attribute: String, rule: RuleID) -> Claim {
        var claim = Claim.empty
        fill(&claim, for: f, quantity: quantity, subject: subject, attribute: attribute, rule: rule)
        return claim
    }

    /// Writes the claim of figure `f` into `claim`, every field of it (so whatever a rule
    /// tried before is gone): the slot the caller owns, where the claim stays (a claim
    /// made and returned was copied at each rule it passed through, every string of it
    /// retained and released).
    func fill(_ claim: inout Claim, for f: Found, quantity: consuming Quantity, subject: Subject?, attribute: String, rule: RuleID) {
        let subjectText = subject?.text ?? ""
        let key = subject.map { subjectKey($0) } ?? ""
        // Money has no SI unit: the claim's figure stays in its currency. Temperatures,
        // speeds, masses, data sizes ... stay in the page's unit too ("15C", "70mph",
        // "30 t"): the contract compares those as written, and only lengths and durations
        // in SI (a figure in kelvin or m/s matched no reference). The quantity keeps its
        // SI value for the cross-check.
        // A rate ("bbl/d") stays in the page's unit too, as speeds do.
        let si = self.dimension(of: quantity.unit).map { Self.siDimensions.contains($0) } ?? !quantity.unit.utf8.contains(UInt8(ascii: "/")) ? quantity.si : nil
        let scope = scope(f)
        let source = source(f)
        let subjectID = subject.flatMap { s in names.id(lowering: s.text) ?? names.id(exact: s.key) }
        claim.id = ""
        claim.entry = entry.entry.index
        claim.subject = subjectText
        claim.subjectID = subjectID
        claim.subjectKey = key
        claim.attribute = attribute
        claim.range = quantity.range
        claim.text = quantity.text
        claim.si = si
        claim.alternatives = []
        claim.scope = scope
        claim.source = source
        claim.rule = rule
        // (Moved in last: the figure is the caller's to give.)
        claim.quantity = quantity
    }

    /// Whether one of `words.incrementWords` ends at token `k` within the sentence (as
    /// `incrementWords.contains { matches($0, endingAt: k, in: sentence) }`, asking only the
    /// phrases whose last word token `k` is).
    func endsIncrementPhrase(at k: Int, in sentence: Range<Int>) -> Bool {
        if words.emptyIncrementWords.contains(where: { matches($0, endingAt: k, in: sentence) }) { return true }
        guard k >= sentence.lowerBound, k >= 0, k < lower.count, let phrases = lower.value(k, in: words.incrementWordsByLast) else { return false }
        return phrases.contains { matches($0, endingAt: k, in: sentence) }
    }

    /// Whether the words `phrase` end at token `k` within the sentence.
    func matches(_ phrase: [String], endingAt k: Int, in sentence: Range<Int>) -> Bool {
        let start = k - phrase.count + 1
        guard start >= sentence.lowerBound, k < lower.count, start >= 0 else { return false }
        for (i, w) in phrase.enumerated() where lower[start + i] != w { return false }
        return true
    }
}
