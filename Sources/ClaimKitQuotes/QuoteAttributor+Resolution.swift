import ClaimKitModel

/// Linking a speaker reference: names to entities, pronouns to the nearest compatible candidate, roles and bodies to the entities that hold them.
extension QuoteAttributor {
    // MARK: - Resolution

    /// Whether "the " stands right before scalar `i`.
    /// Read from the four scalars (no scalar but T, H, E and the space lower-cases to
    /// "t", "h", "e" or " "): the same answer as lower-casing them into a string.
    func precededByThe(_ i: Int) -> Bool {
        guard i >= 4 else { return false }
        let s = text.scalars
        return s[i - 4].value | 0x20 == 0x74 && s[i - 3].value | 0x20 == 0x68 && s[i - 2].value | 0x20 == 0x65
            && s[i - 1] == " "
    }

    /// Links a speaker reference: names to entities, pronouns to the nearest compatible
    /// candidate (same sentence first unless the cue follows the quote, then earlier
    /// sentences, whose own cue speakers come first).
    func resolve(
        _ ref: SpeakerReference, si: Int, at position: Int, final: Bool, known: Known
    ) -> ResolvedSpeaker? {
        let mention = ref.kind == .possessive ? ref.range : ref.head
        switch ref.kind {
        case .name:
            // "the Spaniard said": the one person of that nationality, else nobody.
            if isNationalityNoun(ref) { return nationalityReference(ref, si: si, mention: mention) }
            var s = linker.link(name: ref, mention: mention, knownSpeakers: { self.speakers(known) })
            s.viaRepresentative = ref.viaRepresentative
            // "the Sindicato dos Trabalhadores (STE)": a body, never a later "she".
            if s.type == nil, ref.hasShortForm { s.type = .organization }
            return s
        case .role:
            return linker.link(role: ref.surface, before: ref.range.lowerBound, mention: mention)
        case .relative:
            guard let a = ref.antecedent.first,
                var s = resolve(a, si: si, at: position, final: final, known: known)
            else { return nil }
            s.resolution = .speakerRelative
            s.mention = mention
            return s
        case .nominal:
            let words = ref.surface.split(separator: " ").map(String.init)
            let noun = words.last?.lowercased() ?? ""
            // "the commission said", "a spokesperson for the council said": the organisation
            // named before whose name has the noun as its head.
            if words.count == 1, ref.viaRepresentative || !Self.bodies.contains(noun) && lexicon.speakerNouns[noun] == nil,
                precededByThe(ref.range.lowerBound),
                var s = linker.link(headNoun: noun, before: ref.range.lowerBound, mention: mention)
            {
                s.viaRepresentative = ref.viaRepresentative
                return s
            }
            // "the 58-year-old director said": an age marks a person named just before.
            if words.contains(where: { $0.lowercased().hasSuffix("-year-old") }), !Self.bodies.contains(noun) {
                return lastPerson(before: si, mention: mention)
            }
            // "the governor's office said": the office's holder, named before, or no speaker.
            if noun == "office", words.count == 2, words[0].lowercased().hasSuffix("'s") || words[0].hasSuffix("\u{2019}s") {
                let holder = String(words[0].lowercased().dropLast(2))
                guard Self.offices.contains(holder),
                    var s = linker.link(role: holder, before: ref.range.lowerBound, mention: mention)
                else { return nil }
                s.resolution = .speakerRole
                return s
            }
            // "the senator said": an office held by an entity named before, or no speaker.
            if Self.offices.contains(noun) {
                guard var s = linker.link(role: ref.surface, before: ref.range.lowerBound, mention: mention) else {
                    return nil
                }
                s.resolution = .speakerRole
                return s
            }
            // "a police spokesperson said": a spokesperson of a body named before speaks for it.
            if Self.representatives.contains(noun), words.count >= 2 {
                // "a Kremlin spokesman": an organisation named inside the phrase.
                if let e = linker.entity(covering: ref.range), e.type == .organization {
                    return ResolvedSpeaker(
                        name: e.name, id: e.id, type: e.type, gender: nil, resolution: .speakerNominal, mention: mention
                    )
                }
                for w in words.dropLast().reversed() {
                    if var s = linker.link(body: w.lowercased(), before: ref.range.lowerBound, mention: mention) {
                        s.resolution = .speakerNominal
                        return s
                    }
                }
            }
            // "the ministry said": the organisation whose name holds the noun, named before.
            if Self.bodies.contains(noun), ref.surface.lowercased() == noun, precededByThe(ref.range.lowerBound),
                var s = linker.link(body: noun, before: ref.range.lowerBound, mention: mention)
            {
                s.resolution = .speakerNominal
                return s
            }
            // "The Lakes Authority shut the paths. The regulator said": the organisation named
            // last in the sentence just before (same or previous paragraph).
            if Self.bodies.contains(noun) || Self.referringBodies.contains(noun), ref.surface.lowercased() == noun,
                precededByThe(ref.range.lowerBound), si > 0, sentences[si - 1].block + 1 >= sentences[si].block,
                let c = candidates(in: si - 1).last(where: {
                    !$0.isWeak && $0.speaker.type == .organization && !lexicon.platforms.contains($0.speaker.name)
                })
            {
                var s = c.speaker
                s.resolution = .speakerBodyReference
                s.mention = mention
                return s
            }
            // "the group said": the organisation that spoke just before, as "it" would.
            if Self.bodies.contains(noun), ref.surface.lowercased() == noun, precededByThe(ref.range.lowerBound),
                var s = resolvePronoun("it", si: si, at: position, final: true), !lexicon.platforms.contains(s.name)
            {
                s.resolution = .speakerNominal
                s.mention = mention
                return s
            }
            // "a Citigroup spokesman": the body named in the phrase.
            if noun.hasPrefix("spokes"), let body = namedModifier(words) {
                return ResolvedSpeaker(
                    name: body, id: nil, type: .organization, gender: nil, resolution: .speakerNominal,
                    mention: mention)
            }
            // "the Unite union said": the name modifying a body noun is the body's name,
            // unless it names a place ("the Delhi government").
            if Self.bodies.contains(noun), words.count >= 2, let body = namedModifier(words) {
                let modifier = ref.range.lowerBound..<(ref.range.upperBound - noun.unicodeScalars.count - 1)
                let e = linker.entity(covering: modifier)
                if e?.type != .place {
                    return ResolvedSpeaker(
                        name: e?.type == .organization ? e!.name : body, id: e?.type == .organization ? e!.id : nil,
                        type: .organization, gender: nil, resolution: .speakerNominal, mention: mention)
                }
            }
            // A bare "spokesman", "analysts", "office", "head" names nobody.
            if words.count == 1, !Self.bodies.contains(noun) || Self.bareNouns.contains(noun) {
                return nil
            }
            return ResolvedSpeaker(
                name: ref.surface, id: nil, type: Self.bodies.contains(noun) ? .organization : nil,
                gender: lexicon.speakerNouns[noun]?.gender ?? nil,
                isPlural: lexicon.speakerNouns[noun]?.plural ?? false, resolution: .speakerNominal, mention: mention)
        case .possessive:
            if let a = ref.antecedent.first {
                var s = linker.link(name: a, mention: mention, knownSpeakers: { self.speakers(known) })
                s.resolution = .speakerPossessive
                return s
            }
            guard si >= 0,
                var s = resolvePronoun(ref.surface, si: si, at: position, final: final)
            else { return nil }
            s.resolution = .speakerPossessive
            s.mention = mention
            return s
        case .pronoun:
            guard var s = resolvePronoun(ref.surface, si: si, at: position, final: final)
            else { return nil }
            s.mention = mention
            return s
        }
    }

