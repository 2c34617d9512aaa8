import ClaimKitModel

/// Linking a name: the entity whose mention covers its head word, the entity with that
/// name or alias, or the name's own surface.
extension SpeakerLinker {
    /// Links a name reference; `known` are the speakers linked so far (for surname-only
    /// fallbacks: "Orbán" after "Viktor Orbán").
    func link(name ref: SpeakerReference, mention: Range<Int>, known: [ResolvedSpeaker]) -> ResolvedSpeaker {
        link(name: ref, mention: mention, knownSpeakers: { known })
    }

    /// `link(name:mention:known:)` with the speakers linked so far asked for only when a
    /// name falls back to them (finding them may mean reading earlier sentences).
    func link(name ref: SpeakerReference, mention: Range<Int>, knownSpeakers: () -> [ResolvedSpeaker])
        -> ResolvedSpeaker
    {
        // The head word first: "Refugee Council Enver Solomon" is Enver Solomon.
        let headWord = ref.head.upperBound - 1
        if let s = longerName(ref, headWord: headWord, mention: mention) { return s }
        // Both asked at most once per name (each was asked up to three times).
        var folded: String?
        var key: String {
            if let folded { return folded }
            let f = self.folded.fold(ref.surface)
            folded = f
            return f
        }
        // Entities by index: copying an `Entity` out (its arrays and strings) was a hot spot.
        var headEntity: Int??
        var covering: Int? {
            if let headEntity { return headEntity }
            let e = entityIndex(covering: headWord..<ref.head.upperBound)
            headEntity = .some(e)
            return e
        }
        func entityNamed(_ i: Int) -> ResolvedSpeaker {
            ResolvedSpeaker(
                name: entities[i].name, id: entities[i].id, type: entities[i].type, gender: entities[i].gender,
                resolution: .speakerEntity, mention: mention)
        }
        // "María de los Ángeles Ruiz": a person entity with the whole name, particles and
        // all, wins over one whose mention covers only its last words ("Ángeles Ruiz").
        if Self.hasParticle(ref.surface), let i = self.folded.byKey[key], entities[i].type == .person {
            return entityNamed(i)
        }
        // "Luis "Lucho" Andrade" where the entity stage found only "Luis": the whole name.
        if ref.hasNickname, covering == nil {
            if let i = self.folded.byKey[key] { return entityNamed(i) }
            return ResolvedSpeaker(
                name: ref.surface, id: nil, type: .person, gender: nil, resolution: .speakerSurface, mention: mention)
        }
        // "María de los Ángeles Ruiz" where the entity stage found only "Ángeles Ruiz": the
        // whole name, particles and all, linked to that person.
        if let i = covering, entities[i].type == .person,
            let m = mentionStart(covering: headWord..<ref.head.upperBound), m > ref.head.lowerBound,
            ref.surface.hasSuffix(" " + entities[i].name),
            ref.surface.split(separator: " ").dropLast(entities[i].name.split(separator: " ").count).contains(where: {
                Words.nameParticles.contains(String($0))
            })
        {
            return ResolvedSpeaker(
                name: ref.surface, id: entities[i].id, type: entities[i].type, gender: entities[i].gender,
                resolution: .speakerEntity, mention: mention)
        }
        // A place covering only an earlier word ("Jordan" in "Jordan Pike") does not name the speaker.
        if let i = covering
            ?? entityIndex(covering: ref.head).flatMap({ entities[$0].type == .place && ref.isAppositive ? nil : $0 })
        {
            return entityNamed(i)
        }
        if let i = self.folded.byKey[key] { return entityNamed(i) }
        let k = key
        let known = knownSpeakers()
        if let s = known.last(where: {
            $0.id == nil && $0.name != ref.surface && self.folded.fold($0.name).hasSuffix(" " + k)
        }) {
            return ResolvedSpeaker(
                name: s.name, id: nil, type: s.type, gender: s.gender, resolution: .speakerSurface, mention: mention)
        }
        return ResolvedSpeaker(
            name: ref.surface, id: nil, type: nil, gender: nil, resolution: .speakerSurface, mention: mention)
    }

