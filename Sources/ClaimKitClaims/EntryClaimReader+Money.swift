import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// Sums tied to their noun by the words around them: a copula's complement, an option's
/// price, a total with add-ons, a record sum.
extension EntryClaimReader {
    static let copulas: TokenWordSet = ["is", "was", "are", "were", "be", "been", "being"]
    /// Words between a noun and its copula: "the fee is understood to be", "could be".
    static let copulaLead: TokenWordSet = [
        "to", "understood", "thought", "believed", "said", "reported", "expected", "likely", "set", "due", "now", "still",
        "initially", "originally", "will", "would", "could", "should", "might", "may", "can", "must", "not", "then",
    ]

    /// "the fee was €52m", "sources say the fee is €70m", "the deal, which is worth $3bn":
    /// the noun phrase right before the copula (past auxiliaries and "which").
    func copulaSubject(_ f: Found) -> Subject? {
        let s = f.sentence
        var k = f.first - 1
        guard k - 1 > s.lowerBound else { return nil }
        if lower.eq(k, "worth") {
            k -= 1
        } else if lower.eq(k, "at"), lower.eq(k - 1, "valued") {
            k -= 2
        }
        // "two paintings worth about €600,000": the noun right before "worth", no copula between.
        if lower.eq(f.first - 1, "worth"), !lower.in(k, Self.copulas), isWord(k), !isFunction(k), !lower.ends(k, "ly"),
            let np = nounPhrase(endingBefore: k + 1, in: s), np.tokens.upperBound == k + 1, !words.peopleNouns.contains(np.head),
            !Self.dayWords.contains(np.head), !Self.months.contains(np.head), !np.head.hasSuffix("ed")
        {
            return resolved(np)
        }
        guard k > s.lowerBound, lower.in(k, Self.copulas) else { return nil }
        var j = k
        while j > s.lowerBound, isWord(j - 1), lower.in(j - 1, Self.auxiliaries) || lower.in(j - 1, Self.copulaLead) { j -= 1 }
        if j > s.lowerBound, (lower.eq(j - 1, "which") || lower.eq(j - 1, "that")) {
            j -= 1
            if j > s.lowerBound, lower.eq(j - 1, ",") { j -= 1 }
        }
        guard let np = nounPhrase(endingBefore: j, in: s), np.tokens.upperBound == j, !Self.dayWords.contains(np.head),
            !Self.months.contains(np.head), !np.head.hasSuffix("ly"), !np.head.hasSuffix("ed"), !words.peopleNouns.contains(np.head)
        else { return nil }
        // "the shares left in Remain Co. are worth $28bn": the object of a preposition is not
        // what the copula says is worth the sum; no tie.
        var b = np.tokens.lowerBound - 1
        while b >= s.lowerBound, (lower.eq(b, "the") || lower.eq(b, "a") || lower.eq(b, "an")) { b -= 1 }
        if b >= s.lowerBound, lower.in(b, Self.prepositions) || lower.in(b, Self.frontedOpeners) { return nil }
        return resolved(np)
    }

    /// "fined the firm £1.9m", "owing creditors more than £60m": the verb's indirect object
    /// right before the sum names whose fine or debt it is.
    func indirectObjectSum(_ f: Found) -> (Subject, String)? {
        let s = f.sentence
        // The verb within five words before the sum, and only words between.
        guard f.first - 1 > s.lowerBound, let v = (max(s.lowerBound, f.first - 6)..<(f.first - 1)).reversed().first(where: { lower.in($0, Self.indirectObjectVerbs) }),
            (v + 1..<f.first).allSatisfy({ isWord($0) || entry.tokens[$0].kind == .possessive })
        else { return nil }
        var o = v + 1
        while o < f.first, (lower.eq(o, "the") || lower.eq(o, "its") || lower.eq(o, "their") || lower.eq(o, "his") || lower.eq(o, "her") || lower.eq(o, "a") || lower.eq(o, "an")) { o += 1 }
        guard o < f.first, !isFunction(o) else { return nil }
        let np = Subject(text: slice(o..<f.first), head: lower[f.first - 1], tokens: o..<f.first)
        switch lower[v] {
        case "fined", "fines", "fine":
            var subject = np
            subject.text = "fine of " + np.text
            return (subject, "fine")
        case "owing", "owed", "owes", "owe":
            return (np, "debt")
        default:
            return nil
        }
    }

