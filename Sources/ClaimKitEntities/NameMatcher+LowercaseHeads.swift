import ClaimKitModel

/// Names whose last word is written in lower case: a landform or an airport after a place's name
/// ("the Korean peninsula", "Kelowna airport"), and public bodies that news pages write in lower case
/// ("the Indonesian navy", "the transport ministry"). The references list both kinds with the lower-case
/// word ("Korean peninsula", "Chilean navy", "mining ministry").
extension NameMatcher {
    /// Lower-case words that, after a name, make the pair a place (`entity.place-landform-word`).
    static let landformWords: WordSet = [
        "peninsula", "valley", "airport", "archipelago", "delta", "basin", "plateau", "strait", "highlands",
    ]

    /// Lower-case words of armed and public services that, after a nation's adjective, make the pair an
    /// organisation (`entity.org-lowercase-body`) after "the": "the Indonesian navy".
    /// ("military" is left out: the references read "the Indonesian military" as no name.)
    static let serviceWords: WordSet = ["navy", "army", "coastguard"]

    /// Lower-case words of local public bodies that, after "the" and a known place, make the pair an
    /// organisation (`entity.org-lowercase-body`): "the Gironde prefecture", "the Lviv city council".
    static let localBodyWords: WordSet = ["prefecture", "council", "governorate", "municipality"]

    /// Lower-case words of institutions that, after "the" and a name that is no known place and no
    /// person's, make the pair an organisation: "the Pellegrin hospital" (but not "the Bordeaux hospital").
    static let institutionWords: WordSet = ["hospital", "clinic"]

    /// Lower-case fields of a ministry or department: "the transport ministry", "the health department".
    static let ministryFields: WordSet = [
        "agriculture", "communications", "culture", "defence", "defense", "economy", "education", "energy",
        "environment", "finance", "fisheries", "foreign", "forestry", "health", "interior", "justice", "labour",
        "labor", "maritime", "mining", "tourism", "trade", "transport", "transportation",
    ]

    /// The length and reading of a lower-case word after the name `s..<end` that makes the two one
    /// place or body; nil when none does. The name is one to three capitalised words, none an office's;
    /// a body's name is a nation's adjective ("Indonesian", "South Korean").
    func lowercaseHeadAfter(_ s: Int, _ end: Int) -> (Int, EntityType, RuleID)? {
        let tokens = entry.tokens
        guard end < tokens.count, end - s <= 3, tokens[end].kind == .word, !capitalized[end],
            blockOf[end] == blockOf[end - 1], tokens[end].range.utf8Start == tokens[end - 1].range.utf8End + 1
        else { return nil }
        let word = fkey(end)
        let isLandform = Self.landformWords.contains(word)
        let isLocalBody = Self.localBodyWords.contains(word)
        let isInstitution = Self.institutionWords.contains(word)
        guard isLandform || isLocalBody || isInstitution || Self.serviceWords.contains(word) else { return nil }
        guard
            (s..<end).allSatisfy({
                capitalized[$0] && !isOfficeWord($0) && !has($0, .functionWords)
                    && !has($0, .orgHeadKeywords) && !has($0, .givenNames)
            })
        else { return nil }
        let key = (s..<end).map { folded[$0] }.joined(separator: " ")
        if isLandform {
            // (A person's or an organisation's name before "airport" names no place.)
            if let row = shared.tables.names[key], row.type != .place { return nil }
            if (s..<end).contains(where: { isAllCapsAt($0) }) { return nil }
            return (1, .place, .placeLandformWord)
        }
        if isLocalBody || isInstitution {
            guard s > 0, foldedIs(s - 1, "the"), !(s..<end).contains(where: { isAllCapsAt($0) }) else { return nil }
            let row = shared.tables.names[key]
            if isLocalBody { return row?.type == .place ? (1, .organization, .orgLowercaseBody) : nil }
            // ("the Dutch hospital group": a nation's adjective names no institution.)
            guard row == nil, !(s..<end).contains(where: { has($0, .familyNames) || has($0, .demonyms) }),
                !shared.tables.nationAdjectives.contains(key)
            else { return nil }
            return (1, .organization, .orgLowercaseBody)
        }
        // "the Chilean navy": definite, after "the" ("by Malaysian navy" is left alone).
        guard s > 0, foldedIs(s - 1, "the"), shared.tables.demonyms[key] != nil || shared.tables.nationAdjectives.contains(key)
        else { return nil }
        return (1, .organization, .orgLowercaseBody)
    }

    /// The first token of a lower-case ministry or department ending at token `i` ("the transport
    /// ministry", "Chile's mining ministry", "the Chilean mining ministry"): a field word before it,
    /// and "the", a possessive or a nation's adjective before the field; or "the coastguard"; nil otherwise.
    func lowercaseBodyStart(_ i: Int) -> Int? {
        // "the coastguard": the one service word that names a body without a nation's adjective.
        if i >= 1, surfaceIs(i, "coastguard"), foldedIs(i - 1, "the"), blockOf[i - 1] == blockOf[i] { return i }
        // "the water police", "the fire brigade", "the harbour authority": a service of two lower-case words.
        if i >= 2, let first = strings.tokenBytes(i).first, first == 0x70 || first == 0x62 || first == 0x73 || first == 0x61 || first == 0x67,
            let start = lowercaseServiceStart(i)
        {
            return start
        }
        guard i >= 2, surfaceIs(i, "ministry") || surfaceIs(i, "department"),
            Self.ministryFields.contains(fkey(i - 1)), !capitalized[i - 1], blockOf[i - 2] == blockOf[i]
        else { return nil }
        let before = i - 2
        if capitalized[before], has(before, .demonyms) || shared.tables.nationAdjectives.contains(fkey(before)) {
            return before
        }
        if foldedIs(before, "the") || entry.tokens[before].kind == .possessive { return i - 1 }
        return nil
    }
}