    /// Whether a word of `surface` (split at spaces) is a name particle ("de", "van"): read
    /// from its UTF-8 bytes, as splitting the string into substrings was a hot spot.
    static func hasParticle(_ surface: String) -> Bool {
        var surface = surface
        surface.makeContiguousUTF8()
        return surface.utf8.withContiguousStorageIfAvailable { b -> Bool in
            // Every particle is ASCII: only a word of 1 to 3 ASCII bytes can be one. A space
            // next to a non-ASCII scalar may belong to its grapheme (a combining mark after
            // it), and so be no separator for `split(separator: " ")`: the slow path then.
            var start = 0
            var i = 0
            while i <= b.count {
                if i == b.count || b[i] == 0x20 {
                    if i < b.count, (i + 1 < b.count && b[i + 1] >= 0x80) || (i > 0 && b[i - 1] >= 0x80) {
                        return slowHasParticle(surface)
                    }
                    let n = i - start
                    if n >= 1, n <= 3, isParticle(UnsafeBufferPointer(rebasing: b[start..<i])) { return true }
                    start = i + 1
                }
                i += 1
            }
            return false
        } ?? slowHasParticle(surface)
    }

    private static func slowHasParticle(_ surface: String) -> Bool {
        surface.split(separator: " ").contains { Words.nameParticles.contains(String($0)) }
    }

    /// Whether a word's bytes (one to three) spell a name particle.
    private static func isParticle(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in w where b >= 0x80 || b < 0x61 || b > 0x7A { return false }
        return Words.nameParticles.contains(String(decoding: w, as: UTF8.self))
    }

    /// A name longer than the place or organisation mention that ends it ("a spokesperson
    /// for Electricity South East", where only "South East" is a mention): the whole name,
    /// as an organisation, unless an entity has it or the words before the mention are
    /// adverbs or dates ("Meanwhile Kyiv said").
    private func longerName(_ ref: SpeakerReference, headWord: Int, mention: Range<Int>) -> ResolvedSpeaker? {
        let covering = overlapping(headWord..<ref.head.upperBound)
        guard let last = covering.last(where: { mentions[$0].range.contains(headWord) }),
            mentionTypes[last] != .person, mentions[last].range.lowerBound > ref.head.lowerBound,
            !covering.contains(where: {
                mentions[$0].range.lowerBound <= ref.head.lowerBound && mentions[$0].range.contains(headWord)
            }),
            folded.byKey[folded.fold(ref.surface)] == nil
        else { return nil }
        let extra = ref.surface.split(separator: " ").dropLast(entity(ofMention: last).name.split(separator: " ").count)
        guard !extra.isEmpty,
            !extra.contains(where: { w in
                let l = w.lowercased()
                return Words.adverbs.contains(l) || Words.calendar.contains(l) || Words.capitalisedFunctionWords.contains(l)
                    || Self.sentenceAdverbs.contains(l) || (l.hasSuffix("ly") && l.count > 4)
                    || w.first?.isUppercase != true
            })
        else { return nil }
        return ResolvedSpeaker(
            name: ref.surface, id: nil, type: .organization, gender: nil, resolution: .speakerSurface, mention: mention)
    }

    /// Sentence adverbs that open a sentence before a name ("Instead Russia said").
    static let sentenceAdverbs: Set<String> = [
        "instead", "elsewhere", "overall", "nevertheless", "nonetheless", "indeed", "thus", "hence", "besides",
        "likewise", "otherwise", "tonight", "tomorrow", "there", "here", "together", "nearby", "locally", "abroad",
        "overnight", "afterwards", "since", "until", "despite", "whereas", "furthermore", "moreover", "regardless",
    ]
}
