import ClaimKitModel

/// Place names of German and Dutch towns with a particle inside: "Ried im Innkreis", "Frankfurt am Main",
/// "Halle an der Saale", "Bergen op Zoom", "Alphen aan den Rijn", "Kingston upon Hull".
extension NameMatcher {
    /// Particles that join a town's name to its river, region or neighbour, alone ("im", "am", "bei") or
    /// before an article ("an der", "in der", "aan den").
    static let placeParticles: WordSet = ["im", "am", "bei", "ob", "aan", "op", "upon"]
    static let placeParticlesBeforeArticle: WordSet = ["an", "in", "ob", "aan", "op"]
    static let placeParticleArticles: WordSet = ["der", "den", "de"]

    /// The number of lower-case tokens from token `j` (1 or 2) that join the capitalised word before it
    /// to a capitalised word after it, in the sequence that opens at `start`, as a town's particle does
    /// ("Ried im Innkreis", "Halle an der Saale"); nil otherwise ("I am Sam": no word of two letters or
    /// more before it that is not a function word).
    func placeParticleLength(_ start: Int, _ j: Int) -> Int? {
        let tokens = entry.tokens
        // (Cheap tests first: a particle has two to four letters, and a capitalised word or a
        // short article follows it.)
        guard j > start, j + 1 < tokens.count, (2...4).contains(strings.byteCount(j)),
            capitalized[j + 1] || (2...3).contains(strings.byteCount(j + 1)),
            tokens[j].kind == .word, !capitalized[j], capitalized[j - 1],
            strings.byteCount(j - 1) >= 3, !isAllCapsAt(j - 1), !has(j - 1, .functionWords)
        else { return nil }
        var length = 0
        if Self.placeParticles.contains(strings.surfaceKey(j)) {
            length = 1
        } else if Self.placeParticlesBeforeArticle.contains(strings.surfaceKey(j)), j + 2 < tokens.count,
            tokens[j + 1].kind == .word, Self.placeParticleArticles.contains(strings.surfaceKey(j + 1))
        {
            length = 2
        }
        // (After an article, "de" too: "Alphen aan de Rijn".)
        if length == 1, j + 2 < tokens.count, tokens[j + 1].kind == .word,
            Self.placeParticleArticles.contains(strings.surfaceKey(j + 1)), capitalized[j + 2]
        {
            length = 2
        }
        guard length > 0 else { return nil }
        let next = j + length
        guard next < tokens.count, capitalized[next], !initial[next], blockOf[next] == blockOf[start],
            !isAllCapsAt(next), !has(next, .functionWords), strings.byteCount(next) >= 3
        else { return nil }
        return length
    }

    /// Whether the capitalised sequence `s..<end` holds a town's particle between its words (see
    /// `placeParticleLength`) and is no gazetteer name as a whole (which keeps its own row).
    func isParticlePlaceName(_ s: Int, _ end: Int) -> Bool {
        guard end - s >= 3 else { return false }
        var found = false
        for j in (s + 1)..<(end - 1) where !capitalized[j] && placeParticleLength(s, j) != nil {
            found = true
            break
        }
        guard found else { return false }
        if let (length, _) = nameMatch(s, end), length == end - s { return false }
        return officeRun(s, end) == nil && !has(s, .givenNames)
    }
}
