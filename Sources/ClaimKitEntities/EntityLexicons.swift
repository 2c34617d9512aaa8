import ClaimKitLexicon
import ClaimKitModel

/// The lookup tables the entity rules read, built once from the lexicon store.
///
/// Keys are folded (lower case, no diacritics, no periods) and multi-word keys join
/// their words with one space, split the way the tokenizer splits text.
struct EntityLexicons: Sendable {
    /// A row of a gazetteer of names (places and organisations).
    struct NameRow: Sendable {
        var type: EntityType
        var rule: RuleID
        var source: LexiconSource
        /// The folded canonical name the row stands for, when it differs from the key.
        var canonicalKey: String?
        /// Whether the row is written in capitals, so that only capitals match it ("WHO" but not "Who").
        var capitalsOnly: Bool
        /// Priority among rows of one key: countries before cities.
        var rank: Int
        /// Population, for cities.
        var population: Int
        /// The ISO country code, for cities ("GB").
        var country: String? = nil
    }

    /// A title or office.
    struct Office: Sendable {
        var gender: Entity.Gender?
        var source: LexiconSource
        /// "Mr", "Ms": a form of address, which gives a gender but is no role.
        var isSalutation = false
        /// "actor", "comic": an occupation, a role only when written in lower case before a name.
        var isOccupation = false
    }

