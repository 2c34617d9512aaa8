import ClaimKitModel

/// Streets, squares and bridges named in another language with no particle after the opening word:
/// "Via Roma", "Ponte Santa Giustina", "Rua Augusta" (`entity.place-street-opener`).
extension NameMatcher {
    /// The lexicon row of the street word opening `start..<end` when the whole names a street, square or
    /// bridge; nil when the words after it hold an organisation's name or keyword, an office or a function
    /// word ("Via Rail", "Via Facebook"), or the gazetteer knows the whole.
    func streetOpenerSource(_ start: Int, _ end: Int) -> LexiconSource? {
        guard end - start >= 2, end - start <= 5, let source = shared.tables.placeStreetOpeners[fkey(start)] else {
            return nil
        }
        if let (length, _) = nameMatch(start, end), length == end - start { return nil }
        for k in (start + 1)..<end {
            if has(k, .orgHeadKeywords) || isOfficeWord(k) || has(k, .functionWords) { return nil }
            if let (_, row) = nameMatch(k, end), row.type == .organization { return nil }
        }
        return source
    }
}
