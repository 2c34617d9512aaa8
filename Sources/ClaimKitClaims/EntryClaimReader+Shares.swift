import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// Subjects read from the words right after a figure: shares of a group, counts whose noun
/// stands elsewhere, levels of an index, sums moved.
extension EntryClaimReader {
    static let comparatives: TokenWordSet = ["lower", "higher", "greater", "smaller", "bigger", "reduced", "increased"]
    static let shareDeterminers: TokenWordSet = ["the", "a", "an", "its", "their", "his", "her", "our", "all", "those", "these", "this"]
    /// Nouns a percentage is taken of when the thing measured is named elsewhere: "debt
    /// reached 98% of GDP", "a fine of up to 4% of turnover".
    static let shareBases: TokenWordSet = [
        "gdp", "turnover", "income", "incomes", "revenue", "revenues", "budget", "salary", "salaries", "earnings", "output",
        "wages", "pay", "value",
    ]
    /// Words after a percentage that are no noun it modifies: "rose 5% yesterday".
    static let notModified: TokenWordSet = [
        "higher", "lower", "up", "down", "more", "less", "year", "years", "month", "months", "week", "weeks", "day", "days",
        "quarter", "on", "off", "last", "next", "this", "ahead", "behind", "after", "before", "since", "late", "early", "earlier",
        "overnight", "versus", "vs", "against", "apiece", "each", "respectively", "alone", "full",
    ]

    /// The base of a percentage when it is a base noun: "98% of GDP" gives "GDP".
    func shareBase(_ f: Found) -> String? {
        var k = f.end
        if k < f.sentence.upperBound, entry.surface(k) == ")" { k += 1 }
        guard k + 1 < f.sentence.upperBound, lower.eq(k, "of") else { return nil }
        k += 1
        while k < f.sentence.upperBound - 1, lower.in(k, Self.shareDeterminers) || (lower.eq(k, "annual") || lower.eq(k, "global") || lower.eq(k, "total") || lower.eq(k, "national")) { k += 1 }
        guard lower.in(k, Self.shareBases) else { return nil }
        return String(entry.surface(k))
    }

