import ClaimKitModel

/// Finds sentence boundaries in tokenized text.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis, together with the closing quotation
/// marks and brackets glued after it, when what follows starts a sentence. It never ends:
/// - before a lower-case word or clause punctuation (`"We are ready!" he adds.`,
///   `"Wait…" she said`);
/// - before a capitalized name followed by a reporting verb, after a closed quotation
///   (`"Hungary is the island of PEACE!" Orbán adds.`);
/// - after a title abbreviation (`Mr.`, `Gen.`, `Sen.`), and after other abbreviations
///   (`U.S.`, `a.m.`, `J.`) unless a common sentence starter follows (`... in the U.S. The
///   talks`);
/// - at an ellipsis or period that opens a sentence (`"... peace," he adds.`), nor at an
///   ellipsis inside a double quotation (`"We'll see... I may."`).
///
/// After "a.m." or "p.m." a capitalized word starts a sentence unless it is a time zone,
/// weekday or month (`3:05 a.m. Anthony Rodriguez heard`, but `3 p.m. Friday`).
///
/// Decimals ("2.5") are single number tokens and never split. No sentence crosses a block
/// boundary (a block of `blocks`, or a blank line when `blocks` is empty).
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of `text`; none crosses a block boundary.
    public func sentences(in text: String, tokens: [Token], blocks: [Block]) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var text = text
        return text.withUTF8 { buffer in
            let run = SplitterRun(s: UTF8Scanner(bytes: buffer), tokens: tokens)
            var out: [Sentence] = []
            // News sentences run to twenty tokens and more: one allocation for most entries,
            // instead of the four or five of growing from empty.
            out.reserveCapacity(tokens.count / 16 + 1)
            if blocks.isEmpty {
                run.split(0..<tokens.count, into: &out)
            } else {
                tokens.withUnsafeBufferPointer { tokens in
                    // A block's tokens found by two binary searches (tokens are in text order
                    // and never overlap, so their ends are in order too), not token by token.
                    var i = 0
                    for block in blocks {
                        let first = TokenSearch.firstEnding(after: block.range.utf8Start, in: tokens, from: i)
                        i = TokenSearch.firstStarting(atOrAfter: block.range.utf8End, in: tokens, from: first)
                        run.split(first..<i, into: &out)
                    }
                }
            }
            return out
        }
    }

    /// Sets `sentenceStart` on the first token of every sentence.
    public static func markSentenceStarts(_ tokens: inout [Token], _ sentences: [Sentence]) {
        for sentence in sentences where !sentence.tokens.isEmpty {
            tokens[sentence.tokens.lowerBound].flags.insert(.sentenceStart)
        }
    }
}

/// The splitter's work on one text.
struct SplitterRun {
    let s: UTF8Scanner
    let tokens: [Token]

    /// Splits tokens `span` (one block) into sentences, also at blank lines inside it.
    func split(_ span: Range<Int>, into out: inout [Sentence]) {
        guard !span.isEmpty else { return }
        var start = span.lowerBound
        var k = span.lowerBound
        var inQuote = false  // inside a double quotation: an ellipsis there is a pause, not an end
        let blockStartOrAbbreviation = Token.Flags([.blockStart, .abbreviation]).rawValue
        while k < span.upperBound {
            // Most tokens are words that start no block and end nothing (no abbreviation).
            let t = tokens[k]
            if t.kind == .word && t.flags.rawValue & blockStartOrAbbreviation == 0 {
                k += 1
                continue
            }
            if k > start && t.flags.contains(.blockStart) {
                append(start..<k, to: &out)
                start = k
                inQuote = false
            }
            switch tokens[k].kind {
            case .openingQuote where Scalar.isDoubleQuote(first(k)): inQuote = true
            case .closingQuote where Scalar.isDoubleQuote(first(k)): inQuote = false
            default: break
            }
            if tokens[k].kind == .ellipsis && inQuote {
                k += 1
                continue
            }
            if isTerminator(k) && !opensSentence(k, from: start) {
                var j = k + 1
                var closedQuote = false
                while j < span.upperBound && isAbsorbed(j, end: span.upperBound) {
                    if tokens[j].kind == .closingQuote || tokens[j].kind == .ambiguousQuote {
                        closedQuote = true
                        if Scalar.isDoubleQuote(first(j)) { inQuote = false }
                    }
                    j += 1
                }
                if j < span.upperBound && !tokens[j].flags.contains(.blockStart)
                    && startsSentence(after: k, next: j, closedQuote: closedQuote, end: span.upperBound)
                {
                    append(start..<j, to: &out)
                    start = j
                }
                k = j
                continue
            }
            k += 1
        }
        append(start..<span.upperBound, to: &out)
    }

