import ClaimKitModel

/// One item of a sentence as the attribution rules see it: a word, a punctuation mark,
/// or a whole top-level quote.
///
/// Plain numbers only (its surface is a number in the document's `WordTable`): copying an
/// item retains nothing, and an array of items is freed without visiting them.
struct Item: Sendable {
    enum Kind: Equatable, Sendable {
        case word
        case punct
        /// A top-level quote: index into the entry's spans.
        case quote(Int)
    }

    private var lo: Int32
    private var hi: Int32
    /// A quote's span index; -1 for a word, -2 for a punctuation mark.
    private var tag: Int32
    /// The surface's number in `table`.
    var word: Int32
    /// A punctuation item's scalar (NUL for words and quotes).
    var punct: Unicode.Scalar = "\0"
    /// A word's first two UTF-8 bytes of `lower` (see `Item.key(_:)`): rejects most lexicon
    /// lookups before a string is hashed or compared.
    var lowerKey: UInt16 = 0
    /// Starts with an upper-case letter.
    var isCapitalized: Bool
    /// Ends in a possessive "'s" / "’s".
    var isPossessive: Bool
    /// The document's surfaces (kept alive by the scanner's caller while items are read).
    unowned(unsafe) let table: WordTable

    init(word id: Int32, range: Range<Int>, table: WordTable) {
        let f = table.facts[Int(id)]
        lo = Int32(range.lowerBound)
        hi = Int32(range.upperBound)
        tag = -1
        word = id
        lowerKey = f.lowerKey
        isCapitalized = f.isCapitalized
        isPossessive = f.isPossessive
        self.table = table
    }

    init(punct s: Unicode.Scalar, at i: Int, table: WordTable) {
        lo = Int32(i)
        hi = Int32(i + 1)
        tag = -2
        word = table.mark(s)
        punct = s
        isCapitalized = false
        isPossessive = false
        self.table = table
    }

    init(quote q: Int, range: Range<Int>, table: WordTable) {
        lo = Int32(range.lowerBound)
        hi = Int32(range.upperBound)
        tag = Int32(q)
        word = 0
        isCapitalized = false
        isPossessive = false
        self.table = table
    }

    var kind: Kind { tag == -1 ? .word : tag == -2 ? .punct : .quote(Int(tag)) }
    /// Scalar range in the entry text.
    var range: Range<Int> { Int(lo)..<Int(hi) }
    /// The surface as written (a quote's is empty).
    var text: String { table.surfaces[Int(word)] }
    /// The surface lower-cased, possessive ending removed ("trump" for "Trump's").
    var lower: String { table.lowers[Int(word)] }
    /// The surface's facts in the table (first bytes, cached word-list answers).
    var facts: UnsafeMutablePointer<WordTable.Facts> { table.facts + Int(word) }

    /// The key of a lower-case form: its first byte, then its second (0 when it has one byte).
    static func key(_ lower: String) -> UInt16 {
        var it = lower.utf8.makeIterator()
        guard let a = it.next() else { return 0 }
        return UInt16(a) << 8 | UInt16(it.next() ?? 0)
    }
    /// The key of a word from its first bytes.
    static func key(_ a: UInt8, _ b: UInt8) -> UInt16 { UInt16(a) << 8 | UInt16(b) }

    var isWord: Bool { tag == -1 }
    /// A semicolon: ";" or the Greek question mark, which a String compares equal to it
    /// (canonical equivalence), as `text == ";"` found it.
    var isSemicolon: Bool { punct == ";" || punct == "\u{037E}" }
    var quoteIndex: Int? { tag >= 0 ? Int(tag) : nil }
}

/// A sentence of a prose block; quotes never split a sentence. Its items are made when a
/// rule first reads them (`SentenceScanner.items(of:)`): most sentences are never read.
struct ScannedSentence: Sendable {
    /// The block index in the entry.
    var block: Int
    /// Scalar range (from its first item's start to its last item's end).
    var range: Range<Int>
    /// Whether a top-level quote is one of its items.
    var hasQuote: Bool
    /// The scalar index where its block ends (words are read up to it).
    var blockEnd: Int
    /// The top-level quotes (`SentenceScanner.topLevel` indexes) from the sentence's start
    /// to its block's end.
    var quotes: Range<Int>
}

