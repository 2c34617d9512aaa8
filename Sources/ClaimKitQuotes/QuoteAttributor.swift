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
final class QuoteAttributor {
    /// A reporting cue in a sentence.
    /// (Its words are read from the sentence's items: `cueSurface`. A copy of the surface
    /// here was never read, and retained on every copy of a cue.)
    struct Cue {
        var item: Int
        var verb: CueLexicon.Verb?
        var isAccordingTo: Bool { verb == nil }
    }

    /// The speaker found for the cue at `item` of a sentence.
    /// (Named structs here and below, not tuples: a tuple of a speaker, alone, in an array
    /// or in an optional, was copied and destroyed through the runtime's generic tuple
    /// witnesses, about 130 instructions each time.)
    struct CueSpeaker {
        var item: Int
        var speaker: ResolvedSpeaker
    }

    /// The previous top-level quote's speaker (nil when it had none) and sentence.
    struct LastQuote {
        var speaker: ResolvedSpeaker?
        var sentence: Int
    }

    /// The last quote with a channel: its speaker, channel and sentence.
    struct LastChannel {
        var speaker: ResolvedSpeaker
        var channel: String
        var sentence: Int
    }

    /// A quote's speaker carried on from before it, and the rule that carried it.
    struct ContinuedSpeaker {
        var speaker: ResolvedSpeaker
        var rule: RuleID
    }

    /// A name in a sentence that a later pronoun may refer to.
    struct Candidate {
        var speaker: ResolvedSpeaker
        var item: Int
        var isPossessive: Bool
        var isWeak: Bool
    }

    static let nameIntroducers: WordSet = [
        "so-called", "titled", "entitled", "named", "nicknamed", "dubbed", "codenamed", "hashtag", "slogan", "film",
        "book",
        "song", "album", "novel", "show", "series", "documentary", "play", "operation", "programme", "program",
        "campaign",
        "term", "word", "phrase", "motto", "label", "headline", "banner", "sign", "signs", "chants", "chanting",
        "chanted",
        "name", "names", "words", "title", "titles", "website", "site", "app", "newspaper", "magazine", "channel",
        "podcast", "ship",
        "vessel", "brand", "project", "nickname", "codename", "exhibition", "exhibit", "painting", "poem", "opera",
        "musical",
    ]

    /// "-s" forms of reporting verbs that are more often plural nouns.
    static let pluralNouns: WordSet = [
        "talks", "calls", "claims", "reports", "comments", "remarks", "promises", "pledges", "warnings", "notes",
        "posts",
        "answers", "replies", "charges", "orders", "threats", "hopes", "fears", "thoughts", "tweets", "estimates",
        "demands",
        "responds", "questions", "signals", "labels", "brands", "blasts", "slams", "echoes", "praises", "welcomes",
        "jokes",
        "counters", "pleads", "vows", "repeats", "concerns", "words", "points", "thanks", "screams", "whispers",
    ]

    /// Cues that go on from the speaker's previous words ("he adds", "she continued").
    static let followOnCues: WordSet = [
        "adds", "added", "continues", "continued", "concludes", "concluded", "goes", "went",
    ]

    /// Office nouns: as a speaker ("the senator said") they stand for the entity holding
    /// the office, never for a speaker of their own.
    static let offices: WordSet = [
        "president", "senator", "governor", "minister", "chancellor", "premier", "mayor", "secretary", "congressman",
        "congresswoman", "representative", "leader", "king", "queen", "pope", "ambassador", "envoy", "general", "judge",
        "prosecutor", "commissioner", "chairman", "chairwoman", "speaker", "director", "sheriff", "coach", "manager",
    ]

    /// People who speak for a body: "a police spokesperson" speaks for the police force named before.
    static let representatives: WordSet = [
        "spokesperson", "spokesman", "spokeswoman", "official", "officials", "source", "sources",
        "representative", "statement", "analyst", "analysts", "economist", "economists", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "lawyer", "lawyers", "attorney", "attorneys", "researchers",
    ]

    /// Common nouns that never name a speaker on their own ("office said", "the poster wrote").
    static let bareNouns: WordSet = [
        "office", "officer", "officers", "poster", "author", "authors", "report", "group", "bank", "association",
        "organisation", "organization", "federation", "airline", "carmaker", "insurer", "lender", "retailer",
    ]

