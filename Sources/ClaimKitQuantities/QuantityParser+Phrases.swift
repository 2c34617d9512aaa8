import ClaimKitLexicon
import ClaimKitModel
import Foundation

/// Phrase look-ups in the unit tables, and the small item tests the rules share.
extension QuantityParser.Run {
    // MARK: Phrases

    /// The longest phrase of `table` starting at item `j`, and the item past it.
    ///
    /// Walks the table's byte tries item by item (see `SurfaceTrie`): no phrase string is
    /// built or hashed. An item the tries cannot judge (a word with a letter beyond ASCII,
    /// a symbol no key holds) sends the whole look-up to `stringPhrase`, which gives the
    /// same answer from the table's strings.
    func phrase<V: Sendable>(at j: Int, in table: PhraseTable<V>, maxItems: Int = 7) -> (V, Int)? {
        guard j < itemCount else { return nil }
        var best: (V, Int)?
        // Trie nodes of the phrase so far as written and folded; -1 once no key starts so.
        var exact: Int32 = 0
        var folded: Int32 = 0
        var k = j
        while k < itemCount, k - j < maxItems {
            let item = itemAt(k)
            if !item.ascii {
                // A one-scalar symbol that is plain and its own lower case (see
                // `isPlainOwnLowerSymbol`) is walked in the tries when some key holds it;
                // when none does, no key holds it in any form (its own decomposition), so
                // no phrase through it is a key or starts one: the tries' answer so far
                // stands ("£", "€", "–" at a bound or unit look-up, which went to the
                // strings before). Anything else takes the string path.
                guard item.kind == .symbol, isPlainOwnLowerSymbol(k) else { return stringPhrase(at: j, in: table, maxItems: maxItems) }
                guard table.plainScalars.contains(item.scalar) else { break }
            }
            if k > j, item.spaced {
                if exact >= 0 { exact = table.exactTrie.child(exact, 0x20) }
                if folded >= 0 { folded = table.foldedTrie.child(folded, 0x20) }
            }
            var b = item.start
            let e = item.end
            while b < e, exact >= 0 || folded >= 0 {
                let byte = bytes[b]
                if exact >= 0 { exact = table.exactTrie.child(exact, byte) }
                // ASCII capitals lower-cased, as the item's `lower` is.
                if folded >= 0 { folded = table.foldedTrie.child(folded, byte &- 0x41 < 26 ? byte | 0x20 : byte) }
                b += 1
            }
            // No key starts so: no longer phrase can be one either.
            guard exact >= 0 || folded >= 0 else { break }
            k += 1
            let end = k
            // A phrase must end at a word boundary: not followed by glued letters or digits.
            if end < itemCount, !itemAt(end).spaced, itemAt(end).kind != .symbol, itemAt(end - 1).kind != .symbol,
                itemAt(end).kind == itemAt(end - 1).kind
            {
                continue
            }
            // As written first, then folded (as `SurfaceTable.lookup`).
            var index: Int32 = exact >= 0 ? table.exactTrie.value(at: exact) : -1
            if index < 0, folded >= 0 { index = table.foldedTrie.value(at: folded) }
            if index >= 0 { best = (table.values[Int(index)], end) }
        }
        return best
    }

    /// Whether the tries can judge the one-scalar symbol `item`: a plain scalar some key
    /// of `table` holds, its own lower case.
    func isPlainSymbol<V: Sendable>(_ k: Int, in table: PhraseTable<V>) -> Bool {
        let item = itemAt(k)
        return item.kind == .symbol && table.plainScalars.contains(item.scalar) && isPlainOwnLowerSymbol(k)
    }

    /// Whether the symbol item `k` (one scalar beyond ASCII) is plain (`SurfaceTrie.isPlain`:
    /// its own canonical decomposition, combining class 0) and its own lower case: answered
    /// once per scalar and kept for the run's next texts.
    func isPlainOwnLowerSymbol(_ k: Int) -> Bool {
        let scalar = itemAt(k).scalar
        if let known = plainOwnLowerSymbols[scalar] { return known }
        let answer = Unicode.Scalar(scalar).map(SurfaceTrie.isPlain) == true && itemLower(k) == itemText(k)
        plainOwnLowerSymbols[scalar] = answer
        return answer
    }

    /// `phrase(at:in:maxItems:)` by the table's strings: each candidate phrase built and
    /// asked of its prefix sets and dictionaries.
    func stringPhrase<V: Sendable>(at j: Int, in table: PhraseTable<V>, maxItems: Int = 7) -> (V, Int)? {
        guard j < itemCount else { return nil }
        // Candidates are tried shortest first and the last that matches kept: the same
        // answer as longest first, with no array of candidates to allocate.
        var best: (V, Int)?
        var s = itemText(j)
        var l = itemLower(j)
        var k = j
        while k < itemCount, k - j < maxItems {
            if k > j {
                if itemAt(k).spaced {
                    s += " "
                    l += " "
                }
                s += itemText(k)
                l += itemLower(k)
            }
            // No key starts so: no longer phrase can be one either.
            guard table.hasPrefix(s, lower: l) else { break }
            k += 1
            let end = k
            // A phrase must end at a word boundary: not followed by glued letters or digits.
            if end < itemCount, !itemAt(end).spaced, itemAt(end).kind != .symbol, itemAt(end - 1).kind != .symbol,
                itemAt(end).kind == itemAt(end - 1).kind
            {
                continue
            }
            if let v = table.lookup(s, lower: l) { best = (v, end) }
        }
        return best
    }

    func surface(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return phraseText(itemAt(range.lowerBound).start, itemAt(range.upperBound - 1).end)
    }

    /// The text between UTF-8 offsets `a` and `b` (item boundaries, so scalar boundaries:
    /// the bytes decode as they stand).
    func phraseText(_ a: Int, _ b: Int) -> String {
        String(decoding: bytes[a..<b], as: UTF8.self)
    }

    func lower(_ k: Int) -> String { k >= 0 && k < itemCount ? itemLower(k) : "" }

    /// Whether item `k` is "-", "\u{2013}", "\u{2014}", "\u{2010}" or "\u{2011}" (one-scalar
    /// symbols: their scalar compared, not their text).
    func isDash(_ k: Int) -> Bool {
        guard k < itemCount, itemAt(k).kind == .symbol else { return false }
        switch itemAt(k).scalar {
        case 0x2D, 0x2013, 0x2014, 0x2010, 0x2011: return true
        default: return false
        }
    }
}
