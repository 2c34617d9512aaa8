import ClaimKitModel

/// Quotes after a clause with no speech verb: "Jo Park, was harsher: "…"" and
/// "Park was scathing. "…"" (`RuleID.quoteSpeakerClause`).
extension QuoteAttributor {
    /// Evaluative or manner words that say how someone spoke ("Park was blunt.").
    static let mannerWords: WordSet = [
        "blunt", "blunter", "bluntly", "furious", "kind", "kinder", "harsh", "harsher", "scathing", "defiant",
        "adamant", "unrepentant", "emphatic", "clear", "clearer", "direct", "frank", "candid", "dismissive",
        "forthright", "unequivocal", "angry", "angrier", "cautious", "optimistic", "upbeat", "pessimistic",
        "gloomy", "scornful", "sceptical", "skeptical", "critical", "withering", "effusive", "gracious",
        "generous", "diplomatic", "measured", "philosophical", "succinct", "terse", "brief", "unapologetic",
        "unimpressed", "unmoved", "incensed", "livid", "outraged", "indignant", "bullish", "bearish", "defensive",
        "combative", "conciliatory", "sanguine", "stark", "starker", "plain", "plainer", "categorical", "firm",
        "firmer", "less", "more", "equally",
    ]
    /// Linking verbs between the person and the manner word.
    static let linkingVerbs: WordSet = [
        "was", "is", "were", "are", "sounded", "seemed", "appeared", "remained", "remains", "sounds", "seems",
    ]
    /// Words that may stand between the linking verb and the manner word.
    static let intensifiers: WordSet = [
        "more", "less", "even", "very", "far", "equally", "rather", "quite", "somewhat", "just", "as", "no",
        "typically", "characteristically", "uncharacteristically", "notably", "similarly", "much", "particularly",
        "not", "so",
    ]

    /// The first item of the predicate that says how someone spoke, ending at item `end`:
    /// "was (more) blunt", "put it bluntly", "didn't mince words".
    func mannerVerb(endingAt end: Int, in items: [Item]) -> Int? {
        guard items[end].isWord else { return nil }
        let last = items[end].lower
        if last == "words", end >= 2, items[end - 1].lower == "mince" {
            var j = end - 2
            if j >= 0, ["not", "n't", "didn't", "didn\u{2019}t"].contains(items[j].lower) { j -= 1 }
            if j >= 0, ["did", "does"].contains(items[j].lower) { j -= 1 }
            return j + 1 < end - 1 ? j + 1 : nil
        }
        var j = end - 1
        while j >= 0, items[j].isWord, Self.intensifiers.contains(items[j]) { j -= 1 }
        if last.hasSuffix("ly"), j >= 1, items[j].lower == "it", ["put", "puts"].contains(items[j - 1].lower) {
            return j - 1
        }
        guard Self.mannerWords.contains(last), !["less", "more", "equally"].contains(last), j >= 1, items[j].isWord,
            Self.linkingVerbs.contains(items[j])
        else { return nil }
        return j
    }

    /// The one person named in the clause that ends at a colon (item `colon`), when the
    /// clause is short and names no other person: "His colleague, Jo Park, was kinder:".
    func clausePerson(endingAt colon: Int, in items: [Item]) -> ResolvedSpeaker? {
        let from = (items[..<colon].lastIndex { $0.quoteIndex != nil || $0.isSemicolon }).map { $0 + 1 } ?? 0
        // A clause that quotes nobody: a cue there means its own speaker was not found.
        guard colon - from <= 14, colon > from,
            !items[from..<colon].contains(where: { $0.isWord && lexicon.verb($0) != nil && !$0.isCapitalized })
        else { return nil }
        var found: [ResolvedSpeaker] = []
        var k = from
        while k < colon {
            guard items[k].isWord, items[k].isCapitalized else {
                k += 1
                continue
            }
            var e = k
            while e + 1 < colon, items[e + 1].isWord, items[e + 1].isCapitalized, !items[e].isPossessive { e += 1 }
            if let ref = finder.nameRun(endingAt: e, in: items, from: k) {
                let s = linker.link(name: ref, mention: ref.head, known: [])
                if s.type == .person, !items[e].isPossessive, !found.contains(where: { $0.isSame(as: s) }) {
                    found.append(s)
                }
            }
            k = e + 1
        }
        guard found.count == 1, var s = found.first else { return nil }
        // The person must be the clause's subject: not a verb's object ("Police named the
        // victim as Frank Moss and issued a plea:") nor after a preposition ("The council,
        // led by Mayor Ann Cole, issued a statement:").
        guard let subject = subjectPerson(of: items, before: colon, from: from), subject.isSame(as: s) else {
            return nil
        }
        s.resolution = .speakerEntity
        return s
    }

