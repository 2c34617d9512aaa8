import ClaimKitModel
import ClaimKitText

/// Organisation and place evidence inside a sequence: keywords that make the whole sequence
/// one name, public bodies, sports clubs, centres, company name endings, titles after a capital "The",
/// weather events ("Storm Ciara").
extension NameMatcher {
    /// Whether a common word opening a sentence still opens the name after it: a sports club by its
    /// context ("Rangers fans"), or two words ending with an organisation keyword where the first is a
    /// compass word or a keyword too, or the keyword would stand alone ("Northern Powergrid",
    /// "Network Rail", "Pantheon Macroeconomics").
    func keepsCommonOpener(_ s: Int, _ end: Int) -> Bool {
        if end - s == 1 { return sportsClub(s, end) }
        let opener = folded[s]
        // "Electricity North West": a keyword, then compass words.
        if end - s <= 3, shared.tables.orgHeadKeywords.contains(opener),
            ((s + 1)..<end).allSatisfy({ Self.compassWords.contains(fkey($0)) })
        {
            return true
        }
        guard end - s <= 3, has(end - 1, .orgHeadKeywords),
            !shared.tables.functionWords.contains(opener), !shared.tables.nonNames.contains(opener),
            !shared.tables.officeModifiers.contains(opener)
        else { return false }
        return Self.compassWords.contains(opener) || shared.tables.orgHeadKeywords.contains(opener)
            || end - s == 2 && !has(end - 1, .commonWords)
    }

    /// Whether `s..<end` follows a capital "The" inside a sentence and reads as a title: two to five
    /// words, a gazetteer name among them, ending on a capitalised word that is no known name,
    /// keyword, office or given name ("The New York Times", not "The Hague" or "The Home Office").
    func capitalTheTitle(_ s: Int, _ end: Int) -> Bool {
        guard s > 0, end - s >= 2, end - s <= 5, surfaceIs(s - 1, "The"), !initial[s - 1] else { return false }
        guard !isAllCapsAt(end - 1), !has(end - 1, .names),
            !has(end - 1, .orgHeadKeywords), !has(end - 1, .placeKeywords),
            // (An office's modifier may end a title: "The Lancet Public Health"; an office may not.)
            !has(end - 1, .legalSuffixes), !has(end - 1, .offices), !has(end - 1, .givenNames),
            !has(s, .givenNames), !has(end - 1, .demonyms),
            !shared.tables.names.contains((s..<end).map({ folded[$0] }).joined(separator: " ")),
            (s..<(end - 1)).contains(where: { nameMatch($0, end - 1) != nil }),
            !isQuotedTitle(s, end)
        else { return false }
        return true
    }

    /// Labels of a match report's time, before a colon: full time, half time, after extra time.
    static let matchTimeLabels: WordSet = ["ft", "ht", "aet"]

    /// "Centre", "Center": before "for", an organisation ("Centre for Policy Studies").
    static let centreWords: WordSet = ["centre", "center"]

    /// Numbers that name a division after a league keyword ("League One").
    static let divisionNumbers: WordSet = ["one", "two", "three", "four", "1", "2", "3", "4"]

