import ClaimKitModel

extension EntryClaimReader {
    /// Verbs after a bare count that say where the counted still are: "88 remain in
    /// intensive care", "six remained in hospital".
    static let remainVerbs: TokenWordSet = ["remain", "remained", "remains"]

    /// "Of the injured, 88 remain in intensive care": the count of those in a place or
    /// state, named by the verb and its phrase ("remain in intensive care"), not by the
    /// verb alone as a counted noun. Nil for any other figure.
    func remainingIn(_ f: Found) -> Subject? {
        let s = f.sentence
        guard f.end + 2 < s.upperBound, lower.in(f.end, Self.remainVerbs), lower.eq(f.end + 1, "in") else { return nil }
        var k = f.end + 2
        if lower.in(k, Self.fractionDeterminers) { k += 1 }
        // "intensive care at the hospital": the content words up to the next function word.
        var end = k
        while end < s.upperBound, end < k + 3, isWord(end), !isFunction(end) { end += 1 }
        guard end > k else { return nil }
        var subject = Subject(text: slice(f.end..<end), head: lower[end - 1], tokens: f.end..<end)
        subject.key = slice(k..<end).lowercased()
        return subject
    }
}
