import ClaimKitModel

/// One pair of quotation marks (or an opening mark that runs to its paragraph's end),
/// found in a prose block.
struct QuoteSpan: Hashable, Sendable {
    /// The index of the block in the entry's `blocks`.
    var block: Int
    /// Scalar index of the opening mark.
    var open: Int
    /// Scalar index of the closing mark; nil when the quote runs to the paragraph's end.
    var close: Int?
    /// The scalar range of the words inside the marks.
    var inner: Range<Int>
    /// Single marks (‘…’ or '…') rather than double ones.
    var isSingle: Bool
    /// The span lies inside another quote.
    var isNested = false

    /// The scalar range the marks and words cover.
    var outer: Range<Int> { open..<((close.map { $0 + 1 }) ?? inner.upperBound) }
}

/// Pairs quotation marks in an entry's prose blocks: curly and straight, double and
/// single, nested, apostrophes told apart, multi-paragraph quotes, unbalanced marks
/// contained to their paragraph.
struct QuoteSpanFinder {
    /// What a mark can do, read from its neighbours.
    enum Role: Equatable {
        case open, close, either
        /// A closing single mark after "s" that may be a plural possessive ("leaders' talks").
        case closeOrApostrophe
    }

    /// Words whose elided first letters a leading apostrophe stands for ('em, 'til).
    static let elisions: WordSet = [
        "em", "til", "cause", "n", "tis", "twas", "bout", "s", "round", "cos", "coz", "nuff",
    ]

    let text: EntryScalars
    /// Whether a lower-case word is a finite reporting verb ("says", "told"): with it, blocks
    /// opening with a dash are read as dash dialogue (see `dashSpans`); nil reads none.
    var isCueWord: ((String) -> Bool)? = nil

