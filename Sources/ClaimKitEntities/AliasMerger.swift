import ClaimKitModel

/// Merges the names of a document into entities, one per referent, recording which rule
/// merged what: the `set_annotations` half of the entity stage.
struct AliasMerger {
    let lexicons: EntityLexicons

    /// A group of mentions that name one referent.
    struct Group {
        var mentions: [NameMention]
        var merges: [(alias: String, rule: RuleID)] = []
        var alive = true

        /// The group's type and fullest word list, kept up to date by `refresh()` (read often, changed rarely).
        private(set) var type: EntityType?
        private(set) var fullWords: [String] = []

        init(mentions: [NameMention]) {
            self.mentions = mentions
            refresh()
        }

        mutating func refresh() {
            type = mentions.isEmpty ? nil : computeType()
            fullWords = mentions.isEmpty ? [] : computeFullWords()
        }

        private func computeType() -> EntityType? {
            // A person named with a title or given name outweighs any number of town-name readings ("Obama").
            if mentions.contains(where: { $0.type == .person && $0.strength >= 2 })
                && mentions.allSatisfy({ $0.type != .place || $0.isCityOnly })
                || mentions.contains(where: { $0.type == .person })
                    && mentions.allSatisfy({ $0.type != .place || $0.isCityOnly && $0.strength <= 1 }),
                mentions.allSatisfy({ $0.type != .organization })
            {
                return .person
            }
            var score: [EntityType: Int] = [:]
            for m in mentions { if let t = m.type { score[t, default: 0] += m.strength * m.strength } }
            return score.max { a, b in a.value != b.value ? a.value < b.value : a.key.rawValue > b.key.rawValue }?.key
        }
        var strength: Int { mentions.map(\.strength).max() ?? 0 }
        /// The longest word list among the mentions (handles aside).
        private func computeFullWords() -> [String] {
            mentions.filter { $0.handleWords == nil }.max { $0.words.count < $1.words.count }?.words
                ?? mentions[0].words
        }
        /// Whether only weak evidence (a city row or nothing) types the group.
        var isWeak: Bool { mentions.allSatisfy { $0.type == nil || $0.isCityOnly || $0.strength <= 1 } }
    }

