import ClaimKitLexicon
import ClaimKitModel
import Foundation

/// One side of a figure: currency, number, scale and unit ("£1.5bn", "2,500 km", "half an hour").
extension QuantityParser.Run {
    // MARK: One quantity

    /// Plain bytes: units, currency codes and a rate's time unit are ids of the catalog's
    /// names (see `UnitID`), so the many copies of a side per figure retain nothing.
    struct Side {
        var read: NumberRead
        var scale: Double = 1
        /// A currency code ("GBP").
        var currency: NameID?
        var unit: UnitID?
        var end: Int
        var negative = false
        /// Inches after feet ("5 feet 2 inches"), in feet.
        var extraFeet = 0.0
        /// A rate's per-unit ("$15.4/hour"), as a symbol.
        var per: NameID?
        /// A bound said between the number and its unit ("30 or more years").
        var suffixBound: Bound?
        var value: Double { (negative ? -1 : 1) * (read.value * scale + extraFeet) }
    }

    /// Reads one side of a figure at `j`: currency, number, scale, unit.
    func side(at start: Int, allowExclusion: Bool, afterBound: Bool = false) -> (Side?, skip: Int?) {
        var j = start
        var currency: NameID?
        var negative = false
        if lowerIs(j, "minus") || lowerIs(j, "negative") {
            negative = true
            j += 1
        }
        // Before a figure, a currency is a symbol or a code ("£", "US$", "USD", "mxn$"), not a
        // name: "sol 8" is a Martian day, not 8 Peruvian soles.
        if j < itemCount, itemAt(j).kind != .number, let (code, e) = phrase(at: j, in: currencyPhrases, maxItems: 3),
            e < itemCount, itemAt(e).kind == .number || (isDash(e) && e + 1 < itemCount && itemAt(e + 1).kind == .number),
            itemAt(j).kind == .symbol || itemText(j) == itemText(j).uppercased() || itemText(j).uppercased() == name(code)
                || lowerIs(j, "rmb") || (j..<e).contains(where: { itemText($0).contains("$") })
                || catalog.mixedCaseCurrencySymbols.contains(itemText(j))
        {
            currency = code
            j = e
        }
        // "R450,000", "R16.6m", "R2bn": a capital R glued to a figure written with a group
        // separator, a decimal point or a scale is the South African rand; "R101" and "R2"
        // (roads, names) are not (`isRand` below).
        var rand = false
        if currency == nil, j + 1 < itemCount, itemAt(j).kind == .word, itemAt(j).spaced, textIs(j, "R"), itemAt(j + 1).kind == .number,
            !itemAt(j + 1).spaced
        {
            rand = true
            currency = known.rand
            j += 1
        }
        if j + 1 < itemCount, textIs(j, "-") || textIs(j, "\u{2212}"), itemAt(j + 1).kind == .number,
            !itemAt(j + 1).spaced, itemAt(j).spaced || j == 0 || itemAt(j - 1).kind == .symbol
        {
            negative = true
            j += 1
        }
        // "an hour and a half", "half an hour"
        // (Each form starts with the word "a", "an" or "half": asked only at a word.)
        if j < itemCount, itemAt(j).kind == .word, let special = halfForms(at: j) { return (special, nil) }
        // "about an hour", "more than a year", "nearly a decade": one unit, after a bound.
        if afterBound, lowerIs(j, "a") || lowerIs(j, "an"), let (unit, e) = phrase(at: j + 1, in: unitPhrases, maxItems: 2),
            itemAt(j + 1).kind == .word, !lower(e - 1).hasSuffix("s") || unit.symbol == known.second
        {
            let read = NumberRead(value: 1, end: e, precision: 0, spelled: true, yearLike: false, fractionOnly: false)
            return (Side(read: read, unit: unit, end: e), nil)
        }
        guard let read = number(at: j) else { return (nil, nil) }
        if itemAt(j).kind == .number, allowExclusion, let skip = excluded(numeralAt: j, read: read, hasCurrency: currency != nil, afterBound: afterBound) {
            return (nil, skip)
        }
        var s = Side(read: read, currency: currency, end: read.end, negative: negative)
        if let (f, e) = scale(at: s.end, currency: currency != nil) {
            s.scale = f
            s.end = e
            // "3 million and a half"
            if lowerIs(e, "and"), lowerIs(e + 1, "a"), let part = catalog.numberWords[lower(e + 2)], part.kind == .fraction,
                f >= 1000
            {
                s.extraFeet = 0
                s.read.value += part.value
                s.end = e + 3
            }
        }
        if rand, s.scale == 1, !itemText(j).contains(","), !itemText(j).contains(".") { return (nil, nil) }
        // "315p a share": pence glued to a numeral are a sum in pounds (not "1080p" video).
        if currency == nil, s.scale == 1, itemAt(j).kind == .number, s.end < itemCount, itemAt(s.end).kind == .word,
            !itemAt(s.end).spaced, textIs(s.end, "p"), s.end + 1 >= itemCount || itemAt(s.end + 1).kind != .word || itemAt(s.end + 1).spaced,
            read.value < 100_000, read.value == read.value.rounded(), ![480.0, 576, 720, 1080, 1440, 2160].contains(read.value)
        {
            s.currency = known.pound
            s.scale = 0.01
            s.read.precision += 2
            s.end += 1
            return (s, nil)
        }
        if currency == nil {
            let u = afterHyphen(s.end)
            if let (code, e) = phrase(at: u, in: currencyPhrases, maxItems: 4),
                !(itemAt(u).kind == .symbol && e < itemCount && itemAt(e).kind == .number),
                !wonIsVerb(at: u, code: code, side: s, start: start)
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
                if lowerIs(k, "and") { k += 1 }
                if itemAt(u).kind == .word, s.scale == 1, k < itemCount, k == s.end || lowerIs(s.end, "and"),
                    let cents = number(at: k), cents.value >= 1, cents.value < 100, cents.value == cents.value.rounded(),
                    !cents.yearLike
                {
                    let after = cents.end
                    let centWord = (lowerIs(after, "cent") || lowerIs(after, "cents") || lowerIs(after, "pence") || lowerIs(after, "p"))
                    let ends = after >= itemCount || itemAt(after).kind == .symbol || lowerIs(after, "more") || lowerIs(after, "and")
                    if centWord || ends {
                        s.read.value += cents.value / 100
                        s.read.precision = 2
                        s.end = centWord ? after + 1 : after
                    }
                }
            } else if let (unit, e) = phrase(at: u, in: unitPhrases) {
                let letters = itemText(u)
                // A single-letter unit needs a numeral ("5 m", not "five m"); a bare capital
                // C, F or K is a temperature only glued to a plausible figure ("30C", not "13F filing").
                var ok = !(read.spelled && letters.count == 1 && u == s.end && letters != "%")
                if letters.isOne(of: "C", "F", "K"), e == u + 1 {
                    ok = ok && !itemAt(u).spaced && read.value >= -90 && read.value <= 150 && s.scale == 1
                        && (e >= itemCount || itemAt(e).spaced || (textIs(e, ",") || textIs(e, ".") || textIs(e, ";") || textIs(e, ")") || textIs(e, ":")))
                        && !(e + 1 < itemCount && textIs(e, ".") && !itemAt(e + 1).spaced)
                }
                // "24703L202", "m212", "L-202": letters and digits glued after the unit make a code.
                if e < itemCount, !itemAt(e).spaced, itemAt(e).kind == .number || itemAt(e).kind == .word { ok = false }
                if isDash(e), e + 1 < itemCount, !itemAt(e).spaced, !itemAt(e + 1).spaced, itemAt(e + 1).kind == .number {
                    return (nil, e + 2)
                }
                if ok {
                    s.unit = unit
                    s.end = e
                } else if e < itemCount, !itemAt(e).spaced, itemAt(e).kind == .number {
                    return (nil, e + 1)
                }
            } else if u == s.end, u + 1 < itemCount, itemAt(u).kind == .word, itemAt(u).spaced,
                lowerIn(Self.interposedWords, u), itemAt(u + 1).kind == .word, itemAt(u + 1).end - itemAt(u + 1).start > 1,
                let (unit, e) = phrase(at: u + 1, in: unitPhrases, maxItems: 3), unit.dimension == known.duration
            {
                // "up to ten working days", "four more hours": an adjective between a number
                // and its time unit.
                s.unit = unit
                s.end = e
            } else if u == s.end, lowerIs(u, "or"), let (b, e) = phrase(at: u, in: boundPhrases, maxItems: 3), b.1,
                e + 1 <= itemCount, e < itemCount, itemAt(e).kind == .word, itemAt(e).end - itemAt(e).start > 1,
                let (unit, e2) = phrase(at: e, in: unitPhrases, maxItems: 3)
            {
                // "30 or more years", "five or fewer days": the bound between number and unit.
                s.unit = unit
                s.end = e2
                s.suffixBound = b.0
            } else if lowerIs(u, "in"), u == s.end, itemAt(u).spaced,
                u + 1 >= itemCount || (lowerIs(u + 1, "thick") || lowerIs(u + 1, "long") || lowerIs(u + 1, "wide") || lowerIs(u + 1, "tall") || lowerIs(u + 1, "high") || lowerIs(u + 1, "deep") || lowerIs(u + 1, "across"))
                    || (textIs(u + 1, ".") || textIs(u + 1, ",") || textIs(u + 1, ";") || textIs(u + 1, ")")),
                let inch = catalog.unitID(symbol: "in")
            {
                // "2 1/2 in thick", "my pencil is 2 in"
                s.unit = inch
                s.end = u + 1
            } else if lowerIs(u, "in"), u == s.end, !itemAt(u).spaced, u + 1 >= itemCount || itemAt(u + 1).spaced,
                let inch = catalog.unitID(symbol: "in")
            {
                // "up to 10in (250mm) of rain", "a 6in blade": glued, "in" is the inch.
                s.unit = inch
                s.end = u + 1
            } else if u + 2 < itemCount, (textIs(u, "(") || textIs(u, "[") || textIs(u, "{") || textIs(u, "<")),
                let (unit, e) = phrase(at: u + 1, in: unitPhrases, maxItems: 3), e < itemCount,
                (textIs(e, ")") || textIs(e, "]") || textIs(e, "}") || textIs(e, ">"))
            {
                // "20 (kg)", "20 [kg]"
                s.unit = unit
                s.end = e + 1
            } else if s.scale == 1, u == s.end, u < itemCount, itemAt(u).kind == .word {
                // A numeral glued to unknown letters ("1cds", "06F6", "4e14") or followed by
                // a symbol written in mixed case ("1.7 eV", "14 mGy") is no count (the
                // case asked only of a spaced word after a numeral).
                func mixed() -> Bool {
                    // An ASCII word by its bytes (one character a byte; a word holds no CR).
                    if itemAt(u).ascii {
                        let (a, b) = (itemAt(u).start, itemAt(u).end)
                        guard b - a <= 4 else { return false }
                        func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
                        func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
                        let pluralAcronym = b - a >= 3 && bytes[b - 1] == 0x73 && (a..<(b - 1)).allSatisfy { isUpper(bytes[$0]) }
                        return ((a + 1)..<b).contains { isUpper(bytes[$0]) } && (a..<b).contains { isLower(bytes[$0]) } && !pluralAcronym
                    }
                    let t = itemText(u)
                    // "312 MPs", "40 GPs", "12 MEPs": a plural acronym is a counted noun.
                    let pluralAcronym = t.count >= 3 && t.hasSuffix("s") && t.dropLast().allSatisfy { $0.isUppercase }
                    return t.count <= 4 && t.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
                        && t.unicodeScalars.contains { $0.properties.isLowercase } && !pluralAcronym
                }
                if read.spelled == false, !itemAt(u).spaced || mixed() { return (nil, u + 1) }
            }
        }
        if let unit = s.unit {
            // "4km^2", "4 km squared", "4 km cubed"
            var power = ""
            var e = s.end
            if e + 1 < itemCount, textIs(e, "^"), textIs(e + 1, "2") || textIs(e + 1, "3") {
                power = itemText(e + 1)
                e += 2
            } else if e < itemCount, textIs(e, "²") || textIs(e, "³") {
                power = textIs(e, "²") ? "2" : "3"
                e += 1
            } else if lowerIs(e, "squared") || lowerIs(e, "cubed") {
                power = lowerIs(e, "squared") ? "2" : "3"
                e += 1
            }
            if !power.isEmpty, let p = catalog.unitID(symbol: name(unit.symbol) + power) {
                s.unit = p
                s.end = e
            }
            // "5 feet 2 inches", "5 ft 2 in", "5 feet and 2 inches"
            if unit.symbol == known.foot {
                var k = s.end
                if lowerIs(k, "and") { k += 1 }
                if k + 1 < itemCount, itemAt(k).kind == .number, let inches = Double(itemText(k)), inches < 12,
                    (lowerIs(k + 1, "in") || lowerIs(k + 1, "inch") || lowerIs(k + 1, "inches") || lowerIs(k + 1, "\""))
                {
                    s.extraFeet = inches / 12
                    s.end = k + 2
                }
            }
        }
        // "3 mg of cyanide per litre", "5 micrograms of lead per cubic metre": a mass with
        // its substance named between it and "per" and a volume is a concentration.
        if let unit = s.unit, unit.dimension == known.mass, s.currency == nil, lowerIs(s.end, "of"),
            let (concentration, e) = concentration(of: unit, after: s.end + 1)
        {
            s.unit = concentration
            s.end = e
        }
        // "1.68 million barrels a day", "500 tonnes per year": an amount per time, in rate mode;
        // "2.5 litres a hectare", "3 tonnes per square kilometre": an amount per area.
        if readingRates, let unit = s.unit, isRateDimension(unit.dimension), s.currency == nil, s.end + 1 < itemCount,
            lowerIn(Self.perTimeWords, s.end), itemAt(s.end + 1).kind == .word,
            let (time, e) = phrase(at: s.end + 1, in: unitPhrases, maxItems: 2),
            time.dimension == known.duration && e == s.end + 2 || time.dimension == known.area,
            !lower(e - 1).hasSuffix("s")
        {
            s.per = time.symbol
            s.end = e
        }
        // Rates: "$15.4/hour", "£10 per hour"; "50 meters per millisecond" is no figure we compare.
        // In rate mode a sum per unit stays a sum ("₦617 per litre": a price, for claims).
        if s.unit != nil || (s.currency != nil && !readingRates), s.end < itemCount,
            lowerIs(s.end, "per") || (textIs(s.end, "/") && !itemAt(s.end).spaced)
        {
            if let (_, e) = phrase(at: s.end + 1, in: unitPhrases) {
                // A rate ("$15.4/hour", "50 meters per millisecond") is no figure we compare.
                return (nil, e)
            } else if s.unit != nil, !lowerIs(s.end, "per") {
                return (nil, s.end + 1)
            }
        }
        // "29 years old", "an 11-year-old", "95 years of age"
        if let unit = s.unit, unit.symbol == known.year || unit.symbol == known.month || unit.symbol == known.week || unit.symbol == known.day {
            let k = afterHyphen(s.end)
            if lowerIs(k, "old"), k < itemCount { s.end = k + 1 }
            else if lowerIs(s.end, "of"), lowerIs(s.end + 1, "age") { s.end += 2 }
        }
        return (s, nil)
    }

    /// The concentration unit of a mass `unit` per the volume after one to three words
    /// from `k` and "per" ("of cyanide per litre"), and the item past it; nil when a word
    /// is missing, something else stands between ("of cyanide, per the lab"), or no
    /// concentration unit is known for the pair.
    func concentration(of unit: UnitID, after k: Int) -> (UnitID, Int)? {
        var p = k
        while p < itemCount, p - k < 4, itemAt(p).kind == .word, !lowerIs(p, "per") { p += 1 }
        guard p > k, lowerIs(p, "per"), p + 1 < itemCount, itemAt(p + 1).kind == .word,
            let (volume, e) = phrase(at: p + 1, in: unitPhrases, maxItems: 3), volume.dimension == known.volume
        else { return nil }
        let mass = name(unit.symbol) == "ug" ? "µg" : name(unit.symbol)
        let per = name(volume.symbol) == "l" ? "L" : name(volume.symbol)
        guard let c = catalog.unitID(symbol: mass + "/" + per), c.dimension == known.concentration else { return nil }
        return (c, e)
    }

    /// Whether "won" at `u` after the number of `side` (read from `start`) is the verb,
    /// not the Korean currency: after a small spelled number with no scale ("two won
    /// medals"), unless a money word comes before ("paid five won").
    func wonIsVerb(at u: Int, code: NameID, side: Side, start: Int) -> Bool {
        guard code == known.won, side.read.spelled, side.scale == 1, side.read.value < 100, lowerIs(u, "won") else { return false }
        return !(lowerIn(Self.moneyWords, start - 1) || lowerIn(Self.moneyWords, start - 2))
    }

    /// Words between a number and a time unit: "ten working days", "four more hours".
    static let interposedWords: WordSet = [
        "working", "business", "calendar", "consecutive", "straight", "more", "extra", "additional", "further", "full",
        "whole", "long", "successive",
    ]
    /// Words of price before a sum: "paid five won".
    static let moneyWords: WordSet = ["paid", "pay", "pays", "cost", "costs", "costing", "worth", "priced", "charged", "fined", "spent", "for"]

    /// Whether an amount of `dimension` per time is a rate of its own: volume, mass or
    /// energy ("barrels a day", "tonnes a year").
    func isRateDimension(_ dimension: NameID) -> Bool {
        dimension == known.volume || dimension == known.mass || dimension == known.energy
    }
    /// Words between an amount and its time unit: "a day", "per year", "each week".
    static let perTimeWords: WordSet = ["a", "an", "per", "each", "every"]

    /// Words after which "half of" is a share: a bound ("more than half of the reefs",
    /// "nearly half of"); after an article or an adjective it is a part of something else
    /// ("the first half of the year", "the lower half of the village").
    static let wordsBeforeHalfShare: WordSet = [
        "than", "nearly", "almost", "about", "roughly", "around", "over", "some", "just", "only", "under",
        "approximately", "barely", "fully", "least", "most", "exactly", "precisely",
    ]

    /// Whether the word "half" at `j` is a share: "more than half of the reefs" (after a
    /// bound, or first in its clause), "cut by half" (after "by", ending the phrase).
    func halfIsShare(at j: Int) -> Bool {
        guard lowerIs(j, "half") else { return false }
        let previousIsWord = j > 0 && itemAt(j - 1).kind == .word
        if lowerIs(j + 1, "of") {
            return !previousIsWord || Self.wordsBeforeHalfShare.contains(lower(j - 1))
        }
        return previousIsWord && lowerIs(j - 1, "by") && (j + 1 >= itemCount || itemAt(j + 1).kind != .word)
    }

    func halfForms(at j: Int) -> Side? {
        // "more than half of the reefs", "cut by half": a fraction, as "a third of" is.
        if halfIsShare(at: j) {
            let read = NumberRead(value: 0.5, end: j + 1, precision: 2, spelled: true, yearLike: false, fractionOnly: true)
            return Side(read: read, end: j + 1)
        }
        // "an hour and a half"
        if lowerIs(j, "a") || lowerIs(j, "an"), let (unit, e) = phrase(at: j + 1, in: unitPhrases, maxItems: 2),
            unit.dimension == known.duration || unit.dimension == known.length, lowerIs(e, "and"), lowerIs(e + 1, "a"),
            lowerIs(e + 2, "half")
        {
            let read = NumberRead(value: 1.5, end: e + 3, precision: 1, spelled: true, yearLike: false, fractionOnly: false)
            return Side(read: read, unit: unit, end: e + 3)
        }
        // "half an hour", "half a mile", "half a million"
        if lowerIs(j, "half"), lowerIs(j + 1, "a") || lowerIs(j + 1, "an") {
            if let (unit, e) = phrase(at: j + 2, in: unitPhrases, maxItems: 2) {
                let read = NumberRead(value: 0.5, end: e, precision: 1, spelled: true, yearLike: false, fractionOnly: false)
                return Side(read: read, unit: unit, end: e)
            }
            if let w = catalog.numberWords[lower(j + 2)], w.kind == .scale || w.kind == .dozen {
                let read = NumberRead(value: 0.5 * w.value, end: j + 3, precision: 1, spelled: true, yearLike: false,
                                      fractionOnly: false)
                return Side(read: read, end: j + 3)
            }
        }
        return nil
    }
}
