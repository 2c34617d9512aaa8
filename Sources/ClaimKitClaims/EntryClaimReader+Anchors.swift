import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// The point a distance or a time is measured from, said in the claim's subject: a
/// distance from a place ("40km from Reykjavik", "15 miles north of Carlisle") and a time
/// after or before an event ("14 hours after the cyber attack began"). Whatever rule found
/// the subject, the point goes after it in brackets ("town (distance from Reykjavik)",
/// "Paylane (after the cyber attack)"); a figure with no subject of its own takes the point
/// alone, with no grouping key (two delays after one event are two figures).
extension EntryClaimReader {
    /// "distance from Reykjavik", "distance from the coast of Crete", "after the cyber
    /// attack", "later": the point a length or duration is measured from, or nil.
    func anchorPhrase(_ f: Found, dimension: String, attribute: String) -> String? {
        let s = f.sentence
        var k = afterConversion(f)
        guard k < s.upperBound else { return nil }
        // A size "as small as 2.5m from orbit" is no distance from orbit.
        if dimension == "length", attribute == "distance" {
            if lower.eq(k, "away") { k += 1 }
            var compass = false
            if k < s.upperBound, lower.in(k, Self.compassWords) {
                k += 1
                compass = true
            }
            guard k + 1 < s.upperBound, lower.eq(k, "from") || (lower.eq(k, "of") && compass) || (lower.eq(k, "off") && !compass),
                let place = pointPhrase(from: k + 1, in: s)
            else { return nil }
            return "distance from " + place
        }
        if dimension == "duration" {
            if (lower.eq(k, "later") || lower.eq(k, "earlier")) { return lower[k] }
            // An event is a common noun ("after the crash", "after launch"): not a name
            // ("after Washington"), a person ("after the police") or a verb ("after seeking").
            guard k + 1 < s.upperBound, (lower.eq(k, "after") || lower.eq(k, "before")), let event = pointPhrase(from: k + 1, in: s) else { return nil }
            var m = k + 1
            while m < s.upperBound, isFunction(m) { m += 1 }
            guard m < s.upperBound, !isCap(m), !lower.ends(m, "ing"), !lower.in(m, words.personNouns), !lower.in(m, words.peopleNouns), !lower.in(m, words.agentNouns),
                !lower.in(m, Self.eventFree)
            else { return nil }
            return lower[k] + " " + event
        }
        return nil
    }

    /// The noun phrase a point word leads to, with its article and an "of" name after it
    /// ("the coast of Crete"); nil for a number, a day, a month or no noun.
    func pointPhrase(from start: Int, in s: Range<Int>) -> String? {
        var m = start
        if m < s.upperBound, (lower.eq(m, "the") || lower.eq(m, "a") || lower.eq(m, "an") || lower.eq(m, "its") || lower.eq(m, "their") || lower.eq(m, "his") || lower.eq(m, "her")) { m += 1 }
        guard m < s.upperBound, isWord(m), !lower.in(m, Self.dayWords), !lower.in(m, Self.months),
            let np = nounPhrase(from: m, in: s)
        else { return nil }
        var end = np.tokens.upperBound
        // "after the quake struck", "after the attack began": the event, not its verb.
        if end - 1 > m, !isCap(end - 1), lower.ends(end - 1, "ed") || lower.in(end - 1, Self.eventVerbs) || lower.in(end - 1, Self.startVerbs) {
            end -= 1
        }
        if end + 1 < s.upperBound, lower.eq(end, "of"), isCap(end + 1), let owner = nounPhrase(from: end + 1, in: s) {
            end = owner.tokens.upperBound
        }
        return slice(start..<end)
    }

    /// Nouns after "after" or "before" that name no event: "ten days before the beginning".
    static let eventFree: TokenWordSet = ["beginning", "end", "start", "police", "authorities", "officials", "that", "this", "which"]

    /// Verbs that end an event's noun phrase: "after the attack began".
    static let startVerbs: TokenWordSet = ["began", "begun", "started", "ended", "finished", "opened", "closed", "erupted", "occurred", "happened"]

    /// `subject` with the point of `f` after it (`anchorPhrase`); `keyless` when the point
    /// is the whole subject.
    func anchored(_ subject: Subject?, _ f: Found, dimension: String, attribute: String) -> (subject: Subject?, keyless: Bool) {
        guard let point = anchorPhrase(f, dimension: dimension, attribute: attribute) else { return (subject, false) }
        guard var subject else {
            return (Subject(text: point == "later" || point == "earlier" ? "time " + point : point, head: point, tokens: f.first..<f.end), true)
        }
        if !subject.text.contains(point) { subject.text += " (\(point))" }
        return (subject, false)
    }
}
