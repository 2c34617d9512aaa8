import ClaimKitModel

/// Bodies named by an organisation's word and a place joined by a hyphen: "Hydro-Québec".
extension NameMatcher {
    /// Whether token `u` is one word of two parts joined by a hyphen, the first an organisation's
    /// opening word of organizations/keywords.tsv (position foreign, such as "Hydro") and the second a
    /// country, subdivision, region or city of the gazetteer ("Hydro-Québec"; not "Hydro-power").
    func isHyphenatedBodyOfPlace(_ u: Int) -> Bool {
        // (The hyphen first, from the bytes: most words have none, and need no string.)
        guard strings.tokenBytes(u).contains(0x2D), capitalized[u], !isAllCapsAt(u) else { return false }
        let parts = folded[u].split(separator: "-", maxSplits: 1)
        guard parts.count == 2, shared.tables.orgForeignHeads[String(parts[0])] != nil,
            let row = shared.tables.names[String(parts[1])], row.type == .place
        else { return false }
        return true
    }
}
