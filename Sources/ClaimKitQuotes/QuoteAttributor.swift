import ClaimKitModel

/// A quote's attribution before it becomes a `Quote` record.
struct Attribution: Sendable {
    var speaker: ResolvedSpeaker?
    var rule: RuleID
    var cue: String?
    var channel: String?
    var kind: Quote.Kind
}

/// Attributes the quotes of one entry: finds each quote's cue and the words naming its
/// speaker, and resolves pronouns against the entry's earlier sentences.
struct QuoteAttributor {
    /// A reporting cue in a sentence.
    struct Cue {
        var item: Int
        var surface: String
        var verb: CueLexicon.Verb?
        var isAccordingTo: Bool { verb == nil }
    }

    /// A name in a sentence that a later pronoun may refer to.
    struct Candidate {
        var speaker: ResolvedSpeaker
        var item: Int
        var isPossessive: Bool
        var isWeak: Bool
    }

    static let nameIntroducers: Set<String> = [
        "so-called", "titled", "entitled", "named", "nicknamed", "dubbed", "codenamed", "hashtag", "slogan", "film", "book",
        "song", "album", "novel", "show", "series", "documentary", "play", "operation", "programme", "program", "campaign",
        "term", "word", "phrase", "motto", "label", "headline", "banner", "sign", "signs", "chants", "chanting", "chanted",
        "name", "names", "words", "title", "titles", "website", "site", "app", "newspaper", "magazine", "channel", "podcast", "ship",
        "vessel", "brand", "project", "nickname", "codename", "exhibition", "exhibit", "painting", "poem", "opera", "musical",
    ]

    /// "-s" forms of reporting verbs that are more often plural nouns.
    static let pluralNouns: Set<String> = [
        "talks", "calls", "claims", "reports", "comments", "remarks", "promises", "pledges", "warnings", "notes", "posts",
        "answers", "replies", "charges", "orders", "threats", "hopes", "fears", "thoughts", "tweets", "estimates", "demands",
        "responds", "questions", "signals", "labels", "brands", "blasts", "slams", "echoes", "praises", "welcomes", "jokes",
        "counters", "pleads", "vows", "repeats", "concerns", "words", "points", "thanks", "screams", "whispers",
    ]

    /// Office nouns: as a speaker ("the senator said") they stand for the entity holding
    /// the office, never for a speaker of their own.
    static let offices: Set<String> = [
        "president", "senator", "governor", "minister", "chancellor", "premier", "mayor", "secretary", "congressman",
        "congresswoman", "representative", "leader", "king", "queen", "pope", "ambassador", "envoy", "general", "judge",
        "prosecutor", "commissioner", "chairman", "chairwoman", "speaker", "director", "sheriff", "coach", "manager",
    ]

    /// People who speak for a body: "a police spokesperson" speaks for the police force named before.
    static let representatives: Set<String> = ["spokesperson", "spokesman", "spokeswoman", "official", "officials", "source", "sources",
                                               "representative", "statement"]

    /// Common nouns for bodies that speak as "it" ("the ministry said … It added").
    static let bodies: Set<String> = [
        "ministry", "government", "department", "agency", "office", "council", "committee", "union", "company", "firm",
        "party", "army", "military", "embassy", "court", "regulator", "police",
    ]

    let lexicon: CueLexicon
    let text: EntryScalars
    let entry: Entry
    let spans: [QuoteSpan]
    let sentences: [ScannedSentence]
    let linker: SpeakerLinker
    var finder: SpeakerFinder {
        let linker = self.linker
        return SpeakerFinder(
            lexicon: lexicon, text: text, isPlace: { linker.entity(covering: $0)?.type == .place },
            mentionStart: { linker.mentionStart(covering: $0) })
    }

    /// What the attributor has learnt so far in an entry.
    final class State {
        /// The speakers of each sentence's cues, by sentence.
        var cueSpeakers: [[ResolvedSpeaker]]
        /// The cue words of those speakers, by sentence.
        var cueWords: [[String]]
        /// Every speaker linked so far.
        var known: [ResolvedSpeaker] = []
        /// The current sentence's cue speakers, by cue item.
        var cueSpeaker: [Int: ResolvedSpeaker] = [:]
        /// The previous top-level quote's speaker (nil when it had none) and sentence.
        var lastQuote: (speaker: ResolvedSpeaker?, sentence: Int)?
        init(sentences: Int) {
            cueSpeakers = Array(repeating: [], count: sentences)
            cueWords = Array(repeating: [], count: sentences)
        }
    }

