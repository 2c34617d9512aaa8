import ClaimKitModel

extension EntryClaimReader {
    /// Whether `f` is a measure (not a count or a duration) right after "the" and directly
    /// followed by "of" and a word: "the 180,000 cubic metres of contaminated water", "the
    /// 5,000 tonnes of grain". Such a figure is stated, not referred back to, unlike "the two
    /// leaders"; "every 1C of warming" (a rate's base) and "the eight years of his term" are not.
    func definiteMeasureOf(_ f: Found, isCount: Bool) -> Bool {
        guard !isCount, f.first >= f.sentence.lowerBound + 1, lower.eq(f.first - 1, "the"),
            f.end + 1 < f.sentence.upperBound, lower.eq(f.end, "of")
        else { return false }
        return isWord(f.end + 1)
    }
}
