import ClaimKitModel

/// Finds the words that name a speaker around a cue: the subject before a reporting
/// verb ("Orbán says", "he says", "Leavitt, who says", "a police spokesperson said",
/// "his post concludes"), or after it in inversion ("says Hungary's Prime Minister
/// Viktor Orbán").
struct SpeakerFinder {
    let lexicon: CueLexicon
    let text: EntryScalars
    /// Whether an entity of type place covers a scalar range.
    var isPlace: (Range<Int>) -> Bool = { _ in false }
    /// Where the person or organisation mention covering a scalar range starts, if one does.
    var mentionStart: (Range<Int>) -> Int? = { _ in nil }

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
        // "Trump on Thursday said"
        if j >= 1, items[j].isWord, Words.calendar.contains(items[j]), items[j - 1].lower == "on" { j -= 2 }
        guard j >= 0 else { return nil }
        let item = items[j]
        if item.kind == .punct {
            guard item.text == "," else { return nil }
            // "John Thune, told": the name right before a comma; an appositive ("Khaled
            // Al-Maeena, editor at the Saudi Gazette, said") whose first word is lower case
            // is passed over, and so are places and names after a preposition ("the
            // University of Arkansas, Fayetteville, said"), up to three commas back.
            var comma = j
            for _ in 0..<3 {
                var k = comma - 1
                var n = 0
                var crossedQuote = false
                while k >= 0, n < 16,
                    items[k].isWord || ["-", ".", "'", "\u{2019}"].contains(items[k].text) || items[k].quoteIndex != nil
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
                if crossedQuote, !(segmentStart < comma && Self.relativePronouns.contains(items[segmentStart])) {
                    return nil
                }
                let appositive =
                    segmentStart < comma && !items[segmentStart].isCapitalized && k >= 0 && items[k].text == ","
                if !appositive {
                    if var run = nameRun(endingAt: comma - 1, in: items), !isPlace(items[comma - 1].range),
                        !isAfterPreposition(run, in: items)
                    {
                        run.isAppositive = segmentStart > 0 && items[segmentStart - 1].text == ","
                            && run.range.lowerBound == items[segmentStart].range.lowerBound
                        return run
                    }
                    // "Senator Jane Roe of Maine, told": the name before the place or body it is "of".
                    if let run = nameRun(endingAt: comma - 1, in: items), isAfterPreposition(run, in: items),
                        let head = headBefore(modifier: run, in: items), head.kind == .name,
                        items.firstIndex(where: { $0.range.lowerBound == head.range.lowerBound }).map({
                            $0 >= segmentStart
                        }) == true
                    {
                        return head
                    }
                    if segmentStart < comma, let nominal = nominal(endingAt: comma - 1, in: items),
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
            if let run = nameRun(endingAt: j, in: items, allowRole: true) {
                guard isAfterPreposition(run, in: items) else { return run }
                let head = headBefore(modifier: run, in: items)
                // "a spokesman for Baker", "analysts at Barclays": they speak for the one named.
                if let head, speaksFor(head), run.kind == .name {
                    var run = run
                    run.viaRepresentative = true
                    return run
                }
                return head
            }
        }
        if lexicon.statementNouns[lower] != nil, let owner = possessor(ofNounAt: j, in: items) {
            return owner
        }
        if lexicon.speakerNouns[lower] != nil, let nominal = nominal(endingAt: j, in: items) {
            // "A spokesperson for the company declined": the noun before the phrase speaks.
            if isAfterPreposition(nominal, in: items) { return headBefore(modifier: nominal, in: items) }
            return nominal
        }
        return nil
    }

    /// The speaker a prepositional phrase modifies: "Rebecca English [of the Daily Mail]",
    /// "a spokesperson [for the company]".
    func headBefore(modifier ref: SpeakerReference, in items: [Item]) -> SpeakerReference? {
        guard var k = items.firstIndex(where: { $0.range.lowerBound == ref.range.lowerBound }) else { return nil }
        k -= 1
        if k >= 0, ["the", "a", "an"].contains(items[k].lower) { k -= 1 }
        guard k >= 1, ["of", "from", "at", "for", "with"].contains(items[k].lower) else { return nil }
        return nameRun(endingAt: k - 1, in: items) ?? nominal(endingAt: k - 1, in: items)
    }

    /// Participles of hearsay before "to have …" ("is said to have replied").
    static let hearsay: WordSet = ["said", "reported", "understood", "thought", "believed", "alleged", "known"]

    /// Words that open a relative clause.
    static let relativePronouns: WordSet = ["who", "whose", "whom", "which", "where"]

    /// Whether a common-noun speaker speaks for someone else ("spokesman", "analysts").
    func speaksFor(_ ref: SpeakerReference) -> Bool {
        let noun = ref.surface.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return QuoteAttributor.representatives.contains(noun)
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
                // the run may be a modifier of a speaker noun: "the Kremlin spokesman"
                if e + 1 < items.count, items[e + 1].isWord, lexicon.speakerNouns[items[e + 1].lower] != nil,
                    !items[e].isPossessive
                {
                    k = e + 1
                    n += 1
                    continue
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
                        if var run = nameRun(endingAt: e, in: items, from: b) {
                            run.viaRepresentative = true
                            return run
                        }
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

    /// A name of capitalised words ending at item `end` (inclusive), no further back than
    /// `from`: titles before the name and possessive modifiers ("Hungary's") are left out of
    /// the surface but kept in the range.
    ///
    /// With `allowRole`, a run of titles only ("the US President") is returned as a `.role`
    /// reference, resolved through the entities' roles.
    func nameRun(endingAt end: Int, in items: [Item], from: Int = 0, allowRole: Bool = false) -> SpeakerReference? {
        guard end >= from, end >= 0, items[end].isWord, items[end].isCapitalized else { return nil }
        var start = end
        while start - 1 >= from, items[start - 1].isWord {
            let p = items[start - 1]
            if p.isCapitalized {
                if Words.capitalisedFunctionWords.contains(p) { break }
                start -= 1
            } else if Words.nameParticles.contains(p), start - 2 >= from, items[start - 2].isCapitalized {
                start -= 1
            } else {
                break
            }
        }
        // "CEO of the Refugee Council Enver Solomon": an entity's mention ending the run
        // starts the name.
        if let m = mentionStart(items[end].range), m > items[start].range.lowerBound,
            let k = (start...end).first(where: { items[$0].range.lowerBound == m })
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
        if let lastTitle = (headStart...end).last(where: { isTitle(items[$0].text) }) {
            if lastTitle == end {  // "the President said"
                guard allowRole else { return nil }
                let surface = items[nameStart...end].map { $0.text }.joined(separator: " ")
                let range = items[nameStart].range.lowerBound..<items[end].range.upperBound
                return SpeakerReference(kind: .role, range: range, head: range, surface: surface)
            }
            headStart = lastTitle + 1
        }
        let words = items[headStart...end].map { w -> String in
            w.isPossessive ? String(w.text.dropLast(2)) : w.text
        }
        let surface = words.joined(separator: " ")
        guard !surface.isEmpty, !Words.calendar.contains(surface.lowercased()) else { return nil }
        return SpeakerReference(
            kind: .name, range: items[start].range.lowerBound..<items[end].range.upperBound,
            head: items[headStart].range.lowerBound..<items[end].range.upperBound, surface: surface)
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
