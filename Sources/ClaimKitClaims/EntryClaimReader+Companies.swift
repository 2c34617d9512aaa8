import ClaimKitModel

extension EntryClaimReader {
    /// Nouns for the people who make up a vessel's or an aircraft's company.
    static let companyNouns: TokenWordSet = ["crew", "crewmen", "crewmembers", "passengers"]

    /// "all eleven crew held valid certificates", "the 12 crew", "the 221 passengers on the
    /// manifest": a definite count of a ship's crew or a manifest's passengers states the
    /// whole set, a claim the cross-check compares (`crosscheck.fixed-company`), not a
    /// reference back. Passengers only with "manifest" in the sentence (the people on
    /// board change as they are rescued); not a part of them ("the three crew who died",
    /// "the 12 crew still missing").
    func wholeCompanyCountStands(_ f: Found) -> Bool {
        let s = f.sentence
        // (The words asked by their bytes: no array and no string per figure.)
        let before = f.first - 1
        guard before >= s.lowerBound, lower.eq(before, "the") || lower.eq(before, "all") || lower.eq(before, "its") || lower.eq(before, "her"),
            f.quantity.unit == "count",
            f.quantity.value >= 2, f.quantity.value == f.quantity.value.rounded(), f.end < s.upperBound, isWord(f.end),
            lower.in(f.end, Self.companyNouns)
        else { return false }
        var next = f.end + 1
        if next < s.upperBound, lower.eq(f.end, "crew"), lower.eq(next, "members") { next += 1 }
        if next < s.upperBound,
            lower.eq(next, "who") || lower.eq(next, "that") || lower.eq(next, "which") || lower.eq(next, "still") || lower.eq(next, "missing")
                || lower.eq(next, "killed") || lower.eq(next, "injured") || lower.eq(next, "rescued") || lower.eq(next, "dead") || lower.eq(next, "aboard")
        {
            return false
        }
        if lower.eq(f.end, "passengers") { return s.contains { lower.eq($0, "manifest") } }
        return true
    }
}