    func merge(_ all: [NameMention]) -> [Entity] {
        var groups: [Group] = []
        var byKey: [String: Int] = [:]
        // 1. Same key: same name once folded (case, diacritics, "the", transliteration).
        for m in all {
            if let g = byKey[m.key] {
                groups[g].mentions.append(m)
            } else {
                byKey[m.key] = groups.count
                groups.append(Group(mentions: [m]))
            }
        }
        for g in groups.indices { groups[g].refresh() }
        // 2. Shorter forms of people: the same words once generation suffixes are dropped.
        var personCore: [String: Int] = [:]
        for g in groups.indices where groups[g].type == .person {
            let core = coreWords(groups[g].fullWords)
            guard core.count >= 2 else { continue }
            let key = core.joined(separator: " ")
            if let other = personCore[key] {
                let (into, from) = groups[other].fullWords.count >= groups[g].fullWords.count ? (other, g) : (g, other)
                absorb(&groups, from, into, .aliasShorterForm)
                personCore[key] = into
            } else {
                personCore[key] = g
            }
        }
        // 3. Surnames and given names alone into the one full name.
        var bySurname: [String: [Int]] = [:]
        var byGiven: [String: [Int]] = [:]
        for g in groups.indices where groups[g].alive && groups[g].type == .person {
            let core = coreWords(groups[g].fullWords)
            guard core.count >= 2 else { continue }
            bySurname[translit(core.last!), default: []].append(g)
            byGiven[translit(core.first!), default: []].append(g)
        }
        for g in groups.indices where groups[g].alive {
            let group = groups[g]
            guard group.fullWords.count == 1, group.mentions.allSatisfy({ $0.handleWords == nil }) else { continue }
            let t = group.type
            guard t == nil || t == .person || group.isWeak else { continue }
            let w = translit(group.fullWords[0])
            if let targets = bySurname[w] {
                if targets.count == 1 {
                    absorb(&groups, g, targets[0], .aliasSurname)
                } else {
                    distribute(&groups, g, among: targets, rule: .aliasSurname)
                }
            } else if let targets = byGiven[w], targets.count == 1 {
                // A known given name, or a first name that no one on the page bears as a surname ("Tedros").
                absorb(&groups, g, targets[0], .aliasGivenName)
            }
        }
        // 4. Handles into the name they spell.
        for g in groups.indices where groups[g].alive {
            guard let words = groups[g].mentions.first?.handleWords,
                groups[g].mentions.allSatisfy({ $0.handleWords != nil })
            else { continue }
            let key = NameMention.key(words: words, variants: lexicons.variants)
            if let target = groups.indices.first(where: {
                $0 != g && groups[$0].alive && groups[$0].type != nil
                    && NameMention.key(words: groups[$0].fullWords, variants: lexicons.variants) == key
            }) {
                absorb(&groups, g, target, .aliasHandle)
            } else if words.count >= 2, let given = lexicons.givenNames[words[0]] {
                for k in groups[g].mentions.indices {
                    groups[g].mentions[k].type = .person
                    groups[g].mentions[k].strength = 1
                    groups[g].mentions[k].gender = given.gender
                }
                groups[g].refresh()
            } else {
                groups[g].alive = false
            }
        }
        // 5. Acronyms into their expansion; an organisation's first word into the organisation.
        var byInitials: [String: [Int]] = [:]
        for h in groups.indices
        where groups[h].alive && (groups[h].type == .organization || groups[h].type == .place)
            && groups[h].fullWords.count >= 2
        {
            byInitials[initials(groups[h].fullWords), default: []].append(h)
        }
        var orgsByFirstWord: [String: [Int]] = [:]
        for h in groups.indices
        where groups[h].alive && groups[h].type == .organization && groups[h].fullWords.count >= 2 {
            for first in Set(groups[h].mentions.compactMap(\.words.first)) {
                orgsByFirstWord[first, default: []].append(h)
            }
        }
        for g in groups.indices where groups[g].alive {
            guard groups[g].fullWords.count == 1, let m = groups[g].mentions.first,
                NameFolding.isAllCaps(m.surface[...])
            else { continue }
            let t = groups[g].type
            guard t == nil || t == .organization else { continue }
            let acronym = groups[g].fullWords[0]
            let expansions = (byInitials[acronym] ?? []).filter { h in
                h != g && groups[h].alive && (groups[h].type == .organization || groups[h].type == .place)
            }
            if expansions.count == 1 {
                absorb(&groups, g, expansions[0], .aliasAcronym)
                continue
            }
            let heads = (orgsByFirstWord[acronym] ?? []).filter { h in
                h != g && groups[h].alive && groups[h].type == .organization
            }
            if heads.count == 1 { absorb(&groups, g, heads[0], .aliasOrgHead) }
        }
        // "McClatchy" alone, weakly read as a person, and "McClatchy Co.": the company.
        for g in groups.indices where groups[g].alive && groups[g].fullWords.count == 1 {
            let t = groups[g].type
            guard t == nil || t == .person && groups[g].strength <= 1,
                groups[g].mentions.allSatisfy({ $0.handleWords == nil })
            else { continue }
            let heads = (orgsByFirstWord[groups[g].fullWords[0]] ?? []).filter { h in
                h != g && groups[h].alive && groups[h].type == .organization
                    && groups[h].fullWords.last.map {
                        lexicons.legalSuffixes[$0] != nil || lexicons.orgHeadKeywords[$0] != nil
                    } == true
            }
            if heads.count == 1 { absorb(&groups, g, heads[0], .aliasOrgHead) }
        }
        // 6. A place with its state or district code after it ("Washington DC") and the place alone.
        var placeIndex: [String: Int] = [:]
        for g in groups.indices where groups[g].alive && groups[g].type == .place {
            placeIndex[groups[g].mentions[0].key] = g
        }
        for g in groups.indices where groups[g].alive && groups[g].type == .place {
            let ws = groups[g].fullWords
            guard ws.count >= 2, lexicons.subdivisionCodes.contains(ws.last!) else { continue }
            let head = NameMention.key(words: Array(ws.dropLast().filter { $0 != "," }), variants: lexicons.variants)
            if let target = placeIndex[head], target != g, groups[target].alive {
                absorb(&groups, target, g, .aliasPlaceQualifier)
            }
        }
        // 7. Hyphenated pairs of known names ("Trump-Putin", "US-Russia") split into both.
        var splitMentions: [NameMention] = []
        var personSurnames: Set<String> = []
        for g in groups.indices where groups[g].alive && groups[g].type == .person {
            if let last = coreWords(groups[g].fullWords).last { personSurnames.insert(translit(last)) }
        }
        for g in groups.indices where groups[g].alive && groups[g].type == nil {
            for m in groups[g].mentions where m.words.count == 1 && m.surface.contains("-") {
                if let parts = splitHyphenated(m, groups: groups, byKey: byKey, personSurnames: personSurnames) {
                    splitMentions += parts
                }
            }
        }
        for m in splitMentions {
            if let g = byKey[m.key], groups[g].alive {
                groups[g].mentions.append(m)
                groups[g].refresh()
            } else if let g = resolve(m.key, groups: groups, bySurname: bySurname, byKey: byKey) {
                groups[g].mentions.append(m)
                groups[g].refresh()
            }
        }
        return entities(from: groups)
    }

