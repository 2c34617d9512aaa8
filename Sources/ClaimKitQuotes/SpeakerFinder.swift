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
        if Words.articles.contains(items[k]), k > 0 { k -= 1 }
        return items[k].isWord && Words.prepositions.contains(items[k]) && items[k].lower != "as"
    }
}