    /// The speaker of cue `c` in sentence `si`.
    func speaker(for c: Cue, cues: [Cue], si: Int, state: State) -> ResolvedSpeaker? {
        if let s = state.cueSpeaker[c.item] { return s }
        let items = sentences[si].items
        var found: ResolvedSpeaker?
        if c.isAccordingTo {
            if let ref = finder.after(c.item, in: items) {
                found = resolve(ref, si: si, at: c.item, final: true, cueSpeakers: state.cueSpeakers, known: state.known)
            }
        } else if c.verb?.isParticiple == true {
            // "with Boswell stating": a name right before the participle is its subject.
            if c.item > 0, items[c.item - 1].isWord, items[c.item - 1].isCapitalized || lexicon.speakerNouns[items[c.item - 1].lower] != nil,
               let ref = finder.nameRun(endingAt: c.item - 1, in: items) ?? finder.nominal(endingAt: c.item - 1, in: items) {
                found = resolve(ref, si: si, at: c.item, final: false, cueSpeakers: state.cueSpeakers, known: state.known)
            } else if let prev = cues.last(where: { $0.item < c.item && $0.verb?.isParticiple == false }) {
                // "…, adding that …": the clause's own speaker, from an earlier cue.
                found = speaker(for: prev, cues: cues, si: si, state: state)
            } else if let ref = clauseSubject(before: c.item, in: items) {
                // "Sunak defended the record whilst promising …"
                found = resolve(ref, si: si, at: c.item, final: false, cueSpeakers: state.cueSpeakers, known: state.known)
            }
        } else {
            let quoteBefore = items[..<c.item].contains { $0.quoteIndex != nil }
            let glued = c.item > 0 && items[c.item - 1].quoteIndex != nil
            let afterQuote = quoteBefore && c.item > 0 && (glued || items[c.item - 1].text == ",")
            // "told" is followed by its hearer, never by its speaker.
            let inverts = c.verb?.lemma != "tell" && (afterQuote || c.item == 0)
            var ref: SpeakerReference?
            if inverts { ref = finder.after(c.item, in: items) }
            if ref == nil, !glued {
                var j = c.item - 1
                while j >= 0, items[j].isWord, Words.adverbs.contains(items[j].lower) { j -= 1 }
                if j >= 0, items[j].lower == "and" || items[j].lower == "but" {
                    // "… and told the police …": the coordinated verb shares the earlier subject.
                    if let prev = cues.last(where: { $0.item < c.item && !$0.isAccordingTo }) {
                        found = speaker(for: prev, cues: cues, si: si, state: state)
                    } else {
                        ref = clauseSubject(before: c.item, in: items)
                    }
                } else {
                    ref = finder.before(c.item, in: items)
                }
            }
            if ref == nil, found == nil, c.item == 0 { ref = finder.after(c.item, in: items) }
            if let ref {
                // "…, she says." reports the clause before it: its names are not the speaker.
                let refStart = items.firstIndex { $0.range.lowerBound == ref.range.lowerBound } ?? c.item
                let parenthetical = refStart > 0 && (items[refStart - 1].text == "," || items[refStart - 1].quoteIndex != nil)
                let introduces = c.item + 1 < items.count && (items[c.item + 1].text == ":" || items[c.item + 1].quoteIndex != nil)
                let final = parenthetical && !introduces
                found = resolve(ref, si: si, at: c.item, final: final, cueSpeakers: state.cueSpeakers, known: state.known)
            }
        }
        if let found {
            state.cueSpeaker[c.item] = found
            state.known.append(found)
        }
        return found
    }