    func resolvePronoun(_ pronoun: String, si: Int, at position: Int, final: Bool)
        -> ResolvedSpeaker?
    {
        guard si >= 0 else { return nil }
        if pronoun == "they" || pronoun == "their" {
            // "Police said … They added": a plural or collective speaker of the sentences just before.
            for s in stride(from: si - 1, through: max(0, si - 2), by: -1) {
                if let c = cueSpeakers(s).first(where: { $0.isPlural || $0.type == .organization }) {
                    var c = c
                    c.resolution = .speakerPronoun
                    return c
                }
            }
            return nil
        }
        switch pronoun {
        case "he", "she", "his", "her", "it", "its": break
        default: return nil
        }
        func done(_ s: ResolvedSpeaker) -> ResolvedSpeaker {
            var s = s
            s.resolution = .speakerPronoun
            return s
        }
        let personal = pronoun != "it" && pronoun != "its"
        if !final && personal {
            // The last compatible candidate before `position`, not possessive if one is (no
            // filtered copy of the sentence's candidates).
            let all = candidates(in: si)
            var strong: Candidate?
            var any: Candidate?
            for c in all.reversed() where c.item < position && !c.isWeak && c.speaker.isCompatible(withPronoun: pronoun) {
                if any == nil { any = c }
                if !c.isPossessive {
                    strong = c
                    break
                }
            }
            if let c = strong ?? any {
                return done(c.speaker)
            }
        }
        var s = si - 1
        while s >= 0 {
            // "Vollmer called her "a pioneer"": the object of the sentence's verb is not its
            // subject, so a later "she" goes on with the person "her" stood for.
            if personal, let bound = boundObjectPronoun(pronoun, in: s) {
                return done(bound)
            }
            if let c = cueSpeakers(s).first(where: { $0.isCompatible(withPronoun: pronoun) }) { return done(c) }
            guard personal else {
                s -= 1
                continue
            }
            // The first compatible candidate, not possessive if one is.
            var strong: Candidate?
            var any: Candidate?
            for c in candidates(in: s) where !c.isWeak && c.speaker.isCompatible(withPronoun: pronoun) {
                if any == nil { any = c }
                if !c.isPossessive {
                    strong = c
                    break
                }
            }
            if let c = strong ?? any {
                // "She studied under Ana Costa.": a sentence led by the same pronoun before
                // any name goes on about that pronoun's person (quote.speaker.pronoun).
                if let chained = chainedPronoun(pronoun, in: s, before: c.item) {
                    return done(chained)
                }
                return done(c.speaker)
            }
            s -= 1
        }
        return nil
    }

