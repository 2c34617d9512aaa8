import ClaimKitModel

/// Reporting cues: which words of a sentence report speech, and the channel a sentence names.
extension QuoteAttributor {
    // MARK: - Cues

    /// The reporting cues of a sentence, outside its quotes.
    func cues(in items: [Item]) -> [Cue] {
        var out: [Cue] = []
        let a = Item.key(UInt8(ascii: "a"), UInt8(ascii: "c"))
        let we = Item.key(UInt8(ascii: "w"), UInt8(ascii: "e"))
        let go = Item.key(UInt8(ascii: "g"), UInt8(ascii: "o"))
        for (k, it) in items.enumerated() where it.isWord {
            if it.lowerKey == a, it.lower == "according", k + 1 < items.count, items[k + 1].lower == "to" {
                out.append(Cue(item: k + 1, verb: nil))
                continue
            }
            // "He went on: "…"" / "she goes on to say": a phrasal cue continuing the speaker.
            if it.lowerKey == we || it.lowerKey == go, it.lower == "went" || it.lower == "goes" || it.lower == "go",
                k + 2 < items.count, items[k + 1].lower == "on",
                items[k + 2].punct == ":" || items[k + 2].quoteIndex != nil
                    || (items[k + 2].lower == "to" && k + 3 < items.count && lexicon.verb(items[k + 3]) != nil)
            {
                let v = CueLexicon.Verb(
                    lemma: "go on", kind: "speech", isParticiple: false, isBase: it.lower == "go",
                    isThirdPerson: it.lower == "goes")
                out.append(Cue(item: k, verb: v))
                continue
            }
            // A capitalised word inside a sentence is a name ("United States"), not a verb.
            guard !(it.isCapitalized && k > 0), var v = lexicon.verb(it), isVerb(at: k, form: v, in: items)
            else { continue }
            if v.isParticiple, progressive(at: k, in: items) { v.isParticiple = false }
            out.append(Cue(item: k, verb: v))
        }
        return out
    }

    /// Media a statement is sent by ("said by email", "by phone", "by video link"): after
    /// "by" they name no agent of a passive.
    static let media: WordSet = [
        "email", "e-mail", "emails", "phone", "telephone", "text", "texts", "letter", "video", "videolink",
        "message", "fax", "mail", "post", "radio", "satellite", "zoom", "videocall", "whatsapp", "messenger",
    ]

    /// Words before a participle that make it a verb of the clause ("and saying", "while
    /// adding"). Compared by switch: an array of the words was made per question.
    static func isClauseLink(_ p: String) -> Bool {
        switch p {
        case "and", "while", "whilst", "by", "before", "after": true
        default: false
        }
    }

    /// "the" or "with" before a speaker noun and a participle ("the minister saying").
    static func isTheOrWith(_ w: String) -> Bool { w == "the" || w == "with" }

    /// The hearers that make "told" a cue of its own ("told reporters").
    static func isPress(_ w: String) -> Bool { w == "reporters" || w == "journalists" }

    /// Subjects of a base verb form ("we say").
    static func isPluralSubject(_ p: String) -> Bool {
        switch p {
        case "i", "we", "they", "you": true
        default: false
        }
    }

    /// Subjects of a third-person verb form ("she says", "who says"; with `relative`, also
    /// "which" and "that").
    static func isSingularSubject(_ p: String, relative: Bool) -> Bool {
        switch p {
        case "he", "she", "it", "who": true
        case "which", "that": relative
        default: false
        }
    }

