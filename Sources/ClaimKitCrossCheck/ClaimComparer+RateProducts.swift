import ClaimKitModel
import Foundation

extension RuleID {
    /// A rate, the amount it runs over and the total they make, stated in one sentence,
    /// that do not multiply out: "leaked at about 40 kg a minute for 25 minutes, releasing
    /// roughly 3 tonnes" (1 tonne), "US$520 a kilogram, putting the value of the 3.4-tonne
    /// consignment at about US$5.3 million" (US$1.8 million), "drifted about 18 km in 40
    /// minutes, at about 12 km/h" (27 km/h).
    public static let crossCheckRateProduct: RuleID = "crosscheck.rate-product"
}

extension ClaimComparer {
    /// What a rate may run per, by the word after "a", "an" or "per" ("a kilogram", "per
    /// square kilometre"): the base unit of the `SIValue` of the amount it runs over, and
    /// the word's factor to it. Years, months, weeks and days are left out on purpose: a
    /// yearly or daily rate ("€5m a year", "1,100 tonnes a day") sits beside totals of
    /// other spans far more often than beside its own.
    static let perUnits: [String: (base: String, factor: Double)] = [
        "second": ("s", 1), "minute": ("s", 60), "hour": ("s", 3600),
        "gram": ("kg", 0.001), "kilogram": ("kg", 1), "kilo": ("kg", 1), "kg": ("kg", 1), "tonne": ("kg", 1000), "ton": ("kg", 1000),
        "metre": ("m", 1), "meter": ("m", 1), "kilometre": ("m", 1000), "kilometer": ("m", 1000), "km": ("m", 1000), "mile": ("m", 1609.344),
        "hectare": ("m2", 10_000), "acre": ("m2", 4046.8564224), "square kilometre": ("m2", 1e6), "square kilometer": ("m2", 1e6),
        "square mile": ("m2", 2_589_988.110336), "sq km": ("m2", 1e6), "km2": ("m2", 1e6),
        "litre": ("m3", 0.001), "liter": ("m3", 0.001), "cubic metre": ("m3", 1), "cubic meter": ("m3", 1), "barrel": ("m3", 0.158987294928),
    ]

    /// The `wordHash` of the first word of each `perUnits` key, singular and plural
    /// ("minute", "minutes", "square"): the cheap test before a rate's words are made.
    static let perUnitWordHashes: Set<UInt64> = Set(perUnits.keys.flatMap { key -> [UInt64] in
        let first = Array(key.split(separator: " ")[0].utf8)
        return [first, first + [0x73]].map { w in w.withUnsafeBufferPointer { wordHash($0, from: 0) } }
    })

    /// An FNV-1a hash of the ASCII letters (lower-cased) of `bytes` from `start` up to the
    /// first other byte, at most 16 of them.
    static func wordHash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < bytes.count, i < start + 16 {
            let c = bytes[i] | 0x20
            guard c >= 0x61, c <= 0x7A else { break }
            h = (h ^ UInt64(c)) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    /// Words up to three before a rate that make it a ceiling, a peak or a limit, not the
    /// rate the amount ran at: "top speeds of 320 km/h", "winds gusting to 90 km/h".
    static let notRunningRateWords: Set<String> = [
        "top", "maximum", "max", "peak", "peaking", "peaked", "highest", "record", "fastest", "gusts", "gusting", "winds",
        "wind", "limit", "limited", "cap", "capped", "up", "minimum", "lowest", "usually", "normally", "typically", "once",
    ]

    /// Number words a period or amount written out may open with ("in forty minutes").
    static let periodNumberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
    ]

    /// A rate's value per its `perUnits` base and the two base units: what it is an amount
    /// of (`numerator`: "kg", "m", "USD", "count") and what it runs per (`denominator`).
    struct Rate {
        var index: Int
        var value: Double
        var numerator: String
        var denominator: String
        /// The words it runs per as written after "a", "an" or "per" ("kilogram"), empty for a unit that is a rate.
        var per: String = ""
    }

    /// The base unit a claim's figure is compared in: its SI unit, else its own ("USD", "count").
    static func baseUnit(_ q: Quantity) -> String { q.si?.unit ?? q.unit }

