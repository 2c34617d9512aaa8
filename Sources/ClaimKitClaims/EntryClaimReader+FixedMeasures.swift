import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

extension RuleID {
    /// A fixed measure of a named thing: a peak's height, a ship's length, a harbour's speed
    /// limit. Matches: "the 2,153-metre peak of Mount Arvel", "the barque Santa Lidia, at 86
    /// metres", "The Santa Lidia is 68 metres long", "a speed limit of 5 knots applies in
    /// the harbour".
    public static let claimFixedMeasure: RuleID = "claim.fixed-measure"
}

/// Measures that stay put, tied to the thing they measure and its name: a compound
/// modifier and its head noun ("the 86-metre barque Santa Lidia"), an apposition ("the
/// summit of Mount Arvel, at 2,135 metres"), a copula ("Santa Lidia is 68 metres long"),
/// a limit ("a speed limit of 5 knots", "the 8-knot limit").
extension EntryClaimReader {
    /// Head nouns whose length-dimension figure is a fixed measure, and which.
    static let fixedMeasureHeads: WordMap<String> = [
        "peak": "height", "summit": "height", "mountain": "height", "volcano": "height", "hill": "height", "tower": "height",
        "spire": "height", "skyscraper": "height", "statue": "height", "waterfall": "height", "dam": "height",
        "ship": "length", "vessel": "length", "barque": "length", "yacht": "length", "superyacht": "length", "schooner": "length",
        "ferry": "length", "liner": "length", "tanker": "length", "frigate": "length", "brig": "length", "galleon": "length",
        "steamer": "length", "trawler": "length", "submarine": "length", "destroyer": "length", "carrier": "length",
        "bridge": "length", "tunnel": "length", "runway": "length", "pier": "length",
    ]

    /// First words of a name that make it a mountain ("Mount Arvel, at 2,135 metres").
    static let mountainNameWords: TokenWordSet = ["mount", "mt", "mont", "monte", "ben", "piz", "pico"]

    /// Verbs of a copula that give a named thing its measure: "is 68 metres long".
    static let measureCopulas: TokenWordSet = ["is", "was", "stands", "stood", "rises", "measures", "measured", "reaches"]

    /// The fixed-measure claim of a length or a speed, when a rule of this family ties it.
    func fixedMeasure(_ f: Found, dimension: String, into claim: inout Claim) -> Bool {
        let s = f.sentence
        if dimension == "speed" { return speedLimit(f, into: &claim) }
        // (a) "the 2,153-metre peak of Mount Arvel", "the 86-metre barque Santa Lidia".
        if f.quantity.text.utf8.contains(UInt8(ascii: "-")), f.end < s.upperBound, isWord(f.end) {
            var head = f.end
            var attribute = Self.fixedMeasureHeads[Self.singular(lower[head])]
            if attribute == nil, head + 1 < s.upperBound, isWord(head + 1), !isCap(head), !isFunction(head) {
                head += 1
                attribute = Self.fixedMeasureHeads[Self.singular(lower[head])]
            }
            guard let attribute else { return false }
            if let name = nameAfter(head, in: s) ?? nameBefore(possessiveEndingAt: f.first - 1, in: s) ?? appositiveName(f) {
                fill(&claim, for: f, quantity: f.quantity, subject: name, attribute: attribute, rule: .claimFixedMeasure)
                return true
            }
            let subject = Subject(text: slice(head..<(head + 1)), head: lower[head], tokens: head..<(head + 1))
            fill(&claim, for: f, quantity: f.quantity, subject: subject, attribute: attribute, rule: .claimFixedMeasure)
            return true
        }
        // (b) "the summit of Mount Arvel, at 2,135 metres", "Mount Arvel, at 2,135 metres".
        if f.first - 3 >= s.lowerBound, lower.eq(f.first - 1, "at"), lower.eq(f.first - 2, ","), let name = nameRun(endingAt: f.first - 3, in: s) {
            let before = name.tokens.lowerBound - 1
            var attribute: String?
            if before >= s.lowerBound, let a = Self.fixedMeasureHeads[Self.singular(lower[before])] {
                attribute = a
            } else if before - 1 >= s.lowerBound, lower.eq(before, "of"), let a = Self.fixedMeasureHeads[Self.singular(lower[before - 1])] {
                attribute = a
            } else if lower.in(name.tokens.lowerBound, Self.mountainNameWords) {
                attribute = "height"
            }
            guard let attribute else { return false }
            fill(&claim, for: f, quantity: f.quantity, subject: name, attribute: attribute, rule: .claimFixedMeasure)
            return true
        }
        // (c) "The Santa Lidia is 68 metres long", "Mount Arvel stands 2,153 metres high".
        if f.first - 2 >= s.lowerBound, f.end < s.upperBound, lower.in(f.first - 1, Self.measureCopulas),
            let cue = lower.value(f.end, in: words.cues)?.first(where: { $0.after && $0.dimension == "length" }),
            cue.attribute == "length" || cue.attribute == "height",
            let name = nameRun(endingAt: f.first - 2, in: s)
        {
            fill(&claim, for: f, quantity: f.quantity, subject: name, attribute: cue.attribute, rule: .claimFixedMeasure)
            return true
        }
        return false
    }

