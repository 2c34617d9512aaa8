import Foundation

/// A number read at some item: its value, where it ends, and how precisely it was written.
struct NumberRead {
    var value: Double
    /// The item just past the number.
    var end: Int
    /// Decimal places as written (negative for trailing zeros: "2,500" is -2).
    var precision: Int
    var spelled: Bool
    /// A bare four-digit integer with no separator ("1945"): a year unless a unit follows.
    var yearLike: Bool
    /// The value is only a fraction word ("a third", "two-thirds").
    var fractionOnly: Bool
}

extension QuantityParser.Run {
    /// Reads digits (with separators, decimals, fractions "10 1/2", "½") or spelled-out
    /// number words at item `j`.
    func number(at j: Int) -> NumberRead? {
        guard j < itemCount else { return nil }
        if itemAt(j).kind == .number { return numeral(at: j) }
        if itemAt(j).kind == .word { return spelled(at: j) }
        if itemAt(j).kind == .symbol, itemAt(j).scalar >= 0x80, let f = Self.vulgar[itemText(j)] {
            return NumberRead(value: f, end: j + 1, precision: 2, spelled: false, yearLike: false, fractionOnly: true)
        }
        return nil
    }

    static let vulgar: [String: Double] = [
        "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅛": 0.125, "⅙": 1.0 / 6, "⅕": 0.2, "⅜": 0.375,
        "⅝": 0.625, "⅞": 0.875,
    ]
    /// The scalars of `vulgar`'s keys (each one scalar, canonically equal to no other).
    static let vulgarScalars = Set(vulgar.keys.map { $0.unicodeScalars.first!.value })