    var names: WordMap<NameRow> = [:]
    /// The rank of WordNet's place names: below every other gazetteer; one of them that is also a
    /// family name needs a preposition before it, as a small town does.
    static let wordNetRank = 5
    /// Words that make a place before them a sports club ("Bristol Rovers"); `britishOnly` for
    /// those that do so only after a British town ("Exeter City", but "Gaza City").
    var clubWords: WordMap<(source: LexiconSource, britishOnly: Bool)> = [:]
    /// Fields of work that make "X Center" an organisation ("Policy", "Research").
    var centerOrganizationWords: WordMap<LexiconSource> = [:]
    /// Words that, anywhere in a centre's name, make it an institution ("National Hurricane Center",
    /// "European Space Operations Centre", "Centre National d'Études Spatiales").
    var centerInstitutionWords: WordMap<LexiconSource> = [:]
    /// Words that open or end a sports team's name ("Team Kestrel", "Movistar Team", "Equipo Talavera").
    var teamWords: WordMap<LexiconSource> = [:]
    /// Endings glued to a company's one-word name ("Arianespace", "Ryanair").
    var companyNameEndings: [(String, LexiconSource)] = []
    /// Lower-case words that name a kind of organisation before its name ("state broadcaster TV Perú").
    var organizationDescriptors: WordMap<LexiconSource> = [:]
    /// Lower-case words that make the name before them an organisation ("the Sea Org group", "Halvex shares").
    var organizationContext: WordMap<LexiconSource> = [:]
    /// Kinds of organisation an apposition may name ("Norvane, the broadcaster,"), besides the descriptors.
    var organizationApposition: WordSet = []
    /// Words after a context word that cancel it ("group stage").
    var organizationContextStops: WordSet = []
    /// Plural words for people who work somewhere, before "at" and the name of where ("analysts at X").
    var organizationStaff: WordSet = []
    /// Kinds of place that name the place after "of" ("the town of X", "Municipality of X").
    var placeKinds: WordSet = []
    /// Every proper prefix of a multi-word name key (so a sequence may run on through "of").
    var namePrefixes: WordSet = []
    var maxNameWords = 1
    var demonyms: WordMap<String> = [:]
    var givenNames: WordMap<(gender: Entity.Gender?, source: LexiconSource)> = [:]
    var familyNames: WordMap<LexiconSource> = [:]
    var commonWords: WordSet = []
    var nonNames: WordSet = []
    /// Capitalised function words ("In", "The") that never open or close a name.
    var functionWords: WordSet = []
    /// Acronyms that name no organisation ("CEO", "TV").
    var nonOrgAcronyms: WordSet = []
    var offices: WordMap<Office> = [:]
    var officePrefixes: WordSet = []
    var maxOfficeWords = 1
    var officeModifiers: WordSet = []
    /// Offices that only organisations hold ("chief executive", "board"), for "Ofcom's chief executive".
    var organizationOffices: WordMap<LexiconSource> = [:]
    var connectors: WordSet = []
    /// Articles that follow a connector inside a name ("de los", "de la", "von der").
    var particleArticles: WordSet = []
    /// Words that open a place's name before a particle ("Alto del Cordal", "Pola de Lena", "Col du Galibier").
    var placeParticleOpeners: WordMap<LexiconSource> = [:]
    var generations: WordSet = []
    var reportingVerbs: WordSet = []
    var orgHeadKeywords: WordMap<LexiconSource> = [:]
    var orgOpeners: WordMap<LexiconSource> = [:]
    var legalSuffixes: WordMap<LexiconSource> = [:]
    var placeKeywords: WordMap<LexiconSource> = [:]
    var placePrepositions: WordSet = []
    /// Prepositions that confirm a gazetteer place which is also a common word or a personal name.
    var gazetteerPrepositions: WordSet = []
    /// Folded variant word -> folded canonical word (people and places).
    var variants: WordMap<String> = [:]
    /// Alphabetic codes of subdivisions ("DC", "TX"), folded, that may follow a city.
    var subdivisionCodes: WordSet = []
    /// Letters after a person's name ("KC", "MP", "OBE"), folded: they end the name and show it is a person's.
    var postNominals: WordSet = []
    /// Words that open the name of a weather event ("Storm", "Hurricane"): the name is no person.
    var weatherWords: WordSet = []
    /// Organisation heads of other languages ("Universität", "Institutet", "Stiftung"): they make the name
    /// an organisation whether they end it or open it ("Universität Wien", "Universidad de Chile").
    var orgForeignHeads: WordMap<LexiconSource> = [:]
    /// Fields of public work that, before a nation's name, make the pair an organisation ("Sport England").
    var nationFieldWords: WordMap<LexiconSource> = [:]
    /// Sports and fields that also end a body's name after a nation's ("Sri Lanka Cricket", "BC Parks"),
    /// folded (organizations/keywords.tsv, position `sport` or `field-after`).
    var nationBodyTailWords: WordMap<LexiconSource> = [:]
    /// Company legal forms that open a name ("PT", "JSC"), folded (organizations/legal-forms.tsv, prefix).
    var legalPrefixes: WordMap<LexiconSource> = [:]
    /// Adjectives of nations within states ("English", "Welsh"), folded: never a club's name.
    var nationAdjectives: WordSet = []
    /// Words after a name that show a sports club ("manager", "striker"); `crowd` for "fans", "supporters".
    var sportsCues: WordMap<(source: LexiconSource, crowd: Bool)> = [:]
    /// Lower-case words of a match or a transfer right before a club's name, one or two ("defeat by",
    /// "signing from", "side"): organizations/sports-cues.tsv, kind before.
    var sportsCuesBefore: WordMap<LexiconSource> = [:]