    /// The attribution of every span, by span index.
    func attribute() -> [Int: Attribution] {
        var out: [Int: Attribution] = [:]
        let state = State(sentences: sentences.count)
        for (si, sentence) in sentences.enumerated() {
            let items = sentence.items
            let cues = self.cues(in: items)
            state.cueSpeaker = [:]
            for c in cues { _ = speaker(for: c, cues: cues, si: si, state: state) }
            state.cueSpeakers[si] = cues.compactMap { state.cueSpeaker[$0.item] }
            state.cueWords[si] = cues.filter { state.cueSpeaker[$0.item] != nil }.map { cueSurface($0, in: items) }

            // The sentence's channel phrase, looked up once (per quote it was quotes × words
            // × channels on a long sentence).
            var sentenceChannel: String??
            for (qi, item) in items.enumerated() {
                guard let spanIndex = item.quoteIndex else { continue }
                let span = spans[spanIndex]
                var a = attribution(of: span, at: qi, in: items, cues: cues) { speaker(for: $0, cues: cues, si: si, state: state) }
                if a.speaker == nil, a.rule == .quoteUnattributed || a.rule == .quoteScare, qi == 0, a.kind != .partial || items.count == 1 {
                    if let s = continuedSpeaker(si: si, state: state) {
                        a.speaker = s.speaker
                        a.rule = s.rule
                        // The introducing sentence's cue ("tweeted:"), when it had one.
                        if s.rule == .quoteSpeakerBefore { a.cue = state.cueWords[si - 1].last }
                        if a.channel == nil, s.rule == .quoteSpeakerBefore { a.channel = channel(in: sentences[si - 1].items) }
                    }
                }
                if a.speaker != nil, a.channel == nil {
                    if sentenceChannel == nil { sentenceChannel = .some(channel(in: items)) }
                    a.channel = sentenceChannel!
                }
                out[spanIndex] = a
                state.lastQuote = (a.speaker, si)
            }
        }
        // Nested spans: no speaker of their own.
        for (i, span) in spans.enumerated() where span.isNested {
            out[i] = Attribution(speaker: nil, rule: .quoteNested, cue: nil, channel: nil, kind: .partial)
        }
        return out
    }

    /// The speaker of a quote that stands alone at a sentence start: the speaker a colon
    /// introduced, the cue speaker of the sentence before in the same paragraph, or the
    /// previous quote's speaker when no other name came between.
    private func continuedSpeaker(si: Int, state: State) -> (speaker: ResolvedSpeaker, rule: RuleID)? {
        guard si > 0 else { return nil }
        let prev = sentences[si - 1]
        let block = sentences[si].block
        // A crosshead ("‘An infinite arsenal’") or a heading continues nobody.
        if entry.blocks[block].kind == .heading || entry.blocks[block].kind == .title { return nil }
        if sentences[si].items.count == 1, let q = sentences[si].items[0].quoteIndex, sentences.filter({ $0.block == block }).count == 1,
           !".!?,\u{2026}".unicodeScalars.contains(text.scalars[spans[q].inner.upperBound - 1]) {
            return nil
        }
        if prev.block != block, ((prev.block + 1)..<block).contains(where: { entry.blocks[$0].kind == .heading }) { return nil }
        if prev.items.last?.text == ":" {
            if let s = state.cueSpeakers[si - 1].last { return (s, .quoteSpeakerBefore) }
            // "McGregor signs off:" — a person as the subject of the introducing sentence.
            if prev.items.count <= 8, let ref = clauseSubject(before: prev.items.count - 1, in: prev.items), ref.kind == .name {
                let s = linker.link(name: ref, mention: ref.head, known: state.known)
                if s.type == .person { return (s, .quoteSpeakerBefore) }
            }
        }
        let prevHasQuote = prev.items.contains { $0.quoteIndex != nil }
        if !prevHasQuote, prev.block == block || prev.block + 1 >= block, let s = state.cueSpeakers[si - 1].first {
            return (s, .quoteContinuation)
        }
        guard let last = state.lastQuote, let speaker = last.speaker, sentences[last.sentence].block + 3 >= block else { return nil }
        // Another person named between the two quotes breaks the chain.
        if last.sentence + 1 < si {
            for s in (last.sentence + 1)..<si {
                if candidates(in: s).contains(where: { !$0.isWeak && !$0.speaker.isSame(as: speaker) && $0.speaker.type != .place }) {
                    return nil
                }
            }
        }
        return (speaker, .quoteContinuation)
    }

    // MARK: - One quote

