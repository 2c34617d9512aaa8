import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

extension EntryClaimReader {
    static let spendVerbs: TokenWordSet = [
        "spent", "spend", "spending", "paid", "pay", "paying", "invested", "allocated", "earmarked", "committed", "cost",
    ]
    static let talkVerbs: WordMap<String> = ["spoke": "call", "talked": "call", "met": "meeting"]

    /// Verbs of shaking whose duration is the shaking's ("the ground shook for 38 seconds"),
    /// or the quake's own when a quake is their subject ("the aftershock shook the town for
    /// ten seconds").
    static let shakeVerbs: TokenWordSet = ["shook", "shaken", "trembled", "swayed"]
    static let quakeNouns: TokenWordSet = ["quake", "earthquake", "aftershock", "foreshock", "tremor", "shock"]

    /// The attribute a cue word near the figure names ("range of", "long", "aged").
    static let changeVerbs: TokenWordSet = [
        "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "grew", "grown", "grow", "grows", "shrank",
        "shrunk", "shrinks", "increased", "decreased", "dropped", "climbed", "jumped", "slipped", "declined", "contracted",
        "expanded", "up", "down", "cut", "cuts", "slashed", "raised", "lowered", "reduced", "boosted", "trimmed",
    ]

    func attributeCue(_ f: Found, dimension: String) -> String? {
        // "shrank by 0.3%", "rose 5%": a change, not a level.
        if dimension == "percent" || dimension == "money" || dimension == "count" {
            var k = f.first - 1
            if k >= f.sentence.lowerBound, lower.eq(k, "by") { k -= 1 }
            while k > f.sentence.lowerBound, lower.ends(k, "ly") { k -= 1 }
            if k >= f.sentence.lowerBound, lower.in(k, Self.changeVerbs) { return "change" }
            // "closed 1.4% higher": a change.
            if dimension == "percent", f.end < f.sentence.upperBound, (lower.eq(f.end, "higher") || lower.eq(f.end, "lower")) { return "change" }
        }
        var k = f.first - 1
        var steps = 0
        while k >= f.sentence.lowerBound, steps < 4 {
            if let cues = lower.value(k, in: words.cues), let cue = cues.first(where: { !$0.after && ($0.dimension == dimension || $0.dimension == "*") }) {
                return cue.attribute
            }
            if !isWord(k) { break }
            k -= 1
            steps += 1
        }
        for k in f.end..<min(f.end + 2, f.sentence.upperBound) {
            if let cues = lower.value(k, in: words.cues), let cue = cues.first(where: { $0.after && ($0.dimension == dimension || $0.dimension == "*") }) {
                return cue.attribute
            }
        }
        // The figure's own words: "an 11-year-old", "29 years old".
        if dimension == "duration", Self.endsInOld(f.quantity.text) { return "age" }
        return nil
    }

