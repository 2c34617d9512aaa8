import ClaimKitModel

/// Merges the names of a document into entities, one per referent, recording which rule
/// merged what: the `set_annotations` half of the entity stage.
struct AliasMerger {
    let shared: SharedEntityLexicons
    /// The tables, borrowed from `shared` (no copy).
    var lexicons: EntityLexicons { _read { yield shared.tables } }

    /// A group of mentions that name one referent. Its type, strength and fullest words are
    /// tallies kept up to date as mentions join (`add`), so that merging stays linear in the
    /// number of mentions; `set(_:)` recounts, for the rare case where mentions leave or change.
    /// Its mentions are a chain in the merge's store (`MentionChains`), not an array of its own.
    struct Group {
        /// The store of the merge's mentions that holds this group's chain.
        let chains: MentionChains
        /// The store indices of the chain's first and last mention (-1 when the group is empty).
        private var head: Int32 = -1
        private var tail: Int32 = -1
        /// The number of mentions in the chain.
        private var mentionCount = 0
        var merges: [(alias: String, rule: RuleID)] = []
        var alive = true

        private(set) var type: EntityType?
        private(set) var fullWords: [String] = []
        /// `AliasMerger.coreWords(fullWords)`, once asked (`coreOf(_:_:)`); nil again whenever `fullWords` changes.
        var coreCache: [String]?
        private(set) var strength = 0
        private var fullWordsFromHandle = true
        private var personStrong = 0
        private var person = 0
        private var placeNotCity = 0
        private var placeNotWeakCity = 0
        private var organizations = 0
        private var strongMentions = 0
        /// How many mentions are handles (`handleWords` set): "no mention is a handle" and "all are" read
        /// from it, with no pass over the mentions and their boxes.
        private(set) var handles = 0
        /// Sum of squared strengths per type, indexed by `EntityType.allCases` order; -1 for a type no
        /// mention has (a fixed array, no hashing: the same choice as a dictionary of the types seen).
        private var score: (Int, Int, Int, Int) = (-1, -1, -1, -1)

        /// An empty group whose mentions will be linked in `chains`.
        init(chains: MentionChains) {
            self.chains = chains
        }

        /// The mentions, in the order they joined.
        var mentions: ChainedMentions { ChainedMentions(chains: chains, head: head, count: mentionCount) }

        /// Puts store index `i` at the end of the chain.
        private mutating func link(_ i: Int32) {
            if mentionCount == 0 {
                head = i
            } else {
                chains.link(tail, to: i)
            }
            tail = i
            mentionCount += 1
        }

        /// Adds the store's mention `i` (not in any group yet) and updates the tallies.
        mutating func add(stored i: Int32) {
            link(i)
            count(chains[i])
            updateType()
        }

        /// Adds one mention and updates the tallies.
        mutating func add(_ m: NameMention) {
            link(chains.append(m))
            count(m)
            updateType()
        }

        /// Adds many mentions and updates the tallies once.
        mutating func add(contentsOf ms: [NameMention]) {
            for m in ms { link(chains.append(m)) }
            for m in ms { count(m) }
            updateType()
        }

        /// Moves the mentions of `other` (a group of the same store, emptied by the caller) to the end
        /// of this group's chain, first given `type` when it is not nil (`MentionChains.retype`), and
        /// updates the tallies once: `add(contentsOf:)` of those mentions, with none copied.
        mutating func takeChain(of other: Group, retypedTo type: EntityType?) {
            let moving = other.mentionCount
            if moving > 0 {
                if let type {
                    var i = other.head
                    for k in 0..<moving {
                        chains.retype(i, to: type)
                        if k + 1 < moving { i = chains.next(i) }
                    }
                }
                if mentionCount == 0 {
                    head = other.head
                } else {
                    chains.link(tail, to: other.head)
                }
                tail = other.tail
                mentionCount += moving
                for m in other.mentions { count(m) }
            }
            updateType()
        }

        /// Replaces the mentions (when some leave or change type) and recounts.
        mutating func set(_ ms: [NameMention]) {
            self = Group(chains: chains, mentions: ms, merges: merges, alive: alive)
        }

        private init(chains: MentionChains, mentions: [NameMention], merges: [(alias: String, rule: RuleID)], alive: Bool) {
            self.chains = chains
            self.merges = merges
            self.alive = alive
            for m in mentions { add(m) }
        }

        private mutating func count(_ m: NameMention) {
            // Whether the mention is a city row's, read once (its rule ID is a string to compare);
            // only typed mentions ask.
            let cityOnly = m.type != nil && m.isCityOnly
            if m.type == .person {
                person += 1
                if m.strength >= 2 { personStrong += 1 }
            }
            if m.type == .place {
                if !cityOnly { placeNotCity += 1 }
                if !(cityOnly && m.strength <= 1) { placeNotWeakCity += 1 }
            }
            if m.type == .organization { organizations += 1 }
            if let t = m.type {
                let add = m.strength * m.strength
                switch t {
                case .person: score.0 = max(score.0, 0) + add
                case .place: score.1 = max(score.1, 0) + add
                case .organization: score.2 = max(score.2, 0) + add
                case .other: score.3 = max(score.3, 0) + add
                }
            }
            strength = max(strength, m.strength)
            if !(m.type == nil || cityOnly || m.strength <= 1) { strongMentions += 1 }
            // The longest word list among the mentions (handles aside; the first when tied).
            let isHandle = m.handleWords != nil
            if isHandle { handles += 1 }
            if !isHandle {
                if fullWordsFromHandle || m.words.count > fullWords.count {
                    fullWords = m.words
                    coreCache = nil
                    fullWordsFromHandle = false
                }
            } else if mentionCount == 1 {
                fullWords = m.words
                coreCache = nil
            }
        }

