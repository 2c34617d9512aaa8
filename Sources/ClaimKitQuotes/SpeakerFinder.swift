import ClaimKitModel

/// Finds the words that name a speaker around a cue: the subject before a reporting
/// verb ("Orbán says", "he says", "Leavitt, who says", "a police spokesperson said",
/// "his post concludes"), or after it in inversion ("says Hungary's Prime Minister
/// Viktor Orbán").
final class SpeakerFinder {
    let lexicon: CueLexicon
    let text: EntryScalars
    /// Whether an entity of type place covers a scalar range.
    let isPlace: (Range<Int>) -> Bool
    /// Where the person or organisation mention covering a scalar range starts, if one does.
    let mentionStart: (Range<Int>) -> Int?
    /// Whether a person entity covers a scalar range.
    let isPerson: (Range<Int>) -> Bool
    /// Whether an organisation named before a scalar position has a lower-case word as its
    /// head ("commission" after "the Boundary Commission").
    let namesBody: (String, Int) -> Bool

    init(
        lexicon: CueLexicon, text: EntryScalars, isPlace: @escaping (Range<Int>) -> Bool = { _ in false },
        mentionStart: @escaping (Range<Int>) -> Int? = { _ in nil },
        isPerson: @escaping (Range<Int>) -> Bool = { _ in false },
        namesBody: @escaping (String, Int) -> Bool = { _, _ in false }
    ) {
        self.lexicon = lexicon
        self.text = text
        self.isPlace = isPlace
        self.mentionStart = mentionStart
        self.isPerson = isPerson
        self.namesBody = namesBody
    }

