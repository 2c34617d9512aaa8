import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// Currencies named by a word several countries use: the country the words around say.
extension EntryClaimReader {
    /// "300m kroner" in a sentence (else an entry) that names Denmark and no other country
    /// of `claims/currency-by-context.tsv` is in Danish kroner; with no cue, or cues of two
    /// countries, the figure keeps the parser's default code. The answer is the code the
    /// figure takes instead of its own, or nil to keep its own.
    func currencyByContext(_ q: Quantity, sentence: Range<Int>) -> String? {
        guard !words.sharedCurrencyNames.isEmpty,
            Self.mayEndInWord(q.text, scalars: words.sharedCurrencyNameScalars),
            // An ASCII figure's last run of letters ("3 million") looked up by its bytes: no
            // string made for the many that name no currency.
            Self.asciiLastRunMayBe(q.text, in: words.sharedCurrencyNames),
            let name = Self.lastLetterRun(of: q.text),
            words.sharedCurrencyNames.contains(name)
        else { return nil }
        // The cues of this name only, picked once (not every cue asked of every word), and
        // the whole entry's answer worked out once per name (it was read again for every
        // figure of the name whose sentence decided nothing: a pass over every word of the
        // entry, each lower-cased, per figure).
        let cues = words.currencyCues.filter { $0.names.contains(name) }
        guard !cues.isEmpty else { return nil }
        let matcher = CueMatcher(cues.map(\.cue))
        // One code, or nil for none or two (as a set of the codes found holding one).
        func code(in range: Range<Int>) -> String? {
            var found: String?
            let text = lower.bytes
            // (The tokens and the text read through their buffers: a whole entry's words are
            // passed here, and each array read paid its bounds check.)
            return entry.tokens.withUnsafeBufferPointer { tokens -> String? in
                for k in range.clamped(to: 0..<tokens.count) where tokens[k].kind == .word {
                    // A word whose first byte is ASCII and starts no cue is passed by that byte
                    // alone: no shape, no string (its lower-cased surface starts with that
                    // byte, lowered). As `LowerTokens.firstByte`: 0xFF for an empty token or
                    // one out of the text.
                    let r = tokens[k].range
                    if r.utf8Start >= 0, r.utf8Start < r.utf8End, r.utf8End <= text.count {
                        let b = text[r.utf8Start]
                        let first = b &- 0x41 < 26 ? b | 0x20 : b
                        if first < 0x80, !matcher.mayStart(first) { continue }
                    }
                    // Only the cues that may start the word (all, for a word that starts beyond
                    // ASCII): the answer is the set of codes found, whatever their order.
                    let first = lower.firstByte(k)
                    let candidates = first < 0x80 ? matcher.cuesStarting(with: first) : matcher.all
                    for c in candidates where lower.hasPrefix(k, cues[c].cue, ascii: matcher.bytes[c]) {
                        let code = cues[c].code
                        if found == nil { found = code } else if found != code { return nil }
                    }
                }
                return found
            }
        }
        func entryCode() -> String? {
            if let known = currencyCache.byName[name] { return known }
            let answer = code(in: entry.tokens.indices)
            currencyCache.byName[name] = .some(answer)
            return answer
        }
        guard let code = code(in: sentence) ?? entryCode(), code != q.unit else { return nil }
        return code
    }

    /// The cues of one currency word, as `currencyByContext` reads them: each cue's bytes
    /// when it is ASCII (then a token lowered by its bytes starts with the cue exactly when
    /// its lowered bytes do), and the ASCII bytes any cue may start with.
    struct CueMatcher {
        /// Per cue, its bytes when all ASCII; nil otherwise (asked as strings).
        let bytes: [[UInt8]?]
        /// Bit `b` set when a cue starts with the ASCII byte `b`, or all set when a cue is
        /// empty or starts beyond ASCII.
        private let starts: (UInt64, UInt64)
        /// Every cue's index, in order.
        let all: [Int]
        /// Per ASCII byte, the indexes of the cues that may start a word starting with it:
        /// those starting with it, and those empty or starting beyond ASCII.
        private let byFirst: [[Int]]

        init(_ cues: [String]) {
            var low: UInt64 = 0
            var high: UInt64 = 0
            var bytes: [[UInt8]?] = []
            var byFirst = [[Int]](repeating: [], count: 128)
            for (c, cue) in cues.enumerated() {
                let utf8 = Array(cue.utf8)
                bytes.append(utf8.allSatisfy { $0 < 0x80 } ? utf8 : nil)
                guard let first = utf8.first, first < 0x80 else {
                    low = ~0
                    high = ~0
                    for b in byFirst.indices { byFirst[b].append(c) }
                    continue
                }
                byFirst[Int(first)].append(c)
                if first < 64 { low |= 1 << UInt64(first) } else { high |= 1 << UInt64(first - 64) }
            }
            self.bytes = bytes
            starts = (low, high)
            all = Array(cues.indices)
            self.byFirst = byFirst
        }