    /// The subject of a percentage read after it: "45% of cases", "(32%) of adults", "a 12%
    /// lower risk of stroke", "18% less likely to develop gout", "62% possession".
    func shareSubject(_ f: Found) -> (Subject, String?, RuleID)? {
        let s = f.sentence
        var k = f.end
        // "more than a third (32%) of adults": the bracket closes before "of".
        if f.first > s.lowerBound, entry.surface(f.first - 1) == "(", k < s.upperBound, entry.surface(k) == ")" { k += 1 }
        if k + 1 < s.upperBound, lower.eq(k, "of"), shareBase(f) == nil {
            var m = k + 1
            while m < s.upperBound - 1, lower.in(m, Self.shareDeterminers) { m += 1 }
            // "60 per cent of the 112 people treated": past the whole's own count.
            if m > k + 1, m + 1 < s.upperBound, entry.tokens[m].kind == .number, isWord(m + 1) { m += 1 }
            if var np = nounPhrase(from: m, in: s) {
                // "68% of the state's government buses": the share is of the buses.
                let e = np.tokens.upperBound
                if e + 1 < s.upperBound, entry.tokens[e].kind == .possessive, let owned = nounPhrase(from: e + 1, in: s) {
                    np = Subject(text: slice(np.tokens.lowerBound..<owned.tokens.upperBound), head: owned.head, tokens: np.tokens.lowerBound..<owned.tokens.upperBound)
                }
                return (completed(np, in: s), "share", .claimShareOf)
            }
            return nil
        }
        k = f.end
        guard k < s.upperBound, isWord(k) else { return nil }
        // "18% less likely to develop gout": the likelihood of what follows.
        if k + 3 < s.upperBound, (lower.eq(k, "more") || lower.eq(k, "less")), lower.eq(k + 1, "likely"), lower.eq(k + 2, "to") {
            let object = nounPhrase(from: k + 4, in: s) ?? nounPhrase(from: k + 5, in: s)
            let end = object?.tokens.upperBound ?? (k + 4)
            var subject = Subject(text: slice((k + 1)..<end), head: object?.head ?? lower[k + 3], tokens: (k + 1)..<end)
            subject.key = Self.singular(object?.head ?? lower[k + 3])
            return (subject, "change", .claimShareOf)
        }
        // "a 12% lower risk of stroke": the comparative, then the noun and its "of" phrase.
        var n = k
        if lower.in(n, Self.comparatives) { n += 1 }
        guard n < s.upperBound, isWord(n), !isFunction(n), !isCap(n), !lower.in(n, Self.verbStops), !lower.in(n, Self.notModified),
            !lower.ends(n, "ly"), !lower.ends(n, "ed"), !lower.ends(n, "ing"), !lower.in(n, Self.dayWords),
            !(lower.value(n, in: words.cues)?.contains { $0.after } ?? false),
            // "rose 5%": a change the change rules read.
            !(f.first > s.lowerBound && (lower.in(f.first - 1, Self.changeVerbs) || lower.eq(f.first - 1, "by")) && n == k),
            var np = nounPhrase(from: n, in: s)
        else { return nil }
        if np.tokens.count == 1, Self.spendVerbs.contains(np.head) || words.measureVerbs[np.head] != nil { return nil }
        let e = np.tokens.upperBound
        if e + 1 < s.upperBound, lower.eq(e, "of") {
            var m = e + 1
            while m < s.upperBound - 1, lower.in(m, Self.shareDeterminers) { m += 1 }
            if let tail = nounPhrase(from: m, in: s) {
                np = Subject(text: slice(np.tokens.lowerBound..<tail.tokens.upperBound), head: np.head, tokens: np.tokens.lowerBound..<tail.tokens.upperBound)
            }
        }
        return (np, n > k ? "change" : nil, .claimShareOf)
    }

    /// The object of a verb that sets or forecasts a level, before "to"/"at" and the
    /// figure: "cut Bank Rate to 3.75%", "held rates at 4%", "expect inflation to fall to
    /// 2%", "expected unemployment to rise to 5.1%".
    func objectOfLevel(_ f: Found) -> Subject? {
        let s = f.sentence
        var k = f.first - 1
        guard k - 1 > s.lowerBound, (lower.eq(k, "to") || lower.eq(k, "at")) else { return nil }
        k -= 1
        // "to fall to 2%", "to remain at 4%".
        if k - 1 > s.lowerBound, lower.eq(k - 1, "to"), lower.value(k, in: words.measureVerbs) != nil || lower.in(k, Self.changeVerbs)
            || (lower.eq(k, "remain") || lower.eq(k, "stay") || lower.eq(k, "reach") || lower.eq(k, "hit") || lower.eq(k, "peak") || lower.eq(k, "settle"))
        {
            k -= 2
        }
        // The object: content words back to a determiner or the verb.
        var start = k + 1
        while start - 1 > s.lowerBound, isWord(start - 1) || entry.tokens[start - 1].kind == .possessive,
            !isFunction(start - 1), !lower.in(start - 1, words.clauseVerbs), k + 1 - (start - 1) <= 4
        {
            start -= 1
        }
        guard start <= k else { return nil }
        var verb = start - 1
        while verb > s.lowerBound, (lower.eq(verb, "the") || lower.eq(verb, "its") || lower.eq(verb, "their") || lower.eq(verb, "his") || lower.eq(verb, "her") || lower.eq(verb, "a") || lower.eq(verb, "an") || lower.eq(verb, "our")) { verb -= 1 }
        guard verb >= s.lowerBound, lower.in(verb, words.clauseVerbs) || lower.in(verb, Self.objectVerbs) else { return nil }
        return Subject(text: slice(start..<(k + 1)), head: lower[k], tokens: start..<(k + 1))
    }