    /// Whether `text`, lower-cased, ends with "old" ("29 years old"): by its bytes when its
    /// last three are ASCII and the byte before them is too (or there is none); else as
    /// strings. (Only the letters o, l, d themselves lower to them, so a text whose last
    /// three bytes are not ASCII does not end so once lowered.)
    static func endsInOld(_ text: String) -> Bool {
        let decided = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool? in
            let n = utf8.count
            guard n >= 3 else { return false }
            let o = utf8[n - 3]
            let l = utf8[n - 2]
            let d = utf8[n - 1]
            guard o < 0x80, l < 0x80, d < 0x80 else { return false }
            guard o | 0x20 == UInt8(ascii: "o"), l | 0x20 == UInt8(ascii: "l"), d | 0x20 == UInt8(ascii: "d") else { return false }
            // A scalar beyond ASCII right before may join the "o" (a prepended mark).
            return n == 3 || utf8[n - 4] < 0x80 ? true : nil
        }
        if let decided, let answer = decided { return answer }
        return text.lowercased().hasSuffix("old")
    }

    /// The subject of a measured figure, with the attribute and rule that found it.
    func subjectOfMeasure(_ f: Found, dimension: String) -> (Subject?, String?, RuleID)? {
        let s = f.sentence
        let q = f.quantity
        // (Compared once: the rules below ask it in turn.)
        let isMoney = dimension == "money"
        if dimension == "percent", let share = shareSubject(f) { return share }
        if isMoney, let money = moneyMoved(f) { return (money, nil, .claimMoneyMoved) }
        if isMoney, let lender = lenderOf(f) { return (lender, "loan", .claimLentBy) }
        if isMoney, let item = gappedListItem(f) { return (item, nil, .claimSpentOn) }
        if isMoney, let option = optionSubject(f) { return (option, nil, .claimMoneyOption) }
        if isMoney, let (object, attribute) = indirectObjectSum(f) { return (object, attribute, .claimObjectOf) }
        if isMoney, let total = addOnsSubject(f) { return (total, nil, .claimMoneyAddOns) }
        if isMoney, let record = recordSum(f) { return (record, nil, .claimRecordSum) }
        if isMoney, let np = copulaSubject(f) { return (np, nil, .claimCopulaComplement) }
        // "The biggest single item is debt service, at ₦14.3tn": the noun the sum is set beside.
        if isMoney, f.first - 3 >= s.lowerBound, lower.eq(f.first - 1, "at"), lower.eq(f.first - 2, ","),
            let np = nounPhrase(endingBefore: f.first - 2, in: s), np.tokens.upperBound == f.first - 2, !isCap(np.tokens.lowerBound),
            !Self.dayWords.contains(np.head), !Self.months.contains(np.head), !np.head.hasSuffix("ed"), !np.head.hasSuffix("ly")
        {
            return (np, nil, .claimVerbSubject)
        }
        if let (subject, attribute, rule) = adjunctSubject(f, dimension: dimension) { return (subject, attribute, rule) }
        if dimension == "length", let np = nounBeforeDimension(f) { return (np, nil, .claimMeasureAfterNoun) }
        if dimension == "length", let from = keptAwayFrom(f) { return (from, "distance", .claimDistanceFrom) }
        if dimension == "temperature", let weather = weatherTemperature(f) { return (weather, nil, .claimWeather) }
        if dimension == "duration", let sentence = sentenceSubject(f) { return (sentence, "sentence", .claimVerbSubject) }
        if dimension == "duration", let state = stateSubject(f) { return (state, nil, .claimVerbSubject) }
        // "a 2.5 hour phone call": a singular unit used as a modifier.
        // (The unit's word asked by its bytes: `ends` as `hasSuffix`, and its string made
        // only when a hyphen is among its bytes.)
        let unitWord = f.end - 1
        if f.end < s.upperBound, isWord(f.end), !isFunction(f.end), !lower.in(f.end, Self.verbStops),
            !lower.ends(unitWord, "s") || entry.tokens[f.end - 1].kind != .word, q.bound != .range || true,
            !(lower.value(f.end, in: words.cues)?.contains { $0.after } ?? false),
            let np = nounPhrase(from: f.end, in: s)
        {
            if np.tokens.count == 1, Self.spendVerbs.contains(np.head) || words.measureVerbs[np.head] != nil || np.head.hasSuffix("ed") {
                // "£140m spent on the scheme": a verb, not a noun the figure modifies.
            } else if let cue = words.cues[np.head]?.first(where: { !$0.after && $0.dimension == dimension }) {
                // "a 2,500km range": the attribute; its owner comes from the clause.
                let owner = resolved(firstNounPhrase(in: s, before: f.first))
                return (owner, cue.attribute, .claimCompoundModifier)
            }
            else if f.first > s.lowerBound, (lower.eq(f.first - 1, "a") || lower.eq(f.first - 1, "an") || lower.eq(f.first - 1, "the") || lower.eq(f.first - 1, "its") || lower.eq(f.first - 1, "their") || lower.eq(f.first - 1, "his") || lower.eq(f.first - 1, "her")) || (lower.holdsByte(unitWord, UInt8(ascii: "-")) && lower[unitWord].contains("-")) || q.text.contains("-")
                // "a stalled $4bn package": one adjective between.
                || (f.first - 2 >= s.lowerBound && (lower.eq(f.first - 2, "a") || lower.eq(f.first - 2, "an") || lower.eq(f.first - 2, "the")) && isWord(f.first - 1) && !isFunction(f.first - 1)),
                // "fined the firm £1.9m two years earlier": a time after the sum is no noun it modifies.
                !lower.in(np.tokens.lowerBound, Self.smallNumberWords), !Self.timeNounsAfterSum.contains(Self.singular(np.head))
            {
                // `Name, "the 23-kilogram male"`: the name's measure.
                if let name = appositiveName(f) { return (name, nil, .claimAppositiveName) }
                return (extendedByOf(np, in: s), nil, .claimCompoundModifier)
            }
        }
        // "a 231km/h (143mph) first serve": the same modifier, past its conversion.
        let pastBracket = afterConversion(f)
        if pastBracket > f.end, pastBracket < s.upperBound, f.first > s.lowerBound, (lower.eq(f.first - 1, "a") || lower.eq(f.first - 1, "an") || lower.eq(f.first - 1, "the")),
            isWord(pastBracket), !isFunction(pastBracket), !lower.in(pastBracket, Self.verbStops),
            !lower.ends(pastBracket, "ed"), let np = nounPhrase(from: pastBracket, in: s),
            words.cues[np.head]?.first(where: { !$0.after && $0.dimension == dimension }) == nil
        {
            return (extendedByOf(np, in: s), nil, .claimCompoundModifier)
        }
        // "moved the kick-off forward by 30 minutes", "cut costs by $5m": the thing the
        // verb changed.
        if let object = objectChangedBy(f) { return (object, dimension == "percent" ? "change" : nil, .claimVerbSubject) }
        // "cut Bank Rate to 3.75%", "expect inflation to fall to 2%": the level's object.
        if let object = objectOfLevel(f) { return (object, nil, .claimObjectOf) }
        // "sending its shares up 5%": the noun the change verb follows.
        // "the cordon has been reduced from 1.5 km": the level it was changed from is the
        // subject's too.
        // "reduced from 1.5 km to 800 metres": the level it was changed to, past the first.
        let from = f.first - 1 > s.lowerBound && lower.eq(f.first - 1, "to") ? levelChangedFrom(before: f.first - 1, in: s) : nil
        if let from, let np = nounPhraseBeforeVerb(from - 1, in: s) {
            return (resolved(skippingPrepositionalPhrase(np, in: s)), nil, .claimVerbSubject)
        }
        if f.first - 1 > s.lowerBound, lower.in(f.first - 1, Self.changeVerbs) || lower.eq(f.first - 1, "by") || lower.eq(f.first - 1, "from"),
            let verb = Optional(lower.eq(f.first - 1, "by") || lower.eq(f.first - 1, "from") ? f.first - 2 : f.first - 1), lower.in(verb, Self.changeVerbs),
            // "rail fares would be cut by 5%": past the auxiliaries.
            let j = Optional((s.lowerBound..<verb).reversed().first { !(lower.in($0, Self.auxiliaries) || (lower.eq($0, "be") || lower.eq($0, "being") || lower.eq($0, "would") || lower.eq($0, "could") || lower.eq($0, "should") || lower.eq($0, "might") || lower.eq($0, "may"))) }.map { $0 + 1 } ?? verb),
            let np = nounPhrase(endingBefore: j, in: s), np.tokens.upperBound == j
        {
            // "the cordon around the zoo has been reduced": the noun the place phrase follows.
            let owner: Subject = lower.eq(f.first - 1, "from") ? skippingPrepositionalPhrase(np, in: s) : np
            return (resolved(owner), nil, .claimVerbSubject)
        }
        // "three and a half years of war"; "up to 10in (250mm) of rain": past the conversion.
        let after = afterConversion(f)
        if after + 1 < s.upperBound, lower.eq(after, "of"), dimension.isOne(of: "duration", "length", "mass", "volume", "area", "data")
            // "about £1.1bn of savings": money of a kind (not "£60m of the £100m").
            || (dimension == "money" && isWord(after + 1) && !isCap(after + 1) && !(lower.eq(after + 1, "the") || lower.eq(after + 1, "a") || lower.eq(after + 1, "an") || lower.eq(after + 1, "its") || lower.eq(after + 1, "their") || lower.eq(after + 1, "which") || lower.eq(after + 1, "what") || lower.eq(after + 1, "it")))
        {
            var k = after + 1
            if (lower.eq(k, "the") || lower.eq(k, "a") || lower.eq(k, "an")) { k += 1 }
            if let np = nounPhrase(from: k, in: s) { return (np, nil, .claimMeasureOf) }
        }
        // "objects as small as 2.5m", "temperatures as high as 45C": the noun before "as";
        // "as many as", "as much as" are bounds the parser read.
        if f.first - 3 >= s.lowerBound, lower.eq(f.first - 1, "as"), lower.eq(f.first - 3, "as"), isWord(f.first - 2),
            !(lower.eq(f.first - 2, "many") || lower.eq(f.first - 2, "much") || lower.eq(f.first - 2, "few") || lower.eq(f.first - 2, "little") || lower.eq(f.first - 2, "long") || lower.eq(f.first - 2, "well") || lower.eq(f.first - 2, "soon") || lower.eq(f.first - 2, "early") || lower.eq(f.first - 2, "late")),
            let np = nounPhrase(endingBefore: f.first - 3, in: s), np.tokens.upperBound == f.first - 3
        {
            return (resolved(np), nil, .claimAsAdjectiveAs)
        }
        // "Tomahawk missiles, which have a range of 2,500km"; "the Tomahawk's range of ..."
        if f.first - 2 >= s.lowerBound, lower.eq(f.first - 1, "of") || lower.eq(f.first - 1, "is") || lower.eq(f.first - 1, "was"),
            let cue = lower.value(f.first - 2, in: words.cues)?.first(where: { !$0.after && $0.dimension == dimension })
        {
            var k = f.first - 3
            var steps = 0
            while k >= s.lowerBound, steps < 5 {
                if entry.tokens[k].kind == .possessive {
                    if let np = nounPhrase(endingBefore: k + 1, in: s) { return (resolved(np), cue.attribute, .claimAttributeOf) }
                    break
                }
                if lower.in(k, Self.haveVerbs) {
                    var j = k
                    while j > s.lowerBound, (lower.eq(j - 1, "which") || lower.eq(j - 1, "that") || lower.eq(j - 1, ",")) || lower.in(j - 1, Self.auxiliaries) { j -= 1 }
                    if let np = nounPhrase(endingBefore: j, in: s) {
                        let owner = resolved(skippingPrepositionalPhrase(np, in: s, verb: lower[k]))
                        return (owner, cue.attribute, .claimAttributeOf)
                    }
                    break
                }
                if !isWord(k) { break }
                k -= 1
                steps += 1
            }
            // No owner: the attribute noun is the subject ("a premium of 38%", "profit of £76m",
            // "Turnout was 61%").
            // "an average speed of just over 19km/h", "a top speed of": a statistic's adjective
            // between (not a noun: "a turnout rate of 58%" is the turnout's).
            let adjectiveBetween = f.first - 4 >= s.lowerBound && (lower.eq(f.first - 4, "a") || lower.eq(f.first - 4, "an") || lower.eq(f.first - 4, "its") || lower.eq(f.first - 4, "their") || lower.eq(f.first - 4, "the"))
                && (lower.eq(f.first - 3, "average") || lower.eq(f.first - 3, "top") || lower.eq(f.first - 3, "maximum") || lower.eq(f.first - 3, "minimum") || lower.eq(f.first - 3, "peak") || lower.eq(f.first - 3, "mean") || lower.eq(f.first - 3, "median") || lower.eq(f.first - 3, "typical"))
            // "assumes an oil price of $64.85": the attribute noun and the noun before it.
            if f.first - 4 >= s.lowerBound, (lower.eq(f.first - 4, "a") || lower.eq(f.first - 4, "an")), isWord(f.first - 3), !isFunction(f.first - 3), !isCap(f.first - 3),
                !lower.ends(f.first - 3, "ed"), !lower.ends(f.first - 3, "ly"), !adjectiveBetween,
                // "a turnout rate of 58%": a statistic's own noun keeps it.
                lower.value(f.first - 3, in: words.cues) == nil,
                !(lower.eq(f.first - 3, "annual") || lower.eq(f.first - 3, "pre-tax") || lower.eq(f.first - 3, "total") || lower.eq(f.first - 3, "average") || lower.eq(f.first - 3, "top") || lower.eq(f.first - 3, "maximum") || lower.eq(f.first - 3, "minimum") || lower.eq(f.first - 3, "peak") || lower.eq(f.first - 3, "mean") || lower.eq(f.first - 3, "median") || lower.eq(f.first - 3, "typical"))
            {
                let k = f.first - 3
                return (Subject(text: slice(k..<(k + 2)), head: lower[k + 1], tokens: k..<(k + 2)), cue.attribute, .claimAttributeOf)
            }
            if f.first - 2 == s.lowerBound || f.first - 3 >= s.lowerBound, f.first - 2 == s.lowerBound || (lower.eq(f.first - 3, "a") || lower.eq(f.first - 3, "an") || lower.eq(f.first - 3, "its") || lower.eq(f.first - 3, "their") || lower.eq(f.first - 3, "annual") || lower.eq(f.first - 3, "pre-tax") || lower.eq(f.first - 3, "total") || lower.eq(f.first - 3, "on") || lower.eq(f.first - 3, "in") || lower.eq(f.first - 3, "and")) || !isWord(f.first - 3)
                || (lower.eq(f.first - 3, "the") && dimension == "money" && lower.in(f.first - 2, Self.sumNouns))
                || lower.in(f.first - 3, Self.measureVerbsTakingCue) || adjectiveBetween
            {
                let k = f.first - 2
                // "a fine of £9.5m": the fine is the thing; the sum is what it costs.
                let attribute = dimension == "money" && lower.in(k, Self.sumNouns) ? "cost" : cue.attribute
                return (Subject(text: slice(k..<(k + 1)), head: lower[k], tokens: k..<(k + 1)), attribute, .claimAttributeOf)
            }
            return (resolved(firstNounPhrase(in: s, before: f.first - 2)), cue.attribute, .claimAttributeOf)
        }
        // "the call lasted more than two hours", "spoke for more than two hours", "has cost £140m"
        var v = f.first - 1
        while v >= s.lowerBound, (lower.eq(v, "for") || lower.eq(v, "at") || lower.eq(v, "around") || lower.eq(v, "about") || lower.eq(v, "some") || lower.eq(v, "up") || lower.eq(v, "to") || lower.eq(v, "nearly") || lower.eq(v, "almost")) { v -= 1 }
        // "the striker cost Juventus €75m", "cost the club £5m": past the one it cost.
        if dimension == "money", v - 1 > s.lowerBound, isWord(v), lower.value(v, in: words.measureVerbs) == nil {
            var c = v - 1
            if (lower.eq(c, "the") || lower.eq(c, "its") || lower.eq(c, "their") || lower.eq(c, "his") || lower.eq(c, "her")) { c -= 1 }
            if c >= s.lowerBound, c < v, (lower.eq(c, "cost") || lower.eq(c, "costs")), isCap(v) || c < v - 1 { v = c }
        }
        if v >= s.lowerBound, let verbAttribute = lower.value(v, in: words.measureVerbs),
            verbAttribute == "duration" ? dimension == "duration"
                : verbAttribute == "cost" ? dimension == "money"
                : verbAttribute == "distance" ? dimension == "length" || dimension == "speed"
                : verbAttribute == "height" ? dimension == "length" : true,
            // "rose 5%" is a change the cue already read; "rose to 5%" a level of the subject.
            verbAttribute != "*" || lower.eq(f.first - 1, "to") || v < f.first - 1 || !lower.in(v, Self.changeVerbs)
        {
            var j = v
            // "is expected to last five days": past the infinitive and its governing words;
            // "adult males typically weigh": past an adverb.
            while j > s.lowerBound, lower.in(j - 1, Self.auxiliaries) || isQuote(j - 1)
                || (j == v && lower.eq(j - 1, "to")) || (j < v && lower.in(j - 1, Self.raisingWords))
                || isClauseAdverb(j - 1)
            {
                j -= 1
            }
            // "a silver casket that weighs about 9 kilograms", "the barque, which measures 86
            // metres": the noun the relative clause describes.
            var relativeAfterComma = false
            if j - 2 > s.lowerBound, (lower.eq(j - 1, "that") || lower.eq(j - 1, "which") || lower.eq(j - 1, "who")), isWord(j - 2) || lower.eq(j - 2, ","),
                !lower.in(j - 2, Self.reportVerbs), !lower.ends(j - 2, "ed")
            {
                relativeAfterComma = lower.eq(j - 2, ",")
                j -= relativeAfterComma ? 2 : 1
            }
            var subject: Subject?
            if j > s.lowerBound, lower.eq(j - 1, ","),
                let open = (s.lowerBound..<(j - 1)).reversed().first(where: { lower.eq($0, ",") }),
                open + 1 < j - 1, Self.opensInsertedClause(lower[open + 1]),
                let np = nounPhrase(endingBefore: open, in: s), np.tokens.upperBound == open
            {
                // "the missile, launched from near Pyongyang, flew about 950km": the noun
                // phrase before the inserted clause, not the sentence's first.
                subject = np
            } else if j == v, j - 1 > s.lowerBound, lower.eq(j - 1, ","), lower.ends(v, "ing"),
                let np = nounPhrase(endingBefore: j - 1, in: s), np.tokens.upperBound == j - 1
            {
                // "the train, travelling at about 110km/h, left the track": the noun the
                // inserted participle describes.
                subject = np
            } else if j > s.lowerBound, (lower.eq(j - 1, ",") || lower.eq(j - 1, "and")) {
                subject = firstNounPhrase(in: s, before: j)
            } else if relativeAfterComma {
                // "passengers from the second cabin, which is hanging about 230 feet above":
                // the clause describes the noun right before ", which", not the phrase it ends.
                subject = nounPhrase(endingBefore: j, in: s)
            } else {
                subject = nounPhrase(endingBefore: j, in: s).map { skippingPrepositionalPhrase($0, in: s) }
                // "The object that lit up the sky weighed": the noun the relative clause describes.
                if let sub = subject, let described = relativeClauseHead(before: sub.tokens.lowerBound, in: s) { subject = described }
            }
            if var sub = resolved(subject), var event = Self.talkVerbs[lower[v]] {
                // "Trump and Putin spoke for two hours": the call between them; "Trump spoke
                // with Putin for two hours" too; "the Prime Minister spoke for 20 minutes": a speech.
                let partner = v + 2 < f.first && (lower.eq(v + 1, "with") || lower.eq(v + 1, "to")) ? nounPhrase(from: v + 2, in: s) : nil
                if let partner {
                    sub.text = "\(event) between \(sub.text) and \(partner.text)"
                } else if sub.text.contains(" and ") {
                    sub.text = "\(event) between \(sub.text)"
                } else {
                    event = event == "call" ? "speech" : event
                    sub.text = "\(event) by \(sub.text)"
                }
                sub.key = event
                subject = sub
            }
            if var sub = resolved(subject), lower.in(v, Self.shakeVerbs), dimension == "duration" {
                let head = Self.singular(sub.head)
                sub.key = Self.quakeNouns.contains(head) ? head : "shaking"
                sub.text += " " + entry.surface(v)
                subject = sub
            }
            // A verb of motion takes a distance ("flew 950km") or a speed ("travelling at 7,000km/h").
            let attribute = verbAttribute.isOne(of: "duration", "cost", "*") || (verbAttribute == "distance" && dimension == "speed") ? nil : verbAttribute
            // "Sterling GBP= was last trading at $1.2925": a verb of any measure whose subject
            // it cannot read gives way to the rules below and the clause's subject.
            if subject != nil || verbAttribute != "*" || dimension != "money" {
                return (subject, attribute, .claimVerbSubject)
            }
        }
        // "2 miles from the town centre", "17 miles north of Liverpool", "200km (124 miles) west of"
        if dimension == "length" {
            var k = after
            // "towed to Kiel-Holtenau, about 30 km away", "the Ponte di Parona, 9 km
            // downstream": the place named before the comma is the one that far off.
            if k < s.upperBound, (lower.eq(k, "away") || lower.eq(k, "downstream") || lower.eq(k, "upstream") || lower.eq(k, "offshore") || lower.eq(k, "inland") || lower.eq(k, "downriver") || lower.eq(k, "upriver")),
                k + 1 >= s.upperBound || !(lower.eq(k + 1, "from") || lower.eq(k + 1, "of") || lower.eq(k + 1, "off")), let place = placeBeforeComma(f)
            {
                return (place, "distance", .claimDistanceFrom)
            }
            if lower.eq(min(k, lower.count - 1), "away") { k += 1 }
            if k < s.upperBound, (lower.eq(k, "north") || lower.eq(k, "south") || lower.eq(k, "east") || lower.eq(k, "west") || lower.eq(k, "north-east") || lower.eq(k, "north-west") || lower.eq(k, "south-east") || lower.eq(k, "south-west")) { k += 1 }
            if k + 1 < s.upperBound, (lower.eq(k, "from") || lower.eq(k, "of") || lower.eq(k, "off")), !lower.eq(k, "off") || k == after {
                var m = k + 1
                if (lower.eq(m, "the") || lower.eq(m, "a") || lower.eq(m, "an")) { m += 1 }
                // The subject is the thing located: "Camber, some 20km from Leeds" or "the
                // depot lies 2 miles from the town"; the place measured from is not, but
                // the subject says what the distance is from: "town (distance from Leeds)".
                if nounPhrase(from: m, in: s) != nil {
                    var b = f.first - 1
                    while b > s.lowerBound, (lower.eq(b, "about") || lower.eq(b, "some") || lower.eq(b, "around") || lower.eq(b, "nearly") || lower.eq(b, "almost") || lower.eq(b, "roughly") || lower.eq(b, "approximately") || lower.eq(b, "just") || lower.eq(b, "only")) { b -= 1 }
                    if b > s.lowerBound, lower.eq(b, ","), let np = nounPhrase(endingBefore: b, in: s) {
                        return (np, "distance", .claimDistanceFrom)
                    }
                    return (resolved(firstNounPhrase(in: s, before: f.first)), "distance", .claimDistanceFrom)
                }
            }
        }
        // "estimates the cost of the damage at about £10m"
        if !followsForATotal(f), let owner = countOwner(f) {
            let cue = owner.tokens.compactMap { k in lower.value(k, in: words.cues)?.first { !$0.after && $0.dimension == dimension } }.first
            var subject = owner
            if let cue, let of = owner.tokens.first(where: { lower.eq($0, "of") }), of + 1 < owner.tokens.upperBound {
                // "the cost of the damage": the damage is the subject, cost the attribute.
                var m = of + 1
                if (lower.eq(m, "the") || lower.eq(m, "a") || lower.eq(m, "an")), m + 1 < owner.tokens.upperBound { m += 1 }
                subject = Subject(text: slice(m..<owner.tokens.upperBound), head: lower[owner.tokens.upperBound - 1], tokens: m..<owner.tokens.upperBound)
                _ = cue
            }
            return (subject, cue?.attribute, .claimCountOf)
        }
        // "£22m on the Bibby Stockholm", "£140m spent on the scheme"
        if dimension == "money" {
            var k = f.end
            if k < s.upperBound, lower.in(k, Self.spendVerbs) { k += 1 }
            // "£12,500 in compensation", "$5m in damages": the noun after "in".
            if k == f.end, k + 1 < s.upperBound, lower.eq(k, "in"), isWord(k + 1), !isCap(k + 1), !isFunction(k + 1),
                !lower.in(k + 1, Self.dayWords), !lower.in(k + 1, Self.months), let np = nounPhrase(from: k + 1, in: s)
            {
                return (np, nil, .claimSpentOn)
            }
            // "gives ₦5.4tn to defence": the sum's recipient after a verb of giving.
            let gives = k == f.end && f.first - 1 >= s.lowerBound && lower.in(f.first - 1, Self.giveVerbs)
            // "pledged $500m towards a fund", "set aside €410m to cover a fine": what the sum is for.
            if k == f.end, k + 2 < s.upperBound, lower.eq(k, "to"), lower.in(k + 1, Self.purposeVerbs) {
                // At "for" ("to pay for repairs") or at the verb ("to cover a fine").
                k += lower.eq(k + 2, "for") ? 2 : 1
            }
            if k + 1 < s.upperBound, (lower.eq(k, "on") || lower.eq(k, "for") || lower.eq(k, "towards") || lower.eq(k, "toward")) || (gives && lower.eq(k, "to"))
                || (k > f.end && lower.in(k, Self.purposeVerbs))
            {
                var m = k + 1
                if (lower.eq(m, "the") || lower.eq(m, "a") || lower.eq(m, "an") || lower.eq(m, "its") || lower.eq(m, "this")) { m += 1 }
                // "fined €410m for breaching the rules": a gerund gives the reason, not what
                // the sum is for.
                // "valued at €2.1 million on its own": alone, not a thing the sum is spent on.
                if let np = nounPhrase(from: m, in: s), !(lower.ends(m, "ing") && !isCap(m) && m == k + 1),
                    !(lower.eq(k, "on") && np.head == "own" && np.tokens.count == 1)
                {
                    return (np, nil, .claimSpentOn)
                }
            }
        }
        // "..., and the maximum draught is 9.5 metres": the noun phrase right before the
        // copula, not the sentence's first.
        if dimension != "money", let np = copulaSubject(f) { return (np, nil, .claimCopulaSubject) }
        // The clause's subject as a last resort.
        if let np = firstNounPhrase(in: s, before: f.first) {
            return (resolved(np), nil, .claimNearestNoun)
        }
        // "It is 98 km long": what the sentence before was about.
        if let antecedent = pronounAntecedent(f) { return (antecedent, nil, .claimPronounAntecedent) }
        return nil
    }

    /// Where the figure holds: a place ("in Merseyside"), "nationally", a time ("next year").
    func scope(_ f: Found) -> String? {
        // The area: the first place named after the figure ("in Merseyside", "across
        // England"), else one named before it ("In Liverpool, ...", "forces across England
        // have arrested ..."), else a force or council's area ("Merseyside Police said"),
        // else "national" ("nationally", "across the country"). Then a time, if any.
        var place: String?
        var national = false
        var time: String?
        let s = f.sentence
        func capitalRun(from k: Int, limit: Int) -> String? {
            guard k < limit, isCap(k), !lower.in(k, Self.months), !lower.in(k, Self.dayWords) else { return nil }
            var e = k
            while e < limit, isCap(e) { e += 1 }
            return slice(k..<e)
        }
        // "in the Leeds area": past the article.
        func placeRun(from k: Int) -> String? {
            if k < s.upperBound, lower.eq(k, "the") { return capitalRun(from: k + 1, limit: s.upperBound) }
            return capitalRun(from: k, limit: s.upperBound)
        }
        // "across Spain", "in Spain": the whole country is the national scope.
        func area(_ run: String, by w: String) -> String? {
            if w.isOne(of: "across", "throughout") || w == "in", words.countries.contains(run.lowercased()) {
                national = true
                return nil
            }
            return run
        }
        var k = f.end
        let limit = min(s.upperBound, f.end + 8)
        // "20km from Leeds", "5 miles north of Leeds", "200km (124 miles) west of Hokkaido":
        // the place measured from.
        if self.dimension(of: f.quantity.unit) == "length" {
            var m = afterConversion(f)
            if m < s.upperBound, lower.eq(m, "away") { m += 1 }
            if m < s.upperBound, lower.in(m, Self.compassWords) { m += 1 }
            if m + 1 < s.upperBound, lower.eq(m, "from") || (lower.eq(m, "of") && m > f.end), let run = placeRun(from: m + 1) {
                place = "from " + run
            }
        }
        while k < limit {
            // The branches below ask only about words of ASCII letters and "." or ";": a token
            // that starts with an ASCII byte equals one, lower-cased, only as its bytes in some
            // case, so the rest are skipped by their length in bytes and first byte (`scopeWordLengths`:
            // one test per token), without a shape, a hash or a comparison (a first byte alone
            // let "the", "to", "and", "a" through). A token that starts beyond ASCII is asked in
            // full (GREEK QUESTION MARK equals ";").
            let (count, first) = lower.byteShape(k)
            if first < 0x80, count >= 16 || Self.scopeWordLengths(first: first) & (1 << UInt16(count)) == 0 {
                k += 1
                continue
            }
            // (The token asked by its bytes: its lower-cased string is made only for `area`.)
            if lower.in(k, Self.areaPrepositions), place == nil, !national, let run = placeRun(from: k + 1) {
                place = area(run, by: lower[k])
            } else if lower.eq(k, "there"), place == nil, !national {
                place = placeNamedBefore(f)
            } else if lower.eq(k, "in"), k + 1 < s.upperBound, lower.in(k + 1, Self.months), time == nil {
                time = slice((k + 1)..<(k + 2))
            } else if lower.in(k, Self.timeDeterminers), k + 1 < s.upperBound,
                lower.in(k + 1, Self.timeNouns), time == nil
            {
                time = slice(k..<(k + 2))
            } else if lower.in(k, Self.nationalWords) {
                national = true
            } else if lower.eq(k, "across"), k + 2 < s.upperBound, (lower.eq(k + 1, "the") || lower.eq(k + 1, "all")),
                (lower.eq(k + 2, "country") || lower.eq(k + 2, "uk") || lower.eq(k + 2, "forces") || lower.eq(k + 2, "nation"))
            {
                national = true
            } else if (lower.eq(k, ".") || lower.eq(k, ";")) {
                break
            }
            k += 1
        }
        // "In Leeds, ...", "across Spain ...", "police in Leeds say ...": the sentence's first
        // such mark decides (its area is a place or the nation), if it stands before the figure.
        if place == nil, let b = firstAreaMark(in: s), b + 1 < f.first, let run = placeRun(from: b + 1) {
            place = area(run, by: lower[b])
        }
        if place == nil, !national {
            // "Merseyside Police said ...": a force or council names the area the figure covers.
            let named = authorityArea(in: s)
            place = named.place
            national = named.national
        }
        if place == nil, !national, firstForceWord(in: s) < f.first {
            // "bringing the force's total to 40": the force the entry named before.
            place = forceNamedBefore(f)
        }
        // The area, then the time, joined by ", " (no array made per claim).
        guard let area = place ?? (national ? "national" : nil) else { return time }
        guard let time else { return area }
        return area + ", " + time
    }

    /// The lengths in bytes, as bits, of the words `scope` asks about after a figure that
    /// start with the ASCII byte `first` (lowered): "in" (i 2), "across" (a 6), "throughout",
    /// "there", "this" (t 10, 5, 4), "next", "nationally", "nationwide" (n 4, 10), "last"
    /// (l 4), "." and ";" (1).
    @inline(__always) static func scopeWordLengths(first: UInt8) -> UInt16 {
        switch first {
        case UInt8(ascii: "i"): return 1 << 2
        case UInt8(ascii: "a"): return 1 << 6
        case UInt8(ascii: "t"): return 1 << 10 | 1 << 5 | 1 << 4
        case UInt8(ascii: "n"): return 1 << 4 | 1 << 10
        case UInt8(ascii: "l"): return 1 << 4
        case UInt8(ascii: "."), UInt8(ascii: ";"): return 1 << 1
        default: return 0
        }
    }

    /// The first token of sentence `s` that opens a place (`scope` reads the area of the
    /// first before its figure): "across" or "throughout", the sentence's opening "in", or
    /// "in" after a noun for an authority ("police in Leeds say ..."), with a run of
    /// capitalised words after it (past "the") that is no month or day. The same for every
    /// figure of the sentence, so found once per sentence with the other marks (a scan
    /// from the sentence's start per figure cost more than the rest of `scope`).
    func firstAreaMark(in s: Range<Int>) -> Int? { sentenceMarks(s).area }

    /// Whether token `b` of sentence `s` is `firstAreaMark`'s kind of token.
    /// (The place run is asked before the noun before "in": most "in"s are followed by no
    /// capitalised word, and the run's test is cheaper than a look-up of the noun.)
    @inline(__always) func isAreaMark(_ b: Int, in s: Range<Int>) -> Bool {
        guard b + 1 < s.upperBound else { return false }
        if lower.eq(b, "across") || lower.eq(b, "throughout") { return opensPlaceRun(b + 1, in: s) }
        guard lower.eq(b, "in") else { return false }
        if b == s.lowerBound { return opensPlaceRun(b + 1, in: s) }
        return opensPlaceRun(b + 1, in: s) && lower.in(b - 1, Self.authorityNouns)
    }

    /// Whether `scope`'s place run starts at token `k` of sentence `s` (past "the"): a
    /// capitalised word that is no month or day.
    func opensPlaceRun(_ k: Int, in s: Range<Int>) -> Bool {
        let start = k < s.upperBound && lower.eq(k, "the") ? k + 1 : k
        return start < s.upperBound && isCap(start) && !lower.in(start, Self.months) && !lower.in(start, Self.dayWords)
    }

    /// The area a force or council in sentence `s` names ("Merseyside Police said ...",
    /// "Leeds police have detained ..."), or national ("National Police ..."): the same for
    /// every figure of the sentence, so worked out once per sentence.
    func authorityArea(in s: Range<Int>) -> (place: String?, national: Bool) {
        if let last = sentenceCache.lastAuthority, last.sentence == s { return last.answer }
        var place: String?
        var national = false
        if let k = sentenceMarks(s).authority {
            var start = k - 1
            while start > s.lowerBound, isCap(start - 1), !isFunction(start - 1) { start -= 1 }
            var last = k
            // "Leeds City Council", "Kent County Council": the place.
            while last - 1 > start, (lower.eq(last - 1, "city") || lower.eq(last - 1, "county") || lower.eq(last - 1, "borough") || lower.eq(last - 1, "district") || lower.eq(last - 1, "metropolitan") || lower.eq(last - 1, "town") || lower.eq(last - 1, "regional")) { last -= 1 }
            let area = slice(start..<last)
            // "Merseyside Police", "Leeds police", "Leeds City Council"; not "the Press
            // Council" or "the City Council": a council's area must be a known place.
            let known = words.places.contains(area.lowercased()) || words.places.contains(lower[start])
            if area.lowercased() == "national" {
                national = true
            } else if known || ((lower.eq(k, "police") || lower.eq(k, "constabulary")) && isCap(k)) {
                place = area
            }
        }
        sentenceCache.lastAuthority = (s, (place, national))
        return (place, national)
    }

    /// Whether token `k` of sentence `s` is a force or council word that names an area
    /// ("Merseyside Police", "Leeds police": the force needs no capital), given its shape.
    @inline(__always) func isAreaAuthority(_ k: Int, shape: (count: Int, first: UInt8?), in s: Range<Int>) -> Bool {
        k > s.lowerBound && Self.mayBeAreaAuthority(shape) && isCap(k - 1) && lower.in(k, Self.areaAuthorities)
            && (isCap(k) || !entry.tokens[k - 1].flags.contains(.sentenceStart) || words.places.contains(lower[k - 1]))
            && !lower.in(k - 1, Self.months) && !isFunction(k - 1)
    }

    /// The tokens of sentence `s` that `authorityArea`, `firstForceWord` and `accordingTo`
    /// look for, found by one pass over its words (each token's shape read once, not once
    /// per question) and kept per sentence.
    func sentenceMarks(_ s: Range<Int>) -> SentenceMarks {
        if let last = sentenceCache.lastMarks, last.sentence == s { return last.answer }
        var marks = SentenceMarks(authority: nil, force: s.upperBound, according: nil, area: nil)
        var needAuthority = true
        var needForce = true
        var needAccording = true
        var needArea = true
        for k in s {
            // Only tokens of a mark's first letter and length in bytes can be marks ("police",
            // "council", "constabulary", "officials", "authorities"; "force", "force's",
            // "force’s"; "according"; "across", "throughout", "in"): a token that starts with
            // an ASCII byte equals one of these words, lower-cased, only if it is that word's
            // bytes in some case (no other scalar lowers to their letters). The rest are
            // passed with no shape worked out; a token that starts beyond ASCII is asked in full.
            // (The lengths a mark of each first byte may have, as bits: one test per token.)
            let (count, first) = lower.byteShape(k)
            if first < 0x80, count >= 16 || Self.markLengths(first: first) & (1 << UInt16(count)) == 0 { continue }
            // A token of an ASCII first byte is a mark only as that word's bytes in some case
            // (above): its length and first byte in bytes are then those of its lower-cased
            // surface, so they stand in for its shape (worked out only for a token that starts
            // beyond ASCII) and tell which marks it may be ("across" a 6, "throughout" t 10,
            // "in" i 2) before any word is compared.
            let ascii = first < 0x80
            if needArea, !ascii || (count == 2 && first == UInt8(ascii: "i")) || (count == 6 && first == UInt8(ascii: "a"))
                || (count == 10 && first == UInt8(ascii: "t")), isAreaMark(k, in: s)
            {
                marks.area = k
                needArea = false
            }
            let shape: (count: Int, first: UInt8?) = ascii ? (count, first) : lower.shape(k)
            if needAuthority, isAreaAuthority(k, shape: shape, in: s) {
                marks.authority = k
                needAuthority = false
            }
            if needForce, shape.first == UInt8(ascii: "f"), lower.in(k, Self.forceWords) {
                marks.force = k
                needForce = false
            }
            // The length first: most words differ from "according" in it.
            if needAccording, k + 1 < s.upperBound, shape.count == 9, lower.eq(k, "according"), lower.eq(k + 1, "to") {
                marks.according = k
                needAccording = false
            }
            if !needAuthority && !needForce && !needAccording && !needArea { break }
        }
        sentenceCache.lastMarks = (s, marks)
        return marks
    }

    /// The lengths in bytes, as bits, of the words `sentenceMarks` looks for that start with
    /// the ASCII byte `first` (lowered): "police" (p 6), "council" and "constabulary" (c 7,
    /// 12), "officials" (o 9), "according", "authorities", "across" (a 9, 11, 6), "force",
    /// "force's", "force’s" (f 5, 7, 9), "throughout" (t 10), "in" (i 2).
    @inline(__always) static func markLengths(first: UInt8) -> UInt16 {
        switch first {
        case UInt8(ascii: "p"): return 1 << 6
        case UInt8(ascii: "c"): return 1 << 7 | 1 << 12
        case UInt8(ascii: "o"): return 1 << 9
        case UInt8(ascii: "a"): return 1 << 9 | 1 << 11 | 1 << 6
        case UInt8(ascii: "f"): return 1 << 5 | 1 << 7 | 1 << 9
        case UInt8(ascii: "t"): return 1 << 10
        case UInt8(ascii: "i"): return 1 << 2
        default: return 0
        }
    }

    /// The first force word ("force", "force's") of sentence `s`, or its end.
    func firstForceWord(in s: Range<Int>) -> Int { sentenceMarks(s).force }

    // Word lists of `scope`, as sets: array literals in its loops were built per token.
    static let areaPrepositions: TokenWordSet = ["in", "across", "throughout"]
    static let timeDeterminers: TokenWordSet = ["this", "next", "last"]
    static let timeNouns: TokenWordSet = ["year", "month", "week", "weekend"]
    static let nationalWords: TokenWordSet = ["nationally", "nationwide"]
    static let areaAuthorities: TokenWordSet = ["police", "constabulary", "council", "officials", "authorities"]

    /// False when a word of this lower-cased length and first byte cannot be one of
    /// `areaAuthorities` (asked of every word of a sentence, before any string is made).
    static func mayBeAreaAuthority(_ shape: (count: Int, first: UInt8?)) -> Bool {
        switch shape {
        case (6, UInt8(ascii: "p")?), (12, UInt8(ascii: "c")?), (7, UInt8(ascii: "c")?), (9, UInt8(ascii: "o")?),
            (11, UInt8(ascii: "a")?):
            return true
        default:
            return false
        }
    }
    static let forceWords: TokenWordSet = ["force", "force's", "force\u{2019}s"]

    static let compassWords: TokenWordSet = [
        "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast",
        "northwest", "southeast", "southwest",
    ]
    static let authorityNouns: TokenWordSet = ["police", "officials", "authorities", "officers", "forces", "council", "rescuers"]

    /// The place the entry named last before the figure ("in Leeds", "across Leeds"), for
    /// "there".
    func placeNamedBefore(_ f: Found) -> String? {
        var k = f.first - 1
        let floor = max(0, f.first - 120)
        while k > floor {
            if lower.in(k - 1, Self.areaPrepositions) {
                var m = k
                if lower.eq(m, "the") { m += 1 }
                if isCap(m), !lower.in(m, Self.months) {
                    var e = m
                    while e < f.first, isCap(e) { e += 1 }
                    return slice(m..<e)
                }
            }
            k -= 1
        }
        return nil
    }

    /// The area of the police force the entry named last before the figure ("Northshire
    /// Police"), for "the force's total".
    func forceNamedBefore(_ f: Found) -> String? {
        var k = f.first - 1
        let floor = max(1, f.first - 300)
        while k >= floor {
            if lower.eq(k, "police") || lower.eq(k, "constabulary"), isCap(k), isCap(k - 1), !isFunction(k - 1) {
                var start = k - 1
                while start > 0, isCap(start - 1), !isFunction(start - 1), !entry.tokens[start].flags.contains(.sentenceStart) { start -= 1 }
                return slice(start..<k)
            }
            k -= 1
        }
        return nil
    }

    static let months: TokenWordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Who states the figure: "according to the Kremlin", "..., the Home Office said".
    func source(_ f: Found) -> String? {
        let s = f.sentence
        let according = accordingTo(in: s)
        if according.found { return according.source }
        // "..., the Home Office said." at the end of the sentence.
        var e = s.upperBound - 1
        while e > f.end, !isWord(e) { e -= 1 }
        if e > f.end, (lower.eq(e, "said") || lower.eq(e, "says") || lower.eq(e, "claimed") || lower.eq(e, "estimated") || lower.eq(e, "confirmed")), isCap(e - 1) {
            var start = e - 1
            while start > f.end, isCap(start - 1) { start -= 1 }
            return slice(start..<e)
        }
        return nil
    }

    /// The source after the sentence's first "according to" (`found` false when it has
    /// none): the same for every figure of the sentence, so worked out once per sentence.
    func accordingTo(in s: Range<Int>) -> (found: Bool, source: String?) {
        if let last = sentenceCache.lastAccording, last.sentence == s { return last.answer }
        var answer: (found: Bool, source: String?) = (false, nil)
        if let k = sentenceMarks(s).according { answer = (true, accordingToSource(from: k + 2, in: s)) }
        sentenceCache.lastAccording = (s, answer)
        return answer
    }

    /// The source after "according to": "the Kremlin" -> "Kremlin"; a common noun that
    /// names a document or count ("a 2023 survey by Sport England", "figures from the
    /// Office for National Statistics") gives way to the capitalised name after its "by" or
    /// "from"; otherwise the noun phrase up to its first preposition ("a study of more than
    /// 57,000 people" -> "study"), never an article alone.
    func accordingToSource(from first: Int, in s: Range<Int>) -> String? {
        var start = first
        while start < s.upperBound, (lower.eq(start, "the") || lower.eq(start, "a") || lower.eq(start, "an")) { start += 1 }
        // A year or number before the noun: "a 2023 survey".
        if start < s.upperBound, entry.tokens[start].kind == .number { start += 1 }
        var e = start
        while e < s.upperBound, isWord(e) || entry.tokens[e].kind == .possessive, e - first < 8 { e += 1 }
        guard e > start else { return nil }
        guard !isCap(start) else { return slice(start..<e) }
        // A common noun first: a capitalised name after "by"/"from" within the phrase wins.
        var k = start
        while k + 1 < e {
            if (lower.eq(k, "by") || lower.eq(k, "from")) {
                var nameStart = k + 1
                if lower.eq(nameStart, "the"), nameStart + 1 < e { nameStart += 1 }
                if isCap(nameStart) { return slice(nameStart..<e) }
            }
            k += 1
        }
        var end = start
        while end < e, !lower.in(end, Self.prepositions) || end == start { end += 1 }
        return slice(start..<end)
    }

    /// Words before "to" and a verb that leave the verb's subject before them: "the
    /// heatwave is expected to last five days".
    static let raisingWords: TokenWordSet = ["expected", "likely", "set", "due", "going", "forecast", "predicted", "thought", "believed", "unlikely"]

    /// Units of time after a sum: "£1.9m two years earlier" modifies no noun.
    static let timeNounsAfterSum: TokenWordSet = ["second", "minute", "hour", "day", "week", "month", "year", "decade"]

    /// Verbs after "to" that say what a sum is for: "€410m to cover a fine".
    static let purposeVerbs: TokenWordSet = ["cover", "fund", "finance", "pay", "meet", "settle"]

    /// Nouns for a sum that is itself the thing stated ("a fine of £9.5m"): the sum is its cost.
    static let sumNouns: TokenWordSet = ["fine", "penalty", "fee", "levy", "bill"]

    /// Verbs whose object is an attribute noun: "reported profit of £76m".
    static let measureVerbsTakingCue: TokenWordSet = ["reported", "posted", "made", "recorded", "announced", "forecast", "expects"]

    /// "moved the kick-off forward by 30 minutes", "cut costs by $5m", "raised its target
    /// price for Acme by 12%": the object of the verb, when a verb and not a change verb
    /// stands before it.
    func objectChangedBy(_ f: Found) -> Subject? {
        let s = f.sentence
        var k = f.first - 1
        guard k - 1 > s.lowerBound, lower.eq(k, "by") else { return nil }
        k -= 1
        if (lower.eq(k, "forward") || lower.eq(k, "back") || lower.eq(k, "up") || lower.eq(k, "down") || lower.eq(k, "earlier") || lower.eq(k, "later") || lower.eq(k, "out")) { k -= 1 }
        // The verb, then its object up to the first preposition.
        guard let verb = (max(s.lowerBound, k - 8)..<k).reversed().first(where: { lower.in($0, Self.objectVerbs) }) else { return nil }
        var start = verb + 1
        while start <= k, (lower.eq(start, "the") || lower.eq(start, "its") || lower.eq(start, "their") || lower.eq(start, "a") || lower.eq(start, "an") || lower.eq(start, "his") || lower.eq(start, "her")) { start += 1 }
        var end = start
        while end <= k, isWord(end), !lower.in(end, Self.prepositions) || end == start { end += 1 }
        guard end > start, (start..<end).allSatisfy({ isWord($0) && !isFunction($0) || (lower.eq($0, "cut") || lower.eq($0, "costs") || lower.eq($0, "cost")) }) else { return nil }
        return Subject(text: slice(start..<end), head: lower[end - 1], tokens: start..<end)
    }

    /// "reduced from 1.5 km to 800 metres": the index of "from" when a change verb, "from" and
    /// a figure stand right before the "to" at `to`.
    func levelChangedFrom(before to: Int, in s: Range<Int>) -> Int? {
        var k = to - 1
        var sawNumber = false
        while k > s.lowerBound, k > to - 6, !lower.eq(k, "from") {
            if entry.tokens[k].kind == .number { sawNumber = true }
            k -= 1
        }
        guard k - 1 > s.lowerBound, lower.eq(k, "from"), sawNumber, lower.in(k - 1, Self.changeVerbs) else { return nil }
        return k
    }

    /// The noun phrase right before the verb at `verb`, past its auxiliaries ("the cordon has
    /// been reduced").
    func nounPhraseBeforeVerb(_ verb: Int, in s: Range<Int>) -> Subject? {
        var j = verb
        while j > s.lowerBound, lower.in(j - 1, Self.auxiliaries) || (lower.eq(j - 1, "be") || lower.eq(j - 1, "being") || lower.eq(j - 1, "would") || lower.eq(j - 1, "could") || lower.eq(j - 1, "should") || lower.eq(j - 1, "might") || lower.eq(j - 1, "may")) {
            j -= 1
        }
        guard let np = nounPhrase(endingBefore: j, in: s), np.tokens.upperBound == j else { return nil }
        return np
    }

    /// "Kiel-Holtenau, about 30 km away": the capitalised noun phrase right before a comma
    /// that stands before the figure (past words like "about" and "some").
    func placeBeforeComma(_ f: Found) -> Subject? {
        let s = f.sentence
        var b = f.first - 1
        while b > s.lowerBound, (lower.eq(b, "about") || lower.eq(b, "some") || lower.eq(b, "around") || lower.eq(b, "nearly") || lower.eq(b, "almost") || lower.eq(b, "roughly") || lower.eq(b, "approximately") || lower.eq(b, "just") || lower.eq(b, "only")) { b -= 1 }
        guard b > s.lowerBound, lower.eq(b, ","), let np = nounPhrase(endingBefore: b, in: s), np.tokens.upperBound == b,
            isCap(b - 1)
        else { return nil }
        // Only the name: "reached Shorapani" gives "Shorapani"; "the Ponte di Parona" keeps
        // its connector.
        var start = b - 1
        while start - 1 >= np.tokens.lowerBound, isCap(start - 1) || (start - 2 >= np.tokens.lowerBound && isCap(start - 2) && (lower.eq(start - 1, "di") || lower.eq(start - 1, "de") || lower.eq(start - 1, "del") || lower.eq(start - 1, "della") || lower.eq(start - 1, "da") || lower.eq(start - 1, "of") || lower.eq(start - 1, "on") || lower.eq(start - 1, "upon") || lower.eq(start - 1, "la") || lower.eq(start - 1, "le"))) {
            start -= isCap(start - 1) ? 1 : 2
        }
        return Subject(text: slice(start..<b), head: lower[b - 1], tokens: start..<b)
    }

    /// Whether token `k` is an adverb that may stand between a clause's subject and its verb:
    /// "adult males typically weigh", "the bridge now carries", "it also costs".
    func isClauseAdverb(_ k: Int) -> Bool {
        guard k >= 0, k < lower.count, isWord(k), !isCap(k) else { return false }
        let w = lower[k]
        if Self.shortClauseAdverbs.contains(w) { return true }
        return w.utf8.count >= 6 && w.hasSuffix("ly") && !Self.nounsInLy.contains(w)
    }

    /// Adverbs without "-ly" that stand between a subject and its verb.
    static let shortClauseAdverbs: TokenWordSet = ["also", "now", "still", "already", "often", "even", "only", "just"]

    /// Nouns that end in "-ly" (not adverbs).
    static let nounsInLy: TokenWordSet = ["family", "supply", "assembly", "monopoly", "anomaly", "homily", "butterfly", "jelly", "bully", "belly"]

    /// Verbs that change their object by a figure: "moved the start forward by 30 minutes".
    static let objectVerbs: TokenWordSet = [
        "moved", "move", "moves", "brought", "bring", "pushed", "push", "put", "cut", "cuts", "cutting", "raised", "raise",
        "raises", "lowered", "lower", "reduced", "reduce", "increased", "increase", "trimmed", "extended", "shortened",
        "delayed", "postponed", "slashed", "boosted", "lifted", "hiked",
    ]

    /// "a 60-day state of emergency": the noun and its "of" phrase.
    func extendedByOf(_ np: Subject, in s: Range<Int>) -> Subject {
        let e = np.tokens.upperBound
        guard np.tokens.count == 1, e + 1 < s.upperBound, lower.eq(e, "of"), isWord(e + 1), !isFunction(e + 1),
            np.head.isOne(of: "state", "period", "programme", "program", "day", "week", "month", "year", "series", "round"),
            let tail = nounPhrase(from: e + 1, in: s)
        else { return np }
        return Subject(text: slice(np.tokens.lowerBound..<tail.tokens.upperBound), head: tail.head, tokens: np.tokens.lowerBound..<tail.tokens.upperBound)
    }

    /// Verbs whose object is a sum handed to the noun after "to": "gives ₦5.4tn to defence".
    static let giveVerbs: TokenWordSet = [
        "gives", "give", "gave", "given", "giving", "allocates", "allocate", "allocated", "allocating", "allots", "allotted",
        "grants", "granted", "awards", "awarded", "hands", "handed", "earmarks", "earmarked", "assigns", "assigned", "devotes",
        "devoted",
    ]

    /// Verbs between a sum and its lender: "€500m it expects to borrow from the EIB".
    static let borrowVerbs: TokenWordSet = [
        "borrow", "borrowed", "borrowing", "raise", "raised", "receive", "received", "secure", "secured", "obtain", "obtained",
        "loaned", "lent", "drawn", "draw",
    ]

    /// Heads of a noun phrase that lends or funds: "€500m from the European Investment Bank",
    /// "¥18bn from a Chinese bank", "$3bn from the IMF".
    static let lenderHeads: TokenWordSet = [
        "bank", "banks", "lender", "lenders", "fund", "imf", "creditor", "creditors", "investor", "investors", "donor", "donors",
    ]

    /// "€500m from the European Investment Bank": the lender a sum comes from.
    func lenderOf(_ f: Found) -> Subject? {
        let s = f.sentence
        // "€500m it expects to borrow from the EIB": a verb of borrowing may stand between.
        var from = f.end
        if from < s.upperBound, !lower.eq(from, "from"),
            let k = (from..<min(s.upperBound, from + 6)).first(where: { lower.eq($0, "from") || !isWord($0) }), lower.eq(k, "from"),
            (from..<k).contains(where: { lower.in($0, Self.borrowVerbs) })
        {
            from = k
        }
        guard from + 1 < s.upperBound, lower.eq(from, "from") else { return nil }
        var m = from + 1
        if (lower.eq(m, "the") || lower.eq(m, "a") || lower.eq(m, "an")) { m += 1 }
        guard let np = nounPhrase(from: m, in: s), Self.lenderHeads.contains(np.head) else { return nil }
        return np
    }

    /// "It is still 31C in Melbourne", "it was 45C by noon": the weather's "it" stands for
    /// the temperature.
    func weatherTemperature(_ f: Found) -> Subject? {
        let s = f.sentence
        var k = f.first - 1
        var steps = 0
        while k > s.lowerBound, steps < 5, isWord(k) || entry.tokens[k].kind == .possessive,
            lower.in(k, Self.weatherLinks) || lower.ends(k, "ly") || entry.tokens[k].kind == .possessive
        {
            k -= 1
            steps += 1
        }
        let itIs = k >= s.lowerBound && lower[k].isOne(of: "it's", "it\u{2019}s")
        guard steps > 0 || itIs, k >= s.lowerBound, lower.eq(k, "it") || itIs,
            k == s.lowerBound || lower.eq(k - 1, ",") || (lower.eq(k - 1, "and") || lower.eq(k - 1, "but") || lower.eq(k - 1, "where") || lower.eq(k - 1, "when") || lower.eq(k - 1, "as"))
        else { return nil }
        var subject = Subject(text: "temperature", head: "temperature", tokens: f.first..<f.end)
        subject.key = "temperature"
        return subject
    }

    /// Words between a weather "it" and its temperature.
    static let weatherLinks: TokenWordSet = [
        "is", "was", "'s", "\u{2019}s", "will", "be", "been", "has", "had", "still", "already", "now", "just", "only", "about",
        "around", "nearly", "almost", "hit", "reached", "touched", "a", "balmy", "sweltering", "chilly", "freezing", "mild",
    ]

    /// "$64.85 a barrel", "£1.50 per litre": a price per unit; "₦1,512 to the dollar", "¥7.2
    /// against the dollar": an exchange rate.
    func pricePer(_ f: Found) -> String? {
        let s = f.sentence
        let k = f.end
        guard k + 1 < s.upperBound, isWord(k + 1) else { return nil }
        if (lower.eq(k, "a") || lower.eq(k, "an") || lower.eq(k, "per")), !isFunction(k + 1) || lower.eq(k, "per"), !lower.in(k + 1, Self.timeUnitWords),
            !isCap(k + 1), !lower.ends(k + 1, "ing"), !lower.ends(k + 1, "ly")
        {
            return "price"
        }
        if (lower.eq(k, "to") || lower.eq(k, "against") || lower.eq(k, "per")) {
            var m = k + 1
            if lower.eq(m, "the"), m + 1 < s.upperBound { m += 1 }
            // "to the US dollar": a country's name may stand between.
            if lower.in(m, Self.currencyWords) || (m + 1 < s.upperBound && isCap(m) && lower.in(m + 1, Self.currencyWords)) {
                return "exchange rate"
            }
        }
        return nil
    }

    static let timeUnitWords: TokenWordSet = [
        "day", "week", "month", "year", "hour", "minute", "second", "night", "decade", "fortnight", "quarter", "session", "time",
        "few", "lot", "bit", "further", "total", "record", "new", "fresh", "higher", "lower",
    ]
    static let currencyWords: TokenWordSet = [
        "dollar", "euro", "pound", "yen", "yuan", "greenback", "sterling", "rupee", "franc", "rouble", "ruble", "naira", "rand",
    ]

    /// "Defence gets ₦5.4tn, education ₦3.5tn and health ₦2.5tn": after a sum, a list item
    /// that leaves out the verb names its own recipient right before its sum.
    func gappedListItem(_ f: Found) -> Subject? {
        let s = f.sentence
        let k = f.first - 1
        guard k - 1 > s.lowerBound, isWord(k), !isFunction(k), !isCap(k) || !entry.tokens[k].flags.contains(.sentenceStart),
            !lower.in(k, words.clauseVerbs), lower.value(k, in: words.measureVerbs) == nil, !lower.in(k, Self.spendVerbs),
            !lower.in(k, Self.changeVerbs), !lower.ends(k, "ed"), !lower.ends(k, "ly"), !lower.in(k, Self.giveVerbs),
            (lower.eq(k - 1, ",") || lower.eq(k - 1, "and")), lower.value(k, in: words.cues) == nil,
            // An earlier sum in the same currency ("₦5.4tn, education ₦3.5tn") in the sentence, and only a comma or "and" after it before this item.
            let previous = (s.lowerBound..<(k - 1)).last(where: { entry.tokens[$0].kind == .number }),
            (previous + 1..<(k - 1)).allSatisfy({ !isWord($0) || (lower.eq($0, "tn") || lower.eq($0, "bn") || lower.eq($0, "m") || lower.eq($0, "k") || lower.eq($0, "million") || lower.eq($0, "billion") || lower.eq($0, "trillion")) })
        else { return nil }
        let symbol = entry.surface(f.first)
        guard entry.tokens[f.first].kind != .number, previous - 1 >= s.lowerBound, entry.surface(previous - 1) == symbol else { return nil }
        return Subject(text: slice(k..<(k + 1)), head: lower[k], tokens: k..<(k + 1))
    }
}