    /// The spans of every prose block, in text order, and the diagnostics for marks that
    /// never close.
    func spans(blocks: [Block]) -> (spans: [QuoteSpan], unbalanced: Int) {
        var all: [QuoteSpan] = []
        var unbalanced = 0
        // A block's marks and its open marks, in buffers kept from block to block (two
        // arrays grown from empty per block with a mark were a fifth of the finder's cost).
        var marks: [Mark] = []
        var stack: [OpenMark] = []
        let prose = blocks.indices.filter { blocks[$0].isProse }
        for (n, b) in prose.enumerated() {
            // A block without a byte that starts a quotation mark holds no paired span and
            // loses no mark: only dash dialogue can be in it, and its scalar bounds (two
            // searches of the offsets) are found only when its first bytes open with a dash.
            if !mayHoldMark(blocks[b].contentRange) {
                if let (start, end) = dialogueBounds(blocks[b]) { all += dashSpans(b, block: blocks[b], start: start, end: end) }
                continue
            }
            let next = n + 1 < prose.count ? blocks[prose[n + 1]] : nil
            unbalanced += spans(in: b, block: blocks[b], nextBlock: next, into: &all, marks: &marks, stack: &stack)
        }
        // Nesting: a span inside another span's words (an other span whose words start at or
        // before its mark and end at or after its end). A span's own words start after its
        // mark, so the widest words starting at or before the mark decide: n log n, not n².
        let byStart = all.map { $0.inner }.sorted { $0.lowerBound < $1.lowerBound }
        var widest: [Int] = []
        widest.reserveCapacity(byStart.count)
        for inner in byStart { widest.append(max(widest.last ?? Int.min, inner.upperBound)) }
        for i in all.indices {
            var lo = 0
            var hi = byStart.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if byStart[mid].lowerBound <= all[i].open { lo = mid + 1 } else { hi = mid }
            }
            all[i].isNested = lo > 0 && all[i].outer.upperBound <= widest[lo - 1]
        }
        return (all.sorted { $0.open < $1.open }, unbalanced)
    }

    /// Whether a UTF-8 byte in `range` starts a quotation mark (" ' « » ‘ ’ “ ” „), read
    /// eight bytes at a time while none is a straight mark or non-ASCII: without one, the
    /// scan of `spans(in:block:nextBlock:)` finds no mark.
    private func mayHoldMark(_ range: TextRange) -> Bool {
        let lo = range.utf8Start
        let hi = range.utf8End
        return text.utf8.withUnsafeBytes { raw -> Bool in
            var p = lo
            while p < hi {
                if p + 8 <= hi, !QuoteExtractor.mayHoldMark(raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)) {
                    p += 8
                    continue
                }
                switch raw[p] {
                case 0x22, 0x27: return true
                case 0xC2: if p + 1 < hi && (raw[p + 1] == 0xAB || raw[p + 1] == 0xBB) { return true }
                case 0xE2:
                    if p + 2 < hi, raw[p + 1] == 0x80, raw[p + 2] &- 0x98 < 7, raw[p + 2] != 0x9A, raw[p + 2] != 0x9B {
                        return true
                    }
                default: break
                }
                p += 1
            }
            return false
        }
    }

    /// The scalar bounds of a block that `dashSpans` may read (dash dialogue on), from the
    /// gate `dashSpans` reads first: its first bytes, or its list marker's, an en or em dash
    /// and a space. Nil for any other block, which holds no dash dialogue.
    private func dialogueBounds(_ block: Block) -> (Int, Int)? {
        guard isCueWord != nil else { return nil }
        let p = block.contentRange.utf8Start
        guard Self.opensWithDash(text.utf8, at: p) || (block.kind == .listItem && p >= 4 && Self.opensWithDash(text.utf8, at: p - 4))
        else { return nil }
        return (text.index(ofOffset: p), text.index(ofOffset: block.contentRange.utf8End))
    }

    /// A mark `classify` read at scalar `index`.
    struct Mark {
        var index: Int
        var single: Bool
        var role: Role
    }

    /// A mark still open while a block's marks are paired.
    struct OpenMark {
        var index: Int
        var single: Bool
    }

    /// Appends the spans of block `b` to `all` (its paired spans, then its dash dialogue)
    /// and returns the count of its marks that never close. `marks` and `stack` are buffers
    /// the caller keeps from block to block.
    private func spans(
        in b: Int, block: Block, nextBlock: Block?, into all: inout [QuoteSpan], marks: inout [Mark],
        stack: inout [OpenMark]
    ) -> Int {
        let start = text.index(ofOffset: block.contentRange.utf8Start)
        let end = text.index(ofOffset: block.contentRange.utf8End)
        // Dash dialogue, gated on the block's first four bytes.
        let dashes = isCueWord == nil ? [] : dashSpans(b, block: block, start: start, end: end)
        marks.removeAll(keepingCapacity: true)
        if text.isASCII {
            // Scalar `i` is byte `i`, and the only marks are " and ': eight bytes at a time
            // while none is one.
            text.utf8.withUnsafeBytes { raw in
                var i = start
                while i < end {
                    if i + 8 <= end, !QuoteExtractor.mayHoldMark(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                        i += 8
                        continue
                    }
                    let v = raw[i]
                    if v == 0x22 || v == 0x27, let m = classify(i, start: start, end: end) {
                        marks.append(Mark(index: i, single: m.single, role: m.role))
                    }
                    i += 1
                }
            }
        } else {
            // The bytes of the block's scalars, eight at a time while none is a straight mark
            // or non-ASCII; a mark is " or ' or the UTF-8 of « » (C2 AB, C2 BB) or ‘ ’ “ ” „
            // (E2 80 98/99/9C/9D/9E), none of whose first bytes continues a scalar, so each
            // byte that starts one starts a scalar, found by its offset (the marks, not every
            // scalar, are looked up).
            let lo = text.offset(start)
            let hi = text.offset(end)
            text.utf8.withUnsafeBytes { raw in
                var p = lo
                // The scalar index of the byte at `p` (or of the next scalar, inside one):
                // counted along, where a binary search of the offsets was made per mark.
                var i = start
                while p < hi {
                    if p + 8 <= hi, !QuoteExtractor.mayHoldMark(raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)) {
                        // Eight ASCII bytes: eight scalars.
                        p += 8
                        i += 8
                        continue
                    }
                    let c = raw[p]
                    let startsMark: Bool
                    switch c {
                    case 0x22, 0x27: startsMark = true
                    case 0xC2: startsMark = p + 1 < hi && (raw[p + 1] == 0xAB || raw[p + 1] == 0xBB)
                    case 0xE2:
                        startsMark =
                            p + 2 < hi && raw[p + 1] == 0x80
                            && (raw[p + 2] == 0x98 || raw[p + 2] == 0x99 || raw[p + 2] == 0x9C || raw[p + 2] == 0x9D
                                || raw[p + 2] == 0x9E)
                    default: startsMark = false
                    }
                    if startsMark {
                        if let m = classify(i, start: start, end: end) { marks.append(Mark(index: i, single: m.single, role: m.role)) }
                    }
                    // A byte that is no continuation byte starts a scalar.
                    if c & 0xC0 != 0x80 { i += 1 }
                    p += 1
                }
            }
        }
        // A block without a mark holds no span and loses none.
        if marks.isEmpty {
            all += dashes
            return 0
        }
        stack.removeAll(keepingCapacity: true)
        // The block's spans are `all[base...]`.
        let base = all.count
        func make(_ open: Int, _ close: Int, single: Bool) {
            var lo = open + 1
            var hi = close
            while lo < hi, text.scalars[lo].isSpace { lo += 1 }
            while hi > lo, text.scalars[hi - 1].isSpace { hi -= 1 }
            guard (lo..<hi).contains(where: { text.scalars[$0].isWordChar }) else { return }
            all.append(QuoteSpan(block: b, open: open, close: close, inner: lo..<hi, isSingle: single))
        }
        for (k, mark) in marks.enumerated() {
            if !mark.single {
                let openDouble = stack.lastIndex { !$0.single }
                switch mark.role {
                case .open:
                    stack.append(OpenMark(index: mark.index, single: false))
                case .either where openDouble == nil:
                    stack.append(OpenMark(index: mark.index, single: false))
                case .close, .either, .closeOrApostrophe:
                    guard let d = openDouble else { continue }  // a stray closing mark
                    make(stack[d].index, mark.index, single: false)
                    stack.removeSubrange(d...)
                }
            } else {
                switch mark.role {
                case .open:
                    stack.append(OpenMark(index: mark.index, single: true))
                case .close, .either:
                    if let top = stack.last, top.single {
                        make(top.index, mark.index, single: true)
                        stack.removeLast()
                    }
                case .closeOrApostrophe:
                    guard let top = stack.last, top.single else { continue }
                    // "the leaders' talks": keep looking when a later single mark can close.
                    let later = marks[(k + 1)...].prefix { $0.single || $0.role == .open }
                    if later.contains(where: { $0.single && ($0.role == .close || $0.role == .closeOrApostrophe) }),
                        let n = text[mark.index + 1], n.isSpace, let w = text[mark.index + 2], w.isLetter, !w.isUpper
                    {
                        continue
                    }
                    make(top.index, mark.index, single: true)
                    stack.removeLast()
                }
            }
        }
        // An opening double mark left open runs to the paragraph's end when it starts the
        // paragraph, or when the next paragraph opens with a mark (a quote over several
        // paragraphs). Any other unclosed mark is dropped and spoils nothing else.
        var lost = 0
        let doubles = stack.filter { !$0.single }
        if let first = doubles.first {
            let nextOpens =
                nextBlock.map { nb -> Bool in
                    let i = text.index(ofOffset: nb.contentRange.utf8Start)
                    guard let s = text[i] else { return false }
                    return s == "\u{201C}" || s == "\"" || s == "\u{00AB}" || s == "\u{201E}"
                } ?? false
            // A lone mark whose words end the paragraph with a sentence's end ("… as "the best
            // in years.") is a quote whose closing mark was dropped: closed at the paragraph's
            // end, and still reported.
            var last = end - 1
            while last > first.index, text.scalars[last].isSpace { last -= 1 }
            let endsSentence = ".!?\u{2026}".unicodeScalars.contains(text.scalars[last])
            let dropped =
                doubles.count == 1 && endsSentence && first.index != start && !nextOpens
                && all[base...].allSatisfy { $0.open < first.index }
            if first.index == start || nextOpens || dropped {
                let before = all.count
                make(first.index, end, single: false)
                if all.count > before { all[all.count - 1].close = nil }
                lost += doubles.count - 1 + (dropped ? 1 : 0)
            } else {
                lost += doubles.count
            }
        }
        all += dashes
        return lost
    }

    /// The mark at scalar `i`, if it is a quotation mark and not an apostrophe.
    func classify(_ i: Int, start: Int, end: Int) -> (single: Bool, role: Role)? {
        let s = text.scalars[i]
        // Most scalars are no mark: answer before reading the neighbours.
        guard Self.isMark(s.value) else { return nil }
        let prev: Unicode.Scalar? = i > start ? text.scalars[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < end ? text.scalars[i + 1] : nil
        let before = prev.map(Self.opensAfter) ?? true
        let after = next.map(Self.closesBefore) ?? true
        switch s {
        case "\u{201C}":
            // German „…“ closes with the mark English opens with: glued to the word before
            // it and followed by a space or punctuation, it closes.
            if !before && after { return (false, .close) }
            return (false, .open)
        case "\u{201E}", "\u{00AB}":
            return (false, .open)
        case "\u{201D}", "\u{00BB}":
            return (false, .close)
        case "\"":
            if before && !after { return (false, .open) }
            if !before && after { return (false, .close) }
            return (false, .either)
        case "\u{2018}":
            if let n = next, n.isDigit { return nil }  // ‘90s
            if before && !after { return isElision(i + 1, end: end) ? nil : (true, .open) }
            return nil
        case "\u{2019}", "'":
            if let p = prev, let n = next, p.isWordChar, n.isLetter { return nil }  // time’s, don't
            if before {
                guard s == "'", !after else { return nil }  // ’90s, ’em
                if let n = next, n.isDigit { return nil }
                return isElision(i + 1, end: end) ? nil : (true, .open)
            }
            if after {
                if let p = prev, p == "s" || p == "S" { return (true, .closeOrApostrophe) }
                return (true, .close)
            }
            return nil
        default:
            return nil
        }
    }

    /// The scalars `classify` can return a role for.
    static func isMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E: true
        default: false
        }
    }

    private func isElision(_ i: Int, end: Int) -> Bool {
        var j = i
        var word = ""
        while j < end, text.scalars[j].isLetter {
            word.unicodeScalars.append(text.scalars[j])
            j += 1
        }
        let w = word.lowercased()
        return Self.elisions.contains(w)
            && (w == "n" || !(j < end && (text.scalars[j] == "'" || text.scalars[j] == "\u{2019}")))
    }

    /// Whether a mark after `prev` can open a quote (space, start, bracket, dash, another mark).
    static func opensAfter(_ prev: Unicode.Scalar) -> Bool {
        switch prev {
        case "(", "[", "{", "<", "\u{2014}", "\u{2013}", "-", "/", "\u{201C}", "\u{2018}", "\"", "'", "\u{00AB}", ":": true
        default: prev.isSpace
        }
    }

    /// Whether a mark before `next` can close a quote (space, end, punctuation, another mark).
    static func closesBefore(_ next: Unicode.Scalar) -> Bool {
        switch next {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", ">", "\u{2014}", "\u{2013}", "-", "/", "\u{2026}", "\u{201D}",
            "\u{2019}", "\"", "'", "\u{00BB}":
            true
        default: next.isSpace
        }
    }
}
