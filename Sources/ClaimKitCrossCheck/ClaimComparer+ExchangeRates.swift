import ClaimKitModel
import Foundation

extension RuleID {
    /// A sum of money and its conversion into another currency that disagree with the
    /// exchange rate stated with them: "KSh 2bn ($1.5m at the current rate of about 129
    /// shillings to the dollar)" (KSh 2bn is about $15.5m at that rate).
    public static let crossCheckExchangeRate: RuleID = "crosscheck.exchange-rate"
}

extension ClaimComparer {
    /// Two sums of money in two currencies, the second right after the first ("KSh 2bn
    /// ($1.5m", "€40,000 (about $43,000"), and within 48 bytes after the second, in the same
    /// sentence, "rate of" and a number (past "about", "around", "roughly", "some"): a
    /// contradiction when neither the sums' ratio nor its inverse is within a sixth of
    /// that number.
    func exchangeRateContradictions(_ claims: [Claim], contexts: ClaimContexts, describer: FigureDescriber) -> [Contradiction] {
        var out: [Contradiction] = []
        guard claims.count >= 2 else { return out }
        for b in 1..<claims.count {
            let a = b - 1
            let qa = claims[a].quantity
            let qb = claims[b].quantity
            // Cheap first: one entry, the two figures close, two currency codes (three capitals).
            guard claims[a].entry == claims[b].entry, qa.unit != qb.unit,
                qa.unit.utf8.count == 3, qb.unit.utf8.count == 3,
                qa.unit.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), qb.unit.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
                claims[b].range.utf8Start >= claims[a].range.utf8End, claims[b].range.utf8Start - claims[a].range.utf8End <= 3,
                qa.value > 0, qb.value > 0, qa.bound != .range, qb.bound != .range
            else { continue }
            // "rate of" within 48 bytes after the second sum.
            let near = contexts.withEntryBytes(b) { bytes, range -> Bool in
                let end = min(bytes.count, range.utf8End + 48)
                var i = range.utf8End
                while i + 7 <= end {
                    if bytes[i] == 0x0A { return false }
                    if bytes[i] | 0x20 == 0x72, bytes[i + 1] == 0x61, bytes[i + 2] == 0x74, bytes[i + 3] == 0x65, bytes[i + 4] == 0x20,
                        bytes[i + 5] == 0x6F, bytes[i + 6] == 0x66
                    {
                        return true
                    }
                    i += 1
                }
                return false
            } ?? false
            guard near, let context = contexts[b] else { continue }
            let after = context.after
            guard let at = after.indices.first(where: { $0 + 1 < after.count && after[$0] == "rate" && after[$0 + 1] == "of" }), at <= 6 else { continue }
            var k = at + 2
            while k < after.count, ["about", "around", "roughly", "some", "nearly", "approximately", "almost"].contains(after[k]) { k += 1 }
            guard k < after.count, let rate = Double(after[k].replacingOccurrences(of: ",", with: "")), rate > 0 else { continue }
            let ratio = qa.value / qb.value
            let agrees = [ratio, 1 / ratio].contains { abs($0 - rate) <= rate / 6 }
            guard !agrees else { continue }
            let first = claims[a]
            let second = claims[b]
            let subject = first.subject.isEmpty ? "money" : first.subject
            out.append(Contradiction(
                subject: subject, attribute: first.attribute, claims: [first.id, second.id], entries: [first.entry],
                reason: "\(subject), \(first.attribute): \(FigureDescriber.figure(qa)) vs \(FigureDescriber.figure(qb)) in \(describer.entryList([first.entry])), "
                    + "\(FigureDescriber.format((ratio * 100).rounded() / 100)) to one against the rate of \(FigureDescriber.format(rate)) stated with them; "
                    + "a conversion and its own exchange rate",
                rule: .crossCheckExchangeRate))
        }
        return out
    }
}
