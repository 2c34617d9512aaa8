import ClaimKitModel
import Foundation

extension RuleID {
    /// One thing's fixed measure given twice in one unit with the same digits swapped or
    /// its decimal point moved: "The 86-metre barque" against "a 68-metre steel barque", "a
    /// 35-tonne weight limit" against "a 3.5-tonne weight limit". Two things of one kind
    /// rarely share their digits in another order, so a slip of the pen joins the two
    /// mentions even when one is indefinite ("a 68-metre barque").
    public static let crossCheckDigitSlip: RuleID = "crosscheck.digit-slip"
}

extension ClaimComparer {
    /// Pairs of claims on one subject key, fixed attribute (`fixedAttributes`) and scope,
    /// in one unit, whose two values are a digit slip of each other (`isDigitSlip`) and
    /// cannot overlap, in different sentences. Quiet when the key has any third value
    /// (several things of that kind), a figure is a bound or an estimate, a figure is a
    /// level before or after a change, or a contradiction in `existing` already joins them.
    /// Subjects a rule only guessed count when they are a name (`isNamed`).
    /// `twins` (`keyTwins` of `claims`): a claim that shares its subject key and attribute
    /// with no other is alone in its group, which is passed over; it is never hashed.
    func digitSlipContradictions(
        _ claims: [Claim], twins: [Bool], existing: [Contradiction], effective: IntervalsByID, contexts: ClaimContexts,
        describer: FigureDescriber
    ) -> [Contradiction] {
        var groups: [GroupKey: [Int]] = [:]
        let facts = contexts.facts
        for i in claims.indices where twins[i] && (facts[i].isSuperset(of: [.fixedAttribute, .exact]) || Self.mayBeCountSlip(claims[i], facts[i]))
            && !facts[i].contains(.changingRule)
            && !claims[i].subjectKey.isEmpty && (!facts[i].contains(.guessedRule) || Self.isNamed(claims[i]))
        {
            let key = GroupKey(subject: claims[i].subjectKey, attribute: claims[i].attribute, scope: claims[i].scope?.lowercased() ?? "")
            groups[key, default: []].append(i)
        }
        var out: [Contradiction] = []
        for key in groups.keys.sorted(by: { ($0.subject, $0.attribute, $0.scope) < ($1.subject, $1.attribute, $1.scope) }) {
            let indexes = groups[key]!
            guard indexes.count >= 2 else { continue }
            let group = indexes.map { claims[$0] }
            let values = Set(group.map(\.quantity.value))
            guard values.count == 2, Set(group.map(\.quantity.unit)).count == 1,
                !indexes.contains(where: { isLevelReached($0, contexts: contexts) })
            else { continue }
            let sorted = values.sorted()
            // A count (`mayBeCountSlip`): only its digits swapped, never its point moved (a
            // running count may grow tenfold).
            let isCount = facts[indexes[0]].contains(.attributeCount)
            guard isCount ? Self.isDigitSwap(sorted[0], sorted[1]) : Self.isDigitSlip(sorted[0], sorted[1]) else { continue }
            // A count that runs ("now", "so far", "has risen to") is a series, whatever its digits.
            if isCount, indexes.contains(where: { i in contexts[i].map { Self.runsOn($0.words) } ?? true }) { continue }
            let clusters = sorted.map { v in group.filter { $0.quantity.value == v } }
            guard let a = clusters[0].first, let b = clusters[1].first, let ia = effective[a.id], let ib = effective[b.id],
                ia.intersection(ib) == nil,
                clusters[0].contains(where: { x in clusters[1].contains { describer.inDifferentSentences(x, $0) } }),
                !existing.contains(where: { x in clusters[0].contains { x.claims.contains($0.id) } && clusters[1].contains { x.claims.contains($0.id) } })
            else { continue }
            let subject = describer.subjectName(group)
            let parts = clusters.map { c in FigureDescriber.format(c[0].quantity.value) + " " + c[0].quantity.unit + " in " + describer.entryList(c.map(\.entry)) }
            out.append(Contradiction(
                subject: subject, attribute: key.attribute, claims: clusters.flatMap { $0.map(\.id) },
                entries: Array(Set(group.map(\.entry))).sorted(),
                reason: "\(subject), \(key.attribute): " + parts.joined(separator: " vs ") + "; the same digits in another order or scale, one of them a slip",
                rule: .crossCheckDigitSlip))
        }
        return out
    }