    private func attribution(
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
        let before = cues.filter { $0.item < qi }.reversed()
        let after = cues.filter { $0.item > qi }
        let sentenceInitial = qi == 0 || (qi == 1 && items[0].kind == .punct)
        // Which cue governs the quote: the one after a sentence-initial quote, else the
        // nearest before it, walking outward past cues whose speaker is not found.
        var order: [Cue] = sentenceInitial ? Array(after) + Array(before) : Array(before) + Array(after)
        // A cue after the quote that is separated from it by another quote's own cue belongs to that one.
        if !sentenceInitial, let first = after.first, before.isEmpty {
            order = [first] + Array(after.dropFirst())
        }
        for c in order {
            // "X said …; Y …" : do not cross a sentence-level break to a cue before.
            if c.item < qi, items[c.item..<qi].contains(where: { $0.text == ";" }) { continue }
            if c.item > qi, items[qi..<c.item].contains(where: { $0.text == ";" }) { continue }
            guard let s = speakerFor(c) else { continue }
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
            return result
        }
        if let s = statementNounSpeaker(before: qi, in: items) {
            result.speaker = s.speaker
            result.cue = s.cue
            result.channel = s.channel
            result.rule = .quoteStatementNoun
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

    /// Direct when the quote is the clause (sentence start, after a colon or comma, before a
    /// comma or the sentence end); partial when it sits inside the reporter's words.
    private func kind(at qi: Int, in items: [Item], span: QuoteSpan) -> Quote.Kind {
        if span.close == nil { return .direct }
        let last = text.scalars[span.inner.upperBound - 1]
        let ended = ".,!?\u{2026}".unicodeScalars.contains(last)
        if qi > 0, items[qi - 1].text == ":" { return .direct }
        let startOK = qi == 0 || [",", "\u{2014}", "\u{2013}", "(", "-"].contains(items[qi - 1].text)
            || (ended && items[qi - 1].isWord && lexicon.verbs[items[qi - 1].lower] != nil)
        guard startOK else { return .partial }
        // "said "great progress" had been made": a fragment that the sentence goes on from.
        let words = text.scalars[span.inner].filter { $0 == " " }.count + 1
        if !ended, qi + 1 < items.count, items[qi + 1].isWord, lexicon.verbs[items[qi + 1].lower] == nil,
           !Words.personalPronouns.contains(items[qi + 1].lower), !items[qi + 1].isCapitalized, words < 6 {
            return .partial
        }
        return words >= 3 || qi == 0 || ended ? .direct : .partial
    }

    private func isNameOrTitle(at qi: Int, in items: [Item], span: QuoteSpan) -> Bool {
        var k = qi - 1
        if k >= 0, ["the", "a", "an"].contains(items[k].lower) { k -= 1 }
        if k >= 0, Self.nameIntroducers.contains(items[k].lower) { return true }
        if k >= 1, items[k].lower == "as", ["known", "referred"].contains(items[k - 1].lower) { return true }
        // A capitalised title ("The Art of the Deal") inside a sentence, with no sentence punctuation.
        var words: [String] = []
        var current = ""
        for s in text.scalars[span.inner] {
            if s.isSpace { if !current.isEmpty { words.append(current) }; current = "" } else { current.unicodeScalars.append(s) }
        }
        if !current.isEmpty { words.append(current) }
        let small: Set<String> = ["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or"]
        let content = words.filter { !small.contains($0.lowercased()) }
        if qi > 0, content.count >= 2, content.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }),
           !(words.last?.last.map { ".!?,".contains($0) } ?? false) {
            return true
        }
        return false
    }

    // MARK: - Cues

    /// The reporting cues of a sentence, outside its quotes.
    func cues(in items: [Item]) -> [Cue] {
        var out: [Cue] = []
        for (k, it) in items.enumerated() where it.isWord {
            if it.lower == "according", k + 1 < items.count, items[k + 1].lower == "to" {
                out.append(Cue(item: k + 1, surface: "according to", verb: nil))
                continue
            }
            // A capitalised word inside a sentence is a name ("United States"), not a verb.
            guard !(it.isCapitalized && k > 0), var v = lexicon.verbs[it.lower], isVerb(at: k, form: v, in: items) else { continue }
            if v.isParticiple, progressive(at: k, in: items) { v.isParticiple = false }
            out.append(Cue(item: k, surface: it.text, verb: v))
        }
        return out
    }