    /// The person of a nominative "he" or "she" (the one `pronoun` refers as) that stands in
    /// sentence `s` before item `end`, resolved in its own sentence: the chain of pronoun
    /// subjects of an article about one person. Nil when no such pronoun stands there.
    func chainedPronoun(_ pronoun: String, in s: Int, before end: Int)
        -> ResolvedSpeaker?
    {
        let nominative: String
        switch pronoun {
        case "she", "her": nominative = "she"
        case "he", "his": nominative = "he"
        default: return nil
        }
        let items = self.items(s)
        guard let p = items[..<min(end, items.count)].firstIndex(where: { $0.isWord && $0.lower == nominative })
        else { return nil }
        let key = s * 2 + (nominative == "she" ? 1 : 0)
        if let cached = cache.chained[key] { return cached }
        let found = resolvePronoun(nominative, si: s, at: p, final: false)
        cache.chained[key] = .some(found)
        return found
    }

    /// The person of an object "her" or "him" right after a verb whose subject is a
    /// compatible person named in sentence `s` ("Annegret Vollmer … called her "…""): the
    /// object is someone else, resolved from the sentences before `s`.
    func boundObjectPronoun(_ pronoun: String, in s: Int) -> ResolvedSpeaker? {
        let object: String
        switch pronoun {
        case "she", "her": object = "her"
        case "he", "his": object = "him"
        default: return nil
        }
        // Cached, found or not (a pronoun's walk back reads the same sentences again).
        let key = -(s * 2 + (object == "her" ? 1 : 0)) - 1
        if let cached = cache.chained[key] { return cached }
        let found = findBoundObject(object, pronoun, in: s)
        cache.chained[key] = .some(found)
        return found
    }

    private func findBoundObject(_ object: String, _ pronoun: String, in s: Int)
        -> ResolvedSpeaker?
    {
        let items = self.items(s)
        guard
            let p = items.indices.first(where: { k in
                guard items[k].isWord, items[k].lower == object, k > 0, items[k - 1].isWord,
                    !items[k - 1].isCapitalized,
                    lexicon.verb(items[k - 1]) != nil || items[k - 1].lower.hasSuffix("ed")
                else { return false }
                // An object, not a possessive ("called her deputy"): a quote, a mark or a
                // preposition follows.
                guard k + 1 < items.count else { return true }
                let n = items[k + 1]
                return !n.isWord || n.quoteIndex != nil || Words.prepositions.contains(n) || n.lower == "as"
            })
        else { return nil }
        // The verb's subject: a compatible person named before the pronoun.
        let named = candidates(in: s).filter {
            $0.item < p && !$0.isWeak && !$0.isPossessive && $0.speaker.type == .person
                && $0.speaker.isCompatible(withPronoun: pronoun)
        }
        guard let subject = named.first else { return nil }
        let found = resolvePronoun(object == "her" ? "she" : "he", si: s, at: p, final: true)
        return found?.isSame(as: subject.speaker) == true ? nil : found
    }

