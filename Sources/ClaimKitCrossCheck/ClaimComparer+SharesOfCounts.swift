import ClaimKitModel
import Foundation

extension RuleID {
    /// A percentage of a stated count against the part of it the same sentence counts:
    /// "Nearly 60 per cent of the 112 people treated, 41 of them, were under 18" (41 of 112
    /// is 37%), "41 of the 112 patients (60%)". The share and its counts are one statement.
    public static let crossCheckShareOfCount: RuleID = "crosscheck.share-of-count"
}

extension ClaimComparer {
    /// A whole number written in digits (commas allowed), or nil.
    static func wholeNumber(_ word: String) -> Double? {
        guard !word.isEmpty, word.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C }), word.utf8.first != 0x2C else { return nil }
        return Double(word.replacingOccurrences(of: ",", with: ""))
    }

    /// The whole `T` and part `K` a percentage's sentence gives: "P% of (the) T ..., K of
    /// them" (the part within twelve words after the whole), or "K of (the) T <up to three
    /// words> P%" before it. Nil unless 0 < K < T.
    static func countsOfShare(before: [String], after: [String]) -> (whole: Double, part: Double, noun: String)? {
        if after.first == "of" {
            var k = 1
            if k < after.count, after[k] == "the" { k += 1 }
            if k < after.count, let whole = wholeNumber(after[k]) {
                var j = k + 1
                while j + 2 < after.count, j <= k + 12 {
                    if after[j + 1] == "of", after[j + 2] == "them", let part = wholeNumber(after[j]) {
                        // What the whole counts: its words up to the part ("people treated in hospital").
                        let noun = after[(k + 1)..<min(j, k + 6)].joined(separator: " ")
                        return part > 0 && part < whole ? (whole, part, noun) : nil
                    }
                    j += 1
                }
            }
        }
        // "K of (the) T ... (P%)": the part and whole within the last seven words.
        let tail = Array(before.suffix(7))
        for s in tail.indices where s + 2 < tail.count && tail[s + 1] == "of" {
            let w = tail[s + 2] == "the" && s + 3 < tail.count ? s + 3 : s + 2
            guard let part = wholeNumber(tail[s]), let whole = wholeNumber(tail[w]), tail.count - 1 - w <= 3 else { continue }
            return part > 0 && part < whole ? (whole, part, tail[(w + 1)...].joined(separator: " ")) : nil
        }
        return nil
    }

    /// Percentages (exact or approximate) whose sentence gives the whole and part they are a
    /// share of (`countsOfShare`): a contradiction when the counts' share is off by more
    /// than three points and a sixth of the percentage.
    func shareOfCountContradictions(_ claims: [Claim], contexts: ClaimContexts, describer: FigureDescriber) -> [Contradiction] {
        var out: [Contradiction] = []
        let facts = contexts.facts
        for i in claims.indices where facts[i].contains(.unitPercent)
            && (claims[i].quantity.bound == .exact || claims[i].quantity.bound == .approximately)
        {
            // Cheap: " of " right after the figure, or a digit among the 48 bytes before it.
            let mayHold = contexts.withSentence(i) { bytes, sentence, range -> Bool in
                let end = range.utf8End
                if end + 4 <= sentence.upperBound, bytes[end] == 0x20, bytes[end + 1] == 0x6F, bytes[end + 2] == 0x66, bytes[end + 3] == 0x20 { return true }
                // A unit word written after the figure ("60 per cent of").
                if end + 12 <= sentence.upperBound {
                    var k = end
                    while k + 3 < end + 12 {
                        if bytes[k] == 0x20, bytes[k + 1] == 0x6F, bytes[k + 2] == 0x66, bytes[k + 3] == 0x20 { return true }
                        k += 1
                    }
                }
                var k = max(sentence.lowerBound, range.utf8Start - 48)
                while k < range.utf8Start {
                    if bytes[k] >= 0x30, bytes[k] <= 0x39 { return true }
                    k += 1
                }
                return false
            } ?? false
            guard mayHold, let context = contexts[i], let (whole, part, noun) = Self.countsOfShare(before: context.before, after: context.after) else { continue }
            let stated = claims[i].quantity.value
            if let contradiction = Self.shareAgainstCounts(
                claims[i], whole: whole, part: part, noun: noun, tolerance: max(3, stated / 6), describer: describer,
                why: "a share and the counts it is made of", rule: .crossCheckShareOfCount)
            {
                out.append(contradiction)
            }
        }
        return out
    }

    /// The contradiction between the share `claim` states and `part` of `whole` read beside
    /// it, when they differ by more than `tolerance` percentage points; nil when they agree.
    static func shareAgainstCounts(
        _ claim: Claim, whole: Double, part: Double, noun: String, tolerance: Double, describer: FigureDescriber, why: String,
        rule: RuleID
    ) -> Contradiction? {
        let actual = 100 * part / whole
        guard abs(actual - claim.quantity.value) > tolerance else { return nil }
        let subject = noun.isEmpty ? (claim.subject.isEmpty ? "share" : claim.subject) : noun
        return Contradiction(
            subject: subject, attribute: "share", claims: [claim.id, claim.id], entries: [claim.entry],
            reason: "\(subject), share: \(FigureDescriber.figure(claim.quantity)) in \(describer.entryList([claim.entry])) vs "
                + "\(FigureDescriber.format(part)) of \(FigureDescriber.format(whole)) (\(FigureDescriber.format((actual * 10).rounded() / 10))%) in the same sentence; "
                + why,
            rule: rule)
    }
}
