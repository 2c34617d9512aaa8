import ClaimKitLexicon
import ClaimKitModel
import Foundation

/// Numerals that are no figure: clock times, dates, years, ordinals, labels, phone numbers.
extension QuantityParser.Run {
    // MARK: Exclusions

    /// Whether the numeral at `j` is no figure (time, date, year, ordinal, label ...);
    /// returns the item to resume at.
    func excluded(numeralAt j: Int, read n: NumberRead, hasCurrency: Bool, afterBound: Bool) -> Int? {
        let item = itemAt(j)
        let next = j + 1
        // Clock times: "20:49", "15:00 ET", "3pm", "3 p.m."
        if next + 1 < itemCount, textIs(next, ":") || textIs(next, "."), !itemAt(next).spaced,
            itemAt(next + 1).kind == .number, !itemAt(next + 1).spaced, itemText(next + 1).count == 2, textIs(next, ":")
        {
            var e = next + 2
            // "1:01:12": a race time's seconds are no figure of their own.
            while e + 1 < itemCount, textIs(e, ":"), !itemAt(e).spaced, itemAt(e + 1).kind == .number, !itemAt(e + 1).spaced {
                e += 2
            }
            if timeWord(at: e) != nil { e = timeWord(at: e)! }
            return e
        }
        // "3pm", "2.30 am" (a dot between hours and minutes, as British papers write).
        if let e = timeWord(at: n.end), !hasCurrency, n.value <= 24 { return e }
        // Coins are no figures we compare: "3 dimes", "one hundred cents".
        if lowerIs(n.end, "cent") || lowerIs(n.end, "cents") || lowerIs(n.end, "dime") || lowerIs(n.end, "dimes") || lowerIs(n.end, "penny")
            || lowerIs(n.end, "pennies") || lowerIs(n.end, "nickel") || lowerIs(n.end, "nickels")
        {
            return n.end + 1
        }
        // "three times": a multiplier.
        if lowerIs(n.end, "times") { return n.end + 1 }
        // Ordinals and decades: "4th", "1990s", "the 90s", "1990's"
        if next < itemCount, !itemAt(next).spaced, itemAt(next).kind == .word {
            if lowerIn(Self.ordinalSuffixes, next) { return next + 1 }
            if lowerIs(next, "s") || lowerIs(next, "'s") || lowerIs(next, "\u{2019}s") { return next + 1 }
        }
        if next + 1 < itemCount, itemAt(next).kind == .symbol, itemAt(next).scalar == 0x27 || itemAt(next).scalar == 0x2019, !itemAt(next).spaced,
            lowerIs(next + 1, "s"), !itemAt(next + 1).spaced
        {
            return next + 2
        }
        if hasCurrency { return nil }
        // Glued to letters before: "G7", "COVID-19", "F-35", "MH17".
        if j > 0, !item.spaced {
            if itemAt(j - 1).kind == .word { return n.end }
            if isDash(j - 1), j > 1, !itemAt(j - 1).spaced,
                (itemAt(j - 2).kind == .word && catalog.numberWords[itemLower(j - 2)] == nil)
                    || (itemAt(j - 2).kind == .number && j > 2 && !itemAt(j - 2).spaced && itemAt(j - 3).kind == .word)
            {
                return n.end
            }
        }
        // Phone numbers and codes: "020 7946 0018", "+44 ..."
        // (An ASCII numeral has one character per byte.)
        if !n.spelled, !item.hasSeparator,
            item.ascii ? item.end - item.start >= 3 && bytes[item.start] == UInt8(ascii: "0") : itemText(j).count >= 3 && itemText(j).first == "0"
        {
            var e = n.end
            while e < itemCount, itemAt(e).kind == .number || (isDash(e) && e + 1 < itemCount && itemAt(e + 1).kind == .number) {
                e += 1
            }
            return e
        }
        // "+44 20 ...", "+1-222-2222-2222", "555-123-4567": runs of three or more groups.
        var groups = 1
        var e = n.end
        while e + 1 < itemCount, isDash(e) || textIs(e, "/"), !itemAt(e).spaced, itemAt(e + 1).kind == .number,
            !itemAt(e + 1).spaced, !itemAt(e + 1).hasSeparator
        {
            groups += 1
            e += 2
        }
        if j > 0, textIs(j - 1, "+"), !item.spaced {
            // "+44 20 7946 0018": the spaced groups after a country code too.
            while e < itemCount, itemAt(e).kind == .number, itemAt(e).spaced, !itemAt(e).hasSeparator { e += 1 }
            return e
        }
        if groups >= 3 { return e }
        // List and entry numbers: "1. Moscow ...", "2) ..."
        if item.lineStart, next + 1 < itemCount, textIs(next, ".") || textIs(next, ")"), !itemAt(next).spaced,
            itemAt(next + 1).spaced
        {
            return next + 1
        }
        // Labels: "No 10", "Article 50", "page 3"
        if j > 0, itemAt(j - 1).kind == .word, lowerIn(catalog.labelWords, j - 1) { return n.end }
        if j > 1, textIs(j - 1, "."), itemAt(j - 2).kind == .word, catalog.labelWords.contains(itemLower(j - 2) + ".") {
            return n.end
        }
        // Dates: "May 8", "8 May", "8 May 2024"
        if !n.spelled, n.value >= 1, n.value <= 31, n.value == n.value.rounded() {
            if j > 0, isMonth(j - 1) { return n.end }
            if n.end < itemCount, isMonth(n.end) {
                var e = n.end + 1
                if e < itemCount, itemAt(e).kind == .number, itemText(e).count == 4 { e += 1 }
                return e
            }
            if n.end + 1 < itemCount, lowerIs(n.end, "of"), isMonth(n.end + 1) { return n.end + 2 }
        }
        // Years: a bare four-digit integer with no unit after it.
        if n.yearLike, !afterBound,
            !(isDash(n.end) && n.end + 1 < itemCount && itemAt(n.end + 1).kind == .number
                && itemText(n.end + 1).count == 4 && !(1000...2199).contains(Int(itemText(n.end + 1)) ?? 0))
        {
            let after = afterHyphen(n.end)
            let unitAfter = phrase(at: after, in: unitPhrases)
            // "the 2018 World Cup day": a year before a singular time word is still a year.
            let singularTime = unitAfter.map { $0.0.dimension == known.duration && !lower(after).hasSuffix("s") && after == n.end && !lowerIs(after + 1, "old") } ?? false
            if unitAfter == nil || singularTime, scale(at: n.end, currency: false) == nil {
                var e = n.end
                // "2019-20", "1939-45"
                if isDash(e), e + 1 < itemCount, itemAt(e + 1).kind == .number, !itemAt(e + 1).spaced { e += 2 }
                return e
            }
        }
        return nil
    }