    /// The speaker named before item `v` of `items`, without crossing a quote.
    func before(_ v: Int, in items: [Item]) -> SpeakerReference? {
        var j = v - 1
        while j >= 0, items[j].isWord,
            Words.adverbs.contains(items[j]) || Words.beForms.contains(items[j])
                || (items[j].lower.hasSuffix("ly") && !items[j].isCapitalized && items[j].lower.count > 4)
        {
            j -= 1
        }
        // "Park is said to have responded", "Lund was reported to have told": the subject of the hearsay.
        if j >= 2, items[j].lower == "to", Self.hearsay.contains(items[j - 1]), Words.beForms.contains(items[j - 2]) {
            j -= 3
            while j >= 0, items[j].isWord, Words.adverbs.contains(items[j]) { j -= 1 }
        }
        // "she liked to say", "he used to say": the subject of the verb before "to".
        if j >= 1, items[j].lower == "to", Self.catenatives.contains(items[j - 1]) {
            j -= 2
            while j >= 0, items[j].isWord, Words.adverbs.contains(items[j]) { j -= 1 }
        }
        // "Trump on Thursday said"
        if j >= 1, items[j].isWord, Words.calendar.contains(items[j]), items[j - 1].lower == "on" { j -= 2 }
        // "The Office for Fair Trading (OFT) said", "Ruiz (pictured) said": an aside in
        // brackets between the subject and its verb.
        var shortForm = false
        if j >= 2, items[j].punct == ")", let open = bracketOpen(closingAt: j, in: items), open > 0 {
            shortForm = open == j - 2 && items[j - 1].isWord && items[j - 1].text.allSatisfy { $0.isUppercase }
            j = open - 1
        }
        // "Ann Cole – who has lived here for 40 years – said": an aside between dashes.
        if j >= 2, let open = dashAsideOpen(closingAt: j, in: items), open > 0 { j = open - 1 }
        guard j >= 0 else { return nil }
        let item = items[j]
        if item.kind == .punct {
            guard item.text == "," else { return nil }
            // "John Thune, told": the name right before a comma; an appositive ("Khaled
            // Al-Maeena, editor at the Saudi Gazette, said") whose first word is lower case
            // is passed over, and so are places and names after a preposition ("the
            // University of Arkansas, Fayetteville, said"), up to four commas back ("Ann
            // Cole, 68, of Leeds, who …, said").
            var comma = j
            for _ in 0..<4 {
                // "the Professional Footballers' Association (PFA), accused": a short form in
                // brackets after the name is an aside.
                var end = comma - 1
                var shortForm = false
                if end >= 3, items[end].punct == ")", let open = bracketOpen(closingAt: end, in: items), open == end - 2,
                    items[end - 1].isWord, items[end - 1].isCapitalized, items[open - 1].isWord,
                    items[open - 1].isCapitalized
                {
                    end = open - 1
                    shortForm = items[end + 2].text.allSatisfy { $0.isUppercase }
                }
                var k = end
                var n = 0
                var crossedQuote = false
                while k >= 0, n < 16,
                    items[k].isWord || ["-", ".", "'", "\u{2019}"].contains(items[k].text) || items[k].quoteIndex != nil
                        || isFigurePart(k, in: items)
                {
                    if items[k].quoteIndex != nil {
                        // Cross a quote only inside a relative clause ("whose novel "X" won").
                        var r = k - 1
                        while r >= 0, items[r].isWord, !Self.relativePronouns.contains(items[r]) { r -= 1 }
                        guard r >= 0, items[r].isWord else { break }
                        crossedQuote = true
                    }
                    k -= 1
                    n += 1
                }
                let segmentStart = k + 1
                // "The director, whose debut "Salt" won …, told": a relative clause may hold a
                // quoted title; any other segment with a quote is someone's words: stop.
                if crossedQuote, !(segmentStart <= end && Self.relativePronouns.contains(items[segmentStart])) {
                    return nil
                }
                var appositive =
                    segmentStart <= end && !items[segmentStart].isCapitalized && k >= 0 && items[k].text == ","
                // ", the Professional Footballers' Association (PFA),": a body's name after "the"
                // is the apposition's name, not a description.
                if appositive, end < comma - 1, items[segmentStart].lower == "the", segmentStart < end,
                    items[(segmentStart + 1)...end].allSatisfy({
                        $0.isWord
                            ? $0.isCapitalized || Words.nameParticles.contains($0)
                            : $0.text == "'" || $0.text == "\u{2019}"
                    })
                {
                    appositive = false
                }
                // "Nearby, pensioner Rita Vance, 80, told": a role noun right before a person's
                // name opens the subject, not an appositive (quote.speaker-role-name).
                if appositive, let run = roleNamedPerson(endingAt: end, from: segmentStart, in: items) {
                    return run
                }
                if !appositive {
                    // "Dr Mei-Ling Zhou of the University of Sydney's Charles Perkins Centre,
                    // said": a unit after its body's possessive is inside the "of" phrase.
                    var unit: SpeakerReference?
                    if let run = nameRun(endingAt: end, in: items), !isAfterPreposition(run, in: items),
                        let whole = withPossessor(run, in: items), isAfterPreposition(whole, in: items)
                    {
                        unit = whole
                    }
                    if unit == nil, var run = nameRun(endingAt: end, in: items), !isPlace(items[end].range),
                        !isAfterPreposition(run, in: items)
                    {
                        run.isAppositive = segmentStart > 0 && items[segmentStart - 1].text == ","
                            && run.range.lowerBound == items[segmentStart].range.lowerBound
                        run.hasShortForm = shortForm
                        return run
                    }
                    // "Senator Jane Roe of Maine, told": the name before the place or body it is "of".
                    if let run = unit ?? nameRun(endingAt: end, in: items), isAfterPreposition(run, in: items),
                        let head = headBefore(modifier: run, in: items), head.kind == .name,
                        items.firstIndex(where: { $0.range.lowerBound == head.range.lowerBound }).map({
                            $0 >= segmentStart
                        }) == true
                    {
                        return head
                    }
                    if segmentStart <= end, let nominal = nominal(endingAt: end, in: items),
                        nominal.range.lowerBound == items[segmentStart].range.lowerBound || k < 0
                    {
                        return nominal
                    }
                }
                guard k >= 0, items[k].text == "," else { return nil }
                comma = k
            }
            return nil
        }
        guard item.isWord else { return nil }
        let lower = item.lower
        if Words.personalPronouns.contains(lower) {
            return SpeakerReference(kind: .pronoun, range: item.range, head: item.range, surface: lower)
        }
        if lower == "who" || lower == "which" {
            var k = j - 1
            if k >= 0, items[k].text == "," { k -= 1 }
            // "Helen Kerr, 58, who said": an age between the name and the relative pronoun.
            if k >= 2, items[k].isWord, items[k].text.first?.isNumber == true, items[k - 1].punct == ",",
                items[k - 2].isWord, items[k - 2].isCapitalized
            {
                k -= 2
            }
            guard k >= 0 else { return nil }
            let antecedent = nameRun(endingAt: k, in: items) ?? nominal(endingAt: k, in: items)
            guard let antecedent else { return nil }
            return SpeakerReference(
                kind: .relative, range: item.range, head: item.range, surface: lower, antecedent: [antecedent])
        }
        // "Police said", "Officials say": a common noun capitalised by the sentence start.
        if j == 0, lexicon.speakerNouns[lower] != nil, let nominal = nominal(endingAt: j, in: items) { return nominal }
        if item.isCapitalized, !Words.capitalisedFunctionWords.contains(lower) || j > 0 {
            // "a letter seen by Sky News says": a name after a preposition is not the subject,
            // but "Rebecca English of the Daily Mail recalled" names her before it.
            if var run = nameRun(endingAt: j, in: items, allowRole: true) {
                run.hasShortForm = shortForm && run.kind == .name
                // "Prof Ian Stewart of the University of Leeds's Priestley Centre told": a unit
                // after its body's possessive belongs to the phrase the preposition opens
                // (quote.speaker-head-of-modifier).
                if !isAfterPreposition(run, in: items), let whole = withPossessor(run, in: items),
                    isAfterPreposition(whole, in: items)
                {
                    run = whole
                }
                guard isAfterPreposition(run, in: items) else { return run }
                let head = headBefore(modifier: run, in: items)
                // "a spokeswoman for the Department for Transport": the body's whole name.
                if let head, head.kind == .name, isAfterPreposition(head, in: items),
                    let outer = directHead(before: head, in: items), speaksFor(outer),
                    var whole = bodyName(from: head, to: j, in: items)
                {
                    whole.viaRepresentative = true
                    return whole
                }
                // "a spokesman for Baker", "analysts at Barclays": they speak for the one named.
                if let head, speaksFor(head), run.kind == .name {
                    var run = run
                    run.viaRepresentative = true
                    return run
                }
                return head
            }
        }
        // "Sarah Mills of the Red Cross's Leeds branch told": a unit after a body's
        // possessive, inside the phrase a preposition opens (quote.speaker-head-of-modifier).
        if !item.isCapitalized, lexicon.speakerNouns[lower] == nil, lexicon.statementNouns[lower] == nil {
            var p = j
            while p > 0, j - p < 3, items[p - 1].isWord, !items[p - 1].isPossessive,
                !Words.prepositions.contains(items[p - 1]), !Words.determiners.contains(items[p - 1]),
                lexicon.verbs[items[p - 1].lower] == nil
            {
                p -= 1
            }
            if p > 0, items[p - 1].isWord, items[p - 1].isPossessive, items[p - 1].isCapitalized,
                let owner = nameRun(endingAt: p - 1, in: items), isAfterPreposition(owner, in: items),
                let head = headBefore(modifier: owner, in: items), head.kind == .name
            {
                return head
            }
        }
        if lexicon.statementNouns[lower] != nil, let owner = possessor(ofNounAt: j, in: items) {
            return owner
        }
        if lexicon.speakerNouns[lower] != nil, var nominal = nominal(endingAt: j, in: items) {
            // "A spokesperson for the company declined": the noun before the phrase speaks,
            // unless it speaks for a body the noun names ("a spokesperson for the council").
            if isAfterPreposition(nominal, in: items) {
                let head = headBefore(modifier: nominal, in: items)
                if let head, speaksFor(head), j >= 1, items[j - 1].lower == "the", nominal.range.count == item.range.count,
                    namesBody(lower, item.range.lowerBound)
                {
                    nominal.viaRepresentative = true
                    return nominal
                }
                return head
            }
            return nominal
        }
        // "A spokesperson for the commission said", "the authority said": a definite noun
        // that an organisation named before has as its head word.
        if !item.isCapitalized, j >= 1, items[j - 1].lower == "the",
            namesBody(lower, item.range.lowerBound) || QuoteAttributor.referringBodies.contains(lower)
        {
            var ref = SpeakerReference(kind: .nominal, range: item.range, head: item.range, surface: lower)
            guard isAfterPreposition(ref, in: items) else { return ref }
            guard let head = headBefore(modifier: ref, in: items), speaksFor(head) else { return nil }
            ref.viaRepresentative = true
            return ref
        }
        return nil
    }

