import ClaimKitModel

/// Places written inside another word or after an abbreviation: "Ohio-based Brightwater Brands"
/// (the place before "-based"), "Ringaskiddy, Co Cork" (an Irish or Northern Irish county after "Co"),
/// "LAGOS – Officers said ..." (a dateline's place in capitals).
extension NameMatcher {
    /// Lower-case words after a hyphen that make the word before it where something is based.
    static let basedTails: Set<String> = ["based", "headquartered"]

    /// Adds the place that opens token `i` when the token is a known place's name, a hyphen and
    /// "based" or "headquartered" ("Ohio-based", "Lagos-based"). Not "Iranian-born" or "state-run"
    /// (other tails, no place), nor "Mercer Island-based" (the last word of a longer name), nor a
    /// small town whose name is also a given name. Returns whether it added one.
    func addPlaceBeforeBased(_ i: Int) -> Bool {
        let bytes = strings.tokenBytes(i)
        guard bytes.count >= 8, let dash = bytes.lastIndex(of: 0x2D), dash >= 2 else { return false }
        // ("Mercer Island-based": the last word of a longer name is no place alone.)
        if i > 0, capitalized[i - 1], entry.tokens[i - 1].kind == .word, blockOf[i - 1] == blockOf[i],
            !has(i - 1, .functionWords)
        {
            return false
        }
        let surface = surfaces[i]
        guard let hyphen = surface.lastIndex(of: "-"),
            Self.basedTails.contains(String(surface[surface.index(after: hyphen)...]))
        else { return false }
        let head = String(surface[..<hyphen])
        // (One word only: "New York-based" keeps to the rules of its sequence.)
        guard !head.contains("-"), let first = head.first, first.isUppercase, !NameFolding.isAllCaps(head) else { return false }
        let word = NameFolding.fold(head)
        guard let row = shared.tables.names[word], row.type == .place, !shared.tables.givenNames.contains(word)
            || row.population >= 100_000 || row.rule != .placeCity
        else { return false }
        let start = entry.tokens[i].range.utf8Start
        let range = TextRange(utf8Start: start, utf8End: start + dash)
        var m = NameMention(
            entry: entry.entry.index, range: range, surface: head, words: [word], type: .place,
            strength: 2, provenance: Provenance(rule: row.rule, lexicon: row.source),
            canonicalKey: row.canonicalKey.map { NameMention.key(canonical: $0, variants: shared.tables.variants) },
            role: nil, gender: nil)
        m.key = m.canonicalKey ?? NameMention.key(words: [word], variants: shared.tables.variants)
        mentions.append(m)
        return true
    }

    /// The length of "Co"/"Co." and a known place after it at `s` inside `s..<end` ("Co Cork",
    /// "Co. Antrim"), nil otherwise: the place must end the sequence, and "Co" must not end a
    /// company's name ("Smith & Co Cork" has a capitalised word before "Co").
    func countyAfterCoLength(_ s: Int, _ end: Int) -> Int? {
        guard end - s >= 2, surfaceIs(s, "Co") || surfaceIs(s, "Co."),
            s == 0 || !capitalized[s - 1] || blockOf[s - 1] != blockOf[s]
        else { return nil }
        guard let (length, row) = nameMatch(s + 1, end), s + 1 + length == end, row.type == .place else { return nil }
        return length + 1
    }

    /// The gazetteer row of a dateline's place at token `i`: one word in capitals opening its block,
    /// then a dash or a comma ("LAGOS – Officers said", "ROTTERDAM - The group"), that folds to a
    /// known place; nil otherwise ("NASA - the agency" is no place).
    func datelinePlace(_ i: Int) -> EntityLexicons.NameRow? {
        let tokens = entry.tokens
        guard i + 1 < tokens.count, i == 0 || blockOf[i - 1] != blockOf[i], blockOf[i + 1] == blockOf[i],
            strings.byteCount(i) >= 4, isAllCapsAt(i),
            surfaceIs(i + 1, "–") || surfaceIs(i + 1, "-") || surfaceIs(i + 1, "—") || surfaceIs(i + 1, ","),
            has(i, .names), let row = shared.tables.names[fkey(i)], row.type == .place
        else { return nil }
        return row
    }
}