    /// Common nouns for bodies that speak as "it" ("the ministry said … It added").
    static let bodies: WordSet = [
        "ministry", "government", "department", "agency", "office", "council", "committee", "union", "company", "firm",
        "party", "army", "military", "embassy", "court", "regulator", "police", "group", "bank", "association",
        "organisation", "organization", "federation", "airline", "carmaker", "insurer", "lender", "retailer",
    ]

    /// Common nouns of a kind of body that refer back to an organisation named just before
    /// ("the watchdog said" after "the Competition Authority"), and name no speaker on their
    /// own. Nouns that head names ("commission", "trust") are matched by head word instead.
    static let referringBodies: Set<String> = [
        "watchdog", "charity", "broadcaster", "operator", "provider", "utility", "supermarket", "chain",
        "manufacturer", "developer", "body",
    ]

    /// Candidates already found, by sentence (pronouns look back over the same sentences).
    final class CandidateCache: @unchecked Sendable {
        @exclusivity(unchecked) var bySentence: [Int: [Candidate]] = [:]
        /// The person of each sentence's leading "he" or "she", once resolved (key: sentence
        /// × 2, plus 1 for "she").
        @exclusivity(unchecked) var chained: [Int: ResolvedSpeaker?] = [:]
    }

    let cache = CandidateCache()
    /// What is learnt so far, by sentence (see `State`).
    let state: State
    let lexicon: CueLexicon
    let text: EntryScalars
    let entry: Entry
    let spans: [QuoteSpan]
    let sentences: [ScannedSentence]
    /// Makes a sentence's items when a rule first reads them (`items(_:)`).
    let scanner: SentenceScanner
    /// The items made so far, by sentence: in a long entry, those of the last
    /// `keptItems` sentences made (`kept`, a ring, oldest at `keptNext`); items read
    /// again after that are made again, the same (a paragraph of 200 MB held all its
    /// items, 32 bytes a word).
    /// (The attributor is read on one thread, and none of its tables is written while
    /// being read: their accesses are not checked at run time.)
    /// (Empty while not made: a sentence has at least one item. An array of optional
    /// arrays was destroyed element by element through the runtime's generic optional
    /// witness.)
    @exclusivity(unchecked) private var madeItems: [[Item]]
    @exclusivity(unchecked) private var kept: [Int32] = []
    @exclusivity(unchecked) private var keptNext = 0
    #if DEBUG
    /// Few in debug builds, so that tests read items made again.
    static let keptItems = 3
    #else
    static let keptItems = 512
    #endif
    let linker: SpeakerLinker
    /// Made once (a computed property made its closures on every use).
    let finder: SpeakerFinder

    init(
        lexicon: CueLexicon, text: EntryScalars, entry: Entry, spans: [QuoteSpan], sentences: [ScannedSentence],
        scanner: SentenceScanner, linker: SpeakerLinker
    ) {
        self.scanner = scanner
        madeItems = Array(repeating: [], count: sentences.count)
        self.lexicon = lexicon
        self.text = text
        self.entry = entry
        self.spans = spans
        self.sentences = sentences
        self.linker = linker
        state = State(sentences: sentences.count)
        finder = SpeakerFinder(
            lexicon: lexicon, text: text, isPlace: { linker.entityType(covering: $0) == .place },
            mentionStart: { linker.mentionStart(covering: $0) },
            isPerson: { linker.entityType(covering: $0) == .person },
            namesBody: { linker.link(headNoun: $0, before: $1, mention: $1..<$1) != nil })
    }

    /// Which speakers a name linked in a sentence may fall back to (`SpeakerLinker`'s
    /// surname rule): none, or those linked in the sentences up to `through` (that one's so far).
    enum Known {
        case none
        case through(Int)
    }

