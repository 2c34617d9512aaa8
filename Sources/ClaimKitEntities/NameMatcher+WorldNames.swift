import ClaimKitModel

/// Rule families for names that English-language gazetteers and name lists miss (session 5, pages of
/// Indonesia, Iceland, Canada and Ireland): compass regions, numbered roads, national sports bodies in
/// either order, companies with a legal form of another language before the name, agencies glued from
/// a word and a place, regional districts, and people introduced by their age.
extension NameMatcher {
    /// Compass words that open a region's name ("South Sulawesi", "Northern Cape"), folded.
    static let regionCompassWords: WordSet = [
        "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
        "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
        "north-eastern", "north-western", "south-eastern", "south-western",
        // "Upper Austria", "Lower Saxony", "Greater Manchester".
        "upper", "lower", "greater",
    ]

    /// Words that, before a number, name a road ("Highway 5", "Route 66"), folded.
    static let roadWords: WordSet = ["highway", "route", "interstate", "autobahn", "autoroute", "autopista"]

    /// `entity.place-compass`: whether `s..<end` is a compass word and then, to its end, one gazetteer
    /// place ("South Sulawesi", "North Maluku", "East Jerusalem"), the whole no gazetteer name itself
    /// ("South Korea" reads as itself).
    func compassPlace(_ s: Int, _ end: Int) -> Bool {
        guard end - s >= 2, end - s <= 4, Self.regionCompassWords.contains(fkey(s)), capitalized[s],
            !isAllCapsAt(s), capitalized[s + 1],
            let (length, row) = nameMatch(s + 1, end), s + 1 + length == end, row.type == .place
        else { return false }
        if let (whole, _) = nameMatch(s, end), whole == end - s { return false }
        return true
    }