    /// A rate's amount per unit, from a unit that is a rate itself ("kg/min", "km/h": the
    /// SI value's "kg/s", "m/s") or from "a", "an" or "per" and a `perUnits` word right
    /// after the figure's unit (a count may have its noun between: "50 million locusts per
    /// square kilometre"). Nil for a figure that is no rate, a bound or a range, or a rate
    /// `notRunningRateWords` qualify.
    func runningRate(_ index: Int, in claims: [Claim], contexts: ClaimContexts) -> Rate? {
        // Read in place first: most figures are no rate, and a copy of the quantity retains
        // and releases each of its strings.
        let bound = claims[index].quantity.bound
        guard bound == .exact || bound == .approximately, claims[index].quantity.value > 0 else { return nil }
        let slashed = claims[index].quantity.si != nil
            && (Self.hasSlash(claims[index].quantity.unit) || Self.hasSlash(claims[index].quantity.si!.unit))
        if !slashed {
            guard Self.mayRunPer(index, contexts: contexts) else { return nil }
        }
        let q = claims[index].quantity
        if slashed, let si = q.si {
            let parts = si.unit.split(separator: "/")
            // A daily or yearly rate ("bbl/d"): left out as `perUnits` leaves its words out.
            if let per = q.unit.split(separator: "/").last, ["d", "day", "wk", "mo", "yr", "year"].contains(String(per)) { return nil }
            // Its qualifier words (`qualifiesRate`) are read only when a contradiction is found.
            guard parts.count == 2 else { return nil }
            return Rate(index: index, value: si.value, numerator: String(parts[0]), denominator: String(parts[1]))
        }
        guard let context = contexts[index] else { return nil }
        let after = context.after
        // The per word at after[0] (a unit written after the figure is part of it), or after
        // one noun for a count.
        let skip = q.unit == "count" ? [0, 1] : [0]
        for k in skip where k + 1 < after.count {
            guard ["a", "an", "per"].contains(after[k]) else { continue }
            var per = Self.perUnits[Self.singular(after[k + 1])]
            if per == nil, k + 2 < after.count { per = Self.perUnits[after[k + 1] + " " + Self.singular(after[k + 2])] }
            guard let per, !Self.qualifiesRate(context.before) else { return nil }
            let value = q.si?.value ?? q.value
            let perWords = per.factor == Self.perUnits[Self.singular(after[k + 1])]?.factor ? after[k + 1] : after[k + 1] + " " + after[k + 2]
            return Rate(index: index, value: value / per.factor, numerator: Self.baseUnit(q), denominator: per.base, per: Self.singular(perWords))
        }
        return nil
    }

