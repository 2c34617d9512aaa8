import ClaimKitModel
import Foundation

/// The words of a claim's sentence, lower-cased and stripped of the punctuation glued to
/// them, split at the figure: what the same-set rules read around a figure.
///
/// A sentence runs from the last ". ", "! ", "? " or line break before the figure to the
/// first one after it, within 400 UTF-8 bytes either side.
///
/// Built from the entry's UTF-8 bytes in place (no copy of the text); the words of plain
/// ASCII text are made straight from their bytes, lower case included. A compare builds
/// each claim's context once (`ClaimContexts`), whatever number of rules read it.
struct ClaimContext {
    /// The words before the figure, in text order.
    var before: [String]
    /// The words after the figure, in text order.
    var after: [String]
    /// The words before and after the figure as written, stripped of punctuation: made
    /// from the text when read (a few rules read them, for a few figures).
    var originalBefore: [String] { Self.written(text, beforeBytes) }
    var originalAfter: [String] { Self.written(text, afterBytes) }
    /// Whether the figure stands in its entry's title.
    var inTitle: Bool
    /// All the words of the sentence but the figure's own (`before + after`).
    var words: [String]
    /// The entry's text, and the byte ranges of the sentence before and after the figure.
    private let text: String
    private let beforeBytes: Range<Int>
    private let afterBytes: Range<Int>

