import ClaimKitModel

/// Cuts one prose block into sentences without making its words into items.
///
/// A sentence ends only at a mark (. ! ? … or a line break) or after a top-level quote, so
/// the block is read for those alone; the items next to such a mark (the word before a
/// period, the item after the mark, the words after a quote) are made as the scan of the
/// whole block would make them, and the same rules decide: a period after an abbreviation
/// or an initial ends nothing, a mark ends a sentence before a capitalised word, a digit, a
/// quote, "(" or "•", a quote ending in sentence punctuation ends one unless a cue follows it
/// ("…?" he said). Most sentences are never read by a rule, and their words are never made.
///
/// One cutter cuts every block of an entry in turn (`begin(block:start:end:q:qEnd:)`): a
/// cutter per block copied the scanner, and retained and released its arrays, per block.
struct SentenceCutter<S: ScalarBuffer> {
    let scanner: SentenceScanner
    let sc: S
    /// The entry's UTF-8 bytes, lent for the cut only.
    let utf8: UnsafeBufferPointer<UInt8>
    private(set) var block: Int
    private(set) var start: Int
    private(set) var end: Int
    /// The next top-level quote not read yet (a `scanner.topLevel` index), and the end of the block's.
    var q: Int
    private(set) var qEnd: Int
    /// Where the current sentence's items start at the earliest (after the last cut), and
    /// the next quote at that point.
    var from: Int
    var fromQuote: Int
    /// Whether the current sentence holds a quote item.
    var hasQuote = false
    /// The end of the last quote item read (its marks and words are one item).
    var lastQuoteEnd: Int
    /// The position of the last period kept by a title abbreviation ("Sen."), -1 when none.
    var keptPeriod = -1
    let count: Int

    init(
        scanner: SentenceScanner, sc: S, utf8: UnsafeBufferPointer<UInt8>, block: Int, start: Int, end: Int, q: Int,
        qEnd: Int
    ) {
        self.scanner = scanner
        self.sc = sc
        self.utf8 = utf8
        self.block = block
        self.start = start
        self.end = end
        self.q = q
        self.qEnd = qEnd
        from = start
        fromQuote = q
        lastQuoteEnd = start
        count = scanner.text.count
    }

    /// Makes the cutter cut block `block` (scalars `start..<end`, its top-level quotes
    /// `q..<qEnd`) next, from the state a new cutter for it starts with.
    mutating func begin(block: Int, start: Int, end: Int, q: Int, qEnd: Int) {
        self.block = block
        self.start = start
        self.end = end
        self.q = q
        self.qEnd = qEnd
        from = start
        fromQuote = q
        hasQuote = false
        lastQuoteEnd = start
        keptPeriod = -1
    }

    /// The first quote not read yet whose opening mark is at or after `pos` (Int.max: none).
    private func open(atOrAfter pos: Int) -> Int {
        var k = q
        while k < qEnd {
            let o = scanner.topLevel[k].element.open
            if o >= pos { return o }
            k += 1
        }
        return Int.max
    }

    @inline(__always) private func isBlank(_ s: Unicode.Scalar) -> Bool { s.isSpace && s != "\n" }

    /// Where the item after position `pos` starts (every scalar but a space is in an item), nil at the block's end.
    private func nextItem(from pos: Int) -> Int? {
        var n = pos
        while n < end {
            if !isBlank(sc[n]) { return n }
            n += 1
        }
        return nil
    }

    /// Whether a word starts at `n` (a word character, or @ or # before one).
    @inline(__always) private func startsWord(_ n: Int) -> Bool {
        let s = sc[n]
        return s.isWordChar || ((s == "@" || s == "#") && n + 1 < count && sc[n + 1].isWordChar)
    }

    /// The word item starting at `n`.
    private func word(at n: Int) -> Item {
        let (id, j) = scanner.wordItem(sc, utf8: utf8, from: n, end: end, nextOpen: open(atOrAfter: n + 1))
        return Item(word: id, range: n..<j, table: scanner.words)
    }

    /// Whether the item at `n` starts a sentence (`SentenceScanner.startsSentence`).
    private func startsSentence(at n: Int) -> Bool {
        if open(atOrAfter: n) == n { return true }
        if startsWord(n) {
            return word(at: n).isCapitalized || scanner.text.scalars[n].isDigit
        }
        let s = sc[n]
        return s == "(" || s == "\u{2022}"
    }

    /// Whether the items from `n` are "Name says" (a quote's own cue), within four words.
    private func introducesCue(at n: Int) -> Bool {
        var k = 0
        var pos = n
        while k < 5, let m = nextItem(from: pos) {
            guard open(atOrAfter: m) != m, startsWord(m) else { return false }
            let it = word(at: m)
            if scanner.isCueForm(it) { return k > 0 }
            guard it.isCapitalized || k > 0 else { return false }
            k += 1
            pos = it.range.upperBound
        }
        return false
    }

    /// Whether scalar `x` is the opening mark of one of the block's top-level quotes.
    private func isOpen(_ x: Int) -> Bool {
        var k = fromQuote
        while k < qEnd {
            if scanner.topLevel[k].element.open == x { return true }
            k += 1
        }
        return false
    }