    /// A name run widened back over the possessive names before it ("the University of
    /// Leeds's Priestley Centre" for "Priestley Centre"); nil when no possessive name precedes it.
    func withPossessor(_ ref: SpeakerReference, in items: [Item]) -> SpeakerReference? {
        guard var f = items.firstIndex(where: { $0.range.lowerBound == ref.range.lowerBound }),
            let h = items.firstIndex(where: { $0.range.lowerBound == ref.head.lowerBound })
        else { return nil }
        // The run may hold the possessor already ("Leeds's Priestley Centre").
        var moved = f < h && items[f..<h].contains { $0.isPossessive }
        while f > 0, items[f - 1].isWord, items[f - 1].isPossessive, items[f - 1].isCapitalized,
            let owner = nameRun(endingAt: f - 1, in: items),
            let o = items.firstIndex(where: { $0.range.lowerBound == owner.range.lowerBound }), o < f
        {
            f = o
            moved = true
        }
        guard moved else { return nil }
        let range = items[f].range.lowerBound..<ref.range.upperBound
        return SpeakerReference(kind: ref.kind, range: range, head: range, surface: ref.surface)
    }

    /// The speaker a prepositional phrase modifies: "Rebecca English [of the Daily Mail]",
    /// "a spokesperson [for the company]".
    ///
    /// A name head that is itself after "of the" is followed back one more step when a name
    /// stands before it: "Dr Mia Lowe [of the University [of Bath]]" is Mia Lowe
    /// (quote.speaker-head-of-modifier).
    func headBefore(modifier ref: SpeakerReference, in items: [Item]) -> SpeakerReference? {
        var head = directHead(before: ref, in: items)
        var steps = 0
        while let h = head, h.kind == .name, steps < 3, isAfterPreposition(h, in: items),
            let outer = directHead(before: h, in: items), outer.kind == .name
        {
            head = outer
            steps += 1
        }
        return head
    }

