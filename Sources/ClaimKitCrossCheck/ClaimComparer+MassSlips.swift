import ClaimKitModel
import Foundation

extension RuleID {
    /// One object's weight given in two units that differ by a power of ten once converted:
    /// "the 420-gram stone" against "It weighs 4.2 kg". The same digits under two units,
    /// ten, a hundred or a thousand times apart, are one weight misconverted.
    public static let crossCheckMassSlip: RuleID = "crosscheck.mass-slip"
}

extension ClaimComparer {
    /// The factors between two weights that make a unit slip.
    static let massSlipFactors: [Double] = [10, 100, 1000]

    /// Whether `x` and `y` (kilograms) differ by exactly a `massSlipFactors` factor.
    static func isMassSlip(_ x: Double, _ y: Double) -> Bool {
        let (small, large) = x < y ? (x, y) : (y, x)
        guard small > 0 else { return false }
        return massSlipFactors.contains { abs(large / small - $0) < 1e-6 * $0 }
    }

    /// Pairs of weights (exact or approximate, in kilograms once converted, as written in
    /// two units) whose subject keys end in one head noun ("black stone", "stone"), in
    /// different sentences, differing by `massSlipFactors`. Quiet when the head has a third
    /// weight on the page (several objects of that kind), a figure is a level before or
    /// after a change, or a contradiction in `existing` already joins the pair.
    func massSlipContradictions(_ claims: [Claim], existing: [Contradiction], facts: [ClaimFacts], describer: FigureDescriber) -> [Contradiction] {
        // Cheap first: weights only; no string is built for any other claim.
        var weights: [Int] = []
        for i in claims.indices where !facts[i].contains(.changingRule) && !facts[i].contains(.unitCount) && claims[i].attribute == "weight"
            && claims[i].quantity.si?.unit == "kg"
            && (claims[i].quantity.bound == .exact || claims[i].quantity.bound == .approximately) && !claims[i].subjectKey.isEmpty
        {
            weights.append(i)
        }
        guard weights.count >= 2 else { return [] }
        var byHead: [Substring: [Int]] = [:]
        for i in weights {
            guard let head = claims[i].subjectKey.split(separator: " ").last else { continue }
            byHead[head, default: []].append(i)
        }
        var out: [Contradiction] = []
        for head in byHead.keys.sorted() {
            let indexes = byHead[head]!
            let values = Set(indexes.compactMap { claims[$0].quantity.si?.value })
            guard values.count == 2 else { continue }
            let sorted = values.sorted()
            guard Self.isMassSlip(sorted[0], sorted[1]) else { continue }
            let clusters = sorted.map { v in indexes.map { claims[$0] }.filter { $0.quantity.si?.value == v } }
            guard let a = clusters[0].first(where: { x in clusters[1].contains { describer.inDifferentSentences(x, $0) && x.quantity.unit != $0.quantity.unit } }),
                let b = clusters[1].first(where: { describer.inDifferentSentences(a, $0) && a.quantity.unit != $0.quantity.unit }),
                !existing.contains(where: { $0.claims.contains(a.id) && $0.claims.contains(b.id) })
            else { continue }
            let subject = String(head)
            out.append(Contradiction(
                subject: subject, attribute: "weight", claims: [a.id, b.id], entries: Array(Set([a.entry, b.entry])).sorted(),
                reason: "\(subject), weight: \(FigureDescriber.figure(a.quantity)) in \(describer.entryList([a.entry])) vs "
                    + "\(FigureDescriber.figure(b.quantity)) in \(describer.entryList([b.entry])); one weight in two units a power of ten apart, one of them a slip",
                rule: .crossCheckMassSlip))
        }
        return out
    }
}