    /// Whether a reporting-verb form stands as a verb here, not as a noun ("peace talks",
    /// "the phone call") or a passive ("was told").
    func isVerb(at k: Int, form: CueLexicon.Verb, in items: [Item]) -> Bool {
        let prev = k > 0 ? items[k - 1] : nil
        let p = prev?.lower ?? ""
        if form.isParticiple {
            guard let prev else { return false }  // "Speaking to reporters, …" introduces the subject's own clause
            if progressive(at: k, in: items) { return true }
            // "was quoted as saying": the subject of "was quoted" speaks.
            if p == "as", k >= 2, items[k - 2].lower == "quoted" { return true }
            return prev.punct == "," || Self.isClauseLink(p)
                || prev.quoteIndex != nil
                || (prev.isCapitalized && k >= 2 && items[k - 2].lower == "with")
                || (lexicon.speakerNouns[p] != nil && k >= 2 && Self.isTheOrWith(items[k - 2].lower))
        }
        if let prev, prev.isWord, Words.determiners.contains(prev) || Words.beForms.contains(prev) && !form.isParticiple {
            return false
        }
        // "ministers accused of …", "a letter signed by …": passive, not a statement.
        // ("said by email", "told reporters by phone" name the medium, not an agent.)
        if !form.isBase, !form.isThirdPerson, k + 1 < items.count,
            (items[k + 1].lower == "by" && !(k + 2 < items.count && Self.media.contains(items[k + 2])))
                || (form.lemma == "accuse" && items[k + 1].lower == "of")
        {
            return false
        }
        if form.lemma == "point" {
            // "pointed out", not "pointed to the table".
            return k + 1 < items.count && items[k + 1].lower == "out"
        }
        if form.lemma == "continue" {
            // "She continued: "…"" but not "talks will continue".
            let next = k + 1 < items.count ? items[k + 1] : nil
            return next?.punct == ":" || next?.quoteIndex != nil || prev?.quoteIndex != nil || prev?.punct == ","
        }
        if form.isBase {
            return Self.isPluralSubject(p) || Words.auxiliaries.contains(p)
                || (p == "to" && k >= 2 && SpeakerFinder.catenatives.contains(items[k - 2]))
                || (lexicon.speakerNouns[p]?.plural ?? false)
        }
        if form.isThirdPerson {
            guard let prev else { return false }
            if prev.quoteIndex != nil || prev.punct == "," { return true }
            // "The Nigeria Labour Congress (NLC) says": a short form in brackets after a name.
            if prev.punct == ")", k >= 4, let open = finder.bracketOpen(closingAt: k - 1, in: items), open == k - 3,
                items[k - 2].isWord, items[k - 2].isCapitalized, items[open - 1].isWord, items[open - 1].isCapitalized
            {
                return true
            }
            if !prev.isWord { return false }
            if Self.pluralNouns.contains(items[k]) {
                // "peace talks", "phone calls": a plural noun unless a pronoun or a known name stands before it.
                return Self.isSingularSubject(p, relative: false) || linker.entityIndex(covering: prev.range) != nil
                    || (prev.isCapitalized && k >= 2 && items[k - 2].isCapitalized)
            }
            return prev.isCapitalized || Self.isSingularSubject(p, relative: true)
                || Words.adverbs.contains(prev)
                || lexicon.speakerNouns[p] != nil || lexicon.statementNouns[p] != nil || Self.referringBodies.contains(p)
        }
        if let prev, prev.isWord, Words.prepositions.contains(prev) { return false }
        return true
    }

    /// The subject of the sentence's main clause: the first name before `k` that is not
    /// inside a phrase led by a preposition, a date, or a possessive modifier.
    func clauseSubject(before k: Int, in items: [Item]) -> SpeakerReference? {
        var i = 0
        while i < k {
            guard items[i].isWord, items[i].isCapitalized else {
                i += 1
                continue
            }
            // Particles and a nickname stay inside the name ("Juan de la Cruz").
            let e = min(finder.nameEnd(from: i, in: items), k - 1)
            // "The flight director at the German Aerospace Center (DLR), Dr Anna Keller,
            // turned and said": a short form in brackets is an aside, and an organisation
            // gives way to a person set off by commas later in the clause.
            let bracketed = i > 0 && items[i - 1].punct == "(" && e + 1 < items.count && items[e + 1].punct == ")"
            if !bracketed, !items[e].isPossessive, !Words.calendar.contains(items[e]),
                let ref = finder.nameRun(endingAt: e, in: items, from: i),
                // (A place covering only the first word, "Anna" in "Anna Keller", names no place.)
                !finder.isAfterPreposition(ref, in: items), !linker.isPlace((ref.head.upperBound - 1)..<ref.head.upperBound)
            {
                if linker.entityType(covering: ref.head) == .organization,
                    let person = appositivePerson(from: e + 1, before: k, in: items)
                {
                    return person
                }
                var ref = ref
                ref.isAppositive = i > 0 && items[i - 1].punct == "," && e + 1 < items.count && items[e + 1].punct == ","
                return ref
            }
            i = e + 1
        }
        // "the government recommending …"
        if k > 0, let nominal = finder.nominal(endingAt: k - 1, in: items) { return nominal }
        return nil
    }

