import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// What a figure is about: a noun phrase of the entry.
struct Subject {
    /// The phrase as the page writes it ("Tomahawk missiles", "phone call").
    var text: String
    /// Its head noun, lower-cased ("missiles", "call").
    var head: String
    /// A grouping key that overrides the one made from the words, if set.
    var key: String = ""
    /// Token range of the phrase.
    var tokens: Range<Int>
}

extension EntryClaimReader {
    static let verbStops: TokenWordSet = [
        "said", "says", "say", "told", "added", "warned", "claimed", "think", "believe", "is", "are", "was",
        "were", "have", "has", "had", "will", "would", "could", "should", "can", "may", "might",
    ]
    static let haveVerbs: TokenWordSet = ["have", "has", "had", "having", "with", "boast", "boasts", "boasting"]
    static let auxiliaries: TokenWordSet = [
        "has", "have", "had", "was", "is", "were", "are", "will", "would", "could", "been", "reportedly", "already",
        "only", "just", "also", "now", "so", "far", "be", "apparently", "allegedly", "can", "may", "might", "must",
        "should",
    ]
    /// The token after a figure and its bracketed conversion: "200km (124 miles) west of"
    /// reads on at "west"; without a bracket, the figure's end.
    func afterConversion(_ f: Found) -> Int {
        let s = f.sentence
        guard f.end < s.upperBound, lower.eq(f.end, "(") else { return f.end }
        var k = f.end + 1
        var sawNumber = false
        while k < s.upperBound, k < f.end + 8, !lower.eq(k, ")") {
            if entry.tokens[k].kind == .number { sawNumber = true }
            k += 1
        }
        return sawNumber && k < s.upperBound && lower.eq(k, ")") ? k + 1 : f.end
    }

    /// Nouns in -us whose plural adds -es (so "buses" is not "buse").
    static let nounsInUs: TokenWordSet = [
        "bus", "virus", "bonus", "campus", "census", "status", "focus", "surplus", "chorus", "apparatus",
        "prospectus", "consensus", "stimulus", "genus", "octopus", "circus", "sinus", "minibus", "omnibus",
    ]

    /// Whether a clause between commas that starts with `word` is inserted into a noun
    /// phrase ("the missile, launched from near Pyongyang, flew ...", "the probe, which
    /// Japan built, weighs ...", "the ship, a converted tanker, sailed ..."), rather than
    /// a clause of its own ("On Monday, the call was long, lasting ...").
    static func opensInsertedClause(_ word: String) -> Bool {
        if word.isOne(of: "which", "who", "whose", "a", "an", "one", "once", "now", "like", "unlike", "including") { return true }
        guard word.count > 4, word.allSatisfy({ $0.isLetter }) else { return false }
        return word.hasSuffix("ed") || word.hasSuffix("ing") || word.hasSuffix("en")
    }