    /// Whether `s` holds a "/" ("kg/min", "m/s"), read from its bytes.
    @inline(__always) static func hasSlash(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(0x2F) } ?? s.utf8.contains(0x2F)
    }

    /// Whether "a", "an" or "per" and the first word of a `perUnits` key (`perUnitWordHashes`)
    /// stand within the few bytes after the figure of `claims[index]`: cheap, on the entry's
    /// bytes, before any word is made; false means `runningRate` reads no rate from words.
    static func mayRunPer(_ index: Int, contexts: ClaimContexts) -> Bool {
        contexts.withEntryBytes(index) { bytes, range -> Bool in
            guard let base = bytes.baseAddress else { return false }
            let end = min(bytes.count, range.utf8End + 28)
            var i = range.utf8End
            while i + 4 < end {
                let c = base[i]
                if c > 0x2E {
                    i += 1
                    continue
                }
                if c == 0x2E || c == 0x0A { return false }
                if c == 0x20 {
                    var word = -1
                    if bytes[i + 1] | 0x20 == 0x61 {
                        if bytes[i + 2] == 0x20 { word = i + 3 } else if bytes[i + 2] == 0x6E, bytes[i + 3] == 0x20 { word = i + 4 }
                    } else if bytes[i + 1] == 0x70, bytes[i + 2] == 0x65, bytes[i + 3] == 0x72, bytes[i + 4] == 0x20 {
                        word = i + 5
                    }
                    if word >= 0, Self.perUnitWordHashes.contains(Self.wordHash(bytes, from: word)) { return true }
                }
                i += 1
            }
            return false
        } == true
    }

    /// Whether a `notRunningRateWords` word is among the last three words before a rate.
    static func qualifiesRate(_ before: [String]) -> Bool {
        before.suffix(3).contains(where: { notRunningRateWords.contains($0) })
    }

    /// A unit word without its plural "s" ("minutes", "kilometres").
    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
    }

    /// An amount of `base` written in the words of a sentence and read by no claim: a number
    /// (digits or a word) before a `perUnits` word of that base ("in 40 minutes").
    static func periods(in words: [String], base: String) -> [Double] {
        var out: [Double] = []
        for k in words.indices.dropLast() {
            let w = words[k]
            let n = periodNumberWords[w] ?? (w.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E } ? Double(w) : nil)
            guard let n, n > 0, let per = perUnits[singular(words[k + 1])], per.base == base else { continue }
            out.append(n * per.factor)
        }
        return out
    }

    /// Rates (`runningRate`) whose sentence holds a figure of what the rate runs per and a
    /// figure of what it is an amount of, both exact or approximate: a contradiction when
    /// no such pair multiplies out to within half again (the rate times the period is a
    /// third of the total or three times it, not 10% off). When no claim states the period,
    /// a number and unit word of the sentence may ("in 40 minutes").
    func rateProductContradictions(_ claims: [Claim], contexts: ClaimContexts, describer: FigureDescriber) -> [Contradiction] {
        var out: [Contradiction] = []
        var byEntry: [Int: [Int]]?
        for r in claims.indices {
            guard let rate = runningRate(r, in: claims, contexts: contexts) else { continue }
            if byEntry == nil {
                var table: [Int: [Int]] = [:]
                for i in claims.indices { table[claims[i].entry, default: []].append(i) }
                byEntry = table
            }
            guard let sentence = contexts.withSentence(r, { _, s, _ in s }) else { continue }
            // A claim of the rate's sentence lies within its byte range (no sentence found per claim).
            var periods: [(Double, Int?)] = []
            var totals: [Int] = []
            for i in byEntry?[claims[r].entry] ?? [] where i != r {
                let q = claims[i].quantity
                guard q.bound == .exact || q.bound == .approximately, q.value > 0,
                    claims[i].range.utf8Start >= sentence.lowerBound, claims[i].range.utf8End <= sentence.upperBound
                else { continue }
                let base = Self.baseUnit(q)
                if base == rate.denominator {
                    periods.append((q.si?.value ?? q.value, i))
                } else if base == rate.numerator {
                    totals.append(i)
                }
            }
            guard !totals.isEmpty else { continue }
            if periods.isEmpty, let context = contexts[r] {
                periods = Self.periods(in: context.before + context.after, base: rate.denominator).map { ($0, nil) }
            }
            guard !periods.isEmpty else { continue }
            var agrees = false
            for (p, _) in periods {
                for t in totals {
                    let total = claims[t].quantity.si?.value ?? claims[t].quantity.value
                    let product = rate.value * p
                    if max(product, total) / min(product, total) < 1.5 { agrees = true }
                }
            }
            guard !agrees, let rateContext = contexts[r], !Self.qualifiesRate(rateContext.before) else { continue }
            let t = totals[0]
            let rateClaim = claims[r]
            let total = claims[t]
            let periodIDs = periods.compactMap { $0.1 }.prefix(1).map { claims[$0].id }
            let subject = !total.subject.isEmpty ? total.subject : !rateClaim.subject.isEmpty ? rateClaim.subject : rateClaim.attribute
            let product = rate.value * periods[0].0 / ((total.quantity.si?.value ?? total.quantity.value) / total.quantity.value)
            // "a kilogram" for a rate read from its words; the period as a claim states it, or in base units.
            let perText = rate.per.isEmpty ? "" : " per " + rate.per
            let periodText = periods[0].1.map { FigureDescriber.figure(claims[$0].quantity) }
                ?? FigureDescriber.format(periods[0].0) + " " + rate.denominator
            out.append(Contradiction(
                subject: subject, attribute: total.attribute, claims: [rateClaim.id] + periodIDs + [total.id], entries: [rateClaim.entry],
                reason: "\(subject), \(total.attribute): \(FigureDescriber.figure(rateClaim.quantity))\(perText) times \(periodText) makes "
                    + "\(FigureDescriber.format(product)) \(total.quantity.unit) vs \(FigureDescriber.figure(total.quantity)) in "
                    + "\(describer.entryList([rateClaim.entry])); a rate, its period and their total in one sentence",
                rule: .crossCheckRateProduct))
        }
        return out
    }
}
