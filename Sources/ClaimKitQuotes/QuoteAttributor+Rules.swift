import ClaimKitModel

/// The attribution of one quote: which cue governs it, its kind, titles and scare quotes, and the sources named without a verb (statement nouns, dashes, headline colons).
extension QuoteAttributor {
    // MARK: - One quote

    func attribution(
        of span: QuoteSpan, at qi: Int, in items: [Item], cues: [Cue], speakerFor: (Cue) -> ResolvedSpeaker?
    ) -> Attribution {
        let isTitle = entry.blocks[span.block].kind == .title
        let kind = isTitle ? .headline : self.kind(at: qi, in: items, span: span)
        var result = Attribution(speaker: nil, rule: .quoteUnattributed, cue: nil, channel: nil, kind: kind)

        // Titles of works and names in marks.
        if isNameOrTitle(at: qi, in: items, span: span) {
            result.rule = .quoteTitle
            return result
        }
        let sentenceInitial = qi == 0 || (qi == 1 && items[0].kind == .punct)
        // Which cue governs the quote: the one after a sentence-initial quote, else the
        // nearest before it, walking outward past cues whose speaker is not found. (Read in
        // place, the cues before the quote last to first: no arrays of them per quote.)
        func governs(_ c: Cue) -> Bool {
            // "X said …; Y …" : do not cross a sentence-level break to a cue before.
            if c.item < qi, items[c.item..<qi].contains(where: { $0.isSemicolon }) { return false }
            if c.item > qi, items[qi..<c.item].contains(where: { $0.isSemicolon }) { return false }
            // "Nowak wrote the score, which includes "Help!"": a quote inside a relative clause
            // about a thing, opened after the cue and still open, is not the cue's.
            if c.item < qi, insideWhichClause(from: c.item, to: qi, in: items) { return false }
            // "In a note written by Jo Park, the men said:": the writer, unless a person speaks.
            let cueSpeaker = speakerFor(c)
            let writer =
                cueSpeaker == nil || cueSpeaker?.isPlural == true
                ? writerOfNote(before: min(c.item, qi), in: items) : nil
            guard let s = writer ?? cueSpeaker else { return false }
            result.speaker = s
            result.cue = cueSurface(c, in: items)
            if c.isAccordingTo {
                result.rule = .quoteAccordingTo
            } else if c.verb?.isParticiple == true {
                result.rule = .quoteParticipleCue
            } else if kind == .partial {
                result.rule = .quoteReportedPartial
            } else {
                result.rule = c.item > qi ? .quoteSpeakerAfter : .quoteSpeakerBefore
            }
            return true
        }
        if sentenceInitial {
            for c in cues where c.item > qi { if governs(c) { return result } }
            for c in cues.reversed() where c.item < qi { if governs(c) { return result } }
        } else {
            for c in cues.reversed() where c.item < qi { if governs(c) { return result } }
            for c in cues where c.item > qi { if governs(c) { return result } }
        }
        if let s = statementNounSpeaker(before: qi, in: items) {
            result.speaker = s.speaker
            result.cue = s.cue
            result.channel = s.channel
            result.rule = .quoteStatementNoun
            return result
        }
        if !isTitle, qi > 0, items[qi - 1].punct == ":", let s = clausePerson(endingAt: qi - 1, in: items) {
            result.speaker = s
            result.rule = .quoteSpeakerClause
            return result
        }
        // "The owner of the pub, Dave Price, looked at the wall and sighed: "…"", "…, Prof
        // Ian Stewart, put it simply: "…"": a past-tense verb or a manner adverb before the
        // colon, the clause's subject a person.
        if !isTitle, qi > 1, items[qi - 1].punct == ":", items[qi - 2].isWord, !items[qi - 2].isCapitalized,
            items[qi - 2].lower.hasSuffix("ed")
                || (items[qi - 2].lower.hasSuffix("ly") && !Self.lyNouns.contains(items[qi - 2])),
            !items[..<(qi - 1)].contains(where: { $0.quoteIndex != nil }),
            let s = subjectPerson(of: items, before: qi - 1)
                ?? subjectNominal(of: items, before: qi - 1).flatMap({
                    resolve($0, si: -1, at: qi, final: true, known: .none)
                })
        {
            result.speaker = s
            result.rule = .quoteSpeakerClause
            return result
        }
        if let s = headlineSource(items: items, quote: qi, loose: isTitle) {
            result.speaker = s
            result.rule = isTitle ? .quoteHeadlineSource : .quoteDashSource
            return result
        }
        if kind == .partial { result.rule = .quoteScare }
        return result
    }

