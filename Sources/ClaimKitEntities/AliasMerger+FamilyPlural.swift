import ClaimKitModel

extension AliasMerger {
    /// "Ravi Dunn and his wife Asha Dunn … the Dunns decided": one word that is the plural of the
    /// family name of people named in full on the page names the family, no person of its own, and is
    /// dropped. Two bearers of the family name are needed, or one when the plural is no family name of
    /// the lexicon ("Williams" stays a person beside one "Ann William"; "Joneses" is the family).
    func dropFamilyPlurals(_ groups: inout [Group]) {
        // (The family names borne are the keys of `bearers`: no set of them apart.)
        var bearers = WordMap<Int>()
        for g in groups.indices where groups[g].alive && groups[g].type == .person && groups[g].fullWords.count >= 2 {
            guard let last = groups[g].fullWords.last else { continue }
            bearers[last] = (bearers[last] ?? 0) + 1
        }
        guard !bearers.isEmpty else { return }
        for g in groups.indices where groups[g].alive && groups[g].fullWords.count == 1 {
            let t = groups[g].type
            guard t == nil || t == .person, groups[g].hasNoHandle else { continue }
            let w = groups[g].fullWords[0]
            // (The last byte first: most words end otherwise, and `hasSuffix` compares characters.)
            guard w.utf8.last == 0x73, w.hasSuffix("s"), !bearers.contains(w) else { continue }
            let stems = [String(w.dropLast())] + (w.hasSuffix("es") ? [String(w.dropLast(2))] : [])
            guard let count = stems.lazy.compactMap({ bearers[$0] }).first else { continue }
            if count >= 2 || !lexicons.familyNames.contains(w) { groups[g].clear() }
        }
    }
}
