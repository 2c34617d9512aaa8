import ClaimKitModel

extension ClaimComparer {
    /// Phrases of a correction note that tell the figure beside them was the page's own
    /// mistake ("An earlier version of this article gave the satellite's mass as 4.3 tonnes.
    /// It is 3.4 tonnes."). Matched in lower case, in the figure's sentence only.
    static let retractionCues: [String] = [
        "earlier version", "previous version", "earlier post", "earlier update", "earlier entry",
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
            return !retractionCues.contains { sentence.contains($0) }
        }
    }

    /// False when `text` holds none of the cues' distinctive words, read in one pass over its
    /// bytes: "earlier p|u|e...", "version", "...ectly" ("incorrectly"), "wrongly", "mistakenly".
    static func mayHoldRetraction(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b -> Bool in
            let n = b.count
            var i = 3
            while i < n {
                let c = b[i]
                if c == 0x6C, i + 1 < n {  // "l"
                    let next = b[i + 1]
                    if next == 0x79 {  // "ly": "...ectly", "wrongly", "...kenly"
                        let a = b[i - 3], m = b[i - 2], z = b[i - 1]
                        if (a == 0x65 && m == 0x63 && z == 0x74) || (a == 0x6F && m == 0x6E && z == 0x67)
                            || (a == 0x6B && m == 0x65 && z == 0x6E) { return true }
                    } else if next == 0x69, i + 5 < n, b[i + 2] == 0x65, b[i + 3] == 0x72, b[i + 4] == 0x20,
                        b[i - 1] == 0x72, b[i - 2] == 0x61, [0x70, 0x75, 0x65].contains(b[i + 5]) {
                        return true  // "arlier p", "arlier u", "arlier e": an earlier post, update or entry
                    }
                } else if c == 0x76, i + 6 < n, b[i + 1] == 0x65, b[i + 2] == 0x72, b[i + 3] == 0x73,
                    b[i + 4] == 0x69, b[i + 5] == 0x6F, b[i + 6] == 0x6E {  // "version"
                    return true
                }
                i += 1
            }
            return false
        }
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