    func isMonth(_ k: Int) -> Bool {
        guard k >= 0, k < itemCount, itemAt(k).kind == .word else { return false }
        // An ASCII word by its bytes: a capital first, then the set by the lower-cased bytes.
        if itemAt(k).ascii { return bytes[itemAt(k).start] &- 0x41 < 26 && lowerIn(catalog.monthNames, k) }
        let t = itemText(k)
        guard let first = t.unicodeScalars.first, first.properties.isUppercase else { return false }
        return catalog.monthNames.contains(itemLower(k))
    }

    /// A clock-time word at `k` ("pm", "BST", "a.m."), and the item past it.
    func timeWord(at k: Int) -> Int? {
        guard k < itemCount, itemAt(k).kind == .word else { return nil }
        // "a.m." / "p.m."
        if k + 3 < itemCount, (lowerIs(k, "a") || lowerIs(k, "p")), textIs(k + 1, "."), lowerIs(k + 2, "m"),
            !itemAt(k + 1).spaced, !itemAt(k + 2).spaced
        {
            return textIs(k + 3, ".") && !itemAt(k + 3).spaced ? k + 4 : k + 3
        }
        if lowerIn(catalog.timeWords, k) {
            let t = itemText(k)
            // "ET", "PT", "AM": only in capitals or glued ("3pm"), so "5 et al" stays apart.
            if t.count <= 3 && t != t.uppercased() && itemAt(k).spaced && !t.isOne(of: "am", "pm") { return nil }
            return k + 1
        }
        return nil
    }

    func afterHyphen(_ k: Int) -> Int {
        isDash(k) && k + 1 < itemCount && !itemAt(k).spaced && !itemAt(k + 1).spaced ? k + 1 : k
    }

    /// A scale word at `k` ("million", "bn", "10k", glued "m" after a currency).
    func scale(at k: Int, currency: Bool) -> (Double, Int)? {
        guard k < itemCount, itemAt(k).kind == .word,
            let s = itemAt(k).ascii
                ? catalog.scales.value(ascii: bytes, itemAt(k).start, itemAt(k).end, lowering: false)
                    ?? catalog.scales.value(ascii: bytes, itemAt(k).start, itemAt(k).end, lowering: true)
                : catalog.scales[itemText(k)] ?? catalog.scales[itemLower(k)]
        else { return nil }
        if s.use != "free" {
            guard !itemAt(k).spaced else { return nil }
            // The letter must end the word: "10k" but not "10km" (the lexer keeps
            // letters together, so this holds), and no letter or digit glued after.
            if k + 1 < itemCount, !itemAt(k + 1).spaced, itemAt(k + 1).kind != .symbol { return nil }
            // "300m kronor", "40m złoty": a currency named after the figure.
            if s.use == "currency" && !currency,
                !(k + 1 < itemCount && itemAt(k + 1).kind == .word && phrase(at: k + 1, in: currencyPhrases, maxItems: 4) != nil)
            {
                // "5m people": a glued m before a plural noun is million; "a 5m wall" and
                // "6m waves" (heights of the sea) are metres.
                guard lowerIs(k, "m"), k + 1 < itemCount, itemAt(k + 1).kind == .word,
                    itemLower(k + 1).hasSuffix("s"), itemLower(k + 1).count > 3,
                    !(lowerIs(k + 1, "tall") || lowerIs(k + 1, "high") || lowerIs(k + 1, "long") || lowerIs(k + 1, "wide") || lowerIs(k + 1, "deep") || lowerIs(k + 1, "away") || lowerIs(k + 1, "across") || lowerIs(k + 1, "waves") || lowerIs(k + 1, "swells") || lowerIs(k + 1, "surges") || lowerIs(k + 1, "seas"))
                else { return nil }
            }
        }
        return (s.factor, k + 1)
    }
}