        /// Sets `type` from the tallies (a mutating method: the fields are read in place, with no copy
        /// of the group to call it on).
        private mutating func updateType() {
            guard mentionCount > 0 else {
                type = nil
                return
            }
            // A person named with a title or given name outweighs any number of town-name readings ("Obama").
            if personStrong > 0 && placeNotCity == 0 || person > 0 && placeNotWeakCity == 0, organizations == 0 {
                type = .person
                return
            }
            // The highest score; on a tie, the type whose name sorts first.
            var best: EntityType?
            var bestScore = -1
            func consider(_ t: EntityType, _ v: Int) {
                guard v >= 0 else { return }
                if best == nil || v > bestScore || v == bestScore && t.rawValue < best!.rawValue {
                    best = t
                    bestScore = v
                }
            }
            consider(.person, score.0)
            consider(.place, score.1)
            consider(.organization, score.2)
            consider(.other, score.3)
            type = best
        }

        /// Empties the group (its mentions joined another).
        mutating func clear() {
            self = Group(chains: chains, mentions: [], merges: [], alive: false)
        }

        /// Whether only weak evidence (a city row or nothing) types the group.
        var isWeak: Bool { strongMentions == 0 }

        /// Whether no mention is a handle (`mentions.allSatisfy { $0.handleWords == nil }`).
        var hasNoHandle: Bool { handles == 0 }

        /// Whether every mention is a handle (`mentions.allSatisfy { $0.handleWords != nil }`).
        var isAllHandles: Bool { handles == mentionCount }
    }