    func append(_ range: Range<Int>, to out: inout [Sentence]) {
        guard !range.isEmpty else { return }
        out.append(
            Sentence(
                tokens: range,
                range: TextRange(
                    utf8Start: tokens[range.lowerBound].range.utf8Start,
                    utf8End: tokens[range.upperBound - 1].range.utf8End)))
    }

    func first(_ k: Int) -> UInt32 { s.scalar(at: tokens[k].range.utf8Start).value }

    func key(_ k: Int) -> String {
        let r = tokens[k].range
        return s.string(r.utf8Start..<r.utf8End).lowercased()
    }

    /// `.`, `!`, `?` (and their full-width forms), an ellipsis, or an abbreviation's period.
    func isTerminator(_ k: Int) -> Bool {
        let t = tokens[k]
        switch t.kind {
        case .ellipsis: return true
        case .punctuation:
            let v = first(k)
            return v == 0x2E || v == 0x21 || v == 0x3F || v == 0x3002 || v == 0xFF01 || v == 0xFF1F
        case .word: return t.flags.contains(.abbreviation)
        default: return false
        }
    }

    /// Whether token `k` stands at the start of its sentence, after opening quotes only
    /// (an ellipsis that opens a quotation does not end anything).
    func opensSentence(_ k: Int, from start: Int) -> Bool {
        var j = start
        while j < k {
            switch tokens[j].kind {
            case .openingQuote, .ambiguousQuote: j += 1
            case .punctuation where first(j) == 0x28 || first(j) == 0x5B: j += 1
            default: return false
            }
        }
        return tokens[k].kind != .word
    }

    /// Closing quotes and brackets and further terminators glued after a terminator.
    func isAbsorbed(_ j: Int, end: Int) -> Bool {
        let t = tokens[j]
        guard t.flags.contains(.glued) else {
            // A quote mark standing apart at the end of its block (`brain.' "`) closes.
            return j + 1 == end && (t.kind == .ambiguousQuote || t.kind == .closingQuote)
        }
        switch t.kind {
        case .closingQuote, .ambiguousQuote, .ellipsis: return true
        case .punctuation:
            let v = first(j)
            return v == 0x29 || v == 0x5D || v == 0x7D || v == 0x2E || v == 0x21 || v == 0x3F
        default: return false
        }
    }

    /// Whether token `next` starts a new sentence after terminator `k`.
    func startsSentence(after k: Int, next: Int, closedQuote: Bool, end: Int) -> Bool {
        let t = tokens[next]
        if tokens[k].kind == .word {
            // An abbreviation: only a plain sentence starter after it begins a sentence.
            let word = key(k).dropLast()
            if TokenizerExceptions.titleAbbreviations.contains(String(word)) { return false }
            if word == "a.m" || word == "p.m" {
                // "at 3:05 a.m. Anthony Rodriguez heard": a name after a clock time starts a
                // sentence, a time zone, weekday or month ("a.m. GMT", "p.m. Friday") does not.
                return t.kind == .word && t.flags.contains(.capitalized) && !t.flags.contains(.allCaps)
                    && !TokenizerExceptions.wordsAfterClockTimes.contains(key(next))
            }
            return t.kind == .word && t.flags.contains(.capitalized)
                && TokenizerExceptions.sentenceStarters.contains(key(next))
        }
        switch t.kind {
        case .word:
            if Scalar.isLower(first(next)) { return false }
            if closedQuote && isAttribution(from: next, end: end) { return false }
            return true
        case .punctuation:
            let v = first(next)
            return v == 0x28 || v == 0x5B || v == 0xBF || v == 0xA1  // ( [ ¿ ¡ open a sentence
        case .possessive, .closingQuote, .dash:
            return false
        default:
            return true
        }
    }

    /// A capitalized name of up to four words and then a reporting verb: `Orbán adds`.
    func isAttribution(from j: Int, end: Int) -> Bool {
        // `dry.” One Nevada Democrat asked`: a sentence starter opens a new sentence.
        if TokenizerExceptions.sentenceStarters.contains(key(j)) { return false }
        var k = j
        var names = 0
        while k < end && names <= 4 {
            let t = tokens[k]
            if t.kind == .word && t.flags.contains(.capitalized) {
                names += 1
                k += 1
                continue
            }
            if t.kind == .possessive || (t.kind == .word && t.flags.contains(.abbreviation)) {
                k += 1
                continue
            }
            break
        }
        guard names > 0, k < end, tokens[k].kind == .word else { return false }
        return TokenizerExceptions.reportingVerbs.contains(key(k))
    }
}
