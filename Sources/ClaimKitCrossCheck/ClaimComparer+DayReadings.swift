import ClaimKitModel
import Foundation

extension RuleID {
    /// Two readings of one named place's temperature on one named day, in different
    /// entries, that cannot both hold: "Jacobabad's 50.9C on Monday" against "Jacobabad
    /// hit 51.8C on Monday". A day's recorded high is measured once.
    public static let crossCheckDayReading: RuleID = "crosscheck.day-reading"
}

extension ClaimComparer {
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The weekdays and month names (`ClaimContexts.sentenceMayHold`).
    static let dayReadingNeedles = ClaimContext.Needles(weekdays.sorted() + monthNames.sorted())

    /// Words that make a temperature another reading than the day's recorded high: a
    /// forecast, a felt or a night-time value, a low, a comparison with normal.
    static let otherReadingWords: Set<String> = [
        "forecast", "forecasts", "forecasters", "expected", "expect", "expects", "could", "may", "might", "will", "would",
        "likely", "predicted", "predicts", "possible", "feel", "feels", "felt", "like", "index", "humidity", "low", "lows",
        "minimum", "overnight", "night", "night-time", "morning", "evening", "dawn", "noon", "midday", "average",
        "normal", "above", "below", "record", "records", "since", "until", "between", "from", "last", "next", "water",
        "sea", "ground", "surface", "body", "if", "unless", "before", "after", "by",
    ]

    /// The named day of a reading's sentence: "on Monday", "on 3 June"; nil when the
    /// sentence names none, or a time of day ("at 2pm", "by 14:00").
    static func namedDay(_ context: ClaimContext) -> String? {
        let words = context.words
        if words.contains(where: { $0.hasSuffix("am") || $0.hasSuffix("pm") ? $0.dropLast(2).allSatisfy(\.isNumber) && $0.count > 2 : $0.contains(":") }) {
            return nil
        }
        var days = Set<String>()
        for (k, w) in words.enumerated() where k > 0 && words[k - 1] == "on" {
            if weekdays.contains(w) { days.insert(w) }
            if k + 1 < words.count, w.allSatisfy(\.isNumber), monthNames.contains(words[k + 1]) { days.insert(w + " " + words[k + 1]) }
        }
        return days.count == 1 ? days.first : nil
    }

    /// Readings of one place's temperature on one named day that disagree, in different
    /// entries: named subjects only (a rule tied the figure to the place, or the place's
    /// own name stands before it: "Jacobabad's 50.9C"), exact figures, no word of a
    /// forecast, a felt value, a low or a comparison (`otherReadingWords`).
    func dayReadingContradictions(
        _ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber
    ) -> [Contradiction] {
        struct Key: Hashable, Comparable {
            var subject: String
            var day: String
            static func < (a: Key, b: Key) -> Bool { (a.subject, a.day) < (b.subject, b.day) }
        }
        var groups: [Key: [Claim]] = [:]
        // Only the claims that pass are copied out.
        let facts = contexts.facts
        for index in claims.indices where facts[index].isSuperset(of: [.attributeTemperature, .exact]) && !facts[index].contains(.changingRule)
            && claims[index].quantity.upper == nil && !claims[index].subjectKey.isEmpty && Self.isNamed(claims[index])
        {
            // `namedDay` reads a weekday or a month: a sentence without their letters names none.
            guard contexts.sentenceMayHold(index, Self.dayReadingNeedles), let context = contexts[index],
                !context.words.contains(where: { Self.otherReadingWords.contains($0) }), let day = Self.namedDay(context)
            else { continue }
            groups[Key(subject: claims[index].subjectKey, day: day), default: []].append(claims[index])
        }
        var out: [Contradiction] = []
        for key in groups.keys.sorted() {
            let group = groups[key]!
            // A rule tied one figure at least to the place: a guessed subject only joins it.
            guard group.contains(where: { !Self.guessedSubjectRules.contains($0.rule.rawValue) }), Set(group.map(\.entry)).count >= 2
            else { continue }
            let members = group.compactMap { c in effective[c.id].map { (c, $0) } }
            let clusters = Self.clusters(members).map { $0.map(\.0) }
            guard clusters.count >= 2 else { continue }
            // Each reading in an entry of its own (not a list of readings in one entry).
            let entrySets = clusters.map { Set($0.map(\.entry)) }
            guard entrySets.indices.allSatisfy({ i in
                !entrySets[i].isSubset(of: Set(entrySets.indices.filter { $0 != i }.flatMap { entrySets[$0] }))
            })
            else { continue }
            // Degrees apart, not a share: a share of a temperature depends on its scale.
            var reason = describer.disjointReason(group: group, clusters: clusters)
            if let cut = reason.range(of: "; the larger is") { reason = String(reason[..<cut.lowerBound]) }
            let unit = group[0].quantity.unit
            let values = clusters.map { describer.statement(of: $0[0], in: unit).value }
            if let lo = values.min(), let hi = values.max() { reason += "; \(FigureDescriber.format(hi - lo)) \(unit) apart" }
            reason += "; one day's reading at one place is measured once"
            out.append(Contradiction(
                subject: describer.subjectName(group), attribute: "temperature", claims: clusters.flatMap { $0.map(\.id) },
                entries: Array(Set(group.map(\.entry))).sorted(), reason: reason, rule: .crossCheckDayReading))
        }
        return out
    }
}