    /// "£3.2m had been moved", "£40m was paid": a sum that is the subject of a passive verb
    /// is the money the verb names.
    func moneyMoved(_ f: Found) -> Subject? {
        let s = f.sentence
        // "repairs costing an estimated £4m are carried out": the sum is what the repairs
        // cost, not money the verb moves.
        if f.first - 1 >= s.lowerBound, lower.value(f.first - 1, in: words.measureVerbs) == "cost" || lower.in(f.first - 1, Self.spendVerbs) {
            return nil
        }
        var k = f.end
        var auxiliaries = 0
        while k < s.upperBound, (lower.eq(k, "had") || lower.eq(k, "has") || lower.eq(k, "have") || lower.eq(k, "was") || lower.eq(k, "were") || lower.eq(k, "is") || lower.eq(k, "are") || lower.eq(k, "been") || lower.eq(k, "being") || lower.eq(k, "be") || lower.eq(k, "allegedly") || lower.eq(k, "reportedly")) {
            k += 1
            auxiliaries += 1
        }
        // "took £48,000 from the charity", "moved £2m into a trust": the money and where it
        // went or came from.
        if auxiliaries == 0, f.first - 1 >= s.lowerBound, lower.in(f.first - 1, Self.transferVerbs), k + 1 < s.upperBound,
            (lower.eq(k, "from") || lower.eq(k, "into") || lower.eq(k, "to") || lower.eq(k, "out"))
        {
            var m = k + 1
            if lower.eq(k, "out"), lower.eq(m, "of") { m += 1 }
            while m < s.upperBound - 1, lower.in(m, Self.shareDeterminers) { m += 1 }
            guard let np = nounPhrase(from: m, in: s) else { return nil }
            var subject = Subject(text: "money " + slice(k..<np.tokens.upperBound), head: "money", tokens: k..<np.tokens.upperBound)
            subject.key = "money"
            return subject
        }
        guard auxiliaries > 0, k < s.upperBound, isWord(k), lower.ends(k, "ed") || (lower.eq(k, "paid") || lower.eq(k, "spent") || lower.eq(k, "lost") || lower.eq(k, "stolen") || lower.eq(k, "taken") || lower.eq(k, "sent") || lower.eq(k, "put"))
        else { return nil }
        var subject = Subject(text: "money " + entry.surface(k), head: "money", tokens: k..<(k + 1))
        subject.key = "money"
        return subject
    }

    static let transferVerbs: TokenWordSet = [
        "took", "taken", "take", "stole", "stolen", "embezzled", "siphoned", "diverted", "transferred", "moved", "laundered",
        "withdrew", "funnelled", "funneled", "syphoned", "channelled",
    ]

    /// "The Liberals won 12 seats, the Greens 4", "Labour 14, Conservatives 2": a bare count
    /// after a name is a tally of the noun the last count counted.
    func tallySubject(_ f: Found, previous: Claim) -> Subject? {
        // The tallied noun is a lower-case plural counted right before ("12 seats").
        guard previous.quantity.unit == "count", previous.attribute == "count",
            previous.rule == .claimCountedNoun || previous.rule == .claimElidedNoun,
            let last = previous.subject.split(separator: " ").last, last.hasSuffix("s"), last.first?.isLowercase ?? false,
            f.quantity.text.allSatisfy({ $0.isNumber || $0 == "," }), f.first - 1 >= f.sentence.lowerBound, isCap(f.first - 1),
            f.end >= f.sentence.upperBound || !isWord(f.end) || lower.eq(f.end, "and"),
            f.quantity.range.utf8Start - previous.range.utf8End < 400
        else { return nil }
        var start = f.first - 1
        while start - 1 >= f.sentence.lowerBound, isCap(start - 1) { start -= 1 }
        let head = previous.subject.split(separator: " ").last.map { String($0) } ?? previous.subject
        var subject = Subject(text: slice(start..<f.first) + " " + head, head: head.lowercased(), tokens: start..<f.first)
        subject.key = previous.subjectKey
        return subject
    }