    /// `entity.place-road-number`: the length of a road's name opening at token `i`: a road word, then
    /// its number ("Highway 5", "Route 66", "Highway 97C") in the same block; nil otherwise.
    func roadNumberLength(_ i: Int) -> Int? {
        let tokens = entry.tokens
        // (The digit one space after the word first: most capitalised words have none, and need no lookup.)
        guard i + 1 < tokens.count, tokens[i + 1].range.utf8Start == tokens[i].range.utf8End + 1,
            let digit = strings.tokenBytes(i + 1).first, digit >= 0x30 && digit <= 0x39,
            Self.roadWords.contains(fkey(i)), !isAllCapsAt(i),
            blockOf[i + 1] == blockOf[i],
            let first = surfaces[i + 1].utf8.first, first >= 0x30 && first <= 0x39, surfaces[i + 1].utf8.count <= 4,
            surfaces[i + 1].utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 &- 0x41 < 26) })
        else { return nil }
        // "97C": a letter glued to the number may be a token of its own.
        if i + 2 < tokens.count, tokens[i + 2].range.utf8Start == tokens[i + 1].range.utf8End,
            surfaces[i + 2].utf8.count == 1, let b = surfaces[i + 2].utf8.first, b &- 0x41 < 26
        {
            return 3
        }
        return 2
    }

    /// `entity.org-legal-prefix`: whether `start..<end` opens with a company's legal form written in
    /// capitals ("PT", "JSC") before capitalised words: the whole sequence is the company.
    func legalPrefixOrganization(_ start: Int, _ end: Int) -> LexiconSource? {
        guard end - start >= 2, end - start <= 7, let source = shared.tables.legalPrefixes[fkey(start)],
            isAllCapsAt(start),
            ((start + 1)..<end).allSatisfy({ capitalized[$0] || surfaceIn($0, .connectors) }), capitalized[end - 1]
        else { return nil }
        return source
    }

    /// The nation-body reading of `s..<end` in the mirror order: a country's, subdivision's or region's
    /// name (its letters too: "BC", "USA"), then a sport or "Parks" ("Sri Lanka Cricket", "BC Parks";
    /// not "the Malaysia Tourism board", where the field word describes a board named after it).
    func nationBodyAfterPlace(_ s: Int, _ end: Int) -> LexiconSource? {
        guard let source = shared.tables.nationBodyTailWords[fkey(end - 1)], capitalized[end - 1],
            !isAllCapsAt(end - 1),
            isNationName(s, end - 1)
        else { return nil }
        return source
    }

    /// Whether `s..<end` is a country's, subdivision's or region's name, or a subdivision's code in
    /// capitals ("BC", "NSW").
    func isNationName(_ s: Int, _ end: Int) -> Bool {
        if end - s == 1, isAllCapsAt(s), shared.tables.subdivisionCodes.contains(fkey(s)) { return true }
        guard let (length, row) = nameMatch(s, end), s + length == end, row.type == .place else { return false }
        return row.rule == .placeCountry || row.rule == .placeSubdivision || row.rule == .placeRegion
    }

    /// `entity.person-age`: whether `s..<end` is one to three capitalised words that may be a name (no
    /// common word, office, demonym or big place; no gazetteer name as a whole) before an age.
    func agedName(_ s: Int, _ end: Int) -> Bool {
        // (A known given name first is typed by its own rule, `entity.person-given-name`.)
        guard end - s <= 3, ageAfter(end), !has(s, .givenNames), shared.tables.names[(s..<end).map({ folded[$0] }).joined(separator: " ")] == nil
        else { return false }
        return (s..<end).allSatisfy { k in
            capitalized[k] && !isAllCapsAt(k) && !has(k, .commonWords) && !has(k, .demonyms)
                && !isOfficeWord(k) && !has(k, .orgHeadKeywords) && !has(k, .placeKeywords)
                && ((has(k, .names) ? shared.tables.names[fkey(k)] : nil).map { $0.type == .place && $0.rank >= 3 && $0.population < 100_000 } ?? true)
        }
    }

    /// Place words that only open a name ("Fort Kestrel", "Mount Kenya", "Pulau Sebesi"), folded.
    static let openingPlaceWords: WordSet = [
        "fort", "mount", "pulau", "tanjung", "gunung", "danau", "teluk", "selat", "sungai", "bukit", "kepulauan",
        "kampung", "desa", "kabupaten",
    ]

    /// Whether `u..<v` ends with a place word that only opens names, and opens with none ("Pamela Burch
    /// Fort": a person's family name, not a fort; "Rod Laver Arena" keeps its keyword).
    func endsWithOpeningPlaceWord(_ u: Int, _ v: Int) -> Bool {
        Self.openingPlaceWords.contains(fkey(v - 1)) && !has(u, .placeKeywords)
    }

    /// Endings of Icelandic place names, folded ("Ísafjörður", "Grindavík", "Þorlákshöfn", "Reykjanesbær",
    /// "Egilsstaðir", "Akureyri", "Vatnajökull", "Skagafjörður"); no person's name ends so (theirs end
    /// "-son", "-dóttir").
    static let placeNameEndings: [String] = [
        "fjordur", "fjardar", "vik", "vikur", "hofn", "jokull", "baer", "stadir", "eyri", "dalur", "foss", "vatn",
    ]

    /// `entity.place-name-ending`: whether the one word `u` is a place by its ending ("-fjörður") or, after
    /// a place preposition or "from", by Icelandic letters ("ð", "þ"); no given or family name, no common word.
    func isPlaceByEnding(_ u: Int) -> Bool {
        // (The token's bytes first: most words are ASCII, and need no string.)
        let b = strings.tokenBytes(u)
        guard b.count >= 5, b.contains(where: { $0 >= 0x80 }) else { return false }
        let s = surfaces[u]
        guard capitalized[u], !NameFolding.isAllCaps(s),
            !has(u, .givenNames), !has(u, .familyNames), !has(u, .commonWords)
        else { return false }
        let f = folded[u]
        if Self.placeNameEndings.contains(where: { f.hasSuffix($0) && f.count >= $0.count + 3 }) { return true }
        guard u > 0, surfaceIn(u - 1, .placePrepositions) || surfaceIs(u - 1, "from") || surfaceIs(u - 1, "to")
        else { return false }
        return s.unicodeScalars.contains { $0 == "ð" || $0 == "þ" || $0 == "Þ" }
    }

    /// `entity.place-preposition` for two or three words: whether `u..<v` follows a place preposition
    /// ("in", "near", "outside", "across") and every word is name-shaped and neither a known given name nor
    /// a family name ("in Labuan Bajo"; not "in Ann Kestrel's view", a person's name).
    func isUnknownPlaceAfterPreposition(_ u: Int, _ v: Int) -> Bool {
        guard v - u >= 2, v - u <= 3, u > 0, surfaceIn(u - 1, .placePrepositions), !initial[u],
            v >= entry.tokens.count || entry.tokens[v].kind != .possessive
        else { return false }
        // ("in Raja Ampat": a first word that is also a common word, capitalised, may open the place's name.)
        return (u..<v).allSatisfy {
            (isNameShaped($0) || $0 == u && mayOpenPlaceAsCommonWord($0)) && !has($0, .givenNames) && !has($0, .familyNames)
        }
    }

    /// Whether token `k`, capitalised and a common word ("Raja"), may open a place's name of unknown
    /// words: no office, keyword, demonym, gazetteer name or word that is never a name.
    func mayOpenPlaceAsCommonWord(_ k: Int) -> Bool {
        capitalized[k] && !isAllCapsAt(k) && has(k, .commonWords) && isAlphabeticWord(k) && !has(k, .names)
            && !has(k, .demonyms) && !isOfficeWord(k) && !has(k, .orgHeadKeywords) && !has(k, .placeKeywords)
            && !has(k, .nonNames) && !has(k, .functionWords)
    }

    /// `entity.org-local-government`: whether `s..<end` ends "Regional District" or "Regional
    /// Municipality" after a name ("Thompson-Nicola Regional District").
    func isLocalGovernment(_ s: Int, _ end: Int) -> Bool {
        end - s >= 3 && foldedIs(end - 2, "regional")
            && (foldedIs(end - 1, "district") || foldedIs(end - 1, "municipality"))
    }

    /// `entity.org-glued-place`: whether one capitalised word is glued from common or field words and a
    /// place's name or letters at its end ("DriveBC", "WorkSafeBC", "ServiceOntario", "VisitScotland").
    func isGluedPlaceAgency(_ u: Int) -> Bool {
        // (The token's bytes first: most words have no capital after the first letter, and need no string.)
        let b = strings.tokenBytes(u)
        guard b.count >= 5, b.count <= 24, capitalized[u], b.dropFirst().contains(where: { $0 &- 0x41 < 26 })
        else { return false }
        let s = surfaces[u]
        guard !NameFolding.isAllCaps(s) else { return false }
        // Chunks at each lower-to-upper boundary; an all-capital tail stays one chunk ("BC").
        var chunks: [String] = []
        var current = ""
        var previousLower = false
        for ch in s {
            guard ch.isLetter else { return false }
            if ch.isUppercase && previousLower && !current.isEmpty {
                chunks.append(current)
                current = ""
            }
            current.append(ch)
            previousLower = ch.isLowercase
        }
        chunks.append(current)
        guard chunks.count >= 2, let tail = chunks.last, tail.count >= 2 else { return false }
        let tailKey = NameFolding.fold(tail)
        let tailIsCode = tail.allSatisfy(\.isUppercase) && shared.tables.subdivisionCodes.contains(tailKey)
        guard tailIsCode
            || shared.tables.names[tailKey].map({
                $0.type == .place && ($0.rule == .placeCountry || $0.rule == .placeSubdivision || $0.rule == .placeRegion)
            }) == true
        else { return false }
        return chunks.dropLast().allSatisfy { chunk in
            let f = NameFolding.fold(chunk)
            return chunk.count >= 3 && (shared.tables.commonWords.contains(f) || shared.tables.nationFieldWords[f] != nil)
        }
    }

    /// `entity.person-age`: whether an age follows the name ending before token `v`: ", 52," or ", 52"
    /// before a lower-case word, or "(52)".
    func ageAfter(_ v: Int) -> Bool {
        let tokens = entry.tokens
        guard v + 2 < tokens.count, blockOf[v + 2] == blockOf[v], tokens[v + 1].kind == .number else { return false }
        let digits = surfaces[v + 1].utf8
        guard digits.count <= 3, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let age = Int(surfaces[v + 1]), age >= 1, age <= 119
        else { return false }
        if surfaceIs(v, "(") { return surfaceIs(v + 2, ")") }
        guard surfaceIs(v, ","), surfaceIs(v + 2, ",") else { return false }
        // ", 52, a fisherman", ", 34, lost": a word after, not a further number of a list.
        return v + 3 < tokens.count && tokens[v + 3].kind == .word && NameFolding.isLowercaseWord(surfaces[v + 3])
    }
}