    /// What the attributor has learnt so far in an entry, by sentence.
    ///
    /// A sentence's cue speakers are found the first time they are read (for a quote in it,
    /// by a pronoun looking back, by a quote going on from it), not for every sentence up
    /// to the last quote: each sentence's answers depend only on the sentences before it,
    /// and `speakers(_:)` reads those in order when a name falls back to them, so what is
    /// found is what reading every sentence in order would find.
    final class State {
        /// What is learnt of one sentence.
        struct Sentence {
            /// Whether its cue speakers are found (or being found).
            var found = false
            /// The speakers of its cues and their cue words, in cue order: their place in
            /// `Sentences.speakerPool` and `wordPool` (two arrays per sentence were made and
            /// freed).
            var cues: Range<Int32> = 0..<0
            /// Its cue speakers with their cue items, in the order found (a few per sentence:
            /// searched in order, where a dictionary cost a hash and an insert per cue). Their
            /// speakers are the speakers linked in the sentence.
            var cueSpeaker: [CueSpeaker] = []
        }
        /// What is learnt of each sentence, made for a sentence when first written: most
        /// sentences are never read, and a table of plain numbers is made and freed per entry
        /// without visiting its sentences (an array of every sentence's three arrays was).
        struct Sentences {
            /// Each sentence's index in `learnt`, -1 while nothing is learnt of it.
            private var slot: [Int32]
            private var learnt: [Sentence] = []
            /// Every sentence's cue speakers and cue words (`Sentence.cues`), one after another.
            private var speakerPool: [ResolvedSpeaker] = []
            private var wordPool: [String] = []
            init(count: Int) { slot = Array(repeating: -1, count: count) }
            /// Sets the cue speakers of sentence `i` (those found for `cues`, in cue order) and
            /// their cue words.
            mutating func setCues(_ i: Int, from cues: [Cue], word: (Cue) -> String) {
                let start = Int32(speakerPool.count)
                for c in cues {
                    guard let s = speaker(ofCue: c.item, in: i) else { continue }
                    speakerPool.append(s)
                    wordPool.append(word(c))
                }
                self[i].cues = start..<Int32(speakerPool.count)
            }
            subscript(i: Int) -> Sentence {
                get { slot[i] < 0 ? Sentence() : learnt[Int(slot[i])] }
                _modify {
                    if slot[i] < 0 {
                        slot[i] = Int32(learnt.count)
                        learnt.append(Sentence())
                    }
                    yield &learnt[Int(slot[i])]
                }
            }
            /// Sentence `i`'s cue speakers, cue words and `cueSpeaker`, read in place.
            func cueSpeakers(_ i: Int) -> ArraySlice<ResolvedSpeaker> {
                guard slot[i] >= 0 else { return [] }
                let r = learnt[Int(slot[i])].cues
                return speakerPool[Int(r.lowerBound)..<Int(r.upperBound)]
            }
            func cueWords(_ i: Int) -> ArraySlice<String> {
                guard slot[i] >= 0 else { return [] }
                let r = learnt[Int(slot[i])].cues
                return wordPool[Int(r.lowerBound)..<Int(r.upperBound)]
            }
            func cueSpeaker(_ i: Int) -> [CueSpeaker] {
                slot[i] < 0 ? [] : learnt[Int(slot[i])].cueSpeaker
            }
            /// `self[i].found`, read in place.
            func isFound(_ i: Int) -> Bool { slot[i] >= 0 && learnt[Int(slot[i])].found }
            /// The speaker found for the cue at `item` of sentence `si`, read in place.
            func speaker(ofCue item: Int, in si: Int) -> ResolvedSpeaker? {
                guard slot[si] >= 0 else { return nil }
                for c in learnt[Int(slot[si])].cueSpeaker where c.item == item { return c.speaker }
                return nil
            }
        }
        /// By sentence.
        @exclusivity(unchecked) var sentences: Sentences
        /// The speaker found for the cue at `item` of sentence `si`.
        func speaker(ofCue item: Int, in si: Int) -> ResolvedSpeaker? {
            sentences.speaker(ofCue: item, in: si)
        }
        /// The previous top-level quote's speaker (nil when it had none) and sentence.
        @exclusivity(unchecked) var lastQuote: LastQuote?
        /// The last quote with a channel: its speaker, channel and sentence.
        @exclusivity(unchecked) var lastChannel: LastChannel?
        init(sentences: Int) {
            self.sentences = Sentences(count: sentences)
        }
    }