#if DEBUG
/// A sentence with its items as the whole-block scan made them (checked against the lazy
/// scan in debug builds).
struct FullSentence {
    var block: Int
    var range: Range<Int>
    var items: [Item]
}
#endif

/// Splits prose blocks into sentences and sentences into items, treating each top-level
/// quote as one item so that punctuation inside it never ends the reporter's sentence.
/// Scalars of an entry read through a pointer lent for one scan (`SentenceScanner`).
protocol ScalarBuffer {
    subscript(i: Int) -> Unicode.Scalar { get }
}

/// An ASCII text's bytes, each a scalar.
struct ASCIIScalars: ScalarBuffer {
    let bytes: UnsafeBufferPointer<UInt8>
    @inline(__always) subscript(i: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[i]) }
}

/// A text's decoded scalars.
struct DecodedScalars: ScalarBuffer {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    @inline(__always) subscript(i: Int) -> Unicode.Scalar { scalars[i] }
}

struct SentenceScanner {
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "prof", "jr", "sr",
        "no", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "est", "fig", "mt", "ft", "adm", "cmdr", "rev", "hon", "pres",
    ]

    /// Abbreviations that stand before a name and keep their period ("Sen. Warren").
    static let titleAbbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "st", "adm", "cmdr",
        "rev",
        "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "maj", "brig", "fr", "sr", "jr",
    ]

    let text: EntryScalars
    let spans: [QuoteSpan]
    /// The document's surfaces, which the items refer to.
    let words: WordTable
    /// Tells whether a word form is a reporting verb (to keep "…?" he said together).
    let isCueForm: (Item) -> Bool
    /// The top-level spans (index into `spans`, span), by block then span order: each
    /// block's quotes a run read in turn.
    let topLevel: [(offset: Int, element: QuoteSpan)]

    init(text: EntryScalars, spans: [QuoteSpan], words: WordTable, isCueForm: @escaping (Item) -> Bool) {
        self.text = text
        self.spans = spans
        self.words = words
        self.isCueForm = isCueForm
        var topLevel: [(offset: Int, element: QuoteSpan)] = []
        topLevel.reserveCapacity(spans.count)
        var byBlock = true
        for (offset, span) in spans.enumerated() where !span.isNested {
            if let last = topLevel.last, last.element.block > span.block { byBlock = false }
            topLevel.append((offset, span))
        }
        // Grouped once, by block then span order (a dictionary of groups cost hashing and
        // allocations per entry; filtering every block's quotes out of the entry's was
        // quadratic). Spans in text order are already so.
        if !byBlock {
            topLevel.sort { ($0.element.block, $0.offset) < ($1.element.block, $1.offset) }
        }
        self.topLevel = topLevel
    }

    /// The sentences of the prose blocks up to the last one with a quote, without their
    /// items: the text is read for the marks that can end a sentence (. ! ? … a line break,
    /// a quote's end), and only the words next to such a mark are made into items to decide
    /// on it (see `SentenceCutter`), as cutting every block's items would decide.
    func sentences(blocks: [Block]) -> [ScannedSentence] {
        // The scalars and the UTF-8 bytes are read through pointers lent for the scan only:
        // the same loop for an ASCII text's bytes and for decoded scalars.
        let out = text.utf8.withUnsafeBufferPointer { utf8 in
            if text.isASCII { return cutBlocks(ASCIIScalars(bytes: utf8), utf8: utf8, blocks: blocks) }
            return text.scalars.withDecoded { cutBlocks(DecodedScalars(scalars: $0), utf8: utf8, blocks: blocks) }
        }
        #if DEBUG
        verify(out, blocks: blocks)
        #endif
        return out
    }

    /// The items of a sentence (words, marks, top-level quotes), as the scan of its whole
    /// block makes them.
    func items(of sentence: ScannedSentence) -> [Item] {
        text.utf8.withUnsafeBufferPointer { utf8 in
            if text.isASCII { return itemize(ASCIIScalars(bytes: utf8), utf8: utf8, sentence) }
            return text.scalars.withDecoded { itemize(DecodedScalars(scalars: $0), utf8: utf8, sentence) }
        }
    }

    private func cutBlocks<S: ScalarBuffer>(_ sc: S, utf8: UnsafeBufferPointer<UInt8>, blocks: [Block])
        -> [ScannedSentence]
    {
        var out: [ScannedSentence] = []
        var nextQuote = 0
        // Blocks after the last quote's are never read: attribution looks only backwards.
        let lastBlock = topLevel.last?.element.block ?? -1
        // One cutter for the entry, set to each block in turn.
        var cutter = SentenceCutter(scanner: self, sc: sc, utf8: utf8, block: -1, start: 0, end: 0, q: 0, qEnd: 0)
        for (b, block) in blocks.enumerated() where block.isProse {
            if b > lastBlock { break }
            let start = text.index(ofOffset: block.contentRange.utf8Start)
            let end = text.index(ofOffset: block.contentRange.utf8End)
            while nextQuote < topLevel.count, topLevel[nextQuote].element.block < b { nextQuote += 1 }
            let qBase = nextQuote
            while nextQuote < topLevel.count, topLevel[nextQuote].element.block == b { nextQuote += 1 }
            cutter.begin(block: b, start: start, end: end, q: qBase, qEnd: nextQuote)
            cutter.cut(into: &out)
        }
        return out
    }

    /// The items of `sentence`: the scan of its block from the sentence's start.
    private func itemize<S: ScalarBuffer>(_ sc: S, utf8: UnsafeBufferPointer<UInt8>, _ sentence: ScannedSentence)
        -> [Item]
    {
        let count = text.count
        let end = sentence.blockEnd
        let stop = sentence.range.upperBound
        var items: [Item] = []
        // About one item per four scalars, grown once if at all (not by doubling from one).
        items.reserveCapacity((stop - sentence.range.lowerBound) / 4 + 4)
        var q = sentence.quotes.lowerBound
        let qEnd = sentence.quotes.upperBound
        var nextOpen = q < qEnd ? topLevel[q].element.open : Int.max
        var i = sentence.range.lowerBound
        while i < stop {
            i = item(sc, utf8: utf8, at: i, end: end, count: count, quote: &q, quoteEnd: qEnd, nextOpen: &nextOpen, into: &items)
        }
        return items
    }

    /// Reads what stands at scalar `i` of a block ending at `end` into `items` and gives where
    /// reading goes on: a top-level quote (`topLevel[quote]`, its mark at `nextOpen`) as one
    /// item, a word, or a punctuation mark; white space other than a line break is skipped.
    /// The one step of both the per-sentence scan and the whole-block scan.
    @inline(__always)
    private func item<S: ScalarBuffer>(
        _ sc: S, utf8: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, count: Int, quote q: inout Int, quoteEnd: Int,
        nextOpen: inout Int, into items: inout [Item]
    ) -> Int {
        if nextOpen <= i {
            var next = i
            if nextOpen == i {
                let outer = topLevel[q].element.outer
                items.append(Item(quote: topLevel[q].offset, range: outer, table: words))
                next = outer.upperBound
            }
            q += 1
            nextOpen = q < quoteEnd ? topLevel[q].element.open : Int.max
            return next
        }
        let s = sc[i]
        if s.isSpace && s != "\n" { return i + 1 }
        if s.isWordChar || ((s == "@" || s == "#") && i + 1 < count && sc[i + 1].isWordChar) {
            let (id, j) = wordItem(sc, utf8: utf8, from: i, end: end, nextOpen: nextOpen)
            items.append(Item(word: id, range: i..<j, table: words))
            return j
        }
        items.append(Item(punct: s, at: i, table: words))
        return i + 1
    }

    /// The word starting at scalar `i` (a word character, or @ or # before one): its table
    /// number and end, as the scan reads it (joined by ' ’ - ‐ . & before a word character,
    /// a title abbreviation's period kept).
    @inline(__always)
    func wordItem<S: ScalarBuffer>(_ sc: S, utf8: UnsafeBufferPointer<UInt8>, from i: Int, end: Int, nextOpen: Int)
        -> (Int32, Int)
    {
        var j = i + 1
        while j < end {
            let c = sc[j]
            if c.isWordChar {
                j += 1
                continue
            }
            if c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "." || c == "&", j + 1 < end,
                sc[j + 1].isWordChar, nextOpen != j
            {
                j += 1
                continue
            }
            break
        }
        // "Rep.", "Sen.", "Mr.": the period of a title abbreviation belongs to the word.
        var id = word(i, j, utf8)
        if j < end, sc[j] == ".", words.facts[Int(id)].isTitleAbbreviation {
            j += 1
            id = word(i, j, utf8)
        }
        return (id, j)
    }

    #if DEBUG
    /// Checks the lazy sentences and their items against the whole-block scan.
    private func verify(_ lazy: [ScannedSentence], blocks: [Block]) {
        let full = text.utf8.withUnsafeBufferPointer { utf8 in
            if text.isASCII { return scan(ASCIIScalars(bytes: utf8), utf8: utf8, blocks: blocks) }
            return text.scalars.withDecoded { scan(DecodedScalars(scalars: $0), utf8: utf8, blocks: blocks) }
        }
        precondition(full.count == lazy.count, "lazy sentence count \(lazy.count) != \(full.count)")
        for (f, l) in zip(full, lazy) {
            precondition(f.block == l.block && f.range == l.range, "lazy sentence \(l.range) != \(f.range)")
            precondition(f.items.contains { $0.quoteIndex != nil } == l.hasQuote, "lazy sentence quote flag")
            let items = self.items(of: l)
            precondition(items.count == f.items.count, "lazy item count")
            for (a, b) in zip(items, f.items) {
                precondition(a.range == b.range && a.kind == b.kind && a.word == b.word && a.punct == b.punct, "lazy item")
            }
        }
    }

    private func scan<S: ScalarBuffer>(_ sc: S, utf8: UnsafeBufferPointer<UInt8>, blocks: [Block]) -> [FullSentence] {
        let count = text.count
        var out: [FullSentence] = []
        var nextQuote = 0
        // Blocks after the last quote's are never read: attribution looks only backwards.
        let lastBlock = topLevel.last?.element.block ?? -1
        // One buffer for every block's items (its capacity kept from block to block).
        var items: [Item] = []
        // About one item per five scalars of the text read (grown once, not by doubling).
        if lastBlock >= 0 {
            let readEnd = text.index(ofOffset: blocks[lastBlock].contentRange.utf8End)
            items.reserveCapacity(min(4096 + Self.lookahead + 1, readEnd / 4 + 16))
        }
        for (b, block) in blocks.enumerated() where block.isProse {
            if b > lastBlock { break }
            let start = text.index(ofOffset: block.contentRange.utf8Start)
            let end = text.index(ofOffset: block.contentRange.utf8End)
            while nextQuote < topLevel.count, topLevel[nextQuote].element.block < b { nextQuote += 1 }
            let qBase = nextQuote
            while nextQuote < topLevel.count, topLevel[nextQuote].element.block == b { nextQuote += 1 }
            let qCount = nextQuote - qBase
            items.removeAll(keepingCapacity: true)
            var state = Cut()
            var i = start
            var q = qBase
            // The opening mark of the block's next top-level quote (Int.max: none left).
            var nextOpen = qCount > 0 ? topLevel[qBase].element.open : Int.max
            while i < end {
                // Sentences cut so far leave the buffer; only the current one stays.
                if items.count >= 4096 + Self.lookahead {
                    cut(items, &state, limit: items.count - Self.lookahead, atEnd: false, block: b, into: &out)
                    if state.from >= items.count / 2 {
                        items.removeSubrange(0..<state.from)
                        state = Cut(from: 0, k: state.k - state.from)
                    }
                }
                i = item(
                    sc, utf8: utf8, at: i, end: end, count: count, quote: &q, quoteEnd: qBase + qCount, nextOpen: &nextOpen,
                    into: &items)
            }
            cut(items, &state, limit: items.count, atEnd: true, block: b, into: &out)
        }
        return out
    }
    #endif

    /// The table number of the word of scalars `i..<j`, its strings and facts made the
    /// first time its surface is seen.
    @inline(__always)
    func word(_ i: Int, _ j: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
        words.word(UnsafeBufferPointer(rebasing: utf8[text.offset(i)..<text.offset(j)])) { form(i, j) }
    }

    /// A word's surface, lower case and facts.
    private func form(_ i: Int, _ j: Int) -> WordTable.Form {
        let f = asciiWord(i, j) ?? unicodeWord(i, j)
        var facts = f.facts
        // Every title abbreviation has at most 4 letters, and lower-casing never makes fewer
        // scalars: a surface of more scalars is answered without lower-casing it.
        facts.isTitleAbbreviation = j - i <= 4 && Self.titleAbbreviations.contains(f.surface.lowercased())
        facts.textFirst = f.surface.utf8.first ?? 0
        facts.lowerFirst = f.lower.utf8.first ?? 0
        return WordTable.Form(surface: f.surface, lower: f.lower, facts: facts)
    }

    private func unicodeWord(_ i: Int, _ j: Int) -> WordTable.Form {
        // Made from the UTF-8 bytes (appending the scalars one by one was most of its cost).
        let surface = text.string(i, j)
        var lower = surface.lowercased()
        var possessive = false
        for suffix in ["'s", "\u{2019}s"] where lower.hasSuffix(suffix) && lower.count > 2 {
            lower.removeLast(2)
            possessive = true
        }
        // "al-Amr", "bin Salman" style particles joined by a hyphen to a capitalised name.
        var capitalized = text.scalars[i].isUpper
        if !capitalized, let hyphen = surface.firstIndex(of: "-"),
            Words.nameParticles.contains(String(surface[..<hyphen]).lowercased())
                || ["al", "el", "abu", "ben", "ibn"].contains(String(surface[..<hyphen]).lowercased()),
            let next = surface[surface.index(after: hyphen)...].first, next.isUppercase
        {
            capitalized = true
        }
        return WordTable.Form(
            surface: surface, lower: lower,
            facts: WordTable.Facts(lowerKey: Item.key(lower), isCapitalized: capitalized, isPossessive: possessive))
    }

    /// `word(i, j)` for the common case, read from the UTF-8 bytes: a word of ASCII and
    /// right single quotes (’) only, not a lower-case word with a hyphen. Nil otherwise.
    private func asciiWord(_ i: Int, _ j: Int) -> WordTable.Form? {
        let lo = text.offset(i)
        let hi = text.offset(j)
        let capitalized = text.scalars[i].isUpper
        return text.utf8.withUnsafeBufferPointer { b -> WordTable.Form? in
            var chars = 0
            var k = lo
            while k < hi {
                let c = b[k]
                if c < 0x80 {
                    if c == 0x2D && !capitalized { return nil }  // the particle rule of `word`
                    chars += 1
                    k += 1
                } else if c == 0xE2, k + 2 < hi, b[k + 1] == 0x80, b[k + 2] == 0x99 {
                    chars += 1
                    k += 3
                } else {
                    return nil
                }
            }
            @inline(__always) func low(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }
            // The possessive endings "'s" then "’s", as `word` removes them from the lower case.
            var end = hi
            var possessive = false
            if chars > 2, end - lo >= 2, b[end - 2] == 0x27, low(b[end - 1]) == 0x73 {
                end -= 2
                chars -= 2
                possessive = true
            }
            if chars > 2, end - lo >= 4, b[end - 4] == 0xE2, b[end - 3] == 0x80, b[end - 2] == 0x99,
                low(b[end - 1]) == 0x73
            {
                end -= 4
                chars -= 2
                possessive = true
            }
            let surface = String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
            var lowerCase = true
            for t in lo..<end where b[t] &- 0x41 < 26 {
                lowerCase = false
                break
            }
            let lower =
                lowerCase && end == hi
                ? surface
                : String(unsafeUninitializedCapacity: end - lo) { out in
                    for t in 0..<(end - lo) { out[t] = low(b[lo + t]) }
                    return end - lo
                }
            let key = end == lo ? 0 : Item.key(low(b[lo]), end - lo > 1 ? low(b[lo + 1]) : 0)
            return WordTable.Form(
                surface: surface, lower: lower,
                facts: WordTable.Facts(lowerKey: key, isCapitalized: capitalized, isPossessive: possessive))
        }
    }

    #if DEBUG
    /// Where cutting a block's items into sentences has got to: the current sentence is
    /// `items[from..<k]`, and items before `from` are in sentences already.
    struct Cut {
        var from = 0
        var k = 0
    }

    /// How many items past an item `cut` reads before deciding on it (the next item, and up
    /// to five words after a quote for its cue).
    static let lookahead = 7

    /// Cuts a block's items into sentences up to item `limit` (all of them, flushing the last
    /// sentence, when `atEnd`), appending them to `out`. Decisions read at most `lookahead`
    /// items ahead, so a block is cut in pieces as it is scanned (see `sentences`): the items
    /// of the whole block are never held twice.
    private func cut(
        _ items: [Item], _ state: inout Cut, limit: Int, atEnd: Bool, block: Int, into out: inout [FullSentence]
    ) {
        var from = state.from
        func flush(_ to: Int) {
            if from < to {
                out.append(
                    FullSentence(
                        block: block, range: items[from].range.lowerBound..<items[to - 1].range.upperBound,
                        items: Array(items[from..<to])))
            }
            from = to
        }
        var k = state.k
        while k < limit {
            defer { k += 1 }
            let p = items[k].punct
            if p == "\n" {
                flush(k)
                from = k + 1
                continue
            }
            guard k + 1 < items.count else { continue }
            if p == "." || p == "!" || p == "?" || p == "\u{2026}" {
                // "." after an abbreviation or an initial does not end a sentence.
                if p == ".", k - 1 >= from, items[k - 1].isWord,
                    Self.abbreviations.contains(items[k - 1])
                        || (items[k - 1].text.count == 1 && items[k - 1].isCapitalized)
                {
                    continue
                }
                if startsSentence(items[k + 1], after: k, in: items) { flush(k + 1) }
            } else if let q = items[k].quoteIndex, spanEndsSentence(spans[q]),
                startsSentence(items[k + 1], after: k, in: items), !introducesCue(items, from: k + 1)
            {
                flush(k + 1)
            }
        }
        if atEnd { flush(items.count) }
        state = Cut(from: from, k: k)
    }
    #endif

    private func startsSentence(_ next: Item, after k: Int, in items: [Item]) -> Bool {
        switch next.kind {
        case .quote: true
        case .word: next.isCapitalized || text.scalars[next.range.lowerBound].isDigit
        case .punct: next.punct == "(" || next.punct == "\u{2022}"
        }
    }

    /// Whether a quote's words end with sentence punctuation ("…?", "… ready!").
    func spanEndsSentence(_ span: QuoteSpan) -> Bool {
        guard !span.inner.isEmpty else { return false }
        var last = span.inner.upperBound - 1
        // Compared by switch: a string's scalars were made per call.
        func isClosingMark(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "'", "\u{2019}", "\"", "\u{201D}": true
            default: false
            }
        }
        while last > span.inner.lowerBound, isClosingMark(text.scalars[last]) {
            last -= 1
        }
        switch text.scalars[last] {
        case ".", "!", "?", "\u{2026}": return true
        default: return false
        }
    }

    /// Whether the words after a quote are "Name says" (the quote's own cue), within four words.
    private func introducesCue(_ items: [Item], from k: Int) -> Bool {
        var n = 0
        var j = k
        while j < items.count, n < 5 {
            let it = items[j]
            guard it.isWord else { return false }
            if isCueForm(it) { return n > 0 }
            guard it.isCapitalized || n > 0 else { return false }
            n += 1
            j += 1
        }
        return false
    }
}
