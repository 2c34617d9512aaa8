import ClaimKitModel

/// Name particles written with a capital inside a name: "Joris Van den Broeck", "Maria De la Cruz".
extension NameMatcher {
    /// Whether the lower-case token `j` is a particle's article ("den", "der", "la") after a capitalised
    /// particle of the sequence that opens at `start` ("Van", "De", "Von"), before a capitalised word
    /// of the same block: the three are one surname, so the sequence goes on over the article.
    func continuesCapitalParticle(_ start: Int, _ j: Int) -> Bool {
        let tokens = entry.tokens
        guard j > start, j + 1 < tokens.count, tokens[j].kind == .word, !capitalized[j],
            surfaceIn(j, .particleArticles), capitalized[j - 1], !isAllCapsAt(j - 1),
            capitalized[j + 1], !initial[j + 1], blockOf[j + 1] == blockOf[start],
            !has(j + 1, .functionWords)
        else { return false }
        // (The capitalised particle's fold is a connector: "van", "de", "von".)
        return shared.tables.connectors.contains(fkey(j - 1))
    }
}