    /// Whether a claim is a count a digit slip may join across two sentences: an exact count
    /// of things (attribute and unit "count") of four digits or more, a whole number. Two
    /// counts of one noun on one page with the same four digits in another order are one
    /// count miswritten far more often than two counts (a running total's next figure is
    /// rarely its own digits shuffled).
    static func mayBeCountSlip(_ claim: Claim, _ facts: ClaimFacts) -> Bool {
        facts.isSuperset(of: [.attributeCount, .unitCount, .exact]) && claim.quantity.value >= 1000 && claim.quantity.value < 1e7
            && claim.quantity.value == claim.quantity.value.rounded()
    }

    /// Words of a sentence that make its count a running one.
    static let runningCountWords: Set<String> = [
        "now", "far", "since", "risen", "rose", "rises", "climbed", "increased", "total", "toll", "reached", "latest", "updated", "revised",
    ]

    /// Whether a sentence's words hold a `runningCountWords` word.
    static func runsOn(_ words: [String]) -> Bool { words.contains(where: { runningCountWords.contains($0) }) }

    /// Whether two different whole numbers have the same digits in another order, two
    /// distinct digits at least ("1,036" and "1,360").
    static func isDigitSwap(_ x: Double, _ y: Double) -> Bool {
        guard x > 0, y > 0, x != y, x == x.rounded(), y == y.rounded(), x < 1e12, y < 1e12 else { return false }
        let dx = Array(String(Int(x)).utf8)
        let dy = Array(String(Int(y)).utf8)
        return dx.count == dy.count && Set(dx).count >= 2 && dx.sorted() == dy.sorted()
    }

    /// Whether two different positive numbers are a slip of each other: the same digits in
    /// another order ("86" and "68", "2,153" and "2,135"; two distinct digits at least), or
    /// the same significant digits, two or more, with the decimal point moved ("35" and
    /// "3.5"). Numbers are read to four decimal places.
    static func isDigitSlip(_ x: Double, _ y: Double) -> Bool {
        guard x > 0, y > 0, x != y, x < 1e12, y < 1e12 else { return false }
        func digits(_ v: Double) -> (all: [UInt8], significant: [UInt8])? {
            let scaled = (v * 10_000).rounded()
            guard abs(scaled - v * 10_000) < 1e-6 * max(1, v * 10_000) else { return nil }
            var n = Int(scaled)
            var out: [UInt8] = []
            while n > 0 {
                out.append(UInt8(n % 10))
                n /= 10
            }
            out.reverse()
            // As written: the integer part's digits and the fraction's up to its last non-zero.
            var written = out
            var fraction = 4
            while fraction > 0, written.last == 0 {
                written.removeLast()
                fraction -= 1
            }
            var significant = written
            while significant.last == 0 { significant.removeLast() }
            while significant.first == 0 { significant.removeFirst() }
            return (written, significant)
        }
        guard let dx = digits(x), let dy = digits(y) else { return false }
        // The decimal point moved: the same significant digits, the values a power of ten apart.
        if dx.significant == dy.significant, dx.significant.count >= 2 {
            let ratio = max(x, y) / min(x, y)
            let power = log10(ratio)
            if abs(power - power.rounded()) < 1e-9 { return true }
        }
        // Digits swapped: the same digits as written, at least two distinct ones.
        return dx.all.count == dy.all.count && Set(dx.all).count >= 2 && dx.all.sorted() == dy.all.sorted()
    }
}