    /// Whether a reporting-verb form stands as a verb here, not as a noun ("peace talks",
    /// "the phone call") or a passive ("was told").
    private func isVerb(at k: Int, form: CueLexicon.Verb, in items: [Item]) -> Bool {
        let prev = k > 0 ? items[k - 1] : nil
        let p = prev?.lower ?? ""
        if form.isParticiple {
            guard let prev else { return false }  // "Speaking to reporters, …" introduces the subject's own clause
            if progressive(at: k, in: items) { return true }
            return prev.text == "," || ["and", "while", "whilst", "by", "before", "after"].contains(p) || prev.quoteIndex != nil
                || (prev.isCapitalized && k >= 2 && items[k - 2].lower == "with")
                || (lexicon.speakerNouns[p] != nil && k >= 2 && ["the", "with"].contains(items[k - 2].lower))
        }
        if let prev, prev.isWord, Words.determiners.contains(p) || Words.beForms.contains(p) && !form.isParticiple { return false }
        // "ministers accused of …", "a letter signed by …": passive, not a statement.
        if !form.isBase, !form.isThirdPerson, k + 1 < items.count, items[k + 1].lower == "by" || (form.lemma == "accuse" && items[k + 1].lower == "of") {
            return false
        }
        if form.lemma == "point" {
            // "pointed out", not "pointed to the table".
            return k + 1 < items.count && items[k + 1].lower == "out"
        }
        if form.lemma == "continue" {
            // "She continued: "…"" but not "talks will continue".
            let next = k + 1 < items.count ? items[k + 1] : nil
            return next?.text == ":" || next?.quoteIndex != nil || prev?.quoteIndex != nil || prev?.text == ","
        }
        if form.isBase {
            return ["i", "we", "they", "you"].contains(p) || Words.auxiliaries.contains(p)
                || (lexicon.speakerNouns[p]?.plural ?? false)
        }
        if form.isThirdPerson {
            guard let prev else { return false }
            if prev.quoteIndex != nil || prev.text == "," { return true }
            if !prev.isWord { return false }
            if Self.pluralNouns.contains(items[k].lower) {
                // "peace talks", "phone calls": a plural noun unless a pronoun or a known name stands before it.
                return ["he", "she", "it", "who"].contains(p) || linker.entity(covering: prev.range) != nil
                    || (prev.isCapitalized && k >= 2 && items[k - 2].isCapitalized)
            }
            return prev.isCapitalized || ["he", "she", "it", "who", "which", "that"].contains(p) || Words.adverbs.contains(p)
                || lexicon.speakerNouns[p] != nil || lexicon.statementNouns[p] != nil
        }
        if let prev, prev.isWord, Words.prepositions.contains(p) { return false }
        return true
    }

    /// The subject of the sentence's main clause: the first name before `k` that is not
    /// inside a phrase led by a preposition, a date, or a possessive modifier.
    func clauseSubject(before k: Int, in items: [Item]) -> SpeakerReference? {
        var i = 0
        while i < k {
            guard items[i].isWord, items[i].isCapitalized else { i += 1; continue }
            var e = i
            while e + 1 < k, items[e + 1].isWord, items[e + 1].isCapitalized, !items[e].isPossessive { e += 1 }
            if !items[e].isPossessive, !Words.calendar.contains(items[e].lower), let ref = finder.nameRun(endingAt: e, in: items, from: i),
               !finder.isAfterPreposition(ref, in: items), !linker.isPlace(ref.head) {
                return ref
            }
            i = e + 1
        }
        // "the government recommending …"
        if k > 0, let nominal = finder.nominal(endingAt: k - 1, in: items) { return nominal }
        return nil
    }

    /// Whether an "-ing" form is a progressive verb ("Trump is now talking").
    func progressive(at k: Int, in items: [Item]) -> Bool {
        var j = k - 1
        while j >= 0, items[j].isWord, Words.adverbs.contains(items[j].lower) { j -= 1 }
        return j >= 0 && items[j].isWord && Words.beForms.contains(items[j].lower)
    }