    init(store: LexiconStore) {
        func rows(_ file: String) -> [(Lexicon, Lexicon.Row)] {
            guard let lexicon = store[file] else { return [] }
            return lexicon.rows.map { (lexicon, $0) }
        }
        func field(_ lexicon: Lexicon, _ row: Lexicon.Row, _ column: String) -> String? {
            guard let i = lexicon.column(column), i < row.fields.count else { return nil }
            let value = row.fields[i]
            return value.isEmpty ? nil : value
        }
        func gender(_ s: String?) -> Entity.Gender? {
            switch s {
            case "male": .male
            case "female": .female
            default: nil
            }
        }

        // Names of places and organisations, most trusted first: a key keeps its first row.
        func addName(_ surface: String, _ row: NameRow) {
            let key = EntityLexicons.key(of: surface)
            guard !key.isEmpty else { return }
            if let old = names[key], old.rank <= row.rank {
                if row.population > old.population { names[key]!.population = row.population }
                if old.country == nil { names[key]!.country = row.country }
                return
            }
            var row = row
            row.capitalsOnly = NameFolding.isAllCaps(surface[...]) && !surface.utf8.contains(0x20)
            names[key] = row
            // One word (most rows): no split needed.
            guard key.utf8.contains(0x20) else {
                let translit = NameFolding.transliterationKey(key)
                if translit != key && names[translit] == nil {
                    var alt = row
                    alt.canonicalKey = row.canonicalKey ?? key
                    names[translit] = alt
                }
                return
            }
            // Transliterations that end alike ("Nizhniy" and "Nizhny") find the row too.
            // Split by bytes where that equals the split by characters.
            let words = EntityLexicons.simpleWords(key) ?? key.split(separator: " ")
            let translit = words.map { NameFolding.transliterationKey(String($0)) }.joined(
                separator: " ")
            if translit != key && names[translit] == nil {
                var alt = row
                alt.canonicalKey = row.canonicalKey ?? key
                names[translit] = alt
            }
            maxNameWords = max(maxNameWords, words.count)
            if words.count > 1 {
                for n in 1..<words.count { namePrefixes.insert(words[0..<n].joined(separator: " ")) }
            }
        }
        // Room for the big tables up front (no rehashing while they fill).
        let cityRows = rows("places/cities.tsv")
        let familyRows = rows("people/family-names.tsv")
        let commonRows = rows("cues/common-words.tsv")
        names.reserveCapacity(cityRows.count * 2 + 20_000)
        familyNames.reserveCapacity(familyRows.count)
        commonWords.reserveCapacity(commonRows.count)
        for (lexicon, row) in rows("organizations/known.tsv") {
            let source = lexicon.source(of: row)
            let canonical = EntityLexicons.key(of: row.key)
            addName(
                row.key,
                NameRow(
                    type: .organization, rule: .orgKnown, source: source, canonicalKey: nil, capitalsOnly: false,
                    rank: 0, population: 0))
            for alias in (field(lexicon, row, "aliases") ?? "").split(separator: ";") {
                addName(
                    String(alias),
                    NameRow(
                        type: .organization, rule: .orgKnown, source: source, canonicalKey: canonical,
                        capitalsOnly: false, rank: 0, population: 0))
            }
        }
        for (lexicon, row) in rows("places/countries.tsv") {
            let canonical = field(lexicon, row, "canonical").map(EntityLexicons.key(of:))
            addName(
                row.key,
                NameRow(
                    type: .place, rule: .placeCountry, source: lexicon.source(of: row), canonicalKey: canonical,
                    capitalsOnly: false, rank: 1, population: 0))
        }
        for (lexicon, row) in rows("places/abbreviations.tsv") {
            let canonical = field(lexicon, row, "canonical").map(EntityLexicons.key(of:))
            addName(
                row.key,
                NameRow(
                    type: .place, rule: .placeCountry, source: lexicon.source(of: row), canonicalKey: canonical,
                    capitalsOnly: false, rank: 1, population: 0))
        }
        for file in ["places/regions.tsv", "places/continents.tsv"] {
            for (lexicon, row) in rows(file) {
                addName(
                    row.key,
                    NameRow(
                        type: .place, rule: .placeRegion, source: lexicon.source(of: row), canonicalKey: nil,
                        capitalsOnly: false, rank: 2, population: 0))
            }
        }
        for (lexicon, row) in rows("places/subdivisions.tsv") {
            addName(
                row.key,
                NameRow(
                    type: .place, rule: .placeSubdivision, source: lexicon.source(of: row), canonicalKey: nil,
                    capitalsOnly: false, rank: 3, population: 0))
            if let code = field(lexicon, row, "code"), let dash = code.firstIndex(of: "-") {
                let part = code[code.index(after: dash)...]
                if part.count >= 2, part.allSatisfy({ $0.isLetter }) { subdivisionCodes.insert(NameFolding.fold(part)) }
            }
        }
        for (lexicon, row) in cityRows {
            let canonical = field(lexicon, row, "canonical").map(EntityLexicons.key(of:))
            let population = Int(field(lexicon, row, "population") ?? "") ?? 0
            addName(
                row.key,
                NameRow(
                    type: .place, rule: .placeCity, source: lexicon.source(of: row), canonicalKey: canonical,
                    capitalsOnly: false, rank: 4, population: population, country: field(lexicon, row, "country")))
        }
        // English names of regions, waters and cities the lists above miss ("Lombardy", "the Solent",
        // "Mecca"): last and weakest, so a name they already know keeps its row.
        for (lexicon, row) in rows("places/wordnet-places.tsv") {
            addName(
                row.key,
                NameRow(
                    type: .place, rule: .placeRegion, source: lexicon.source(of: row), canonicalKey: nil,
                    capitalsOnly: false, rank: EntityLexicons.wordNetRank, population: 0))
        }
        for (lexicon, row) in rows("places/name-variants.tsv") + rows("people/name-variants.tsv") {
            if let canonical = field(lexicon, row, "canonical") {
                variants[NameFolding.fold(row.key)] = NameFolding.fold(canonical)
            }
        }
        for (lexicon, row) in rows("places/demonyms.tsv") {
            demonyms[NameFolding.fold(row.key)] = field(lexicon, row, "country")
        }
        // "the Spaniard": a nationality noun that is no given name or surname reads as its adjective
        // does (never a person's name); "Dane", "Finn" stay free to be names.
        for (lexicon, row) in rows("places/nationality-nouns.tsv") where field(lexicon, row, "name") == "no" {
            guard let adjective = field(lexicon, row, "adjective") else { continue }
            demonyms[NameFolding.fold(row.key)] = demonyms[NameFolding.fold(adjective)] ?? adjective
        }
        for file in ["people/given-names.tsv", "people/given-names-international.tsv"] {
            for (lexicon, row) in rows(file) {
                let key = NameFolding.fold(row.key)
                if givenNames[key] == nil {
                    givenNames[key] = (gender(field(lexicon, row, "gender")), lexicon.source(of: row))
                }
            }
        }
        for (lexicon, row) in familyRows {
            familyNames[NameFolding.fold(row.key)] = lexicon.source(of: row)
        }
        for (_, row) in commonRows { commonWords.insert(row.key) }
        for (lexicon, row) in rows("cues/non-names.tsv") {
            let key = NameFolding.fold(row.key)
            switch field(lexicon, row, "kind") {
            case "function": functionWords.insert(key)
            case "acronym": nonOrgAcronyms.insert(key)
            default: nonNames.insert(key)
            }
        }
        for file in ["people/titles.tsv", "people/offices.tsv"] {
            for (lexicon, row) in rows(file) {
                let key = EntityLexicons.key(of: row.key)
                if offices[key] == nil {
                    offices[key] = Office(
                        gender: gender(field(lexicon, row, "gender")), source: lexicon.source(of: row),
                        isSalutation: field(lexicon, row, "kind") == "salutation"
                            || ["mr", "mrs", "ms", "mx", "miss"].contains(key),
                        isOccupation: field(lexicon, row, "kind") == "occupation")
                }
                let words = key.split(separator: " ")
                maxOfficeWords = max(maxOfficeWords, words.count)
                if words.count > 1 {
                    for n in 1..<words.count { officePrefixes.insert(words[0..<n].joined(separator: " ")) }
                }
            }
        }
        for file in ["people/title-modifiers.tsv", "people/office-modifiers.tsv"] {
            for (_, row) in rows(file) { officeModifiers.insert(NameFolding.fold(row.key)) }
        }
        for (lexicon, row) in rows("people/name-particles.tsv") {
            switch field(lexicon, row, "kind") {
            case "generation": generations.insert(NameFolding.fold(row.key))
            case "article": particleArticles.insert(row.key)
            case "connector-article":
                connectors.insert(row.key)
                particleArticles.insert(row.key)
            default: connectors.insert(row.key)
            }
        }
        for (_, row) in rows("people/reporting-verbs.tsv") { reportingVerbs.insert(row.key) }
        for (lexicon, row) in rows("organizations/keywords.tsv") {
            let key = NameFolding.fold(row.key)
            let position = field(lexicon, row, "position")
            if position == "opener" {
                orgOpeners[key] = lexicon.source(of: row)
            } else if position == "center" {
                centerOrganizationWords[key] = lexicon.source(of: row)
            } else if position == "center-institution" {
                centerInstitutionWords[key] = lexicon.source(of: row)
            } else if position == "team" {
                teamWords[key] = lexicon.source(of: row)
            } else if position == "foreign" {
                orgForeignHeads[key] = lexicon.source(of: row)
                orgHeadKeywords[key] = lexicon.source(of: row)
            } else if position == "field" {
                nationFieldWords[key] = lexicon.source(of: row)
            } else if position == "sport" || position == "field-after" {
                nationFieldWords[key] = lexicon.source(of: row)
                nationBodyTailWords[key] = lexicon.source(of: row)
            } else if position == "club" || position == "club-gb" {
                clubWords[key] = (lexicon.source(of: row), position == "club-gb")
            } else {
                orgHeadKeywords[key] = lexicon.source(of: row)
            }
        }
        for (lexicon, row) in rows("organizations/offices.tsv") {
            organizationOffices[EntityLexicons.key(of: row.key)] = lexicon.source(of: row)
        }
        for (lexicon, row) in rows("organizations/descriptors.tsv") {
            organizationDescriptors[NameFolding.fold(row.key)] = lexicon.source(of: row)
        }
        for (lexicon, row) in rows("organizations/context-words.tsv") {
            let key = NameFolding.fold(row.key)
            switch field(lexicon, row, "use") {
            case "after": organizationContext[key] = lexicon.source(of: row)
            case "apposition": organizationApposition.insert(key)
            case "stop": organizationContextStops.insert(key)
            case "staff": organizationStaff.insert(key)
            default: break
            }
        }
        for (_, row) in rows("people/post-nominals.tsv") { postNominals.insert(NameFolding.fold(row.key)) }
        for (lexicon, row) in rows("organizations/sports-cues.tsv") {
            let kind = field(lexicon, row, "kind")
            if kind == "before" {
                sportsCuesBefore[NameFolding.fold(row.key)] = lexicon.source(of: row)
            } else {
                sportsCues[NameFolding.fold(row.key)] = (lexicon.source(of: row), kind == "crowd")
            }
        }
        for (_, row) in rows("places/nation-adjectives.tsv") { nationAdjectives.insert(EntityLexicons.key(of: row.key)) }
        for (_, row) in rows("cues/weather-events.tsv") { weatherWords.insert(NameFolding.fold(row.key)) }
        for (_, row) in rows("places/kind-words.tsv") { placeKinds.insert(NameFolding.fold(row.key)) }
        for (lexicon, row) in rows("organizations/legal-suffixes.tsv") {
            legalSuffixes[NameFolding.fold(row.key)] = lexicon.source(of: row)
        }
        for (lexicon, row) in rows("organizations/legal-forms.tsv") {
            if field(lexicon, row, "position") == "prefix" {
                legalPrefixes[NameFolding.fold(row.key)] = lexicon.source(of: row)
            } else {
                legalSuffixes[NameFolding.fold(row.key)] = lexicon.source(of: row)
            }
        }
        for (lexicon, row) in rows("organizations/name-endings.tsv") {
            companyNameEndings.append((NameFolding.fold(row.key), lexicon.source(of: row)))
        }
        for (lexicon, row) in rows("places/particle-openers.tsv") {
            placeParticleOpeners[NameFolding.fold(row.key)] = lexicon.source(of: row)
        }
        for (lexicon, row) in rows("places/keywords.tsv") {
            placeKeywords[NameFolding.fold(row.key)] = lexicon.source(of: row)
        }
        for (lexicon, row) in rows("places/prepositions.tsv") {
            if field(lexicon, row, "use") == "gazetteer" {
                gazetteerPrepositions.insert(row.key)
            } else {
                placePrepositions.insert(row.key)
                gazetteerPrepositions.insert(row.key)
            }
        }
    }

