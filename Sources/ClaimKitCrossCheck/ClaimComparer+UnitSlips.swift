import ClaimKitModel
import Foundation

extension RuleID {
    /// One thing's area given with the same number in two units: "a 23,000-hectare park"
    /// against "the 23,000-acre park". The same figure under two units is a unit slip, not
    /// two things, even when one mention is indefinite or its subject a clause's subject.
    public static let crossCheckUnitSlip: RuleID = "crosscheck.unit-slip"
}

extension ClaimComparer {
    /// Attributes whose unit slips are compared: areas ("hectares" against "acres").
    static let unitSlipAttributes: Set<String> = ["area"]

    /// Whether `attribute` is one of `unitSlipAttributes`, compared member by member (a set
    /// of one or two): no attribute is hashed per claim.
    static func isUnitSlipAttribute(_ attribute: String) -> Bool {
        unitSlipAttributes.contains(where: { $0 == attribute })
    }

    /// Pairs of claims on one subject key and attribute (`unitSlipAttributes`) with the same
    /// number as written but two units that give values that cannot overlap, in different
    /// sentences. Quiet when either figure carries its own conversion, when the subject has
    /// more than two numbers (several things of that kind), or when a contradiction in
    /// `existing` already joins the pair.
    /// `facts`: the claims' `ClaimFacts`, by index.
    func unitSlipContradictions(
        _ claims: [Claim], facts: [ClaimFacts], existing: [Contradiction], effective: IntervalsByID, describer: FigureDescriber
    ) -> [Contradiction] {
        // Most pages have no figure of a compared attribute.
        guard facts.contains(where: { $0.contains(.unitSlipAttribute) }) else { return [] }
        var bySubject: [String: [Claim]] = [:]
        // Only the claims that pass are copied out.
        for index in claims.indices where facts[index].contains(.unitSlipAttribute) && !claims[index].subjectKey.isEmpty && claims[index].alternatives.isEmpty {
            let claim = claims[index]
            bySubject[claim.subjectKey + "\u{1F}" + claim.attribute, default: []].append(claim)
        }
        // The same uncommon number ("23,000", not "10,000") in two area units on one page,
        // whatever subject the claim stage found for each ("23,000 hectares of forest" in the
        // park, "the 23,000-acre park"): two areas rarely share a number of two significant
        // digits or more.
        var byValue: [Double: [Claim]] = [:]
        // Only the claims that pass are copied out.
        for index in claims.indices where facts[index].contains(.unitSlipAttribute) && claims[index].alternatives.isEmpty
            && claims[index].quantity.bound == .exact && Self.hasTwoSignificantDigits(claims[index].quantity.value)
        {
            let claim = claims[index]
            byValue[claim.quantity.value, default: []].append(claim)
        }
        for value in byValue.keys.sorted() {
            let all = byValue[value]!
            guard Set(all.map(\.subjectKey)).count > 1 else { continue }
            bySubject["value \(value)\u{1F}area", default: []] = all
        }
        var out: [Contradiction] = []
        for key in bySubject.keys.sorted() {
            let all = bySubject[key]!
            guard Set(all.map(\.quantity.value)).count == 1, Set(all.map(\.quantity.unit)).count == 2 else { continue }
            let units = Array(Set(all.map(\.quantity.unit))).sorted()
            let clusters = units.map { u in all.filter { $0.quantity.unit == u } }
            guard let a = clusters[0].first, let b = clusters[1].first, let ia = effective[a.id], let ib = effective[b.id],
                ia.intersection(ib) == nil, describer.inDifferentSentences(a, b),
                !existing.contains(where: { $0.claims.contains(a.id) && $0.claims.contains(b.id) })
            else { continue }
            let ordered = clusters.sorted { ($0[0].si?.value ?? 0) < ($1[0].si?.value ?? 0) }
            let parts = ordered.map { c in FigureDescriber.format(c[0].quantity.value) + " " + c[0].quantity.unit + " in " + describer.entryList(c.map(\.entry)) }
            let subject = describer.subjectName(all)
            out.append(Contradiction(
                subject: subject, attribute: a.attribute, claims: ordered.flatMap { $0.map(\.id) }, entries: Array(Set(all.map(\.entry))).sorted(),
                reason: "\(subject), \(a.attribute): " + parts.joined(separator: " vs ") + "; the same number in two units, one of them a slip",
                rule: .crossCheckUnitSlip))
        }
        return out
    }

    /// Whether a figure has two significant digits or more: 23,000 and 1,250, not 10,000
    /// or 500 (round numbers two areas share by chance).
    static func hasTwoSignificantDigits(_ value: Double) -> Bool {
        guard value >= 100, value < 1e12, value == value.rounded() else { return false }
        var n = Int(value)
        while n % 10 == 0 { n /= 10 }
        return n >= 10
    }
}