    func merge(_ all: [NameMention]) -> [Entity] {
        // (The document's mentions are the store's first links: mention `i` of `all` is link `i`.)
        let chains = MentionChains(all)
        var groups: [Group] = []
        var byKey = WordMap<Int>()
        // (Room for a page's names up front: no table rehashed, no groups moved, as they grow; capped
        // so that one huge entry with millions of mentions reserves no more than it would grow to.)
        let room = min(all.count, 4096)
        groups.reserveCapacity(room)
        byKey.reserveCapacity(room)
        // 1. Same key: same name once folded (case, diacritics, "the", transliteration).
        // (One probe of the key table per mention: found, or put there.)
        for i in all.indices {
            let (g, isNew) = byKey.value(for: all[i].key, insertingIfAbsent: groups.count)
            // (An empty group, then the mention linked in place: no group built aside and copied in.)
            if isNew { groups.append(Group(chains: chains)) }
            groups[g].add(stored: Int32(truncatingIfNeeded: i))
        }
        // 2. Shorter forms of people: the same words once generation suffixes are dropped.
        var personCore = WordMap<Int>()
        for g in groups.indices where groups[g].type == .person {
            let core = coreOf(&groups, g)
            guard core.count >= 2 else { continue }
            let key = Self.joinedBytes(core, spaced: true)
            if let other = personCore[key] {
                let (into, from) = groups[other].fullWords.count >= groups[g].fullWords.count ? (other, g) : (g, other)
                absorb(&groups, from, into, .aliasShorterForm)
                personCore[key] = into
            } else {
                personCore[key] = g
            }
        }
        // 2b. "Kim Jong-un" and "Kim Jong Un": the same syllables, joined by hyphens or spaces.
        var bySyllables = WordMap<Int>()
        for g in groups.indices where groups[g].alive && groups[g].type == .person && groups[g].fullWords.count >= 2 {
            let words = groups[g].fullWords
            guard words.contains(where: { $0.utf8.contains(0x2D) }) || words.count >= 3 else { continue }
            let key = translit(Self.joinedWithoutHyphens(words))
            if let other = bySyllables[key], groups[other].alive {
                let (into, from) = groups[other].fullWords.count <= groups[g].fullWords.count ? (other, g) : (g, other)
                absorb(&groups, from, into, .aliasSyllables)
                bySyllables[key] = into
            } else {
                bySyllables[key] = g
            }
        }
        // 2c. "Kristin Ober" and "Kristen Ober": one given name spelled two ways.
        mergeGivenNameSpellings(&groups)
        // 2d. "Faith Rotich" into "Faith Chepkoech Rotich".
        mergeMiddleNames(&groups)
        // "the Dunns" beside "Ravi Dunn" and "Asha Dunn": the family, no person.
        dropFamilyPlurals(&groups)
        // 3. Surnames and given names alone into the one full name.
        var bySurname = GroupLists()
        var byGiven = GroupLists()
        var byFirstSurname = GroupLists()
        for g in groups.indices where groups[g].alive && groups[g].type == .person {
            let core = coreOf(&groups, g)
            guard core.count >= 2 else { continue }
            bySurname.append(g, to: translit(core.last!))
            byGiven.append(g, to: translit(core.first!))
            // "Rui Tavares Costa" … "Tavares": of two Iberian surnames, the first is the one used alone.
            // "Ignacio Errázuriz Vial" … "Errázuriz", "Juan Pablo Quispe Mamani" … "Quispe": after known given
            // names, the first of the two last words is a surname too, listed or not.
            let givens = core.count == 4 && lexicons.givenNames.contains(core[1]) ? 2 : 1
            let first = core.count - 2
            if core.count == 3 || core.count == 4 && givens == 2, !lexicons.givenNames.contains(core[first]),
                !isParticle(core[first]),
                lexicons.familyNames.contains(core[first])
                    || (0..<givens).allSatisfy({ lexicons.givenNames.contains(core[$0]) })
            {
                byFirstSurname.append(g, to: translit(core[first]))
            }
        }
        // "Abu Salmiya" into "Mohammed Abu Salmiya": a family name that opens with a particle.
        var byParticleSurname = GroupLists()
        for g in groups.indices where groups[g].alive && (groups[g].type == .person || groups[g].type == nil) {
            let core = coreOf(&groups, g)
            guard core.count >= 3, isSurnameParticle(core[core.count - 2]) else { continue }
            // "von der Leyen" in "Ursula von der Leyen", "Van den Broeck" in "Joris Van den Broeck": all the
            // particles before the last word.
            var k = core.count - 2
            while k > 1 && isSurnameParticle(core[k - 1]) { k -= 1 }
            byParticleSurname.append(g, to: Self.joinedBytes(core[k...].map(translit), spaced: true))
        }
        // (Nothing to join with no such family name; the cheap tests before the core words.)
        for g in groups.indices where !byParticleSurname.isEmpty && groups[g].alive && groups[g].fullWords.count >= 2 {
            guard groups[g].type == nil || groups[g].type == .person || groups[g].isWeak else { continue }
            let core = coreOf(&groups, g)
            guard core.count >= 2, core.count <= 3, core.dropLast().allSatisfy(isSurnameParticle) else { continue }
            if let targets = byParticleSurname[Self.joinedBytes(core.map(translit), spaced: true)], targets.count == 1 {
                absorb(&groups, g, targets[0], .aliasSurname)
            }
        }
        // (With no full name of a person, `bySurname`, `byFirstSurname` and `byGiven` are all empty.)
        for g in groups.indices where !bySurname.isEmpty && groups[g].alive && groups[g].fullWords.count == 1 {
            // (One copy of the group, read five times: each `groups[g]` read here copies the whole group.)
            guard groups[g].hasNoHandle else { continue }
            let group = groups[g]
            let t = group.type
            // "Bill Sutton … Sutton said": a town's name that is a person's surname on the page is the person.
            // "in Rotich's passport": an unknown word after "in" is a weak guess at a place, and
            // gives way to a person's family name too.
            let cityOnly = group.mentions.allSatisfy {
                $0.type == nil || $0.type == .person || $0.isCityOnly || $0.hasRule(.placeSubdivision)
                    || $0.hasRule(.placePreposition) && $0.strength <= 1
            }
            guard t == nil || t == .person || group.isWeak || cityOnly else { continue }
            let w = translit(group.fullWords[0])
            if let targets = bySurname[w] {
                if targets.count == 1 {
                    absorb(&groups, g, targets[0], .aliasSurname)
                } else {
                    distribute(&groups, g, among: targets, rule: .aliasSurname)
                }
            } else if let targets = byFirstSurname[w], targets.count == 1 {
                absorb(&groups, g, targets[0], .aliasSurname)
            } else if let targets = byGiven[w], targets.count == 1 {
                // A known given name, or a first name that no one on the page bears as a surname ("Tedros").
                absorb(&groups, g, targets[0], .aliasGivenName)
            }
        }
        // 3b. "said Harrow" beside "Ann Harow": a misspelt family name alone into the one full name.
        mergeSurnameSpellings(&groups)
        // 4. Handles into the name they spell.
        // (The index of full keys is built at the first handle, before this loop changes any group:
        // most pages have no handle and need none.)
        var fullKeys: WordMap<Int>?
        for g in groups.indices where groups[g].alive {
            // (The tally first: most groups hold no handle, and their mentions are not read.)
            guard groups[g].handles > 0, groups[g].isAllHandles, let words = groups[g].mentions.first?.handleWords
            else { continue }
            if fullKeys == nil {
                var index = WordMap<Int>()
                for h in groups.indices where groups[h].alive && groups[h].type != nil {
                    let key = NameMention.key(words: groups[h].fullWords, variants: lexicons.variants)
                    if index[key] == nil { index[key] = h }
                }
                fullKeys = index
            }
            let byFullKey = fullKeys!
            let key = NameMention.key(words: words, variants: lexicons.variants)
            if let target = byFullKey[key], target != g, groups[target].alive, groups[target].type != nil {
                absorb(&groups, g, target, .aliasHandle)
            } else if words.count >= 2, let given = lexicons.givenNames[words[0]] {
                var ms = Array(groups[g].mentions)
                for k in ms.indices {
                    ms[k].type = .person
                    ms[k].strength = 1
                    ms[k].gender = given.gender
                }
                groups[g].set(ms)
            } else {
                groups[g].alive = false
            }
        }
        // 5. Acronyms into their expansion; an organisation's first word into the organisation.
        // (Built at the first acronym, before the loop below changes any group.)
        var initialsIndex: GroupLists?
        var orgsByFirstWord = GroupLists()
        for h in groups.indices
        where groups[h].alive && groups[h].type == .organization && groups[h].fullWords.count >= 2 {
            // The distinct first words (the order does not matter: each goes to its own list).
            var firsts: [String] = []
            for m in groups[h].mentions {
                if let first = m.words.first, !firsts.contains(first) { firsts.append(first) }
            }
            for first in firsts { orgsByFirstWord.append(h, to: first) }
        }
        for g in groups.indices where groups[g].alive {
            guard groups[g].fullWords.count == 1, let m = groups[g].mentions.first,
                NameFolding.isAllCaps(m.surface[...])
            else { continue }
            let t = groups[g].type
            guard t == nil || t == .organization else { continue }
            if initialsIndex == nil {
                var index = GroupLists()
                for h in groups.indices
                where groups[h].alive && (groups[h].type == .organization || groups[h].type == .place)
                    && groups[h].fullWords.count >= 2
                {
                    index.append(h, to: initials(groups[h].fullWords))
                }
                initialsIndex = index
            }
            let byInitials = initialsIndex!
            let acronym = groups[g].fullWords[0]
            let expansions = byInitials[acronym]?.filter { h in
                h != g && groups[h].alive && (groups[h].type == .organization || groups[h].type == .place)
            } ?? []
            if expansions.count == 1 {
                absorb(&groups, g, expansions[0], .aliasAcronym)
                continue
            }
            // "Geophysical Institute (IGP)": the name the acronym follows in brackets.
            if let key = groups[g].mentions.lazy.compactMap(\.expands).first, let h = byKey[key], h != g,
                groups[h].alive, groups[h].type == .organization || groups[h].type == .place
                    || groups[h].type == .person
                        && groups[g].mentions.contains(where: { $0.hasRule(.aliasInitials) })
            {
                absorb(&groups, g, h, groups[h].type == .person ? .aliasInitials : .aliasAcronym)
                continue
            }
            let heads = orgsByFirstWord[acronym]?.filter { h in
                h != g && groups[h].alive && groups[h].type == .organization
            } ?? []
            if heads.count == 1 { absorb(&groups, g, heads[0], .aliasOrgHead) }
        }
        // "Kestrel Lines" and "Kestrel Lines plc": one company.
        mergeLegalSuffixes(&groups)
        // "McClatchy" alone, weakly read as a person, and "McClatchy Co.": the company.
        for g in groups.indices where !orgsByFirstWord.isEmpty && groups[g].alive && groups[g].fullWords.count == 1 {
            let t = groups[g].type
            guard t == nil || t == .person && groups[g].strength <= 1, groups[g].hasNoHandle
            else { continue }
            let heads = orgsByFirstWord[groups[g].fullWords[0]]?.filter { h in
                h != g && groups[h].alive && groups[h].type == .organization
                    && groups[h].fullWords.last.map {
                        lexicons.legalSuffixes.contains($0) || lexicons.orgHeadKeywords.contains($0)
                    } == true
            } ?? []
            if heads.count == 1 { absorb(&groups, g, heads[0], .aliasOrgHead) }
        }
        mergeOrganizationHeadsBeforeOf(&groups)
        // "the coastguard" into "Indonesian coastguard".
        mergeLowercaseBodies(&groups)
        // "Rovers", "Exeter" read as clubs by their context (a match's or a transfer's words), and
        // "Bristol Rovers", "Exeter City", "Everton FC": the one club.
        var clubsByWord = GroupLists()
        for g in groups.indices where groups[g].alive && groups[g].type == .organization {
            let ws = groups[g].fullWords
            guard ws.count >= 2, let last = ws.last, lexicons.clubWords.contains(last) else { continue }
            clubsByWord.append(g, to: ws[0])
            if last != ws[0] { clubsByWord.append(g, to: last) }
        }
        if !clubsByWord.isEmpty {
            for g in groups.indices where groups[g].alive && groups[g].fullWords.count == 1
                && groups[g].type == .organization
                && groups[g].mentions.contains(where: { $0.hasRule(.orgSportsClub) || $0.hasRule(.orgClubContext) })
            {
                if let targets = clubsByWord[groups[g].fullWords[0]], targets.count == 1, targets[0] != g,
                    groups[targets[0]].alive
                {
                    absorb(&groups, g, targets[0], .aliasClubName)
                }
            }
        }
        // 6. A place with its state or district code after it ("Washington DC") and the place alone.
        // (The index of places is built at the first such place, before this loop changes any group.)
        var placeIndexBuilt: WordMap<Int>?
        for g in groups.indices where groups[g].alive && groups[g].type == .place {
            let ws = groups[g].fullWords
            guard ws.count >= 2, lexicons.subdivisionCodes.contains(ws.last!) || Self.placeQualifiers.contains(ws.last!)
            else { continue }
            if placeIndexBuilt == nil {
                var index = WordMap<Int>()
                for h in groups.indices where groups[h].alive && groups[h].type == .place {
                    index[groups[h].mentions.first!.key] = h
                }
                placeIndexBuilt = index
            }
            let placeIndex = placeIndexBuilt!
            let head = NameMention.key(words: Array(ws.dropLast().filter { $0 != "," }), variants: lexicons.variants)
            if let target = placeIndex[head], target != g, groups[target].alive {
                absorb(&groups, target, g, .aliasPlaceQualifier)
            }
        }
        // 7. Hyphenated pairs of known names ("Trump-Putin", "US-Russia") split into both.
        var splitMentions: [NameMention] = []
        // (The surnames are gathered at the first hyphenated name: this loop changes no group.)
        var surnamesOfPeople: Set<String>?
        for g in groups.indices where groups[g].alive && groups[g].type == nil {
            for m in groups[g].mentions where m.words.count == 1 && m.surface.utf8.contains(0x2D) {
                if surnamesOfPeople == nil {
                    var surnames: Set<String> = []
                    for p in groups.indices where groups[p].alive && groups[p].type == .person {
                        if let last = coreWords(groups[p].fullWords).last { surnames.insert(translit(last)) }
                    }
                    surnamesOfPeople = surnames
                }
                let personSurnames = surnamesOfPeople!
                if let parts = splitHyphenated(m, groups: groups, byKey: byKey, personSurnames: personSurnames) {
                    splitMentions += parts
                }
            }
        }
        // One-word names of people, for the parts that name no group of their own.
        // (Made only when there are parts: most pages have none.)
        var personByWord: WordMap<Int>?
        if !splitMentions.isEmpty {
            var index = WordMap<Int>()
            for g in groups.indices where groups[g].alive && groups[g].type == .person {
                for m in groups[g].mentions where m.words.count == 1 && index[m.key] == nil {
                    index[m.key] = g
                }
            }
            personByWord = index
        }
        var joining: [Int: [NameMention]] = [:]
        for m in splitMentions {
            if let g = byKey[m.key], groups[g].alive {
                joining[g, default: []].append(m)
            } else if let targets = bySurname[m.key], targets.count == 1, groups[targets[0]].alive {
                joining[targets[0], default: []].append(m)
            } else if let g = personByWord?[m.key] {
                joining[g, default: []].append(m)
            }
        }
        for (g, ms) in joining.sorted(by: { $0.key < $1.key }) { groups[g].add(contentsOf: ms) }
        return entities(from: groups)
    }

