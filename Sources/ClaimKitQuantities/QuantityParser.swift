import ClaimKitLexicon
import ClaimKitModel
import Foundation

extension RuleID {
    /// A numeral or spelled number with a unit of measure. Matches: "2,500km", "three and a half years".
    public static let quantityWithUnit: RuleID = "quantity.number-with-unit"
    /// Money: a currency symbol, code or name with a figure. Matches: "£140m", "$2.4bn", "420 million euros".
    public static let quantityMoney: RuleID = "quantity.money"
    /// A range of two figures. Matches: "between 1,000 and 1,500 km", "eight to 10 feet", "aged 15 to 52".
    public static let quantityRange: RuleID = "quantity.range"
    /// A number with no unit: a count of whatever follows. Matches: "378 arrests", "a dozen".
    public static let quantityBareNumber: RuleID = "quantity.bare-number"
}

/// Reads figures with units and bounds from text.
///
/// Works on a raw string, independent of the other stages: numerals with separators and
/// decimals, spelled-out numbers ("three and a half", "a dozen", "two-thirds"), scale words
/// ("1.5 million", "£140m"), units from `Lexicons/units/`, currencies, ranges and bound
/// words ("approximately over 1,000 miles"). Clock times, dates, years, ordinals, decades,
/// list numbers, labels ("No 10") and phone numbers give nothing.
///
///     let parser = QuantityParser(lexicons: store)
///     parser.quantities(in: "a range of 2,500km")  // 2500 km, exact
public struct QuantityParser: Sendable {
    /// The unit data the parser reads.
    public let catalog: UnitCatalog
    let gate: QuantityGate

    public init(lexicons: LexiconStore) {
        catalog = UnitCatalog(lexicons: lexicons)
        gate = QuantityGate(catalog: catalog)
    }

    /// Whether `text` may hold a quantity: false only when `quantities(in:)` surely finds
    /// none (no digit, number word, vulgar fraction or "a"/"an" before a unit), by one
    /// scan of its bytes.
    public func mayHoldQuantities(_ text: Substring) -> Bool {
        gate.mayHoldQuantities(text)
    }

    /// The quantities in `text`, in order, with UTF-8 ranges.
    public func quantities(in text: String) -> [Quantity] {
        quantities(in: text, joiningDurationsAcrossWords: false)
    }

    /// The quantities in `text`; with `joiningDurationsAcrossWords`, durations joined by
    /// "and" or a comma are one figure too ("4 hours and 12 minutes", for claims), where
    /// the plain parse keeps them two, as the public number suites expect.
    public func quantities(in text: String, joiningDurationsAcrossWords: Bool) -> [Quantity] {
        quantities(in: text, joiningDurationsAcrossWords: joiningDurationsAcrossWords, readingRates: false)
    }

