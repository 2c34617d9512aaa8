import ClaimKitLexicon
import ClaimKitModel

/// The lookup tables the entity rules read, built once from the lexicon store.
///
/// Keys are folded (lower case, no diacritics, no periods) and multi-word keys join
/// their words with one space, split the way the tokenizer splits text.
struct EntityLexicons: Sendable {
    /// A row of a gazetteer of names (places and organisations).
    ///
    /// Speed (issue 7): the fields that hold references (rule, source, canonical key, country) sit
    /// in one copy-on-write box, so that copying a row (a lookup's answer, a memo of the longest
    /// name at a token) retains one object instead of four strings; the numbers stay inline.
    /// Value semantics are unchanged: a write to a boxed field copies the box first when shared.
    struct NameRow: Sendable {
        /// The fields that hold references.
        private final class Box: @unchecked Sendable {
            var rule: RuleID
            var source: LexiconSource
            var canonicalKey: String?
            var country: String?

            init(rule: RuleID, source: LexiconSource, canonicalKey: String?, country: String?) {
                self.rule = rule
                self.source = source
                self.canonicalKey = canonicalKey
                self.country = country
            }

            func copy() -> Box { Box(rule: rule, source: source, canonicalKey: canonicalKey, country: country) }
        }

        private var box: Box

        /// The box, copied first when shared (for writes).
        private var uniqueBox: Box {
            mutating get {
                if !isKnownUniquelyReferenced(&box) { box = box.copy() }
                return box
            }
        }

        var type: EntityType
        var rule: RuleID {
            get { box.rule }
            set { uniqueBox.rule = newValue }
        }
        var source: LexiconSource {
            get { box.source }
            set { uniqueBox.source = newValue }
        }
        /// The folded canonical name the row stands for, when it differs from the key.
        var canonicalKey: String? {
            get { box.canonicalKey }
            set { uniqueBox.canonicalKey = newValue }
        }
        /// Whether the row is written in capitals, so that only capitals match it ("WHO" but not "Who").
        var capitalsOnly: Bool
        /// Whether the name is also an ordinary word ("Shell", "Variety": organizations/known.tsv, column
        /// `context`): it names the organisation at a sentence start or in a title-case heading only
        /// when the entry also writes it capitalised elsewhere.
        var needsContext = false
        /// Priority among rows of one key: countries before cities.
        var rank: Int
        /// Population, for cities.
        var population: Int
        /// The ISO country code, for cities ("GB").
        var country: String? {
            get { box.country }
            set { uniqueBox.country = newValue }
        }