    /// The word item whose last scalar is `e` (a word character or a kept period).
    private func word(endingAt e: Int) -> Item {
        let floor = max(from, lastQuoteEnd)
        var x = e == keptPeriod ? e - 1 : e
        while x - 1 >= floor {
            let c = sc[x - 1]
            if c.isWordChar {
                x -= 1
                continue
            }
            if c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "." || c == "&", x - 2 >= floor,
                sc[x - 2].isWordChar, !((c == "'" || c == "\u{2019}") && isOpen(x - 1))
            {
                x -= 1
                continue
            }
            break
        }
        if x - 1 >= floor, sc[x - 1] == "@" || sc[x - 1] == "#" { x -= 1 }
        return Item(word: scanner.word(x, e + 1, utf8), range: x..<(e + 1), table: scanner.words)
    }

    /// The end of the current sentence's last item before position `pos`, nil when it has none.
    private func lastItemEnd(before pos: Int) -> Int? {
        var p = min(pos, end) - 1
        while p >= from, isBlank(sc[p]) { p -= 1 }
        guard p >= from else { return nil }
        return p < lastQuoteEnd ? lastQuoteEnd : p + 1
    }

    /// Ends the current sentence at `e` (the end of its last item).
    private mutating func flush(to e: Int?, into out: inout [ScannedSentence]) {
        defer { hasQuote = false }
        guard let e else { return }
        var f = from
        while f < e, isBlank(sc[f]) { f += 1 }
        guard f < e else { return }
        out.append(
            ScannedSentence(block: block, range: f..<e, hasQuote: hasQuote, blockEnd: end, quotes: fromQuote..<qEnd))
    }

    /// The first scalar of . ! ? … or a line break in `i..<limit` (`limit` when none), found
    /// in the UTF-8 bytes eight at a time.
    private func nextMark(from i: Int, before limit: Int) -> Int {
        let text = scanner.text
        var b = text.offset(i)
        let bEnd = text.offset(limit)
        guard let base = utf8.baseAddress else { return limit }
        let raw = UnsafeRawPointer(base)
        // The scalar index of the byte at `b` (when a scalar starts there), counted along.
        var index = i
        while b < bEnd {
            if b + 8 <= bEnd, !Self.mayHoldMark(raw.loadUnaligned(fromByteOffset: b, as: UInt64.self)) {
                // Eight ASCII bytes: eight scalars.
                b += 8
                index += 8
                continue
            }
            let c = utf8[b]
            if c == 0x2E || c == 0x0A || c == 0x21 || c == 0x3F
                || (c == 0xE2 && b + 2 < bEnd && utf8[b + 1] == 0x80 && utf8[b + 2] == 0xA6)
            {
                return index
            }
            // A byte that is no continuation byte starts a scalar.
            if c & 0xC0 != 0x80 { index += 1 }
            b += 1
        }
        return limit
    }

    /// Whether any of the eight bytes of `word` may be a mark that ends a sentence: . ! ?
    /// a line feed, or non-ASCII (… is).
    @inline(__always)
    static func mayHoldMark(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
        return word & high != 0 || hasZeroByte(word ^ (ones &* 0x2E)) || hasZeroByte(word ^ (ones &* 0x0A))
            || hasZeroByte(word ^ (ones &* 0x21)) || hasZeroByte(word ^ (ones &* 0x3F))
    }

    mutating func cut(into out: inout [ScannedSentence]) {
        var i = start
        var nextOpen = q < qEnd ? scanner.topLevel[q].element.open : Int.max
        while i < end {
            if nextOpen <= i {
                if nextOpen == i {
                    let span = scanner.topLevel[q].element
                    let e = span.outer.upperBound
                    hasQuote = true
                    lastQuoteEnd = e
                    q += 1
                    if scanner.spanEndsSentence(span), let n = nextItem(from: e), startsSentence(at: n),
                        !introducesCue(at: n)
                    {
                        flush(to: e, into: &out)
                        from = e
                        fromQuote = q
                    }
                    i = e
                } else {
                    q += 1
                }
                nextOpen = q < qEnd ? scanner.topLevel[q].element.open : Int.max
                continue
            }
            // Only . ! ? … and a line break end a sentence outside quotes.
            let limit = min(end, nextOpen)
            i = nextMark(from: i, before: limit)
            if i >= limit { continue }
            let v = sc[i].value
            if v == 0x0A {
                flush(to: lastItemEnd(before: i), into: &out)
                from = i + 1
                fromQuote = q
                i += 1
                continue
            }
            if v == 0x2E {
                // The word the period is glued to, if any.
                var glued: Item?
                if i - 1 >= max(start, lastQuoteEnd), sc[i - 1].isWordChar {
                    // Inside a word ("U.S", "3.5").
                    if i + 1 < end, sc[i + 1].isWordChar {
                        i += 1
                        continue
                    }
                    // "Sen.": a title abbreviation keeps its period.
                    let w = word(endingAt: i - 1)
                    if scanner.words.facts[Int(w.word)].isTitleAbbreviation {
                        keptPeriod = i
                        i += 1
                        continue
                    }
                    glued = w
                }
                // "." after an abbreviation or an initial does not end a sentence.
                var p = i - 1
                while p >= from, isBlank(sc[p]) { p -= 1 }
                if p >= from, p >= lastQuoteEnd, sc[p].isWordChar || p == keptPeriod {
                    let prev = p == i - 1 ? glued ?? word(endingAt: p) : word(endingAt: p)
                    if SentenceScanner.abbreviations.contains(prev) || (prev.isCapitalized && prev.text.count == 1) {
                        i += 1
                        continue
                    }
                }
            }
            if let n = nextItem(from: i + 1), startsSentence(at: n) {
                flush(to: i + 1, into: &out)
                from = i + 1
                fromQuote = q
            }
            i += 1
        }
        flush(to: lastItemEnd(before: end), into: &out)
    }
}
