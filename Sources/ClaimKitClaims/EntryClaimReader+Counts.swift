import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// Counts whose noun or role the figure's neighbours give: a vote tally, a definite count
/// with what it belongs to, a count glued to its noun ("a 212-page report"), a count whose
/// participle stands for the noun ("57 injured").
extension EntryClaimReader {
    static let smallNumberWords: WordSet = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
        "hundred", "thousand", "million", "nil", "zero",
    ]

    /// Nouns for those who vote in a chamber or meeting.
    static let voterNouns: WordSet = [
        "mps", "meps", "tds", "msps", "mss", "senators", "members", "lawmakers", "legislators", "deputies", "councillors",
        "councilors", "delegates", "peers", "representatives", "congressmen", "congresswomen", "shareholders", "voters",
    ]
    static let forVerbs: WordSet = ["backed", "supported", "approved", "endorsed"]
    static let againstVerbs: WordSet = ["opposed", "rejected"]

    /// "passed by 312 votes to 287", "312 MPs voted for the bill", "the 321 MPs who backed the
    /// bill": the votes for or against.
    func voteTally(_ f: Found) -> Claim? {
        let s = f.sentence
        guard f.quantity.unit == "count", f.quantity.value == f.quantity.value.rounded() else { return nil }
        let before = f.first - 1
        var side: String?
        var subject: Subject?
        if f.end + 2 < s.upperBound, lower[f.end].isOne(of: "votes", "vote"), lower[f.end + 1].isOne(of: "to", "against"),
            entry.tokens[f.end + 2].kind == .number
        {
            side = "for"
            subject = Subject(text: "votes for", head: "votes", tokens: f.end..<(f.end + 1))
        } else if before - 2 >= s.lowerBound, lower[before].isOne(of: "to", "against"), lower[before - 1].isOne(of: "votes", "vote"),
            entry.tokens[before - 2].kind == .number
        {
            side = "against"
            subject = Subject(text: "votes against", head: "votes", tokens: (before - 1)..<before)
        } else if f.end < s.upperBound, Self.voterNouns.contains(lower[f.end]) {
            var v = f.end + 1
            if v < s.upperBound, lower[v].isOne(of: "who", "that") { v += 1 }
            while v < s.upperBound, lower[v].isOne(of: "had", "have", "has", "also", "then") { v += 1 }
            guard v < s.upperBound else { return nil }
            var end = v + 1
            if lower[v] == "voted", v + 1 < s.upperBound {
                if lower[v + 1] == "for" || (lower[v + 1] == "in" && v + 2 < s.upperBound && lower[v + 2].isOne(of: "favour", "favor")) {
                    side = "for"
                } else if lower[v + 1] == "against" {
                    side = "against"
                }
                end = lower[v + 1] == "in" ? v + 3 : v + 2
            } else if Self.forVerbs.contains(lower[v]) {
                side = "for"
            } else if Self.againstVerbs.contains(lower[v]) {
                side = "against"
            }
            guard side != nil else { return nil }
            subject = Subject(text: slice(f.end..<min(end, s.upperBound)), head: "votes", tokens: f.end..<min(end, s.upperBound))
        }
        guard let side, var subject else { return nil }
        subject.key = "votes " + side
        return makeClaim(f, quantity: f.quantity, subject: subject, attribute: "count", rule: .claimVoteTally)
    }

    /// "The report, which runs to 148 pages": the length of the thing before the verb.
    func lengthInUnits(_ f: Found) -> Claim? {
        let s = f.sentence
        guard f.quantity.unit == "count", f.end < s.upperBound, lower[f.end].isOne(of: "pages", "words", "chapters", "volumes", "episodes"),
            f.first - 2 > s.lowerBound, lower[f.first - 1] == "to", lower[f.first - 2].isOne(of: "runs", "ran", "running", "run", "stretches", "extends")
        else { return nil }
        var j = f.first - 2
        if j - 1 > s.lowerBound, lower[j - 1].isOne(of: "which", "that") { j -= 1 }
        if j - 1 > s.lowerBound, lower[j - 1] == "," { j -= 1 }
        guard let np = nounPhrase(endingBefore: j, in: s), np.tokens.upperBound == j else { return nil }
        return makeClaim(f, quantity: f.quantity, subject: resolved(np), attribute: lower[f.end], rule: .claimVerbSubject)
    }

    /// "the seven carriages of the train", "the 40 workers who were trapped": a definite
    /// count that says what its things belong to or did is a claim, not a reference back.
    func definiteCountStands(_ f: Found) -> Bool {
        let s = f.sentence
        // "all five floors of the building", "all nine baboons that escaped": "all" names the
        // whole set, as "the" does.
        guard f.first - 1 >= s.lowerBound, lower[f.first - 1].isOne(of: "the", "all"), f.quantity.unit == "count", f.quantity.value >= 3,
            f.quantity.value == f.quantity.value.rounded(), f.end + 2 < s.upperBound, isWord(f.end), !isFunction(f.end),
            Self.singular(lower[f.end]) != lower[f.end] || Self.voterNouns.contains(lower[f.end])
        else { return false }
        // "one of the five pillars": a part of a set the reader knows is a reference.
        if f.first - 2 >= s.lowerBound, lower[f.first - 2] == "of" { return false }
        // "of the train", "of Flight 12"; not "the three branches of government" (a set
        // named in general).
        if lower[f.end + 1] == "of", isWord(f.end + 2), lower[f.end + 2].isOne(of: "the", "its", "their", "his", "her", "this", "that") || isCap(f.end + 2) {
            return true
        }
        if lower[f.end + 1].isOne(of: "who", "that", "which"), isWord(f.end + 2), !isCap(f.end + 2) {
            let w = lower[f.end + 2]
            return w.hasSuffix("ed") || w.isOne(of: "were", "had", "have", "voted", "remain", "remained", "are") || words.clauseVerbs.contains(w)
        }
        return false
    }

    /// "a 212-page report", "the 12-storey block", "a three-match ban": a count glued to
    /// the noun it counts, modifying the noun after it; the attribute is the counted noun.
    func compoundCount(_ f: Found) -> Claim? {
        let s = f.sentence
        guard f.quantity.unit == "count", f.end - f.first == 1, isWord(f.first), f.end < s.upperBound else { return nil }
        let token = lower[f.first]
        guard let dash = token.lastIndex(of: "-") else { return nil }
        let counted = String(token[token.index(after: dash)...])
        guard counted.count >= 3, counted.allSatisfy({ $0.isLetter }), !counted.isOne(of: "old", "year", "strong", "fold"),
            // "a one-two punch": two numbers, no counted noun.
            !Self.smallNumberWords.contains(counted),
            isWord(f.end), !isFunction(f.end), !Self.verbStops.contains(lower[f.end]),
            let np = nounPhrase(from: f.end, in: s)
        else { return nil }
        let attribute = counted.hasSuffix("y") && !counted.hasSuffix("ey") ? String(counted.dropLast()) + "ies" : counted + "s"
        return makeClaim(f, quantity: f.quantity, subject: extendedByOf(np, in: s), attribute: attribute, rule: .claimCompoundModifier)
    }

    /// "Four people were killed and 57 injured": a count the participle after it names,
    /// with the people noun the sentence counted before it.
    func elidedParticiple(_ f: Found) -> Claim? {
        let s = f.sentence
        guard f.quantity.unit == "count", f.end < s.upperBound, let key = words.eventParticiples[lower[f.end]],
            f.first - 1 >= s.lowerBound, lower[f.first - 1].isOne(of: "and", ",") || lower[f.first - 1] == "another"
        else { return nil }
        var subject = Subject(text: String(entry.surface(f.end)), head: lower[f.end], tokens: f.end..<(f.end + 1))
        if let noun = (s.lowerBound..<f.first).last(where: { words.peopleNouns.contains(lower[$0]) }) {
            subject.text = entry.surface(noun) + " " + subject.text
        }
        subject.key = key
        return makeClaim(f, quantity: f.quantity, subject: subject, attribute: "count", rule: .claimElidedNoun)
    }
}
