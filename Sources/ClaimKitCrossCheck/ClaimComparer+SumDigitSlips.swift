import ClaimKitModel
import Foundation

extension RuleID {
    /// One sum of money given twice with its digits in another order: "would cut the farm
    /// budget by €38 billion" against "the €83 billion cut". The two mentions share a head
    /// (the sum's noun, or the noun of the verb that moves "by" it), and one of them names
    /// the sum as a known one ("the €83 billion cut").
    public static let crossCheckSumDigitSlip: RuleID = "crosscheck.sum-digit-slip"
}

extension ClaimComparer {
    /// Verbs of a change "by" a sum, and the noun the sum then measures: "cut the budget by
    /// €38bn" is a cut of €38bn.
    static let sumByVerbHeads: [String: String] = [
        "cut": "cut", "cuts": "cut", "cutting": "cut", "slash": "cut", "slashed": "cut", "slashes": "cut", "slashing": "cut",
        "boost": "boost", "boosted": "boost", "boosts": "boost", "boosting": "boost",
        "reduce": "reduction", "reduced": "reduction", "reduces": "reduction", "reducing": "reduction",
    ]

    /// The heads a sum's claim may name: the last word of its subject key, and the noun of a
    /// `sumByVerbHeads` verb among the six words before "by" right before the figure.
    static func sumHeads(_ claim: Claim, before: [String]) -> [String] {
        var heads: [String] = []
        if let last = claim.subjectKey.split(separator: " ").last { heads.append(String(last)) }
        if before.last == "by" {
            for word in before.dropLast().suffix(6).reversed() {
                if let head = sumByVerbHeads[word] {
                    heads.append(head)
                    break
                }
            }
        }
        return heads
    }

    /// Whether a sum is named as a known one: "the" right before the figure and `head`
    /// right after it ("the €83 billion cut").
    static func namesKnownSum(before: [String], after: [String], head: String) -> Bool {
        before.last == "the" && after.first == head
    }

    /// Pairs of sums of money in one currency, exact or approximate, in different sentences,
    /// whose values are the same digits in another order (`isDigitSwap`), sharing a head
    /// (`sumHeads`) under which the page gives no third value, one of them named as a known
    /// sum (`namesKnownSum`). Quiet for levels before or after a change, and for pairs a
    /// contradiction in `existing` already joins.
    func sumDigitSlipContradictions(
        _ claims: [Claim], existing: [Contradiction], contexts: ClaimContexts, describer: FigureDescriber
    ) -> [Contradiction] {
        // Cheap first: sums of money whose value, a whole number, has a digit swap among
        // the page's other sums. No words are read for any other claim.
        let facts = contexts.facts
        var sums: [Int] = []
        for i in claims.indices where !facts[i].contains(.changingRule) && !facts[i].contains(.unitCount) && !facts[i].contains(.unitPercent)
            && claims[i].quantity.unit.utf8.count == 3 && Self.isCurrency(claims[i].quantity.unit)
        {
            let value = claims[i].quantity.value
            let bound = claims[i].quantity.bound
            if (bound == .exact || bound == .approximately) && value >= 10 && value == value.rounded() && value < 1e12 { sums.append(i) }
        }
        guard sums.count >= 2 else { return [] }
        var pairs: [(Int, Int)] = []
        for a in sums.indices {
            for b in sums.indices where b > a {
                let (x, y) = (claims[sums[a]], claims[sums[b]])
                if x.quantity.unit == y.quantity.unit, Self.isDigitSwap(x.quantity.value, y.quantity.value) {
                    pairs.append((sums[a], sums[b]))
                }
            }
        }
        guard !pairs.isEmpty else { return [] }
        // Heads of every sum, read only now.
        var heads: [Int: [String]] = [:]
        func headsOf(_ i: Int) -> [String] {
            if let h = heads[i] { return h }
            let h = contexts[i].map { Self.sumHeads(claims[i], before: $0.before) } ?? []
            heads[i] = h
            return h
        }
        var out: [Contradiction] = []
        for (i, j) in pairs {
            let (a, b) = (claims[i], claims[j])
            guard let head = headsOf(i).first(where: { headsOf(j).contains($0) }), describer.inDifferentSentences(a, b),
                let ca = contexts[i], let cb = contexts[j],
                Self.namesKnownSum(before: ca.before, after: ca.after, head: head) || Self.namesKnownSum(before: cb.before, after: cb.after, head: head),
                !existing.contains(where: { $0.claims.contains(a.id) && $0.claims.contains(b.id) })
            else { continue }
            // No third value under the head in this currency.
            let values = Set(sums.filter { claims[$0].quantity.unit == a.quantity.unit && headsOf($0).contains(head) }.map { claims[$0].quantity.value })
            guard values.count == 2 else { continue }
            let (first, second) = a.entry >= b.entry ? (a, b) : (b, a)
            out.append(Contradiction(
                subject: head, attribute: "cost", claims: [first.id, second.id], entries: Array(Set([a.entry, b.entry])).sorted(),
                reason: "\(head), cost: \(FigureDescriber.figure(first.quantity)) in \(describer.entryList([first.entry])) vs "
                    + "\(FigureDescriber.figure(second.quantity)) in \(describer.entryList([second.entry])); the same digits in another order, one of them a slip",
                rule: .crossCheckSumDigitSlip))
        }
        return out
    }
}
