import ClaimKitLexicon
import ClaimKitModel
import ClaimKitText

/// Finds quoted statements and attributes them to speakers.
///
/// Quote spans are paired by mark type in each prose block (curly and straight, double and
/// single, nested, apostrophes told apart, multi-paragraph quotes); each top-level quote is
/// attributed by the rules of `RuleID.quoteSpeakerAfter` and its siblings, the speaker's
/// mention linked to the entity whose mentions cover it (or to the name's surface).
///
///     let extractor = QuoteExtractor(lexicons: store)
///     let quotes = extractor.quotes(in: analyzedEntries, entities: entities)
///     quotes.first?.speaker  // "Viktor Orbán"
public struct QuoteExtractor: Sendable {
    public let lexicons: LexiconStore
    let cues: CueLexicon
    /// Word tables kept between documents (see `WordTable`), shared by every extractor.
    static let tables = WordTable.Pool()

    public init(lexicons: LexiconStore) {
        self.lexicons = lexicons
        cues = CueLexicon(lexicons: lexicons)
    }

    /// The quotes of a document's entries, in page order.
    public func quotes(in entries: [AnalyzedEntry], entities: [Entity]) -> [Quote] {
        quotesAndDiagnostics(in: entries, entities: entities).quotes
    }

    /// The quotes of a document's entries and the diagnostics for unbalanced marks.
    public func quotesAndDiagnostics(in entries: [AnalyzedEntry], entities: [Entity]) -> (
        quotes: [Quote], diagnostics: [Diagnostic]
    ) {
        var all: [Quote] = []
        var diagnostics: [Diagnostic] = []
        var folded: FoldedEntities?  // made when the first entry with marks needs it
        let words = Self.tables.take()
        defer { Self.tables.give(words) }
        words.use(lexicon: cues.id)
        for analyzed in entries {
            let lost = quotes(in: analyzed.entry, entities: entities, folded: &folded, words: words, into: &all)
            if lost > 0 {
                diagnostics.append(
                    Diagnostic(
                        code: QuoteDiagnostic.unbalancedMark, severity: .note,
                        message:
                            "\(lost) opening quotation mark\(lost == 1 ? "" : "s") never closed; read as prose, or closed at the paragraph's end when the paragraph ends a sentence",
                        entry: analyzed.entry.index))
            }
        }
        return (all, diagnostics)
    }

    /// Appends the quotes of one entry to `out` (numbered on from its count: no array per
    /// entry copied into the document's) and returns the count of unclosed marks.
    func quotes(
        in entry: Entry, entities: [Entity], folded: inout FoldedEntities?, words: WordTable, into out: inout [Quote]
    ) -> Int {
        // Items refer to `words` without keeping it alive.
        defer { withExtendedLifetime(words) {} }
        guard Self.mayHoldQuote(entry.text) else { return 0 }
        let text = EntryScalars(entry.text)
        let verbs = cues
        var (spans, lost) = QuoteSpanFinder(text: text, isCueWord: { verbs.isFiniteVerb($0) }).spans(blocks: entry.blocks)
        spans.removeAll { NicknameSpans.isNickname($0, text: text, blocks: entry.blocks) }
        guard !spans.isEmpty else { return lost }
        if folded == nil { folded = FoldedEntities(entities) }
        let cues = self.cues
        let scanner = SentenceScanner(text: text, spans: spans, words: words, isCueForm: { cues.verb($0) != nil })
        let sentences = scanner.sentences(blocks: entry.blocks)
        let attributor = QuoteAttributor(
            lexicon: cues, text: text, entry: entry, spans: spans, sentences: sentences, scanner: scanner,
            linker: SpeakerLinker(entry: entry.index, entities: folded!, text: text))
        let attributions = attributor.attribute()
        for (i, span) in spans.enumerated() {
            let a =
                attributions[i]
                ?? Attribution(speaker: nil, rule: .quoteUnattributed, cue: nil, channel: nil, kind: .partial)
            let range = text.range(span.inner.lowerBound, span.inner.upperBound)
            let kind: Quote.Kind = entry.blocks[span.block].kind == .title ? .headline : a.kind
            let id = "q\(out.count + 1)"
            let quoted = String(entry.text.slice(range))
            // The speaker read once (each `a.speaker?.…` copied the whole speaker out, its
            // strings retained and released, through the runtime's value witnesses).
            guard let speaker = a.speaker else {
                out.append(
                    Quote(
                        id: id, entry: entry.index, range: range, text: quoted, kind: kind, speakerID: nil, speaker: nil,
                        speakerMention: nil, cue: nil, channel: nil, rule: a.rule, speakerRule: nil))
                continue
            }
            out.append(
                Quote(
                    id: id, entry: entry.index, range: range, text: quoted, kind: kind,
                    speakerID: speaker.id, speaker: speaker.name,
                    speakerMention: text.range(speaker.mention.lowerBound, speaker.mention.upperBound),
                    cue: a.cue, channel: a.channel, rule: a.rule, speakerRule: speaker.resolution))
        }
        return lost
    }

    /// Whether a text holds a mark that can open a quote (“ „ « ‘ " or a ' that does not
    /// follow a letter or digit, or an en or em dash and a space opening a block): without one, `QuoteSpanFinder` finds no span and no
    /// unclosed mark, and the entry is passed over from its UTF-8 bytes alone.
    static func mayHoldQuote(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard let base = b.baseAddress else { return false }
            var prev: UInt8 = 0x20
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i < b.count {
                // Eight bytes at a time while none is a straight mark or non-ASCII.
                if i + 8 <= b.count {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !Self.mayHoldMark(w) {
                        prev = UInt8(truncatingIfNeeded: w >> 56)
                        i += 8
                        continue
                    }
                }
                let c = b[i]
                i += 1
                switch c {
                case 0x22: return true
                case 0x27:
                    let p = prev | 0x20
                    if !((p >= 0x61 && p <= 0x7A) || (prev >= 0x30 && prev <= 0x39)) { return true }
                case 0xAB where prev == 0xC2: return true
                case 0x98, 0x9C, 0x9E:
                    if i >= 3, prev == 0x80, b[i - 3] == 0xE2 { return true }
                case 0x93, 0x94:
                    // An en or em dash and a space opening a block: dash dialogue.
                    if i >= 3, prev == 0x80, b[i - 3] == 0xE2, i < b.count, b[i] == 0x20, i == 3 || b[i - 4] == 0x0A {
                        return true
                    }
                default: break
                }
                prev = c
            }
            return false
        } ?? true
    }

    /// Whether any of the eight bytes of `word` is a straight quote mark (" or ') or
    /// non-ASCII (every other opening mark is).
    @inline(__always)
    static func mayHoldMark(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
        return word & high != 0 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x27))
    }
}
