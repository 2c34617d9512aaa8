import ClaimKitModel

extension ClaimComparer {
    /// Phrases of a correction note that tell the figure beside them was the page's own
    /// mistake ("An earlier version of this article gave the satellite's mass as 4.3 tonnes.
    /// It is 3.4 tonnes."). Matched in lower case, in the figure's sentence only.
    static let retractionCues: [String] = [
        "earlier version", "previous version", "earlier entry",
        "incorrectly reported", "incorrectly stated", "incorrectly said", "incorrectly gave",
        "wrongly reported", "wrongly stated", "wrongly said", "wrongly gave",
        "mistakenly reported", "mistakenly stated", "mistakenly said",
        "we incorrectly", "we wrongly", "we mistakenly",
    ]

    /// The claims without those a correction note retracts: a figure in a sentence that says
    /// it was given in error is not the page's word any more, so it contradicts nothing (the
    /// note's corrected figure, in the next sentence, stays). Entries with no cue cost one
    /// byte scan; the claims are returned untouched when no entry has one.
    static func droppingRetracted(_ claims: [Claim], entries: [Entry]) -> [Claim] {
        var noted: [Int: String] = [:]
        for entry in entries where noted[entry.index] == nil && mayHoldRetraction(entry.text) {
            noted[entry.index] = entry.text
        }
        guard !noted.isEmpty else { return claims }
        return claims.filter { claim in
            guard let text = noted[claim.entry] else { return true }
            let sentence = sentenceAround(claim.range, in: text).lowercased()
            // Foundation's search only for a cue whose bytes the sentence holds.
            return !retractionCues.contains { bytes(of: sentence, hold: $0) && sentence.contains($0) }
        }
    }

    /// False when `text` holds none of the cues' distinctive words: "version", "incorrectly",
    /// "wrongly", "mistakenly", "earlier entry". One pass over its bytes, eight at a time;
    /// only the bytes of a word that may be a "v" or a "y" (where every such word has a byte
    /// to look around) are looked at; a common "-ly" word ("directly", "strongly") does not pass.
    static func mayHoldRetraction(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b -> Bool in
            let n = b.count
            @inline(__always) func ends(_ word: StaticString, before k: Int) -> Bool {
                let m = word.utf8CodeUnitCount
                guard k >= m else { return false }
                let w = word.utf8Start
                for j in 0..<m where b[k - m + j] != w[j] { return false }
                return true
            }
            @inline(__always) func cue(at k: Int) -> Bool {
                let c = b[k]
                if c == 0x76 {  // "v": "version"
                    return k + 6 < n && b[k + 1] == 0x65 && b[k + 2] == 0x72 && b[k + 3] == 0x73 && b[k + 4] == 0x69
                        && b[k + 5] == 0x6F && b[k + 6] == 0x6E
                }
                guard c == 0x79 else { return false }  // "y"
                return ends("ncorrectl", before: k) || ends("wrongl", before: k) || ends("takenl", before: k)
                    || ends("earlier entr", before: k)
            }
            var i = 0
            if let base = b.baseAddress {
                while i + 8 <= n {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    // The high bit of each byte that may be a "v" or a "y" (a byte above a
                    // match may be flagged too: `cue` reads the byte itself).
                    var candidates = Self.byteMatches(word, 0x76) | Self.byteMatches(word, 0x79)
                    while candidates != 0 {
                        if cue(at: i + candidates.trailingZeroBitCount >> 3) { return true }
                        candidates &= candidates &- 1
                    }
                    i += 8
                }
            }
            while i < n {
                if cue(at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// The zero-byte test's bits: the high bit of every byte of `word` (little-endian) that
    /// is `byte`, and possibly of bytes above such a byte; zero exactly when none is.
    @inline(__always) static func byteMatches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// The sentence of `text` that holds `range`: from after the last ". ", "! ", "? " or
    /// line break before it to the next one after it.
    static func sentenceAround(_ range: TextRange, in text: String) -> Substring {
        var copy = text
        let (start, end) = copy.withUTF8 { utf8 -> (Int, Int) in
            var start = min(range.utf8Start, utf8.count)
            while start > 0 {
                let b = utf8[start - 1]
                if b == 0x0A { break }
                if b == 0x20, start >= 2, [0x2E, 0x21, 0x3F].contains(utf8[start - 2]) { break }
                start -= 1
            }
            var end = min(range.utf8End, utf8.count)
            while end < utf8.count {
                let b = utf8[end]
                if b == 0x0A { break }
                if [0x2E, 0x21, 0x3F].contains(b), end + 1 == utf8.count || utf8[end + 1] == 0x20 || utf8[end + 1] == 0x0A { break }
                end += 1
            }
            return (start, end)
        }
        let lo = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        let hi = text.utf8.index(text.utf8.startIndex, offsetBy: end)
        return text[lo..<hi]
    }
}
