import ClaimKitModel

/// Small towns and city districts (`entity.place-town`): one capitalised word that the list of small
/// European towns holds ("Brunsbüttel", "Pescantina"), or a known place and a district's name joined by a
/// hyphen ("Kiel-Holtenau", "Hamburg-Finkenwerder").
extension NameMatcher {
    /// Whether the one word `u` is a small town or a city's district; never a known given, family or
    /// common word, an office or an organisation's keyword.
    func isTownOrDistrict(_ u: Int) -> Bool {
        guard capitalized[u], !isAllCapsAt(u), !has(u, .givenNames), !has(u, .familyNames), !has(u, .commonWords),
            !isOfficeWord(u), !has(u, .orgHeadKeywords), !has(u, .names)
        else { return false }
        if shared.tables.towns.contains(fkey(u)) { return true }
        guard strings.tokenBytes(u).contains(0x2D) else { return false }
        let parts = surfaces[u].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts.first, let last = parts.last, first.count >= 3, last.count >= 4,
            first.first?.isUppercase == true, last.first?.isUppercase == true, first.allSatisfy({ $0.isLetter }),
            last.dropFirst().allSatisfy({ $0.isLowercase })
        else { return false }
        let city = NameFolding.fold(first)
        let district = NameFolding.fold(last)
        guard let row = shared.tables.names[city], row.type == .place, shared.tables.givenNames[district] == nil,
            shared.tables.familyNames[district] == nil, !shared.tables.commonWords.contains(district),
            shared.tables.names[district] == nil, shared.tables.demonyms[district] == nil,
            !shared.tables.nationAdjectives.contains(district)
        else { return false }
        return true
    }
}