    /// Words ending in "-ly" that are no manner adverb ("a plea to his family:").
    static let lyNouns: WordSet = [
        "family", "july", "italy", "assembly", "supply", "reply", "ally", "rally", "belly", "bully", "jelly", "lily",
        "monopoly", "anomaly", "homily", "folly", "holly", "daily", "weekly", "monthly", "quarterly",
    ]

    /// Whether a ", which" clause opens between items `from` and `to` and no comma closes it.
    func insideWhichClause(from: Int, to: Int, in items: [Item]) -> Bool {
        var k = to - 1
        while k > from + 1 {
            if items[k].punct == "," { return false }
            if items[k].lower == "which", items[k - 1].punct == "," { return true }
            k -= 1
        }
        return false
    }

    /// Direct when the quote is the clause (sentence start, after a colon or comma, before a
    /// comma or the sentence end); partial when it sits inside the reporter's words.
    func kind(at qi: Int, in items: [Item], span: QuoteSpan) -> Quote.Kind {
        if span.close == nil { return .direct }
        let last = text.scalars[span.inner.upperBound - 1]
        // Compared by switch (a string's scalars and an array were made per quote).
        let ended: Bool
        switch last {
        case ".", ",", "!", "?", "\u{2026}": ended = true
        default: ended = false
        }
        if qi > 0, items[qi - 1].punct == ":" { return .direct }
        func opensClause(_ p: Unicode.Scalar) -> Bool {
            switch p {
            case ",", "\u{2014}", "\u{2013}", "(", "-": true
            default: false
            }
        }
        let startOK =
            qi == 0 || opensClause(items[qi - 1].punct)
            || (ended && items[qi - 1].isWord && lexicon.verb(items[qi - 1]) != nil)
        guard startOK else { return .partial }
        // "said "great progress" had been made": a fragment that the sentence goes on from.
        // Counted in place (an array of the spaces was made per quote).
        var words = 1
        for k in span.inner where text.scalars[k] == " " { words += 1 }
        if !ended, qi + 1 < items.count, items[qi + 1].isWord, lexicon.verb(items[qi + 1]) == nil,
            !Words.personalPronouns.contains(items[qi + 1]), !items[qi + 1].isCapitalized, words < 6
        {
            return .partial
        }
        return words >= 3 || qi == 0 || ended ? .direct : .partial
    }

    /// Words a title leaves in lower case ("The Art of the Deal").
    static let smallTitleWords: WordSet = ["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or"]

    func isNameOrTitle(at qi: Int, in items: [Item], span: QuoteSpan) -> Bool {
        var k = qi - 1
        if k >= 0, Words.articles.contains(items[k]) { k -= 1 }
        if k >= 0, Self.nameIntroducers.contains(items[k]) { return true }
        if k >= 1, items[k].lower == "as", ["known", "referred"].contains(items[k - 1].lower) { return true }
        // A capitalised title ("The Art of the Deal") inside a sentence, with no sentence punctuation.
        guard qi > 0 else { return false }
        // The quote's space-separated words, read one at a time: the first word that is
        // neither a small title word nor capitalised (or a number) answers no, so most
        // quotes are passed over after a word or two instead of splitting all their words.
        var content = 0
        var last: Range<Int>?
        var from = span.inner.lowerBound
        var i = span.inner.lowerBound
        while i <= span.inner.upperBound {
            if i == span.inner.upperBound || text.scalars[i].isSpace {
                if from < i {
                    switch titleWord(from, i) {
                    case .small: break
                    case .content: content += 1
                    case .other: return false
                    }
                    last = from..<i
                }
                from = i + 1
            }
            i += 1
        }
        let lastWord = last.map { text.string($0.lowerBound, $0.upperBound) }
        return content >= 2 && !(lastWord?.last.map { ".!?,".contains($0) } ?? false)
    }

    /// What a word of a quote is to `isNameOrTitle`.
    enum TitleWord { case small, content, other }

    /// The small title words, their ASCII bytes and length packed (as `titleWord` packs a word's).
    static let packedSmallTitleWords: [UInt64] = smallTitleWords.words.map { w in
        var v = UInt64(w.utf8.count) << 32
        for (k, c) in w.utf8.enumerated() { v |= UInt64(c) << (8 * UInt64(k)) }
        return v
    }

