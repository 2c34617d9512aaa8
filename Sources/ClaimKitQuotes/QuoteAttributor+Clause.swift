import ClaimKitModel

/// Quotes after a clause with no speech verb: "Jo Park, was harsher: "…"" and
/// "Park was scathing. "…"" (`RuleID.quoteSpeakerClause`).
extension QuoteAttributor {
    /// Evaluative or manner words that say how someone spoke ("Park was blunt.").
    static let mannerWords: Set<String> = [
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
    static let linkingVerbs: Set<String> = [
        "was", "is", "were", "are", "sounded", "seemed", "appeared", "remained", "remains", "sounds", "seems",
    ]
    /// Words that may stand between the linking verb and the manner word.
    static let intensifiers: Set<String> = [
        "more", "less", "even", "very", "far", "equally", "rather", "quite", "somewhat", "just", "as", "no",
        "typically", "characteristically", "uncharacteristically", "notably", "similarly", "much", "particularly",
        "not", "so",
    ]

    /// The one person named in the clause that ends at a colon (item `colon`), when the
    /// clause is short and names no other person: "His colleague, Jo Park, was kinder:".
    func clausePerson(endingAt colon: Int, in items: [Item]) -> ResolvedSpeaker? {
        let from = (items[..<colon].lastIndex { $0.quoteIndex != nil || $0.text == ";" }).map { $0 + 1 } ?? 0
        // A clause that quotes nobody: a cue there means its own speaker was not found.
        guard colon - from <= 14, colon > from,
            !items[from..<colon].contains(where: { $0.isWord && lexicon.verbs[$0.lower] != nil && !$0.isCapitalized })
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
        s.resolution = .speakerEntity
        return s
    }

    /// The person a sentence describes as speaking in some manner: "Park was blunt.",
    /// "Asked about it, Park was more direct." (a person entity, right before the linking verb).
    func mannerSubject(of items: [Item]) -> ResolvedSpeaker? {
        var end = items.count - 1
        guard end >= 2, items[end].text == "." else { return nil }
        end -= 1
        guard items[end].isWord, Self.mannerWords.contains(items[end].lower),
            !["less", "more", "equally"].contains(items[end].lower)
        else { return nil }
        var j = end - 1
        while j >= 0, items[j].isWord, Self.intensifiers.contains(items[j].lower) { j -= 1 }
        guard j >= 1, items[j].isWord, Self.linkingVerbs.contains(items[j].lower) else { return nil }
        let n = j - 1
        guard items[n].isWord, items[n].isCapitalized, let ref = finder.nameRun(endingAt: n, in: items) else {
            return nil
        }
        // The name opens the sentence or follows a comma ("Asked about it, Park was blunt.").
        guard let start = items.firstIndex(where: { $0.range.lowerBound == ref.range.lowerBound }),
            start == 0 || items[start - 1].text == ","
        else { return nil }
        let s = linker.link(name: ref, mention: ref.head, known: [])
        return s.type == .person ? s : nil
    }
}