    /// "71 of 80 seats", "140 of its 1,400 stores": the noun after the second figure.
    func partOfWhole(_ f: Found) -> Subject? {
        let s = f.sentence
        guard f.end + 2 < s.upperBound, lower.eq(f.end, "of") else { return nil }
        var k = f.end + 1
        while k < s.upperBound - 1, lower.in(k, Self.shareDeterminers) { k += 1 }
        guard entry.tokens[k].kind == .number else { return nil }
        while k < s.upperBound, entry.tokens[k].kind == .number || (lower.eq(k, "million") || lower.eq(k, "billion") || lower.eq(k, "thousand")) { k += 1 }
        guard let np = nounPhrase(from: k, in: s), !Self.notCounted.contains(np.head) else { return nil }
        return np
    }

    /// "a third day of talks", "the second day": an ordinal before a unit is no fraction;
    /// "a third of voters", a bare fraction before "of", is one.
    func isOrdinalDay(_ f: Found) -> Bool {
        guard f.quantity.value < 1, f.end - f.first >= 2 else { return false }
        if f.quantity.unit == "count", f.end < lower.count, lower.eq(f.end, "of") { return false }
        let w = lower[f.first + 1]
        return (lower.eq(f.first, "a") || lower.eq(f.first, "the") || lower.eq(f.first, "this") || lower.eq(f.first, "its")) && Self.ordinalWords.contains(w)
            && !lower.ends(f.end - 1, "s")
    }

    static let ordinalWords: TokenWordSet = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// "9,912.6 points": a level of an index, in points.
    func isIndexPoints(_ f: Found) -> Bool {
        // Digits, and a level or move of an index's size: not "three points" for a win.
        f.end < f.sentence.upperBound && (lower.eq(f.end, "points") || lower.eq(f.end, "pts")) && entry.tokens[f.first].kind == .number
            && (f.quantity.value >= 100 || f.quantity.value != f.quantity.value.rounded())
    }

    /// A number right after a name that the next word continues: "the FTSE 100 closed", "the
    /// S&P 500 index", "Glock 19 pistols"; not "Leeds 40 people".
    func isPartOfName(_ f: Found) -> Bool {
        let before = f.first - 1
        guard before >= f.sentence.lowerBound, f.end - f.first == 1, entry.tokens[f.first].kind == .number,
            f.quantity.text.allSatisfy({ $0.isNumber }),
            entry.tokens[before].flags.contains(.allCaps) || isCap(before) && !entry.tokens[before].flags.contains(.sentenceStart),
            f.end < f.sentence.upperBound, isWord(f.end), !isFunction(f.end), !lower.in(f.end, words.peopleNouns)
        else { return false }
        // "England 2 Scotland 1": a score; "Glock 19 pistols", "Boeing 737 jets": a model's
        // name before the noun.
        return !isCap(f.end)
    }

    /// The claim of a tally after a name, from `tallySubject`.
    func tallyClaim(_ f: Found, _ previous: Claim, into claim: inout Claim) -> Bool {
        guard f.quantity.unit == "count", let subject = tallySubject(f, previous: previous) else { return false }
        fill(&claim, for: f, quantity: f.quantity, subject: subject, attribute: "count", rule: .claimElidedNoun)
        return true
    }

