import ClaimKitModel
import Foundation

extension RuleID {
    /// An entry's title counts one owner's things ("Three medals for Ana Ruiz") and the
    /// first count of those things in its body, in a sentence naming the same owner, differs
    /// ("Ana Ruiz ends the week with two medals"): one entry, one owner, one count.
    public static let crossCheckTitleOwner: RuleID = "crosscheck.title-owner"
}

extension ClaimComparer {
    /// The owner a title's count is for: the capitalised words after "for" right after the
    /// counted noun ("five awards for Ana Ruiz": ["ana", "ruiz"]), lower-cased; nil otherwise.
    static func titleOwner(_ context: ClaimContext) -> [String]? {
        let after = context.originalAfter
        guard after.count >= 3, after[1].lowercased() == "for" else { return nil }
        var owner: [String] = []
        for w in after.dropFirst(2) {
            guard let first = w.first, first.isUppercase else { break }
            owner.append(w.lowercased())
        }
        return owner.isEmpty ? nil : owner
    }

    /// Whether a body sentence names `owner`: its words (possessives stripped) hold the
    /// owner's first word and every other owner word.
    static func names(_ owner: [String], in context: ClaimContext) -> Bool {
        let words = Set((context.originalBefore + context.originalAfter).map { w -> String in
            var l = w.lowercased()
            for suffix in ["'s", "\u{2019}s"] where l.hasSuffix(suffix) { l = String(l.dropLast(suffix.count)) }
            return l
        })
        return owner.allSatisfy { words.contains($0) }
    }

    /// For each entry and counted noun, a title count for a named owner (`titleOwner`) and
    /// the first body count of the noun, in a sentence naming that owner, when both are exact
    /// and differ, no body count of the noun has the title's value or a bound that holds it, and the body figure is of
    /// the entry's moment (no word of another time or a part before it or in the five words
    /// after it, `otherMomentWords`, but a list's "including"; not followed by a part word,
    /// `partWords`). Counts of tolls are `titleBodyContradictions`'.
    func titleOwnerContradictions(
        _ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber
    ) -> [Contradiction] {
        var titles: [Int] = []
        let facts = contexts.facts
        for index in claims.indices where facts[index].isSuperset(of: [.attributeCount, .unitCount, .countedNounRule])
            && !claims[index].subjectKey.isEmpty
            && !Self.tollKeys.contains(claims[index].subjectKey) && contexts.inTitle(index)
        {
            titles.append(index)
        }
        guard !titles.isEmpty else { return [] }
        var out: [Contradiction] = []
        for ti in titles {
            let t = claims[ti]
            // One title figure of the noun in the entry (two are the title's own comparison).
            guard !titles.contains(where: { $0 != ti && claims[$0].entry == t.entry && claims[$0].subjectKey == t.subjectKey }),
                let tc = contexts[ti], !(tc.before.last.map { Self.titleBoundWords.contains($0) } ?? false),
                let owner = Self.titleOwner(tc), let tInterval = effective[t.id]
            else { continue }
            let body = claims.indices.filter {
                claims[$0].entry == t.entry && claims[$0].subjectKey == t.subjectKey && claims[$0].quantity.unit == "count"
                    && !contexts.inTitle($0)
            }.sorted { claims[$0].range < claims[$1].range }
            guard let firstIndex = body.first, let bc = contexts[firstIndex], Self.names(owner, in: bc) else { continue }
            let first = claims[firstIndex]
            // Exact counts differ by their values (the intervals of 4 and 5 touch at 4.5).
            guard t.quantity.bound == .exact, first.quantity.bound == .exact, t.quantity.value != first.quantity.value,
                !body.contains(where: { b in
                    claims[b].quantity.value == t.quantity.value
                        || (claims[b].quantity.bound != .exact && (effective[claims[b].id].map { $0.overlaps(tInterval) } ?? true))
                }),
                !Self.changingRules.contains(first.rule.rawValue),
                !(bc.after.first.map { Self.partWords.contains($0) } ?? false),
                !(bc.before + bc.after.prefix(5)).contains(where: { Self.otherMomentWords.contains($0) && $0 != "including" }),
                !bc.before.suffix(3).contains("of")
            else { continue }
            let subject = describer.subjectName([t, first])
            let reason = "\(subject), \(t.attribute): \(FigureDescriber.figure(t.quantity)) in the title of "
                + "\(describer.entryList([t.entry])) vs \(FigureDescriber.figure(first.quantity)) in its body, both for "
                + owner.joined(separator: " ") + "; one entry gives one owner one count"
            out.append(Contradiction(
                subject: subject, attribute: t.attribute, claims: [t.id, first.id], entries: [t.entry], reason: reason,
                rule: .crossCheckTitleOwner))
        }
        return out
    }
}
