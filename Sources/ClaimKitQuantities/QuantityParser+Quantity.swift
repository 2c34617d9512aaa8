import ClaimKitLexicon
import ClaimKitModel
import Foundation

/// One quantity at an item: bounds, ranges and the figure they frame.
extension QuantityParser.Run {
    func quantity(at i: Int) -> Outcome {
        var j = i
        var bounds: [Bound] = []
        while let (b, e) = phrase(at: j, in: boundPhrases, maxItems: 6), !b.1 {
            // "=>30", "<>30" are no bounds we know.
            if (textIs(j, "<") || textIs(j, ">")), j > 0, !itemAt(j).spaced, (textIs(j - 1, "=") || textIs(j - 1, "<") || textIs(j - 1, ">")) {
                return .skip(e + 1)
            }
            bounds.append(b.0)
            j = e
        }
        // "equals 20", "equal to 20": exactly that, stated as a one-point range.
        var equal = false
        // (Each phrase starts with "equal": other items skip the loop.)
        if j < itemCount, itemAt(j).ascii ? bytes[itemAt(j).start] | 0x20 == UInt8(ascii: "e") : itemLower(j).utf8.first == UInt8(ascii: "e") {
            for phrase in Self.equalPhrases where phrase.enumerated().allSatisfy({ lower(j + $0.offset) == $0.element }) {
                equal = true
                j += phrase.count
                break
            }
        }
        // "percent of 10", "per cent of twenty-two"
        var percentFirst: Int?
        if let (unit, e) = phrase(at: j, in: unitPhrases, maxItems: 2), unit.symbol == known.percent, itemAt(j).kind == .word,
            lowerIs(e, "of"), e + 1 < itemCount
        {
            percentFirst = j
            j = e + 1
        }
        var mode = ""
        if lowerIs(j, "between") {
            mode = "between"
            j += 1
        } else if lowerIs(j, "from"), !Self.changeVerbs.contains(lower(j - 1)), !Self.changeVerbs.contains(lower(j - 2)) {
            mode = "from"
            j += 1
        }
        let aged = lowerIs(i - 1, "aged") || lowerIs(i - 1, "ages") || lowerIs(i - 1, "age") || lowerIs(j - 1, "aged")
        let (first, skip) = side(at: j, allowExclusion: true, afterBound: !bounds.isEmpty || mode != "")
        if let skip { return .skip(skip) }
        guard var a = first else { return .none }
        // "four times": a multiplier, not a count.
        if a.read.spelled, a.unit == nil, a.currency == nil, lowerIs(a.end, "times") { return .skip(a.end + 1) }
        // "one" alone is a pronoun or an article far more often than a count.
        if a.read.spelled, a.unit == nil, a.currency == nil, a.end == j + 1, lowerIs(j, "one"), !lowerIs(a.end, "over") {
            return .skip(a.end)
        }
        // A spelled number glued by a hyphen to a word that is not a unit: "one-off", "half-hearted".
        if a.read.spelled, a.unit == nil, a.currency == nil, isDash(a.end), a.end + 1 < itemCount, !itemAt(a.end).spaced,
            !itemAt(a.end + 1).spaced, !lowerIs(a.end + 1, "to")
        {
            return .skip(a.end + 2)
        }
        var end = a.end
        // "one over three", "2000 over 3": a fraction, when nothing follows.
        if a.unit == nil, a.currency == nil, a.scale == 1, bounds.isEmpty, lowerIs(a.end, "over") {
            let (b, _) = side(at: a.end + 1, allowExclusion: false)
            if let b, b.unit == nil, b.currency == nil, b.value != 0,
                b.end >= itemCount || (itemAt(b.end).kind == .symbol && !textIs(b.end, "%"))
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
        if isDash(c), lowerIs(c + 1, "to"), !itemAt(c).spaced { c += 1 }
        // A change verb before ("rose 5 to 10") makes "to" no range: asked only when "to" follows.
        func changed() -> Bool { (1...3).contains { Self.changeVerbs.contains(lower(i - $0)) } || lowerIs(i - 1, "by") }
        let okConnector = mode == "between"
            ? lowerIs(c, "and")
            : ((lowerIs(c, "to") && !changed()) || isDash(c) || lowerIs(c, "through") || lowerIs(c, "thru") || lowerIs(c, "~"))
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
        if upper == nil, let (b, e) = phrase(at: end, in: boundPhrases, maxItems: 3), b.1,
            !(lowerIs(end, "plus") && e < itemCount && (itemAt(e).kind == .number || phrase(at: e, in: currencyPhrases, maxItems: 3) != nil))
        {
            suffixBound = b.0
            end = e
        }
        if percentFirst != nil, a.unit == nil, a.currency == nil { a.unit = catalog.unitID(symbol: "%") }
        // "a fifth full", "two-thirds full", "half full": a fill level, as a percentage of
        // the whole (read to whole per cent).
        if a.read.fractionOnly, upper == nil, a.unit == nil, a.currency == nil, a.scale == 1, !a.negative, lowerIs(a.end, "full") {
            a.read.value *= 100
            a.read.precision = 0
            a.unit = catalog.unitID(symbol: "%")
        }
        // The unit as one name of the catalog (a rate, "bbl/d", is two): its string, and
        // its conversion below by the name.
        var symbol = a.currency ?? a.unit?.symbol ?? known.count
        if symbol == known.count, a.per == nil, aged { symbol = known.year }
        var unitSymbol = name(symbol)
        if let per = a.per { unitSymbol += "/" + name(per) }
        let bound: Bound
        if equal, upper == nil, bounds.isEmpty {
            upper = a
            bound = .range
        } else if upper != nil {
            bound = .range
        } else if let b = a.suffixBound {
            // "30 or more years": said between the number and its unit.
            bound = b
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
        let range = TextRange(utf8Start: itemAt(startItem).start, utf8End: itemAt(end - 1).end)
        let value = a.value
        let upperValue = upper?.value
        let si = a.per == nil ? catalog.si(value: value, upper: upperValue, symbol: symbol) : catalog.si(value: value, upper: upperValue, unit: unitSymbol)
        // Made in place in `found` (a local figure was copied twice on its way there), whose
        // first figure reserves room for a few (most texts hold one to three: growing from
        // one reallocated and copied them).
        if found.isEmpty { found.reserveCapacity(4) }
        found.append(
            Quantity(
                value: value, upper: upperValue, unit: unitSymbol, bound: bound, range: range,
                text: phraseText(itemAt(startItem).start, itemAt(end - 1).end), precisionExponent: precision, rule: rule, si: si))
        return .found(end)
    }
}
