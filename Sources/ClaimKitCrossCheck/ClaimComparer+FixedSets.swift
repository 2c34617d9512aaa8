import ClaimKitModel
import Foundation

extension RuleID {
    /// Two counts of the parts of one vehicle that differ: "the seven carriages of the
    /// service" against "the eight-carriage train". A train's carriages are one set, fixed
    /// for the page, not a running total.
    public static let crossCheckFixedSet: RuleID = "crosscheck.fixed-set"
}

extension ClaimComparer {
    /// Parts that make up one vehicle, by the attribute a compound count gives them
    /// ("the eight-carriage train": attribute "carriages").
    static let vehicleParts: [String: String] = [
        "carriages": "carriage", "coaches": "coach", "coachs": "coach", "wagons": "wagon", "cars": "car",
        // A building's storeys: "the four-storey warehouse", "all five floors of the building".
        "storeys": "floor", "stories": "floor", "floors": "floor",
    ]

    /// Words in a count's sentence that make it another set than the vehicle's as it ran:
    /// "usually runs with eight carriages", "two extra carriages", "the new trains".
    static let setChangeWords: Set<String> = [
        "usually", "normally", "typically", "often", "extra", "additional", "added", "adding", "extended", "lengthened",
        "shortened", "replaced", "replacement", "instead", "planned", "due", "would", "should", "could", "new", "newer",
        "older", "originally", "initially", "now", "each", "every", "per", "fleet", "fleets", "order", "ordered",
        "other", "another", "second", "both", "first", "last", "remaining", "rest", "including", "only",
    ]

    /// Counts of one vehicle's parts stated two ways: a definite compound ("the
    /// eight-carriage train") and a definite count of the parts of a thing ("the seven
    /// carriages of the service"), or two of either. Quiet when the page has two vehicles of
    /// that part (an indefinite compound of another value, two values in one sentence), or
    /// a sentence speaks of a usual, planned or changed set (`setChangeWords`).
    func fixedSetContradictions(_ claims: [Claim], contexts: ClaimContexts, describer: FigureDescriber) -> [Contradiction] {
        var byPart: [String: [(claim: Claim, context: ClaimContext, definite: Bool)]] = [:]
        // Only the claims that pass are copied out.
        let facts = contexts.facts
        for index in claims.indices where facts[index].contains(.unitCount) && !facts[index].isDisjoint(with: [.compoundModifierRule, .definiteCountRule]) {
            // Read in place: only a claim of a vehicle's parts is copied out.
            let part: String
            if facts[index].contains(.compoundModifierRule), let p = Self.vehicleParts[claims[index].attribute] {
                part = p
            } else if facts[index].contains(.definiteCountRule), Self.vehicleParts.values.contains(claims[index].subjectKey) {
                part = claims[index].subjectKey
            } else {
                continue
            }
            let claim = claims[index]
            guard let context = contexts[index] else { continue }
            let definite: Bool
            if claim.rule.rawValue == "claim.compound-modifier" {
                definite = ["the", "its", "this", "that"].contains(context.before.last ?? "")
            } else {
                // "the seven carriages of the service": the whole set of a thing.
                definite = context.after.count >= 2 && Self.vehicleParts[context.after[0]] == part && context.after[1] == "of"
            }
            byPart[part, default: []].append((claim, context, definite))
        }
        var out: [Contradiction] = []
        for part in byPart.keys.sorted() {
            let all = byPart[part]!
            // Another vehicle on the page: an indefinite count of another value ("a
            // two-carriage train"), or two values in one sentence.
            let values = Set(all.map(\.claim.quantity.value))
            guard values.count == 2, all.allSatisfy({ $0.claim.quantity.bound == .exact }) else { continue }
            let members = all.filter { $0.definite }
            guard Set(members.map(\.claim.quantity.value)).count == 2, members.count == all.count,
                !members.contains(where: { m in m.context.words.contains { Self.setChangeWords.contains($0) } }),
                !members.contains(where: { a in
                    members.contains { b in a.claim.quantity.value != b.claim.quantity.value && !describer.inDifferentSentences(a.claim, b.claim) }
                })
            else { continue }
            let sorted = Array(values).sorted()
            let clusters = sorted.map { v in members.filter { $0.claim.quantity.value == v }.map(\.claim) }
            let whole = members.first { $0.claim.rule.rawValue == "claim.compound-modifier" }?.claim.subjectKey ?? "vehicle"
            // "5 vs 6 in entry 1", or "5 in entry 2 vs 6 in entry 1".
            let oneEntry = Set(members.map(\.claim.entry)).count == 1
            let parts = clusters.map { c in FigureDescriber.format(c[0].quantity.value) + (oneEntry ? "" : " in " + describer.entryList(c.map(\.entry))) }
            let reason = "\(part)s of the \(whole), count: " + parts.joined(separator: " vs ")
                + (oneEntry ? " in " + describer.entryList([members[0].claim.entry]) : "") + "; one \(whole) has one number of \(part)s"
            out.append(Contradiction(
                subject: "\(part)s of the \(whole)", attribute: "count", claims: clusters.flatMap { $0.map(\.id) },
                entries: Array(Set(members.map(\.claim.entry))).sorted(), reason: reason, rule: .crossCheckFixedSet))
        }
        return out
    }
}
