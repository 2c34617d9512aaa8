import ClaimKitModel

/// Dash dialogue: the convention of Spanish, Scandinavian, Russian and other newsrooms (and
/// their English editions) that marks speech with a dash instead of quotation marks.
///
/// A prose block that opens with an en or em dash and a space is a quote up to its
/// attribution (", says the pilot, Lt Ana Ruiz." / ", she said." / "? asked Olsen."); a dash
/// and a space after the attribution's sentence reopen the quote, to the next attribution or
/// the block's end. A dash block without an attribution (a list item, "– Roads closed: A1.")
/// holds no quote.
extension QuoteSpanFinder {
    /// Words that may open an attribution clause before its verb ("she said", "the pilot says").
    static let attributionOpeners: WordSet = [
        "he", "she", "they", "we", "i", "it", "the", "a", "an", "his", "her", "their", "its", "our", "my",
    ]

    /// Whether a scalar is an en or em dash.
    @inline(__always)
    static func isDialogueDash(_ s: Unicode.Scalar) -> Bool { s == "\u{2013}" || s == "\u{2014}" }

    /// Whether a block's UTF-8 starts with an en or em dash and a space (E2 80 93/94 20): the
    /// gate read before anything else, from the bytes.
    static func opensWithDash(_ utf8: [UInt8], at p: Int) -> Bool {
        p + 3 < utf8.count && utf8[p] == 0xE2 && utf8[p + 1] == 0x80 && (utf8[p + 2] == 0x93 || utf8[p + 2] == 0x94)
            && utf8[p + 3] == 0x20
    }

    /// The dash-dialogue spans of block `b` (scalars `start..<end`): none unless it opens
    /// with a dash and a space (or is a list item whose marker is one) and an attribution
    /// follows. Gated on the block's first bytes.
    func dashSpans(_ b: Int, block: Block, start: Int, end: Int) -> [QuoteSpan] {
        guard let isCue = isCueWord, end - start > 3 else { return [] }
        let p = block.contentRange.utf8Start
        // The first quote's "mark": the dash, or for a list item whose marker is the dash
        // (outside its content), its first word.
        var open: Int
        if Self.opensWithDash(text.utf8, at: p) {
            open = start
        } else if block.kind == .listItem, p >= 4, Self.opensWithDash(text.utf8, at: p - 4) {
            open = start - 1
        } else {
            return []
        }
        var out: [QuoteSpan] = []
        let first = open
        while true {
            var lo = open + 1
            while lo < end, text.scalars[lo].isSpace { lo += 1 }
            // Quotation marks after the dash say themselves where the quote is.
            guard lo < end, !Self.isMark(text.scalars[lo].value) else { break }
            if let (close, reopen) = attribution(from: lo, end: end, isCue: isCue) {
                if (lo..<close).contains(where: { text.scalars[$0].isWordChar }) {
                    out.append(
                        QuoteSpan(block: b, open: max(open, start), close: close, inner: lo..<close, isSingle: false))
                }
                guard let r = reopen else { break }
                open = r
                continue
            }
            // A reopened quote with no attribution of its own runs to the block's end.
            if open != first {
                var hi = end
                while hi > lo, text.scalars[hi - 1].isSpace { hi -= 1 }
                if (lo..<hi).contains(where: { text.scalars[$0].isWordChar }) {
                    out.append(QuoteSpan(block: b, open: open, close: nil, inner: lo..<hi, isSingle: false))
                }
            }
            break
        }
        return out
    }

    /// The first attribution after scalar `lo`: a comma, "?" or "!" and a space, then a clause
    /// whose reporting verb comes first or after at most four words that can be its subject
    /// (a name, a pronoun, "the helicopter pilot"). Returns the scalar after the punctuation
    /// (the quote's end, standing for a closing mark) and the dash that reopens the quote
    /// after the clause's sentence, if any.
    private func attribution(from lo: Int, end: Int, isCue: (String) -> Bool) -> (close: Int, reopen: Int?)? {
        var k = lo
        while k + 2 < end {
            let s = text.scalars[k]
            if (s == "," || s == "?" || s == "!"), text.scalars[k + 1] == " ", clauseHasCue(from: k + 2, end: end, isCue) {
                // The reopening dash: ". – " after the clause.
                var j = k + 2
                var reopen: Int?
                while j + 2 < end {
                    let c = text.scalars[j]
                    if (c == "." || c == "!" || c == "?"), text.scalars[j + 1] == " ", Self.isDialogueDash(text.scalars[j + 2]),
                        j + 3 < end, text.scalars[j + 3] == " "
                    {
                        reopen = j + 2
                        break
                    }
                    j += 1
                }
                return (k + 1, reopen)
            }
            k += 1
        }
        return nil
    }

    /// Whether the clause at scalar `i` opens with a reporting verb, or with up to four
    /// subject words (the first a pronoun, a determiner or a capitalised word) and then one.
    private func clauseHasCue(from i: Int, end: Int, _ isCue: (String) -> Bool) -> Bool {
        var j = i
        var n = 0
        while j < end, n < 5 {
            var w = ""
            let first = text.scalars[j]
            while j < end {
                let c = text.scalars[j]
                guard c.isWordChar || ((c == "'" || c == "\u{2019}" || c == "-" || c == ".") && !w.isEmpty) else { break }
                w.unicodeScalars.append(c)
                j += 1
            }
            guard !w.isEmpty else { return false }
            while w.last == "." { w.removeLast() }  // "Prof." and a sentence's end alike
            let lower = w.lowercased()
            if isCue(lower) { return true }
            if n == 0, !first.isUpper, !Self.attributionOpeners.contains(lower) { return false }
            // Only spaces between the subject's words.
            guard j < end, text.scalars[j] == " " else { return false }
            j += 1
            n += 1
        }
        return false
    }
}
