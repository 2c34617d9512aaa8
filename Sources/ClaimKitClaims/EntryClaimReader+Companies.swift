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
        guard f.first - 1 >= s.lowerBound, ["the", "all", "its", "her"].contains(lower[f.first - 1]), f.quantity.unit == "count",
            f.quantity.value >= 2, f.quantity.value == f.quantity.value.rounded(), f.end < s.upperBound, isWord(f.end),
            lower.in(f.end, Self.companyNouns)
        else { return false }
        var next = f.end + 1
        if next < s.upperBound, lower.eq(f.end, "crew"), lower.eq(next, "members") { next += 1 }
        if next < s.upperBound, ["who", "that", "which", "still", "missing", "killed", "injured", "rescued", "dead", "aboard"].contains(lower[next]) {
            return false
        }
        if lower.eq(f.end, "passengers") { return s.contains { lower.eq($0, "manifest") } }
        return true
    }
}