    /// Powers of ten exact in a Double.
    static let exactPowersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { p, _ in p * 10 } }

    /// The value, decimal places (as `precision(ofDigits:)`) and whether it is a year, of
    /// the ASCII numeral `bytes[start..<end]` (digits, comma or space groups, one decimal
    /// point) read by its bytes, when its digits make an integer of at most 2^53 and at
    /// most 22 decimal places: that integer divided by a power of ten (both exact) is the
    /// correctly rounded value, as `Double(String)` gives. Nil otherwise.
    @inline(__always) static func exactNumeral(_ bytes: [UInt8], _ start: Int, _ end: Int, hasSeparator: Bool)
        -> (value: Double, precision: Int, yearLike: Bool)?
    {
        var mantissa: UInt64 = 0
        var digits = 0
        var places = -1
        var trailingZeros = 0
        for k in start..<end {
            let b = bytes[k]
            if b &- 0x30 < 10 {
                guard digits < 19 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(b &- 0x30)
                digits += 1
                if places >= 0 { places += 1 }
                trailingZeros = b == 0x30 ? trailingZeros + 1 : 0
            } else if b == 0x2E {
                guard places < 0 else { return nil }
                places = 0
            } else if b != 0x2C && b != 0x20 {
                return nil
            }
        }
        guard digits > 0, mantissa <= 1 << 53, places <= 22 else { return nil }
        let value = places > 0 ? Double(mantissa) / exactPowersOfTen[places] : Double(mantissa)
        // "2.5" is 1, "2,500" is -2, "000" is 0.
        let precision = places >= 0 ? places : (mantissa == 0 ? 0 : -trailingZeros)
        let yearLike = !hasSeparator && places < 0 && digits == 4 && end - start == 4 && mantissa >= 1000 && mantissa <= 2199
        return (value, precision, yearLike)
    }

    func numeral(at j: Int) -> NumberRead? {
        let item = itemAt(j)
        var value: Double
        var precision: Int
        let yearLike: Bool
        if item.ascii, let read = Self.exactNumeral(numberBytes.isEmpty ? bytes : numberBytes, item.start, item.end, hasSeparator: item.hasSeparator) {
            (value, precision, yearLike) = read
        } else {
            // Only a numeral with a separator has anything but ASCII digits to drop.
            let digits = item.hasSeparator
                ? String((numberBytes.isEmpty ? itemText(j) : ScalarLexer.text(of: item, in: numberBytes)).unicodeScalars.filter { $0 != "," && $0 != " " && $0 != "\u{202F}" && $0 != "\u{00A0}" }) : itemText(j)
            guard let parsed = Double(digits) else { return nil }
            value = parsed
            precision = Self.precision(ofDigits: digits)
            // (`digits` is ASCII digits and dots: a byte count is its character count.)
            yearLike = !item.hasSeparator && digits.utf8.count == 4 && (1000...2199).contains(Int(digits) ?? 0)
        }
        var end = j + 1
        // "1/40", "10 1/2"
        if end + 1 < itemCount, textIs(end, "/"), !itemAt(end).spaced, itemAt(end + 1).kind == .number,
            !itemAt(end + 1).spaced, !(end + 2 < itemCount && textIs(end + 2, "/") && !itemAt(end + 2).spaced)
        {
            if let den = Double(itemText(end + 1)) {
                // "1/0" is no number at all.
                guard den != 0 else { return nil }
                value /= den
                precision = 3
                end += 2
            }
        } else if end + 2 < itemCount, itemAt(end).kind == .number, itemAt(end).spaced, !itemAt(end).hasSeparator,
            textIs(end + 1, "/"), !itemAt(end + 1).spaced, itemAt(end + 2).kind == .number, !itemAt(end + 2).spaced,
            let a = Double(itemText(end)), let b = Double(itemText(end + 2)), b != 0, a < b
        {
            value += a / b
            precision = 2
            end += 3
        }
        // Powers: "1.1^23", "2.5^-1", "1.1^--23".
        if end + 1 < itemCount, textIs(end, "^"), !itemAt(end).spaced {
            var k = end + 1
            var negative = false
            while k < itemCount, (textIs(k, "+") || textIs(k, "-") || textIs(k, "\u{2212}")), !itemAt(k).spaced {
                if !textIs(k, "+") { negative.toggle() }
                k += 1
            }
            if k < itemCount, itemAt(k).kind == .number, !itemAt(k).spaced, let e = Double(itemText(k)) {
                value = pow(value, negative ? -e : e)
                precision = 6
                end = k + 1
            }
        }
        // Scientific notation: "1e10", "-12e-1", "1.3x10^6".
        // (An ASCII item's lower case starts with "e" only if it starts with "e" or "E".)
        if end < itemCount, !itemAt(end).spaced,
            itemAt(end).ascii ? bytes[itemAt(end).start] | 0x20 == UInt8(ascii: "e") : itemLower(end).utf8.first == UInt8(ascii: "e"),
            lowerIs(end, "e") || itemLower(end).hasPrefix("e")
        {
            var k = end
            var exponentText = String(itemLower(k).dropFirst())
            var sign = 1.0
            if exponentText.isEmpty, k + 1 < itemCount, !itemAt(k + 1).spaced, (textIs(k + 1, "+") || textIs(k + 1, "-") || textIs(k + 1, "\u{2212}")) {
                sign = textIs(k + 1, "+") ? 1 : -1
                k += 1
            }
            if exponentText.isEmpty, k + 1 < itemCount, !itemAt(k + 1).spaced, itemAt(k + 1).kind == .number {
                exponentText = itemText(k + 1)
                k += 1
            }
            if lowerIs(end, "e"), let e = Double(exponentText) {
                value *= pow(10, sign * e)
                precision = 6
                end = k + 1
            }
        } else if end + 3 < itemCount, lowerIs(end, "x") || lowerIs(end, "×"), textIs(end + 1, "10"),
            textIs(end + 2, "^") || (textIs(end + 2, "-") || textIs(end + 2, "\u{2212}")) && !itemAt(end + 2).spaced
        {
            // "1.3x10^6", "2.48×10−5" (a superscript lost in copying)
            var k = textIs(end + 2, "^") ? end + 3 : end + 2
            var sign = 1.0
            if (textIs(k, "+") || textIs(k, "-") || textIs(k, "\u{2212}")), k + 1 < itemCount {
                sign = textIs(k, "+") ? 1 : -1
                k += 1
            }
            if let e = Double(itemText(k)) {
                value *= pow(10, sign * e)
                precision = 6
                end = k + 1
            }
        }
        // Vulgar fractions are one-scalar symbols beyond ASCII.
        if end < itemCount, itemAt(end).kind == .symbol, itemAt(end).scalar >= 0x80, let f = Self.vulgar[itemText(end)] {
            value += f
            precision = 2
            end += 1
        }
        return NumberRead(value: value, end: end, precision: precision, spelled: false, yearLike: yearLike && end == j + 1,
                          fractionOnly: false)
    }

    /// Decimal places of a numeral: "2.5" is 1, "2,500" is -2, "378" is 0.
    static func precision(ofDigits digits: String) -> Int {
        // ASCII (with no CR, the one two-byte character) by its bytes: one byte, one character.
        if let answer = digits.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            if let dot = bytes.firstIndex(of: UInt8(ascii: ".")) { return bytes.count - dot - 1 }
            guard bytes.contains(where: { $0 != UInt8(ascii: "0") }) else { return 0 }
            var zeros = 0
            while zeros < bytes.count, bytes[bytes.count - 1 - zeros] == UInt8(ascii: "0") { zeros += 1 }
            return -zeros
        }), let answer {
            return answer
        }
        if let dot = digits.firstIndex(of: ".") {
            return digits.distance(from: dot, to: digits.endIndex) - 1
        }
        guard digits.contains(where: { $0 != "0" }) else { return 0 }
        return -digits.reversed().prefix { $0 == "0" }.count
    }

    static func precision(of value: Double) -> Int {
        if value == value.rounded() {
            // As `precision(ofDigits: String(Int(value)))`: minus the decimal trailing zeros,
            // 0 for zero (counted without making the string).
            var integer = Int(value)
            guard integer != 0 else { return 0 }
            var zeros = 0
            while integer % 10 == 0 {
                zeros += 1
                integer /= 10
            }
            return -zeros
        }
        for places in 1...6 {
            let scaled = value * pow(10, Double(places))
            if abs(scaled - scaled.rounded()) < 1e-6 { return places }
        }
        return 6
    }

    /// Whether item `k` is a hyphen glued on both sides.
    func isGluedHyphen(_ k: Int) -> Bool {
        k + 1 < itemCount && itemAt(k).kind == .symbol
            && (itemAt(k).scalar == 0x2D || itemAt(k).scalar == 0x2010 || itemAt(k).scalar == 0x2011)
            && !itemAt(k).spaced && !itemAt(k + 1).spaced
    }

    func word(_ k: Int) -> String? {
        k < itemCount && itemAt(k).kind == .word ? itemLower(k) : nil
    }

    func isNumberWord(_ k: Int) -> Bool {
        guard let w = word(k), let entry = catalog.numberWords[w] else { return false }
        return entry.kind != .fraction || true
    }

    /// Whether a number word of `kind` may follow one of kind `last` in one number.
    static func accepts(_ kind: NumberWordKind, after last: NumberWordKind?) -> Bool {
        switch kind {
        case .unit: return !(last?.isOne(of: .unit, .teen, .fraction, .dozen, .couple) == true)
        case .teen, .tens: return !(last?.isOne(of: .unit, .teen, .tens, .fraction, .dozen, .couple) == true)
        case .hundred: return !(last?.isOne(of: .hundred, .fraction, .couple) == true)
        case .scale: return last != .couple
        case .dozen: return !(last?.isOne(of: .dozen, .fraction, .couple) == true)
        case .couple: return last == .article
        case .fraction: return last?.isOne(of: .unit, .article, .teen, .tens) == true
        default: return false
        }
    }

    /// Spelled-out numbers: "three and a half", "a dozen", "two-thirds", "a hundred and
    /// two", "ninety five", "twenty-five", "one million".
    func spelled(at start: Int) -> NumberRead? {
        var total = 0.0
        var current = 0.0
        var last: NumberWordKind? = nil
        var k = start
        var end = start
        var sawFraction = false
        var fractionOnly = false
        var precision = 0
        var article = false
        let words = catalog.numberWords
        // A word that is no number word (nor "a", "an", "half", "quarter") starts none: the
        // scan below would stop at it.
        guard start < itemCount, itemAt(start).kind == .word,
            lowerIs(start, "a") || lowerIs(start, "an") || lowerIs(start, "half") || lowerIs(start, "quarter") || lowerValue(words, start) != nil
        else { return nil }
        // (The item at `k` is a word: asked by its bytes, as `word(k)` would answer.)
        let nextIsWord = k + 1 < itemCount && itemAt(k + 1).kind == .word
        if lowerIs(k, "a") || lowerIs(k, "an") {
            guard nextIsWord, let entry = lowerValue(words, k + 1),
                entry.kind.isOne(of: .hundred, .scale, .dozen, .couple, .fraction)
            else { return nil }
            article = true
            current = 1
            last = .article
            k += 1
        } else if lowerIs(k, "half") || lowerIs(k, "quarter"), nextIsWord, lowerValue(words, k + 1)?.kind == .scale {
            // "half million", "quarter million"
            current = lowerIs(k, "half") ? 0.5 : 0.25
            last = .fraction
            sawFraction = true
            precision = 2
            k += 1
        } else if let entry = lowerValue(words, k), entry.kind.isOne(of: .hundred, .scale, .dozen) {
            // "hundred years" with no numerator ("several hundred years") is no figure.
            return nil
        }
        var lastScale = 0.0
        scan: while k < itemCount {
            if isGluedHyphen(k), last != nil, last != .article, isNumberWord(k + 1) {
                k += 1
                continue
            }
            // "fifty - two"
            if last == .tens, k + 1 < itemCount, textIs(k, "-"), let n = word(k + 1), words[n]?.kind == .unit {
                k += 1
                continue
            }
            // The word asked by its bytes (`lowerIs`, `lowerValue` answer as `word(k)` and
            // `words[word(k)]`): its string is made only for the rare rules that read it.
            guard k < itemCount, itemAt(k).kind == .word else { break }
            if lowerIs(k, "and") {
                // "three and a half", "two million and three fifths", "five billion and three quarters"
                if let a = word(k + 1), let n = words[a] ?? (a == "a" ? (1, NumberWordKind.unit) : nil), n.kind == .unit,
                    let f = word(k + 2), let e = words[f], e.kind == .fraction, last != nil, last != .article
                {
                    total += current
                    // "one million and a half" is 1.5 million; "three and a half" is 3.5.
                    current = (last == .scale ? lastScale : 1) * n.value * e.value
                    k += 3
                    end = k
                    last = .fraction
                    sawFraction = true
                    precision = 2
                    continue
                }
                // "hundred and two", "three and a half", "two and three quarters"
                if last == .hundred || last == .scale, let n = word(k + 1), let e = words[n],
                    e.kind.isOne(of: .unit, .teen, .tens)
                {
                    k += 1
                    continue
                }
                break scan
            }
            guard let entry = lowerValue(words, k), Self.accepts(entry.kind, after: last) else { break }
            switch entry.kind {
            case .unit, .teen, .tens:
                current += entry.value
            case .hundred:
                current = (current == 0 ? 1 : current) * 100
            case .scale:
                if last == .fraction && total > 0 {
                    // "five and a half million"
                    total = (total + current) * entry.value
                    current = 0
                    lastScale = entry.value
                    break
                }
                total += (current == 0 ? 1 : current) * entry.value
                current = 0
                lastScale = entry.value
            case .dozen:
                if last == nil && lowerIs(k, "dozens") { break scan }
                current = (current == 0 ? 1 : current) * 12
            case .couple:
                // "a couple of days"
                guard last == .article, word(k + 1) == "of" else { return nil }
                current = 2
                last = .couple
                k += 2
                end = k
                continue
            case .fraction:
                // "two-thirds", "a third", "one half", "three quarters": numerator × part.
                if last == .unit, current > 1, let w = word(k), !w.hasSuffix("s"), w != "half" { break scan }
                current *= entry.value
                sawFraction = true
                fractionOnly = total == 0
                precision = 2
            default:
                break
            }
            last = entry.kind
            k += 1
            end = k
        }
        guard end > start, last != .article, last != nil else { return nil }
        // "nine point nought four", "five point five", "two hundred point seventy-one"
        if end < itemCount, itemAt(end).kind == .word, lowerIs(end, "point"), !sawFraction {
            var digits = ""
            var p = end + 1
            while let w = word(p), let e = words[w], e.kind == .unit {
                digits += String(Int(e.value))
                p += 1
            }
            if digits.isEmpty, let rest = spelled(at: end + 1), !rest.spelled || rest.value == rest.value.rounded(), rest.value >= 1 {
                digits = String(Int(rest.value))
                p = rest.end
            }
            if !digits.isEmpty, let fraction = Double("0." + digits) {
                current += fraction
                end = p
                sawFraction = true
                precision = digits.count
            }
        }
        // "a third day of deliberations", "a fifth year", "a tenth hour": an article, one
        // singular ordinal-like denominator, then a singular time noun is an ordinal, no
        // fraction ("a half day" and "a quarter hour" stay fractions; "a third of a day" too).
        if fractionOnly, article, end == start + 2, let f = word(start + 1), f != "half", f != "quarter",
            !f.hasSuffix("s"), let next = word(end), !next.hasSuffix("s"),
            let (unit, _) = phrase(at: end, in: unitPhrases, maxItems: 1), unit.dimension == known.duration
        {
            return nil
        }
        // A fraction needs "of" or a unit after it: "a third of voters", "two-thirds of";
        // or "full" after it, a fill level ("a fifth full": `QuantityParser` reads it as 20%).
        let value = total + current
        if fractionOnly, let next = word(end), next != "of", next != "full", phrase(at: end, in: unitPhrases) == nil,
            phrase(at: end, in: currencyPhrases) == nil, catalog.numberWords[next]?.kind != .scale
        {
            return nil
        }
        if !sawFraction { precision = Self.precision(of: value) }
        _ = article
        return NumberRead(value: value, end: end, precision: precision, spelled: true, yearLike: false,
                          fractionOnly: fractionOnly)
    }
}