    static let sentenceAdverbs: TokenWordSet = [
        "meanwhile", "however", "separately", "elsewhere", "earlier", "later", "overall", "instead", "still", "yet",
        "today", "yesterday", "tonight", "now", "then", "also", "moreover", "furthermore", "nonetheless", "nevertheless",
        "altogether", "first", "finally", "so", "thus", "indeed", "again", "previously", "initially", "officially",
    ]
    static let reportVerbs: TokenWordSet = [
        "said", "says", "say", "reported", "reports", "reporting", "claimed", "claims", "announced", "confirmed", "stated",
        "wrote", "writes", "estimated", "estimates", "found", "showed", "shows", "suggested", "suggests", "revealed",
        "told", "added", "noted", "warned", "warns", "argued", "insisted", "predicted", "believes", "thinks", "heard",
        "accepted", "admitted", "denied", "alleged", "agreed", "learned", "explained", "acknowledged", "conceded",
    ]
    static let dayWords: TokenWordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "tonight",
    ]
    static let prepositions: TokenWordSet = ["from", "in", "at", "of", "for", "with", "on", "by", "near", "to", "around", "outside", "inside"]
    static let demonstratives: TokenWordSet = ["these", "those", "this", "that", "the", "such"]

    func isWord(_ i: Int) -> Bool { i >= 0 && i < entry.tokens.count && entry.tokens[i].kind == .word }
    func isCap(_ i: Int) -> Bool { isWord(i) && entry.tokens[i].flags.contains(.capitalized) || (isWord(i) && entry.tokens[i].flags.contains(.allCaps)) }
    func isQuote(_ i: Int) -> Bool {
        guard i >= 0, i < entry.tokens.count else { return false }
        switch entry.tokens[i].kind {
        case .openingQuote, .closingQuote, .ambiguousQuote: return true
        default: return false
        }
    }
    func isFunction(_ i: Int) -> Bool { lower.in(i, words.functionWords) }

    func slice(_ r: Range<Int>) -> String {
        String(text.slice(TextRange(utf8Start: entry.tokens[r.lowerBound].range.utf8Start, utf8End: entry.tokens[r.upperBound - 1].range.utf8End)))
    }

    /// The noun phrase that starts at token `k`: up to four content words ("arrests",
    /// "police officers", "phone call").
    func nounPhrase(from start: Int, in sentence: Range<Int>) -> Subject? {
        var k = start
        var last: Int?
        while k < sentence.upperBound, k - start < 4, isWord(k), !isFunction(k), !lower.in(k, Self.verbStops) {
            last = k
            k += 1
            // A plural noun ends the phrase: "voters agree", "arrests made".
            // (By the token's bytes: its string is made only to count a plural's characters.)
            // (An ASCII word has a character per byte: counted by its shape.)
            if lower.ends(k - 1, "s"), !lower.ends(k - 1, "ss"), !lower.ends(k - 1, "us"), !lower.ends(k - 1, "is"), !isCap(k - 1) || k - 1 > start,
                (lower.asciiShape(k - 1)?.count ?? lower[k - 1].count) > 2
            {
                break
            }
            if lower.in(k - 1, words.peopleNouns) { break }
        }
        guard var last else { return nil }
        // "tremor shook the valley", "stoppage begins on Monday": a lower-case last word
        // before an article or preposition is the verb.
        // ("212 local staff in Niger": a noun for people is no verb.)
        if last > start, !isCap(last), last + 1 < sentence.upperBound, !lower.ends(last - 1, "ed"), !lower.in(last, words.peopleNouns),
            (lower.eq(last + 1, "the") || lower.eq(last + 1, "a") || lower.eq(last + 1, "an") || lower.eq(last + 1, "its") || lower.eq(last + 1, "their") || lower.eq(last + 1, "his") || lower.eq(last + 1, "her") || lower.eq(last + 1, "this") || lower.eq(last + 1, "these") || lower.eq(last + 1, "on") || lower.eq(last + 1, "in") || lower.eq(last + 1, "at") || lower.eq(last + 1, "into") || lower.eq(last + 1, "across"))
        {
            last -= 1
        }
        return Subject(text: slice(start..<(last + 1)), head: lower[last], tokens: start..<(last + 1))
    }

    /// The noun phrase that ends just before token `k`: content words, names joined by
    /// "and", and one "between"/"of" phrase ("call between Putin and Trump").
    func nounPhrase(endingBefore k: Int, in sentence: Range<Int>) -> Subject? {
        var i = k - 1
        while i >= sentence.lowerBound, isQuote(i) { i -= 1 }
        var first: Int?
        var lastIndex: Int?
        var headIndex: Int?
        var connector = false
        while i >= sentence.lowerBound {
            let t = entry.tokens[i]
            if t.kind == .possessive, first != nil {
                first = i
                i -= 1
                continue
            }
            guard t.kind == .word else { break }
            // (The token asked by its bytes, no string made.)
            if lower.eq(i, "and"), let f = first, isCap(f), isCap(i - 1) {
                first = i
                i -= 1
                continue
            }
            if lower.eq(i, "between") || lower.eq(i, "of") || (lower.eq(i, "in") && i > sentence.lowerBound && lower.in(i - 1, Self.holdingNouns)),
                !connector, first != nil, isWord(i - 1), !isFunction(i - 1)
            {
                connector = true
                headIndex = i - 1
                first = i
                i -= 1
                continue
            }
            // "between the two men": a determiner inside a between/of phrase.
            if lower.eq(i, "the") || lower.eq(i, "a") || lower.eq(i, "an"), !connector, first != nil, i > sentence.lowerBound,
                (lower.eq(i - 1, "between") || lower.eq(i - 1, "of"))
            {
                first = i
                i -= 1
                continue
            }
            if isFunction(i) || lower.in(i, Self.verbStops) { break }
            // "has left federal agencies": a verb before its object.
            if lastIndex != nil, !isCap(i), lower.in(i, words.clauseVerbs) { break }
            // A lower-case word in -s before the head is a verb far more often than a
            // modifier: "Zelensky wants Tomahawk missiles".
            if lastIndex != nil, !isCap(i), lower.ends(i, "s"), !lower.ends(i, "ss"), !lower.ends(i, "us"), !lower.ends(i, "is"), lower[i].count > 3 {
                break
            }
            if lastIndex == nil { lastIndex = i }
            first = i
            i -= 1
        }
        guard var f = first, let l = lastIndex else { return nil }
        while f <= l, !isWord(f) || isFunction(f) { f += 1 }
        guard f <= l else { return nil }
        let head = headIndex ?? l
        var subject = Subject(text: slice(f..<(l + 1)), head: lower[head], tokens: f..<(l + 1))
        // "Shares in Halden Group": the company names the shares.
        if let h = headIndex, lower.in(h, Self.holdingNouns), h + 2 <= l, lower.eq(h + 1, "in"), isCap(h + 2) {
            subject.key = Self.singular(lower[h + 2])
        }
        return subject
    }

    /// Nouns whose "in" phrase names what they are of: "shares in Halden Group".
    static let holdingNouns: TokenWordSet = ["shares", "stake", "stakes", "stock", "holding", "holdings"]

    /// The first noun phrase of a sentence, past leading quotes, markers and determiners.
    /// The first "," from token `k` before `limit`.
    func firstComma(from k: Int, before limit: Int) -> Int? {
        var c = k
        while c < limit {
            if lower.eq(c, ",") { return c }
            c += 1
        }
        return nil
    }

    /// `resolved` of a subject, if any (a method, not `Optional.map` with a closure over
    /// the reader, which copied it).
    func resolved(_ s: Subject?) -> Subject? {
        guard let s else { return nil }
        return resolved(s)
    }

    /// Whether every token of `r` is capitalised.
    func allCap(_ r: Range<Int>) -> Bool {
        for k in r where !isCap(k) { return false }
        return true
    }

    func firstNounPhrase(in sentence: Range<Int>, before limit: Int) -> Subject? {
        var k = sentence.lowerBound
        // A dateline: "LEEDS - ...", "LEEDS (Agency) - ...".
        var d = k
        while d < limit, isWord(d), entry.tokens[d].flags.contains(.allCaps) { d += 1 }
        if d > k, d < limit, lower.eq(d, "("), let close = (d..<min(limit, d + 6)).first(where: { lower.eq($0, ")") }) { d = close + 1 }
        if d > k, d < limit, entry.tokens[d].kind == .dash || lower.eq(d, ":") || lower.eq(d, "-") { k = d + 1 }
        // "One in four patients ...": the ratio's group.
        if k + 2 < limit, (lower.eq(k, "one") || lower.eq(k, "1")), lower.eq(k + 1, "in") { k += 3 }
        // A leading adverb before a figure: "Roughly 13,000 troops ...".
        if k + 1 < limit, isWord(k), lower.ends(k, "ly"), entry.tokens[k + 1].kind == .number { k += 1 }
        // A sentence adverb: "Meanwhile, ...", "Separately, ...".
        if k + 1 < limit, isWord(k), lower.eq(k + 1, ","), lower.in(k, Self.sentenceAdverbs) || lower.ends(k, "ly") {
            k += 2
        }
        // A report: "The Daily Post reported that ..." gives the clause after "that"; "The
        // agency says the tremor ..." the clause after the verb.
        // "said on Monday that ...": a short phrase of time may stand between.
        // (Loops, not `last(where:)`: a closure over the reader copied it, with every
        // reference it holds retained.)
        // One pass back from the limit for both: the last "that" opening a reported clause,
        // and the last report verb (read only when there is no such "that": the pass may
        // stop at the "that").
        var that: Int?
        var reportVerb: Int?
        var t = limit - 1
        while t >= k {
            // ("that" asked in place: the rest of the test only for it.)
            if lower.eq(t, "that"), opensReportedClause(t, from: k) {
                that = t
                break
            }
            if reportVerb == nil, t > k, lower.in(t, Self.reportVerbs) { reportVerb = t }
            t -= 1
        }
        if let that {
            k = that + 1
        } else if let verb = reportVerb, verb + 1 < limit,
            // "The refuge, she told reporters, was 520 metres below": a report set between
            // commas inside the clause leaves its subject in front.
            !insertedReport(verb, from: k, before: limit)
        {
            if isWord(verb + 1), (lower.eq(verb + 1, "the") || lower.eq(verb + 1, "a") || lower.eq(verb + 1, "an") || lower.eq(verb + 1, "its") || lower.eq(verb + 1, "their")) || isCap(verb + 1) || !isFunction(verb + 1) {
                k = verb + 1
            } else if entry.tokens[verb + 1].kind == .number {
                // "Paylane said 80% of its terminals were down": the group the share is of.
                var m = verb + 1
                while m < limit, !isWord(m) || (lower.eq(m, "per") || lower.eq(m, "cent") || lower.eq(m, "percent") || lower.eq(m, "million") || lower.eq(m, "billion")) { m += 1 }
                if m + 1 < limit, lower.eq(m, "of") { k = m + 1 }
            }
        }
        // A leading phrase of place, time or manner: "At the end of last week, ...", "In the
        // Commons yesterday, ...", "Outside court, ...", "Under cross-examination, ..."
        if k < limit, isWord(k), lower.in(k, Self.prepositions) || lower.in(k, Self.frontedOpeners),
            let comma = firstComma(from: k, before: limit), comma - k <= 8
        {
            k = comma + 1
        }
        while k < limit, !isWord(k) || isFunction(k) {
            k += 1
        }
        // "Four masked thieves broke in": the count is a figure of its own; the noun after it
        // is the clause's subject, not the number word.
        if k + 1 < limit, lower.in(k, Self.smallNumberWords), isWord(k + 1), !isFunction(k + 1) { k += 1 }
        guard k < limit, !verbAfterPronoun(k, before: limit) else { return nil }
        var end = k
        while end < limit, isWord(end) || entry.tokens[end].kind == .possessive || continuesName(end, from: k),
            !isFunction(end) || continuesName(end, from: k), !lower.in(end, Self.verbStops), !lower.in(end, words.clauseVerbs) || end == k
        {
            // Adverbs, past tenses and verbs of measure end it: "Britain's economy shrank
            // unexpectedly", "the S&P 500 fell 1.2%".
            if end > k, !isCap(end), lower.ends(end, "ly") || lower.ends(end, "ed") || lower.in(end, Self.changeVerbs)
                || lower.value(end, in: words.measureVerbs) != nil
            {
                break
            }
            // A verb in -s after a singular noun: "The town lies ..."; not a plural noun a
            // verb follows: "Overnight lows are ...", "Halden shares closed ...".
            // (`singular` changes only a word whose last byte is "s": the others' strings are
            // not made.)
            if end > k, !isCap(end), isWord(end - 1), lower.lastByteIs(end, UInt8(ascii: "s")), Self.singular(lower[end]) != lower[end],
                !lower.lastByteIs(end - 1, UInt8(ascii: "s")) || Self.singular(lower[end - 1]) == lower[end - 1],
                entry.tokens[end - 1].kind == .word, !verbFollows(end + 1, before: limit), !pluralAfterHyphenatedModifier(end)
            {
                break
            }
            end += 1
            // After a possessive, one noun: "Britain's economy".
            if end - 2 >= k, entry.tokens[end - 2].kind == .possessive { break }
        }
        guard end > k else { return nil }
        var head = end - 1
        while head > k, entry.tokens[head].kind == .possessive || entry.tokens[head].kind == .number { head -= 1 }
        let subject = Subject(text: slice(k..<end), head: lower[head], tokens: k..<end)
        // "Economists expect inflation to ...", "Researchers followed participants for 40
        // years": those who report or study a figure are not what it measures; the object
        // of their verb is.
        if lower.in(head, words.agentNouns), let object = objectAfterAgent(end, before: limit) { return object }
        // A lone adverb, participle or verb is no subject: "Domestically, ...", "Closed ...",
        // "they would add ...".
        if end - k == 1, !isCap(k) || entry.tokens[k].flags.contains(.sentenceStart),
            lower.ends(k, "ly") || lower.ends(k, "ed") || lower.in(k, words.clauseVerbs) || lower.in(k, Self.changeVerbs)
                || lower.value(k, in: words.measureVerbs) != nil
        {
            return nil
        }
        return subject
    }

    /// Whether a verb stands at `k`: an auxiliary, a past tense, a verb of change or measure.
    func verbFollows(_ k: Int, before limit: Int) -> Bool {
        guard k < limit, isWord(k), !isCap(k) else { return false }
        return lower.in(k, Self.verbStops) || lower.eq(k, "been") || lower.eq(k, "be") || lower.eq(k, "being") || lower.ends(k, "ed")
            || lower.in(k, Self.changeVerbs) || lower.value(k, in: words.measureVerbs) != nil || lower.in(k, words.clauseVerbs)
    }

    /// Words that open a fronted phrase before the clause's subject.
    /// Whether the report verb at `verb` stands in a clause set between commas ("the
    /// refuge, she told reporters, was ...", "the fissure, the agency said, is ..."): a
    /// comma before it with at most three words between, and one within three tokens after.
    func insertedReport(_ verb: Int, from k: Int, before limit: Int) -> Bool {
        guard let open = (max(k, verb - 5)..<verb).last(where: { lower.eq($0, ",") }), open > k,
            (open + 1..<verb).allSatisfy({ isWord($0) || entry.tokens[$0].kind == .possessive })
        else { return false }
        return (verb + 1..<min(limit, verb + 4)).contains { lower.eq($0, ",") }
    }

    /// Words that open a fronted phrase before the clause's subject.
    static let frontedOpeners: TokenWordSet = [
        "according", "after", "before", "during", "since", "under", "outside", "inside", "despite", "following", "amid", "without",
        "within", "across", "throughout", "over", "against", "among", "beyond", "unlike", "like", "as", "until", "behind",
        "ahead", "upon", "into", "toward", "towards",
    ]

    /// A number or "&" that continues a name: "FTSE 100", "S&P 500", "Stoxx 600".
    func continuesName(_ k: Int, from start: Int) -> Bool {
        guard k > start, k < entry.tokens.count else { return false }
        let t = entry.tokens[k]
        if t.kind == .number {
            return entry.tokens[k - 1].flags.contains(.allCaps) || isCap(k - 1) && !entry.tokens[k - 1].flags.contains(.sentenceStart)
        }
        if lower.eq(k, "&") { return isCap(k - 1) && isCap(k + 1) }
        return lower.eq(k - 1, "&") && isCap(k)
    }

    /// The object of the verb after an agent ("expect inflation", "followed participants"),
    /// past auxiliaries, adverbs and determiners.
    func objectAfterAgent(_ k: Int, before limit: Int) -> Subject? {
        var v = k
        while v < limit, isWord(v), lower.in(v, Self.auxiliaries) || lower.ends(v, "ly") { v += 1 }
        // "Researchers at the University of Sydney followed participants": past the agent's
        // place to its verb (none: no object).
        if v < limit, isWord(v), !lower.eq(v, "of"), lower.in(v, Self.prepositions) {
            guard let verb = verbAfterAgentPlace(v, before: limit) else { return nil }
            v = verb
        }
        guard v < limit, isWord(v), !isCap(v) else { return nil }
        var o = v + 1
        // "has set aside €500m", "gave up 20%": a verb's particle is no object.
        while o < limit, isWord(o), (lower.eq(o, "aside") || lower.eq(o, "up") || lower.eq(o, "out") || lower.eq(o, "off") || lower.eq(o, "away") || lower.eq(o, "back") || lower.eq(o, "down") || lower.eq(o, "forward")) { o += 1 }
        // "studied 12,400 patients": past a count.
        while o < limit, entry.tokens[o].kind == .number || lower.eq(o, ",") { o += 1 }
        // "expect two more cuts": past a number word and "more".
        if o + 1 < limit, lower.in(o, Self.smallNumberWords) { o += 1 }
        if o + 1 < limit, lower.eq(o, "more") || lower.eq(o, "further") { o += 1 }
        while o < limit, (lower.eq(o, "the") || lower.eq(o, "a") || lower.eq(o, "an") || lower.eq(o, "its") || lower.eq(o, "their") || lower.eq(o, "his") || lower.eq(o, "her") || lower.eq(o, "this") || lower.eq(o, "these") || lower.eq(o, "that") || lower.eq(o, "all")) { o += 1 }
        guard o < limit, isWord(o), !isFunction(o) else { return nil }
        var e = o
        while e < limit, e - o < 4, isWord(e) || continuesName(e, from: o), !isFunction(e) || continuesName(e, from: o),
            !lower.in(e, Self.verbStops), !lower.in(e, words.clauseVerbs), e == o || isCap(e) || !lower.ends(e, "ed")
        {
            e += 1
        }
        guard e > o else { return nil }
        return Subject(text: slice(o..<e), head: lower[e - 1], tokens: o..<e)
    }

    /// Resolves "these missiles" to the missiles named before in the entry ("Tomahawk missiles").
    func resolved(_ s: Subject) -> Subject {
        let start = s.tokens.lowerBound
        guard start > 0, lower.in(start - 1, Self.demonstratives), !isCap(s.tokens.lowerBound) else { return s }
        let lemma = Self.singular(s.head)
        // The nearest earlier word of that lemma after a capitalised word, from the entry's
        // index (a scan back through the entry per subject was quadratic).
        let heads = capitalisedHeads(of: lemma)
        guard !heads.isEmpty else { return s }
        var lo = 0
        var hi = heads.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if heads[mid] <= start - 2 { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return s }
        let k = heads[lo - 1]
        var first = k - 1
        while first > 0, isCap(first - 1), !entry.tokens[first - 1].flags.contains(.sentenceStart) { first -= 1 }
        return Subject(text: slice(first..<(k + 1)), head: lower[k], tokens: first..<(k + 1))
    }

    /// Skips a prepositional phrase: "Tomahawk missiles from the US" gives "Tomahawk missiles".
    /// With `verb` "have" the owner is plural and with "has" singular, so the skipping stops
    /// at the first phrase that agrees.
    func skippingPrepositionalPhrase(_ s: Subject, in sentence: Range<Int>, verb: String = "") -> Subject {
        var current = s
        for _ in 0..<2 {
            let head = current.tokens.upperBound - 1
            let plural = current.head.hasSuffix("s") && !entry.tokens[head].flags.contains(.allCaps)
            if (verb == "have" && plural) || (verb == "has" && !plural) { break }
            var k = current.tokens.lowerBound - 1
            while k >= sentence.lowerBound, isWord(k), (lower.eq(k, "the") || lower.eq(k, "a") || lower.eq(k, "an")) { k -= 1 }
            guard k > sentence.lowerBound, isWord(k), lower.in(k, Self.prepositions),
                let earlier = nounPhrase(endingBefore: k, in: sentence)
            else { break }
            current = earlier
            if verb.isEmpty { break }
        }
        return current
    }

    /// The key claims group by: the first proper name before the head ("tomahawk" for
    /// "Tomahawk cruise missiles"), else the head noun, singular ("call").
    func subjectKey(_ s: Subject) -> String {
        let key = rawSubjectKey(s)
        return words.keySynonyms[key] ?? key
    }

    func rawSubjectKey(_ s: Subject) -> String {
        if !s.key.isEmpty { return s.key }
        var k = s.tokens.lowerBound
        while k < s.tokens.upperBound {
            if lower.equals(k, s.head) || lower.eq(k, "between") || lower.eq(k, "of") { break }
            if isCap(k), !isFunction(k) {
                // "Trump's speech": the name and the thing, so Trump's speech and Trump's rally stay apart.
                // "Thursday's strike": a day names no owner.
                if k + 1 < s.tokens.upperBound, entry.tokens[k + 1].kind == .possessive, lower.in(k, Self.dayWords) {
                    k += 2
                    continue
                }
                if k + 1 < s.tokens.upperBound, entry.tokens[k + 1].kind == .possessive, lower[k] != s.head {
                    return Self.singular(lower[k]) + " " + Self.singular(s.head)
                }
                return Self.singular(lower[k])
            }
            k += 1
        }
        if k < s.tokens.upperBound, isCap(k), lower[k] == s.head { return Self.singular(lower[k]) }
        return Self.singular(s.head)
    }

    static func singular(_ w: String) -> String {
        // Every rule below needs a last "s" (no other character equals it): most words
        // leave at once; plain ASCII words are read by their bytes.
        guard w.utf8.last == UInt8(ascii: "s") else { return w }
        if let fast = asciiSingular(w) { return fast }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        // "buses", "viruses", "bonuses": nouns in -us.
        if w.hasSuffix("uses"), Self.nounsInUs.contains(String(w.dropLast(2))) { return String(w.dropLast(2)) }
        for suffix in ["ches", "shes", "sses", "xes"] where w.hasSuffix(suffix) { return String(w.dropLast(2)) }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), w.count > 3 { return String(w.dropLast()) }
        return w
    }

    /// `singular` of a plain ASCII word ending in "s", by its bytes (one byte per
    /// character, so the same suffixes, counts and cuts); nil for any other word. The
    /// bytes are read in place (an array of them per word was an allocation per call).
    static func asciiSingular(_ w: String) -> String? {
        if let answer = w.utf8.withContiguousStorageIfAvailable({ asciiSingular(bytes: $0, of: w) }) { return answer }
        return Array(w.utf8).withUnsafeBufferPointer { asciiSingular(bytes: $0, of: w) }
    }

    /// `asciiSingular` of `w`, whose UTF-8 is `b`.
    static func asciiSingular(bytes b: UnsafeBufferPointer<UInt8>, of w: String) -> String? {
        // ("\r\n" is one character of two bytes: such a word takes the string path.)
        var high: UInt8 = 0
        var cr = false
        for x in b {
            high |= x
            if x == 0x0D { cr = true }
        }
        guard high < 0x80, !cr else { return nil }
        let n = b.count
        func ends(_ suffix: StaticString) -> Bool {
            let m = suffix.utf8CodeUnitCount
            guard n >= m else { return false }
            let p = suffix.utf8Start
            for i in 0..<m where b[n - m + i] != p[i] { return false }
            return true
        }
        func dropping(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[0..<(n - k)]), as: UTF8.self) }
        if ends("ies"), n > 4 { return dropping(3) + "y" }
        // "buses", "viruses", "bonuses": nouns in -us.
        if ends("uses"), Self.nounsInUs.contains(dropping(2)) { return dropping(2) }
        if ends("ches") || ends("shes") || ends("sses") || ends("xes") { return dropping(2) }
        if ends("s"), !ends("ss"), !ends("us"), !ends("is"), n > 3 { return dropping(1) }
        return w
    }
}
