import ClaimKitModel
import Foundation

extension RuleID {
    /// One set defined by what its members did, counted two ways: "all nine goats that
    /// escaped" against "the seven goats that escaped on Monday". A definite count with a
    /// relative clause of a past event names one fixed set, not a running total.
    public static let crossCheckDefinedSet: RuleID = "crosscheck.defined-set"
}

extension ClaimComparer {
    /// Words before a figure that make its count a whole set: "the nine", "all nine",
    /// "those nine".
    static let wholeSetBefore: Set<String> = ["the", "all", "those", "these"]

    /// Words in a count's sentence that make it part of a set or another set: "the other
    /// seven goats that escaped", "the remaining seven".
    static let otherSetWords: Set<String> = ["other", "another", "more", "further", "additional", "remaining", "rest", "among", "except"]

    /// Relative pronouns that open the clause defining a set.
    static let relativeWords: Set<String> = ["that", "who", "which"]

    /// The relative pronouns as `sentenceMayHold` looks for them.
    static let relativeNeedles = ClaimContext.Needles(["that ", "who ", "which "])

    /// Past verbs whose sets are tallies that grow as news comes in (the dead, the
    /// arrested, the rescued): never a defined set here.
    static let tallyVerbs: Set<String> = [
        "died", "killed", "injured", "wounded", "hurt", "arrested", "detained", "charged", "rescued", "evacuated",
        "hospitalised", "hospitalized", "treated", "affected", "displaced", "infected", "confirmed", "reported",
        "recorded", "registered", "recovered", "vaccinated", "tested", "survived", "signed", "voted", "applied",
        "joined", "attended", "visited", "used", "booked", "bought", "donated", "responded", "called", "fled", "left",
        "returned", "arrived", "recaptured", "caught", "found", "identified",
    ]

    /// The set a count defines by a relative clause of a past verb ("the seven goats that
    /// escaped": noun "goats", verb "escaped"), nil for any other count.
    static func definedSet(_ context: ClaimContext) -> (noun: String, verb: String)? {
        guard let last = context.before.last, wholeSetBefore.contains(last), context.after.count >= 3,
            relativeWords.contains(context.after[1])
        else { return nil }
        let noun = context.after[0]
        let verb = context.after[2]
        guard noun.count >= 3, noun.hasSuffix("s"), verb.count >= 5, verb.hasSuffix("ed"), !tallyVerbs.contains(verb),
            !otherSetWords.contains(noun)
        else { return nil }
        return (noun, verb)
    }

    /// `wholeSetBefore` and `relativeWords` as bytes (`mayDefineSet`).
    static let wholeSetBeforeBytes: [[UInt8]] = wholeSetBefore.sorted().map { Array($0.utf8) }
    static let relativeWordBytes: [[UInt8]] = relativeWords.sorted().map { Array($0.utf8) }

    /// Whether the context of the figure at `range`, whose sentence is `bytes[sentence]`,
    /// may pass `definedSet`'s first test (a whole-set word last before the figure, three
    /// words after it, the second a relative pronoun), read from the bytes when the
    /// sentence around the figure is plain ASCII (`ClaimContexts.withPlainSentence`): the words
    /// are those the context would hold, so false means `definedSet` gives nil. True for
    /// any other text (the context decides).
    static func mayDefineSet(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, _ range: TextRange) -> Bool {
        let start = sentence.lowerBound
        let end = sentence.upperBound
        guard let last = ClaimContext.asciiLastWord(bytes, start: start, end: range.utf8Start),
            ClaimContext.asciiWordIs(bytes, last, oneOf: wholeSetBeforeBytes),
            let first = ClaimContext.asciiWord(bytes, from: range.utf8End, end: end),
            let second = ClaimContext.asciiWord(bytes, from: first.next, end: end),
            ClaimContext.asciiWordIs(bytes, second.word, oneOf: relativeWordBytes),
            ClaimContext.asciiWord(bytes, from: second.next, end: end) != nil
        else { return false }
        return true
    }

    /// Capitalised words of a context after its defining verb (up to six), but weekdays:
    /// the place or group a set is of ("the nine prisoners who escaped from Wandsworth").
    static func setQualifiers(_ context: ClaimContext) -> (names: Set<String>, days: Set<String>) {
        var names = Set<String>()
        var days = Set<String>()
        for w in context.originalAfter.dropFirst(3).prefix(6) {
            let lower = w.lowercased()
            if weekdays.contains(lower) || ["yesterday", "today"].contains(lower) {
                days.insert(lower)
            } else if w.first?.isUppercase == true {
                names.insert(lower)
            }
        }
        return (names, days)
    }

    /// Two counts of one defined set (`definedSet`) that differ, in different sentences,
    /// both exact. Quiet when the set has more than two values, the figures' qualifiers
    /// differ (another place, another named day), or a context speaks of a changed set
    /// (`otherSetWords`).
    func definedSetContradictions(_ claims: [Claim], contexts: ClaimContexts, describer: FigureDescriber) -> [Contradiction] {
        var bySet: [String: [(claim: Claim, context: ClaimContext)]] = [:]
        let facts = contexts.facts
        for index in claims.indices where facts[index].isSuperset(of: [.unitCount, .exact])
            && claims[index].quantity.value >= 2
        {
            // A sentence without a relative pronoun defines no set: its context is not built.
            // Nor does a sentence whose words around the figure fail the first test.
            guard contexts.withPlainSentence(index, Self.mayDefineSet) ?? true, contexts.sentenceMayHold(index, Self.relativeNeedles),
                let context = contexts[index], let (noun, verb) = Self.definedSet(context)
            else { continue }
            bySet[noun + " " + verb, default: []].append((claims[index], context))
        }
        var out: [Contradiction] = []
        for key in bySet.keys.sorted() {
            let all = bySet[key]!
            let values = Set(all.map(\.claim.quantity.value))
            guard values.count == 2,
                !all.contains(where: { m in m.context.words.contains { Self.otherSetWords.contains($0) } }),
                !all.contains(where: { a in all.contains { b in a.claim.quantity.value != b.claim.quantity.value && !describer.inDifferentSentences(a.claim, b.claim) } })
            else { continue }
            // Qualifiers: every figure's places the same; named days the same where both name one.
            let qualifiers = all.map { Self.setQualifiers($0.context) }
            guard Set(qualifiers.map(\.names)).count == 1, Set(qualifiers.map(\.days).filter { !$0.isEmpty }).count <= 1 else { continue }
            let sorted = values.sorted()
            let clusters = sorted.map { v in all.filter { $0.claim.quantity.value == v }.map(\.claim) }
            let subject = "the " + key
            let parts = clusters.map { c in FigureDescriber.format(c[0].quantity.value) + " in " + describer.entryList(c.map(\.entry)) }
            out.append(Contradiction(
                subject: subject, attribute: "count", claims: clusters.flatMap { $0.map(\.id) },
                entries: Array(Set(all.map(\.claim.entry))).sorted(),
                reason: "\(subject), count: " + parts.joined(separator: " vs ") + "; one set defined by one event has one number",
                rule: .crossCheckDefinedSet))
        }
        return out
    }
}