    /// Words after a place's name that say what kind of place it is ("Turkana County", "Quezon
    /// City", "Idlib province"): the place with them and the place alone are one.
    static let placeQualifiers: Set<String> = [
        "city", "county", "province", "district", "region", "prefecture", "oblast", "governorate", "municipality",
    ]

    // MARK: Helpers

    /// The core words of group `g`'s fullest words, computed once per change of those words (the steps
    /// below ask for the same group's several times).
    func coreOf(_ groups: inout [Group], _ g: Int) -> [String] {
        if let cached = groups[g].coreCache { return cached }
        let c = coreWords(groups[g].fullWords)
        groups[g].coreCache = c
        return c
    }

    func coreWords(_ words: [String]) -> [String] {
        // Most names have nothing to drop: share the array instead of filtering a copy.
        if words.first != "the" && !words.contains(where: { $0 == "," || lexicons.generations.contains($0) }) {
            return words
        }
        var ws = words.filter { !lexicons.generations.contains($0) && $0 != "," }
        if ws.first == "the" { ws.removeFirst() }
        return ws
    }

    /// "abu", "bin", "van": a particle that opens a family name; also the capitalised Irish and Scottish
    /// Gaelic ones, folded ("Ó", "Ní", "Mac", "Nic", "Uí": "Ó Ceallaigh" is the short form of "Seán Ó
    /// Ceallaigh", rule `alias.surname`).
    func isParticle(_ w: String) -> Bool {
        // (The two lists below are ASCII words of six bytes at most, and no longer string equals one:
        // longer words skip them, and their hashing.)
        lexicons.connectors.contains(w)
            || w.utf8.count <= 6 && (Self.surnameParticles.contains(w) || Self.gaelicParticles.contains(w))
    }