    /// The items of sentence `si`, made the first time they are read.
    func items(_ si: Int) -> [Item] {
        if !madeItems[si].isEmpty { return madeItems[si] }
        let made = scanner.items(of: sentences[si])
        madeItems[si] = made
        if sentences.count > Self.keptItems {
            if kept.count < Self.keptItems {
                kept.append(Int32(si))
            } else {
                madeItems[Int(kept[keptNext])] = []
                kept[keptNext] = Int32(si)
                keptNext = (keptNext + 1) % Self.keptItems
            }
        }
        return made
    }

    /// Finds the speakers of the cues of sentence `si` (once) and returns its cues.
    @discardableResult
    func findSpeakers(in si: Int) -> [Cue] {
        let items = self.items(si)
        let cues = self.cues(in: items)
        state.sentences[si].found = true
        for c in cues { _ = speaker(for: c, cues: cues, si: si) }
        state.sentences.setCues(si, from: cues) { cueSurface($0, in: items) }
        return cues
    }

    /// The speakers of sentence `s`'s cues.
    func cueSpeakers(_ s: Int) -> ArraySlice<ResolvedSpeaker> {
        if !state.sentences.isFound(s) { findSpeakers(in: s) }
        return state.sentences.cueSpeakers(s)
    }

    /// The cue words of sentence `s`'s speakers.
    func cueWords(_ s: Int) -> ArraySlice<String> {
        if !state.sentences.isFound(s) { findSpeakers(in: s) }
        return state.sentences.cueWords(s)
    }

    /// The speakers linked so far, in the order a reading of every sentence finds them.
    func speakers(_ known: Known) -> [ResolvedSpeaker] {
        guard case .through(let si) = known else { return [] }
        var all: [ResolvedSpeaker] = []
        for s in 0..<si {
            if !state.sentences.isFound(s) { findSpeakers(in: s) }
            for c in state.sentences.cueSpeaker(s) { all.append(c.speaker) }
        }
        for c in state.sentences.cueSpeaker(si) { all.append(c.speaker) }
        return all
    }

