import ClaimKitText

extension EntryClaimReader {
    /// Adjectives of size that follow a measure: "12 km long", "40 metres deep".
    static let dimensionAdjectives: TokenWordSet = ["long", "wide", "deep", "high", "tall", "thick", "broad", "across"]

    /// Words that open a figure's bound: "about 12 km", "at least 3 m".
    static let boundWords: TokenWordSet = [
        "about", "some", "around", "nearly", "almost", "over", "under", "roughly", "up", "to", "at", "least", "most", "more",
        "less", "than", "just", "only", "approximately",
    ]

    /// Determiners that open a noun phrase a measure may follow: "an ellipse about 12 km long".
    static let phraseOpeners: TokenWordSet = ["a", "an", "one", "the", "its", "their", "this", "that", "each"]

    /// The noun a measure and its size adjective follow: "an ellipse about 12 km long and
    /// 3 km wide" (both the ellipse's), "a crater 40 metres deep", "a wall 3 m high". The
    /// noun must open with an article (one that does not open the sentence: "The snow lay
    /// 2 m deep" has a verb before the figure) and no verb may stand before the figure.
    func nounBeforeDimension(_ f: Found) -> Subject? {
        let s = f.sentence
        let after = afterConversion(f)
        guard after < s.upperBound, lower.in(after, Self.dimensionAdjectives) else { return nil }
        var b = f.first - 1
        // "... 12 km long and 3 km wide": past the earlier measure and its adjective.
        if b - 2 > s.lowerBound, lower.eq(b, "and"), lower.in(b - 1, Self.dimensionAdjectives) {
            var k = b - 2
            var steps = 0
            while k > s.lowerBound, steps < 4, entry.tokens[k].kind != .number {
                k -= 1
                steps += 1
            }
            guard entry.tokens[k].kind == .number else { return nil }
            while k > s.lowerBound, entry.tokens[k - 1].kind == .number || lower.in(k - 1, Self.boundWords) { k -= 1 }
            b = k - 1
        }
        guard b > s.lowerBound, isWord(b), !isCap(b), !isFunction(b), !lower.in(b, Self.verbStops), !lower.in(b, words.clauseVerbs),
            !lower.in(b, Self.changeVerbs), lower.value(b, in: words.measureVerbs) == nil,
            !lower.ends(b, "ed"), !lower.ends(b, "ly"), !lower.ends(b, "ing"),
            let np = nounPhrase(endingBefore: b + 1, in: s), np.tokens.upperBound == b + 1
        else { return nil }
        let opener = np.tokens.lowerBound - 1
        guard opener > s.lowerBound, lower.in(opener, Self.phraseOpeners) || entry.tokens[opener].kind == .number else { return nil }
        return np
    }

    /// Verbs of keeping a distance: "stay at least 10 metres away from ...".
    static let keepVerbs: TokenWordSet = ["stay", "stays", "stayed", "keep", "keeps", "kept", "remain", "remained", "stand", "move"]

    /// What a distance is kept from: "stay at least 10 metres away from any downed line"
    /// gives "downed line" (the one told to stay is no thing measured).
    func keptAwayFrom(_ f: Found) -> Subject? {
        let s = f.sentence
        let after = afterConversion(f)
        guard f.first - 1 >= s.lowerBound, lower.in(f.first - 1, Self.keepVerbs), after + 2 < s.upperBound, lower.eq(after, "away"),
            lower.eq(after + 1, "from")
        else { return nil }
        var m = after + 2
        while m < s.upperBound, lower.eq(m, "the") || lower.eq(m, "a") || lower.eq(m, "an") || lower.eq(m, "any") || lower.eq(m, "all")
            || lower.eq(m, "its") || lower.eq(m, "their")
        {
            m += 1
        }
        return nounPhrase(from: m, in: s)
    }

    /// Whether the figure follows "for a total of" ("used twice, for a total of about 10
    /// minutes"): the total is the clause subject's, not a noun of its own.
    func followsForATotal(_ f: Found) -> Bool {
        let b = f.first - 1
        guard b - 3 >= f.sentence.lowerBound else { return false }
        return lower.eq(b, "of") && lower.eq(b - 1, "total") && lower.eq(b - 2, "a") && lower.eq(b - 3, "for")
    }

    /// The noun a relative clause describes when a measure's verb follows the clause: "The
    /// object that lit up the sky probably weighed about 1.5 tonnes" gives "object", not
    /// "sky". `start` is where the noun phrase read before the verb begins; the relative
    /// word must stand after the sentence's first noun phrase, with no comma between.
    func relativeClauseHead(before start: Int, in s: Range<Int>) -> Subject? {
        var r = start - 1
        while r > s.lowerBound, start - r < 10 {
            if lower.eq(r, ",") || isQuote(r) { return nil }
            if lower.eq(r, "that") || lower.eq(r, "which") || lower.eq(r, "who") {
                // A verb after the relative word ("that lit", "which carried"), not a clause
                // of its own ("Given that the debt stands ...").
                guard r + 1 < start, isWord(r + 1), !isCap(r + 1), !isFunction(r + 1), isWord(r - 1), !isFunction(r - 1), !lower.in(r - 1, Self.reportVerbs), !lower.ends(r - 1, "ed"),
                    let np = firstNounPhrase(in: s, before: r), np.tokens.upperBound == r
                else { return nil }
                return np
            }
            r -= 1
        }
        return nil
    }

    /// Whether a verb opens the phrase at `k` right after a pronoun: "It entered orbit",
    /// "they logged 600 dives" (a verb and its object are no subject).
    func verbAfterPronoun(_ k: Int, before limit: Int) -> Bool {
        guard k > 0, k < limit, isWord(k), !isCap(k), isWord(k - 1),
            lower.eq(k - 1, "it") || lower.eq(k - 1, "they") || lower.eq(k - 1, "he") || lower.eq(k - 1, "she") || lower.eq(k - 1, "we")
        else { return false }
        return lower.ends(k, "ed") || lower.in(k, words.clauseVerbs) || lower.in(k, Self.changeVerbs)
            || lower.value(k, in: words.measureVerbs) != nil
    }

    /// Suffixes of nouns that a hyphenated modifier may come before: "sea-surface
    /// temperatures", "long-term investments" (not verbs in -s: "the cease-fire holds").
    static func hasPluralNounSuffix(_ word: String) -> Bool {
        for suffix in ["tures", "tions", "sions", "ments", "ities", "ances", "ences"] where word.hasSuffix(suffix) { return true }
        return false
    }

    /// Whether the word at `k`, in -s after the word before, is a plural noun after a
    /// hyphenated modifier: "Sea-surface temperatures".
    func pluralAfterHyphenatedModifier(_ k: Int) -> Bool {
        guard k > 0, isWord(k - 1), lower.holdsByte(k - 1, UInt8(ascii: "-")) else { return false }
        return Self.hasPluralNounSuffix(lower[k])
    }

    /// The verb after an agent's place phrase ("at the University of Sydney and UCL (UCL)
    /// followed"): the first lower-case past tense or clause verb within 14 tokens, before
    /// any comma.
    func verbAfterAgentPlace(_ k: Int, before limit: Int) -> Int? {
        var v = k + 1
        while v < limit, v - k < 14, !lower.eq(v, ",") {
            if isWord(v), !isCap(v), !isFunction(v), lower.ends(v, "ed") || lower.in(v, words.clauseVerbs) { return v }
            v += 1
        }
        return nil
    }
}
