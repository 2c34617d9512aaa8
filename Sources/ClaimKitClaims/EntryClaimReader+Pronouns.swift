import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

/// A figure whose clause has only a pronoun for its subject: "It is 98 km long", "At 55
/// years old, it is younger than most": the subject of the sentence before.
extension EntryClaimReader {
    /// Pronouns that stand for a thing or a person named in the sentence before.
    static let subjectPronouns: TokenWordSet = ["it", "she", "he"]

    /// The subject the pronoun opening the figure's clause stands for: the first noun phrase
    /// of the sentence before, in the same entry. The pronoun must open the sentence, or
    /// follow a fronted phrase and its comma ("At 17 years old, she is ..."), and come
    /// before the figure.
    func pronounAntecedent(_ f: Found) -> Subject? {
        let s = f.sentence
        var p = s.lowerBound
        while p < f.first, !isWord(p) || lower[p] == "\"" { p += 1 }
        if p == f.first || p + 1 == f.first, f.end < s.upperBound {
            // "At 55 years old, it is ...": the figure in the fronted phrase, the pronoun after it.
            p = lower.eq(f.end, ",") ? f.end + 1 : f.end
        } else if !lower.in(p, Self.subjectPronouns) {
            // Past a fronted phrase: the first comma within eight tokens.
            guard let comma = (p..<min(f.first, p + 8)).first(where: { lower.eq($0, ",") }), comma + 1 < f.first else { return nil }
            p = comma + 1
        }
        guard p < s.upperBound, p != f.first, lower.in(p, Self.subjectPronouns), p + 1 < s.upperBound, isWord(p + 1) else { return nil }
        // "It takes 20 minutes to ...", "It is 190 km to the port": an "it" that stands for
        // what comes after, not for anything before.
        if lower.eq(p, "it"), itStandsForWhatFollows(p, f) { return nil }
        guard let previous = previousSentence(before: s) else { return nil }
        // The pronoun's own verb is a copula or a verb of measure ("It is 98 km long", "He
        // was released on $20,000 bail"), and the figure a few words after it, not in a
        // clause of its own ("It opened in 1895 and saves ships about 460 km").
        guard lower.in(p + 1, Self.copulas) || lower.value(p + 1, in: words.measureVerbs) != nil,
            f.first < p || f.first - p <= 5,
            let np = firstNounPhrase(in: previous, before: previous.upperBound), !Self.subjectPronouns.contains(np.head)
        else { return nil }
        if lower.eq(p, "it") {
            // "It" stands for no person.
            guard !words.peopleNouns.contains(np.head) else { return nil }
        } else {
            // "He", "she": a name, all in capitals, none of it possessive ("Daniel Montalvo",
            // not "Tavares's first" or "survivor"); one word only inside the sentence
            // ("Writing" at its start is no name).
            guard np.tokens.allSatisfy({ isCap($0) }), !np.tokens.contains(where: { entry.tokens[$0].kind == .possessive }),
                np.tokens.count >= 2 || !entry.tokens[np.tokens.lowerBound].flags.contains(.sentenceStart)
            else { return nil }
        }
        return resolved(np)
    }

    /// Whether the "it" at `p` stands for what comes after it rather than for anything
    /// before: "It takes 20 minutes to ...", "It is 190 km to the port".
    func itStandsForWhatFollows(_ p: Int, _ f: Found) -> Bool {
        if lower.in(p + 1, Self.anticipatoryItVerbs) { return true }
        let after = afterConversion(f)
        return after < f.sentence.upperBound && lower.in(after, Self.anticipatoryItFollowers)
    }

    /// Verbs after which "it" anticipates what follows.
    static let anticipatoryItVerbs: TokenWordSet = ["takes", "took", "take", "will", "would", "could", "may", "might", "costs", "cost"]
    /// Words after the figure that show an "it" anticipating a destination or a span.
    static let anticipatoryItFollowers: TokenWordSet = ["to", "from", "before", "until", "since", "ago", "for", "by"]
}
