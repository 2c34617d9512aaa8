import ClaimKitModel
import Foundation

extension RuleID {
    /// A percentage put after "or" as a restatement of the counts just before it in its
    /// sentence, which the counts belie: "Of the 120 sites surveyed, 74 showed severe
    /// bleaching, or 68 per cent" (74 of 120 is 62%), "74 of the 120 sites showed severe
    /// bleaching, or 68 per cent".
    public static let crossCheckRestatedShare: RuleID = "crosscheck.restated-share"
}

extension ClaimComparer {
    /// Words that may stand between "or" and a restated percentage.
    static let restatedShareHedges: Set<String> = ["about", "around", "roughly", "nearly", "almost", "some", "just", "approximately"]

    /// Words that end the noun of a restated share's whole ("sites surveyed | between ...").
    static let restatedShareNounStoppers: Set<String> = [
        "between", "in", "on", "at", "across", "from", "during", "since", "over", "by", "with", "that", "which", "who", "they", "we",
    ]

    /// Words after a number that make it a share or a measure, not a count of the whole.
    static let restatedSharePartStoppers: Set<String> = ["per", "percent", "cent", "pc", "%", "or", "and", "to"]

    /// The whole `T` and part `K` a percentage restates when the words before it end
    /// "..., or (about)": "Of (the) T <words> K <words>, or" at the sentence's start, or
    /// "K of (the) T <words>, or" with no other number after the whole. Nil unless 0 < K < T
    /// and words stand between the part and "or".
    static func countsRestatedByShare(before: [String]) -> (whole: Double, part: Double, noun: String)? {
        var o = before.count - 1
        if o >= 0, restatedShareHedges.contains(before[o]) { o -= 1 }
        guard o >= 3, before[o] == "or" else { return nil }
        // The whole: "of (the|these|those) T", the first "of" before "or" followed by a number.
        var f = 0
        var w = -1
        while f + 1 < o {
            if before[f] == "of" {
                let k = ["the", "these", "those"].contains(before[f + 1]) ? f + 2 : f + 1
                if k < o, wholeNumber(before[k]) != nil { w = k; break }
            }
            f += 1
        }
        guard w >= 0, let whole = wholeNumber(before[w]) else { return nil }
        // The numbers between the whole and "or".
        let between = (w + 1)..<o
        let numbers = between.filter { wholeNumber(before[$0]) != nil }
        func noun(upTo end: Int) -> String {
            var stop = w + 1
            while stop < min(end, w + 4), !restatedShareNounStoppers.contains(before[stop]) { stop += 1 }
            return before[(w + 1)..<stop].joined(separator: " ")
        }
        if f >= 1, let part = wholeNumber(before[f - 1]) {
            // "K of the T <words>, or P%": no other number may follow the whole.
            guard numbers.isEmpty, o - w >= 2, part > 0, part < whole else { return nil }
            return (whole, part, noun(upTo: o))
        }
        // "Of the T <words>, K <words>, or P%": the sentence opens on "of"; the part is the
        // last number before "or", a count (not a share or a range), with words after it.
        guard f == 0, let p = numbers.last, p >= w + 2, o - p >= 2,
            !restatedSharePartStoppers.contains(before[p + 1]), let part = wholeNumber(before[p]), part > 0, part < whole
        else { return nil }
        return (whole, part, noun(upTo: p))
    }

    /// Percentages (exact or approximate) written "..., or P%" after counts of a part and a
    /// whole in their sentence (`countsRestatedByShare`): a contradiction when the counts'
    /// share misses the percentage by more than two points and a twentieth of it (a
    /// restatement is rounded, not estimated).
    func restatedShareContradictions(_ claims: [Claim], contexts: ClaimContexts, describer: FigureDescriber) -> [Contradiction] {
        var out: [Contradiction] = []
        let facts = contexts.facts
        for i in claims.indices where facts[i].contains(.unitPercent)
            && (claims[i].quantity.bound == .exact || claims[i].quantity.bound == .approximately)
        {
            // Cheap: " or " among the 16 bytes before the figure.
            let mayHold = contexts.withEntryBytes(i) { bytes, range -> Bool in
                var k = max(0, range.utf8Start - 16)
                while k + 3 < range.utf8Start + 1, k + 3 < bytes.count {
                    if bytes[k] == 0x20 || bytes[k] == 0x2C, bytes[k + 1] == 0x6F, bytes[k + 2] == 0x72, bytes[k + 3] == 0x20 { return true }
                    k += 1
                }
                return false
            } ?? false
            guard mayHold, let context = contexts[i], let (whole, part, noun) = Self.countsRestatedByShare(before: context.before) else { continue }
            let stated = claims[i].quantity.value
            if let contradiction = Self.shareAgainstCounts(
                claims[i], whole: whole, part: part, noun: noun, tolerance: max(2, stated / 20), describer: describer,
                why: "a share restating the counts before it", rule: .crossCheckRestatedShare)
            {
                out.append(contradiction)
            }
        }
        return out
    }
}
