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

    var names: [String: NameRow] = [:]
    /// Words that make a place before them a sports club ("Bristol Rovers"); `britishOnly` for
    /// those that do so only after a British town ("Exeter City", but "Gaza City").
    var clubWords: [String: (source: LexiconSource, britishOnly: Bool)] = [:]
    /// Fields of work that make "X Center" an organisation ("Policy", "Research").
    var centerOrganizationWords: [String: LexiconSource] = [:]
    /// Lower-case words that name a kind of organisation before its name ("state broadcaster TV Perú").
    var organizationDescriptors: [String: LexiconSource] = [:]
    /// Lower-case words that make the name before them an organisation ("the Sea Org group", "Halvex shares").
    var organizationContext: [String: LexiconSource] = [:]
    /// Kinds of organisation an apposition may name ("Norvane, the broadcaster,"), besides the descriptors.
    var organizationApposition: Set<String> = []
    /// Words after a context word that cancel it ("group stage").
    var organizationContextStops: Set<String> = []
    /// Every proper prefix of a multi-word name key (so a sequence may run on through "of").
    var namePrefixes: Set<String> = []
    var maxNameWords = 1
    var demonyms: [String: String] = [:]
    var givenNames: [String: (gender: Entity.Gender?, source: LexiconSource)] = [:]
    var familyNames: [String: LexiconSource] = [:]
    var commonWords: Set<String> = []
    var nonNames: Set<String> = []
    /// Capitalised function words ("In", "The") that never open or close a name.
    var functionWords: Set<String> = []
    /// Acronyms that name no organisation ("CEO", "TV").
    var nonOrgAcronyms: Set<String> = []
    var offices: [String: Office] = [:]
    var officePrefixes: Set<String> = []
    var maxOfficeWords = 1
    var officeModifiers: Set<String> = []
    /// Offices that only organisations hold ("chief executive", "board"), for "Ofcom's chief executive".
    var organizationOffices: [String: LexiconSource] = [:]
    var connectors: Set<String> = []
    var generations: Set<String> = []
    var reportingVerbs: Set<String> = []
    var orgHeadKeywords: [String: LexiconSource] = [:]
    var orgOpeners: [String: LexiconSource] = [:]
    var legalSuffixes: [String: LexiconSource] = [:]
    var placeKeywords: [String: LexiconSource] = [:]
    var placePrepositions: Set<String> = []
    /// Prepositions that confirm a gazetteer place which is also a common word or a personal name.
    var gazetteerPrepositions: Set<String> = []
    /// Folded variant word -> folded canonical word (people and places).
    var variants: [String: String] = [:]
    /// Alphabetic codes of subdivisions ("DC", "TX"), folded, that may follow a city.
    var subdivisionCodes: Set<String> = []

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
            row.capitalsOnly = NameFolding.isAllCaps(surface[...]) && !surface.contains(" ")
            names[key] = row
            // Transliterations that end alike ("Nizhniy" and "Nizhny") find the row too.
            let translit = key.split(separator: " ").map { NameFolding.transliterationKey(String($0)) }.joined(
                separator: " ")
            if translit != key && names[translit] == nil {
                var alt = row
                alt.canonicalKey = row.canonicalKey ?? key
                names[translit] = alt
            }
            let words = key.split(separator: " ")
            maxNameWords = max(maxNameWords, words.count)
            if words.count > 1 {
                for n in 1..<words.count { namePrefixes.insert(words[0..<n].joined(separator: " ")) }
            }
        }
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
        for (lexicon, row) in rows("places/cities.tsv") {
            let canonical = field(lexicon, row, "canonical").map(EntityLexicons.key(of:))
            let population = Int(field(lexicon, row, "population") ?? "") ?? 0
            addName(
                row.key,
                NameRow(
                    type: .place, rule: .placeCity, source: lexicon.source(of: row), canonicalKey: canonical,
                    capitalsOnly: false, rank: 4, population: population, country: field(lexicon, row, "country")))
        }
        for (lexicon, row) in rows("places/name-variants.tsv") + rows("people/name-variants.tsv") {
            if let canonical = field(lexicon, row, "canonical") {
                variants[NameFolding.fold(row.key)] = NameFolding.fold(canonical)
            }
        }
        for (lexicon, row) in rows("places/demonyms.tsv") {
            demonyms[NameFolding.fold(row.key)] = field(lexicon, row, "country")
        }
        for file in ["people/given-names.tsv", "people/given-names-international.tsv"] {
            for (lexicon, row) in rows(file) {
                let key = NameFolding.fold(row.key)
                if givenNames[key] == nil {
                    givenNames[key] = (gender(field(lexicon, row, "gender")), lexicon.source(of: row))
                }
            }
        }
        for (lexicon, row) in rows("people/family-names.tsv") {
            familyNames[NameFolding.fold(row.key)] = lexicon.source(of: row)
        }
        for (_, row) in rows("cues/common-words.tsv") { commonWords.insert(row.key) }
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
            if field(lexicon, row, "kind") == "generation" {
                generations.insert(NameFolding.fold(row.key))
            } else {
                connectors.insert(row.key)
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
            default: break
            }
        }
        for (lexicon, row) in rows("organizations/legal-suffixes.tsv") {
            legalSuffixes[NameFolding.fold(row.key)] = lexicon.source(of: row)
        }
        for (lexicon, row) in rows("places/keywords.tsv") {
            placeKeywords[NameFolding.fold(row.key)] = lexicon.source(of: row)
        }
        for (lexicon, row) in rows("places/prepositions.tsv") {
            if field(lexicon, row, "use") == "gazetteer" {
                gazetteerPrepositions.insert(row.key)
            } else {
                placePrepositions.insert(row.key)
            }
        }
        gazetteerPrepositions.formUnion(placePrepositions)
    }

    /// The folded key of a name as written in a lexicon: words split at spaces, a trailing
    /// possessive split off as the tokenizer does ("Chiefs'" -> "chiefs '").
    static func key(of surface: String) -> String {
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
    func isOfficeWord(_ folded: String) -> Bool { offices[folded] != nil || officeModifiers.contains(folded) }
}
