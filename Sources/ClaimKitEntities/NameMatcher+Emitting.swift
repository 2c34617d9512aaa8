import ClaimKitModel
import ClaimKitText

/// Emitting mentions: a token range becomes a `NameMention` (its surface, folded words and
/// merge key are built here, once per mention).
extension NameMatcher {
    func text(_ u: Int, _ v: Int) -> String {
        let tokens = entry.tokens
        return entry.text.entityString(TextRange(utf8Start: tokens[u].range.utf8Start, utf8End: tokens[v - 1].range.utf8End))
    }

    func words(_ u: Int, _ v: Int) -> [String] {
        Array(folded[u..<v])
    }

    func add(
        _ u: Int, _ v: Int, type: EntityType?, strength: Int, rule: RuleID, source: LexiconSource?,
        canonicalKey: String? = nil, role: String? = nil, gender: Entity.Gender? = nil, nested: Bool = true
    ) {
        if nested && (rule.isSame(.orgKeyword) || rule.isSame(.placeKeyword)) { addNestedPlaces(u, v) }
        let tokens = entry.tokens
        var range = TextRange(utf8Start: tokens[u].range.utf8Start, utf8End: tokens[v - 1].range.utf8End)
        // "on X." at a sentence's end: the period is the sentence's, not the name's.
        // (The last byte read first: the surface string is made only for a token ending with a period.)
        if strings.tokenBytes(v - 1).last == 0x2E {
            let lastSurface = surfaces[v - 1]
            if lastSurface.count > 1, lastSurface.hasSuffix("."), lastSurface.dropLast().firstIndex(of: ".") == nil,
                !Self.abbreviationsKeepingPeriod.contains(fkey(v - 1))
            {
                range = TextRange(utf8Start: range.utf8Start, utf8End: range.utf8End - 1)
            }
        }
        var m = NameMention(
            entry: entry.entry.index, range: range, surface: entry.text.entityString(range), words: words(u, v),
            type: type,
            strength: strength, provenance: Provenance(rule: rule, lexicon: source), canonicalKey: canonicalKey,
            role: role, gender: gender)
        m.key = canonicalKey ?? mentionKey(u, m.words)
        // "Geophysical Institute (IGP)": an acronym in brackets right after a name stands for it.
        if v == u + 1, u >= 2, surfaceIs(u - 1, "("), isAllCapsAt(u), let previous = mentions.last,
            previous.entry == m.entry, previous.range.utf8End == tokens[u - 2].range.utf8End,
            previous.words.count >= 2
        {
            // "Mohammed bin Salman (MBS)": a person's initials stand for the person.
            if previous.type != .person {
                m.expands = previous.key
            } else if previous.words.count <= 5, String(previous.words.compactMap(\.first)) == folded[u] {
                m.expands = previous.key
                m.type = nil
                m.provenance = Provenance(rule: .aliasInitials)
            }
        }
        // "CEI (Conferenza Episcopale Italiana)", "the VPA (Agency for Port Works of Vell)": a name in
        // brackets right after an acronym, whose words' initials spell the acronym's letters in any order
        // (a translated name), is what the acronym stands for.
        if type != .person, u >= 2, surfaceIs(u - 1, "("), v < tokens.count, surfaceIs(v, ")"),
            let k = mentions.indices.last, mentions[k].entry == m.entry, mentions[k].words.count == 1,
            mentions[k].range.utf8End == tokens[u - 2].range.utf8End, isAllCapsAt(u - 2),
            mentions[k].type == nil || mentions[k].type == .organization
        {
            let letters = m.words.filter { !Self.acronymSkipWords.contains($0) }.compactMap(\.first)
            if letters.count >= 2, letters.sorted() == Array(folded[u - 2]).sorted() { mentions[k].expands = m.key }
        }
        // "Mohammed bin Salman, known as MBS,": the person's initials after "known as".
        if v == u + 1, u >= 4, foldedIs(u - 1, "as"), foldedIs(u - 2, "known"), isAllCapsAt(u),
            let previous = mentions.last, previous.entry == m.entry, previous.type == .person,
            previous.words.count >= 2, previous.words.count <= 5,
            previous.range.utf8End == tokens[u - 3].range.utf8End
                || u >= 5 && previous.range.utf8End == tokens[u - 4].range.utf8End
                    && (surfaceIs(u - 3, ",") || surfaceIs(u - 3, "(")),
            String(previous.words.compactMap(\.first)) == folded[u]
        {
            m.expands = previous.key
            m.type = nil
            m.provenance = Provenance(rule: .aliasInitials)
        }
        mentions.append(m)
    }