        /// The indexes of the cues that may start a word whose lower-cased surface starts
        /// with the ASCII byte `b`.
        func cuesStarting(with b: UInt8) -> [Int] { byFirst[Int(b)] }

        /// Whether a cue may start a word whose lower-cased surface starts with the ASCII
        /// byte `b`.
        @inline(__always) func mayStart(_ b: UInt8) -> Bool {
            b < 64 ? starts.0 & (1 << UInt64(b)) != 0 : starts.1 & (1 << UInt64(b & 63)) != 0
        }
    }

    /// Holds the entry's answers of `currencyByContext` by currency word (nil: no one
    /// country named).
    final class CurrencyCache {
        var byName: [String: String?] = [:]
    }

    /// False when the last run of letters of `text` (`lastLetterRun`), as its bytes decide
    /// it, has a length outside `scalars` (or there is none): read in place, with nothing
    /// made ("£140m" ends in a run of one letter: no currency word).
    static func mayEndInWord(_ text: String, scalars: ClosedRange<Int>) -> Bool {
        let decided = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            var high: UInt8 = 0
            for b in utf8 { high |= b }
            guard high < 0x80 else {
                // As `asciiLastLetterRun` decides it, or undecided (true).
                var end = utf8.count
                while end > 0, utf8[end - 1] < 0x80, (utf8[end - 1] | 0x20) &- 0x61 >= 26 { end -= 1 }
                guard end > 0, utf8[end - 1] < 0x80 else { return true }
                var start = end
                while start > 0, (utf8[start - 1] | 0x20) &- 0x61 < 26 { start -= 1 }
                guard start == 0 || utf8[start - 1] < 0x80 else { return true }
                return scalars.contains(end - start)
            }
            var end = utf8.count
            while end > 0, (utf8[end - 1] | 0x20) &- 0x61 >= 26 { end -= 1 }
            var start = end
            while start > 0, (utf8[start - 1] | 0x20) &- 0x61 < 26 { start -= 1 }
            return start < end && scalars.contains(end - start)
        }
        return decided ?? true
    }

    /// False when `text` is ASCII and its last run of letters, lower-cased, is not in
    /// `names` (as `lastLetterRun(of: text).map(names.contains)` would answer), read by its
    /// bytes; true otherwise.
    static func asciiLastRunMayBe(_ text: String, in names: WordSet) -> Bool {
        let decided = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            var high: UInt8 = 0
            for b in utf8 { high |= b }
            guard high < 0x80 else { return true }
            var end = utf8.count
            while end > 0, (utf8[end - 1] | 0x20) &- 0x61 >= 26 { end -= 1 }
            var start = end
            while start > 0, (utf8[start - 1] | 0x20) &- 0x61 < 26 { start -= 1 }
            return start < end && names.contains(ascii: utf8, start, end, lowering: true)
        }
        return decided ?? true
    }

    /// The last run of letters in `text`, lower-cased ("kroner" of "300m kroner"): for
    /// ASCII text by its bytes (the ASCII letters are its only letters, each a character
    /// of its own), else by characters.
    static func lastLetterRun(of text: String) -> String? {
        var utf8 = Array(text.utf8)
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            // "£300m kroner": a last run of ASCII letters with only ASCII after it and an
            // ASCII non-letter (or nothing) before it is the last run of letters whatever
            // stands further back (a character beyond ASCII joins neither the run nor
            // what follows it).
            if let run = asciiLastLetterRun(utf8) { return run }
            return text.split(whereSeparator: { !$0.isLetter }).last.map { $0.lowercased() }
        }
        var end = utf8.count
        while end > 0, (utf8[end - 1] | 0x20) &- 0x61 >= 26 { end -= 1 }
        var start = end
        while start > 0, (utf8[start - 1] | 0x20) &- 0x61 < 26 { start -= 1 }
        guard start < end else { return nil }
        for k in start..<end { utf8[k] |= 0x20 }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// `lastLetterRun` of text with bytes beyond ASCII, when its bytes decide it: nil
    /// when a byte beyond ASCII stands after the last ASCII letter or right before its run.
    static func asciiLastLetterRun(_ utf8: [UInt8]) -> String? {
        var end = utf8.count
        while end > 0, utf8[end - 1] < 0x80, (utf8[end - 1] | 0x20) &- 0x61 >= 26 { end -= 1 }
        guard end > 0, utf8[end - 1] < 0x80 else { return nil }
        var start = end
        while start > 0, (utf8[start - 1] | 0x20) &- 0x61 < 26 { start -= 1 }
        guard start == 0 || utf8[start - 1] < 0x80 else { return nil }
        var run = Array(utf8[start..<end])
        for k in run.indices { run[k] |= 0x20 }
        return String(decoding: run, as: UTF8.self)
    }
}