    /// Particles of Arabic family names that are no connectors of the lexicon.
    private static let surnameParticles = ["abu", "bin", "ibn", "bint", "al", "el"]

    /// Irish and Scottish Gaelic surname particles, folded: "Ó"/"O" (grandson), "Ní"/"Nic"/"Uí" (daughter,
    /// wife), "Mac"/"Mc"/"Mhic" (son).
    /// "Giolla" (servant of) follows one of them ("Nic Giolla Bhríde").
    static let gaelicParticles: Set<String> = ["o", "ni", "nic", "ui", "ua", "mac", "mc", "mhic", "giolla"]

    /// Words an acronym's letters skip.
    private static let initialsSkip: Set<String> = ["of", "the", "and", "for", "'", "'s", "&"]

    /// The words joined with no separator, hyphens dropped: by bytes when the words are ASCII
    /// (where characters are bytes), else by characters.
    static func joinedWithoutHyphens(_ words: [String]) -> String {
        var ascii = true
        var hyphens = false
        scan: for w in words {
            for b in w.utf8 {
                if b >= 0x80 {
                    ascii = false
                    break scan
                }
                if b == 0x2D { hyphens = true }
            }
        }
        guard ascii else { return joinedBytes(words, spaced: false).filter { $0 != "-" } }
        return joinedBytes(words, spaced: false, skipping: hyphens ? 0x2D : nil)
    }