    /// `NameMention.key(words: words, variants:)` of the folded words of tokens `u..<u + words.count`,
    /// each word's variant looked up by its token's lookup key (the same answer as by its string, with
    /// no string hashed: the token's key was made when a rule first read the word).
    func mentionKey(_ u: Int, _ words: [String]) -> String {
        // (The first word compared by its token's key: no string comparison.)
        let first = words.count > 1 && foldedIs(u, "the") ? 1 : 0
        guard first < words.count else { return "" }
        if words.count - first == 1 { return keyWord(u + first, words[first]) }
        // Most keys are ASCII words that are their own keys (no variant, no transliteration): the
        // words' fold bytes joined by spaces, written into the string at once (no appends).
        var bytes = words.count - first - 1
        var plain = true
        for k in first..<words.count {
            let key = fkey(u + k)
            if key.hash == 0 || !isOwnKeyWord(key) {
                plain = false
                break
            }
            bytes += key.bytes.count
        }
        if plain {
            return String(unsafeUninitializedCapacity: bytes) { out in
                var n = 0
                for k in first..<words.count {
                    if k > first {
                        out[n] = 0x20
                        n += 1
                    }
                    for b in fkey(u + k).bytes {
                        out[n] = b
                        n += 1
                    }
                }
                return n
            }
        }
        var out = ""
        // (One allocation for a key longer than a small string: no word makes its key longer.)
        var total = words.count - first - 1
        for k in first..<words.count { total += words[k].utf8.count }
        if total > 15 { out.reserveCapacity(total) }
        for k in first..<words.count {
            if k > first { out += " " }
            out += keyWord(u + k, words[k])
        }
        return out
    }

    /// Whether an ASCII word (`key.hash != 0`) is its own merge key: no variant, and none of the
    /// endings `NameFolding.transliterationKey` rewrites (its first two tests, on the last bytes).
    @inline(__always)
    private func isOwnKeyWord(_ key: WordKey) -> Bool {
        if shared.tables.variants.contains(key) { return false }
        let b = key.bytes
        if b.count < 5 { return true }
        let last = b[b.count - 1]
        if last != 0x79 && last != 0x69 && last != 0x6A { return true }
        let before = b[b.count - 2]
        return before != 0x69 && before != 0x79 && before != 0x65
    }

    /// `NameFolding.transliterationKey(variants[word] ?? word)` of token `k`'s folded word `word`,
    /// with the transliteration's first test (five bytes or more, a last byte "y", "i" or "j") read
    /// from the token's key for ASCII words, which most words fail.
    @inline(__always)
    func keyWord(_ k: Int, _ word: String) -> String {
        let key = fkey(k)
        if let variant = shared.tables.variants[key] { return NameFolding.transliterationKey(variant) }
        if key.hash != 0 {
            let b = key.bytes
            if b.count < 5 { return word }
            let last = b[b.count - 1]
            if last != 0x79 && last != 0x69 && last != 0x6A { return word }
        }
        return NameFolding.transliterationKey(word)
    }

    /// Words an acronym leaves out ("of", "the", "for", and their Romance kin).
    static let acronymSkipWords: WordSet = ["of", "the", "and", "for", "&", "de", "di", "del", "della", "la", "le", "du"]

    /// Abbreviations whose period belongs to the name ("Jr.", "Inc."), folded without it.
    static let abbreviationsKeepingPeriod: WordSet = [
        "jr", "sr", "st", "mt", "co", "inc", "ltd", "corp", "bros", "dr", "mr", "mrs", "ms", "jnr", "snr",
    ]

    func addPerson(
        _ u: Int, _ v: Int, rule: RuleID, strength: Int, source: LexiconSource?, role: String?, gender: Entity.Gender?
    ) {
        // "of Innovation", "for Education": a person's name opens with no lower-case word but a
        // particle of a family name ("ap Iorwerth", "von der Leyen", "al-Sisi").
        if !capitalized[u], entry.tokens[u].kind == .word, NameFolding.isLowercaseWord(surfaces[u]),
            !isParticleWord(u), !Self.isArticleCompound(surfaces[u])
        {
            return
        }
        var g = gender
        if g == nil, let given = (has(u, .givenNames) ? shared.tables.givenNames[fkey(u)] : nil) { g = given.gender }
        add(u, v, type: .person, strength: strength, rule: rule, source: source, role: role, gender: g)
    }

    func addHandle(range: TextRange, surface: String, strength: Int) {
        let words = NameFolding.camelWords(surface)
        var m = NameMention(
            entry: entry.entry.index, range: range, surface: String(surface), words: [NameFolding.fold(surface)],
            type: nil, strength: strength,
            provenance: Provenance(rule: .personHandle), handleWords: words.map { NameFolding.fold($0) })
        m.key = NameMention.key(words: m.handleWords ?? [], variants: shared.tables.variants)
        mentions.append(m)
    }
}
