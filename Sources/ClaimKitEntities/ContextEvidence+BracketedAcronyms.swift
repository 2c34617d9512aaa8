import ClaimKitModel
import ClaimKitText

/// Acronyms in brackets that spell the name before them: "Environment and Climate Change Canada (ECCC)",
/// "the Australian Institute of Marine Science (AIMS)". The acronym's letters show where the name
/// starts (the nation's adjective is part of it; an "and" inside does not end it), so the name is
/// one mention of those words, and the acronym stands for it.
extension ContextEvidence {
    /// Lower-case words inside an organisation's name that its acronym skips.
    static let acronymConnectors: Set<String> = ["and", "of", "for", "the", "on", "in", "de", "du", "des", "la", "für", "und"]

    /// The first token of the capitalised words (and connectors) ending just before token `open` (a
    /// "(") whose initials are `letters`, if any: walking back from the last word, the first start
    /// where the initials match.
    func acronymNameStart(beforeBracket open: Int, letters: [UInt8]) -> Int? {
        let tokens = entry.tokens
        var initials: [UInt8] = []
        var words = 0
        var k = open - 1
        while k >= 0 && initials.count < letters.count && open - k <= 12 {
            guard tokens[k].kind == .word, let first = strings.tokenBytes(k).first else { return nil }
            if first &- 0x41 < 26 {
                initials.insert(first, at: 0)
                words += 1
                if initials == letters { return words >= 2 ? k : nil }
            } else if k == open - 1 || !Self.acronymConnectors.contains(strings.surface(k)) {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// Makes the name that a bracketed acronym spells one mention ("Environment and Climate Change
    /// Canada", not "Canada"; "Australian Institute of Marine Science", not "Institute of Marine
    /// Science") and points the acronym at it. The name keeps the type of a place or organisation that
    /// covers it all but its first word; otherwise it is an organisation ("Bordeaux Métropole Athlétisme
    /// (BMA)", not a weak person "Métropole Athlétisme"), and the places inside it stay. A
    /// person's name in it, or a known given name opening it, leaves it alone.
    func expandBracketedAcronyms(_ mentions: inout [NameMention], from: Int) {
        let tokens = entry.tokens
        guard tokens.count >= 5 else { return }
        for open in 2..<(tokens.count - 2) where strings.surfaceIs(open, "(") && strings.surfaceIs(open + 2, ")") {
            let acronym = strings.tokenBytes(open + 1)
            guard tokens[open + 1].kind == .word, acronym.count >= 2, acronym.count <= 6,
                acronym.allSatisfy({ $0 &- 0x41 < 26 }),
                let start = acronymNameStart(beforeBracket: open, letters: Array(acronym))
            else { continue }
            let range = TextRange(utf8Start: tokens[start].range.utf8Start, utf8End: tokens[open - 1].range.utf8End)
            var inside: [Int] = []
            var exact: Int?
            var acronymMention: Int?
            for k in from..<mentions.count {
                let r = mentions[k].range
                if r.utf8Start >= range.utf8Start && r.utf8End <= range.utf8End {
                    inside.append(k)
                    if r == range { exact = k }
                } else if r.utf8Start == tokens[open + 1].range.utf8Start {
                    acronymMention = k
                }
            }
            if let exact {
                if let a = acronymMention, mentions[a].expands == nil, mentions[exact].type != .person {
                    mentions[a].expands = mentions[exact].key
                }
                continue
            }
            let surface = strings.surface(start)
            guard !inside.contains(where: { mentions[$0].type == .person && mentions[$0].strength >= 2 }),
                !lexicons.givenNames.contains(NameFolding.fold(surface))
            else { continue }
            // The type of a mention ending the name that covers all of it but its first word ("Republic of
            // the Congo" in "Democratic Republic of the Congo"); an organisation otherwise.
            var type = EntityType.organization
            let second = tokens[start + 1].range.utf8Start
            if let k = inside.first(where: { mentions[$0].range.utf8End == range.utf8End && mentions[$0].range.utf8Start <= second }),
                let t = mentions[k].type, t != .person
            {
                type = t
            }
            let words = (start..<open).map { NameFolding.fold(strings.surface($0)) }
            var m = NameMention(
                entry: entry.entry.index, range: range, surface: entry.text.entityString(range), words: words, type: type,
                strength: 2, provenance: Provenance(rule: .orgAcronymExpansion))
            m.key = NameMention.key(words: words, variants: lexicons.variants)
            // The new mention goes after the mentions inside it; those go, but for the places inside an
            // organisation's name, which stay as the matcher leaves them ("Canada", as in "Calgary Transit").
            let removed = inside.filter { !(type == .organization && mentions[$0].type == .place) }
            var at = (inside.last.map { $0 + 1 }) ?? mentions.count
            if let a = acronymMention, a < at { at = a }
            mentions.insert(m, at: at)
            var acronymIndex = acronymMention.map { $0 >= at ? $0 + 1 : $0 }
            for k in removed.reversed() {
                let index = k >= at ? k + 1 : k
                mentions.remove(at: index)
                if index < at { at -= 1 }
                if let a = acronymIndex, index < a { acronymIndex = a - 1 }
            }
            if let a = acronymIndex {
                if mentions[a].type == nil || mentions[a].type == .organization || mentions[a].type == type {
                    mentions[a].expands = m.key
                }
            } else if type == .organization {
                // "(AIMS)": an acronym that is also a common word, found by no rule, is the name's acronym.
                let r = tokens[open + 1].range
                var a = NameMention(
                    entry: entry.entry.index, range: r, surface: entry.text.entityString(r),
                    words: [NameFolding.fold(strings.surface(open + 1))], type: .organization, strength: 1,
                    provenance: Provenance(rule: .orgAcronym), expands: m.key)
                a.key = NameMention.key(words: a.words, variants: lexicons.variants)
                mentions.insert(a, at: at + 1)
            }
        }
    }
}