    // MARK: Helpers

    private func coreWords(_ words: [String]) -> [String] {
        var ws = words.filter { !lexicons.generations.contains($0) && $0 != "," }
        if ws.first == "the" { ws.removeFirst() }
        return ws
    }

    private func translit(_ w: String) -> String { NameFolding.transliterationKey(lexicons.variants[w] ?? w) }

    private func initials(_ words: [String]) -> String {
        let skip: Set<String> = ["of", "the", "and", "for", "'", "'s", "&"]
        var out = ""
        for w in words where !skip.contains(w) {
            if let c = w.first { out.append(c) }
        }
        return out
    }

    private func absorb(_ groups: inout [Group], _ from: Int, _ into: Int, _ rule: RuleID) {
        guard from != into, groups[from].alive, groups[into].alive else { return }
        // The merged names take the type of the name they join ("Loughton", a town, is Tim Loughton).
        if let type = groups[into].type {
            for k in groups[from].mentions.indices where groups[from].mentions[k].type != type {
                groups[from].mentions[k].type = type
                groups[from].mentions[k].strength = min(groups[from].mentions[k].strength, 1)
            }
        }
        for m in groups[from].mentions { groups[into].merges.append((m.surface, rule)) }
        groups[into].merges += groups[from].merges
        groups[into].mentions += groups[from].mentions
        groups[into].refresh()
        groups[from].mentions = []
        groups[from].merges = []
        groups[from].alive = false
        groups[from].refresh()
    }

    /// A surname shared by several full names: each mention goes to the full name named
    /// last before it (in its entry first, then earlier entries); none goes by guess.
    private func distribute(_ groups: inout [Group], _ from: Int, among targets: [Int], rule: RuleID) {
        var kept: [NameMention] = []
        for m in groups[from].mentions {
            var best: (Int, Int, Int)?  // (entry distance rank, offset, group)
            for t in targets {
                for f in groups[t].mentions where f.words.count >= 2 {
                    let before = f.entry == m.entry ? f.range.utf8End <= m.range.utf8Start : false
                    guard before else { continue }
                    if best == nil || f.range.utf8Start > best!.1 { best = (0, f.range.utf8Start, t) }
                }
            }
            if let (_, _, t) = best {
                groups[t].mentions.append(m)
                groups[t].merges.append((m.surface, rule))
            } else {
                kept.append(m)
            }
        }
        groups[from].mentions = kept
        groups[from].refresh()
        for t in targets { groups[t].refresh() }
        if kept.isEmpty { groups[from].alive = false }
    }

    private func splitHyphenated(_ m: NameMention, groups: [Group], byKey: [String: Int], personSurnames: Set<String>)
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
                    row.canonicalKey.map {
                        NameMention.key(words: $0.split(separator: " ").map(String.init), variants: lexicons.variants)
                    } ?? w
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

    private func resolve(_ key: String, groups: [Group], bySurname: [String: [Int]], byKey: [String: Int]) -> Int? {
        if let targets = bySurname[key], targets.count == 1, groups[targets[0]].alive { return targets[0] }
        for g in groups.indices
        where groups[g].alive && groups[g].type == .person
            && groups[g].mentions.contains(where: { $0.words.count == 1 && $0.key == key })
        {
            return g
        }
        return nil
    }