    func directHead(before ref: SpeakerReference, in items: [Item]) -> SpeakerReference? {
        guard var k = items.firstIndex(where: { $0.range.lowerBound == ref.range.lowerBound }) else { return nil }
        k -= 1
        if k >= 0, ["the", "a", "an"].contains(items[k].lower) { k -= 1 }
        guard k >= 1, ["of", "from", "at", "for", "with"].contains(items[k].lower) else { return nil }
        return nameRun(endingAt: k - 1, in: items) ?? nominal(endingAt: k - 1, in: items)
    }

    /// A body's name of capitalised words joined by "of", "for", "and" or "&", from the name
    /// `first` to item `end` ("Department for Transport", "Bank of England"); nil when
    /// nothing joins them (a plain name run says it already).
    func bodyName(from first: SpeakerReference, to end: Int, in items: [Item]) -> SpeakerReference? {
        guard let start = items.firstIndex(where: { $0.range.lowerBound == first.range.lowerBound }), start < end
        else { return nil }
        var joined = false
        for k in start...end {
            guard items[k].isWord, !items[k].isPossessive || k == end else { return nil }
            if !items[k].isCapitalized {
                guard ["of", "for", "and"].contains(items[k].lower), k > start, k < end, items[k + 1].isCapitalized
                else { return nil }
                joined = true
            }
        }
        guard joined else { return nil }
        let surface = items[start...end].map(\.text).joined(separator: " ")
        let range = items[start].range.lowerBound..<items[end].range.upperBound
        return SpeakerReference(kind: .name, range: range, head: range, surface: surface)
    }

    /// A person's name ending at `end` right after a lower-case role word of the same
    /// segment ("pensioner Rita Vance", "local shop owner Rita Vance"): no preposition,
    /// article or relative pronoun between the segment's start and the name.
    func roleNamedPerson(endingAt end: Int, from start: Int, in items: [Item]) -> SpeakerReference? {
        guard end > start, items[end].isWord, items[end].isCapitalized, !items[end].isPossessive,
            isPerson(items[end].range), let run = nameRun(endingAt: end, in: items, from: start + 1),
            let first = items.firstIndex(where: { $0.range.lowerBound == run.range.lowerBound }), first > start
        else { return nil }
        for k in start..<first {
            let w = items[k]
            // "representing Haddad": a participle's object, not a role noun.
            guard w.isWord, !w.isCapitalized, !w.isPossessive, !Words.prepositions.contains(w.lower),
                !(w.lower.hasSuffix("ing") && w.lower.count > 5),
                !Self.relativePronouns.contains(w.lower), !Words.conjunctions.contains(w.lower),
                !Words.personalPronouns.contains(w.lower), !Words.possessivePronouns.contains(w.lower),
                lexicon.verbs[w.lower] == nil
            else { return nil }
        }
        return run
    }

    /// The "(" that item `close` (a ")") closes, at most eight items back, with no quote or
    /// sentence mark between.
    func bracketOpen(closingAt close: Int, in items: [Item]) -> Int? {
        var k = close - 1
        while k >= 0, close - k <= 8 {
            let p = items[k].punct
            if p == "(" { return k }
            if items[k].quoteIndex != nil || p == ")" || p == ";" || p == ":" { return nil }
            k -= 1
        }
        return nil
    }

