import ClaimKitModel

/// Italian surnames that open with an elided article written in lower case: "Luca dell'Orso",
/// "dall'Olio said" (the article stays part of the surname).
extension NameMatcher {
    /// Whether token `k` is one lower-case word of an elided article and a capitalised rest
    /// ("dell'Orso", "d'Amico"), with the article of a surname (not "nell'", "sull'", "all'", "l'").
    func isElidedSurname(_ k: Int) -> Bool {
        // (Bytes first: this runs at every lower-case word, and every surname's article opens with "d".)
        let bytes = strings.tokenBytes(k)
        guard bytes.count >= 4, bytes[0] == 0x64, !capitalized[k], entry.tokens[k].kind == .word,
            Self.mayBeElidedArticle(bytes), Self.isElidedArticle(surfaces[k])
        else { return false }
        let s = surfaces[k]
        return s.hasPrefix("d'") || s.hasPrefix("d’") || s.hasPrefix("dell") || s.hasPrefix("dall")
    }

    /// Whether the elided surname `k` stands alone as a name: no capitalised word just before it (it
    /// would have continued that name) and no place preposition before it.
    func isStandaloneElidedSurname(_ k: Int) -> Bool {
        guard k > 0 else { return true }
        if capitalized[k - 1] && blockOf[k - 1] == blockOf[k] { return false }
        return !surfaceIn(k - 1, .placePrepositions)
    }

    /// Emits the lone elided surname `k`: a person before a reporting verb ("dall'Olio said"), otherwise a
    /// mention with no type that the alias stage merges into the full name ("Later, dell'Orso confirmed").
    func addElidedSurname(_ k: Int) {
        if k + 1 < entry.tokens.count, surfaceIn(k + 1, .reportingVerbs) {
            // (Not `addPerson`: it turns away a name opening with a lower-case letter.)
            add(k, k + 1, type: .person, strength: 1, rule: .personReportingVerb, source: nil, nested: false)
        } else {
            add(k, k + 1, type: nil, strength: 0, rule: .aliasSameName, source: nil, nested: false)
        }
    }
}