    /// "a speed limit of 5 knots applies in the harbour", "the 8-knot limit in the harbour":
    /// the speed limit, keyed with the place it holds in when the clause names one.
    func speedLimit(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        var limit: Int?
        if f.first - 2 >= s.lowerBound, lower.eq(f.first - 1, "of"), lower.eq(f.first - 2, "limit") {
            limit = f.first - 2
        } else if f.quantity.text.utf8.contains(UInt8(ascii: "-")), f.end < s.upperBound, lower.eq(f.end, "limit") {
            limit = f.end
        } else if f.end + 1 < s.upperBound, lower.eq(f.end, "speed"), lower.eq(f.end + 1, "limit") {
            limit = f.end + 1
        }
        guard let limit else { return false }
        let start = limit > s.lowerBound && lower.eq(limit - 1, "speed") ? limit - 1 : limit
        var subject = Subject(text: slice(start..<(limit + 1)), head: "limit", tokens: start..<(limit + 1))
        subject.key = "speed limit"
        // The place: "in the harbour", "on the river", within six words after.
        var k = max(f.end, limit + 1)
        var placed = false
        while k < min(s.upperBound, max(f.end, limit + 1) + 6) {
            if (lower.eq(k, "in") || lower.eq(k, "on") || lower.eq(k, "inside") || lower.eq(k, "within") || lower.eq(k, "through") || lower.eq(k, "across")), k + 1 < s.upperBound {
                let from = (lower.eq(k + 1, "the") || lower.eq(k + 1, "its")) ? k + 2 : k + 1
                if from < s.upperBound, let place = nounPhrase(from: from, in: s) {
                    // A name in the place keys it ("the Vågen harbour" and "Vågen" are one
                    // place: "vågen"); else its head noun ("the harbour": "harbour").
                    let name = place.tokens.first { isCap($0) && !isFunction($0) && !entry.tokens[$0].flags.contains(.sentenceStart) }
                    subject.key = "speed limit " + (name.map { lower[$0] } ?? Self.singular(place.head))
                    subject.text += " " + slice(k..<place.tokens.upperBound)
                    placed = true
                }
                break
            }
            if (lower.eq(k, ",") || lower.eq(k, ".") || lower.eq(k, ";") || lower.eq(k, "but") || lower.eq(k, "and")) { break }
            k += 1
        }
        fill(&claim, for: f, quantity: f.quantity, subject: subject, attribute: "speed", rule: .claimFixedMeasure)
        // The place keys the limit: it is no scope besides ("in Kestrel" and "inside the
        // Kestrel harbour" are one limit's place).
        if placed { claim.scope = nil }
        return true
    }

    /// The capitalised name right after `head` ("barque Santa Lidia"), or after "of" ("peak
    /// of Mount Arvel"), keyed by its last word.
    func nameAfter(_ head: Int, in s: Range<Int>) -> Subject? {
        var k = head + 1
        if k < s.upperBound, lower.eq(k, "of") { k += 1 }
        guard k < s.upperBound, isCap(k), !isFunction(k) else { return nil }
        var end = k
        while end < s.upperBound, isCap(end), end - k < 4 { end += 1 }
        var name = Subject(text: slice(k..<end), head: lower[end - 1], tokens: k..<end)
        name.key = nameKey(k..<end)
        return name
    }

    /// Words that open many names and so key none: "Mount", "Santa", "Port".
    static let genericNameWords: TokenWordSet = [
        "mount", "mt", "mont", "monte", "ben", "lake", "loch", "port", "fort", "cape", "saint", "st", "san", "santa", "new", "old",
        "great", "little", "north", "south", "east", "west", "upper", "lower", "la", "le", "el", "hms", "uss", "rms", "mv", "ss",
    ]

    /// A name's key: its first word that is not a generic opener ("Mount Arvel": "arvel";
    /// "Harlow Tower": "harlow"), so a later "Harlow Tower" or "Arvel" keys the same.
    func nameKey(_ r: Range<Int>) -> String {
        let k = r.first { !lower.in($0, Self.genericNameWords) } ?? r.lowerBound
        return Self.singular(lower[k])
    }

    /// The name before a possessive ending at `k` ("Mount Arvel's 2,153-metre peak").
    func nameBefore(possessiveEndingAt k: Int, in s: Range<Int>) -> Subject? {
        guard k > s.lowerBound, entry.tokens[k].kind == .possessive else { return nil }
        return nameRun(endingAt: k - 1, in: s)
    }