    /// "fined up to £17.5m or 4% of turnover": a share of a base given as the other cap of
    /// the sum just stated is about what that sum is about.
    /// (In place: a claim is a large value, and most figures keep theirs unchanged.)
    func shareOfSameSum(_ claim: inout Claim, _ f: Found, previous: Claim) {
        guard let base = shareBase(f), f.first - 1 >= f.sentence.lowerBound, (lower.eq(f.first - 1, "or") || lower.eq(f.first - 1, "and")),
            self.dimension(of: previous.quantity.unit) == "money", !previous.subject.isEmpty,
            let first = tokenSpan(previous.range)?.0, f.sentence.contains(first)
        else { return }
        claim.subject = previous.subject + " (share of \(base))"
        claim.subjectKey = previous.subjectKey
        claim.subjectID = previous.subjectID
        claim.rule = .claimShareOf
    }

    /// Whether a sum with no subject of its own continues the last sum that had one: in its
    /// sentence, or after "another", "a further".
    func continuesSum(_ f: Found, previous: Claim, subject: String) -> Bool {
        if subject.isEmpty { return true }
        if let first = tokenSpan(previous.range)?.0, f.sentence.contains(first) { return true }
        // "the £100m paid this year": a sum named before.
        if f.first - 1 >= f.sentence.lowerBound, (lower.eq(f.first - 1, "the") || lower.eq(f.first - 1, "this")) { return true }
        return endsIncrementPhrase(at: f.first - 1, in: f.sentence)
    }

    /// "2.1m registered voters": a figure in "m" glued to the number before a plural noun
    /// or a noun for people is millions, not metres.
    static let seaHeightNouns: TokenWordSet = ["waves", "swells", "surges", "seas", "breakers", "rollers"]

    /// Whether figure `f` is such a figure (`readAsMillions` then reads its quantity).
    func isMillionsNotMetres(_ f: Found) -> Bool {
        guard f.quantity.unit == "m", f.quantity.text.hasSuffix("m"), let last = f.quantity.text.dropLast().last, last.isNumber,
            f.end < f.sentence.upperBound, isWord(f.end), !isFunction(f.end), !isCap(f.end)
        else { return false }
        let w = lower[f.end]
        let plural = w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us")
        let modifier = f.end + 1 < f.sentence.upperBound && isWord(f.end + 1) && (w.hasSuffix("ed") || w.hasSuffix("ing")) && lower.ends(f.end + 1, "s")
        guard plural || words.peopleNouns.contains(w) || modifier, words.cues[w] == nil, !w.isOne(of: "years", "tonnes", "metres", "miles"),
            // "6m waves", "4m swells": heights of the sea, in metres.
            !Self.seaHeightNouns.contains(w)
        else { return false }
        return true
    }

    /// Reads quantity `q`, a figure in "m", as millions of a count (in place: a quantity
    /// returned was copied, every string of it retained).
    static func readAsMillions(_ q: inout Quantity) {
        q.value *= 1_000_000
        q.upper = q.upper.map { $0 * 1_000_000 }
        q.unit = "count"
        q.si = SIValue(value: q.value, upper: q.upper, unit: "count")
    }

    /// "closed 1.4% higher at 9,912.6 points": the index's level, in points; the index is
    /// the clause's subject.
    func indexLevel(_ f: Found, into claim: inout Claim) {
        var q = f.quantity
        q.unit = "points"
        q.si = nil
        let subject = firstNounPhrase(in: f.sentence, before: f.first).map { resolved($0) }
        let attribute = attributeCue(f, dimension: "count") == "change" ? "change" : "level"
        fill(&claim, for: f, quantity: q, subject: subject, attribute: attribute, rule: .claimNearestNoun)
    }

