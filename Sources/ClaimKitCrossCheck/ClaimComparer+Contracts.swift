import ClaimKitModel
import Foundation

extension RuleID {
    /// Two lengths of one contract in different entries that differ: "signed a four-year
    /// deal at Everton" against "joined Everton from Feyenoord on a five-year contract",
    /// when every name either sentence gives appears in the other's entry (one transfer).
    public static let crossCheckContractLength: RuleID = "crosscheck.contract-length"
}

extension ClaimComparer {
    static let contractKeys: Set<String> = ["contract", "deal", "agreement"]

    /// Words that make a contract's length another than the one signed: an option, an
    /// extension, a loan, the time left on an old contract.
    static let otherContractWords: Set<String> = [
        "option", "options", "further", "extension", "extend", "extended", "extending", "extra", "plus", "initial",
        "initially", "loan", "until", "renew", "renewed", "renewal", "previous", "current", "existing", "remaining",
        "left", "expires", "expire", "expiring", "expired", "old", "former", "last", "could", "would", "may", "might",
        "offered", "offer", "offers", "wants", "want", "seeking", "talks", "proposed", "rejected", "if",
    ]

    /// Words that open a sentence with a capital without being names.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "they", "it", "his", "her", "their", "its", "this",
        "that", "these", "those", "after", "before", "meanwhile", "now", "earlier", "later", "then", "so", "analysis",
        "we", "i", "you", "as", "with", "for", "by", "from", "under", "if", "when", "while", "there", "here", "both",
    ]

    /// The capitalised words of a claim's sentence that are names, without a possessive
    /// ending: the sentence's first word too, unless it is a common opener ("The", "But").
    static func names(in context: ClaimContext) -> Set<String> {
        let all = context.originalBefore + context.originalAfter
        var out = Set<String>()
        for (k, w) in all.enumerated() where k > 0 || !sentenceOpeners.contains(w.lowercased()) {
            guard let first = w.first, first.isUppercase, w.count > 1 else { continue }
            var name = w
            for suffix in ["'s", "\u{2019}s"] where name.hasSuffix(suffix) { name = String(name.dropLast(2)) }
            out.insert(name.lowercased())
        }
        return out
    }

    /// Lengths of one contract given two ways in two entries: exact lengths of a contract
    /// or deal, in sentences with no option, extension or offer (`otherContractWords`),
    /// sharing two names at least, and every name of either sentence found in the other
    /// claim's entry.
    func contractLengthContradictions(
        _ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber,
        entries: [Entry], positions: [Int: Int]
    ) -> [Contradiction] {
        var candidates: [(Claim, Set<String>, Set<String>)] = []
        // Only the claims that pass are copied out.
        let facts = contexts.facts
        for index in claims.indices where facts[index].isSuperset(of: [.attributeDuration, .unitYear, .exact]) && !facts[index].contains(.guessedRule)
            && claims[index].quantity.upper == nil && Self.contractKeys.contains(claims[index].subjectKey)
        {
            let claim = claims[index]
            guard let context = contexts[index], !context.inTitle,
                !context.words.contains(where: { Self.otherContractWords.contains($0) }), let position = positions[claim.entry]
            else { continue }
            let entryWords = Set(entries[position].text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { $0.lowercased() })
            candidates.append((claim, Self.names(in: context), entryWords))
        }
        var out: [Contradiction] = []
        var used = Set<ClaimID>()
        for (n, (a, namesA, entryA)) in candidates.enumerated() where !used.contains(a.id) {
            for (b, namesB, entryB) in candidates[(n + 1)...] where b.entry != a.entry && !used.contains(b.id) {
                // Whole years stated exactly differ when their values do (their rounding
                // intervals touch: "three-year" allows 2.5 to 3.5, "four-year" 3.5 to 4.5).
                guard let va = a.si?.value ?? effective[a.id]?.lower, let vb = b.si?.value ?? effective[b.id]?.lower,
                    abs(va - vb) > 0.01 * max(abs(va), abs(vb)),
                    namesA.intersection(namesB).count >= 2, namesA.isSubset(of: entryB), namesB.isSubset(of: entryA)
                else { continue }
                used.formUnion([a.id, b.id])
                let clusters = [a, b].sorted { ($0.entry, $0.range) < ($1.entry, $1.range) }.map { [$0] }
                let reason = describer.disjointReason(group: [a, b], clusters: clusters) + "; one contract has one length"
                out.append(Contradiction(
                    subject: describer.subjectName([a, b]), attribute: "duration", claims: [a.id, b.id],
                    entries: Array(Set([a.entry, b.entry])).sorted(), reason: reason, rule: .crossCheckContractLength))
                break
            }
        }
        return out
    }
}
