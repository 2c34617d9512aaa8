import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

/// A figure in a clause whose only subject is "it", when no other rule found a subject:
/// "It weighs 4.2 kg", "It entered the atmosphere at about 17 km per second". The thing the
/// sentence before was about: its clause's subject ("Witnesses say the balloon lifted off
/// ... It drifted about 18 km"); when that is a person or a name, the noun phrase that opens
/// it ("The object that lit up the sky ..., said Prof. X. It entered ..."), else the first
/// thing it brought in with "a" or "an" ("Anneliese Gruber ... saw a black stone ... It
/// weighs 4.2 kg").
extension EntryClaimReader {
    /// Words that end the pronoun's clause before the figure: the figure then belongs to
    /// another clause ("It opened in 1895 and saves ships about 460 km").
    static let clauseBreakWords: TokenWordSet = [
        "and", "but", "or", "which", "that", "who", "whom", "whose", "when", "while", "where", "after", "before",
        "because", "since", "although", "though", "if", "unless", "as",
    ]

    /// The antecedent of a clause-opening "it" for a figure no rule gave a subject; nil
    /// when the figure is not in the pronoun's own clause, or nothing fits.
    func clausePronounAntecedent(_ f: Found) -> Subject? {
        let s = f.sentence
        var p = s.lowerBound
        while p < f.first, !isWord(p) || lower[p] == "\"" { p += 1 }
        // "It", its verb, then the figure within eight words of the same clause.
        guard p + 1 < f.first, f.first - p <= 8, lower.eq(p, "it"), !itStandsForWhatFollows(p, f) else { return nil }
        let verb = p + 1
        guard isWord(verb), !isCap(verb), !isFunction(verb) || lower.in(verb, Self.copulas), !lower.in(verb, Self.reportVerbs),
            lower.in(verb, Self.copulas) || lower.value(verb, in: words.measureVerbs) != nil || lower.ends(verb, "ed")
                || (lower.ends(verb, "s") && !lower.ends(verb, "ss"))
        else { return nil }
        for k in (verb + 1)..<f.first where !isWord(k) || lower.in(k, Self.clauseBreakWords) { return nil }
        guard let previous = previousSentence(before: s) else { return nil }
        // The clause's subject, past a report ("Witnesses say the balloon lifted off ..."),
        // unless it is a person or a name.
        if let np = firstNounPhrase(in: previous, before: previous.upperBound), !Self.subjectPronouns.contains(np.head),
            !words.peopleNouns.contains(np.head), !isCap(np.tokens.lowerBound) || lower.in(np.tokens.lowerBound, Self.demonstratives)
        {
            return resolved(np)
        }
        if let opening = openingThing(of: previous) { return opening }
        return firstIntroducedThing(in: previous)
    }

    /// The tokens of the sentence before `s` in the same entry.
    func previousSentence(before s: Range<Int>) -> Range<Int>? {
        let sentences = entry.sentences
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].tokens.upperBound <= s.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? sentences[lo - 1].tokens : nil
    }

    /// The lower-case noun phrase that opens `sentence` after "the", "a", "an" or "this":
    /// "The object that lit up the sky ..." gives "object". Nothing for a name, a person or
    /// a pronoun.
    func openingThing(of sentence: Range<Int>) -> Subject? {
        var k = sentence.lowerBound
        while k < sentence.upperBound, !isWord(k) || lower[k] == "\"" { k += 1 }
        guard k + 1 < sentence.upperBound, lower.eq(k, "the") || lower.eq(k, "a") || lower.eq(k, "an") || lower.eq(k, "this") else { return nil }
        return thing(from: k + 1, in: sentence)
    }

    /// The first noun phrase `sentence` brings in with "a" or "an" that is no person:
    /// "she saw a black stone steaming" gives "black stone".
    func firstIntroducedThing(in sentence: Range<Int>) -> Subject? {
        var k = sentence.lowerBound
        while k + 1 < sentence.upperBound {
            if lower.eq(k, "a") || lower.eq(k, "an"), let thing = thing(from: k + 1, in: sentence) { return thing }
            k += 1
        }
        return nil
    }

    /// Up to three lower-case content words from `start`, ending before a word in -ing,
    /// -ly or -ed after the first; nil when they name a person or no noun is left.
    func thing(from start: Int, in sentence: Range<Int>) -> Subject? {
        var end = start
        while end < sentence.upperBound, end - start < 3, isWord(end), !isCap(end), !isFunction(end), !lower.in(end, Self.verbStops),
            end == start || !(lower.ends(end, "ing") || lower.ends(end, "ly") || lower.ends(end, "ed"))
        {
            end += 1
        }
        guard end > start else { return nil }
        let head = end - 1
        guard !words.peopleNouns.contains(lower[head]), !lower.ends(head, "ly"), !lower.ends(head, "ing") || head > start,
            !Self.subjectPronouns.contains(lower[head])
        else { return nil }
        return Subject(text: slice(start..<end), head: lower[head], tokens: start..<end)
    }
}