    static let indirectObjectVerbs: TokenWordSet = ["fined", "fines", "fine", "owing", "owed", "owes", "owe"]

    static let optionNouns: TokenWordSet = ["option", "obligation", "clause"]

    /// "a loan with an option to buy for £21m", "a release clause of £60m": the option or
    /// clause the sum is set for (no other figure between).
    func optionSubject(_ f: Found) -> Subject? {
        let s = f.sentence
        let k = f.first - 1
        guard k - 1 > s.lowerBound, (lower.eq(k, "for") || lower.eq(k, "of") || lower.eq(k, "at") || lower.eq(k, "worth") || lower.eq(k, "set")),
            let o = (max(s.lowerBound, k - 6)..<k).reversed().first(where: { lower.in($0, Self.optionNouns) }),
            !(o..<k).contains(where: { entry.tokens[$0].kind == .number || lower.eq($0, ",") })
        else { return nil }
        var start = o
        // "a buy option", "a release clause": one noun before.
        if start - 1 > s.lowerBound, isWord(start - 1), !isFunction(start - 1), !isCap(start - 1), !lower.ends(start - 1, "ed") {
            start -= 1
        }
        // "an option to buy for £21m" keeps its infinitive; "his release clause is set at
        // €100m" ends at the noun.
        var end = o + 1
        if o + 2 < k, lower.eq(o + 1, "to") {
            end = k
            while end > o + 1, !isWord(end - 1) { end -= 1 }
        }
        var subject = Subject(text: slice(start..<end), head: lower[o], tokens: start..<end)
        subject.key = start < o ? lower[start] + " " + lower[o] : lower[o]
        return subject
    }

    /// "rising to £47m with add-ons", "£40m including bonuses": the total the sum is, with
    /// what it includes.
    func addOnsSubject(_ f: Found) -> Subject? {
        let s = f.sentence
        let k = afterConversion(f)
        guard k + 1 < s.upperBound, (lower.eq(k, "with") || lower.eq(k, "including") || lower.eq(k, "inc") || lower.eq(k, "incl")) else { return nil }
        var m = k + 1
        while m < s.upperBound, (lower.eq(m, "potential") || lower.eq(m, "possible") || lower.eq(m, "further") || lower.eq(m, "all") || lower.eq(m, "the") || lower.eq(m, "its") || lower.eq(m, "any")) { m += 1 }
        guard m < s.upperBound else { return nil }
        var end = m + 1
        // "add-ons" may be one token or three.
        if lower.eq(m, "add"), m + 2 < s.upperBound, lower[m + 1].isOne(of: "-", "\u{2010}", "\u{2011}"), lower[m + 2].hasPrefix("on") {
            end = m + 3
        } else if !lower.in(m, Self.addOnWords) {
            return nil
        }
        var subject = Subject(text: "total " + slice(k..<end), head: "total", tokens: k..<end)
        subject.key = "total with add-ons"
        return subject
    }

    static let addOnWords: TokenWordSet = ["add-ons", "add-on", "addons", "bonuses", "bonus", "incentives", "extras", "variables"]

    /// "signed for a club-record £85m": a record sum with no noun of its own after it.
    func recordSum(_ f: Found) -> Subject? {
        let s = f.sentence
        let k = f.first - 1
        guard k >= s.lowerBound, isWord(k), lower.eq(k, "record") || lower[k].hasSuffix("-record") else { return nil }
        // "a record £2bn profit": the noun after is the compound's.
        if f.end < s.upperBound, isWord(f.end), !isFunction(f.end), !lower.in(f.end, Self.timeUnitWords), !lower.in(f.end, Self.timeDeterminers),
            !lower.in(f.end, Self.dayWords), !lower.in(f.end, Self.months), !(lower.eq(f.end, "fee") || lower.eq(f.end, "deal") || lower.eq(f.end, "move") || lower.eq(f.end, "transfer")),
            !lower.in(f.end, Self.verbStops), !lower.ends(f.end, "ed")
        {
            return nil
        }
        var subject = Subject(text: slice(k..<(k + 1)), head: "record", tokens: k..<(k + 1))
        subject.key = lower[k]
        return subject
    }
}
