/// A one-pass byte scan that tells text which cannot hold a figure from text that may.
///
/// Most sentences of a page hold no figure; lexing them into items and trying every rule
/// at every item was most of the claims stage. A figure needs, somewhere in its text, one
/// of: a digit; a vulgar fraction ("½", "⅓"); a number word of `units/number-words.tsv`
/// ("three", "dozen", "half"); or "a"/"an" before a unit after a bound ("more than a year",
/// "about an hour"). Text with none of them gives no quantity whatever the rules say, so
/// `QuantityParser.quantities(in:)` returns at once; text with any of them is parsed in
/// full, so the output is unchanged.
///
/// The scan errs towards "may hold": words are runs of ASCII letters (a run the lexer
/// joins with accented letters or an apostrophe is still tested on its own), and text it
/// cannot judge cheaply (a non-ASCII character right after "a"/"an") counts as a hit.
///
/// A class: the scan's closure captures `self`, and copying a struct of tables for each
/// text retained and released every one of them.
final class QuantityGate: Sendable {
    /// Lower-cased number words (ASCII letters only).
    let words: Set<String>
    /// Asked before `words` (see `LeadFilter`).
    let filter: LeadFilter
    /// `lengths[letter]` has bit `n` set when some word of length n starts with that letter:
    /// most words are turned away by it without building a string.
    let lengths: [UInt32]
    /// False when a number word is not plain ASCII letters: the scan cannot judge it, so
    /// every text is parsed.
    let usable: Bool
    /// The unit surfaces, for "a"/"an" before a unit.
    let units: UnitCatalog.SurfaceTable<UnitInfo>

    init(catalog: UnitCatalog) {
        var words = Set<String>()
        var lengths = [UInt32](repeating: 0, count: 26)
        var usable = true
        for key in Array(catalog.numberWords.keys) + ["half"] {
            let lower = key.lowercased()
            let bytes = Array(lower.utf8)
            guard !bytes.isEmpty, bytes.count < 32, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
                usable = false
                continue
            }
            words.insert(lower)
            lengths[Int(bytes[0] - 0x61)] |= 1 << UInt32(bytes.count)
        }
        self.words = words
        filter = LeadFilter(words)
        self.lengths = lengths
        self.usable = usable
        units = catalog.units
    }

    /// Whether `text` may hold a quantity (false only when it surely holds none).
    func mayHoldQuantities<S: StringProtocol>(_ text: S) -> Bool {
        guard usable else { return true }
        if let answer = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0) }
    }

    /// `mayHoldQuantities(_:)` for the UTF-8 bytes of a text.
    func mayHoldQuantities(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard usable else { return true }
        return scan(bytes)
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A digit anywhere lets the text through: looked for first, eight bytes at a time
        // (most texts with a figure hold a digit, found so before any word is read).
        if Self.holdsDigit(bytes) { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b &- 0x30 < 10 { return true }
            if b >= 0x80 {
                // "½", "¼", "¾" (C2 BC-BE) and "⅐"-"⅟" (E2 85 90-9F).
                if b == 0xC2, i + 1 < n, bytes[i + 1] &- 0xBC < 3 { return true }
                if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x85, bytes[i + 2] &- 0x90 < 16 { return true }
                // The Kelvin sign lower-cases to an ASCII "k": the lexer's word may be a number word.
                if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x84, bytes[i + 2] == 0xAA { return true }
                i += 1
                continue
            }
            guard Self.isLetter(b) else {
                i += 1
                continue
            }
            let start = i
            // The rest of the word eight bytes at a time.
            i = ScalarLexer.asciiLetterRunEnd(bytes, from: i + 1)
            let length = i - start
            let first = Int((b | 0x20) - 0x61)
            if length < 32, lengths[first] & (1 << UInt32(length)) != 0, filter.mayContain(bytes, start, i, fold: 0x20),
                words.contains(Self.lowered(bytes, start, i))
            {
                return true
            }
            // "a"/"an" before a unit: "more than a year", "about an hour".
            if first == 0, length <= 2, length == 1 || bytes[start + 1] | 0x20 == 0x6E, afterArticleMayBeUnit(bytes, i) {
                return true
            }
        }
        return false
    }

    /// Whether `bytes` holds an ASCII digit.
    static func holdsDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            while i + 8 <= n {
                // Digits become bytes below 10; a byte below 10 sets bit 7 of its byte here
                // (and only then does any bit 7 stay set).
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ 0x3030_3030_3030_3030
                if (x &- 0x0A0A_0A0A_0A0A_0A0A) & ~x & 0x8080_8080_8080_8080 != 0 { return true }
                i += 8
            }
        }
        while i < n {
            if bytes[i] &- 0x30 < 10 { return true }
            i += 1
        }
        return false
    }

    /// Whether the word after an article ending at `i` may start a unit surface.
    private func afterArticleMayBeUnit(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = bytes.count
        var k = end
        while k < n, bytes[k] == 0x20 || bytes[k] &- 0x09 < 5 { k += 1 }
        guard k < n else { return false }
        if bytes[k] >= 0x80 { return true }
        guard Self.isLetter(bytes[k]) else { return false }
        let start = k
        while k < n, Self.isLetter(bytes[k]) { k += 1 }
        // The lexer may join more to the word: an accented letter, an apostrophe.
        if k < n, bytes[k] >= 0x80 || bytes[k] == 0x27 { return true }
        // The same strings `hasPrefix` is asked about, turned away by its filters unbuilt.
        guard units.exactFilter.mayContain(bytes, start, k) || units.foldedFilter.mayContain(bytes, start, k, fold: 0x20) else {
            return false
        }
        let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self)
        return units.hasPrefix(surface, lower: Self.lowered(bytes, start, k))
    }

    private static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { out in
            for k in start..<end { out[k - start] = bytes[k] | 0x20 }
            return end - start
        }
    }
}
