import ClaimKitModel

/// The speaker named before a cue ("Orbán says", "a police spokesperson said", "Leavitt,
/// who says"), with the phrases around it: possessors, "of" modifiers, bodies' names.
extension SpeakerFinder {
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
            guard item.punct == "," else { return nil }
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
                    items[k].isWord || items[k].punct == "-" || items[k].punct == "." || items[k].punct == "'" || items[k].punct == "\u{2019}" || items[k].quoteIndex != nil
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
                    segmentStart <= end && !items[segmentStart].isCapitalized && k >= 0 && items[k].punct == ","
                // ", the Professional Footballers' Association (PFA),": a body's name after "the"
                // is the apposition's name, not a description.
                if appositive, end < comma - 1, items[segmentStart].lower == "the", segmentStart < end,
                    items[(segmentStart + 1)...end].allSatisfy({
                        $0.isWord
                            ? $0.isCapitalized || Words.nameParticles.contains($0)
                            : $0.punct == "'" || $0.punct == "\u{2019}"
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
                        run.isAppositive = segmentStart > 0 && items[segmentStart - 1].punct == ","
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
                guard k >= 0, items[k].punct == "," else { return nil }
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
            if k >= 0, items[k].punct == "," { k -= 1 }
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
        if k >= 0, Words.articles.contains(items[k]) { k -= 1 }
        guard k >= 1, Words.bodyPrepositions.contains(items[k]) else { return nil }
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
}