    /// The capitalised words ending at `k` (not a sentence's capitalised function word),
    /// keyed by the last.
    func nameRun(endingAt k: Int, in s: Range<Int>) -> Subject? {
        guard k >= s.lowerBound, isCap(k), !isFunction(k) else { return nil }
        var start = k
        while start - 1 >= s.lowerBound, isCap(start - 1), !isFunction(start - 1), k - start < 4 { start -= 1 }
        var name = Subject(text: slice(start..<(k + 1)), head: lower[k], tokens: start..<(k + 1))
        name.key = nameKey(start..<(k + 1))
        return name
    }

    /// A prize fund's key ("the $2.5 million prize fund", "prize money of $3m", "the
    /// jackpot"): one sum on a page, apart from any other fund.
    func prizeFundKey(_ subject: Subject) -> String? {
        let head = subject.head
        if head.isOne(of: "jackpot", "purse") { return "prize fund" }
        guard head.isOne(of: "fund", "money", "pot", "pool"), subject.tokens.count >= 2 else { return nil }
        return (lower.eq(subject.tokens.upperBound - 2, "prize") || lower.eq(subject.tokens.upperBound - 2, "prizes")) ? "prize fund" : nil
    }

    /// Counted nouns of a compound that give a fixed count of the thing after them, and
    /// the attribute: "the 52-storey Harlow Tower", "the 21,000-capacity Varda Arena".
    static let fixedCountNouns: WordMap<String> = [
        "storeys": "floors", "stories": "floors", "floors": "floors", "capacities": "capacity", "seats": "capacity",
        "seaters": "capacity",
    ]

    /// A building's floors or a venue's capacity: the compound before a name ("the
    /// 52-storey Harlow Tower"), "Harlow Tower has 48 floors", "Varda Arena has a capacity
    /// of 18,000", "the Varda Arena, which holds 21,000".
    @inline(__always) func fixedCount(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        // Only before a name: "the 25-storey building" keeps the compound's own reading.
        // (The compound's claim is written into the slot first: when the test after it
        // fails, the rule that answers writes the whole slot again.)
        if f.end - f.first == 1, lower.shape(f.first).count > 6, f.end < s.upperBound, isCap(f.end), compoundCount(f, into: &claim),
            let attribute = Self.fixedCountNouns[claim.attribute], let name = nameAfter(f.end - 1, in: s)
        {
            claim.attribute = attribute
            claim.subject = name.text
            claim.subjectKey = name.key
            claim.rule = .claimFixedMeasure
            return true
        }
        var attribute: String
        var verb: Int
        if f.end < s.upperBound, let a = lower.value(f.end, in: Self.fixedCountNouns), a == "floors", f.first - 1 > s.lowerBound,
            (lower.eq(f.first - 1, "has") || lower.eq(f.first - 1, "had") || lower.eq(f.first - 1, "have") || lower.eq(f.first - 1, "boasts") || lower.eq(f.first - 1, "spans"))
        {
            attribute = a
            verb = f.first - 1
        } else if f.first - 3 > s.lowerBound, lower.eq(f.first - 1, "of"), lower.eq(f.first - 2, "capacity") {
            attribute = "capacity"
            verb = f.first - 3
            if (lower.eq(verb, "a") || lower.eq(verb, "the") || lower.eq(verb, "its")) { verb -= 1 }
            guard verb > s.lowerBound, (lower.eq(verb, "has") || lower.eq(verb, "had") || lower.eq(verb, "have") || lower.eq(verb, "with")) else { return false }
        } else if f.first - 1 > s.lowerBound, (lower.eq(f.first - 1, "holds") || lower.eq(f.first - 1, "seats") || lower.eq(f.first - 1, "accommodates")) {
            // "holds 21,000" or "seats 21,000 fans"; not "holds three whale teeth".
            guard f.end >= s.upperBound || !isWord(f.end) || isFunction(f.end)
                || (lower.eq(f.end, "people") || lower.eq(f.end, "spectators") || lower.eq(f.end, "fans") || lower.eq(f.end, "guests") || lower.eq(f.end, "visitors") || lower.eq(f.end, "supporters"))
            else { return false }
            attribute = "capacity"
            verb = f.first - 1
            if verb - 2 > s.lowerBound, lower.eq(verb - 1, "which"), lower.eq(verb - 2, ",") { verb -= 2 }
        } else {
            return false
        }
        guard let name = nameRun(endingAt: verb - 1, in: s) else { return false }
        fill(&claim, for: f, quantity: f.quantity, subject: name, attribute: attribute, rule: .claimFixedMeasure)
        return true
    }
}