    /// An unnamed role opening the clause before item `end`, no verb before it: "One Labour
    /// whip put it to us bluntly:", "A senior aide sighed:" (quote.speaker-clause, then the
    /// role phrase as the speaker, as a nominal after a cue is).
    func subjectNominal(of items: [Item], before end: Int) -> SpeakerReference? {
        var k = 0
        while k < min(end, 6), items[k].isWord {
            if lexicon.speakerNouns[items[k].lower] != nil {
                var n = k
                while n + 1 < end, items[n + 1].isWord, lexicon.speakerNouns[items[n + 1].lower] != nil { n += 1 }
                return finder.nominal(endingAt: n, in: items)
            }
            if !items[k].isCapitalized, lexicon.verb(items[k]) != nil || items[k].isPossessive { return nil }
            k += 1
        }
        return nil
    }

    /// The first person named in `items` (up to item `end`) outside a phrase a preposition
    /// opens: the subject of "Her neighbour, retired teacher Frank Moss, remembered the
    /// sound" or of "The owner of the Anchor pub, Dave Price, looked up and sighed".
    func subjectPerson(of items: [Item], before end: Int? = nil, from start: Int = 0) -> ResolvedSpeaker? {
        let limit = end ?? items.count
        var k = start
        while k < limit {
            guard items[k].isWord, items[k].isCapitalized else {
                // A verb with its object before any person ("Police arrested Frank Moss"): the
                // subject was not a person ("retired teacher Frank Moss" goes on).
                if items[k].isWord, !items[k].isCapitalized, k > 0,
                    lexicon.verb(items[k]) != nil || items[k].lower.hasSuffix("ed"), k + 1 < limit,
                    !items[k + 1].isWord || items[k + 1].isCapitalized || Words.determiners.contains(items[k + 1])
                        || Words.personalPronouns.contains(items[k + 1])
                {
                    return nil
                }
                k += 1
                continue
            }
            let e = min(finder.nameEnd(from: k, in: items), limit - 1)
            defer { k = e + 1 }
            guard !items[e].isPossessive, let ref = finder.nameRun(endingAt: e, in: items, from: k),
                !finder.isAfterPreposition(ref, in: items),
                k == 0 || !(items[k - 1].isWord && Words.prepositions.contains(items[k - 1]))
            else { continue }
            var s = linker.link(name: ref, mention: ref.head, known: [])
            if s.type == .person {
                s.resolution = .speakerEntity
                return s
            }
        }
        return nil
    }

    /// The person a sentence describes as speaking in some manner: "Park was blunt.",
    /// "Asked about it, Park was more direct." (a person entity, right before the linking verb).
    ///
    /// "She was blunt." resolves "she" like a cue's pronoun, in sentence `si`.
    func mannerSubject(of items: [Item], si: Int) -> ResolvedSpeaker? {
        var end = items.count - 1
        guard end >= 1, items[end].punct == "." else { return nil }
        end -= 1
        guard let n = mannerVerb(endingAt: end, in: items).map({ $0 - 1 }), n >= 0 else { return nil }
        if ["he", "she"].contains(items[n].lower), n == 0 || items[n - 1].punct == "," {
            guard var s = resolvePronoun(items[n].lower, si: si, at: n, final: false),
                s.type == .person || s.type == nil
            else { return nil }
            s.mention = items[n].range
            return s
        }
        guard items[n].isWord, items[n].isCapitalized, let ref = finder.nameRun(endingAt: n, in: items) else {
            return nil
        }
        // The name opens the sentence or follows a comma ("Asked about it, Park was blunt.").
        guard let start = items.firstIndex(where: { $0.range.lowerBound == ref.range.lowerBound }),
            start == 0 || items[start - 1].punct == ","
        else { return nil }
        let s = linker.link(name: ref, mention: ref.head, known: [])
        return s.type == .person ? s : nil
    }
}