    /// The speaker of cue `c` in sentence `si`.
    func speaker(for c: Cue, cues: [Cue], si: Int) -> ResolvedSpeaker? {
        if let s = state.speaker(ofCue: c.item, in: si) { return s }
        let items = self.items(si)
        var found: ResolvedSpeaker?
        if c.isAccordingTo {
            if let ref = finder.after(c.item, in: items) {
                found = resolve(ref, si: si, at: c.item, final: true, known: .through(si))
            }
        } else if c.verb?.isParticiple == true {
            // "with Boswell stating": a name right before the participle is its subject.
            if c.item > 0, items[c.item - 1].isWord,
                items[c.item - 1].isCapitalized || lexicon.speakerNouns[items[c.item - 1].lower] != nil,
                let ref = finder.nameRun(endingAt: c.item - 1, in: items)
                    ?? finder.nominal(endingAt: c.item - 1, in: items)
            {
                found = resolve(ref, si: si, at: c.item, final: false, known: .through(si))
            } else if let prev = cues.last(where: { $0.item < c.item && $0.verb?.isParticiple == false }) {
                // "…, adding that …": the clause's own speaker, from an earlier cue.
                found = speaker(for: prev, cues: cues, si: si)
            } else if let ref = clauseSubject(before: c.item, in: items) {
                // "Sunak defended the record whilst promising …"
                found = resolve(ref, si: si, at: c.item, final: false, known: .through(si))
            }
        } else {
            let quoteBefore = items[..<c.item].contains { $0.quoteIndex != nil }
            let glued = c.item > 0 && items[c.item - 1].quoteIndex != nil
            let afterQuote = quoteBefore && c.item > 0 && (glued || items[c.item - 1].punct == ",")
            // "told" is followed by its hearer, never by its speaker.
            let inverts = c.verb?.lemma != "tell" && (afterQuote || c.item == 0)
            var ref: SpeakerReference?
            if inverts { ref = finder.after(c.item, in: items) }
            if ref == nil, !glued {
                var j = c.item - 1
                while j >= 0, items[j].isWord, Words.adverbs.contains(items[j]) { j -= 1 }
                if j >= 0, items[j].lower == "and" || items[j].lower == "but" {
                    // "… and told the police …": the coordinated verb shares the earlier subject.
                    if let prev = cues.last(where: { $0.item < c.item && !$0.isAccordingTo }) {
                        found = speaker(for: prev, cues: cues, si: si)
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
                let parenthetical =
                    refStart > 0 && (items[refStart - 1].punct == "," || items[refStart - 1].quoteIndex != nil)
                let introduces =
                    c.item + 1 < items.count && (items[c.item + 1].punct == ":" || items[c.item + 1].quoteIndex != nil)
                let final = parenthetical && !introduces
                found = resolve(ref, si: si, at: c.item, final: final, known: .through(si))
            }
        }
        if let found {
            state.sentences[si].cueSpeaker.append(CueSpeaker(item: c.item, speaker: found))
        }
        return found
    }

    /// The attribution of every span, by span index (nil: none made).
    func attribute() -> [Attribution?] {
        // By span index: an array, where a dictionary hashed every span's index.
        var out = [Attribution?](repeating: nil, count: spans.count)
        // Only sentences with a quote are read here; the others when a quote needs them.
        for (si, sentence) in sentences.enumerated() where sentence.hasQuote {
            let items = self.items(si)
            let cues = findSpeakers(in: si)

            // The sentence's channel phrase, looked up once (per quote it was quotes × words
            // × channels on a long sentence).
            var sentenceChannel: String??
            for (qi, item) in items.enumerated() {
                guard let spanIndex = item.quoteIndex else { continue }
                let span = spans[spanIndex]
                var a = attribution(of: span, at: qi, in: items, cues: cues) {
                    speaker(for: $0, cues: cues, si: si)
                }
                // ""…," King said", ""…," said the family of the victim": a cue of its own
                // naming someone not found does not hand the quote to the previous speaker
                // (a pronoun, "the official" or "the statement" may still refer back to them).
                // Asked only when the quote may pass to the previous speaker (it was worked out
                // for every quote).
                func ownCue() -> Bool {
                    cues.contains { c in
                        guard c.item > qi, c.item <= qi + 3, !c.isAccordingTo, c.verb?.isParticiple == false,
                            items[(qi + 1)..<c.item].allSatisfy({ $0.punct == "," || $0.isWord })
                        else { return false }
                        if c.item > qi + 1, items[c.item - 1].isWord, items[c.item - 1].isCapitalized { return true }
                        // ""…," the commission said": a body named by a common noun before the cue.
                        if c.item > qi + 2, items[c.item - 1].isWord, !items[c.item - 1].isCapitalized,
                            items[c.item - 2].isWord, Words.determiners.contains(items[c.item - 2]),
                            lexicon.speakerNouns[items[c.item - 1].lower] == nil,
                            lexicon.statementNouns[items[c.item - 1].lower] == nil,
                            !Words.personalPronouns.contains(items[c.item - 1])
                        {
                            return true
                        }
                        guard c.item + 2 < items.count, Words.determiners.contains(items[c.item + 1]) else {
                            return false
                        }
                        let noun = items[c.item + 2]
                        return noun.isWord && !noun.isCapitalized && lexicon.speakerNouns[noun.lower] == nil
                            && lexicon.statementNouns[noun.lower] == nil
                    }
                }
                if a.speaker == nil, a.rule == .quoteUnattributed || a.rule == .quoteScare, qi == 0,
                    a.kind != .partial || items.count == 1, !ownCue()
                {
                    if let s = continuedSpeaker(si: si) {
                        a.speaker = s.speaker
                        a.rule = s.rule
                        // The introducing sentence's cue ("tweeted:"), when it had one.
                        if s.rule == .quoteSpeakerBefore { a.cue = cueWords(si - 1).last }
                        if a.channel == nil, s.rule == .quoteSpeakerBefore {
                            a.channel = channel(in: self.items(si - 1))
                        }
                    }
                }
                if a.speaker != nil, a.channel == nil {
                    if sentenceChannel == nil { sentenceChannel = .some(channel(in: items)) }
                    a.channel = sentenceChannel!
                }
                // "…," he adds: a follow-on cue keeps the channel of the same speaker's previous quote.
                if let sp = a.speaker, a.channel == nil, let prev = state.lastChannel, prev.speaker.isSame(as: sp),
                    sentences[prev.sentence].block + 2 >= sentence.block,
                    a.rule == .quoteContinuation
                        || a.cue.map({ Self.followOnCues.contains($0.lowercased()) }) == true
                {
                    a.channel = prev.channel
                }
                if let sp = a.speaker {
                    if let ch = a.channel {
                        state.lastChannel = LastChannel(speaker: sp, channel: ch, sentence: si)
                    } else if state.lastChannel.map({ !$0.speaker.isSame(as: sp) }) == true {
                        state.lastChannel = nil
                    }
                }
                out[spanIndex] = a
                state.lastQuote = LastQuote(speaker: a.speaker, sentence: si)
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
    func continuedSpeaker(si: Int) -> ContinuedSpeaker? {
        guard si > 0 else { return nil }
        let prev = sentences[si - 1]
        let prevItems = items(si - 1)
        let block = sentences[si].block
        // A crosshead ("‘An infinite arsenal’") or a heading continues nobody.
        if entry.blocks[block].kind == .heading || entry.blocks[block].kind == .title { return nil }
        if items(si).count == 1, let q = items(si)[0].quoteIndex,
            // The block's only sentence (sentences are in block order: its neighbours tell).
            (si == 0 || sentences[si - 1].block != block),
            (si + 1 == sentences.count || sentences[si + 1].block != block),
            !".!?,\u{2026}".unicodeScalars.contains(text.scalars[spans[q].inner.upperBound - 1])
        {
            return nil
        }
        if prev.block != block, ((prev.block + 1)..<block).contains(where: { entry.blocks[$0].kind == .heading }) {
            return nil
        }
        if prevItems.last?.punct == ":" {
            if let s = cueSpeakers(si - 1).last { return ContinuedSpeaker(speaker: s, rule: .quoteSpeakerBefore) }
            // "McGregor signs off:" — a person as the subject of the introducing sentence.
            if prevItems.count <= 8, let ref = clauseSubject(before: prevItems.count - 1, in: prevItems),
                ref.kind == .name
            {
                let s = linker.link(name: ref, mention: ref.head, knownSpeakers: { self.speakers(.through(si)) })
                if s.type == .person { return ContinuedSpeaker(speaker: s, rule: .quoteSpeakerBefore) }
            }
        }
        // "Park was scathing." then the quote: the person the sentence describes speaks.
        if prev.block == block, cueSpeakers(si - 1).isEmpty, let s = mannerSubject(of: prevItems, si: si - 1)
        {
            return ContinuedSpeaker(speaker: s, rule: .quoteSpeakerClause)
        }
        let prevHasQuote = prevItems.contains { $0.quoteIndex != nil }
        if !prevHasQuote, prev.block == block || prev.block + 1 >= block, let s = cueSpeakers(si - 1).first {
            return ContinuedSpeaker(speaker: s, rule: .quoteContinuation)
        }
        // "Her neighbour, retired teacher Frank Moss, remembered the sound." then a quote
        // that runs over paragraphs: the person the sentence before is about speaks it.
        if !prevHasQuote, prev.block + 1 >= block, let q = items(si).first?.quoteIndex,
            spans[q].close == nil, cueSpeakers(si - 1).isEmpty
        {
            if let s = subjectPerson(of: prevItems) { return ContinuedSpeaker(speaker: s, rule: .quoteContinuation) }
            // "She remembered the night." : the pronoun's person.
            if let first = prevItems.first, first.isWord, first.lower == "he" || first.lower == "she",
                var s = resolvePronoun(first.lower, si: si - 1, at: 0, final: false),
                s.type == .person || s.type == nil
            {
                s.mention = first.range
                return ContinuedSpeaker(speaker: s, rule: .quoteContinuation)
            }
        }
        guard let last = state.lastQuote, let speaker = last.speaker, sentences[last.sentence].block + 3 >= block else {
            return nil
        }
        // Another person named between the two quotes breaks the chain.
        if last.sentence + 1 < si {
            for s in (last.sentence + 1)..<si {
                if candidates(in: s).contains(where: {
                    !$0.isWeak && !$0.speaker.isSame(as: speaker) && $0.speaker.type != .place
                }) {
                    return nil
                }
            }
        }
        return ContinuedSpeaker(speaker: speaker, rule: .quoteContinuation)
    }
}
