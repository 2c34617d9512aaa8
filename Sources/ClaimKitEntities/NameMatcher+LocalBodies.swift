import ClaimKitModel

/// Lower-case public services and local authorities that news pages name without capitals: "the water
/// police", "the fire brigade", "the harbour authority" (`entity.org-lowercase-body`), and "the
/// prefecture of Treviso", "the municipality of Lagos" (`entity.org-authority-of`).
extension NameMatcher {
    /// Two-word lower-case services after "the", by their last word: the words that may stand before it.
    /// ("the police" alone is no name: the references keep it only as another name of a named force.)
    static let serviceBodyHeads: [String: Set<String>] = [
        "police": ["water", "river", "traffic", "border", "harbour", "harbor", "railway", "maritime", "military", "port"],
        "brigade": ["fire"],
        "service": ["fire", "ambulance", "rescue"],
        "authority": ["harbour", "harbor", "port", "highways", "roads"],
        "guard": ["coast"],
    ]

    /// Lower-case local authorities that, before "of" and a known place, name the authority: "the
    /// prefecture of Treviso". "province" and "region" do only when no place preposition stands before
    /// "the" ("in the province of Treviso" is the land).
    static let authorityOfWords: Set<String> = ["prefecture", "municipality", "province", "region"]

    /// The first token of a two-word lower-case service ending at token `i` ("the water police"), nil
    /// when there is none.
    func lowercaseServiceStart(_ i: Int) -> Int? {
        // (Byte tests first: this runs at every lower-case word.)
        // (The last word's length and first letter before any string: "police", "brigade", "service",
        // "authority", "guard".)
        let bytes = strings.tokenBytes(i)
        guard bytes.count >= 5, bytes.count <= 9, bytes[0] == 0x70 || bytes[0] == 0x62 || bytes[0] == 0x73 || bytes[0] == 0x61 || bytes[0] == 0x67
        else { return nil }
        guard i >= 2, surfaceIs(i - 2, "the") || surfaceIs(i - 2, "The"), !capitalized[i], !capitalized[i - 1],
            let before = Self.serviceBodyHeads[folded[i]], before.contains(folded[i - 1]), blockOf[i - 2] == blockOf[i]
        else { return nil }
        return i - 1
    }

    /// The end of "prefecture of PLACE" opening at the lower-case token `i` after "the", nil when
    /// there is none. PLACE is one to three capitalised words the gazetteer knows as a place.
    func authorityOfEnd(_ i: Int) -> Int? {
        let count = entry.tokens.count
        // (Byte tests first: this runs at every lower-case word.)
        guard i >= 1, i + 2 < count, capitalized[i + 2], surfaceIs(i + 1, "of"), surfaceIs(i - 1, "the") || surfaceIs(i - 1, "The"),
            !capitalized[i], Self.authorityOfWords.contains(folded[i]), blockOf[i + 2] == blockOf[i]
        else { return nil }
        if folded[i] == "province" || folded[i] == "region", i >= 2, surfaceIn(i - 2, .placePrepositions) || surfaceIs(i - 2, "of") {
            return nil
        }
        var end = i + 3
        while end < count, end - (i + 2) < 3, capitalized[end], blockOf[end] == blockOf[i] { end += 1 }
        let key = ((i + 2)..<end).map { folded[$0] }.joined(separator: " ")
        guard shared.tables.names[key]?.type == .place else { return nil }
        return end
    }
}
