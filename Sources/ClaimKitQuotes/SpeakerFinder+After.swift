import ClaimKitModel

/// The speaker named after a cue, in inversion ("says Hungary's Prime Minister Viktor
/// Orbán", "said a spokesperson").
extension SpeakerFinder {
    /// The speaker named after item `v` ("says Viktor Orbán", "said a spokesperson").
    func after(_ v: Int, in items: [Item]) -> SpeakerReference? {
        var j = v + 1
        guard j < items.count, items[j].isWord else { return nil }
        if Words.personalPronouns.contains(items[j]), items[j].lower != "it" {
            return SpeakerReference(
                kind: .pronoun, range: items[j].range, head: items[j].range, surface: items[j].lower)
        }
        let determiner = Words.articles.contains(items[j])
        if determiner { j += 1 }
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
                while body + 2 < items.count, Words.nameJoiners.contains(items[body + 1]),
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
                    if b < items.count, Words.articles.contains(items[b]) { b += 1 }
                    if b < items.count, items[b].isWord, items[b].isCapitalized {
                        var e = b
                        while e + 1 < items.count, items[e + 1].isWord,
                            items[e + 1].isCapitalized
                                || (Words.nameJoiners.contains(items[e + 1]) && e + 2 < items.count
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
                    if b < items.count, Words.articles.contains(items[b]) { b += 1 }
                    var m = b
                    while m < items.count, items[m].isWord,
                        items[m].isCapitalized || (m > b && Words.nameJoiners.contains(items[m]))
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
                if k + 2 < items.count, items[k + 1].punct == ",", items[k + 2].isWord, items[k + 2].isCapitalized {
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
        // "says the helicopter pilot, Lieutenant Catalina Ñancupil": role words the lexicon
        // does not know, then the person's name set off by a comma (quote.speaker-role-name).
        if determiner, k > j, k + 1 < items.count, items[k].punct == ",", items[k + 1].isWord,
            items[k + 1].isCapitalized, !Words.capitalisedFunctionWords.contains(items[k + 1])
        {
            let e = nameEnd(from: k + 1, in: items)
            if !items[e].isPossessive, let run = nameRun(endingAt: e, in: items, from: k + 1) {
                if isPerson(items[e].range) { return run }
                let words = items[(k + 1)...e].filter { $0.isWord && $0.isCapitalized }.count
                if words >= 2, !isPlace(items[e].range), mentionStart(items[e].range) == nil { return run }
            }
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
}
