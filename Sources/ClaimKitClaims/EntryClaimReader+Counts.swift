import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// Counts whose noun or role the figure's neighbours give: a vote tally, a definite count
/// with what it belongs to, a count glued to its noun ("a 212-page report"), a count whose
/// participle stands for the noun ("57 injured").
extension EntryClaimReader {
    static let smallNumberWords: TokenWordSet = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
        "hundred", "thousand", "million", "nil", "zero",
    ]

    /// Nouns for those who vote in a chamber or meeting.
    static let voterNouns: TokenWordSet = [
        "mps", "meps", "tds", "msps", "mss", "senators", "members", "lawmakers", "legislators", "deputies", "councillors",
        "councilors", "delegates", "peers", "representatives", "congressmen", "congresswomen", "shareholders", "voters",
    ]
    static let forVerbs: TokenWordSet = ["backed", "supported", "approved", "endorsed"]
    static let againstVerbs: TokenWordSet = ["opposed", "rejected"]

    /// "passed by 312 votes to 287", "312 MPs voted for the bill", "the 321 MPs who backed the
    /// bill": the votes for or against.
    @inline(__always) func voteTally(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        guard f.quantity.unit == "count", f.quantity.value == f.quantity.value.rounded() else { return false }
        let before = f.first - 1
        var side: String?
        var subject: Subject?
        if f.end + 2 < s.upperBound, (lower.eq(f.end, "votes") || lower.eq(f.end, "vote")), (lower.eq(f.end + 1, "to") || lower.eq(f.end + 1, "against")),
            entry.tokens[f.end + 2].kind == .number
        {
            side = "for"
            subject = Subject(text: "votes for", head: "votes", tokens: f.end..<(f.end + 1))
        } else if before - 2 >= s.lowerBound, (lower.eq(before, "to") || lower.eq(before, "against")), (lower.eq(before - 1, "votes") || lower.eq(before - 1, "vote")),
            entry.tokens[before - 2].kind == .number
        {
            side = "against"
            subject = Subject(text: "votes against", head: "votes", tokens: (before - 1)..<before)
        } else if f.end < s.upperBound, lower.in(f.end, Self.voterNouns) {
            var v = f.end + 1
            if v < s.upperBound, (lower.eq(v, "who") || lower.eq(v, "that")) { v += 1 }
            while v < s.upperBound, (lower.eq(v, "had") || lower.eq(v, "have") || lower.eq(v, "has") || lower.eq(v, "also") || lower.eq(v, "then")) { v += 1 }
            guard v < s.upperBound else { return false }
            var end = v + 1
            if lower.eq(v, "voted"), v + 1 < s.upperBound {
                if lower.eq(v + 1, "for") || (lower.eq(v + 1, "in") && v + 2 < s.upperBound && (lower.eq(v + 2, "favour") || lower.eq(v + 2, "favor"))) {
                    side = "for"
                } else if lower.eq(v + 1, "against") {
                    side = "against"
                }
                end = lower.eq(v + 1, "in") ? v + 3 : v + 2
            } else if lower.in(v, Self.forVerbs) {
                side = "for"
            } else if lower.in(v, Self.againstVerbs) {
                side = "against"
            }
            guard side != nil else { return false }
            subject = Subject(text: slice(f.end..<min(end, s.upperBound)), head: "votes", tokens: f.end..<min(end, s.upperBound))
        }
        guard let side, var subject else { return false }
        subject.key = "votes " + side
        fill(&claim, for: f, quantity: f.quantity, subject: subject, attribute: "count", rule: .claimVoteTally)
        return true
    }

    /// "The report, which runs to 148 pages": the length of the thing before the verb.
    @inline(__always) func lengthInUnits(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        guard f.quantity.unit == "count", f.end < s.upperBound, (lower.eq(f.end, "pages") || lower.eq(f.end, "words") || lower.eq(f.end, "chapters") || lower.eq(f.end, "volumes") || lower.eq(f.end, "episodes")),
            f.first - 2 > s.lowerBound, lower.eq(f.first - 1, "to"), (lower.eq(f.first - 2, "runs") || lower.eq(f.first - 2, "ran") || lower.eq(f.first - 2, "running") || lower.eq(f.first - 2, "run") || lower.eq(f.first - 2, "stretches") || lower.eq(f.first - 2, "extends"))
        else { return false }
        var j = f.first - 2
        if j - 1 > s.lowerBound, (lower.eq(j - 1, "which") || lower.eq(j - 1, "that")) { j -= 1 }
        if j - 1 > s.lowerBound, lower.eq(j - 1, ",") { j -= 1 }
        guard let np = nounPhrase(endingBefore: j, in: s), np.tokens.upperBound == j else { return false }
        fill(&claim, for: f, quantity: f.quantity, subject: resolved(np), attribute: lower[f.end], rule: .claimVerbSubject)
        return true
    }

    /// "the seven carriages of the train", "the 40 workers who were trapped": a definite
    /// count that says what its things belong to or did is a claim, not a reference back.
    func definiteCountStands(_ f: Found) -> Bool {
        let s = f.sentence
        // "all five floors of the building", "all nine baboons that escaped": "all" names the
        // whole set, as "the" does.
        guard f.first - 1 >= s.lowerBound, (lower.eq(f.first - 1, "the") || lower.eq(f.first - 1, "all")), f.quantity.unit == "count", f.quantity.value >= 3,
            f.quantity.value == f.quantity.value.rounded(), f.end + 2 < s.upperBound, isWord(f.end), !isFunction(f.end),
            Self.singular(lower[f.end]) != lower[f.end] || lower.in(f.end, Self.voterNouns)
        else { return false }
        // "one of the five pillars": a part of a set the reader knows is a reference.
        if f.first - 2 >= s.lowerBound, lower.eq(f.first - 2, "of") { return false }
        // "of the train", "of Flight 12"; not "the three branches of government" (a set
        // named in general).
        if lower.eq(f.end + 1, "of"), isWord(f.end + 2), (lower.eq(f.end + 2, "the") || lower.eq(f.end + 2, "its") || lower.eq(f.end + 2, "their") || lower.eq(f.end + 2, "his") || lower.eq(f.end + 2, "her") || lower.eq(f.end + 2, "this") || lower.eq(f.end + 2, "that")) || isCap(f.end + 2) {
            return true
        }
        if (lower.eq(f.end + 1, "who") || lower.eq(f.end + 1, "that") || lower.eq(f.end + 1, "which")), isWord(f.end + 2), !isCap(f.end + 2) {
            let w = lower[f.end + 2]
            return w.hasSuffix("ed") || w.isOne(of: "were", "had", "have", "voted", "remain", "remained", "are") || words.clauseVerbs.contains(w)
        }
        return false
    }

    /// "a 212-page report", "the 12-storey block", "a three-match ban": a count glued to
    /// the noun it counts, modifying the noun after it; the attribute is the counted noun.
    @inline(__always) func compoundCount(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        guard f.quantity.unit == "count", f.end - f.first == 1, isWord(f.first), f.end < s.upperBound,
            // (A token with no hyphen among its bytes has none once lower-cased: no string made.)
            lower.holdsByte(f.first, UInt8(ascii: "-"))
        else { return false }
        let token = lower[f.first]
        guard let dash = token.lastIndex(of: "-") else { return false }
        let counted = String(token[token.index(after: dash)...])
        guard counted.count >= 3, counted.allSatisfy({ $0.isLetter }), !counted.isOne(of: "old", "year", "strong", "fold"),
            // "a one-two punch": two numbers, no counted noun.
            !Self.smallNumberWords.contains(counted),
            isWord(f.end), !isFunction(f.end), !lower.in(f.end, Self.verbStops),
            let np = nounPhrase(from: f.end, in: s)
        else { return false }
        let attribute = counted.hasSuffix("y") && !counted.hasSuffix("ey") ? String(counted.dropLast()) + "ies" : counted + "s"
        fill(&claim, for: f, quantity: f.quantity, subject: extendedByOf(np, in: s), attribute: attribute, rule: .claimCompoundModifier)
        return true
    }

    /// "Four people were killed and 57 injured": a count the participle after it names,
    /// with the people noun the sentence counted before it.
    @inline(__always) func elidedParticiple(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        guard f.quantity.unit == "count", f.end < s.upperBound, let key = lower.value(f.end, in: words.eventParticiples),
            f.first - 1 >= s.lowerBound, (lower.eq(f.first - 1, "and") || lower.eq(f.first - 1, ",")) || lower.eq(f.first - 1, "another")
        else { return false }
        var subject = Subject(text: String(entry.surface(f.end)), head: lower[f.end], tokens: f.end..<(f.end + 1))
        if let noun = (s.lowerBound..<f.first).last(where: { lower.in($0, words.peopleNouns) }) {
            subject.text = entry.surface(noun) + " " + subject.text
        }
        subject.key = key
        fill(&claim, for: f, quantity: f.quantity, subject: subject, attribute: "count", rule: .claimElidedNoun)
        return true
    }
}