    /// "were diagnosed with dementia", "were evacuated from the town": a participle after
    /// the auxiliaries of a bare count, with the "with" phrase it takes.
    func participleSubject(_ k: Int, in s: Range<Int>) -> Subject? {
        guard k < s.upperBound, isWord(k), !isCap(k), lower.ends(k, "ed") && lower[k].count > 4 || lower.in(k, Self.irregularParticiples)
        else { return nil }
        var end = k + 1
        // "72 were taken to hospital": where they were taken names the count.
        if end + 1 < s.upperBound, lower.eq(end, "to"), (lower.eq(end + 1, "hospital") || lower.eq(end + 1, "hospitals") || lower.eq(end + 1, "safety") || lower.eq(end + 1, "shelters") || lower.eq(end + 1, "court") || lower.eq(end + 1, "prison")) {
            var subject = Subject(text: slice(k..<(end + 2)), head: lower[end + 1], tokens: k..<(end + 2))
            subject.key = Self.singular(lower[end + 1])
            return subject
        }
        if end + 1 < s.upperBound, lower.eq(end, "with") {
            var m = end + 1
            while m < s.upperBound - 1, lower.in(m, Self.shareDeterminers) { m += 1 }
            if let np = nounPhrase(from: m, in: s) { end = np.tokens.upperBound }
        }
        var subject = Subject(text: slice(k..<end), head: lower[k], tokens: k..<end)
        subject.key = lower[k]
        return subject
    }

    /// Participles not in -ed that name what a count did or had done to it.
    static let irregularParticiples: TokenWordSet = ["taken", "brought", "sent", "held", "found", "rushed", "flown", "driven", "hurt"]

