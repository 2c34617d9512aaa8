import ClaimKitModel
import Foundation

extension RuleID {
    /// A stated admission rate against the counts it is computed from: "The academy admits
    /// only 12% of applicants" against "it had 9,800 applicants for 240 places" (240 of
    /// 9,800 is 2.4%). The rate's noun ("applicants") is the counted noun of the pair.
    public static let crossCheckStatedRate: RuleID = "crosscheck.stated-rate"
}

extension ClaimComparer {
    /// Verbs right before a percentage (past "just", "only", "about") that make it the share
    /// of a group admitted: "admits just 9% of applicants".
    static let admittingVerbs: Set<String> = ["admits", "admitted", "accepts", "accepted", "selects", "selected", "takes", "offers", "enrols", "enrolls"]
    /// Words between the verb and the percentage.
    static let rateFillers: Set<String> = ["just", "only", "about", "around", "roughly", "barely", "some", "fewer", "less", "than", "under", "over", "more", "nearly", "almost"]
    /// The nouns of what a group of applicants compete for: "14,200 applicants for 310 places".
    static let placeNouns: Set<String> = ["places", "seats", "spots", "positions", "posts", "jobs", "vacancies", "openings", "slots", "spaces", "licences", "licenses", "permits"]

    /// The needles one of which an admission rate's sentence holds.
    static let admittingNeedles = ClaimContext.Needles(["admit", "accept", "select", "takes", "offers", "enrol"])

    /// Stated admission rates (`admittingVerbs` before a percentage of a plural noun) against
    /// the pairs "N <noun> for M <places>" (`placeNouns`) anywhere in its entry, whose rate is
    /// M / N. A contradiction when every such pair's rate lies outside the stated rate's
    /// interval widened by a tenth; quiet when some pair agrees (another year's counts).
    func statedRateContradictions(_ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber) -> [Contradiction] {
        var rates: [Int] = []
        var counts: [Int] = []
        let facts = contexts.facts
        // Read in place (no quantity copied out).
        for index in claims.indices {
            if facts[index].contains(.unitPercent), claims[index].quantity.bound != .range, !claims[index].subjectKey.isEmpty,
                contexts.sentenceMayHold(index, Self.admittingNeedles)
            {
                rates.append(index)
            } else if facts[index].isSuperset(of: [.unitCount, .exact]), claims[index].quantity.value > 0, !claims[index].subjectKey.isEmpty {
                counts.append(index)
            }
        }
        guard !rates.isEmpty, counts.count >= 2 else { return [] }
        var out: [Contradiction] = []
        for r in rates {
            guard let context = contexts[r], context.after.first == "of", effective[claims[r].id] != nil else { continue }
            var before = context.before[...]
            while let last = before.last, Self.rateFillers.contains(last) { before = before.dropLast() }
            guard let verb = before.last, Self.admittingVerbs.contains(verb), let interval = effective[claims[r].id] else { continue }
            let noun = claims[r].subjectKey
            // The pairs "N <noun> for M <places>": N's claim, then M's value.
            var pairs: [(Claim, Claim, Double)] = []
            for a in counts where claims[a].subjectKey == noun && claims[a].entry == claims[r].entry {
                guard let ca = contexts[a], ca.after.count >= 4, ca.after[1] == "for", Self.placeNouns.contains(ca.after[3]),
                    let m = Double(ca.after[2].replacingOccurrences(of: ",", with: "")), m > 0, m < claims[a].quantity.value,
                    let b = counts.first(where: { claims[$0].entry == claims[a].entry && claims[$0].quantity.value == m && claims[$0].range.utf8Start > claims[a].range.utf8Start })
                else { continue }
                pairs.append((claims[a], claims[b], 100 * m / claims[a].quantity.value))
            }
            guard !pairs.isEmpty else { continue }
            let slack = 0.1
            let low = interval.lower - abs(interval.lower) * slack
            let high = interval.upper + abs(interval.upper) * slack
            guard pairs.allSatisfy({ $0.2 < low || $0.2 > high }) else { continue }
            let (a, b, computed) = pairs[0]
            let rate = claims[r]
            out.append(Contradiction(
                subject: noun, attribute: "share", claims: [rate.id, a.id, b.id], entries: Array(Set([rate.entry, a.entry, b.entry])).sorted(),
                reason: "\(noun), share: \(FigureDescriber.figure(rate.quantity)) in \(describer.entryList([rate.entry])) vs \(FigureDescriber.format(b.quantity.value)) of \(FigureDescriber.format(a.quantity.value)) (\(FigureDescriber.format(computed))%) in \(describer.entryList([a.entry])); a stated rate against the counts it is computed from",
                rule: .crossCheckStatedRate))
        }
        return out
    }
}
