import ClaimKitModel
import Foundation

extension RuleID {
    /// A count said to be the peak ("At the peak this morning, about 280,000 customers were
    /// in the dark") below another reading of the same count made no later ("More than
    /// 312,000 customers" at 7 a.m.), or two peaks of one count that cannot agree ("4.2
    /// million accounts at the height of the outage" against "the 2.4 million accounts that
    /// lost supply at the peak"): a peak is the largest reading, so no reading before it
    /// may be higher.
    public static let crossCheckPeakBelowReading: RuleID = "crosscheck.peak-below-reading"
}

extension ClaimComparer {
    /// The needles one of which a peak figure's sentence holds.
    static let peakNeedles = ClaimContext.Needles(["peak", "peaked", "height"])

    /// Words in a reading's sentence that make it a forecast, a limit or another event's
    /// figure, never a reading to set against a peak.
    static let notAReading: Set<String> = [
        "expected", "expects", "could", "may", "might", "would", "will", "forecast", "predicted", "projected", "up", "capacity",
        "limit", "maximum", "usual", "normal", "average", "yesterday", "last", "previous", "record",
    ]

    /// Words in a peak figure's sentence that make it another moment's or another event's
    /// peak ("at the peak of last year's storm", "the first peak").
    static let otherPeak: Set<String> = [
        "yesterday", "last", "previous", "earlier", "first", "second", "another", "expected", "could", "may", "might", "would", "will",
        "forecast", "predicted", "projected", "record",
    ]

    /// Whether a figure's nearby words say it is a peak: "at the peak", "at its peak", "at
    /// the height of" among the eight words before it or the eight after it, or "peaked
    /// at" just before it.
    static func isPeakFigure(before: [String], after: [String]) -> Bool {
        if before.count >= 2, before[before.count - 2] == "peaked", before[before.count - 1] == "at" { return true }
        func holdsPhrase(_ words: ArraySlice<String>) -> Bool {
            let w = Array(words)
            guard w.count >= 3 else { return false }
            for k in 0...(w.count - 3) where w[k] == "at" && ["the", "its", "their"].contains(w[k + 1]) {
                if w[k + 2] == "peak" { return true }
                if w[k + 2] == "height", k + 3 < w.count, w[k + 3] == "of" { return true }
            }
            return false
        }
        return holdsPhrase(before.suffix(8)) || holdsPhrase(after.prefix(8))
    }

    /// Whether a reading is surely above a peak: their intervals apart, or the reading's
    /// value (or lower bound) more than `FigureInterval.approximateShare` above the peak's
    /// value (or upper bound): "more than 312,000" is above "about 280,000", though the
    /// interval of an approximate figure and the slack of a bound make the two overlap;
    /// "312,400" is not above "about 300,000".
    static func isAbove(_ reading: Quantity, _ readingInterval: FigureInterval, peak: Quantity, _ peakInterval: FigureInterval) -> Bool {
        if readingInterval.lower > peakInterval.upper { return true }
        guard [.exact, .approximately, .moreThan, .atLeast].contains(reading.bound), [.exact, .approximately, .lessThan, .atMost].contains(peak.bound),
            let readingValue = reading.si?.value, let peakValue = peak.si?.value, peakValue > 0
        else { return false }
        return readingValue > peakValue * (1 + FigureInterval.approximateShare)
    }

    /// Counts said to be a peak (`isPeakFigure`) below a reading of the same subject key,
    /// attribute and scope in another entry that is no later than the peak or is itself a
    /// peak, the two intervals apart. One contradiction per key: the first peak (in claim
    /// order) against the highest such reading. Subjects a rule guessed, levels of a change,
    /// forecasts and limits are passed over.
    func peakBelowReadingContradictions(
        _ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber
    ) -> [Contradiction] {
        let facts = contexts.facts
        var peakKeys: [GroupKey] = []
        var isPeak = [Bool](repeating: false, count: claims.count)
        for index in claims.indices where facts[index].contains(.attributeCount) && !facts[index].contains(.guessedRule)
            && !facts[index].contains(.changingRule) && !claims[index].subjectKey.isEmpty
        {
            guard contexts.sentenceMayHold(index, Self.peakNeedles), let context = contexts[index], !context.inTitle,
                Self.isPeakFigure(before: context.before, after: context.after),
                !context.words.contains(where: { Self.otherPeak.contains($0) })
            else { continue }
            isPeak[index] = true
            let key = GroupKey(subject: claims[index].subjectKey, attribute: claims[index].attribute, scope: claims[index].scope?.lowercased() ?? "")
            if !peakKeys.contains(key) { peakKeys.append(key) }
        }
        guard !peakKeys.isEmpty else { return [] }
        var out: [Contradiction] = []
        for key in peakKeys {
            let members = claims.indices.filter {
                claims[$0].subjectKey == key.subject && claims[$0].attribute == key.attribute && (claims[$0].scope?.lowercased() ?? "") == key.scope
                    && !facts[$0].contains(.guessedRule) && !facts[$0].contains(.changingRule) && effective[claims[$0].id] != nil
            }
            var found: (peak: Int, reading: Int)?
            for p in members where isPeak[p] {
                let peakInterval = effective[claims[p].id]!
                for r in members where r != p && claims[r].entry != claims[p].entry {
                    let readingInterval = effective[claims[r].id]!
                    guard Self.isAbove(claims[r].quantity, readingInterval, peak: claims[p].quantity, peakInterval) else { continue }
                    if !isPeak[r] {
                        // A later reading may be a new peak; a forecast or a limit is no reading.
                        guard describer.timeOrder([claims[r], claims[p]]) == [0, 1], let context = contexts[r], !context.inTitle,
                            !context.words.contains(where: { Self.notAReading.contains($0) })
                        else { continue }
                    }
                    if let f = found, effective[claims[f.reading].id]!.lower >= readingInterval.lower { continue }
                    found = (p, r)
                }
                if found != nil { break }
            }
            guard let (p, r) = found else { continue }
            let peak = claims[p]
            let reading = claims[r]
            func part(_ c: Claim) -> String {
                FigureDescriber.figure(c.quantity) + " (\"" + c.text + "\") in entry \(c.entry)" + (describer.time(ofEntry: c.entry).map { " (\($0))" } ?? "")
            }
            out.append(Contradiction(
                subject: describer.subjectName([peak, reading]), attribute: key.attribute, claims: [peak.id, reading.id],
                entries: Array(Set([peak.entry, reading.entry])).sorted(),
                reason: "\(describer.subjectName([peak, reading])), \(key.attribute): " + part(peak) + " at the peak vs " + part(reading)
                    + (isPeak[r] ? " also at the peak" : " no later") + "; a peak cannot be below another reading",
                rule: .crossCheckPeakBelowReading))
        }
        return out
    }
}