        init(
            type: EntityType, rule: RuleID, source: LexiconSource, canonicalKey: String?, capitalsOnly: Bool,
            rank: Int, population: Int, country: String? = nil
        ) {
            self.type = type
            self.capitalsOnly = capitalsOnly
            self.rank = rank
            self.population = population
            box = Box(rule: rule, source: source, canonicalKey: canonicalKey, country: country)
        }
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
    /// Time-zone abbreviations that are also other words or letters ("ART", "WIT", "EAT"): no name
    /// right after a clock time ("19:30 ART"), read as usual elsewhere (see `NameMatcher.isZoneAfterClock`).
    var clockZones: WordSet = []
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
    /// One-word names of European towns of 5,000 to 15,000 people, folded (`entity.place-town`).
    var towns: WordSet = []
    /// Street, square and bridge words that open a place's name with no particle ("Via Roma", "Ponte Santa Giustina").
    var placeStreetOpeners: WordMap<LexiconSource> = [:]
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
            addName(surface, key: EntityLexicons.key(of: surface), row)
        }
        func addName(_ surface: String, key: String, _ row: NameRow) {
            guard !key.isEmpty else { return }
            if let old = names[key], old.rank <= row.rank {
                if row.population > old.population { names[key]!.population = row.population }
                if old.country == nil { names[key]!.country = row.country }
                // "Nato" beside "NATO": an organisation also listed in small letters matches in any case.
                if old.capitalsOnly && old.type == .organization && row.type == .organization
                    && !NameFolding.isAllCaps(surface)
                {
                    names[key]!.capitalsOnly = false
                }
                return
            }
            var row = row
            row.capitalsOnly = !EntityLexicons.hasSpace(surface) && NameFolding.isAllCaps(surface)
            names[key] = row
            // One word (most rows): no split needed.
            guard EntityLexicons.hasSpace(key) else {
                // (Most words fail the transliteration's first test, read here from the bytes in place.)
                if key.utf8.withContiguousStorageIfAvailable({ !EntityLexicons.mayTransliterate($0, from: 0, to: $0.count) })
                    == true
                {
                    return
                }
                let translit = NameFolding.transliterationKey(key)
                if translit != key && names[translit] == nil {
                    var alt = row
                    alt.canonicalKey = row.canonicalKey ?? key
                    names[translit] = alt
                }
                return
            }
            // An ASCII key of words one space apart whose words no transliteration changes (nearly
            // every row): its prefixes are cut from its bytes, and its transliteration is itself.
            var k = key
            let plain = k.withUTF8 { u -> Bool in
                guard EntityLexicons.isPlainKey(u) else { return false }
                var words = 1
                for i in 0..<u.count where u[i] == 0x20 {
                    words += 1
                    namePrefixes.insert(NameFolding.asciiString(UnsafeBufferPointer(rebasing: u[..<i])))
                }
                maxNameWords = max(maxNameWords, words)
                return true
            }
            if plain { return }
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
        // (The big lexicons are read row by row, their columns found once: no array of
        // (lexicon, row) pairs, no column search per field.)
        let empty = Lexicon(file: "", columns: [], rows: [])
        let cities = store["places/cities.tsv"] ?? empty
        let families = store["people/family-names.tsv"] ?? empty
        let common = store["cues/common-words.tsv"] ?? empty
        names.reserveCapacity(cities.rows.count * 2 + 20_000)
        familyNames.reserveCapacity(families.rows.count)
        commonWords.reserveCapacity(common.rows.count)
        // Names that are also ordinary words ("Shell", "Celtic"): one-word keys, read as common words
        // at a sentence start or in a title-case heading (see `NameRow.needsContext`).
        var contextWords: [String] = []
        for (lexicon, row) in rows("organizations/known.tsv") {
            let source = lexicon.source(of: row)
            let canonical = EntityLexicons.key(of: row.key)
            let needsContext = field(lexicon, row, "context") == "yes"
            func add(_ surface: String, canonicalKey: String?) {
                var named = NameRow(
                    type: .organization, rule: .orgKnown, source: source, canonicalKey: canonicalKey,
                    capitalsOnly: false, rank: 0, population: 0)
                let key = EntityLexicons.key(of: surface)
                if needsContext && !EntityLexicons.hasSpace(key) && !NameFolding.isAllCaps(surface) {
                    named.needsContext = true
                    contextWords.append(key)
                }
                addName(surface, key: key, named)
            }
            add(row.key, canonicalKey: nil)
            for alias in (field(lexicon, row, "aliases") ?? "").split(separator: ";") {
                add(String(alias), canonicalKey: canonical)
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
        if let lexicon = store["places/subdivisions.tsv"] {
            let codeColumn = lexicon.column("code")
            for row in lexicon.rows {
                addName(
                    row.key,
                    NameRow(
                        type: .place, rule: .placeSubdivision, source: lexicon.source(of: row), canonicalKey: nil,
                        capitalsOnly: false, rank: 3, population: 0))
                if let code = EntityLexicons.value(row, codeColumn), let part = EntityLexicons.subdivisionCode(code) {
                    subdivisionCodes.insert(part)
                }
            }
        }
        do {
            let canonicalColumn = cities.column("canonical"), populationColumn = cities.column("population")
            let countryColumn = cities.column("country")
            // Rows of one city sit together and share its canonical name: its key is made once.
            var lastCanonical = ("", "")
            for row in cities.rows {
                let key = EntityLexicons.key(of: row.key)
                var canonical: String?
                if let name = EntityLexicons.value(row, canonicalColumn) {
                    if name == row.key {
                        canonical = key
                    } else if name == lastCanonical.0 {
                        canonical = lastCanonical.1
                    } else {
                        let k = EntityLexicons.key(of: name)
                        lastCanonical = (name, k)
                        canonical = k
                    }
                }
                let population = EntityLexicons.value(row, populationColumn).flatMap { Int($0) } ?? 0
                addName(
                    row.key, key: key,
                    NameRow(
                        type: .place, rule: .placeCity, source: cities.source(of: row), canonicalKey: canonical,
                        capitalsOnly: false, rank: 4, population: population,
                        country: EntityLexicons.value(row, countryColumn)))
            }
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
        // Organisations from WordNet (generated): last and only under names no list above knows, so a
        // place or a hand-curated organisation keeps its row ("Dartmouth" stays the town).
        for (lexicon, row) in rows("organizations/wordnet-organizations.tsv") {
            let source = lexicon.source(of: row)
            let canonical = EntityLexicons.key(of: row.key)
            let surfaces = [row.key] + (field(lexicon, row, "aliases") ?? "").split(separator: ";").map(String.init)
            for surface in surfaces {
                let key = EntityLexicons.key(of: surface)
                guard names[key] == nil else { continue }
                addName(
                    surface, key: key,
                    NameRow(
                        type: .organization, rule: .orgKnown, source: source,
                        canonicalKey: key == canonical ? nil : canonical, capitalsOnly: false, rank: 0, population: 0))
            }
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
            guard let lexicon = store[file] else { continue }
            let genderColumn = lexicon.column("gender")
            for row in lexicon.rows {
                let key = NameFolding.fold(row.key)
                if givenNames[key] == nil {
                    givenNames[key] = (gender(EntityLexicons.value(row, genderColumn)), lexicon.source(of: row))
                }
            }
        }
        for (families, row) in families.rows.map({ (families, $0) }) + rows("people/family-names-international.tsv") {
            familyNames[NameFolding.fold(row.key)] = families.source(of: row)
        }
        for row in common.rows { commonWords.insert(row.key) }
        for word in contextWords { commonWords.insert(word) }
        for (lexicon, row) in rows("cues/non-names.tsv") {
            let key = NameFolding.fold(row.key)
            switch field(lexicon, row, "kind") {
            case "function": functionWords.insert(key)
            case "acronym": nonOrgAcronyms.insert(key)
            case "clock-zone": clockZones.insert(key)
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
            } else if position == "foreign" || position == "press" {
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
        for (_, row) in rows("places/towns.tsv") { towns.insert(NameFolding.fold(row.key)) }
        for (lexicon, row) in rows("places/street-openers.tsv") {
            placeStreetOpeners[NameFolding.fold(row.key)] = lexicon.source(of: row)
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
        if let key = copy.withUTF8({ asciiKey($0) ?? simpleKey($0) }) { return key }
        return slowKey(of: surface)
    }

    /// `key(of:)` of a name whose every scalar stands as a character of its own (no combining
    /// marks or joiners: ASCII, Latin letters with marks, Greek, Cyrillic, curly quotes), from its
    /// bytes: then splitting bytes at spaces equals splitting characters, and each scalar folds
    /// apart (`NameFolding.simpleFolds`). Nil for other names (and carriage returns).
    static func simpleKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = bytes.count
        var i = 0
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { return nil }
                i += 1
                continue
            }
            let (v, length) = NameFolding.decodeScalar(bytes, at: i)
            guard NameFolding.simpleFoldIndex(v) != nil || v == 0x2018 || v == 0x2019 else { return nil }
            i += length
        }
        let folds = NameFolding.simpleFolds
        // No scalar folds to more than `maxLength` bytes; a possessive adds at most one byte per word.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * (folds.maxLength + 1) + 8) { out in
            var n = 0
            var i = 0
            var firstWord = true
            while i < count {
                while i < count && bytes[i] == 0x20 { i += 1 }
                guard i < count else { break }
                let start = i
                while i < count && bytes[i] != 0x20 { i += 1 }
                let (end, tail) = possessiveTail(bytes, start, i)
                if !firstWord {
                    out[n] = 0x20
                    n += 1
                }
                firstWord = false
                var k = start
                while k < end {
                    let b = bytes[k]
                    if b < 0x80 {
                        if b != 0x2E {
                            out[n] = b &- 0x41 < 26 ? b | 0x20 : b
                            n += 1
                        }
                        k += 1
                        continue
                    }
                    let (v, length) = NameFolding.decodeScalar(bytes, at: k)
                    k += length
                    guard let e = NameFolding.simpleFoldIndex(v) else {
                        out[n] = 0x27  // ’ ‘
                        n += 1
                        continue
                    }
                    for j in folds.offsets[e]..<folds.offsets[e + 1] {
                        out[n] = folds.bytes[j]
                        n += 1
                    }
                }
                appendPossessiveTail(tail, to: out, at: &n)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
    }

    /// Where a key word `bytes[start..<end]` ends without its possessive ending, and which ending
    /// it had: 1 for "'s" or "’s", 2 for a lone "'" or "’" after at least one character, 0 for none.
    @inline(__always)
    static func possessiveTail(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (end: Int, tail: Int) {
        let length = end - start
        if length >= 2 && bytes[end - 2] == 0x27 && bytes[end - 1] == 0x73 { return (end - 2, 1) }
        if length >= 4 && bytes[end - 1] == 0x73 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80 && bytes[end - 2] == 0x99 {
            return (end - 4, 1)
        }
        if length >= 2 && bytes[end - 1] == 0x27 { return (end - 1, 2) }
        if length >= 4 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0x99 { return (end - 3, 2) }
        return (end, 0)
    }

    /// Writes a key word's possessive ending as `key(of:)` spells it apart: " 's" for `tail` 1,
    /// " '" for 2, nothing for 0.
    @inline(__always)
    static func appendPossessiveTail(_ tail: Int, to out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        guard tail != 0 else { return }
        out[n] = 0x20
        out[n + 1] = 0x27
        n += 2
        if tail == 1 {
            out[n] = 0x73
            n += 1
        }
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
                let (end, tail) = possessiveTail(bytes, start, i)
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
                appendPossessiveTail(tail, to: out, at: &n)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
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

    /// The field in `column` of a row, nil when the column is missing or the field empty.
    @inline(__always)
    static func value(_ row: Lexicon.Row, _ column: Int?) -> String? {
        guard let column, column < row.fields.count else { return nil }
        let value = row.fields[column]
        return value.isEmpty ? nil : value
    }

    /// The folded letters after the dash of an ISO 3166-2 code ("GB-ENG" -> "eng"), when they are two
    /// letters or more; nil otherwise. (By bytes for ASCII codes, by characters for any other.)
    static func subdivisionCode(_ code: String) -> String? {
        var copy = code
        let ascii: String?? = copy.withUTF8 { u -> String?? in
            for b in u where b >= 0x80 { return nil }
            guard let dash = u.firstIndex(of: 0x2D) else { return .some(nil) }
            var letters = 0
            for i in (dash + 1)..<u.count {
                let b = u[i]
                guard (b | 0x20) &- 0x61 < 26 else { return .some(nil) }
                letters += 1
            }
            guard letters >= 2 else { return .some(nil) }
            return .some(NameFolding.foldASCII(UnsafeBufferPointer(rebasing: u[(dash + 1)...])))
        }
        if let ascii { return ascii }
        guard let dash = code.firstIndex(of: "-") else { return nil }
        let part = code[code.index(after: dash)...]
        guard part.count >= 2, part.allSatisfy({ $0.isLetter }) else { return nil }
        return NameFolding.fold(part)
    }

    /// Whether the string holds a space byte.
    static func hasSpace(_ s: String) -> Bool {
        if let found = s.utf8.withContiguousStorageIfAvailable({ u -> Bool in
            for b in u where b == 0x20 { return true }
            return false
        }) {
            return found
        }
        return s.utf8.contains(0x20)
    }

    /// Whether a key is ASCII, its words are one space apart (none empty) and
    /// `NameFolding.transliterationKey` leaves each as it is: then the words split by characters
    /// are the pieces between its spaces, and the transliterated key is the key.
    static func isPlainKey(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = u.count
        guard count > 0, u[0] != 0x20, u[count - 1] != 0x20 else { return false }
        var start = 0
        for i in 0..<count {
            let b = u[i]
            if b >= 0x80 { return false }
            if b == 0x20 {
                guard u[i + 1] != 0x20, !mayTransliterate(u, from: start, to: i) else { return false }
                start = i + 1
            }
        }
        return !mayTransliterate(u, from: start, to: count)
    }

    /// Whether `NameFolding.transliterationKey` may change the ASCII word `u[from..<to]`: its own
    /// first test (five bytes or more, ending in "y", "i" or "j" after "i", "y" or "e").
    @inline(__always)
    static func mayTransliterate(_ u: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard to - from >= 5 else { return false }
        let last = u[to - 1], before = u[to - 2]
        return (last == 0x79 || last == 0x69 || last == 0x6A) && (before == 0x69 || before == 0x79 || before == 0x65)
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
    /// The first words of the demonyms of two words or more ("new" of "new zealander"): a name's
    /// words are joined to look a demonym up only when its first word opens one.
    let demonymFirstWords: WordSet
    /// The UTF-8 bytes of each of `tables.companyNameEndings` that is all ASCII (nil otherwise), for
    /// comparing endings with a word's bytes.
    let companyNameEndingBytes: [[UInt8]?]
    /// Every key of the folded single-word lexicons (`LexiconFact.names` through `.namePrefixes`),
    /// with the answer bits of the lexicons that hold it, laid out as `TokenFacts` stores them (see
    /// `TokenFacts.foldedKnown`): a token's folded word is looked up once for all of them, not once
    /// per lexicon a rule asks about. The same answers as the tables: a word equals a key of this
    /// table exactly when it equals that key in each table the key came from (one `WordMap`
    /// equality throughout).
    let foldedFacts: WordMap<UInt64>
    /// The same for the lexicons keyed by words as written (`LexiconFact.connectors` through
    /// `.gazetteerPrepositions`), looked up by a token's surface.
    let surfaceFacts: WordMap<UInt64>

    init(_ tables: EntityLexicons) {
        self.tables = tables
        var facts = WordMap<UInt64>()
        // (Each key with the hash its table stored: one probe per key, no key hashed again.)
        func add(_ fact: LexiconFact, _ forEach: ((String, UInt64) -> Void) -> Void) {
            let bit = TokenFacts.answerBit(fact)
            forEach { key, hash in facts.formUnion(key, hash: hash, bit) }
        }
        facts.reserveCapacity(tables.names.count + tables.commonWords.count + tables.familyNames.count + 20_000)
        add(.names, tables.names.forEachKeyAndHash)
        add(.givenNames, tables.givenNames.forEachKeyAndHash)
        add(.familyNames, tables.familyNames.forEachKeyAndHash)
        add(.demonyms, tables.demonyms.forEachKeyAndHash)
        add(.offices, tables.offices.forEachKeyAndHash)
        add(.officeModifiers, tables.officeModifiers.forEachKeyAndHash)
        add(.orgHeadKeywords, tables.orgHeadKeywords.forEachKeyAndHash)
        add(.orgOpeners, tables.orgOpeners.forEachKeyAndHash)
        add(.legalSuffixes, tables.legalSuffixes.forEachKeyAndHash)
        add(.placeKeywords, tables.placeKeywords.forEachKeyAndHash)
        add(.commonWords, tables.commonWords.forEachKeyAndHash)
        add(.functionWords, tables.functionWords.forEachKeyAndHash)
        add(.nonNames, tables.nonNames.forEachKeyAndHash)
        add(.postNominals, tables.postNominals.forEachKeyAndHash)
        add(.weatherWords, tables.weatherWords.forEachKeyAndHash)
        add(.clubWords, tables.clubWords.forEachKeyAndHash)
        add(.teamWords, tables.teamWords.forEachKeyAndHash)
        add(.sportsCues, tables.sportsCues.forEachKeyAndHash)
        add(.organizationDescriptors, tables.organizationDescriptors.forEachKeyAndHash)
        add(.namePrefixes, tables.namePrefixes.forEachKeyAndHash)
        foldedFacts = facts
        var surface = WordMap<UInt64>()
        func addSurface(_ fact: LexiconFact, _ set: WordSet) {
            let bit = TokenFacts.answerBit(fact)
            set.forEachKey { key in surface[key] = (surface[key] ?? 0) | bit }
        }
        addSurface(.connectors, tables.connectors)
        addSurface(.particleArticles, tables.particleArticles)
        addSurface(.reportingVerbs, tables.reportingVerbs)
        addSurface(.placePrepositions, tables.placePrepositions)
        addSurface(.gazetteerPrepositions, tables.gazetteerPrepositions)
        surfaceFacts = surface
        companyNameEndingBytes = tables.companyNameEndings.map { ending, _ in
            ending.utf8.allSatisfy({ $0 < 0x80 }) ? Array(ending.utf8) : nil
        }
        var firstWords = WordSet()
        tables.sportsCuesBefore.forEachKey { key in
            if let space = key.utf8.firstIndex(of: 0x20) { firstWords.insert(String(key[..<space])) }
        }
        sportsCueBeforeFirstWords = firstWords
        var demonymFirsts = WordSet()
        tables.demonyms.forEachKey { key in
            if let space = key.utf8.firstIndex(of: 0x20) { demonymFirsts.insert(String(key[..<space])) }
        }
        demonymFirstWords = demonymFirsts
    }
}
