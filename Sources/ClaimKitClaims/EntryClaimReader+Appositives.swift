import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

extension RuleID {
    /// A measure in a compound of an appositive after a name: the name's measure. Matches:
    /// "Ferro, the 40-kilogram male", "the Albatros, \"the 47-metre schooner\"".
    public static let claimAppositiveName: RuleID = "claim.appositive-name"
}

/// Measures said of a name through an appositive: `Name, "the 23-kilogram male ..."`.
extension EntryClaimReader {
    /// Words before a name that make it a fronted place or time, not the thing an
    /// appositive describes: "In Ostend, the 86-metre barque ...".
    static let frontingWords: TokenWordSet = [
        "in", "at", "on", "from", "near", "to", "by", "outside", "inside", "off", "across", "after", "before", "since",
        "during", "until", "for", "with", "like", "unlike", "beyond", "towards", "toward", "into", "onto",
    ]

    /// The name an appositive compound describes: the figure right after "the" (and a
    /// quotation mark) after a comma after a run of capitalised words, the run opening its
    /// sentence or following a word that is no preposition (`frontingWords`) and naming no
    /// day or month. Nil otherwise.
    func appositiveName(_ f: Found) -> Subject? {
        let s = f.sentence
        var k = f.first - 1
        guard k > s.lowerBound, lower.eq(k, "the") else { return nil }
        k -= 1
        if k > s.lowerBound, isQuote(k) { k -= 1 }
        guard k > s.lowerBound, lower.isByte(k, UInt8(ascii: ",")) else { return nil }
        k -= 1
        guard k >= s.lowerBound, var name = nameRun(endingAt: k, in: s) else { return nil }
        let start = name.tokens.lowerBound
        if start > s.lowerBound {
            let before = start - 1
            if lower.in(before, Self.frontingWords) || lower.in(before, Self.dayWords) || lower.in(before, Self.months) { return nil }
        }
        if name.tokens.contains(where: { lower.in($0, Self.dayWords) || lower.in($0, Self.months) }) { return nil }
        // The name keys the measure as fixed measures of names do.
        if name.key.isEmpty { name.key = nameKey(name.tokens) }
        return name
    }
}