    func translitKey(_ w: String) -> String { translit(w) }

    private func translit(_ w: String) -> String { NameFolding.transliterationKey(lexicons.variants[w] ?? w) }

    private func initials(_ words: [String]) -> String {
        // Most names' initials are all such ASCII letters: their bytes written into a string made at its
        // final length, with no scalar appended one by one; else the string built by characters below.
        guard !words.isEmpty else { return "" }
        var simple = true
        let written = String(unsafeUninitializedCapacity: words.count) { out in
            var n = 0
            for w in words where !Self.isInitialsSkip(w) {
                var u = w.utf8.makeIterator()
                guard let b0 = u.next() else { continue }
                let b1 = u.next()
                guard b0 < 0x80 && b0 != 0x0D && (b1 == nil || b1! < 0x80) else {
                    simple = false
                    return 0
                }
                out[n] = b0
                n += 1
            }
            return n
        }
        if simple { return written }
        var out = ""
        for w in words where !Self.isInitialsSkip(w) {
            // An ASCII first byte followed by an ASCII byte (or nothing) is the first character by itself
            // (carriage return aside): appended as a scalar, with no grapheme breaking.
            var u = w.utf8.makeIterator()
            guard let b0 = u.next() else { continue }
            let b1 = u.next()
            if b0 < 0x80 && b0 != 0x0D && (b1 == nil || b1! < 0x80) {
                out.unicodeScalars.append(Unicode.Scalar(b0))
            } else if let c = w.first {
                out.append(c)
            }
        }
        return out
    }

    /// `initialsSkip.contains(w)`: every word of it is ASCII of three bytes at most, and no longer string
    /// equals one (the only non-ASCII strings equal to ASCII ones stand for ";", "`" and "K"), so longer
    /// words are answered from their length.
    static func isInitialsSkip(_ w: String) -> Bool {
        w.utf8.count <= 3 && initialsSkip.contains(w)
    }

    func absorb(_ groups: inout [Group], _ from: Int, _ into: Int, _ rule: RuleID) {
        guard from != into, groups[from].alive, groups[into].alive else { return }
        // The merged names take the type of the name they join ("Loughton", a town, is Tim Loughton).
        // (The moving chain is linked after the target's, retyped in place: no mention copied.)
        for m in groups[from].mentions { groups[into].merges.append((m.surface, rule)) }
        groups[into].merges += groups[from].merges
        let type = groups[into].type
        groups[into].takeChain(of: groups[from], retypedTo: type)
        groups[from].clear()
    }

    /// A surname shared by several full names: each mention goes to the full name named
    /// last before it (in its entry first, then earlier entries); none goes by guess.
    private func distribute(_ groups: inout [Group], _ from: Int, among targets: Targets, rule: RuleID) {
        // The full names of the targets, by entry.
        var fullByEntry: [Int: [(start: Int, end: Int, group: Int)]] = [:]
        for t in targets {
            for f in groups[t].mentions where f.words.count >= 2 {
                fullByEntry[f.entry, default: []].append((f.range.utf8Start, f.range.utf8End, t))
            }
        }
        var kept: [NameMention] = []
        var joining: [Int: [NameMention]] = [:]
        for m in groups[from].mentions {
            var best: (offset: Int, group: Int)?
            for f in fullByEntry[m.entry] ?? [] where f.end <= m.range.utf8Start {
                if best == nil || f.start > best!.offset { best = (f.start, f.group) }
            }
            if let best {
                joining[best.group, default: []].append(m)
                groups[best.group].merges.append((m.surface, rule))
            } else {
                kept.append(m)
            }
        }
        for (t, ms) in joining.sorted(by: { $0.key < $1.key }) { groups[t].add(contentsOf: ms) }
        if kept.isEmpty { groups[from].clear() } else { groups[from].set(kept) }
    }

    private func splitHyphenated(_ m: NameMention, groups: [Group], byKey: WordMap<Int>, personSurnames: Set<String>)
        -> [NameMention]?
    {
        var parts: [NameMention] = []
        var offset = m.range.utf8Start
        for part in m.surface.split(separator: "-", omittingEmptySubsequences: false) {
            let length = part.utf8.count
            defer { offset += length + 1 }
            guard length >= 2, NameFolding.isCapitalized(part) else { return nil }
            let w = NameFolding.fold(part)
            var p = m
            p.range = TextRange(utf8Start: offset, utf8End: offset + length)
            p.surface = String(part)
            p.words = [w]
            if let row = lexicons.names[w], !row.capitalsOnly || NameFolding.isAllCaps(part) {
                p.type = row.type
                p.strength = 2
                p.provenance = Provenance(rule: row.rule, lexicon: row.source)
                p.key =
                    row.canonicalKey.map { NameMention.key(canonical: $0, variants: lexicons.variants) } ?? w
                p.canonicalKey = row.canonicalKey
            } else {
                p.key = NameMention.key(words: [w], variants: lexicons.variants)
                p.type = nil
            }
            parts.append(p)
        }
        guard parts.count >= 2 else { return nil }
        for p in parts where p.type == nil {
            if byKey[p.key] == nil && !personSurnames.contains(translit(p.words[0])) {
                return nil
            }
        }
        return parts
    }