    /// The folded key of a name as written in a lexicon: words split at spaces, a trailing
    /// possessive split off as the tokenizer does ("Chiefs'" -> "chiefs '").
    static func key(of surface: String) -> String {
        var copy = surface
        if let key = copy.withUTF8({ asciiKey($0) }) { return key }
        guard let words = simpleWords(surface) else { return slowKey(of: surface) }
        // Bytes out: the same key as `slowKey`, without splitting by Character.
        var out: [UInt8] = []
        out.reserveCapacity(surface.utf8.count + 4)
        var first = true
        for word in words {
            if !first { out.append(0x20) }
            first = false
            let u = word.utf8
            var end = u.endIndex
            var tail: StaticString?
            let n = u.count
            // "'s" or "’s" (E2 80 99 73) at the end; else a lone "'" or "’" after at least one character.
            if n >= 2 && u[u.index(end, offsetBy: -2)] == 0x27 && u[u.index(end, offsetBy: -1)] == 0x73 {
                end = u.index(end, offsetBy: -2)
                tail = "'s"
            } else if n >= 4 && u[u.index(end, offsetBy: -1)] == 0x73 && endsWithRightQuote(u[..<u.index(end, offsetBy: -1)]) {
                end = u.index(end, offsetBy: -4)
                tail = "'s"
            } else if n >= 2 && u[u.index(end, offsetBy: -1)] == 0x27 {
                end = u.index(end, offsetBy: -1)
                tail = "'"
            } else if n >= 4 && endsWithRightQuote(u[...]) {
                end = u.index(end, offsetBy: -3)
                tail = "'"
            }
            out.append(contentsOf: NameFolding.fold(Substring(u[u.startIndex..<end])).utf8)
            if let tail {
                out.append(0x20)
                tail.withUTF8Buffer { out.append(contentsOf: $0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `key(of:)` of an all-ASCII name in one pass over its bytes; nil for other names (and
    /// for line breaks, which the character split treats apart).
    static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for b in bytes where b >= 0x80 || b == 0x0A || b == 0x0D { return nil }
        // Written into a scratch buffer, then copied into a string of the exact length: most keys
        // are small strings (no allocation), where a string made with room for the worst case
        // would be allocated, filled and validated at that size.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2 + 2) { out in
            var n = 0
            var i = 0
            var firstWord = true
            let count = bytes.count
            while i < count {
                // A word: the bytes up to the next space.
                while i < count && bytes[i] == 0x20 { i += 1 }
                guard i < count else { break }
                let start = i
                while i < count && bytes[i] != 0x20 { i += 1 }
                var end = i
                var tail = 0  // 0 none, 1 "'s", 2 "'"
                if end - start >= 2 && bytes[end - 2] == 0x27 && bytes[end - 1] == 0x73 {
                    end -= 2
                    tail = 1
                } else if end - start >= 2 && bytes[end - 1] == 0x27 {
                    end -= 1
                    tail = 2
                }
                if !firstWord {
                    out[n] = 0x20
                    n += 1
                }
                firstWord = false
                for k in start..<end where bytes[k] != 0x2E {
                    let b = bytes[k]
                    out[n] = b &- 0x41 < 26 ? b | 0x20 : b
                    n += 1
                }
                if tail != 0 {
                    out[n] = 0x20
                    out[n + 1] = 0x27
                    n += 2
                    if tail == 1 {
                        out[n] = 0x73
                        n += 1
                    }
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
    }

    /// Whether the bytes end with "’" (E2 80 99).
    private static func endsWithRightQuote(_ u: Substring.UTF8View) -> Bool {
        guard u.count >= 3 else { return false }
        var i = u.endIndex
        i = u.index(before: i)
        guard u[i] == 0x99 else { return false }
        i = u.index(before: i)
        guard u[i] == 0x80 else { return false }
        i = u.index(before: i)
        return u[i] == 0xE2
    }

    /// The words of a string split at spaces, when every scalar stands as a character of
    /// its own (no combining marks or joiners: ASCII, Latin letters with marks, Greek,
    /// Cyrillic, curly quotes), so that splitting bytes equals splitting characters; nil otherwise.
    static func simpleWords(_ s: String) -> [Substring]? {
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x300 || (v >= 0x370 && v < 0x483) || (v >= 0x1E00 && v < 0x1F00) || v == 0x2018 || v == 0x2019 {
                if v == 0x0D { return nil }
                continue
            }
            return nil
        }
        // The same pieces as `s.utf8.split(separator: 0x20)` (no empty ones), cut by one pass over
        // the bytes (space bytes are scalar boundaries, so the indices are valid for `s`).
        var words: [Substring] = []
        let u = s.utf8
        var start = u.startIndex
        var i = start
        while i != u.endIndex {
            if u[i] == 0x20 {
                if i != start { words.append(s[start..<i]) }
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        if start != u.endIndex { words.append(s[start..<u.endIndex]) }
        return words
    }

    /// `key(of:)` by characters, for names with combining marks or other scripts.
    static func slowKey(of surface: String) -> String {
        var parts: [String] = []
        for word in surface.split(separator: " ") {
            var w = word
            var tail: String?
            if w.hasSuffix("'s") || w.hasSuffix("’s") {
                w = w.dropLast(2)
                tail = "'s"
            } else if w.count > 1, w.hasSuffix("'") || w.hasSuffix("’") {
                w = w.dropLast()
                tail = "'"
            }
            parts.append(NameFolding.fold(w))
            if let tail { parts.append(tail) }
        }
        return parts.joined(separator: " ")
    }

    /// Whether a folded word is part of an office ("minister", "deputy", "press").
    @inline(__always)
    func isOfficeWord(_ folded: String) -> Bool { offices.contains(folded) || officeModifiers.contains(folded) }

    /// `isOfficeWord` of a token's word by its lookup key (see `WordKey`).
    @inline(__always)
    func isOfficeWord(_ key: WordKey) -> Bool { offices.contains(key) || officeModifiers.contains(key) }
}

/// The lookup tables behind one reference. The matcher, the context rules and the merger hold
/// this, so that copying them retains one object instead of the fifty-odd tables of
/// `EntityLexicons`; they read the tables through a `_read` accessor, which borrows them
/// without a copy.
final class SharedEntityLexicons: Sendable {
    let tables: EntityLexicons
    /// The first words of the sports cues of two words or more before a club ("defeat" of "defeat
    /// by"): a pair of words is looked up only when its first word opens one.
    let sportsCueBeforeFirstWords: WordSet

    init(_ tables: EntityLexicons) {
        self.tables = tables
        var firstWords = WordSet()
        tables.sportsCuesBefore.forEachKey { key in
            if let space = key.utf8.firstIndex(of: 0x20) { firstWords.insert(String(key[..<space])) }
        }
        sportsCueBeforeFirstWords = firstWords
    }
}