    /// The cue as the record names it: the verb, or "told reporters" when a channel phrase starts at it.
    private func cueSurface(_ c: Cue, in items: [Item]) -> String {
        if c.isAccordingTo { return "according to" }
        if c.item + 1 < items.count, items[c.item].lower == "told", ["reporters", "journalists"].contains(items[c.item + 1].lower) {
            return "told " + items[c.item + 1].text
        }
        return items[c.item].text
    }

    /// The first channel phrase of the sentence.
    func channel(in items: [Item]) -> String? {
        let words = items.filter(\.isWord)
        var found: [String] = []
        for start in words.indices {
            for ch in lexicon.channels where start + ch.words.count <= words.count {
                var ok = true
                for (n, w) in ch.words.enumerated() {
                    let item = words[start + n]
                    if ch.caseSensitive[n] ? item.text != ch.original[n] : item.lower != w { ok = false; break }
                }
                if ok { found.append(ch.channel); break }
            }
        }
        // A named platform ("Telegram") says more than a generic channel ("post").
        return found.first { $0.first?.isUppercase == true } ?? found.first
    }

    // MARK: - Other sources

    /// "comments from X", "X's offer, including "…"", "in his post, …".
    private func statementNounSpeaker(before qi: Int, in items: [Item]) -> (speaker: ResolvedSpeaker, cue: String, channel: String?)? {
        guard let n = items[..<qi].lastIndex(where: { $0.isWord && lexicon.statementNouns[$0.lower] != nil }) else { return nil }
        let noun = items[n]
        let channel = lexicon.statementNouns[noun.lower] ?? nil
        if let ref = finder.possessor(ofNounAt: n, in: items), let s = resolve(ref, si: -1, at: n, final: false, cueSpeakers: [], known: []) {
            return (s, noun.text, channel)
        }
        if n + 2 < items.count, items[n + 1].lower == "from" || items[n + 1].lower == "of", let ref = finder.after(n + 1, in: items) {
            let s = ref.kind == .name ? linker.link(name: ref, mention: ref.head, known: []) : resolve(ref, si: -1, at: n, final: false, cueSpeakers: [], known: [])
            if let s, s.type != .place { return (s, noun.text, channel) }
        }
        // The clause's subject: the last name before the noun that is not inside a phrase
        // led by a preposition.
        var k = n - 1
        while k >= 0 {
            if items[k].isWord, items[k].isCapitalized, !items[k].isPossessive, k == 0 || !Words.prepositions.contains(items[k - 1].lower),
               !Words.calendar.contains(items[k].lower), !Words.capitalisedFunctionWords.contains(items[k].lower),
               k + 1 < items.count, items[k + 1].isWord, !items[k + 1].isCapitalized,
               Words.auxiliaries.contains(items[k + 1].lower) || items[k + 1].lower.hasSuffix("ed"),
               let ref = finder.nameRun(endingAt: k, in: items) {
                let s = linker.link(name: ref, mention: ref.head, known: [])
                if s.type == nil || s.type == .person || s.type == .organization { return (s, noun.text, channel) }
            }
            k -= 1
        }
        return nil
    }

    private func lastCapitalised(from k: Int, in items: [Item]) -> Int {
        var e = k
        while e + 1 < items.count, items[e + 1].isWord, items[e + 1].isCapitalized, !items[e].isPossessive { e += 1 }
        return e
    }

    /// A headline's source after a closing dash ("… 'very hard' to derail peace - Russia").
    private func headlineSource(items: [Item], quote qi: Int, loose: Bool) -> ResolvedSpeaker? {
        // "Zelensky: 'We will not give up'": a name, a colon, then the quote.
        if let colon = items[..<qi].lastIndex(where: { $0.text == ":" }), colon > 0, colon <= 5,
           items[(colon + 1)..<qi].allSatisfy({ $0.quoteIndex != nil }),
           let ref = finder.nameRun(endingAt: colon - 1, in: items), items.firstIndex(where: { $0.range.lowerBound == ref.range.lowerBound }) == 0 {
            // Only a known person or organisation: "Reports: …" names no one.
            let s = linker.link(name: ref, mention: ref.head, known: [])
            return s.id != nil && (s.type == .person || s.type == .organization) ? s : nil
        }
        var last = items.count - 1
        if items[last].kind == .punct, [".", ","].contains(items[last].text) { last -= 1 }
        guard let d = items.lastIndex(where: { ["-", "\u{2013}", "\u{2014}"].contains($0.text) }), d > qi,
              d + 1 <= last, last - d <= 4, loose || items[(qi + 1)..<d].allSatisfy({ $0.kind == .punct || $0.quoteIndex != nil }),
              let ref = finder.nameRun(endingAt: last, in: items, from: d + 1)
        else { return nil }
        let s = linker.link(name: ref, mention: ref.head, known: [])
        return s
    }