    /// "Firms can be fined up to £8m", "the firm was valued at £2bn": a sum after a verb
    /// that names it is that fine or value, of the clause's subject ("fine of firms").
    func namedByVerb(_ f: Found, subject: Subject) -> Subject? {
        var k = f.first - 1
        var steps = 0
        while k >= f.sentence.lowerBound, steps < 4, isWord(k) {
            if lower.ends(k, "ed"), let cue = lower.value(k, in: words.cues)?.first(where: { !$0.after && $0.dimension == "money" }),
                cue.attribute != "cost", !subject.text.lowercased().contains(cue.attribute)
            {
                var named = subject
                named.text = cue.attribute + " of " + subject.text
                return named
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    static let sentencingVerbs: TokenWordSet = [
        "jailed", "sentenced", "imprisoned", "banned", "disqualified", "suspended", "detained", "barred", "locked", "remanded",
    ]

    /// "jailed him for six years", "was banned from driving for 18 months": the sentence
    /// the verb names, not the judge who passed it.
    func sentenceSubject(_ f: Found) -> Subject? {
        let s = f.sentence
        var end = f.first
        while end - 1 > s.lowerBound, (lower.eq(end - 1, "for") || lower.eq(end - 1, "to") || lower.eq(end - 1, "a") || lower.eq(end - 1, "an") || lower.eq(end - 1, "further") || lower.eq(end - 1, "another")) { end -= 1 }
        guard end < f.first else { return nil }
        var k = end - 1
        while k >= s.lowerBound, k >= end - 4, isWord(k) {
            if lower.in(k, Self.sentencingVerbs) {
                var subject = Subject(text: slice(k..<end), head: lower[k], tokens: k..<end)
                subject.key = lower[k]
                return subject
            }
            k -= 1
        }
        return nil
    }

    static let stateWords: TokenWordSet = ["missing", "adrift", "awake", "alone", "underground", "asleep", "stuck", "shut"]

    /// "spent nearly 11 hours trapped", "left federal agencies shuttered for eight days",
    /// "kept schools closed for a week": the state a duration measures, with what is in it.
    func stateSubject(_ f: Found) -> Subject? {
        let s = f.sentence
        func isState(_ k: Int) -> Bool {
            k >= s.lowerBound && k < s.upperBound && isWord(k) && !isCap(k) && (lower.ends(k, "ed") && lower[k].count > 4 || lower.in(k, Self.stateWords))
        }
        // After the figure: "spent 11 hours trapped", "after 40 days adrift".
        var b = f.first - 1
        while b > s.lowerBound, (lower.eq(b, "nearly") || lower.eq(b, "almost") || lower.eq(b, "about") || lower.eq(b, "around") || lower.eq(b, "some") || lower.eq(b, "more") || lower.eq(b, "than") || lower.eq(b, "over") || lower.eq(b, "under")) { b -= 1 }
        if isState(f.end), b >= s.lowerBound, (lower.eq(b, "spent") || lower.eq(b, "spend") || lower.eq(b, "spends") || lower.eq(b, "spending") || lower.eq(b, "after") || lower.eq(b, "for")) {
            var subject = Subject(text: slice(f.end..<(f.end + 1)), head: lower[f.end], tokens: f.end..<(f.end + 1))
            subject.key = lower[f.end]
            return subject
        }
        // Before "for": "left federal agencies shuttered for eight days".
        guard f.first - 2 > s.lowerBound, lower.eq(f.first - 1, "for"), isState(f.first - 2) else { return nil }
        let participle = f.first - 2
        guard !lower.in(participle - 1, Self.auxiliaries), !(lower.eq(participle - 1, "be") || lower.eq(participle - 1, "being") || lower.eq(participle - 1, "get") || lower.eq(participle - 1, "got")),
            let np = nounPhrase(endingBefore: participle, in: s), np.tokens.upperBound == participle,
            np.tokens.lowerBound - 1 >= s.lowerBound, (lower.eq(np.tokens.lowerBound - 1, "left") || lower.eq(np.tokens.lowerBound - 1, "leave") || lower.eq(np.tokens.lowerBound - 1, "leaves") || lower.eq(np.tokens.lowerBound - 1, "leaving") || lower.eq(np.tokens.lowerBound - 1, "kept") || lower.eq(np.tokens.lowerBound - 1, "keep") || lower.eq(np.tokens.lowerBound - 1, "keeps") || lower.eq(np.tokens.lowerBound - 1, "keeping") || lower.eq(np.tokens.lowerBound - 1, "held") || lower.eq(np.tokens.lowerBound - 1, "had"))
        else { return nil }
        var subject = Subject(text: slice(np.tokens.lowerBound..<(participle + 1)), head: np.head, tokens: np.tokens.lowerBound..<(participle + 1))
        subject.key = rawSubjectKey(np)
        return subject
    }

    /// "of gross domestic product in 2019": a noun phrase after "of" that `nounPhrase` cut
    /// before its head (it reads a lower-case word before a preposition as a verb).
    func completed(_ np: Subject, in s: Range<Int>) -> Subject {
        let e = np.tokens.upperBound
        guard e < s.upperBound, isWord(e), !isCap(e), !isFunction(e), !lower.in(e, Self.verbStops), !verbFollows(e, before: s.upperBound),
            !lower.ends(e, "s"), e + 1 >= s.upperBound || !isWord(e + 1) || isFunction(e + 1)
        else { return np }
        return Subject(text: slice(np.tokens.lowerBound..<(e + 1)), head: lower[e], tokens: np.tokens.lowerBound..<(e + 1))
    }

    /// "16 count centres across the country": after a count the head is plural, so a plural
    /// word `nounPhrase` read as a verb ("the stoppage begins on ...") is the head here.
    func pluralHead(_ np: Subject, in s: Range<Int>) -> Subject {
        let e = np.tokens.upperBound
        guard e < s.upperBound, isWord(e), !isCap(e), !np.head.hasSuffix("s"), !words.peopleNouns.contains(np.head),
            Self.singular(lower[e]) != lower[e], !lower.in(e, Self.verbsOfPlace),
            e + 1 < s.upperBound, (lower.eq(e + 1, "the") || lower.eq(e + 1, "a") || lower.eq(e + 1, "an") || lower.eq(e + 1, "its") || lower.eq(e + 1, "their") || lower.eq(e + 1, "his") || lower.eq(e + 1, "her") || lower.eq(e + 1, "this") || lower.eq(e + 1, "these") || lower.eq(e + 1, "on") || lower.eq(e + 1, "in") || lower.eq(e + 1, "at") || lower.eq(e + 1, "into") || lower.eq(e + 1, "across"))
        else { return np }
        return Subject(text: slice(np.tokens.lowerBound..<(e + 1)), head: lower[e], tokens: np.tokens.lowerBound..<(e + 1))
    }

    /// Verbs in -s a count's noun may take: "12 officers remains" never, but "2 million
    /// litres flows"... kept small: words that are verbs far more often than nouns.
    static let verbsOfPlace: TokenWordSet = ["is", "was", "has", "does", "goes", "comes", "begins", "remains", "lies", "says", "takes", "gets"]

    /// A bare count after a verb of measure: "the waiting list stands at 7.4 million",
    /// "rose by 12,000 to 7.6 million": the verb's subject, and whether the count is a change.
    func levelOwner(_ f: Found) -> (Subject, Bool)? {
        let s = f.sentence
        var v = f.first - 1
        var steps = 0
        var change = false
        while v > s.lowerBound, steps < 6, (lower.eq(v, "at") || lower.eq(v, "to") || lower.eq(v, "by")) || entry.tokens[v].kind == .number
            || (lower.eq(v, "million") || lower.eq(v, "billion") || lower.eq(v, "thousand"))
        {
            if lower.eq(v, "by"), v == f.first - 1 { change = true }
            v -= 1
            steps += 1
        }
        guard v > s.lowerBound, isWord(v), lower.value(v, in: words.measureVerbs) != nil || lower.in(v, Self.changeVerbs) else { return nil }
        if lower.in(v, Self.changeVerbs), v == f.first - 1 { change = true }
        var j = v
        while j > s.lowerBound, lower.in(j - 1, Self.auxiliaries) { j -= 1 }
        guard let np = nounPhrase(endingBefore: j, in: s).map({ resolved($0) }) ?? firstNounPhrase(in: s, before: j) else { return nil }
        return (np, change)
    }

    /// "There are 14,820 in the arena", "There were 300 at the vigil": a count with no noun
    /// after "there" and a form of "be" is of those present in the place named after it.
    func countInPlace(_ f: Found) -> Subject? {
        let s = f.sentence
        var b = f.first - 1
        while b > s.lowerBound, (lower.eq(b, "now") || lower.eq(b, "still") || lower.eq(b, "already") || lower.eq(b, "reportedly") || lower.eq(b, "thought") || lower.eq(b, "believed") || lower.eq(b, "estimated") || lower.eq(b, "an") || lower.eq(b, "about") || lower.eq(b, "around") || lower.eq(b, "some")) {
            b -= 1
        }
        guard b > s.lowerBound, (lower.eq(b, "are") || lower.eq(b, "were") || lower.eq(b, "is") || lower.eq(b, "was") || lower.eq(b, "be") || lower.eq(b, "been")) else { return nil }
        var t = b - 1
        while t > s.lowerBound, (lower.eq(t, "will") || lower.eq(t, "could") || lower.eq(t, "may") || lower.eq(t, "might") || lower.eq(t, "have") || lower.eq(t, "had") || lower.eq(t, "has") || lower.eq(t, "must")) { t -= 1 }
        guard lower.eq(t, "there"), f.end + 1 < s.upperBound, (lower.eq(f.end, "in") || lower.eq(f.end, "at") || lower.eq(f.end, "inside") || lower.eq(f.end, "outside")) else { return nil }
        var m = f.end + 1
        while m < s.upperBound - 1, lower.in(m, Self.shareDeterminers) { m += 1 }
        // "in the arena tonight": the place, without the time after it.
        guard let np = nounPhrase(from: m, in: s),
            let end = np.tokens.first(where: { lower.in($0, Self.dayWords) || lower.in($0, Self.months) }) ?? Optional(np.tokens.upperBound),
            end > np.tokens.lowerBound
        else { return nil }
        return Subject(text: slice(np.tokens.lowerBound..<end), head: lower[end - 1], tokens: np.tokens.lowerBound..<end)
    }
}