    // MARK: Entities

    private func entities(from groups: [Group]) -> [Entity] {
        var out: [Entity] = []
        let live = groups.filter { $0.alive && !$0.mentions.isEmpty }
        var ordered: [(Group, EntityType)] = []
        for g in live {
            guard let type = g.type else { continue }
            if g.mentions.allSatisfy({ $0.handleWords != nil }) && type != .person { continue }
            ordered.append((g, type))
        }
        ordered.sort { a, b in
            let x = a.0.mentions.min { ($0.entry, $0.range.utf8Start) < ($1.entry, $1.range.utf8Start) }!
            let y = b.0.mentions.min { ($0.entry, $0.range.utf8Start) < ($1.entry, $1.range.utf8Start) }!
            return (x.entry, x.range.utf8Start) < (y.entry, y.range.utf8Start)
        }
        for (n, (g, type)) in ordered.enumerated() {
            let mentions = g.mentions.sorted { ($0.entry, $0.range.utf8Start) < ($1.entry, $1.range.utf8Start) }
            let name = canonicalName(mentions, type: type)
            var aliases: [String] = []
            for m in mentions where m.surface != name && !aliases.contains(m.surface) { aliases.append(m.surface) }
            var roles: [String] = []
            for m in mentions {
                if let r = m.role, !roles.contains(where: { $0.lowercased() == r.lowercased() }) { roles.append(r) }
            }
            var merges: [AliasMerge] = []
            var seen: Set<String> = []
            for (alias, rule) in g.merges where alias != name && seen.insert(alias).inserted {
                merges.append(AliasMerge(alias: alias, into: name, rule: rule))
            }
            for alias in aliases where !seen.contains(alias) {
                seen.insert(alias)
                merges.append(AliasMerge(alias: alias, into: name, rule: sameKeyRule(alias, name, mentions)))
            }
            let typeRule = mentions.filter { $0.type == type }.max { $0.strength < $1.strength }?.provenance.rule
            var gender: Entity.Gender?
            if type == .person {
                gender = mentions.compactMap(\.gender).first
            }
            out.append(
                Entity(
                    id: EntityID("e\(n + 1)"), type: type, name: name, aliases: aliases, roles: roles,
                    mentions: mentions.map {
                        Mention(entry: $0.entry, range: $0.range, text: $0.surface, provenance: $0.provenance)
                    },
                    merges: merges, typeRule: typeRule, gender: gender))
        }
        return out
    }

    /// The fullest form: most words, then most frequent, then with diacritics, then first seen.
    private func canonicalName(_ mentions: [NameMention], type: EntityType) -> String {
        var counts: [String: Int] = [:]
        for m in mentions where m.handleWords == nil { counts[m.surface, default: 0] += 1 }
        if counts.isEmpty { return NameFolding.camelWords(mentions[0].surface[...]).joined(separator: " ") }
        let candidates = mentions.filter { $0.handleWords == nil }
        // A lexicon's canonical form, when the page uses it ("Russia" over "Russian Federation").
        if type != .person,
            let canonical = candidates.first(where: { $0.canonicalKey != nil && $0.type == type })?.canonicalKey,
            let m = candidates.first(where: {
                NameMention.key(words: $0.words, variants: lexicons.variants) == canonical && $0.canonicalKey == nil
                    || $0.words.joined(separator: " ") == canonical
            })
        {
            return m.surface
        }
        let best = candidates.max { a, b in
            let wa = coreWords(a.words).count
            let wb = coreWords(b.words).count
            if wa != wb { return wa < wb }
            let ga = a.words.count
            let gb = b.words.count
            if ga != gb { return ga < gb }
            let ca = counts[a.surface]!
            let cb = counts[b.surface]!
            if ca != cb { return ca < cb }
            let na = !a.surface.unicodeScalars.allSatisfy(\.isASCII)
            let nb = !b.surface.unicodeScalars.allSatisfy(\.isASCII)
            if na != nb { return !na }
            return false
        }!
        var name = best.surface
        if name.hasPrefix("the ") || name.hasPrefix("The ") { name.removeFirst(4) }
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
