import ClaimKitModel
import Foundation

extension RuleID {
    /// An entry's title gives a count ("Death toll rises to 47") that the first figure of
    /// the same count in its own body does not match ("41 people have been confirmed dead"),
    /// and no body figure of it does: one entry, one moment, two figures.
    public static let crossCheckTitleBody: RuleID = "crosscheck.title-body"
}

extension ClaimComparer {
    /// Words in a body figure's sentence that put it at another time than the title's, or
    /// make it a part or a different count: "earlier", "last year", "of them".
    static let otherMomentWords: Set<String> = [
        "earlier", "previously", "initially", "originally", "first", "last", "yesterday", "ago", "former", "previous",
        "prior", "expected", "could", "may", "might", "feared", "fears", "estimate", "estimates", "estimated",
        "unofficial", "including", "among", "another", "further", "additional", "separately", "per", "each", "every",
        "daily", "weekly",
    ]

    /// Keys of the counts a title states as a toll: people killed, hurt, arrested,
    /// missing, evacuated, rescued. Counts of other things (seats, votes, goals) are often
    /// one owner's in the title and another's in the body ("Plaid passes 40 seats",
    /// "Reform has 29 seats").
    static let tollKeys: Set<String> = [
        "death", "toll", "injury", "casualty", "fatality", "victim", "arrest", "missing", "evacuation", "rescue",
    ]

    /// Words before a title figure that make it a bound the claim stage did not read:
    /// "passes 40", "tops 1,000", "nears 50".
    static let titleBoundWords: Set<String> = [
        "passes", "passed", "tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed", "nears", "neared",
        "approaches", "crosses", "crossed", "over", "above", "beyond", "almost", "nearly", "under", "below",
    ]

    /// Words right after a body figure that make it a part or another count: "41 of them",
    /// "41 more", "41 others".
    static let partWords: Set<String> = ["of", "more", "other", "others", "additional", "further"]

    /// Whether a body figure's sentence puts it at its entry's moment: none of
    /// `otherMomentWords`, no year ("in 2019"), no part word right after it.
    static func isOfTheMoment(_ context: ClaimContext) -> Bool {
        if let next = context.after.first, partWords.contains(next) { return false }
        // "41 of the Senedd's 96 seats": the whole a part is counted against.
        if context.before.suffix(3).contains("of") { return false }
        return !context.words.contains { w in
            otherMomentWords.contains(w) || (w.count == 4 && (w.hasPrefix("19") || w.hasPrefix("20")) && w.allSatisfy(\.isNumber))
        }
    }

    /// The contradictions between an entry's title and its body: for each entry and count
    /// subject (key), a title figure a rule tied to its subject, and the first body figure
    /// of that subject, when no body figure of it agrees with the title's and the body
    /// figures do not add up to it (a breakdown), the body figure in a sentence of its own
    /// moment (`isOfTheMoment`).
    func titleBodyContradictions(
        _ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber
    ) -> [Contradiction] {
        struct Key: Hashable {
            var entry: Int
            var subject: String
        }
        var titles: [Key: [Claim]] = [:]
        var bodies: [Key: [Claim]] = [:]
        // The claims with a context, by id (a body figure's context is built only when it is
        // the first of its subject and the title has one figure of it).
        var found: [ClaimID: Int] = [:]
        // Only the claims that pass are copied out.
        let facts = contexts.facts
        // The figures the rule reads, and the entries with one in their title: a body figure
        // is compared only with a title figure of its own entry, so a page without one (most
        // pages) is done here, and only the entries with one keep their body figures.
        var candidates: [Int] = []
        var titleEntries: [Int] = []
        for index in claims.indices where facts[index].contains(.attributeCount) && !facts[index].contains(.guessedRule)
            && Self.tollKeys.contains(claims[index].subjectKey) && contexts.exists(index)
        {
            candidates.append(index)
            if contexts.inTitle(index) { titleEntries.append(claims[index].entry) }
        }
        guard !titleEntries.isEmpty else { return [] }
        for index in candidates {
            let inTitle = contexts.inTitle(index)
            guard inTitle || titleEntries.contains(claims[index].entry) else { continue }
            let claim = claims[index]
            found[claim.id] = index
            let key = Key(entry: claim.entry, subject: claim.subjectKey)
            if inTitle {
                if let word = contexts[index]?.before.last, Self.titleBoundWords.contains(word) { continue }
                titles[key, default: []].append(claim)
            } else {
                bodies[key, default: []].append(claim)
            }
        }
        var out: [Contradiction] = []
        for key in titles.keys.sorted(by: { ($0.entry, $0.subject) < ($1.entry, $1.subject) }) {
            // One title figure of the subject (two are a headline's own comparison).
            guard let title = titles[key], title.count == 1, let t = title.first, let ti = effective[t.id],
                !Self.changingRules.contains(t.rule.rawValue),
                let body = bodies[key]?.sorted(by: { $0.range < $1.range }), let first = body.first,
                let fi = effective[first.id], !Self.changingRules.contains(first.rule.rawValue),
                first.scope == nil || first.scope?.lowercased() == t.scope?.lowercased(),
                let index = found[first.id], let context = contexts[index], Self.isOfTheMoment(context)
            else { continue }
            // Any body figure that agrees with the title's, or body figures that add up to it.
            guard !ti.overlaps(fi), !body.contains(where: { c in effective[c.id].map { $0.overlaps(ti) } ?? true }),
                body.count == 1 || body.map(\.quantity.value).reduce(0, +) != t.quantity.value
            else { continue }
            let reason = "\(describer.subjectName([t, first])), \(t.attribute): \(FigureDescriber.figure(t.quantity)) in the title of "
                + "\(describer.entryList([t.entry])) vs \(FigureDescriber.figure(first.quantity)) in its body; "
                + "one entry gives one count at one moment"
            out.append(Contradiction(
                subject: describer.subjectName([t, first]), attribute: t.attribute, claims: [t.id, first.id], entries: [t.entry],
                reason: reason, rule: .crossCheckTitleBody))
        }
        return out
    }
}