    /// Whether the word of scalars `from..<to` is a small title word, starts with a capital or
    /// a digit, or neither: an ASCII word from its bytes (no string made), any other from its
    /// string as before.
    func titleWord(_ from: Int, _ to: Int) -> TitleWord {
        let lo = text.offset(from)
        let hi = text.offset(to)
        let fast = text.utf8.withUnsafeBufferPointer { b -> TitleWord? in
            var packed = UInt64(hi - lo) << 32
            for k in lo..<hi {
                let c = b[k]
                guard c < 0x80 else { return nil }
                if k - lo < 4 { packed |= UInt64(c &- 0x41 < 26 ? c | 0x20 : c) << (8 * UInt64(k - lo)) }
            }
            // Every small title word has at most four letters.
            if hi - lo <= 4, Self.packedSmallTitleWords.contains(packed) { return .small }
            let first = b[lo]
            return first &- 0x41 < 26 || first &- 0x30 < 10 ? .content : .other
        }
        if let fast { return fast }
        let word = text.string(from, to)
        if Self.smallTitleWords.contains(word.lowercased()) { return .small }
        return word.first?.isUppercase == true || word.first?.isNumber == true ? .content : .other
    }

    // MARK: - Other sources

    /// The speaker a statement noun names, the noun as the cue, and its channel.
    struct StatementNounSpeaker {
        var speaker: ResolvedSpeaker
        var cue: String
        var channel: String?
    }

    /// "comments from X", "X's offer, including "…"", "in his post, …".
    func statementNounSpeaker(before qi: Int, in items: [Item]) -> StatementNounSpeaker? {
        guard let n = items[..<qi].lastIndex(where: { $0.isWord && lexicon.statementNouns[$0.lower] != nil }) else {
            return nil
        }
        let noun = items[n]
        let channel = lexicon.statementNouns[noun.lower] ?? nil
        if let ref = finder.possessor(ofNounAt: n, in: items),
            let s = resolve(ref, si: -1, at: n, final: false, known: .none)
        {
            return StatementNounSpeaker(speaker: s, cue: noun.text, channel: channel)
        }
        if n + 2 < items.count, items[n + 1].lower == "from" || items[n + 1].lower == "of",
            let ref = finder.after(n + 1, in: items)
        {
            let s =
                ref.kind == .name
                ? linker.link(name: ref, mention: ref.head, known: [])
                : resolve(ref, si: -1, at: n, final: false, known: .none)
            if let s, s.type != .place { return StatementNounSpeaker(speaker: s, cue: noun.text, channel: channel) }
        }
        // The clause's subject: the last name before the noun that is not inside a phrase
        // led by a preposition.
        var k = n - 1
        while k >= 0 {
            if items[k].isWord, items[k].isCapitalized, !items[k].isPossessive,
                k == 0 || !Words.prepositions.contains(items[k - 1]),
                !Words.calendar.contains(items[k]), !Words.capitalisedFunctionWords.contains(items[k]),
                k + 1 < items.count, items[k + 1].isWord, !items[k + 1].isCapitalized,
                Words.auxiliaries.contains(items[k + 1]) || items[k + 1].lower.hasSuffix("ed"),
                let ref = finder.nameRun(endingAt: k, in: items)
            {
                let s = linker.link(name: ref, mention: ref.head, known: [])
                if s.type == nil || s.type == .person || s.type == .organization { return StatementNounSpeaker(speaker: s, cue: noun.text, channel: channel) }
            }
            k -= 1
        }
        return nil
    }

    func lastCapitalised(from k: Int, in items: [Item]) -> Int {
        var e = k
        while e + 1 < items.count, items[e + 1].isWord, items[e + 1].isCapitalized, !items[e].isPossessive { e += 1 }
        return e
    }

    /// A headline's source after a closing dash ("… 'very hard' to derail peace - Russia").
    func headlineSource(items: [Item], quote qi: Int, loose: Bool) -> ResolvedSpeaker? {
        // "Zelensky: 'We will not give up'": a name, a colon, then the quote.
        if let colon = items[..<qi].lastIndex(where: { $0.punct == ":" }), colon > 0, colon <= 5,
            items[(colon + 1)..<qi].allSatisfy({ $0.quoteIndex != nil }),
            let ref = finder.nameRun(endingAt: colon - 1, in: items),
            items.firstIndex(where: { $0.range.lowerBound == ref.range.lowerBound }) == 0
        {
            // Only a known person or organisation: "Reports: …" names no one.
            let s = linker.link(name: ref, mention: ref.head, known: [])
            return s.id != nil && (s.type == .person || s.type == .organization) ? s : nil
        }
        var last = items.count - 1
        if items[last].kind == .punct, (items[last].punct == "." || items[last].punct == ",") { last -= 1 }
        guard let d = items.lastIndex(where: { $0.punct == "-" || $0.punct == "\u{2013}" || $0.punct == "\u{2014}" }), d > qi,
            d + 1 <= last, last - d <= 4,
            loose || items[(qi + 1)..<d].allSatisfy({ $0.kind == .punct || $0.quoteIndex != nil }),
            let ref = finder.nameRun(endingAt: last, in: items, from: d + 1)
        else { return nil }
        let s = linker.link(name: ref, mention: ref.head, known: [])
        return s
    }

}