    // MARK: Entities

    private func entities(from groups: [Group]) -> [Entity] {
        var out: [Entity] = []
        // The live groups by index (no copies of the groups to filter and sort), ordered by their
        // first mention: the same comparisons, so the same order, as sorting the groups themselves.
        var ordered: [(group: Int, type: EntityType, first: (Int, Int))] = []
        ordered.reserveCapacity(groups.count)
        for i in groups.indices where groups[i].alive && !groups[i].mentions.isEmpty {
            guard let type = groups[i].type else { continue }
            if type != .person && groups[i].isAllHandles { continue }
            var first = (Int.max, Int.max)
            for m in groups[i].mentions where (m.entry, m.range.utf8Start) < first {
                first = (m.entry, m.range.utf8Start)
            }
            ordered.append((i, type, first))
        }
        ordered.sort { $0.first < $1.first }
        out.reserveCapacity(ordered.count)
        // (One array for every entity's mentions in turn, read out of its group's chain.)
        var mentions: [NameMention] = []
        for (n, (i, type, _)) in ordered.enumerated() {
            // (The group's fields read in place: no copy of the whole group.)
            mentions.removeAll(keepingCapacity: true)
            mentions.append(contentsOf: groups[i].mentions)
            // Most groups' mentions are in page order already: sorted (a stable sort) would copy them unchanged.
            if !Self.inPageOrder(mentions) {
                mentions.sort { ($0.entry, $0.range.utf8Start) < ($1.entry, $1.range.utf8Start) }
            }
            let name = canonicalName(mentions, type: type)
            var aliases: [String] = []
            for m in mentions where m.surface != name && !aliases.contains(m.surface) { aliases.append(m.surface) }
            var roles: [String] = []
            for m in mentions {
                if let r = m.role, !roles.contains(where: { $0.lowercased() == r.lowercased() }) { roles.append(r) }
            }
            var merges: [AliasMerge] = []
            // (Most entities have no alias: no set of the seen ones to build.)
            // (The aliases seen, in a list: an entity has a few distinct ones, compared with `==` as a set
            // would, with no table allocated and hashed per entity.)
            if !groups[i].merges.isEmpty || !aliases.isEmpty {
                var seen: [String] = []
                for (alias, rule) in groups[i].merges where alias != name && !seen.contains(alias) {
                    seen.append(alias)
                    merges.append(AliasMerge(alias: alias, into: name, rule: rule))
                }
                for alias in aliases where !seen.contains(alias) {
                    seen.append(alias)
                    merges.append(AliasMerge(alias: alias, into: name, rule: sameKeyRule(alias, name, mentions)))
                }
            }
            // The strongest mention of the type (the first of equals, as `max` picks), and the first
            // gender told: read in place, no filtered copies of the mentions.
            var typeRule: RuleID?
            var bestStrength = Int.min
            for k in mentions.indices where mentions[k].type == type && mentions[k].strength > bestStrength {
                bestStrength = mentions[k].strength
                typeRule = mentions[k].provenance.rule
            }
            var gender: Entity.Gender?
            if type == .person, let k = mentions.firstIndex(where: { $0.gender != nil }) {
                gender = mentions[k].gender
            }
            out.append(
                Entity(
                    id: EntityID(Self.entityIDString(n + 1)), type: type, name: name, aliases: aliases, roles: roles,
                    mentions: mentions.map {
                        Mention(entry: $0.entry, range: $0.range, text: $0.surface, provenance: $0.provenance)
                    },
                    merges: merges, typeRule: typeRule, gender: gender))
        }
        return out
    }

    /// `"e" + String(number)` for a positive number, its bytes written into the string's own buffer (a short
    /// string: no allocation, no generic `description`, no concatenation).
    static func entityIDString(_ number: Int) -> String {
        var digits = 1
        var x = number
        while x >= 10 {
            x /= 10
            digits += 1
        }
        return String(unsafeUninitializedCapacity: digits + 1) { buffer in
            buffer[0] = 0x65
            var v = number
            var i = digits
            repeat {
                buffer[i] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
                i -= 1
            } while i > 0
            return digits + 1
        }
    }

    /// Whether the mentions are in page order (entry, then offset; equals allowed).
    static func inPageOrder(_ ms: [NameMention]) -> Bool {
        for k in ms.indices.dropFirst() where (ms[k].entry, ms[k].range.utf8Start) < (ms[k - 1].entry, ms[k - 1].range.utf8Start) {
            return false
        }
        return true
    }