    /// Words of the compass that may follow an organisation keyword inside its name ("Electricity North West").
    static let compassWords: WordSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "midlands",
    ]

    /// The length of a weather event's name at `p` ("Storm Ciara", "Tropical Storm Ida"), nil when none.
    func weatherEventLength(_ p: Int, _ end: Int) -> Int? {
        guard has(p, .weatherWords) else { return nil }
        var q = p + 1
        // "Tropical Storm": a second weather word.
        if q < end, has(q, .weatherWords) { q += 1 }
        guard q < end, q > p, capitalized[q], !isAllCapsAt(q),
            has(q, .functionWords) == false, !has(q, .orgHeadKeywords),
            !has(q, .placeKeywords), !has(q, .names) || has(q, .givenNames)
        else { return nil }
        // "Storm Prediction Center": more capitalised words after the name make it something else;
        // "Storm Warning": a common word is no given name.
        guard q + 1 == end, !has(q, .commonWords) || has(q, .givenNames)
        else { return nil }
        return q + 1 - p
    }

    /// "Sport England", "Arts Council England", "Transport Scotland": a field of public work or an
    /// organisation keyword, then a country's or a nation's name, ends the name of a public body.
    /// "Sri Lanka Cricket", "BC Parks": the mirror order, a nation's name (its letters too) and then a
    /// field word, is the same kind of body (`nationBodyAfterPlace`).
    func nationBody(_ s: Int, _ end: Int) -> LexiconSource? {
        guard end - s >= 2, end - s <= 3 else { return nil }
        guard let row = (has(end - 1, .names) ? shared.tables.names[fkey(end - 1)] : nil), row.type == .place,
            row.rule == .placeCountry || row.rule == .placeSubdivision || row.rule == .placeRegion,
            !isAllCapsAt(end - 1)
        else { return nationBodyAfterPlace(s, end) }
        // (Each lookup its own statement: a `??` whose right side reads the tables captured a copy of them.)
        if let source = shared.tables.nationFieldWords[fkey(end - 2)] { return source }
        return (has(end - 2, .orgHeadKeywords) ? shared.tables.orgHeadKeywords[fkey(end - 2)] : nil)
    }

    /// Whether the name `s..<end` is a sports club by its context: a score between it and another
    /// name ("Hibs 2-1 Hearts", "Lyon 0-0 Nice"), or a word of the game after it ("Aberdeen manager",
    /// "Celtic striker"; "fans", "supporters" only after a town's name or a club word). Countries and
    /// regions are left alone (national sides read as their country), and so are people's names.
    func sportsClub(_ s: Int, _ end: Int) -> Bool {
        // Every reading below needs a digit, "v"/"vs" or a sports cue next to the name: most
        // names have none, and are turned away before any key is built.
        guard mayBeSportsClub(s, end) else { return false }
        guard end - s <= 3, !isAllCapsAt(s), !has(s, .givenNames),
            officeRun(s, end) == nil, !(s..<end).contains(where: { has($0, .demonyms) })
        else { return false }
        let key = (s..<end).map { folded[$0] }.joined(separator: " ")
        if shared.tables.nationAdjectives.contains(key) { return false }
        let row = shared.tables.names[key]
        if let row, row.rank <= 2 || row.type == .organization { return false }
        let tokens = entry.tokens
        // A score after the name and a capitalised word after the score, or the mirror image.
        var q = end
        while q < tokens.count && q < end + 4 && blockOf[q] == blockOf[s] && !capitalized[q] { q += 1 }
        // (A national side on the other side makes this one a national side too: "Sweden 1-0 Korea Republic".)
        func isNation(_ i: Int) -> Bool {
            ((has(i, .names) ? shared.tables.names[fkey(i)] : nil)?.rank ?? 9) <= 2 || has(i, .demonyms)
                || shared.tables.nationAdjectives.contains(fkey(i))
        }
        if q > end, q < tokens.count, capitalized[q], blockOf[q] == blockOf[s], isScore(between: end - 1, q) {
            return !isNation(q)
        }
        var r = s - 1
        while r >= 0 && r > s - 5 && blockOf[r] == blockOf[s] && !capitalized[r] { r -= 1 }
        if r >= 0, r < s - 1, capitalized[r], blockOf[r] == blockOf[s], isScore(between: r, s) { return !isNation(r) }
        // "Leeds v Chelsea", "Rangers vs Celtic": a town's name or a club word on this side of "v".
        let townOrClub = row.map { $0.type == .place } ?? false || has(end - 1, .clubWords)
        if townOrClub, end + 1 < tokens.count, surfaceIs(end, "v") || surfaceIs(end, "vs") || surfaceIs(end, "vs."),
            capitalized[end + 1], blockOf[end + 1] == blockOf[s], !isNation(end + 1)
        {
            return true
        }
        if townOrClub, s >= 2, surfaceIs(s - 1, "v") || surfaceIs(s - 1, "vs") || surfaceIs(s - 1, "vs."),
            capitalized[s - 2], blockOf[s - 2] == blockOf[s], !isNation(s - 2)
        {
            return true
        }
        // "a defeat by Kilmarnock", "a signing from Dunfermline", "Norwegian side Rosenborg": a match's or a
        // transfer's words before a town's name, a club word or one unknown word (no family name: "a win
        // over Harris" may be an election's).
        // (After a transfer's "from", one unknown word is left to the transfer cues of ContextEvidence.)
        if sportsCueBefore(s) != nil, end - s <= 2,
            row != nil ? row!.type == .place : (end - s == 1 && !has(s, .commonWords) && !foldedIs(s - 1, "from"))
                || has(end - 1, .clubWords),
            !(s..<end).contains(where: { has($0, .familyNames) }) || has(end - 1, .clubWords)
        {
            return true
        }
        guard end < tokens.count, blockOf[end] == blockOf[s], tokens[end].kind == .word,
            NameFolding.isLowercaseWord(surfaces[end]), let cue = (has(end, .sportsCues) ? shared.tables.sportsCues[fkey(end)] : nil)
        else { return false }
        if !cue.crowd { return true }
        return row?.type == .place || has(end - 1, .clubWords)
    }

    /// A necessary condition of `sportsClub(s, end)`, from bytes and one lookup: a digit after the
    /// name or before it (a score, skipping spaces), "v"/"vs"/"vs." on either side, or a sports cue after it.
    func mayBeSportsClub(_ s: Int, _ end: Int) -> Bool {
        // (Each byte fact asked alone: no token's three facts computed for one of them.)
        if strings.digitAfter(end - 1) || strings.digitBefore(s) { return true }
        if sportsCueBefore(s) != nil { return true }
        if s >= 1 && strings.isVersus(s - 1) { return true }
        return end < folded.count && (strings.isVersus(end) || has(end, .sportsCues))
    }

    /// The lexicon row of a sports cue right before token `s`: one lower-case word ("side") or two
    /// ("defeat by"), in the same block.
    private func sportsCueBefore(_ s: Int) -> LexiconSource? {
        guard s >= 1, entry.tokens[s - 1].kind == .word, blockOf[s - 1] == blockOf[s], !capitalized[s - 1],
            !shared.tables.sportsCuesBefore.isEmpty
        else { return nil }
        if let source = shared.tables.sportsCuesBefore[fkey(s - 1)] { return source }
        guard s >= 2, entry.tokens[s - 2].kind == .word, blockOf[s - 2] == blockOf[s], !capitalized[s - 2],
            shared.sportsCueBeforeFirstWords.contains(fkey(s - 2))
        else { return nil }
        return shared.tables.sportsCuesBefore[folded[s - 2] + " " + folded[s - 1]]
    }

    /// Whether the text between tokens `a` and `b` is a match score alone: digits, a hyphen or an en
    /// dash, digits, with or without spaces ("2-1", "0 – 0").
    func isScore(between a: Int, _ b: Int) -> Bool {
        let tokens = entry.tokens
        let from = tokens[a].range.utf8End
        let to = tokens[b].range.utf8Start
        guard to - from >= 4, to - from <= 14 else { return false }
        var digitsBefore = 0
        var digitsAfter = 0
        var dash = false
        let u = entry.text.utf8
        var k = u.index(u.startIndex, offsetBy: from)
        let stop = u.index(u.startIndex, offsetBy: to)
        while k < stop {
            let c = u[k]
            if c >= 0x30 && c <= 0x39 {
                if dash { digitsAfter += 1 } else if digitsAfter == 0 { digitsBefore += 1 }
            } else if c == 0x2D && !dash && digitsBefore > 0 {
                dash = true
            } else if c == 0xE2 && !dash && digitsBefore > 0 {
                // "–" (E2 80 93): its two other bytes are skipped below.
                dash = true
                k = u.index(after: k)
                guard k < stop, u[k] == 0x80 else { return false }
                k = u.index(after: k)
                guard k < stop, u[k] == 0x93 else { return false }
            } else if c != 0x20 {
                return false
            }
            k = u.index(after: k)
        }
        return dash && (1...2).contains(digitsBefore) && (1...2).contains(digitsAfter)
    }

    /// A name that fills a pair of quotation marks on its own, "The Quiet Lagoon": the title of a
    /// work, which a place keyword does not make a place.
    func isQuotedTitle(_ u: Int, _ v: Int) -> Bool {
        let tokens = entry.tokens
        var q = u - 1
        if q >= 0 && foldedIs(q, "the") { q -= 1 }
        guard q >= 0, v < tokens.count else { return false }
        func opens(_ k: Token.Kind) -> Bool { k == .openingQuote || k == .ambiguousQuote }
        func closes(_ k: Token.Kind) -> Bool { k == .closingQuote || k == .ambiguousQuote }
        var w = v
        if w < tokens.count, surfaceIs(w, ",") || surfaceIs(w, ".") { w += 1 }
        return opens(tokens[q].kind) && (closes(tokens[v].kind) || w < tokens.count && closes(tokens[w].kind))
    }

    /// "Tax Policy Center", "Cancer Research Centre": a centre named for a field of work is an
    /// organisation (a place keyword otherwise: "Kennedy Space Center", "Barbican Centre").
    /// "National Hurricane Center", "European Space Operations Centre", "Centre National d'Études
    /// Spatiales": an institution's word anywhere in a centre's name makes it an organisation too,
    /// unless a venue's word says it is a building ("National Exhibition Centre").
    func organizationCenter(_ u: Int, _ v: Int) -> LexiconSource? {
        guard v - u >= 2 else { return nil }
        let endsWithCentre = Self.centreWords.contains(fkey(v - 1))
        guard endsWithCentre || Self.centreWords.contains(fkey(u)) || foldedIs(u, "centro") else { return nil }
        if endsWithCentre, let source = shared.tables.centerOrganizationWords[fkey(v - 2)] { return source }
        if (u..<v).contains(where: { Self.venueWords.contains(fkey($0)) }) { return nil }
        for k in u..<v { if let source = shared.tables.centerInstitutionWords[fkey(k)] { return source } }
        return nil
    }

    /// "Irving Independent School District", "Metropolitan Water District": a district named for a
    /// public service it runs is the authority that runs it, an organisation ("Lake District" stays a place).
    func isServiceDistrict(_ u: Int, _ v: Int) -> Bool {
        v - u >= 2 && foldedIs(v - 1, "district") && Self.districtServices.contains(fkey(v - 2))
    }

    /// Public services a US-style special district runs (school districts, water districts ...).
    static let districtServices: WordSet = [
        "school", "water", "fire", "transit", "library", "sanitation", "utility", "irrigation", "hospital",
    ]

    /// Words that make a centre a building or a venue ("Exhibition Centre", "Shopping Center").
    static let venueWords: WordSet = [
        "exhibition", "convention", "shopping", "leisure", "visitor", "visitors", "community", "conference",
        "garden", "town", "city", "trade", "sports", "arts", "civic", "retail",
    ]

    /// The lexicon row of a company's ending glued to token `i` ("Arianespace"): a capitalised word of
    /// seven letters or more, the rest in lower case, no given or family name, a stem of four letters.
    /// Whether every character of the word after its first is lower case (by bytes for ASCII).
    static func restIsLowercase<S: StringProtocol>(_ s: S) -> Bool {
        let u = s.utf8
        if u.allSatisfy({ $0 < 0x80 }) { return u.dropFirst().allSatisfy { $0 &- 0x61 < 26 } }
        return s.dropFirst().allSatisfy { $0.isLowercase }
    }

    func companyNameEnding(_ i: Int) -> LexiconSource? {
        // (Lengths, cases and endings compared by bytes for ASCII words: the same answers as by
        // characters; the word's string is made only for other words.)
        let key = fkey(i)
        let word = strings.tokenBytes(i)
        guard (key.hash != 0 ? key.bytes.count : folded[i].utf8.count) >= 7, capitalized[i], !isAllCapsAt(i),
            word.allSatisfy({ $0 < 0x80 }) ? word.dropFirst().allSatisfy({ $0 &- 0x61 < 26 }) : Self.restIsLowercase(surfaces[i]),
            !has(i, .givenNames), !has(i, .familyNames), !has(i, .commonWords)
        else { return nil }
        let endings = shared.tables.companyNameEndings
        if key.hash != 0 {
            let fu = key.bytes
            // (By index: the endings' strings and sources are read only on a hit, not copied per ending.)
            let byteEndings = shared.companyNameEndingBytes
            for k in byteEndings.indices {
                if let eu = byteEndings[k] {
                    // (The last bytes compared first: most endings differ there.)
                    if fu.count - eu.count >= 4 && (eu.isEmpty || eu[eu.count - 1] == fu[fu.count - 1])
                        && fu.suffix(eu.count).elementsEqual(eu)
                    {
                        return endings[k].1
                    }
                } else if folded[i].hasSuffix(endings[k].0) && folded[i].count - endings[k].0.count >= 4 {
                    return endings[k].1
                }
            }
            return nil
        }
        let f = folded[i]
        let ascii = f.utf8.allSatisfy { $0 < 0x80 }
        for (ending, source) in endings {
            if ascii && ending.utf8.allSatisfy({ $0 < 0x80 }) {
                let fu = f.utf8
                let eu = ending.utf8
                if fu.count - eu.count >= 4 && fu.suffix(eu.count).elementsEqual(eu) {
                    return source
                }
            } else if f.hasSuffix(ending) && f.count - ending.count >= 4 {
                return source
            }
        }
        return nil
    }

    /// A whole sequence that a keyword makes one organisation or place ("University of
    /// North Carolina", "Kennedy Space Center"), though gazetteer names stand inside it.
    func wholeSequenceByKeyword(_ s0: Int, _ end0: Int) -> Bool {
        var s = s0
        var end = end0
        // "Museum of Flight CEO": an office after the organisation belongs to what follows.
        // ("Office of the US Trade Representative", "Office of the High Commissioner": an office
        // named by "Office of" keeps its holder's title.)
        while end - s > 2 && has(end - 1, .offices)
            && !has(end - 1, .orgHeadKeywords) && !isOfficeOfTitle(s, end)
        { end -= 1 }
        guard end - s >= 2 else { return false }
        // "US State Department": the country is a place of its own, the organisation is the rest.
        // "Greek Ministry of Culture", "Italian Supreme Court of Cassation": a demonym before "X of Y"
        // is no part of the name.
        if end - s >= 4, has(s, .demonyms),
            foldedIs(s + 2, "of")
                && (has(s + 1, .orgOpeners) || has(s + 1, .orgHeadKeywords))
                || end - s >= 5 && foldedIs(s + 3, "of") && capitalized[s + 1] && capitalized[s + 2]
                    && !has(s + 1, .demonyms)
                    && (has(s + 2, .orgOpeners) || has(s + 2, .orgHeadKeywords))
        {
            s += 1
        }
        if let (length, row) = nameMatch(s, end), row.type == .place, row.rank <= 1, end - s - length >= 2, length == 1,
            isAllCapsAt(s),
            has(end - 1, .orgHeadKeywords) || has(s + length, .orgOpeners)
                || organizationCenter(s + length, end) != nil
                || has(s + length, .orgHeadKeywords) && s + length + 1 < end
                    && foldedIs(s + length + 1, "of")
        {
            addKnown(s, s + length, row)
            s += length
        } else if let (length, row) = nameMatch(s, end), row.type == .place, row.rank <= 1, end - s - length >= 2,
            let (rest, known) = nameMatch(s + length, end), s + length + rest == end, known.type == .organization
        {
            // "United Kingdom Home Office": a country, then a known organisation.
            addKnown(s, s + length, row)
            s += length
        }
        let n = end - s
        let personReading = has(s, .givenNames) && has(end - 1, .familyNames)
        if nameMatch(s, end)?.0 == n || personReading {
            if s != s0 {
                segment(s, end0)
                return true
            }
            return false
        }
        // "League One", "League Two": a league keyword and the number of its division.
        if n == 2, has(s, .orgHeadKeywords), Self.divisionNumbers.contains(fkey(end - 1)) {
            add(s, end, type: .organization, strength: 2, rule: .orgKeyword, source: (has(s, .orgHeadKeywords) ? shared.tables.orgHeadKeywords[fkey(s)] : nil))
            if end < end0 { segment(end, end0) }
            return true
        }
        // "Universität Wien", "Universidad de Chile": a head of another language opens the name;
        // "Electricity North West": an organisation keyword before compass words.
        // (No `??` with the tables on its right: its autoclosure copied the matcher and the tables.)
        var opener = shared.tables.orgForeignHeads[fkey(s)]
        // "Freiwillige Feuerwehr Altdorf", "Guardia Costiera": a head of another language after one
        // capitalised word that is no name opens the organisation too.
        if opener == nil, n >= 2, !has(s, .givenNames), !has(s, .familyNames), !has(s, .names), !initial[s],
            let second = shared.tables.orgForeignHeads[fkey(s + 1)]
        {
            opener = second
        }
        if opener == nil {
            // (A loop, not a closure: see `noneHas`.)
            var allCompass = true
            for k in (s + 1)..<end where !Self.compassWords.contains(fkey(k)) {
                allCompass = false
                break
            }
            if allCompass { opener = (has(s, .orgHeadKeywords) ? shared.tables.orgHeadKeywords[fkey(s)] : nil) }
        }
        var keywordSource = (has(end - 1, .orgHeadKeywords) ? shared.tables.orgHeadKeywords[fkey(end - 1)] : nil)
        // "Paolo Banco", "Pedro Guardia": a head of another language after a known given name ends a person's name.
        if keywordSource != nil, n == 2, has(s, .givenNames), shared.tables.orgForeignHeads[fkey(end - 1)] != nil {
            keywordSource = nil
        }
        if keywordSource == nil { keywordSource = opener }
        if keywordSource == nil { keywordSource = organizationCenter(s, end) }
        if let source = keywordSource {
            // ("Electricity North West": the compass words name no place of their own here.)
            add(
                s, end, type: .organization, strength: 2, rule: .orgKeyword, source: source,
                nested: has(end - 1, .orgHeadKeywords) || organizationCenter(s, end) != nil)
            if end < end0 { segment(end, end0) }
            return true
        }
        // A keyword before "of" anywhere: "Massachusetts Institute of Technology", "Gulf of Mexico";
        // before "on" ("Council on Foreign Relations": `sequenceEnd` keeps "on" only after a keyword).
        var ofKeyword: (Int, LexiconSource, EntityType)?
        for k in (s + 1)..<(end - 1) where foldedIs(k, "of") || foldedIs(k, "for") || foldedIs(k, "on") {
            if let source = (has(k - 1, .orgOpeners) ? shared.tables.orgOpeners[fkey(k - 1)] : nil) {
                ofKeyword = (k - 1, source, .organization)
                break
            }
            if let source = (has(k - 1, .orgHeadKeywords) ? shared.tables.orgHeadKeywords[fkey(k - 1)] : nil) {
                ofKeyword = (k - 1, source, .organization)
                break
            }
            // ("the Port of Santos": the town's port, read as the town; see `townsPortWords`.)
            if let source = (has(k - 1, .placeKeywords) ? shared.tables.placeKeywords[fkey(k - 1)] : nil),
                !Self.townsPortWords.contains(folded[k - 1])
            {
                // "Australian Centre for Control of ...": a centre "for" a cause is an organisation.
                ofKeyword = (k - 1, source, foldedIs(k, "for") && Self.centreWords.contains(fkey(k - 1)) ? .organization : .place)
                break
            }
        }
        if n >= 3, let (k, source, type) = ofKeyword {
            // "University of Texas Arlington Amneh Jafari": a given name and another word end the organisation.
            var cut = end
            for j in (k + 3)..<end
            where j + 1 < end && has(j, .givenNames) && !has(j, .names) {
                cut = j
                break
            }
            add(s, cut, type: type, strength: 2, rule: type == .place ? .placeKeyword : .orgKeyword, source: source)
            if cut < end0 { segment(cut, end0) }
            return true
        }
        if isServiceDistrict(s, end) {
            add(s, end, type: .organization, strength: 2, rule: .orgServiceDistrict, source: nil)
            if end < end0 { segment(end, end0) }
            return true
        }
        if let source = (has(end - 1, .placeKeywords) ? shared.tables.placeKeywords[fkey(end - 1)] : nil), !isQuotedTitle(s, end) {
            add(s, end, type: .place, strength: 2, rule: .placeKeyword, source: source)
            if end < end0 { segment(end, end0) }
            return true
        }
        if s != s0 {
            segment(s, end0)
            return true
        }
        return false
    }

    /// The lexicon row of an office only organisations hold ("chief executive", "chair") at `q`.
    func organizationOfficeAfter(_ q: Int) -> LexiconSource? {
        guard q < folded.count else { return nil }
        let two = q + 1 < folded.count ? folded[q] + " " + folded[q + 1] : ""
        if let row = shared.tables.organizationOffices[two] { return row }
        return shared.tables.organizationOffices[fkey(q)]
    }

    /// Whether `s..<end` reads "Office of (the) ..." and ends with an office's title: the office is
    /// the holder's ("Office of the US Trade Representative"), with no given name at its end
    /// ("Office of the Director Ana" is no such name).
    func isOfficeOfTitle(_ s: Int, _ end: Int) -> Bool {
        guard end - s >= 3, foldedIs(s, "office"), foldedIs(s + 1, "of"), !has(end - 1, .givenNames) else { return false }
        return true
    }
}
