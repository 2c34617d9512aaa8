import ClaimKitModel
import Foundation

extension RuleID {
    /// One container's fill level stated two ways that cannot agree, often once as a
    /// percentage and once as a fraction in words: "The tanks are at 41% of capacity"
    /// against "The tanks are less than a third full" (a third is 33%). The sentences name
    /// the container the same way first ("The tanks ..."); the rest of each may differ.
    public static let crossCheckFillLevel: RuleID = "crosscheck.fill-level"
}

extension ClaimComparer {
    /// Words among the last four before a fill level that make it another moment's level
    /// or a forecast: "were at 61% of capacity", "is expected to be half full", "up from".
    static let notPresentFill: Set<String> = [
        "was", "were", "had", "been", "last", "average", "normal", "usually", "typically", "compared", "from", "to", "will", "would",
        "could", "may", "might", "expected", "forecast", "than", "should", "before", "ago",
    ]

    /// The needles one of which a fill level's sentence holds.
    static let fillNeedles = ClaimContext.Needles(["full", "capacity"])

    /// The container of a present fill level: the noun after "the" that opens its sentence
    /// ("The tanks are at 41% of capacity", "The tanks are less than a third full"), when
    /// the figure is a percentage followed by "of capacity" or "full" (and by no word of
    /// a later moment: "full by March"). Nil for any other figure.
    static func fillContainer(before: [String], after: [String]) -> String? {
        guard before.count >= 3, before[0] == "the", !before.suffix(4).contains(where: { notPresentFill.contains($0) }) else { return nil }
        let rest: ArraySlice<String>
        if after.first == "full" {
            rest = after.dropFirst()
        } else if after.count >= 2, after[0] == "of", after[1] == "capacity" {
            rest = after.dropFirst(2)
        } else {
            return nil
        }
        if let next = rest.first, ["by", "in", "within", "next", "again", "before", "until", "when"].contains(next) { return nil }
        return before[1]
    }

    /// Fill levels of one container (`fillContainer`) in different sentences that fall in
    /// exactly two clusters that cannot agree. Quiet with a third level (several moments
    /// or containers), a range, or a scope on either figure.
    func fillLevelContradictions(
        _ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber
    ) -> [Contradiction] {
        var byContainer: [String: [(Claim, FigureInterval)]] = [:]
        let facts = contexts.facts
        for index in claims.indices where facts[index].contains(.unitPercent) && claims[index].quantity.bound != .range && claims[index].scope == nil {
            guard contexts.sentenceMayHold(index, Self.fillNeedles), let context = contexts[index], !context.inTitle,
                let container = Self.fillContainer(before: context.before, after: context.after), let interval = effective[claims[index].id]
            else { continue }
            byContainer[container, default: []].append((claims[index], interval))
        }
        var out: [Contradiction] = []
        for container in byContainer.keys.sorted() {
            let members = byContainer[container]!
            guard members.count >= 2 else { continue }
            let clusters = Self.clusters(members).map { $0.map(\.0) }
            guard clusters.count == 2, Self.disagreeAcrossSentences(clusters, describer: describer) else { continue }
            let ordered = clusters.map { $0.sorted { ($0.entry, $0.range) < ($1.entry, $1.range) } }
                .sorted { ($0[0].entry, $0[0].range) < ($1[0].entry, $1[0].range) }
            let parts = ordered.map { c in FigureDescriber.figure(c[0].quantity) + " (\"" + c[0].text + "\") in " + describer.entryList(c.map(\.entry)) }
            let all = ordered.flatMap { $0 }
            out.append(Contradiction(
                subject: container, attribute: "share", claims: all.map(\.id), entries: Array(Set(all.map(\.entry))).sorted(),
                reason: "\(container), fill level: " + parts.joined(separator: " vs ") + "; one fill level at one time",
                rule: .crossCheckFillLevel))
        }
        return out
    }
}