    // MARK: - Resolution

    /// Whether "the " stands right before scalar `i`.
    func precededByThe(_ i: Int) -> Bool {
        guard i >= 4 else { return false }
        var w = ""
        w.unicodeScalars.append(contentsOf: text.scalars[(i - 4)..<i])
        return w.lowercased() == "the "
    }

    /// Links a speaker reference: names to entities, pronouns to the nearest compatible
    /// candidate (same sentence first unless the cue follows the quote, then earlier
    /// sentences, whose own cue speakers come first).
    func resolve(
        _ ref: SpeakerReference, si: Int, at position: Int, final: Bool, cueSpeakers: [[ResolvedSpeaker]], known: [ResolvedSpeaker]
    ) -> ResolvedSpeaker? {
        let mention = ref.kind == .possessive ? ref.range : ref.head
        switch ref.kind {
        case .name:
            return linker.link(name: ref, mention: mention, known: known)
        case .role:
            return linker.link(role: ref.surface, before: ref.range.lowerBound, mention: mention)
        case .relative:
            guard let a = ref.antecedent.first, var s = resolve(a, si: si, at: position, final: final, cueSpeakers: cueSpeakers, known: known) else { return nil }
            s.resolution = .speakerRelative
            s.mention = mention
            return s
        case .nominal:
            let noun = ref.surface.split(separator: " ").last.map { String($0).lowercased() } ?? ""
            // "the senator said": an office held by an entity named before, or no speaker.
            if Self.offices.contains(noun) {
                guard var s = linker.link(role: ref.surface, before: ref.range.lowerBound, mention: mention) else { return nil }
                s.resolution = .speakerRole
                return s
            }
            // "a police spokesperson said": a spokesperson of a body named before speaks for it.
            let words = ref.surface.split(separator: " ").map(String.init)
            if Self.representatives.contains(noun), words.count >= 2 {
                // "a Kremlin spokesman": an organisation named inside the phrase.
                if let e = linker.entity(covering: ref.range), e.type == .organization {
                    return ResolvedSpeaker(name: e.name, id: e.id, type: e.type, gender: nil, resolution: .speakerNominal, mention: mention)
                }
                for w in words.dropLast().reversed() {
                    if var s = linker.link(body: w.lowercased(), before: ref.range.lowerBound, mention: mention) {
                        s.resolution = .speakerNominal
                        return s
                    }
                }
            }
            // "the ministry said": the organisation whose name holds the noun, named before.
            if Self.bodies.contains(noun), ref.surface.lowercased() == noun, precededByThe(ref.range.lowerBound),
               var s = linker.link(body: noun, before: ref.range.lowerBound, mention: mention) {
                s.resolution = .speakerNominal
                return s
            }
            return ResolvedSpeaker(name: ref.surface, id: nil, type: Self.bodies.contains(noun) ? .organization : nil,
                                   gender: lexicon.speakerNouns[noun]?.gender ?? nil,
                                   isPlural: lexicon.speakerNouns[noun]?.plural ?? false, resolution: .speakerNominal, mention: mention)
        case .possessive:
            if let a = ref.antecedent.first {
                var s = linker.link(name: a, mention: mention, known: known)
                s.resolution = .speakerPossessive
                return s
            }
            guard si >= 0, var s = resolvePronoun(ref.surface, si: si, at: position, final: final, cueSpeakers: cueSpeakers) else { return nil }
            s.resolution = .speakerPossessive
            s.mention = mention
            return s
        case .pronoun:
            guard var s = resolvePronoun(ref.surface, si: si, at: position, final: final, cueSpeakers: cueSpeakers) else { return nil }
            s.mention = mention
            return s
        }
    }