    /// Punctuation stripped from a word's ends: all but the hyphen.
    static let glued = CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "-"))

    init?(_ claim: Claim, entries: [Entry], positions: [Int: Int]) {
        guard let position = positions[claim.entry] else { return nil }
        self.init(claim.range, of: entries[position], sentence: nil)
    }

    /// The context of the figure at `range` of `entry`, whose sentence's byte range is
    /// `sentence` when already found (`ClaimContext.sentence(_:bytes:)`), else found here.
    init?(_ range: TextRange, of entry: Entry, sentence: Range<Int>?) {
        let made = entry.text.utf8.withContiguousStorageIfAvailable { bytes in
            Self.parts(range, bytes: bytes, sentence: sentence)
        } ?? Array(entry.text.utf8).withUnsafeBufferPointer { bytes in Self.parts(range, bytes: bytes, sentence: sentence) }
        guard let made else { return nil }
        before = made.before
        after = made.after
        text = entry.text
        beforeBytes = made.beforeBytes
        afterBytes = made.afterBytes
        var words: [String] = []
        words.reserveCapacity(before.count + after.count)
        words += before
        words += after
        self.words = words
        inTitle = Self.isInTitle(range, of: entry)
    }

    /// Whether a figure's range lies in its entry's title.
    static func isInTitle(_ range: TextRange, of entry: Entry) -> Bool {
        entry.blocks.contains {
            $0.kind == .title && $0.range.utf8Start <= range.utf8Start && range.utf8End <= $0.range.utf8End
        }
    }

    /// Whether `init(claim, ...)` gives a context: the claim's entry is found and its range
    /// fits the entry's text.
    static func exists(_ claim: Claim, entries: [Entry], positions: [Int: Int]) -> Bool {
        guard let position = positions[claim.entry] else { return false }
        let range = claim.range
        return range.utf8Start >= 0 && range.utf8Start <= range.utf8End && range.utf8End <= entries[position].text.utf8.count
    }

    /// The byte range of the sentence of the figure at `range` in `bytes`, an entry's UTF-8;
    /// nil when the range does not fit the text.
    static func sentence(_ range: TextRange, bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard range.utf8Start >= 0, range.utf8Start <= range.utf8End, range.utf8End <= bytes.count else { return nil }
        // Only the bytes the sentence can reach: 400 either side, and the byte each test
        // looks past.
        let windowStart = max(0, range.utf8Start - 401)
        let windowEnd = min(bytes.count, range.utf8End + 402)
        let start = range.utf8Start
        let end = range.utf8End
        @inline(__always) func endsSentence(_ i: Int) -> Bool {
            // A line break, or a stop followed by a space or a line break.
            let b = bytes[i]
            if b == 0x0A { return true }
            guard b == 0x2E || b == 0x21 || b == 0x3F, i + 1 < windowEnd else { return false }
            return bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A
        }
        // Eight bytes at a time while none of them is a line break or a stop (no byte of
        // them can end a sentence) and eight more steps are allowed.
        let raw = UnsafeRawPointer(bytes.baseAddress)
        var lo = start
        while lo > windowStart, start - lo < 400 {
            if let raw, lo - 8 >= windowStart, start - lo + 8 <= 400,
                !mayEndSentence(raw.loadUnaligned(fromByteOffset: lo - 8, as: UInt64.self))
            {
                lo -= 8
                continue
            }
            if endsSentence(lo - 1) { break }
            lo -= 1
        }
        var hi = end
        while hi < windowEnd, hi - end < 400 {
            if let raw, hi + 8 <= windowEnd, hi + 8 - end <= 400,
                !mayEndSentence(raw.loadUnaligned(fromByteOffset: hi, as: UInt64.self))
            {
                hi += 8
                continue
            }
            if endsSentence(hi) { break }
            hi += 1
        }
        return lo..<hi
    }

    /// Whether any of the eight bytes of `word` is a line feed, ".", "!" or "?" (the only
    /// bytes `sentence(_:bytes:)` ends a sentence at).
    @inline(__always) static func mayEndSentence(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & high }
        return zero(word ^ (ones &* 0x0A)) | zero(word ^ (ones &* 0x2E)) | zero(word ^ (ones &* 0x21))
            | zero(word ^ (ones &* 0x3F)) != 0
    }

    /// The words (lower-cased) before and after the figure at `range` in `bytes`, an
    /// entry's UTF-8, and the byte ranges they are read from; nil when the range does not
    /// fit the text.
    private static func parts(_ range: TextRange, bytes: UnsafeBufferPointer<UInt8>, sentence known: Range<Int>? = nil) -> (
        before: [String], after: [String], beforeBytes: Range<Int>, afterBytes: Range<Int>
    )? {
        guard let sentence = known ?? sentence(range, bytes: bytes) else { return nil }
        let beforeBytes = sentence.lowerBound..<range.utf8Start
        let afterBytes = range.utf8End..<sentence.upperBound
        return (
            words(UnsafeBufferPointer(rebasing: bytes[beforeBytes]), written: false).1,
            words(UnsafeBufferPointer(rebasing: bytes[afterBytes]), written: false).1,
            beforeBytes, afterBytes
        )
    }

    /// The words as written of `bytes` of `text` (what `words` gives first).
    private static func written(_ text: String, _ bytes: Range<Int>) -> [String] {
        text.utf8.withContiguousStorageIfAvailable { words(UnsafeBufferPointer(rebasing: $0[bytes]), written: true).0 }
            ?? Array(text.utf8).withUnsafeBufferPointer { words(UnsafeBufferPointer(rebasing: $0[bytes]), written: true).0 }
    }

    /// Words looked for in a sentence's bytes (`sentenceMayHold`): lower-case ASCII letters,
    /// with a table of the bytes they start with.
    struct Needles: Sendable {
        let words: [[UInt8]]
        let starts: [Bool]
        /// Each needle's bytes after its first, one needle after another: needle `k`'s are
        /// `rest[restStart[k]..<restStart[k + 1]]`.
        let rest: [UInt8]
        let restStart: [Int]
        /// By first byte, the needles that start with it (bit `k`: needle `k`); used when
        /// there are 64 needles or fewer (`byFirstUsable`).
        let byFirst: [UInt64]
        let byFirstUsable: Bool
        /// The bits of these needles in `ClaimContext.pageNeedles` (whose one scan of a
        /// sentence answers for every set of needles, `ClaimContexts.sentenceMayHold`); nil
        /// when a needle is not among them (then this set scans on its own).
        let mask: UInt64?
        init(_ words: [String]) {
            var mask: UInt64? = 0
            for w in words {
                guard let k = ClaimContext.pageNeedleWords.firstIndex(of: w) else {
                    mask = nil
                    break
                }
                mask! |= 1 << UInt64(k)
            }
            self.mask = mask
            self.words = words.map { Array($0.utf8) }
            var starts = [Bool](repeating: false, count: 256)
            for w in self.words { starts[Int(w[0])] = true }
            self.starts = starts
            var rest: [UInt8] = []
            var restStart: [Int] = [0]
            var byFirst = [UInt64](repeating: 0, count: 256)
            for (k, w) in self.words.enumerated() {
                rest += w.dropFirst()
                restStart.append(rest.count)
                if k < 64 { byFirst[Int(w[0])] |= 1 << UInt64(k) }
            }
            self.rest = rest
            self.restStart = restStart
            self.byFirst = byFirst
            byFirstUsable = self.words.count <= 64
        }
    }

    /// Every needle of the rules' sets (`Needles`), found in one scan of a sentence
    /// (`NeedleScan`): bit `k` of a sentence's mask is `pageNeedleWords[k]`. At most 64,
    /// each two bytes or more of lower-case ASCII letters and spaces.
    static let pageNeedleWords: [String] = [
        // Progress verbs (`progressNeedles`).
        "reach", "climb", "pass", "progressed", "advanced", "drilled", "dug", "bored",
        // Weekdays and months (`dayNeedles`, `dayReadingNeedles`).
        "friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday",
        "april", "august", "december", "february", "january", "july", "june", "march", "may", "november", "october",
        "september",
        // Relative pronouns (`relativeNeedles`), a crew (`companyNeedles`), admissions
        // (`admittingNeedles`), captivity (`captivityNeedles`), fill levels (`fillNeedles`).
        "that ", "who ", "which ", "crew", "passengers", "admit", "accept", "select", "takes", "offers", "enrol",
        "captivity", "held", "detained", "detention", "captive", "hostage", "full", "capacity",
        // Deliveries of a ball (`deliveryNeedles`).
        "ball", "delivery", "yorker", "bouncer", "bumper", "inswing", "outswinger", "beamer", "toss", "slower",
    ]

    /// `pageNeedleWords` as one scan.
    static let pageNeedles = NeedleScan(pageNeedleWords)

    /// Needles of two bytes or more (lower-case ASCII letters and spaces) found in one pass:
    /// each position's first two bytes, folded to a letter code, pick the needles that
    /// start with them; only those are compared further. A byte matches a needle's byte as
    /// in `mayHold`: equal once `| 0x20`.
    struct NeedleScan: Sendable {
        /// By byte: 0-25 for a letter of either case, 26 for a byte whose `| 0x20` is a
        /// space (a space or NUL), 27 for any other.
        let code: [UInt8]
        /// By the codes of two bytes (`first * 32 + second`), the needles that start with them.
        let byPair: [UInt64]
        let words: [[UInt8]]

        init(_ words: [String]) {
            precondition(words.count <= 64)
            self.words = words.map { Array($0.utf8) }
            var code = [UInt8](repeating: 27, count: 256)
            for b in 0..<256 {
                let l = UInt8(b) | 0x20
                if l >= 0x61 && l <= 0x7A { code[b] = l - 0x61 } else if l == 0x20 { code[b] = 26 }
            }
            self.code = code
            var byPair = [UInt64](repeating: 0, count: 32 * 32)
            for (k, w) in self.words.enumerated() {
                precondition(w.count >= 2 && w.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 })
                byPair[Int(code[Int(w[0])]) * 32 + Int(code[Int(w[1])])] |= 1 << UInt64(k)
            }
            self.byPair = byPair
        }

        /// The needles `bytes[sentence]` holds, as bits.
        func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>) -> UInt64 {
            let end = sentence.upperBound
            var found: UInt64 = 0
            code.withUnsafeBufferPointer { code in
                byPair.withUnsafeBufferPointer { byPair in
                    var i = sentence.lowerBound
                    while i + 1 < end {
                        var candidates = byPair[Int(code[Int(bytes[i])]) &* 32 &+ Int(code[Int(bytes[i + 1])])] & ~found
                        while candidates != 0 {
                            let k = candidates.trailingZeroBitCount
                            candidates &= candidates &- 1
                            let w = words[k]
                            guard i + w.count <= end else { continue }
                            var m = 2
                            while m < w.count, bytes[i + m] | 0x20 == w[m] { m += 1 }
                            if m == w.count { found |= 1 << UInt64(k) }
                        }
                        i += 1
                    }
                }
            }
            return found
        }
    }

    /// Whether the bytes of the sentence of the figure at `range` (figure included) hold
    /// one of `needles` (lower-case ASCII) in any case of their ASCII letters. A word of the
    /// context whose lower case holds a needle has the needle's letters in its text (no
    /// character but an ASCII letter lower-cases to an ASCII letter other than "i" and "k"),
    /// so false means no word of the context holds one. True when the range does not fit.
    static func sentenceMayHold(_ range: TextRange, in text: String, _ needles: Needles) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let sentence = sentence(range, bytes: bytes) else { return true }
            return mayHold(bytes, sentence, needles)
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// Whether the bytes `sentence` of `bytes` hold one of `needles` in any case of their
    /// ASCII letters (`sentenceMayHold`).
    static func mayHold(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, _ needles: Needles) -> Bool {
        guard needles.byFirstUsable else { return mayHoldByList(bytes, sentence, needles) }
        let end = sentence.upperBound
        return needles.byFirst.withUnsafeBufferPointer { byFirst in
            needles.rest.withUnsafeBufferPointer { rest in
                needles.restStart.withUnsafeBufferPointer { restStart in
                    var i = sentence.lowerBound
                    while i < end {
                        // Most bytes start no needle: one table look-up each.
                        var candidates = byFirst[Int(bytes[i] | 0x20)]
                        while candidates != 0 {
                            let k = candidates.trailingZeroBitCount
                            candidates &= candidates &- 1
                            let from = restStart[k]
                            let count = restStart[k + 1] - from
                            guard i + 1 + count <= end else { continue }
                            var m = 0
                            while m < count, bytes[i + 1 + m] | 0x20 == rest[from + m] { m += 1 }
                            if m == count { return true }
                        }
                        i += 1
                    }
                    return false
                }
            }
        }
    }

    /// `mayHold` needle by needle, for sets of more than 64 needles.
    static func mayHoldByList(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, _ needles: Needles) -> Bool {
        var i = sentence.lowerBound
        let end = sentence.upperBound
        return needles.starts.withUnsafeBufferPointer { starts in
            while i < end {
                let c = bytes[i] | 0x20
                if starts[Int(c)] {
                    for needle in needles.words where needle[0] == c && i + needle.count <= end {
                        var k = 1
                        while k < needle.count, bytes[i + k] | 0x20 == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// The words of `text` as written and lower-cased: from the bytes for plain ASCII
    /// text and for text whose other characters are single scalars of a few common blocks
    /// (`simpleWords`), through Foundation otherwise.
    /// With `written` false, the first array (the words as written) may be left empty.
    private static func words(_ text: UnsafeBufferPointer<UInt8>, written: Bool = true) -> ([String], [String]) {
        if let simple = simpleWords(text, written: written) { return simple }
        let original = String(decoding: text, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
            $0.trimmingCharacters(in: glued)
        }.filter { !$0.isEmpty }
        return (original, original.map { $0.lowercased() })
    }

    /// The words of plain ASCII text without a carriage return, split at spaces and line
    /// breaks and stripped of `glued` punctuation, by bytes: what the Foundation path gives
    /// for such text (ASCII characters are single bytes and single characters), at a
    /// fraction of its cost. Nil for any other text.
    static func asciiWords(_ text: ArraySlice<UInt8>) -> [String]? {
        text.withUnsafeBufferPointer { b -> [String]? in
            b.contains(where: { $0 >= 0x80 }) ? nil : simpleWords(b)?.0
        }
    }

    /// Whether a non-ASCII scalar is one whose text the byte path reads as Foundation
    /// does: Latin-1 and the Latin extensions, general punctuation (dashes, curly quotes,
    /// ellipsis) but the zero-width and line-separator marks, currency signs, letterlike
    /// symbols and number forms. Each is a character of its own (no combining mark, joiner
    /// or prepended mark among them), so a space or a line feed next to one is a character
    /// of its own too, and splitting and trimming by scalars is splitting and trimming by
    /// characters.
    @inline(__always) static func isSimple(_ v: UInt32) -> Bool {
        (v >= 0xA0 && v <= 0x24F) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
            || (v >= 0x20A0 && v <= 0x20CF) || (v >= 0x2100 && v <= 0x218F)
    }

    /// `text`'s words (as `words` gives them) and their lower case, read from the bytes,
    /// when the text is well-formed UTF-8 of ASCII without a carriage return and `isSimple`
    /// scalars; nil otherwise. ASCII words are lower-cased by bytes (what `lowercased()`
    /// does to ASCII), others by `lowercased()`.
    /// With `written` false the words as written are not kept (the first array is empty).
    static func simpleWords(_ text: UnsafeBufferPointer<UInt8>, written keepWritten: Bool = true) -> ([String], [String])? {
        let n = text.count
        // Checked first: no word is made for text that takes the other path.
        var k = 0
        var ascii = true
        // Separators bound the number of words (the arrays are made at their size).
        var separators = 0
        while k < n {
            let c = text[k]
            if c < 0x80 {
                if c == 0x0D { return nil }
                if c == 0x20 || c == 0x0A { separators += 1 }
                k += 1
                continue
            }
            ascii = false
            guard let (v, width) = scalar(text, at: k), isSimple(v) else { return nil }
            k += width
        }
        var out: [String] = []
        var lower: [String] = []
        if keepWritten { out.reserveCapacity(separators + 1) }
        lower.reserveCapacity(separators + 1)
        var start = 0
        k = 0
        while k <= n {
            let b: UInt8 = k < n ? text[k] : 0x20
            if b == 0x20 || b == 0x0A {
                var lo = start
                var hi = k
                if ascii {
                    while lo < hi, isGluedASCII(text[lo]) { lo += 1 }
                    while hi > lo, isGluedASCII(text[hi - 1]) { hi -= 1 }
                } else {
                    while lo < hi, let (v, width) = scalar(text, at: lo), isGlued(v) { lo += width }
                    while hi > lo {
                        var first = hi - 1
                        while first > lo, text[first] & 0xC0 == 0x80 { first -= 1 }
                        guard let (v, _) = scalar(text, at: first), isGlued(v) else { break }
                        hi = first
                    }
                }
                if lo < hi {
                    let word = UnsafeBufferPointer(rebasing: text[lo..<hi])
                    if !ascii, word.contains(where: { $0 >= 0x80 }) {
                        let written = String(decoding: word, as: UTF8.self)
                        if keepWritten { out.append(written) }
                        lower.append(written.lowercased())
                    } else if word.contains(where: { $0 &- 0x41 < 26 }) {
                        if keepWritten { out.append(String(decoding: word, as: UTF8.self)) }
                        lower.append(String(unsafeUninitializedCapacity: word.count) { buffer in
                            for i in 0..<word.count { buffer[i] = word[i] &- 0x41 < 26 ? word[i] | 0x20 : word[i] }
                            return word.count
                        })
                    } else {
                        let written = String(decoding: word, as: UTF8.self)
                        if keepWritten { out.append(written) }
                        lower.append(written)
                    }
                }
                start = k + 1
            }
            k += 1
        }
        return (out, lower)
    }

    /// Whether `bytes[range]` is ASCII without a carriage return: text whose words
    /// `simpleWords` reads byte by byte (`asciiWord`).
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        // Eight bytes at a time: no high bit, and no byte equal to a carriage return.
        if let raw = UnsafeRawPointer(bytes.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= range.upperBound {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let cr = w ^ (ones &* 0x0D)
                if (w | ((cr &- ones) & ~cr)) & high != 0 { return false }
                i += 8
            }
        }
        while i < range.upperBound {
            if bytes[i] >= 0x80 || bytes[i] == 0x0D { return false }
            i += 1
        }
        return true
    }

    /// The word of plain ASCII text (`isPlainASCII`) that starts at or after `from` and ends
    /// before `end`, as `simpleWords` gives it: the bytes between separators (space, line
    /// feed) stripped of `isGluedASCII` punctuation, skipping words that strip to nothing.
    /// Its bytes and the position after it; nil when there is none.
    static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> (word: Range<Int>, next: Int)? {
        var i = from
        while i < end {
            var j = i
            while j < end, bytes[j] != 0x20, bytes[j] != 0x0A { j += 1 }
            var lo = i
            var hi = j
            while lo < hi, isGluedASCII(bytes[lo]) { lo += 1 }
            while hi > lo, isGluedASCII(bytes[hi - 1]) { hi -= 1 }
            if lo < hi { return (lo..<hi, j) }
            i = j + 1
        }
        return nil
    }

    /// The last word of plain ASCII text (`isPlainASCII`) in `bytes[start..<end]`, as
    /// `simpleWords` gives it (`asciiWord`); nil when there is none.
    static func asciiLastWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Range<Int>? {
        var j = end
        while j > start {
            var i = j
            while i > start, bytes[i - 1] != 0x20, bytes[i - 1] != 0x0A { i -= 1 }
            var lo = i
            var hi = j
            while lo < hi, isGluedASCII(bytes[lo]) { lo += 1 }
            while hi > lo, isGluedASCII(bytes[hi - 1]) { hi -= 1 }
            if lo < hi { return lo..<hi }
            j = i - 1
        }
        return nil
    }

    /// Calls `body` with the words of plain ASCII `bytes[start..<end]` (`isPlainASCII`), as
    /// `simpleWords` gives them (`asciiWord`), first to last, until it returns false.
    @inline(__always) static func asciiWordsForward(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, _ body: (Range<Int>) -> Bool
    ) {
        var from = start
        while let (word, next) = asciiWord(bytes, from: from, end: end) {
            guard body(word) else { return }
            from = next
        }
    }

    /// Calls `body` with the words of plain ASCII `bytes[start..<end]` (`isPlainASCII`), as
    /// `simpleWords` gives them (`asciiWord`), last to first, until it returns false.
    @inline(__always) static func asciiWordsBackward(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, _ body: (Range<Int>) -> Bool
    ) {
        var to = end
        while to > start, let word = asciiLastWord(bytes, start: start, end: to) {
            guard body(word) else { return }
            to = word.lowerBound
        }
    }

    /// Whether the bytes before and after the figure at `range` in its sentence
    /// `bytes[sentence]` are plain ASCII (`isPlainASCII`): then the context's words are
    /// those the `ascii…` readers give.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, around range: TextRange, in sentence: Range<Int>) -> Bool {
        range.utf8Start >= sentence.lowerBound && range.utf8End <= sentence.upperBound && range.utf8Start <= range.utf8End
            && isPlainASCII(bytes, sentence.lowerBound..<range.utf8Start) && isPlainASCII(bytes, range.utf8End..<sentence.upperBound)
    }

    /// Whether the ASCII word `bytes[word]` lower-cased (A-Z to a-z) is `w` (lower-case ASCII).
    @inline(__always) static func asciiWordIs(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ w: [UInt8]) -> Bool {
        guard w.count == word.count else { return false }
        for k in 0..<w.count {
            let c = bytes[word.lowerBound + k]
            if (c &- 0x41 < 26 ? c | 0x20 : c) != w[k] { return false }
        }
        return true
    }

    /// Whether the ASCII word `bytes[word]` lower-cased (A-Z to a-z) is one of `words`
    /// (lower-case ASCII).
    static func asciiWordIs(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, oneOf words: [[UInt8]]) -> Bool {
        words.contains { asciiWordIs(bytes, word, $0) }
    }

    /// The scalar value and byte width of the well-formed UTF-8 sequence at `k`; nil for a
    /// continuation byte, a sequence cut short or a malformed one.
    @inline(__always) static func scalar(_ text: UnsafeBufferPointer<UInt8>, at k: Int) -> (UInt32, Int)? {
        let c = text[k]
        if c < 0x80 { return (UInt32(c), 1) }
        let width: Int
        var v: UInt32
        if c >= 0xC2 && c < 0xE0 {
            width = 2
            v = UInt32(c & 0x1F)
        } else if c >= 0xE0 && c < 0xF0 {
            width = 3
            v = UInt32(c & 0x0F)
        } else if c >= 0xF0 && c < 0xF5 {
            width = 4
            v = UInt32(c & 0x07)
        } else {
            return nil
        }
        guard k + width <= text.count else { return nil }
        for i in 1..<width {
            let d = text[k + i]
            guard d & 0xC0 == 0x80 else { return nil }
            v = v << 6 | UInt32(d & 0x3F)
        }
        // Overlong forms and surrogates are not well-formed (`isSimple` rejects them anyway).
        return (v, width)
    }

    /// Whether a scalar is of `glued` (ASCII ones by byte).
    @inline(__always) static func isGlued(_ v: UInt32) -> Bool {
        if v < 0x80 { return isGluedASCII(UInt8(v)) }
        guard let s = Unicode.Scalar(v) else { return false }
        return glued.contains(s)
    }

    /// ASCII punctuation of Unicode's P categories but the hyphen:
    /// ! " # % & ' ( ) * , . / : ; ? @ [ \ ] _ { }
    @inline(__always) static func isGluedASCII(_ b: UInt8) -> Bool {
        switch b {
        case 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2C, 0x2E, 0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B, 0x5C,
            0x5D, 0x5F, 0x7B, 0x7D:
            return true
        default: return false
        }
    }
}

/// The sentence contexts of one compare's claims, by the claim's index: each built the
/// first time a rule asks for it, then shared by every rule (several rules read the same
/// claim's sentence).
final class ClaimContexts {
    private let claims: [Claim]
    private let entries: [Entry]
    private let positions: [Int: Int]
    /// The contexts built, in the order built (`State.builtAt` gives a claim's): most
    /// claims' contexts are never built, and a table of an optional context per claim was
    /// large to set up.
    @exclusivity(unchecked) private var built: [ClaimContext] = []
    /// What is known of each claim's sentence so far, one record per claim (one table set
    /// up per compare, not one per fact).
    @exclusivity(unchecked) private var state: [State]

    /// What a compare has found about one claim's sentence, each found once whatever the
    /// number of rules that ask.
    private struct State {
        /// The sentence (`ClaimContext.sentence(_:bytes:)`), when `sentenceState` is 2.
        var sentence: Range<Int> = 0..<0
        /// The sentence's `ClaimContext.pageNeedles` (all bits when it has no sentence), when
        /// `maskKnown`.
        var mask: UInt64 = 0
        /// The claim's entry's position (`position(_:)`): -2 not yet looked up, -1 none.
        var entryPosition = -2
        /// The position of the claim's context in `built` (-1 for none), when `known`.
        var builtAt: Int32 = -1
        var known = false
        /// 0 not yet found, 1 none (the range does not fit the text), 2 found.
        var sentenceState: UInt8 = 0
        var maskKnown = false
        /// Whether the sentence around the figure is plain ASCII: 0 not yet known, 1 no, 2 yes.
        var plainState: UInt8 = 0
    }

    /// Each claim's `ClaimFacts`, by index.
    let facts: [ClaimFacts]

    init(_ claims: [Claim], entries: [Entry], positions: [Int: Int]) {
        facts = ClaimFacts.of(claims)
        self.claims = claims
        self.entries = entries
        self.positions = positions
        state = Array(repeating: State(), count: claims.count)
    }

    /// The byte range of `claims[index]`'s sentence in `bytes`, its entry's text (nil when
    /// its range does not fit the text).
    private func sentence(_ index: Int, bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        switch state[index].sentenceState {
        case 2: return state[index].sentence
        case 1: return nil
        default:
            let found = ClaimContext.sentence(claims[index].range, bytes: bytes)
            state[index].sentenceState = found == nil ? 1 : 2
            if let found { state[index].sentence = found }
            return found
        }
    }

    /// Whether `claims[index]`'s sentence may hold one of `needles` (`ClaimContext.sentenceMayHold`):
    /// false only when no word of its context holds one. The context itself is not built.
    func sentenceMayHold(_ index: Int, _ needles: ClaimContext.Needles) -> Bool {
        if state[index].known { return true }
        if let mask = needles.mask, state[index].maskKnown { return state[index].mask & mask != 0 }
        guard let position = position(index) else { return false }
        if let mask = needles.mask {
            // Every rule's needles at once: the sentence is scanned once per claim.
            func scanAll(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
                guard let sentence = sentence(index, bytes: bytes) else { return ~0 }
                return ClaimContext.pageNeedles.scan(bytes, sentence)
            }
            let text = entries[position].text
            let found = text.utf8.withContiguousStorageIfAvailable(scanAll) ?? Array(text.utf8).withUnsafeBufferPointer(scanAll)
            state[index].mask = found
            state[index].maskKnown = true
            return found & mask != 0
        }
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let sentence = sentence(index, bytes: bytes) else { return true }
            return ClaimContext.mayHold(bytes, sentence, needles)
        }
        let text = entries[position].text
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// `body` on the UTF-8 bytes of `claims[index]`'s entry, its sentence's byte range and
    /// the claim's range: a look at a few words before building the context. Nil when the
    /// claim's entry is not found or its range does not fit the text (no context either).
    func withSentence<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, TextRange) -> T) -> T? {
        guard let position = position(index) else { return nil }
        let range = claims[index].range
        func run(_ bytes: UnsafeBufferPointer<UInt8>) -> T? {
            guard let sentence = sentence(index, bytes: bytes) else { return nil }
            return body(bytes, sentence, range)
        }
        let text = entries[position].text
        return text.utf8.withContiguousStorageIfAvailable(run) ?? Array(text.utf8).withUnsafeBufferPointer(run)
    }

    /// `body` on the UTF-8 bytes of `claims[index]`'s entry and the claim's range, without
    /// finding its sentence: a look at a few bytes beside the figure. Nil when the claim's
    /// entry is not found or its range does not fit the text.
    func withEntryBytes<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>, TextRange) -> T) -> T? {
        guard let position = position(index) else { return nil }
        let range = claims[index].range
        func run(_ bytes: UnsafeBufferPointer<UInt8>) -> T? {
            guard range.utf8Start >= 0, range.utf8End <= bytes.count else { return nil }
            return body(bytes, range)
        }
        let text = entries[position].text
        return text.utf8.withContiguousStorageIfAvailable(run) ?? Array(text.utf8).withUnsafeBufferPointer(run)
    }

    /// The position in `entries` of `claims[index]`'s entry (nil when not found), looked
    /// up once per claim whatever the number of rules that ask.
    private func position(_ index: Int) -> Int? {
        let known = state[index].entryPosition
        if known >= 0 { return known }
        if known == -1 { return nil }
        let found = positions[claims[index].entry]
        state[index].entryPosition = found ?? -1
        return found
    }

    /// `withSentence` when the sentence around the figure is plain ASCII
    /// (`ClaimContext.isPlainASCII(_:around:in:)`, found once per claim), whose words the
    /// `ClaimContext.ascii…` readers give as the context would; nil otherwise.
    func withPlainSentence<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, TextRange) -> T) -> T? {
        if state[index].plainState == 1 { return nil }
        return withSentence(index) { bytes, sentence, range -> T? in
            if state[index].plainState == 0 {
                state[index].plainState = ClaimContext.isPlainASCII(bytes, around: range, in: sentence) ? 2 : 1
            }
            return state[index].plainState == 2 ? body(bytes, sentence, range) : nil
        } ?? nil
    }

    /// Whether `self[index]` is a context, without building it.
    func exists(_ index: Int) -> Bool {
        state[index].known ? state[index].builtAt >= 0 : ClaimContext.exists(claims[index], entries: entries, positions: positions)
    }

    /// `self[index]?.inTitle` for a claim whose context exists, without building it.
    func inTitle(_ index: Int) -> Bool {
        guard let position = position(index) else { return false }
        return ClaimContext.isInTitle(claims[index].range, of: entries[position])
    }

    /// The context of `claims[index]` (nil when its entry or range is not found).
    subscript(index: Int) -> ClaimContext? {
        if state[index].known { return state[index].builtAt >= 0 ? built[Int(state[index].builtAt)] : nil }
        var context: ClaimContext?
        if let position = position(index) {
            let entry = entries[position]
            let range = claims[index].range
            // The sentence found once, shared with `sentenceMayHold`.
            let sentence =
                entry.text.utf8.withContiguousStorageIfAvailable { self.sentence(index, bytes: $0) }
                ?? Array(entry.text.utf8).withUnsafeBufferPointer { self.sentence(index, bytes: $0) }
            if sentence != nil { context = ClaimContext(range, of: entry, sentence: sentence) }
        }
        if let context {
            state[index].builtAt = Int32(built.count)
            built.append(context)
        }
        state[index].known = true
        return context
    }
}
