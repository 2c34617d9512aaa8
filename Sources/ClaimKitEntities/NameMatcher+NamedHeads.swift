import ClaimKitModel

/// Names that a lower-case word after them, or a vessel's word before them, shows to be no person's:
/// a street or river ("Trần Phú street", "the Thu Bồn river"), a facility ("the Aurora Metale
/// gold-processing plant", "the Siti Hasmah hospital"), an address's street ("Tisza Lajos krt. 12") and
/// a ship ("the patrol ship Marinero Fuentealba").
extension NameMatcher {
    /// Lower-case words of streets and waters that, after a name, make the pair a place
    /// (`entity.place-landform-word`), though the name is a person's ("Trần Phú street").
    static let streetAndWaterWords: WordSet = [
        "street", "road", "avenue", "boulevard", "river", "canal", "creek", "bridge", "square",
    ]

    /// Lower-case words of facilities that, after "the" and a name of two or more words,
    /// make the name an organisation (`entity.org-facility-head`), a person's name too ("the Siti
    /// Hasmah hospital"); one or two lower-case words may come between ("the Aurora Metale
    /// gold-processing plant").
    static let facilityWords: WordSet = [
        "plant", "factory", "mine", "smelter", "refinery", "mill", "hospital", "shipyard", "foundry",
    ]

    /// Street words of other languages, abbreviated or not, written in lower case after the street's
    /// name and before the house number: "Tisza Lajos krt. 12", "Petőfi u. 3", "Zamkowa ul. 4".
    static let streetAbbreviations: WordSet = [
        "krt", "krt.", "u", "u.", "utca", "út", "ut", "ul", "ul.", "str", "str.", "körút", "korut", "ulica",
        "tér", "ter", "sgt", "sgt.",
    ]

    /// Lower-case words of vessels that, before a name, make the name a ship's
    /// (`entity.vessel-name`): "the patrol ship Marinero Fuentealba".
    static let vesselWords: WordSet = [
        "ship", "vessel", "frigate", "tanker", "ferry", "yacht", "trawler", "corvette", "cutter", "icebreaker",
        "freighter", "destroyer", "submarine", "warship", "tugboat", "tug", "schooner", "catamaran", "liner",
    ]

    /// The length and reading of lower-case words after the name `s..<end` that make it a place, an
    /// organisation or a street of an address; nil when none does.
    func namedHeadAfter(_ s: Int, _ end: Int) -> (Int, EntityType, RuleID)? {
        let tokens = entry.tokens
        guard end < tokens.count, tokens[end].kind == .word, !capitalized[end], end - s <= 3,
            blockOf[end] == blockOf[end - 1], tokens[end].range.utf8Start == tokens[end - 1].range.utf8End + 1
        else { return nil }
        let word = fkey(end)
        guard
            (s..<end).allSatisfy({
                capitalized[$0] && !isAllCapsAt($0) && !isOfficeWord($0) && !has($0, .functionWords)
                    && !has($0, .orgHeadKeywords) && !has($0, .demonyms)
            })
        else { return nil }
        // "Tisza Lajos krt. 12": a street of an address, no person (`entity.street-address`).
        if Self.streetAbbreviations.contains(word) {
            var k = end + 1
            if k < tokens.count, surfaceIs(k, ".") { k += 1 }
            guard k < tokens.count, tokens[k].kind == .number, blockOf[k] == blockOf[end] else { return nil }
            return (k - end, .other, .streetAddress)
        }
        let isStreet = Self.streetAndWaterWords.contains(word)
        var head = end
        if !isStreet && !Self.facilityWords.contains(word) {
            // (Only a facility after "the" and two words or more may have modifiers: most names stop here.)
            guard end - s >= 2, s > 0, foldedIs(s - 1, "the") else { return nil }
            // One or two lower-case modifiers before the facility's word: "gold-processing plant".
            var k = end
            while k < tokens.count, k < end + 2, tokens[k].kind == .word, !capitalized[k], blockOf[k] == blockOf[end],
                !has(k, .functionWords), !Self.facilityWords.contains(fkey(k))
            { k += 1 }
            guard k < tokens.count, k > end, tokens[k].kind == .word, blockOf[k] == blockOf[end],
                Self.facilityWords.contains(fkey(k))
            else { return nil }
            head = k
        }
        let key = (s..<end).map { folded[$0] }.joined(separator: " ")
        let row = shared.tables.names[key]
        if isStreet {
            // ("Kenya road crash", "the Nairobi Mombasa road": known places keep their own readings.)
            guard row == nil, !(s..<end).contains(where: { has($0, .names) }) else { return nil }
            return (1, .place, .placeLandformWord)
        }
        // A facility after "the" and a name of two words or more, or of one word no person's or place's
        // ("the Trump company" keeps its person; "the Bordeaux hospital" names no institution).
        // (One word before the facility's word is left to the hospital rule and the gazetteer: "the
        // Manjung plant" names the town's plant.)
        guard end - s >= 2, s > 0, foldedIs(s - 1, "the"), row == nil else { return nil }
        guard !shared.tables.nationAdjectives.contains(key) else { return nil }
        // ("the Arkwell Loop group", "the Quillon company": context evidence reads a firm's word after a name.)
        return (head == end ? 1 : 0, .organization, .orgFacilityHead)
    }

    /// True when a lower-case vessel's word stands just before the name at `s`: "the patrol ship
    /// Marinero Fuentealba", "the ferry Sinar Bangun".
    func followsVesselWord(_ s: Int) -> Bool {
        guard s >= 2, entry.tokens[s - 1].kind == .word, !capitalized[s - 1], blockOf[s - 1] == blockOf[s] else {
            return false
        }
        return Self.vesselWords.contains(fkey(s - 1))
    }
}