    private func resolvePronoun(_ pronoun: String, si: Int, at position: Int, final: Bool, cueSpeakers: [[ResolvedSpeaker]]) -> ResolvedSpeaker? {
        guard si >= 0 else { return nil }
        if pronoun == "they" || pronoun == "their" {
            // "Police said … They added": a plural or collective speaker of the sentences just before.
            for s in stride(from: si - 1, through: max(0, si - 2), by: -1) {
                if let c = cueSpeakers[s].first(where: { $0.isPlural || $0.type == .organization }) {
                    var c = c
                    c.resolution = .speakerPronoun
                    return c
                }
            }
            return nil
        }
        guard ["he", "she", "his", "her", "it", "its"].contains(pronoun) else { return nil }
        func done(_ s: ResolvedSpeaker) -> ResolvedSpeaker {
            var s = s
            s.resolution = .speakerPronoun
            return s
        }
        let personal = pronoun != "it" && pronoun != "its"
        if !final && personal {
            let here = candidates(in: si).filter { $0.item < position && $0.speaker.isCompatible(withPronoun: pronoun) }
            if let c = here.last(where: { !$0.isPossessive && !$0.isWeak }) ?? here.last(where: { !$0.isWeak }) { return done(c.speaker) }
        }
        var s = si - 1
        while s >= 0 {
            if let c = cueSpeakers[s].first(where: { $0.isCompatible(withPronoun: pronoun) }) { return done(c) }
            guard personal else { s -= 1; continue }
            let found = candidates(in: s).filter { $0.speaker.isCompatible(withPronoun: pronoun) }
            if let c = found.first(where: { !$0.isPossessive && !$0.isWeak }) ?? found.first(where: { !$0.isWeak }) {
                return done(c.speaker)
            }
            s -= 1
        }
        return nil
    }

    /// Candidates already found, by sentence (pronouns look back over the same sentences).
    final class CandidateCache: @unchecked Sendable {
        var bySentence: [Int: [Candidate]] = [:]
    }

    let cache = CandidateCache()

    /// The names of a sentence, outside its quotes, that a pronoun can refer to.
    func candidates(in si: Int) -> [Candidate] {
        if let cached = cache.bySentence[si] { return cached }
        let found = findCandidates(in: si)
        cache.bySentence[si] = found
        return found
    }

    private func findCandidates(in si: Int) -> [Candidate] {
        let items = sentences[si].items
        var out: [Candidate] = []
        var k = 0
        while k < items.count {
            guard items[k].isWord, items[k].isCapitalized else { k += 1; continue }
            var e = k
            while e + 1 < items.count, items[e + 1].isWord, items[e + 1].isCapitalized, !items[e].isPossessive { e += 1 }
            defer { k = e + 1 }
            guard let ref = finder.nameRun(endingAt: e, in: items, from: k) else { continue }
            let s = linker.link(name: ref, mention: ref.head, known: [])
            if s.id == nil {
                // Without an entity, keep names that look like people: several words, a
                // title, or not after a preposition.
                let words = e - k + 1
                // A title in the name ("President Zelensky") or a role noun before it ("special envoy Kirill Dmitriev").
                let titled = items[k...e].contains { finder.isTitle($0.text) }
                    || (k > 0 && items[k - 1].isWord && lexicon.speakerNouns[items[k - 1].lower] != nil)
                if words == 1 && k == 0 && Words.capitalisedFunctionWords.contains(items[k].lower) { continue }
                let afterPreposition = k > 0 && Words.prepositions.contains(items[k - 1].lower)
                // With an entity stage at work, a name it left untyped is a person only with a title.
                let untyped = !linker.entities.isEmpty && !titled
                let modifier = e + 1 < items.count && items[e + 1].isWord && lexicon.statementNouns[items[e + 1].lower] != nil
                out.append(Candidate(speaker: s, item: e, isPossessive: items[e].isPossessive,
                                     isWeak: untyped || modifier || !titled && (afterPreposition || (words == 1 && k == 0 && !(e + 1 < items.count && lexicon.verbs[items[e + 1].lower] != nil)))))
            } else if s.type == .person || s.type == .organization {
                out.append(Candidate(speaker: s, item: e, isPossessive: items[e].isPossessive, isWeak: false))
            }
        }
        return out
    }
}