    /// The quantities in `text`; with `readingRates`, a volume, mass or energy followed by
    /// "a day", "per year", "an hour" is one rate ("1.68 million barrels a day" in bbl/d,
    /// for claims), where the plain parse reads the amount alone, as the public number
    /// suites expect.
    public func quantities(in text: String, joiningDurationsAcrossWords: Bool, readingRates: Bool) -> [Quantity] {
        // Most sentences hold no figure: one scan of the bytes turns them away.
        guard gate.mayHoldQuantities(text) else { return [] }
        // Scalars and their byte offsets in one pass (no count pass, no regrowth).
        var scalars: [Unicode.Scalar] = []
        var utf8: [Int] = [0]
        scalars.reserveCapacity(text.utf8.count)
        utf8.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            offset += UTF8.width(s)
            utf8.append(offset)
        }
        let run = Run(catalog: catalog, items: ScalarLexer.lex(scalars, bytes: Array(text.utf8), utf8: utf8), utf8: utf8, text: text,
                      readingRates: readingRates)
        // A figure too big for a Double ("9" × 400) is no figure: JSON has no infinity.
        let found = run.parse().filter { q in
            q.value.isFinite && (q.upper?.isFinite ?? true) && (q.si.map { $0.value.isFinite && ($0.upper?.isFinite ?? true) } ?? true)
        }
        return joiningCompoundDurations(found, in: text, acrossWords: joiningDurationsAcrossWords)
    }

    /// "2hr 18min", "3 hours 20 minutes", "4 hours and 12 minutes", "1 hour, 20 minutes":
    /// one duration, in the larger unit.
    func joiningCompoundDurations(_ found: [Quantity], in text: String, acrossWords: Bool) -> [Quantity] {
        var out: [Quantity] = []
        for q in found {
            if var last = out.last, last.bound == .exact, q.bound == .exact, last.upper == nil, q.upper == nil,
                catalog.dimension(of: last.unit) == "duration", catalog.dimension(of: q.unit) == "duration",
                let a = last.si, let b = q.si, a.value > b.value, a.value > 0,
                Self.joinsDurations(text.utf8.dropFirst(last.range.utf8End).prefix(q.range.utf8Start - last.range.utf8End), acrossWords: acrossWords),
                // With a word between, the smaller part stays under one of the larger unit
                // ("4 hours and 12 minutes", not "2 hours and 90 minutes").
                q.range.utf8Start - last.range.utf8End == 1 || b.value < a.value / last.value
            {
                let factor = a.value / last.value
                last.value += b.value / factor
                last.si = SIValue(value: a.value + b.value, unit: a.unit)
                last.range = TextRange(utf8Start: last.range.utf8Start, utf8End: q.range.utf8End)
                last.text = String(text.slice(last.range))
                last.precisionExponent = max(last.precisionExponent, 2)
                out[out.count - 1] = last
                continue
            }
            out.append(q)
        }
        return out
    }

    /// Whether the bytes between two durations join them into one: a space; across words
    /// also " and ", ", " or ", and ".
    static func joinsDurations(_ gap: Substring.UTF8View.SubSequence, acrossWords: Bool) -> Bool {
        guard gap.count <= 6 else { return false }
        return (acrossWords ? [" ", " and ", ", ", ", and "] : [" "]).contains { Array($0.utf8).elementsEqual(gap) }
    }

    /// One parse of one string.
    ///
    /// A class: closures in the rules capture `self`, and copying a struct holding the
    /// whole catalog cost ~17 retains and releases each time (a fifth of the claims stage).
    final class Run {
        let catalog: UnitCatalog
        let items: [ScalarLexer.Item]
        let utf8: [Int]
        let text: String
        /// Reads "barrels a day" as one rate (see `quantities(in:joiningDurationsAcrossWords:readingRates:)`).
        let readingRates: Bool

        init(catalog: UnitCatalog, items: [ScalarLexer.Item], utf8: [Int], text: String, readingRates: Bool = false) {
            self.catalog = catalog
            self.items = items
            self.utf8 = utf8
            self.text = text
            self.readingRates = readingRates
        }

        enum Outcome {
            case none
            case skip(Int)
            case found(Quantity, Int)
        }

        func parse() -> [Quantity] {
            var out: [Quantity] = []
            var i = 0
            while i < items.count {
                // Most items open no figure: two set look-ups, not every rule.
                guard mayStart(i) else {
                    i += 1
                    continue
                }
                switch quantity(at: i) {
                case .none: i += 1
                case .skip(let next): i = max(next, i + 1)
                case .found(let q, let next):
                    out.append(q)
                    i = max(next, i + 1)
                }
            }
            return sharingUnits(mergingBounds(out))
        }

        /// Whether `quantity(at: i)` may find anything: a numeral, or an item it reads
        /// first (see `UnitCatalog.startLower`). False means it surely returns `.none`.
        @inline(__always) func mayStart(_ i: Int) -> Bool {
            let item = items[i]
            return item.kind == .number || (catalog.startLowerFilter.mayContain(item.lower) && catalog.startLower.contains(item.lower))
                || (catalog.startExactFilter.mayContain(item.text) && catalog.startExact.contains(item.text))
        }

        /// "45 and 50 mg": a bare number before "and"/"or" and a figure with a unit shares it.
        func sharingUnits(_ found: [Quantity]) -> [Quantity] {
            var out = found
            for n in out.indices.dropLast() where out[n].unit == "count" && out[n + 1].unit != "count" && out[n].upper == nil {
                guard out[n + 1].rule != .quantityMoney,
                    ["and", "or", ","].contains(joiner(from: out[n].range.utf8End, to: out[n + 1].range.utf8Start))
                else { continue }
                out[n].unit = out[n + 1].unit
                out[n].rule = .quantityWithUnit
                out[n].si = catalog.si(value: out[n].value, unit: out[n].unit)
            }
            return out
        }

        /// "more than 10 and less than 20", "at most 100 and at least 20": one range.
        func mergingBounds(_ found: [Quantity]) -> [Quantity] {
            var out: [Quantity] = []
            for q in found {
                if let p = out.last, p.unit == q.unit, p.upper == nil, q.upper == nil {
                    func isLower(_ b: Bound) -> Bool { b == .moreThan || b == .atLeast }
                    func isUpper(_ b: Bound) -> Bool { b == .lessThan || b == .atMost }
                    var pair: (Quantity, Quantity)?
                    if isLower(p.bound) && isUpper(q.bound) { pair = (p, q) }
                    if isUpper(p.bound) && isLower(q.bound) { pair = (q, p) }
                    // The words between only once the bounds make a pair.
                    if let (low, high) = pair, low.value < high.value,
                        ["and", "but", ",", ", and", ", but"].contains(joiner(from: p.range.utf8End, to: q.range.utf8Start))
                    {
                        var merged = p
                        merged.value = low.value
                        merged.upper = high.value
                        merged.bound = .range
                        merged.rule = .quantityRange
                        merged.range = p.range.union(q.range)
                        merged.text = String(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: merged.range.utf8Start)..<text.utf8.index(
                            text.utf8.startIndex, offsetBy: merged.range.utf8End)])!
                        merged.si = catalog.si(value: merged.value, upper: merged.upper, unit: merged.unit)
                        out[out.count - 1] = merged
                        continue
                    }
                }
                out.append(q)
            }
            return out
        }

        /// The text between UTF-8 offsets `a` and `b`, trimmed of `.whitespaces` and
        /// lower-cased: ASCII by its bytes (space and tab are the ASCII `.whitespaces`),
        /// anything else through Foundation as before.
        func joiner(from a: Int, to b: Int) -> String {
            let fast = text.utf8.withContiguousStorageIfAvailable { all -> String? in
                guard a <= b, b <= all.count else { return nil }
                var lo = a
                var hi = b
                for k in lo..<hi where all[k] >= 0x80 { return nil }
                while lo < hi, all[lo] == 0x20 || all[lo] == 0x09 { lo += 1 }
                while hi > lo, all[hi - 1] == 0x20 || all[hi - 1] == 0x09 { hi -= 1 }
                return String(unsafeUninitializedCapacity: hi - lo) { out in
                    for k in lo..<hi { out[k - lo] = all[k] &- 0x41 < 26 ? all[k] | 0x20 : all[k] }
                    return hi - lo
                }
            }
            if let fast = fast ?? nil { return fast }
            let gap = String(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: a)..<text.utf8.index(
                text.utf8.startIndex, offsetBy: b)])!
            return gap.trimmingCharacters(in: .whitespaces).lowercased()
        }

        // MARK: Phrases

        /// The longest phrase of `table` starting at item `j`, and the item past it.
        func phrase<V>(at j: Int, in table: UnitCatalog.SurfaceTable<V>, maxItems: Int = 7) -> (V, Int)? {
            guard j < items.count else { return nil }
            // Candidates are tried shortest first and the last that matches kept: the same
            // answer as longest first, with no array of candidates to allocate.
            var best: (V, Int)?
            var s = items[j].text
            var l = items[j].lower
            var k = j
            while k < items.count, k - j < maxItems {
                if k > j {
                    if items[k].spaced {
                        s += " "
                        l += " "
                    }
                    s += items[k].text
                    l += items[k].lower
                }
                // No key starts so: no longer phrase can be one either.
                guard table.hasPrefix(s, lower: l) else { break }
                k += 1
                let end = k
                // A phrase must end at a word boundary: not followed by glued letters or digits.
                if end < items.count, !items[end].spaced, items[end].kind != .symbol, items[end - 1].kind != .symbol,
                    items[end].kind == items[end - 1].kind
                {
                    continue
                }
                if let v = table.lookup(s, lower: l) { best = (v, end) }
            }
            return best
        }

        func surface(of range: Range<Int>) -> String {
            guard !range.isEmpty else { return "" }
            return phraseText(items[range.lowerBound].start, items[range.upperBound - 1].end)
        }

        func phraseText(_ a: Int, _ b: Int) -> String {
            String(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: utf8[a])..<text.utf8.index(
                text.utf8.startIndex, offsetBy: utf8[b])])!
        }

        func lower(_ k: Int) -> String { k >= 0 && k < items.count ? items[k].lower : "" }

        /// Whether item `k` is "-", "\u{2013}", "\u{2014}", "\u{2010}" or "\u{2011}" (one-scalar
        /// symbols: their scalar compared, not their text).
        func isDash(_ k: Int) -> Bool {
            guard k < items.count, items[k].kind == .symbol else { return false }
            switch items[k].scalar {
            case 0x2D, 0x2013, 0x2014, 0x2010, 0x2011: return true
            default: return false
            }
        }

        static let changeVerbs: Set<String> = [
            "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling", "increased",
            "increase", "increases", "decreased", "decrease", "dropped", "drop", "grew", "grown", "grow", "cut",
            "raised", "raise", "climbed", "jumped", "up", "down", "slipped", "soared", "plunged", "went", "gone",
            "moved", "changed", "reduced", "lowered", "boosted", "doubled", "slashed", "shrank", "swelled",
        ]
        static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
        static let equalPhrases: [[String]] = [["equal", "to"], ["equals", "to"], ["equaling", "to"], ["equalling", "to"], ["equals"]]

        /// Word tests by `switch` (string comparisons, no array or set built per call).
        static func isAgeWord(_ w: String) -> Bool {
            switch w {
            case "aged", "ages", "age": return true
            default: return false
            }
        }

        static func isRangeWord(_ w: String) -> Bool {
            switch w {
            case "through", "thru", "~": return true
            default: return false
            }
        }

        static func isCoinWord(_ w: String) -> Bool {
            switch w {
            case "cent", "cents", "dime", "dimes", "penny", "pennies", "nickel", "nickels": return true
            default: return false
            }
        }

        // MARK: Exclusions

        /// Whether the numeral at `j` is no figure (time, date, year, ordinal, label ...);
        /// returns the item to resume at.
        func excluded(numeralAt j: Int, read n: NumberRead, hasCurrency: Bool, afterBound: Bool) -> Int? {
            let item = items[j]
            let next = j + 1
            // Clock times: "20:49", "15:00 ET", "3pm", "3 p.m."
            if next + 1 < items.count, items[next].text == ":" || items[next].text == ".", !items[next].spaced,
                items[next + 1].kind == .number, !items[next + 1].spaced, items[next + 1].text.count == 2, items[next].text == ":"
            {
                var e = next + 2
                // "1:01:12": a race time's seconds are no figure of their own.
                while e + 1 < items.count, items[e].text == ":", !items[e].spaced, items[e + 1].kind == .number, !items[e + 1].spaced {
                    e += 2
                }
                if timeWord(at: e) != nil { e = timeWord(at: e)! }
                return e
            }
            // "3pm", "2.30 am" (a dot between hours and minutes, as British papers write).
            if let e = timeWord(at: n.end), !hasCurrency, n.value <= 24 { return e }
            // Coins are no figures we compare: "3 dimes", "one hundred cents".
            if Self.isCoinWord(lower(n.end)) { return n.end + 1 }
            // "three times": a multiplier.
            if lower(n.end) == "times" { return n.end + 1 }
            // Ordinals and decades: "4th", "1990s", "the 90s", "1990's"
            if next < items.count, !items[next].spaced, items[next].kind == .word {
                if Self.ordinalSuffixes.contains(items[next].lower) { return next + 1 }
                if items[next].lower == "s" || items[next].lower == "'s" || items[next].lower == "\u{2019}s" { return next + 1 }
            }
            if next + 1 < items.count, items[next].kind == .symbol, items[next].scalar == 0x27 || items[next].scalar == 0x2019, !items[next].spaced,
                items[next + 1].lower == "s", !items[next + 1].spaced
            {
                return next + 2
            }
            if hasCurrency { return nil }
            // Glued to letters before: "G7", "COVID-19", "F-35", "MH17".
            if j > 0, !item.spaced {
                if items[j - 1].kind == .word { return n.end }
                if isDash(j - 1), j > 1, !items[j - 1].spaced,
                    (items[j - 2].kind == .word && catalog.numberWords[items[j - 2].lower] == nil)
                        || (items[j - 2].kind == .number && j > 2 && !items[j - 2].spaced && items[j - 3].kind == .word)
                {
                    return n.end
                }
            }
            // Phone numbers and codes: "020 7946 0018", "+44 ..."
            if !n.spelled, item.text.count >= 3, item.text.first == "0", !item.hasSeparator {
                var e = n.end
                while e < items.count, items[e].kind == .number || (isDash(e) && e + 1 < items.count && items[e + 1].kind == .number) {
                    e += 1
                }
                return e
            }
            // "+44 20 ...", "+1-222-2222-2222", "555-123-4567": runs of three or more groups.
            var groups = 1
            var e = n.end
            while e + 1 < items.count, isDash(e) || items[e].text == "/", !items[e].spaced, items[e + 1].kind == .number,
                !items[e + 1].spaced, !items[e + 1].hasSeparator
            {
                groups += 1
                e += 2
            }
            if j > 0, items[j - 1].text == "+", !item.spaced {
                // "+44 20 7946 0018": the spaced groups after a country code too.
                while e < items.count, items[e].kind == .number, items[e].spaced, !items[e].hasSeparator { e += 1 }
                return e
            }
            if groups >= 3 { return e }
            // List and entry numbers: "1. Moscow ...", "2) ..."
            if item.lineStart, next + 1 < items.count, items[next].text == "." || items[next].text == ")", !items[next].spaced,
                items[next + 1].spaced
            {
                return next + 1
            }
            // Labels: "No 10", "Article 50", "page 3"
            if j > 0, items[j - 1].kind == .word, catalog.labelWords.contains(items[j - 1].lower) { return n.end }
            if j > 1, items[j - 1].text == ".", items[j - 2].kind == .word, catalog.labelWords.contains(items[j - 2].lower + ".") {
                return n.end
            }
            // Dates: "May 8", "8 May", "8 May 2024"
            if !n.spelled, n.value >= 1, n.value <= 31, n.value == n.value.rounded() {
                if j > 0, isMonth(j - 1) { return n.end }
                if n.end < items.count, isMonth(n.end) {
                    var e = n.end + 1
                    if e < items.count, items[e].kind == .number, items[e].text.count == 4 { e += 1 }
                    return e
                }
                if n.end + 1 < items.count, lower(n.end) == "of", isMonth(n.end + 1) { return n.end + 2 }
            }
            // Years: a bare four-digit integer with no unit after it.
            if n.yearLike, !afterBound,
                !(isDash(n.end) && n.end + 1 < items.count && items[n.end + 1].kind == .number
                    && items[n.end + 1].text.count == 4 && !(1000...2199).contains(Int(items[n.end + 1].text) ?? 0))
            {
                let after = afterHyphen(n.end)
                let unitAfter = phrase(at: after, in: catalog.units)
                // "the 2018 World Cup day": a year before a singular time word is still a year.
                let singularTime = unitAfter.map { $0.0.dimension == "duration" && !lower(after).hasSuffix("s") && after == n.end && lower(after + 1) != "old" } ?? false
                if unitAfter == nil || singularTime, scale(at: n.end, currency: false) == nil {
                    var e = n.end
                    // "2019-20", "1939-45"
                    if isDash(e), e + 1 < items.count, items[e + 1].kind == .number, !items[e + 1].spaced { e += 2 }
                    return e
                }
            }
            return nil
        }

        func isMonth(_ k: Int) -> Bool {
            guard k >= 0, k < items.count, items[k].kind == .word else { return false }
            let t = items[k].text
            guard let first = t.unicodeScalars.first, first.properties.isUppercase else { return false }
            return catalog.monthNames.contains(items[k].lower)
        }

        /// A clock-time word at `k` ("pm", "BST", "a.m."), and the item past it.
        func timeWord(at k: Int) -> Int? {
            guard k < items.count, items[k].kind == .word else { return nil }
            // "a.m." / "p.m."
            if k + 3 < items.count, ["a", "p"].contains(items[k].lower), items[k + 1].text == ".", items[k + 2].lower == "m",
                !items[k + 1].spaced, !items[k + 2].spaced
            {
                return items[k + 3].text == "." && !items[k + 3].spaced ? k + 4 : k + 3
            }
            if catalog.timeWords.contains(items[k].lower) {
                let t = items[k].text
                // "ET", "PT", "AM": only in capitals or glued ("3pm"), so "5 et al" stays apart.
                if t.count <= 3 && t != t.uppercased() && items[k].spaced && !["am", "pm"].contains(t) { return nil }
                return k + 1
            }
            return nil
        }

        func afterHyphen(_ k: Int) -> Int {
            isDash(k) && k + 1 < items.count && !items[k].spaced && !items[k + 1].spaced ? k + 1 : k
        }

        /// A scale word at `k` ("million", "bn", "10k", glued "m" after a currency).
        func scale(at k: Int, currency: Bool) -> (Double, Int)? {
            guard k < items.count, items[k].kind == .word,
                let s = catalog.scales[items[k].text] ?? catalog.scales[items[k].lower]
            else { return nil }
            if s.use != "free" {
                guard !items[k].spaced else { return nil }
                // The letter must end the word: "10k" but not "10km" (the lexer keeps
                // letters together, so this holds), and no letter or digit glued after.
                if k + 1 < items.count, !items[k + 1].spaced, items[k + 1].kind != .symbol { return nil }
                // "300m kronor", "40m złoty": a currency named after the figure.
                if s.use == "currency" && !currency,
                    !(k + 1 < items.count && items[k + 1].kind == .word && phrase(at: k + 1, in: catalog.currencies, maxItems: 4) != nil)
                {
                    // "5m people": a glued m before a plural noun is million; "a 5m wall" is metres.
                    guard items[k].lower == "m", k + 1 < items.count, items[k + 1].kind == .word,
                        items[k + 1].lower.hasSuffix("s"), items[k + 1].lower.count > 3,
                        !["tall", "high", "long", "wide", "deep", "away", "across"].contains(items[k + 1].lower)
                    else { return nil }
                }
            }
            return (s.factor, k + 1)
        }

        // MARK: One quantity

        struct Side {
            var read: NumberRead
            var scale: Double = 1
            var currency: String?
            var unit: UnitInfo?
            var end: Int
            var negative = false
            /// Inches after feet ("5 feet 2 inches"), in feet.
            var extraFeet = 0.0
            /// A rate's per-unit ("$15.4/hour"), as a symbol.
            var per: String?
            var value: Double { (negative ? -1 : 1) * (read.value * scale + extraFeet) }
        }

        /// Reads one side of a figure at `j`: currency, number, scale, unit.
        func side(at start: Int, allowExclusion: Bool, afterBound: Bool = false) -> (Side?, skip: Int?) {
            var j = start
            var currency: String?
            var negative = false
            if lower(j) == "minus" || lower(j) == "negative" {
                negative = true
                j += 1
            }
            // Before a figure, a currency is a symbol or a code ("£", "US$", "USD", "mxn$"), not a
            // name: "sol 8" is a Martian day, not 8 Peruvian soles.
            if j < items.count, items[j].kind != .number, let (code, e) = phrase(at: j, in: catalog.currencies, maxItems: 3),
                e < items.count, items[e].kind == .number || (isDash(e) && e + 1 < items.count && items[e + 1].kind == .number),
                items[j].kind == .symbol || items[j].text == items[j].text.uppercased() || items[j].text.uppercased() == code
                    || items[j].lower == "rmb" || (j..<e).contains { items[$0].text.contains("$") }
            {
                currency = code
                j = e
            }
            if j + 1 < items.count, items[j].text == "-" || items[j].text == "\u{2212}", items[j + 1].kind == .number,
                !items[j + 1].spaced, items[j].spaced || j == 0 || items[j - 1].kind == .symbol
            {
                negative = true
                j += 1
            }
            // "an hour and a half", "half an hour"
            if let special = halfForms(at: j) { return (special, nil) }
            // "about an hour", "more than a year", "nearly a decade": one unit, after a bound.
            if afterBound, lower(j) == "a" || lower(j) == "an", let (unit, e) = phrase(at: j + 1, in: catalog.units, maxItems: 2),
                items[j + 1].kind == .word, !lower(e - 1).hasSuffix("s") || unit.symbol == "s"
            {
                let read = NumberRead(value: 1, end: e, precision: 0, spelled: true, yearLike: false, fractionOnly: false)
                return (Side(read: read, unit: unit, end: e), nil)
            }
            guard let read = number(at: j) else { return (nil, nil) }
            if items[j].kind == .number, allowExclusion, let skip = excluded(numeralAt: j, read: read, hasCurrency: currency != nil, afterBound: afterBound) {
                return (nil, skip)
            }
            var s = Side(read: read, currency: currency, end: read.end, negative: negative)
            if let (f, e) = scale(at: s.end, currency: currency != nil) {
                s.scale = f
                s.end = e
                // "3 million and a half"
                if lower(e) == "and", lower(e + 1) == "a", let part = catalog.numberWords[lower(e + 2)], part.kind == "fraction",
                    f >= 1000
                {
                    s.extraFeet = 0
                    s.read.value += part.value
                    s.end = e + 3
                }
            }
            // "315p a share": pence glued to a numeral are a sum in pounds (not "1080p" video).
            if currency == nil, s.scale == 1, items[j].kind == .number, s.end < items.count, items[s.end].kind == .word,
                !items[s.end].spaced, items[s.end].text == "p", s.end + 1 >= items.count || items[s.end + 1].kind != .word || items[s.end + 1].spaced,
                read.value < 100_000, read.value == read.value.rounded(), ![480.0, 576, 720, 1080, 1440, 2160].contains(read.value)
            {
                s.currency = "GBP"
                s.scale = 0.01
                s.read.precision += 2
                s.end += 1
                return (s, nil)
            }
            if currency == nil {
                let u = afterHyphen(s.end)
                if let (code, e) = phrase(at: u, in: catalog.currencies, maxItems: 4),
                    !(items[u].kind == .symbol && e < items.count && items[e].kind == .number)
                {
                    s.currency = code
                    s.end = e
                    // "75 USD million"
                    if s.scale == 1, let (f, e2) = scale(at: e, currency: true), catalog.scales[lower(e)]?.use == "free" {
                        s.scale = f
                        s.end = e2
                    }
                    // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "17 USD 25."
                    var k = s.end
                    if lower(k) == "and" { k += 1 }
                    if items[u].kind == .word, s.scale == 1, k < items.count, k == s.end || lower(s.end) == "and",
                        let cents = number(at: k), cents.value >= 1, cents.value < 100, cents.value == cents.value.rounded(),
                        !cents.yearLike
                    {
                        let after = cents.end
                        let centWord = ["cent", "cents", "pence", "p"].contains(lower(after))
                        let ends = after >= items.count || items[after].kind == .symbol || lower(after) == "more" || lower(after) == "and"
                        if centWord || ends {
                            s.read.value += cents.value / 100
                            s.read.precision = 2
                            s.end = centWord ? after + 1 : after
                        }
                    }
                } else if let (unit, e) = phrase(at: u, in: catalog.units) {
                    let letters = items[u].text
                    // A single-letter unit needs a numeral ("5 m", not "five m"); a bare capital
                    // C, F or K is a temperature only glued to a plausible figure ("30C", not "13F filing").
                    var ok = !(read.spelled && letters.count == 1 && u == s.end && letters != "%")
                    if ["C", "F", "K"].contains(letters), e == u + 1 {
                        ok = ok && !items[u].spaced && read.value >= -90 && read.value <= 150 && s.scale == 1
                            && (e >= items.count || items[e].spaced || [",", ".", ";", ")", ":"].contains(items[e].text))
                            && !(e + 1 < items.count && items[e].text == "." && !items[e + 1].spaced)
                    }
                    // "24703L202", "m212", "L-202": letters and digits glued after the unit make a code.
                    if e < items.count, !items[e].spaced, items[e].kind == .number || items[e].kind == .word { ok = false }
                    if isDash(e), e + 1 < items.count, !items[e].spaced, !items[e + 1].spaced, items[e + 1].kind == .number {
                        return (nil, e + 2)
                    }
                    if ok {
                        s.unit = unit
                        s.end = e
                    } else if e < items.count, !items[e].spaced, items[e].kind == .number {
                        return (nil, e + 1)
                    }
                } else if lower(u) == "in", u == s.end, items[u].spaced,
                    u + 1 >= items.count || ["thick", "long", "wide", "tall", "high", "deep", "across"].contains(lower(u + 1))
                        || [".", ",", ";", ")"].contains(items[u + 1].text),
                    let inch = catalog.unit(symbol: "in")
                {
                    // "2 1/2 in thick", "my pencil is 2 in"
                    s.unit = inch
                    s.end = u + 1
                } else if lower(u) == "in", u == s.end, !items[u].spaced, u + 1 >= items.count || items[u + 1].spaced,
                    let inch = catalog.unit(symbol: "in")
                {
                    // "up to 10in (250mm) of rain", "a 6in blade": glued, "in" is the inch.
                    s.unit = inch
                    s.end = u + 1
                } else if u + 2 < items.count, ["(", "[", "{", "<"].contains(items[u].text),
                    let (unit, e) = phrase(at: u + 1, in: catalog.units, maxItems: 3), e < items.count,
                    [")", "]", "}", ">"].contains(items[e].text)
                {
                    // "20 (kg)", "20 [kg]"
                    s.unit = unit
                    s.end = e + 1
                } else if s.scale == 1, u == s.end, u < items.count, items[u].kind == .word {
                    // A numeral glued to unknown letters ("1cds", "06F6", "4e14") or followed by
                    // a symbol written in mixed case ("1.7 eV", "14 mGy") is no count.
                    let t = items[u].text
                    let mixed = t.count <= 4 && t.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
                        && t.unicodeScalars.contains { $0.properties.isLowercase }
                    if read.spelled == false, !items[u].spaced || mixed { return (nil, u + 1) }
                }
            }
            if let unit = s.unit {
                // "4km^2", "4 km squared", "4 km cubed"
                var power = ""
                var e = s.end
                if e + 1 < items.count, items[e].text == "^", items[e + 1].text == "2" || items[e + 1].text == "3" {
                    power = items[e + 1].text
                    e += 2
                } else if e < items.count, items[e].text == "²" || items[e].text == "³" {
                    power = items[e].text == "²" ? "2" : "3"
                    e += 1
                } else if lower(e) == "squared" || lower(e) == "cubed" {
                    power = lower(e) == "squared" ? "2" : "3"
                    e += 1
                }
                if !power.isEmpty, let p = catalog.unit(symbol: unit.symbol + power) {
                    s.unit = p
                    s.end = e
                }
                // "5 feet 2 inches", "5 ft 2 in", "5 feet and 2 inches"
                if unit.symbol == "ft" {
                    var k = s.end
                    if lower(k) == "and" { k += 1 }
                    if k + 1 < items.count, items[k].kind == .number, let inches = Double(items[k].text), inches < 12,
                        ["in", "inch", "inches", "\""].contains(lower(k + 1))
                    {
                        s.extraFeet = inches / 12
                        s.end = k + 2
                    }
                }
            }
            // "1.68 million barrels a day", "500 tonnes per year": an amount per time, in rate mode.
            if readingRates, let unit = s.unit, Self.rateDimensions.contains(unit.dimension), s.currency == nil, s.end + 1 < items.count,
                Self.perTimeWords.contains(lower(s.end)), items[s.end + 1].kind == .word,
                let (time, e) = phrase(at: s.end + 1, in: catalog.units, maxItems: 1), time.dimension == "duration",
                !lower(e - 1).hasSuffix("s")
            {
                s.per = time.symbol
                s.end = e
            }
            // Rates: "$15.4/hour", "£10 per hour"; "50 meters per millisecond" is no figure we compare.
            // In rate mode a sum per unit stays a sum ("₦617 per litre": a price, for claims).
            if s.unit != nil || (s.currency != nil && !readingRates), s.end < items.count,
                lower(s.end) == "per" || (items[s.end].text == "/" && !items[s.end].spaced)
            {
                if let (_, e) = phrase(at: s.end + 1, in: catalog.units) {
                    // A rate ("$15.4/hour", "50 meters per millisecond") is no figure we compare.
                    return (nil, e)
                } else if s.unit != nil, lower(s.end) != "per" {
                    return (nil, s.end + 1)
                }
            }
            // "29 years old", "an 11-year-old", "95 years of age"
            if let unit = s.unit, ["yr", "mo", "wk", "d"].contains(unit.symbol) {
                let k = afterHyphen(s.end)
                if lower(k) == "old", k < items.count { s.end = k + 1 }
                else if lower(s.end) == "of", lower(s.end + 1) == "age" { s.end += 2 }
            }
            return (s, nil)
        }

        /// Dimensions whose amount per time is a rate of its own: "barrels a day", "tonnes a year".
        static let rateDimensions: Set<String> = ["volume", "mass", "energy"]
        /// Words between an amount and its time unit: "a day", "per year", "each week".
        static let perTimeWords: Set<String> = ["a", "an", "per", "each", "every"]

        func halfForms(at j: Int) -> Side? {
            // "an hour and a half"
            if lower(j) == "a" || lower(j) == "an", let (unit, e) = phrase(at: j + 1, in: catalog.units, maxItems: 2),
                unit.dimension == "duration" || unit.dimension == "length", lower(e) == "and", lower(e + 1) == "a",
                lower(e + 2) == "half"
            {
                let read = NumberRead(value: 1.5, end: e + 3, precision: 1, spelled: true, yearLike: false, fractionOnly: false)
                return Side(read: read, unit: unit, end: e + 3)
            }
            // "half an hour", "half a mile", "half a million"
            if lower(j) == "half", lower(j + 1) == "a" || lower(j + 1) == "an" {
                if let (unit, e) = phrase(at: j + 2, in: catalog.units, maxItems: 2) {
                    let read = NumberRead(value: 0.5, end: e, precision: 1, spelled: true, yearLike: false, fractionOnly: false)
                    return Side(read: read, unit: unit, end: e)
                }
                if let w = catalog.numberWords[lower(j + 2)], w.kind == "scale" || w.kind == "dozen" {
                    let read = NumberRead(value: 0.5 * w.value, end: j + 3, precision: 1, spelled: true, yearLike: false,
                                          fractionOnly: false)
                    return Side(read: read, end: j + 3)
                }
            }
            return nil
        }

        func quantity(at i: Int) -> Outcome {
            var j = i
            var bounds: [Bound] = []
            while let (b, e) = phrase(at: j, in: catalog.bounds, maxItems: 6), !b.1 {
                // "=>30", "<>30" are no bounds we know.
                if ["<", ">"].contains(items[j].text), j > 0, !items[j].spaced, ["=", "<", ">"].contains(items[j - 1].text) {
                    return .skip(e + 1)
                }
                bounds.append(b.0)
                j = e
            }
            // "equals 20", "equal to 20": exactly that, stated as a one-point range.
            var equal = false
            // (Each phrase starts with "equal": other items skip the loop.)
            if j < items.count, items[j].lower.utf8.first == UInt8(ascii: "e") {
                for phrase in Self.equalPhrases where phrase.enumerated().allSatisfy({ lower(j + $0.offset) == $0.element }) {
                    equal = true
                    j += phrase.count
                    break
                }
            }
            // "percent of 10", "per cent of twenty-two"
            var percentFirst: Int?
            if let (unit, e) = phrase(at: j, in: catalog.units, maxItems: 2), unit.symbol == "%", items[j].kind == .word,
                lower(e) == "of", e + 1 < items.count
            {
                percentFirst = j
                j = e + 1
            }
            var mode = ""
            if lower(j) == "between" {
                mode = "between"
                j += 1
            } else if lower(j) == "from", !Self.changeVerbs.contains(lower(j - 1)), !Self.changeVerbs.contains(lower(j - 2)) {
                mode = "from"
                j += 1
            }
            let aged = Self.isAgeWord(lower(i - 1)) || lower(j - 1) == "aged"
            let (first, skip) = side(at: j, allowExclusion: true, afterBound: !bounds.isEmpty || mode != "")
            if let skip { return .skip(skip) }
            guard var a = first else { return .none }
            // "four times": a multiplier, not a count.
            if a.read.spelled, a.unit == nil, a.currency == nil, lower(a.end) == "times" { return .skip(a.end + 1) }
            // "one" alone is a pronoun or an article far more often than a count.
            if a.read.spelled, a.unit == nil, a.currency == nil, a.end == j + 1, lower(j) == "one", lower(a.end) != "over" {
                return .skip(a.end)
            }
            // A spelled number glued by a hyphen to a word that is not a unit: "one-off", "half-hearted".
            if a.read.spelled, a.unit == nil, a.currency == nil, isDash(a.end), a.end + 1 < items.count, !items[a.end].spaced,
                !items[a.end + 1].spaced, lower(a.end + 1) != "to"
            {
                return .skip(a.end + 2)
            }
            var end = a.end
            // "one over three", "2000 over 3": a fraction, when nothing follows.
            if a.unit == nil, a.currency == nil, a.scale == 1, bounds.isEmpty, lower(a.end) == "over" {
                let (b, _) = side(at: a.end + 1, allowExclusion: false)
                if let b, b.unit == nil, b.currency == nil, b.value != 0,
                    b.end >= items.count || (items[b.end].kind == .symbol && items[b.end].text != "%")
                {
                    let read = NumberRead(value: a.value / b.value, end: b.end, precision: 3, spelled: a.read.spelled, yearLike: false,
                                          fractionOnly: true)
                    a = Side(read: read, end: b.end)
                    end = b.end
                }
            }
            var upper: Side?
            // Ranges: "between X and Y", "X to Y", "X-Y", "8- to 16-meter".
            var c = a.end
            if isDash(c), lower(c + 1) == "to", !items[c].spaced { c += 1 }
            let connector = lower(c)
            // A change verb before ("rose 5 to 10") makes "to" no range: asked only when "to" follows.
            func changed() -> Bool { (1...3).contains { Self.changeVerbs.contains(lower(i - $0)) } || lower(i - 1) == "by" }
            let okConnector = mode == "between"
                ? connector == "and"
                : ((connector == "to" && !changed()) || isDash(c) || Self.isRangeWord(connector))
            if okConnector {
                let (second, _) = side(at: c + 1, allowExclusion: false)
                if var b = second, b.read.fractionOnly == a.read.fractionOnly {
                    if a.scale == 1, b.scale != 1, a.value * b.scale <= b.value { a.scale = b.scale }
                    let sameUnit = (a.unit == nil || b.unit == nil || a.unit!.dimension == b.unit!.dimension)
                        && (a.currency == nil || b.currency == nil || a.currency == b.currency)
                        && !(a.unit != nil && b.currency != nil) && !(a.currency != nil && b.unit != nil)
                    if sameUnit {
                        if a.currency == nil { a.currency = b.currency }
                        if b.currency == nil { b.currency = a.currency }
                    }
                    // A bare "3-1" is a score or a code, not a range.
                    let bareDash = isDash(c) && a.unit == nil && b.unit == nil && a.currency == nil && mode == ""
                        && b.value <= 10
                    if sameUnit, a.value < b.value, !bareDash, !(a.read.yearLike && b.read.yearLike) {
                        if a.unit == nil { a.unit = b.unit }
                        if b.unit == nil { b.unit = a.unit }
                        upper = b
                        end = b.end
                    }
                }
            }
            if mode == "between" && upper == nil { return .none }
            var suffixBound: Bound?
            // "£31m plus £5m in add-ons": a "plus" before another figure adds a sum; it
            // bounds nothing.
            if upper == nil, let (b, e) = phrase(at: end, in: catalog.bounds, maxItems: 3), b.1,
                !(lower(end) == "plus" && e < items.count && (items[e].kind == .number || phrase(at: e, in: catalog.currencies, maxItems: 3) != nil))
            {
                suffixBound = b.0
                end = e
            }
            if percentFirst != nil, a.unit == nil, a.currency == nil { a.unit = catalog.unit(symbol: "%") }
            var unitSymbol = a.currency ?? a.unit?.symbol ?? "count"
            if let per = a.per { unitSymbol += "/" + per }
            if unitSymbol == "count", aged { unitSymbol = "yr" }
            let bound: Bound
            if equal, upper == nil, bounds.isEmpty {
                upper = a
                bound = .range
            } else if upper != nil {
                bound = .range
            } else if let suffixBound {
                // "about 500 or more": the words after the figure say which way.
                bound = suffixBound
            } else if bounds.contains(.approximately) || bounds.isEmpty {
                bound = bounds.isEmpty ? .exact : .approximately
            } else {
                bound = bounds.last!
            }
            // The span starts at the bound words when there are any, else at the figure.
            let startItem = bounds.isEmpty && mode == "" && !equal && percentFirst == nil ? j : i
            let rule: RuleID =
                upper != nil ? .quantityRange : a.currency != nil ? .quantityMoney : unitSymbol == "count" ? .quantityBareNumber : .quantityWithUnit
            var precision = a.read.precision
            if a.scale > 1 { precision -= Int((log10(a.scale)).rounded()) }
            let range = TextRange(utf8Start: utf8[items[startItem].start], utf8End: utf8[items[end - 1].end])
            var q = Quantity(
                value: a.value, upper: upper?.value, unit: unitSymbol, bound: bound, range: range,
                text: phraseText(items[startItem].start, items[end - 1].end), precisionExponent: precision, rule: rule)
            q.si = catalog.si(value: q.value, upper: q.upper, unit: unitSymbol)
            return .found(q, end)
        }
    }
}
