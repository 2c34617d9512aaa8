import ClaimKitModel

/// Names and common-noun speakers as item runs: where a name ends, nicknames in marks,
/// titles left out of the surface, possessors of statement nouns.
extension SpeakerFinder {
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
        guard k + 2 < items.count, Self.isNicknameMark(items[k].punct) else { return nil }
        var c = k + 1
        while c < items.count, c - k <= 2, items[c].isWord, items[c].isCapitalized { c += 1 }
        guard c > k + 1, c < items.count, Self.isNicknameMark(items[c].punct) else { return nil }
        return c
    }

    /// The opening mark of a nickname whose closing mark is item `k`.
    func nicknameStart(closingAt k: Int, in items: [Item]) -> Int? {
        guard k >= 2, Self.isNicknameMark(items[k].punct) else { return nil }
        var c = k - 1
        while c >= 0, k - c <= 2, items[c].isWord, items[c].isCapitalized { c -= 1 }
        guard c < k - 1, c >= 0, Self.isNicknameMark(items[c].punct) else { return nil }
        return c
    }

    /// The marks a nickname stands between: " “ ” (compared by switch: a set of scalars
    /// hashed each mark, asked at every word of a name).
    @inline(__always)
    static func isNicknameMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201C}", "\u{201D}": true
        default: false
        }
    }

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
