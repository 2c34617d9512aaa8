import ClaimKitModel
import Foundation

extension RuleID {
    /// Two sums of money given for one fixed sum (a deficit, a fee, a fine, an offer's
    /// cost) in different entries, whose intervals cannot overlap, with no word of change.
    public static let crossCheckFixedSum: RuleID = "crosscheck.fixed-sum"
}

extension ClaimComparer {
    /// Nouns whose sum of money is one figure on a page: the money a deal, a ruling or a
    /// plan fixes. Money in general runs (spending, losses, a fund's takings grow over a
    /// live page); these sums are set once, so two different values in two entries are two
    /// accounts that cannot both hold, unless the page says the sum changed.
    public static let fixedSumSubjects: Set<String> = [
        "deficit", "surplus", "fee", "fine", "penalty", "settlement", "compensation", "bail", "ransom",
        "damages", "payout", "bonus", "salary", "offer", "bid", "contract", "deal", "award", "grant",
        "loan", "bailout", "package", "price tag", "budget", "valuation", "takeover", "acquisition", "prize fund",
    ]

    /// Words near a figure that say the sum changed or that a second version exists: "the
    /// improved offer", "raised its bid to", "the revised deficit", "up from".
    public static let sumChangeWords: Set<String> = [
        "revised", "revise", "revises", "raised", "raise", "raises", "raising", "increased", "increase",
        "increases", "improved", "improve", "sweetened", "new", "latest", "updated", "original", "originally",
        "initial", "initially", "earlier", "previous", "previously", "first", "final", "cut", "cuts", "reduced",
        "reduce", "lowered", "lower", "higher", "rose", "risen", "rise", "rising", "fell", "fallen", "falling",
        "up", "down", "now", "again", "second", "third", "another", "extra", "additional", "total", "combined",
        "each", "per", "annual", "monthly", "weekly", "daily", "instead", "replaced", "replaces",
    ]

    /// Whether the group's key names a fixed sum: its last word ("deficit", "chelsea fee"),
    /// or an attribute that is one ("the bank's fine of £9.5m": attribute "fine").
    static func isFixedSum(_ key: GroupKey) -> Bool {
        if fixedSumSubjects.contains(key.attribute) { return true }
        guard ["cost", "value", "price"].contains(key.attribute) else { return false }
        let last = key.subject.split(separator: " ").last.map(String.init) ?? key.subject
        return fixedSumSubjects.contains(last) || fixedSumSubjects.contains(key.subject)
    }

    /// Whether a unit is a currency: an ISO 4217 code ("GBP", "NGN").
    static func isCurrency(_ unit: String) -> Bool {
        unit.utf8.count == 3 && unit.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Two accounts of one fixed sum: figures a rule tied to the sum ("puts the deficit at
    /// ₦14.6tn", "a deficit of ₦13.08tn") in two entries, whose intervals cannot overlap,
    /// none of them in a clause that speaks of change or of a second version.
    func fixedSumContradiction(
        _ group: [Claim], key: GroupKey, effective: IntervalsByID, describer: FigureDescriber,
        entries: [Entry], positions: [Int: Int]
    ) -> Contradiction? {
        guard Self.isFixedSum(key) else { return nil }
        let tied = group.filter {
            !Self.guessedSubjectRules.contains($0.rule.rawValue) && !Self.changingRules.contains($0.rule.rawValue)
                && Self.isCurrency($0.quantity.unit) && $0.quantity.unit == group[0].quantity.unit
        }
        guard Set(tied.map(\.entry)).count >= 2 else { return nil }
        let members = tied.compactMap { c in effective[c.id].map { (c, $0) } }
        let clusters = Self.clusters(members)
        guard clusters.count >= 2 else { return nil }
        // Disagreement inside one entry is a breakdown or a second sum more often than two
        // accounts: every cluster must hold a figure of an entry no other cluster has.
        let entrySets = clusters.map { Set($0.map(\.0.entry)) }
        guard Set(entrySets.flatMap { $0 }).count >= 2,
            entrySets.indices.allSatisfy({ i in
                !entrySets[i].isSubset(of: Set(entrySets.indices.filter { $0 != i }.flatMap { entrySets[$0] }))
            })
        else { return nil }
        // The words around each figure are read last, for sums that disagree (most sums
        // stated twice agree; the tests before are on the intervals).
        guard !tied.contains(where: { speaksOfChange($0, entries: entries, positions: positions) }) else { return nil }
        let claims = clusters.map { $0.map(\.0) }
        return Contradiction(
            subject: describer.subjectName(tied), attribute: key.attribute, claims: claims.flatMap { $0.map(\.id) },
            entries: Array(Set(tied.map(\.entry))).sorted(),
            reason: describer.disjointReason(group: tied, clusters: claims), rule: .crossCheckFixedSum)
    }

    /// The characters that end a figure's clause (`speaksOfChange`).
    static let clauseEnds: Set<Character> = [",", ";", ".", "!", "?", ":", "\u{2014}", "("]

    /// An ASCII word lower-cased and trimmed of the ASCII punctuation of Unicode's P
    /// categories (what `lowercased()` and `trimmingCharacters(in: .punctuationCharacters)`
    /// do to ASCII: ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }), from its bytes; nil for
    /// a word with any other character or a carriage return.
    static func asciiCleaned(_ w: Substring) -> String? {
        var w = w
        return w.withUTF8 { b -> String? in
            for c in b where c >= 0x80 || c == 0x0D { return nil }
            var lo = 0
            var hi = b.count
            while lo < hi, b[lo] == 0x2D || ClaimContext.isGluedASCII(b[lo]) { lo += 1 }
            while hi > lo, b[hi - 1] == 0x2D || ClaimContext.isGluedASCII(b[hi - 1]) { hi -= 1 }
            return String(unsafeUninitializedCapacity: hi - lo) { out in
                for k in lo..<hi { out[k - lo] = b[k] &- 0x41 < 26 ? b[k] | 0x20 : b[k] }
                return hi - lo
            }
        }
    }

    /// Whether a word of change sits in the figure's clause: the eight words before it and
    /// the six after it, up to a sentence end.
    func speaksOfChange(_ claim: Claim, entries: [Entry], positions: [Int: Int]) -> Bool {
        guard let position = positions[claim.entry] else { return true }
        let text = entries[position].text
        guard claim.range.utf8End <= text.utf8.count else { return true }
        func clean(_ w: Substring) -> String {
            Self.asciiCleaned(w) ?? w.lowercased().trimmingCharacters(in: CharacterSet.punctuationCharacters)
        }
        var before: [String] = []
        for word in Self.lastWords(8, before: claim.range.utf8Start, in: text).reversed() {
            if word.hasSuffix(".") || word.hasSuffix("!") || word.hasSuffix("?") { break }
            before.append(clean(word))
        }
        // The 120 bytes after the figure, made from the bytes in place.
        var copy = text
        let tail = copy.withUTF8 { bytes in
            let from = min(max(claim.range.utf8End, 0), bytes.count)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<min(from + 120, bytes.count)]), as: UTF8.self)
        }
        // After the figure, only its own clause: "a deficit of ₦13.08tn, to be financed by
        // new borrowing" says nothing of the deficit changing.
        var after: [String] = []
        let clauseEnds = Self.clauseEnds
        if let first = tail.first(where: { $0 != " " }), !clauseEnds.contains(first) {
            for word in tail.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(6) {
                after.append(clean(word))
                if let last = word.last, clauseEnds.contains(last) { break }
            }
        }
        return (before + after).contains { Self.sumChangeWords.contains($0) }
    }
}