    /// The capitalised words before a speaker noun that name a body ("Citigroup" in "A
    /// Citigroup spokesman"), leaving out articles and adjectives of nationality or party.
    func namedModifier(_ words: [String]) -> String? {
        let mods = words.dropLast().filter { w in
            guard let f = w.first, f.isUppercase, !["A", "An", "The"].contains(w) else { return false }
            let l = w.lowercased()
            return !["ic", "ian", "ish", "ese", "can", "ern"].contains { l.hasSuffix($0) }
        }
        guard !mods.isEmpty, mods.count == words.count - 1 - (["a", "an", "the"].contains(words[0].lowercased()) ? 1 : 0)
        else { return nil }
        return mods.joined(separator: " ")
    }

    /// The last person named or quoted in the two sentences before `si` (same entry).
    func lastPerson(before si: Int, mention: Range<Int>) -> ResolvedSpeaker? {
        guard si > 0 else { return nil }
        for s in stride(from: si - 1, through: max(0, si - 2), by: -1) {
            let found = candidates(in: s).filter { !$0.isWeak && $0.speaker.type == .person }
            if var c = found.last?.speaker {
                c.resolution = .speakerPronoun
                c.mention = mention
                return c
            }
        }
        return nil
    }

    /// The names of a sentence, outside its quotes, that a pronoun can refer to.
    func candidates(in si: Int) -> [Candidate] {
        if let cached = cache.bySentence[si] { return cached }
        let found = findCandidates(in: si)
        cache.bySentence[si] = found
        return found
    }

    func findCandidates(in si: Int) -> [Candidate] {
        let items = self.items(si)
        var out: [Candidate] = []
        var k = 0
        while k < items.count {
            // "I've just spoken to …", "It's done": never a name (quote.speaker.pronoun).
            guard items[k].isWord, items[k].isCapitalized, !Words.personalWords.contains(items[k]) else {
                k += 1
                continue
            }
            // Particles and a nickname stay inside the name ("Juan de la Cruz", "Carlos "Chava" Sastre").
            let e = finder.nameEnd(from: k, in: items)
            defer { k = e + 1 }
            guard let ref = finder.nameRun(endingAt: e, in: items, from: k) else { continue }
            let s = linker.link(name: ref, mention: ref.head, known: [])
            if s.id == nil {
                // Without an entity, keep names that look like people: several words, a
                // title, or not after a preposition.
                let words = e - k + 1
                // A title in the name ("President Zelensky") or a role noun before it ("special envoy Kirill Dmitriev").
                let titled =
                    items[k...e].contains { finder.isTitle($0) }
                    || (k > 0 && items[k - 1].isWord && lexicon.speakerNouns[items[k - 1].lower] != nil)
                if words == 1 && k == 0 && Words.capitalisedFunctionWords.contains(items[k]) { continue }
                let afterPreposition = k > 0 && Words.prepositions.contains(items[k - 1])
                // With an entity stage at work, a name it left untyped is a person only with a title.
                let untyped = !linker.entities.isEmpty && !titled
                let modifier =
                    e + 1 < items.count && items[e + 1].isWord && lexicon.statementNouns[items[e + 1].lower] != nil
                out.append(
                    Candidate(
                        speaker: s, item: e, isPossessive: items[e].isPossessive,
                        isWeak: untyped || modifier
                            || !titled
                                && (afterPreposition
                                    || (words == 1 && k == 0
                                        && !(e + 1 < items.count && lexicon.verb(items[e + 1]) != nil)))
                    ))
            } else if s.type == .person || s.type == .organization {
                out.append(Candidate(speaker: s, item: e, isPossessive: items[e].isPossessive, isWeak: false))
            }
        }
        return out
    }
}