    /// The dash opening an aside that the dash at item `close` ends ("– who has lived here
    /// for 40 years –"): the same dash, at most 20 items back, the aside starting with a
    /// lower-case word, no quote or sentence mark between.
    func dashAsideOpen(closingAt close: Int, in items: [Item]) -> Int? {
        let d = items[close].punct
        guard d == "\u{2013}" || d == "\u{2014}" || (d == "-" && close > 0 && items[close - 1].range.upperBound < items[close].range.lowerBound)
        else { return nil }
        var k = close - 1
        while k >= 0, close - k <= 20 {
            let p = items[k].punct
            if p == d {
                guard k + 1 < close, items[k + 1].isWord, !items[k + 1].isCapitalized else { return nil }
                return k
            }
            if items[k].quoteIndex != nil || p == ";" || p == ":" || p == "(" || p == ")" { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether item `k` belongs to a figure inside a clause ("lost £42,000 of her savings",
    /// "a 3.5% rise"): a currency sign or per cent sign, or a thousands comma glued to the
    /// digits on both sides. Such marks do not end the clause's segment.
    func isFigurePart(_ k: Int, in items: [Item]) -> Bool {
        let p = items[k].punct
        switch p {
        case "£", "$", "€", "%", "¥": return true
        case ",":
            guard k > 0, k + 1 < items.count, items[k - 1].range.upperBound == items[k].range.lowerBound,
                items[k + 1].range.lowerBound == items[k].range.upperBound
            else { return false }
            return items[k - 1].text.last?.isNumber == true && items[k + 1].text.first?.isNumber == true
        default: return false
        }
    }

    /// Participles of hearsay before "to have …" ("is said to have replied").
    /// Verbs before "to" and a reporting verb whose subject speaks ("she liked to say").
    static let catenatives: WordSet = [
        "like", "likes", "liked", "love", "loves", "loved", "used",
    ]
    static let hearsay: WordSet = ["said", "reported", "understood", "thought", "believed", "alleged", "known"]

    /// Words that open a relative clause.
    static let relativePronouns: WordSet = ["who", "whose", "whom", "which", "where"]

    /// Whether a common-noun speaker speaks for someone else ("spokesman", "analysts").
    func speaksFor(_ ref: SpeakerReference) -> Bool {
        let noun = ref.surface.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return QuoteAttributor.representatives.contains(noun)
    }

    /// Whether a word item is a title ("President", "Editor-in-Chief"), asked once per
    /// distinct surface (the word table keeps the answer).
    func isTitle(_ item: Item) -> Bool {
        let f = item.facts
        if f.pointee.title < 0 { f.pointee.title = isTitle(item.text) ? 1 : 0 }
        return f.pointee.title == 1
    }

    /// Whether a word is a title ("President", "Editor-in-Chief").
    func isTitle(_ word: String) -> Bool {
        if lexicon.titles[word.trimmingDot] != nil { return true }
        return word.utf8.contains(0x2D) && word.split(separator: "-").contains { lexicon.titles[String($0)] != nil }
    }

    /// Whether the words before a name make it the object of a preposition ("by Sky News").
    func isAfterPreposition(_ ref: SpeakerReference, in items: [Item]) -> Bool {
        // "Undersecretary for Education Mr. Toccafondi": the phrase belongs to the title.
        if ref.head.lowerBound > ref.range.lowerBound { return false }
        guard let first = items.firstIndex(where: { $0.range.lowerBound == ref.range.lowerBound }), first > 0 else {
            return false
        }
        var k = first - 1
        if ["the", "a", "an"].contains(items[k].lower), k > 0 { k -= 1 }
        return items[k].isWord && Words.prepositions.contains(items[k]) && items[k].lower != "as"
    }

    /// The speaker named after item `v` ("says Viktor Orbán", "said a spokesperson").
    func after(_ v: Int, in items: [Item]) -> SpeakerReference? {
        var j = v + 1
        guard j < items.count, items[j].isWord else { return nil }
        if Words.personalPronouns.contains(items[j]), items[j].lower != "it" {
            return SpeakerReference(
                kind: .pronoun, range: items[j].range, head: items[j].range, surface: items[j].lower)
        }
        if ["a", "an", "the"].contains(items[j].lower) { j += 1 }
        var k = j
        var n = 0
        while k < items.count, items[k].isWord, n < 7 {
            let it = items[k]
            if it.isCapitalized || Words.nameParticles.contains(it) && k > j {
                // take the run from here
                var e = k
                while e + 1 < items.count, items[e + 1].isWord,
                    items[e + 1].isCapitalized
                        || (Words.nameParticles.contains(items[e + 1]) && e + 2 < items.count
                            && items[e + 2].isCapitalized)
                {
                    e += 1
                }
                // "said Carlos "Chava" Sastre": a nickname inside the name.
                while let close = nicknameEnd(at: e + 1, in: items), !items[e].isPossessive {
                    guard close + 1 < items.count, items[close + 1].isWord, items[close + 1].isCapitalized else { break }
                    let next = nameEnd(from: close + 1, in: items)
                    e = next
                }
                // the run may be a modifier of a speaker noun: "the Kremlin spokesman"
                if e + 1 < items.count, items[e + 1].isWord, lexicon.speakerNouns[items[e + 1].lower] != nil,
                    !items[e].isPossessive
                {
                    k = e + 1
                    n += 1
                    continue
                }
                // "said the FCA's deputy chief, Omar Haddad": the name set off after the
                // possessor's role noun wins over the possessor (quote.speaker-role-name).
                if items[e].isPossessive, let name = appositiveName(afterRoleFrom: e + 1, in: items) { return name }
                // "said Met Office senior forecaster Jo Brown", "said former Tour winner Carlos
                // Sastre": a body's or an event's name, lower-case role words, then the person
                // (quote.speaker-role-name).
                // "said Bank of England chief economist Huw Pill": the body's whole name first.
                var body = e
                while body + 2 < items.count, ["of", "for", "and", "&"].contains(items[body + 1].lower),
                    items[body + 2].isWord, items[body + 2].isCapitalized, !items[body].isPossessive
                {
                    body += 2
                    while body + 1 < items.count, items[body + 1].isWord, items[body + 1].isCapitalized,
                        !items[body].isPossessive
                    {
                        body += 1
                    }
                }
                // ("said Network Rail's route director Ellie Burrows": after a possessive too.)
                if let person = personAfterRoleWords(from: body + 1, in: items) {
                    return person
                }
                if let run = nameRun(endingAt: e, in: items, from: j, allowRole: true) { return run }
                return nil
            }
            // "the council's chair": a possessive modifies the noun after it.
            if it.isPossessive, !it.isCapitalized {
                k += 1
                n += 1
                continue
            }
            if lexicon.speakerNouns[it.lower] != nil {
                // "a police spokesperson": the last of several nouns is the head.
                while k + 1 < items.count, items[k + 1].isWord, lexicon.speakerNouns[items[k + 1].lower] != nil {
                    k += 1
                }
                // "said a spokeswoman for the Home Office": the body she speaks for.
                if k + 1 < items.count, QuoteAttributor.representatives.contains(items[k]),
                    ["for", "at", "of", "from"].contains(items[k + 1].lower)
                {
                    var b = k + 2
                    if b < items.count, ["the", "a", "an"].contains(items[b].lower) { b += 1 }
                    if b < items.count, items[b].isWord, items[b].isCapitalized {
                        var e = b
                        while e + 1 < items.count, items[e + 1].isWord,
                            items[e + 1].isCapitalized
                                || (["of", "for", "and", "&"].contains(items[e + 1].lower) && e + 2 < items.count
                                    && items[e + 2].isCapitalized)
                        {
                            e += 1
                        }
                        if let first = nameRun(endingAt: b, in: items, from: b), e > b,
                            var whole = bodyName(from: first, to: e, in: items)
                        {
                            whole.viaRepresentative = true
                            return whole
                        }
                        if var run = nameRun(endingAt: e, in: items, from: b) {
                            run.viaRepresentative = true
                            return run
                        }
                    }
                    // "said a spokeswoman for the commission": an organisation named before.
                    if b < items.count, b > k + 2, items[b].isWord, !items[b].isCapitalized,
                        namesBody(items[b].lower, items[b].range.lowerBound),
                        b + 1 == items.count || !items[b + 1].isWord
                    {
                        var ref = SpeakerReference(
                            kind: .nominal, range: items[b].range, head: items[b].range, surface: items[b].lower)
                        ref.viaRepresentative = true
                        return ref
                    }
                }
                // "said Kremlin spokesman Dmitry Peskov": a name right after the noun wins.
                if k + 1 < items.count, items[k + 1].isWord, items[k + 1].isCapitalized {
                    var e = k + 1
                    while e + 1 < items.count, items[e + 1].isWord, items[e + 1].isCapitalized { e += 1 }
                    if let run = nameRun(endingAt: e, in: items, from: k + 1) { return run }
                }
                // "a statement from the ministry": the source after the statement noun.
                if lexicon.statementNouns[items[k].lower] != nil, k + 1 < items.count,
                    ["from", "by", "of"].contains(items[k + 1].lower),
                    let source = after(k + 1, in: items)
                {
                    return source
                }
                // "said the chief executive of NHS England, Amanda Pritchard": the name set off
                // after the role's body (quote.speaker-role-name).
                if k + 2 < items.count, ["of", "at", "for"].contains(items[k + 1].lower) {
                    var b = k + 2
                    if b < items.count, ["the", "a", "an"].contains(items[b].lower) { b += 1 }
                    var m = b
                    while m < items.count, items[m].isWord,
                        items[m].isCapitalized || (m > b && ["of", "for", "and", "&"].contains(items[m].lower))
                    {
                        m += 1
                    }
                    if m > b, items[m - 1].isCapitalized, m + 1 < items.count, items[m].punct == ",",
                        items[m + 1].isWord, items[m + 1].isCapitalized
                    {
                        let e = nameEnd(from: m + 1, in: items)
                        if !items[e].isPossessive, let run = nameRun(endingAt: e, in: items, from: m + 1),
                            isPerson(items[e].range)
                                || (e > m + 1 && !isPlace(items[e].range) && mentionStart(items[e].range) == nil)
                        {
                            return run
                        }
                    }
                }
                // "the Crown prosecutor, Mark Tedeschi, …": the appositive name wins.
                if k + 2 < items.count, items[k + 1].text == ",", items[k + 2].isWord, items[k + 2].isCapitalized {
                    var e = k + 2
                    while e + 1 < items.count, items[e + 1].isWord, items[e + 1].isCapitalized { e += 1 }
                    if let run = nameRun(endingAt: e, in: items, from: k + 2) { return run }
                }
                return nominal(endingAt: k, in: items)
            }
            if Words.prepositions.contains(it) || Words.beForms.contains(it) { return nil }
            k += 1
            n += 1
        }
        return nil
    }

    /// A person's name after one to four lower-case role words starting at item `k` ("senior
    /// forecaster Jo Brown", "winner Carlos Sastre"): the words are no preposition, article,
    /// conjunction, pronoun or verb, and the name is a person's mention, or two or more
    /// capitalised words that no other entity covers.
    func personAfterRoleWords(from k: Int, in items: [Item]) -> SpeakerReference? {
        var c = k
        while c < items.count, c - k < 4, items[c].isWord, !items[c].isCapitalized, !items[c].isPossessive,
            !Words.prepositions.contains(items[c]), !Words.determiners.contains(items[c]),
            !Words.conjunctions.contains(items[c]), !Words.personalPronouns.contains(items[c]),
            !Words.beForms.contains(items[c]), !Words.auxiliaries.contains(items[c]),
            !Words.adverbs.contains(items[c]), !Self.relativePronouns.contains(items[c]),
            lexicon.verbs[items[c].lower] == nil, items[c].text.first?.isNumber != true
        {
            c += 1
        }
        guard c > k, c < items.count, items[c].isWord, items[c].isCapitalized,
            !Words.capitalisedFunctionWords.contains(items[c]), !Words.calendar.contains(items[c])
        else { return nil }
        let e = nameEnd(from: c, in: items)
        guard !items[e].isPossessive, let run = nameRun(endingAt: e, in: items, from: c) else { return nil }
        if isPerson(items[e].range) { return run }
        let words = items[c...e].filter { $0.isWord && $0.isCapitalized }.count
        guard words >= 2, !isPlace(items[e].range), mentionStart(items[e].range) == nil else { return nil }
        return run
    }

    /// The last item of a name that starts at item `k`: capitalised words, particles between
    /// them ("Juan de la Cruz") and a nickname in marks ("Carlos "Chava" Sastre").
    func nameEnd(from k: Int, in items: [Item]) -> Int {
        var e = k
        while e + 1 < items.count {
            if items[e].isPossessive { break }
            let n = items[e + 1]
            if n.isWord, n.isCapitalized {
                e += 1
                continue
            }
            var p = e + 1
            while p < items.count, p - e <= 2, items[p].isWord, Words.nameParticles.contains(items[p]) { p += 1 }
            if p > e + 1, p < items.count, items[p].isWord, items[p].isCapitalized {
                e = p
                continue
            }
            if let close = nicknameEnd(at: e + 1, in: items), close + 1 < items.count, items[close + 1].isWord,
                items[close + 1].isCapitalized
            {
                e = close + 1
                continue
            }
            break
        }
        return e
    }

    /// The closing mark of a nickname whose opening mark is item `k`: one or two capitalised
    /// words between straight or curly double marks ("Chava" in Carlos "Chava" Sastre).
    func nicknameEnd(at k: Int, in items: [Item]) -> Int? {
        guard k + 2 < items.count, Self.nicknameMarks.contains(items[k].punct) else { return nil }
        var c = k + 1
        while c < items.count, c - k <= 2, items[c].isWord, items[c].isCapitalized { c += 1 }
        guard c > k + 1, c < items.count, Self.nicknameMarks.contains(items[c].punct) else { return nil }
        return c
    }

    /// The opening mark of a nickname whose closing mark is item `k`.
    func nicknameStart(closingAt k: Int, in items: [Item]) -> Int? {
        guard k >= 2, Self.nicknameMarks.contains(items[k].punct) else { return nil }
        var c = k - 1
        while c >= 0, k - c <= 2, items[c].isWord, items[c].isCapitalized { c -= 1 }
        guard c < k - 1, c >= 0, Self.nicknameMarks.contains(items[c].punct) else { return nil }
        return c
    }

    static let nicknameMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}"]

    /// The name after a lower-case role phrase and a comma, starting at item `k`: "deputy
    /// chief, Omar Haddad", "head of enforcement, Omar Haddad" (at most five words).
    func appositiveName(afterRoleFrom k: Int, in items: [Item]) -> SpeakerReference? {
        var c = k
        while c < items.count, c - k < 5, items[c].isWord, !items[c].isCapitalized || isTitle(items[c]),
            !Words.prepositions.contains(items[c].lower) || items[c].lower == "of" && c > k,
            lexicon.verbs[items[c].lower] == nil
        {
            c += 1
        }
        guard c > k, c + 1 < items.count, items[c].punct == ",", items[c + 1].isWord, items[c + 1].isCapitalized
        else { return nil }
        var e = c + 1
        while e + 1 < items.count, items[e + 1].isWord, items[e + 1].isCapitalized { e += 1 }
        return nameRun(endingAt: e, in: items, from: c + 1)
    }

    /// A name of capitalised words ending at item `end` (inclusive), no further back than
    /// `from`: titles before the name and possessive modifiers ("Hungary's") are left out of
    /// the surface but kept in the range.
    ///
    /// With `allowRole`, a run of titles only ("the US President") is returned as a `.role`
    /// reference, resolved through the entities' roles.
    func nameRun(endingAt end: Int, in items: [Item], from: Int = 0, allowRole: Bool = false) -> SpeakerReference? {
        // "I've just spoken to …": a first- or second-person word names nobody (quote.speaker.pronoun).
        guard end >= from, end >= 0, items[end].isWord, items[end].isCapitalized,
            !Words.personalWords.contains(items[end])
        else { return nil }
        var start = end
        while start - 1 >= from {
            let p = items[start - 1]
            // "Carlos "Chava" Sastre": a nickname between the given name and the surname.
            if !p.isWord, let open = nicknameStart(closingAt: start - 1, in: items), open - 1 >= from,
                items[open - 1].isWord, items[open - 1].isCapitalized, !items[open - 1].isPossessive
            {
                start = open - 1
                continue
            }
            guard p.isWord else { break }
            if p.isCapitalized {
                if Words.capitalisedFunctionWords.contains(p) || Words.personalWords.contains(p) { break }
                start -= 1
            } else if Words.nameParticles.contains(p), start - 2 >= from, items[start - 2].isCapitalized {
                start -= 1
            } else if Words.nameParticles.contains(p), start - 3 >= from, items[start - 2].isWord,
                Words.nameParticles.contains(items[start - 2]), items[start - 3].isCapitalized
            {
                // "María de los Ángeles Ruiz": two particles.
                start -= 2
            } else {
                break
            }
        }
        // "CEO of the Refugee Council Enver Solomon": an entity's mention ending the run
        // starts the name.
        // (Not past particles: "María de los Ángeles Ruiz" where the mention is "Ángeles Ruiz".)
        if let m = mentionStart(items[end].range), m > items[start].range.lowerBound,
            let k = (start...end).first(where: { items[$0].range.lowerBound == m }),
            !items[start..<k].contains(where: { !$0.isCapitalized && Words.nameParticles.contains($0) })
        {
            start = k
        }
        // Keep the words after the last possessive modifier, then drop leading titles.
        var nameStart = start
        for k in start..<end where items[k].isPossessive { nameStart = k + 1 }
        var headStart = nameStart
        while headStart <= end, Words.capitalisedFunctionWords.contains(items[headStart]) { headStart += 1 }
        guard headStart <= end else { return nil }
        // "White House Press Secretary Karoline Leavitt": the name follows the last title word.
        if let lastTitle = (headStart...end).last(where: { isTitle(items[$0]) }) {
            if lastTitle == end {  // "the President said"
                guard allowRole else { return nil }
                let surface = items[nameStart...end].map { $0.text }.joined(separator: " ")
                let range = items[nameStart].range.lowerBound..<items[end].range.upperBound
                return SpeakerReference(kind: .role, range: range, head: range, surface: surface)
            }
            headStart = lastTitle + 1
        }
        // The words joined by spaces, built in place (an array of words joined was a hot spot).
        var surface = ""
        var words = 0
        var k = headStart
        var nickname = false
        while k <= end {
            if let close = nicknameEnd(at: k, in: items), close < end {
                k = close + 1
                nickname = true
                continue
            }
            let w = items[k]
            if words > 0 { surface += " " }
            if w.isPossessive { surface += w.text.dropLast(2) } else { surface += w.text }
            words += 1
            k += 1
        }
        // (No calendar word has a space: a name of several words is not lower-cased to ask.)
        guard !surface.isEmpty, words > 1 || !Words.calendar.contains(surface.lowercased()) else { return nil }
        var ref = SpeakerReference(
            kind: .name, range: items[start].range.lowerBound..<items[end].range.upperBound,
            head: items[headStart].range.lowerBound..<items[end].range.upperBound, surface: surface)
        ref.hasNickname = nickname
        return ref
    }

    /// A common-noun speaker ending at item `end`: "a police spokesperson", "officials".
    func nominal(endingAt end: Int, in items: [Item]) -> SpeakerReference? {
        guard end >= 0, items[end].isWord, lexicon.speakerNouns[items[end].lower] != nil else { return nil }
        var start = end
        var n = 0
        while start - 1 >= 0, items[start - 1].isWord, n < 3 {
            let p = items[start - 1]
            // "the governor's office": an office noun's holder stays in the phrase.
            if p.isPossessive, !p.isCapitalized, start == end, QuoteAttributor.offices.contains(p) {
                start -= 1
                break
            }
            if Words.determiners.contains(p) || Words.prepositions.contains(p)
                || Words.beForms.contains(p)
                || Words.auxiliaries.contains(p) || p.isPossessive && !p.isCapitalized
                || Words.capitalisedFunctionWords.contains(p) || Words.conjunctions.contains(p)
                || lexicon.verb(p) != nil
            {
                break
            }
            start -= 1
            n += 1
        }
        let surface = items[start...end].map { $0.text }.joined(separator: " ")
        return SpeakerReference(
            kind: .nominal, range: items[start].range.lowerBound..<items[end].range.upperBound,
            head: items[start].range.lowerBound..<items[end].range.upperBound, surface: surface)
    }

    /// The owner of a statement noun: "his post", "Trump's Truth Social post", "the Kremlin's statement".
    func possessor(ofNounAt n: Int, in items: [Item]) -> SpeakerReference? {
        var k = n - 1
        var steps = 0
        while k >= 0, items[k].isWord, steps < 4 {
            let it = items[k]
            if Words.possessivePronouns.contains(it) {
                return SpeakerReference(
                    kind: .possessive, range: it.range.lowerBound..<items[n].range.upperBound, head: it.range,
                    surface: it.lower)
            }
            if it.isPossessive {
                guard var run = nameRun(endingAt: k, in: items) else { return nil }
                run.kind = .possessive
                run.antecedent = [run]
                run.range = run.range.lowerBound..<items[n].range.upperBound
                return run
            }
            if Words.determiners.contains(it) || Words.prepositions.contains(it) { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }
}