    /// The first person's name between commas (", Dr Anna Keller,") from item `from` up to
    /// item `k`.
    func appositivePerson(from: Int, before k: Int, in items: [Item]) -> SpeakerReference? {
        var i = from
        while i < k {
            if items[i].punct == ",", i + 1 < k, items[i + 1].isWord, items[i + 1].isCapitalized {
                let e = finder.nameEnd(from: i + 1, in: items)
                if e + 1 < k, items[e + 1].punct == ",", linker.entityType(covering: items[e].range) == .person,
                    let ref = finder.nameRun(endingAt: e, in: items, from: i + 1)
                {
                    return ref
                }
                i = e + 1
                continue
            }
            i += 1
        }
        return nil
    }

    /// Whether an "-ing" form is a progressive verb ("Trump is now talking").
    func progressive(at k: Int, in items: [Item]) -> Bool {
        var j = k - 1
        while j >= 0, items[j].isWord, Words.adverbs.contains(items[j]) { j -= 1 }
        return j >= 0 && items[j].isWord && Words.beForms.contains(items[j])
    }

    /// The cue as the record names it: the verb, or "told reporters" when a channel phrase starts at it.
    func cueSurface(_ c: Cue, in items: [Item]) -> String {
        if c.isAccordingTo { return "according to" }
        if c.item + 1 < items.count, items[c.item].lower == "told", Self.isPress(items[c.item + 1].lower) {
            return "told " + items[c.item + 1].text
        }
        return items[c.item].text
    }

    /// The first channel phrase of the sentence.
    /// Read over the sentence's items in place, word by word (an array of its words and
    /// one of every channel found were made per sentence): a named platform found first
    /// is returned at once, else the first channel found.
    func channel(in items: [Item]) -> String? {
        guard let starts = lexicon.channelStarts else { return nil }
        let byFirst = lexicon.channelsByFirst
        let byFirstStart = lexicon.channelsByFirstStart
        let wordStart = lexicon.channelWordStart
        let lowers = lexicon.channelWordLower
        let originals = lexicon.channelWordOriginal
        let caseSensitive = lexicon.channelWordCaseSensitive
        // Whether channel `c` matches the words from item `start` (a word) on, punctuation
        // between them passed over (as in the sentence's list of words).
        func matches(_ c: Int, at start: Int) -> Bool {
            let lo = wordStart[c]
            let n = wordStart[c + 1] - lo
            var j = start
            for k in 0..<n {
                while j < items.count, !items[j].isWord { j += 1 }
                guard j < items.count else { return false }
                let item = items[j]
                if caseSensitive[lo + k] ? item.text != originals[lo + k] : item.lower != lowers[lo + k] { return false }
                j += 1
            }
            return true
        }
        var first: String?
        for start in items.indices where items[start].isWord && starts.contains(items[start]) {
            // Only the channels whose first byte fits are tried, and the first in channel
            // order that matches is taken (as trying every channel in order would).
            let lowerFirst = Int(items[start].facts.pointee.lowerFirst)
            let textFirst = Int(items[start].facts.pointee.textFirst)
            var best = Int.max
            for n in byFirstStart[lowerFirst]..<byFirstStart[lowerFirst + 1]
            where byFirst[n] < best && matches(byFirst[n], at: start) {
                best = byFirst[n]
                break
            }
            for n in byFirstStart[256 + textFirst]..<byFirstStart[256 + textFirst + 1]
            where byFirst[n] < best && matches(byFirst[n], at: start) {
                best = byFirst[n]
                break
            }
            guard best != Int.max else { continue }
            // A named platform ("Telegram") says more than a generic channel ("post").
            let found = lexicon.channels[best].channel
            if found.first?.isUppercase == true { return found }
            if first == nil { first = found }
        }
        return first
    }

}