    /// The fullest form: most words, then most frequent, then with diacritics, then first seen.
    private func canonicalName(_ mentions: [NameMention], type: EntityType) -> String {
        // One mention (most entities): the choices below reduce to its surface, kept whole when its
        // words are its lexicon canonical name, else without an opening "the ".
        if mentions.count == 1 && mentions[0].handleWords == nil {
            let m = mentions[0]
            if type != .person, m.type == type, let canonical = m.canonicalKey,
                Self.joinedBytes(m.words, spaced: true) == canonical
            {
                return m.surface
            }
            var name = m.surface
            if let b = name.utf8.first, b == 0x74 || b == 0x54, name.hasPrefix("the ") || name.hasPrefix("The ") {
                name.removeFirst(4)
            }
            return name
        }
        // The candidates by index (no copies of the mentions): all of them when no mention is a handle
        // (most entities), with no list of indices made.
        if mentions.contains(where: { $0.handleWords != nil }) {
            return canonicalName(mentions, type: type, candidates: mentions.indices.filter { mentions[$0].handleWords == nil })
        }
        return canonicalName(mentions, type: type, candidates: mentions.indices)
    }

    /// `canonicalName(_:type:)` chosen among the mentions at `candidates` (the ones that are no handle).
    private func canonicalName<C: Collection<Int>>(_ mentions: [NameMention], type: EntityType, candidates: C) -> String {
        guard let firstCandidate = candidates.first else {
            return NameFolding.camelWords(mentions[0].surface[...]).joined(separator: " ")
        }
        // A lexicon's canonical form, when the page uses it ("Russia" over "Russian Federation").
        if type != .person,
            let c = candidates.first(where: { mentions[$0].canonicalKey != nil && mentions[$0].type == type }),
            let canonical = mentions[c].canonicalKey,
            let k = candidates.first(where: {
                // (The cheap test first: a mention with a canonical key of its own makes no key.)
                mentions[$0].canonicalKey == nil
                    && NameMention.key(words: mentions[$0].words, variants: lexicons.variants) == canonical
                    || Self.joinedBytes(mentions[$0].words, spaced: true) == canonical
            })
        {
            return mentions[k].surface
        }
        // How many candidates are written alike: counted in place for the few mentions most
        // entities have, from a table for many.
        var table: WordMap<Int>?
        if candidates.count > 24 {
            var counts = WordMap<Int>()
            for k in candidates { counts[mentions[k].surface] = (counts[mentions[k].surface] ?? 0) + 1 }
            table = counts
        }
        func count(_ k: Int) -> Int {
            if let table { return table[mentions[k].surface]! }
            let surface = mentions[k].surface
            var n = 0
            for j in candidates where mentions[j].surface == surface { n += 1 }
            return n
        }
        // The same choice as `candidates.max` by (core words, words, count, non-ASCII): a measure is
        // computed only when the ones before it tie, and the best's measures are kept.
        var best = firstCandidate
        if candidates.count > 1 {
            var bestCore = coreWords(mentions[best].words).count
            var bestWords = mentions[best].words.count
            var bestCount: Int?
            var bestNonASCII: Bool?
            func nonASCII(_ k: Int) -> Bool { !mentions[k].surface.utf8.allSatisfy { $0 < 0x80 } }
            for k in candidates.dropFirst() {
                // A candidate written with the best's surface and words ties it on every measure below (each
                // is a function of the two), and a tie keeps the best: skipped with no measure taken (the
                // many repeats of one name on a page no longer count the candidates once each).
                if mentions[k].surface == mentions[best].surface && mentions[k].words == mentions[best].words {
                    continue
                }
                let core = coreWords(mentions[k].words).count
                var n: Int?
                var wide: Bool?
                let better: Bool
                if core != bestCore {
                    better = core > bestCore
                } else if mentions[k].words.count != bestWords {
                    better = mentions[k].words.count > bestWords
                } else {
                    let c = count(k)
                    n = c
                    let bc = bestCount ?? count(best)
                    bestCount = bc
                    if c != bc {
                        better = c > bc
                    } else {
                        let w = nonASCII(k)
                        wide = w
                        let bw = bestNonASCII ?? nonASCII(best)
                        bestNonASCII = bw
                        better = w != bw && !bw
                    }
                }
                if better {
                    best = k
                    bestCore = core
                    bestWords = mentions[k].words.count
                    bestCount = n
                    bestNonASCII = wide
                }
            }
        }
        var name = mentions[best].surface
        // (The first byte first: `hasPrefix` compares characters.)
        if let b = name.utf8.first, b == 0x74 || b == 0x54, name.hasPrefix("the ") || name.hasPrefix("The ") {
            name.removeFirst(4)
        }
        return name
    }

    private func sameKeyRule(_ alias: String, _ name: String, _ mentions: [NameMention]) -> RuleID {
        if let m = mentions.first(where: { $0.surface == alias }) {
            if m.handleWords != nil { return .aliasHandle }
            if m.canonicalKey != nil { return .aliasLexicon }
        }
        let a = NameFolding.fold(alias)
        let b = NameFolding.fold(name)
        if a == b { return alias.lowercased() == name.lowercased() ? .aliasSameName : .aliasDiacritics }
        return .aliasTransliteration
    }
}
