import ClaimKitModel

/// What a duration measures when its clause's subject only says who: "The operator,
/// Kartli Hydro, lowered the reservoir for five weeks" is five weeks of lowering the
/// reservoir, so the subject reads "operator (lowered the reservoir)". The verb phrase goes
/// after the subject in brackets, as an anchor point does; the grouping key stays the
/// subject's.
extension EntryClaimReader {
    /// Auxiliaries and modals: the verb phrase starts after the last of them ("the office
    /// had given its consent", "the authority would close four dive sites").
    static let predicateAuxiliaries: TokenWordSet = [
        "has", "have", "had", "was", "is", "were", "are", "will", "would", "could", "been", "be", "can", "may", "might",
        "must", "should", "did", "does", "do", "being",
    ]

    /// Words that end a verb phrase before its figure and say nothing of what is measured:
    /// bounds and adverbs ("run only about eight hours", "logged dives over 19 days",
    /// "followed for an average of 11 years").
    static let predicateTrailers: TokenWordSet = [
        "more", "than", "less", "fewer", "nearly", "almost", "about", "around", "roughly", "some", "just", "only", "up",
        "least", "over", "under", "within", "after", "during", "until", "another", "further", "approximately", "still",
        "already", "now", "then", "also", "again", "together", "every", "each", "a", "an", "the", "average",
    ]

    /// The verb phrase between `subject` and the figure `f` in the figure's clause
    /// ("lowered the reservoir", "given its consent for all four packs", "buying tickets
    /// together every week"), or nil: none, a reported speaker's verb only, a phrase that
    /// starts with a preposition or a name, or one longer than eight words. A state after
    /// "be" ("were seasick for twelve hours") counts only when `allowingStates` (for a
    /// duration: what lasted; "Everybody is fresh after 12 km" says nothing of the 12 km).
    func predicate(of f: Found, after subject: Subject, allowingStates: Bool) -> String? {
        let s = f.sentence
        // (A subject resolved from an earlier sentence: the clause is searched from this
        // sentence's start.)
        var start = max(subject.tokens.upperBound, s.lowerBound)
        let end = f.first
        guard start < end, end <= s.upperBound else { return nil }
        // The clause the figure is in: after the last comma, quote, report verb, "that",
        // "who" or auxiliary before it.
        var k = start
        var afterAuxiliary = false
        while k < end {
            let kind = entry.tokens[k].kind
            if kind != .word && kind != .number && kind != .possessive {
                start = k + 1
                afterAuxiliary = false
            } else if lower.in(k, Self.reportVerbs) || lower.in(k, Self.predicateAuxiliaries) || lower.in(k, Self.clauseOpeners) {
                start = k + 1
                afterAuxiliary = lower.in(k, Self.modals) || (allowingStates && lower.in(k, Self.beForms))
            }
            k += 1
        }
        var last = end
        while last > start, lower.in(last - 1, Self.predicateTrailers) || isFunction(last - 1) { last -= 1 }
        // "has been carefully managed", "had never worked": past the adverbs to the verb.
        while start < last, isWord(start), lower.ends(start, "ly") || lower.in(start, Self.predicateAdverbs) {
            start += 1
        }
        // "was faster than any runner", "has enough food": a comparison or an amount, no verb.
        if start + 1 < last, lower.eq(start + 1, "than") { return nil }
        if start < last, lower.eq(start, "enough") || lower.eq(start, "no") { return nil }
        guard start < last, last - start <= 8, isWord(start), !isCap(start), !isFunction(start), !lower.in(start, Self.predicateTrailers),
            !lower.in(start, Self.reportVerbs),
            // A verb after a modal ("would close"), a state after "be" ("were seasick",
            // "were offline"), or a word in the shape of a verb ("lowered", "driven",
            // "buying", "leads") or a common past ("held", "sold"); not "has enough food".
            afterAuxiliary || Self.looksLikeVerb(lower[start]) || lower.in(start, Self.irregularPasts),
            // "would take", "had spent": a light verb alone says no more than the unit.
            last - start > 1 || !(lower.in(start, Self.lightVerbs) || (!allowingStates && lower.in(start, Self.levelMoveVerbs)))
        else { return nil }
        return slice(start..<last)
    }

    /// Words that open a clause of their own inside a sentence: the verb phrase is sought
    /// after them ("stores where fresh fillets priced ...", "the man who worked ...").
    static let clauseOpeners: TokenWordSet = ["that", "who", "which", "where", "when", "while", "as", "because", "if", "whose"]

    /// Modals, after which a verb has no verb ending: "would close", "could run".
    static let modals: TokenWordSet = ["will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do"]

    /// Forms of "be", after which a state names what lasted: "were offline for 9 hours".
    static let beForms: TokenWordSet = ["is", "are", "was", "were", "be", "been", "being"]

    /// Adverbs between an auxiliary and its verb: "had never worked", "has also led".
    static let predicateAdverbs: TokenWordSet = ["not", "never", "even", "still", "already", "also", "just", "only", "now", "then", "again", "since"]

    /// Whether a lower-case word has a verb's ending: "-ed", "-en", "-ing", or a third
    /// person "-s" (not "-ss", "-us", "-ly" words).
    static func looksLikeVerb(_ word: String) -> Bool {
        guard word.utf8.count > 3, !word.hasSuffix("ly") else { return false }
        if word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("ing") { return true }
        return word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    /// Common past forms not in -ed: "held for 18 months", "sold tortillas for 22 years".
    static let irregularPasts: TokenWordSet = [
        "held", "shot", "sold", "took", "spent", "left", "made", "kept", "ran", "won", "lost", "paid", "put", "set", "cut", "hit",
        "led", "fled", "met", "sent", "built", "drove", "flew", "fell", "rose", "grew", "began", "became", "came", "went", "stood",
        "sat", "slept", "fought", "taught", "bought", "brought", "thought", "hid", "lay", "swam", "rode", "wore", "hung", "dug",
    ]

    /// Verbs that alone say nothing the figure's unit does not: "would take five years",
    /// "had spent 14 years".
    static let lightVerbs: TokenWordSet = [
        "take", "takes", "took", "taking", "taken", "spend", "spends", "spent", "spending", "last", "lasts", "lasted",
        "come", "comes", "came", "face", "faces", "faced", "facing", "go", "goes", "went", "be", "get", "gets", "got",
    ]

    /// Verbs of a level's move that alone say nothing a sum's or share's attribute does
    /// not: "The Stoxx 600 closed 0.8% higher", "The S&P 500 fell 1.2%" (a duration's
    /// "closed for eight weeks" says what lasted).
    static let levelMoveVerbs: TokenWordSet = [
        "closed", "closes", "close", "opened", "opens", "ended", "ends", "finished", "fell", "falls", "fallen", "fall", "rose",
        "rises", "risen", "rise", "rising", "gained", "gains", "lost", "loses", "dropped", "drops", "drop", "slid", "slides",
        "climbed", "climbs", "climb", "jumped", "jumps", "traded", "trades", "edged", "slipped", "slips", "surged", "surges",
        "tumbled", "tumbles", "stood", "stands",
    ]
}
