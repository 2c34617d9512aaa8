import ClaimKitModel
import ClaimKitText

/// Gazetteer names: the longest known name at a token, places nested in a keyword-made name,
/// and places coordinated with a place just before.
extension NameMatcher {
    /// "between Preston and Carlisle", "in Leeds or Bradford": a name joined by "and" or "or" to the
    /// place just before it.
    func coordinatedWithPlace(_ p: Int) -> Bool {
        guard p >= 2, surfaceIs(p - 1, "and") || surfaceIs(p - 1, "or"), let previous = mentions.last,
            previous.type == .place, previous.entry == entry.entry.index,
            previous.range.utf8End == entry.tokens[p - 2].range.utf8End
        else { return false }
        return true
    }

    /// The longest gazetteer name at `p` within the sequence.
    func nameMatch(_ p: Int, _ end: Int) -> (Int, EntityLexicons.NameRow)? {
        // Most words neither are a gazetteer name nor open one: the token's cached answers say so
        // without building a key (the loop below would stop at its first word, with no match).
        if p < end, !has(p, .names), !has(p, .namePrefixes) { return nil }
        guard p < end else { return nil }
        if let known = nameMatches.answer(p, end) { return known }
        let best = longestName(p, end)
        nameMatches.record(p, end, best)
        return best
    }

    /// `nameMatch` without the memo: the key of one word more each turn, while it opens a name.
    private func longestName(_ p: Int, _ end: Int) -> (Int, EntityLexicons.NameRow)? {
        var best: (Int, EntityLexicons.NameRow)?
        var key = ""
        // (The words' bytes joined in place while they are ASCII: no string made per word tried.)
        var bytes = MultiWordKey(buffer: state.keyBytes)
        var byBytes = true
        var n = 0
        while p + n < end && n < shared.tables.maxNameWords {
            // (The first word by its token's lookup key and lexicon bits: no string built or hashed;
            // the key of several words from their bytes, or else as a string, from the second word on.)
            let row: EntityLexicons.NameRow?
            if n == 0 {
                row = has(p, .names) ? shared.tables.names[fkey(p)] : nil
            } else {
                if byBytes {
                    byBytes = (n > 1 || bytes.append(fkey(p))) && bytes.append(fkey(p + n))
                    if !byBytes { key = (p...(p + n)).map { folded[$0] }.joined(separator: " ") }
                } else {
                    key += " " + folded[p + n]
                }
                row = byBytes ? shared.tables.names[bytes.key] : shared.tables.names[key]
            }
            n += 1
            if let row {
                if row.capitalsOnly && !(n == 1 && isAllCapsAt(p)) { continue }
                // "USI" is an acronym, not the town of Usi.
                if n == 1 && row.rank >= 3 && !row.capitalsOnly && isAllCapsAt(p)
                    && surfaces[p].count <= 5
                {
                    continue
                }
                // "San Francisco Bay Area": a WordNet name inside a longer name leaves the better-known
                // shorter one ("San Francisco") its place.
                if row.rank >= EntityLexicons.wordNetRank && best != nil && p + n < end { continue }
                best = (n, row)
            } else if !(n == 1
                ? has(p, .namePrefixes)
                : byBytes ? shared.tables.namePrefixes.contains(bytes.key) : shared.tables.namePrefixes.contains(key))
            {
                break
            }
        }
        return best
    }

    /// Places named inside a keyword-made name ("Volgograd" in "Volgograd Arena", "Texas" in
    /// "University of Texas"): countries, regions, subdivisions and big cities, as mentions of their own.
    func addNestedPlaces(_ u: Int, _ v: Int) {
        var p = u
        while p < v {
            if let (length, row) = nameMatch(p, v), row.type == .place, p + length <= v,
                row.rank <= 3 && (length > 1 || !has(p, .commonWords)) || row.population >= 100_000
            {
                if !(length == 1 && (has(p, .givenNames) || has(p, .commonWords)))
                {
                    addKnown(p, p + length, row)
                }
                p += length
            } else {
                p += 1
            }
        }
    }

    @discardableResult
    func addKnown(_ u: Int, _ v: Int, _ row: EntityLexicons.NameRow) -> Int {
        var end = v
        // "Washington DC", "Austin, TX": a city with its subdivision code.
        if row.type == .place, end < entry.tokens.count, blockOf[end] == blockOf[u] {
            var q = end
            if surfaceIs(q, ","), q + 1 < entry.tokens.count { q += 1 }
            if isAllCapsAt(q) && shared.tables.subdivisionCodes.contains(fkey(q))
                && surfaces[q].count <= 4
            {
                end = q + 1
            }
        }
        let strength = row.rule == .placeCity ? (row.population < 100_000 ? 1 : 2) : 3
        // The canonical key only counts when the name ends where the row does.
        let canonical =
            end == v
            ? row.canonicalKey.map { NameMention.key(canonical: $0, variants: shared.tables.variants) } : nil
        add(
            u, end, type: row.type, strength: strength, rule: row.rule, source: row.source,
            canonicalKey: canonical)
        return end
    }
}
