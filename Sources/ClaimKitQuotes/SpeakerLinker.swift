import ClaimKitModel
import Foundation

/// A speaker as the quote record names it.
struct ResolvedSpeaker: Sendable {
    var name: String
    var id: EntityID?
    var type: EntityType?
    var gender: Entity.Gender?
    /// A plural common noun ("officials"): never "he" or "she".
    var isPlural = false
    /// How the mention was linked (`quote.speaker.entity`, `…pronoun`, …).
    var resolution: RuleID
    /// Scalar range of the mention that names the speaker for this quote.
    var mention: Range<Int>

    /// The speaker was named through a representative ("a spokeswoman for the union").
    var viaRepresentative = false

    /// Whether the speaker can be "he" / "she".
    func isCompatible(withPronoun pronoun: String) -> Bool {
        switch pronoun {
        case _ where isPlural: return false
        case _ where viaRepresentative && ["he", "his", "him", "she", "her"].contains(pronoun): return true
        case "he", "his", "him": return type != .organization && type != .place && type != .other && gender != .female
        case "she", "her": return type != .organization && type != .place && type != .other && gender != .male
        case "it", "its": return type == .organization
        default: return false
        }
    }

    /// Whether two speakers are the same (same entity, or same name).
    func isSame(as other: ResolvedSpeaker) -> Bool {
        if let a = id, let b = other.id { return a == b }
        return name == other.name
    }
}

/// A document's entities with their names, aliases and roles folded once (folding them on
/// every lookup was a hot spot of the quote stage).
struct FoldedEntities: Sendable {
    let entities: [Entity]
    /// The first entity (in `entities` order) whose folded name or alias is the key.
    let byKey: [String: Int]
    /// Each entity's folded name.
    let names: [String]
    /// Each entity's folded roles.
    let roles: [[String]]
    /// Each entry's mentions (in entity order, then mention order) with their entity's index.
    let mentionsByEntry: [Int: [(range: TextRange, entity: Int)]]
    /// Folded forms of the surfaces looked up so far, in this document.
    final class FoldCache: @unchecked Sendable {
        var folded: [String: String] = [:]
    }
    let cache = FoldCache()

    /// `SpeakerLinker.fold(s)`, remembered.
    func fold(_ s: String) -> String {
        if let f = cache.folded[s] { return f }
        let f = SpeakerLinker.fold(s)
        cache.folded[s] = f
        return f
    }

    init(_ entities: [Entity]) {
        self.entities = entities
        var byKey: [String: Int] = [:]
        var names: [String] = []
        var roles: [[String]] = []
        var byEntry: [Int: [(range: TextRange, entity: Int)]] = [:]
        for (i, e) in entities.enumerated() {
            let name = SpeakerLinker.fold(e.name)
            names.append(name)
            roles.append(e.roles.map(SpeakerLinker.fold))
            if byKey[name] == nil { byKey[name] = i }
            for alias in e.aliases {
                let key = SpeakerLinker.fold(alias)
                if byKey[key] == nil { byKey[key] = i }
            }
            for mention in e.mentions { byEntry[mention.entry, default: []].append((mention.range, i)) }
        }
        self.byKey = byKey
        self.names = names
        self.roles = roles
        mentionsByEntry = byEntry
    }
}

/// Links a speaker's mention to the entity whose mentions cover it, or falls back to the
/// name's surface.
struct SpeakerLinker {
    /// Entity mentions of one entry, as scalar ranges.
    let mentions: [(range: Range<Int>, entity: Entity)]
    /// The index in `entities` of each mention's entity.
    let mentionEntity: [Int]
    /// Each mention's entity type.
    let mentionTypes: [EntityType]
    let entities: [Entity]
    let folded: FoldedEntities

    init(entry: Int, entities folded: FoldedEntities, text: EntryScalars) {
        let entities = folded.entities
        self.folded = folded
        var m: [(range: Range<Int>, entity: Entity)] = []
        var me: [Int] = []
        for mention in folded.mentionsByEntry[entry] ?? [] {
            let lo = text.index(ofOffset: mention.range.utf8Start)
            let hi = text.index(ofOffset: mention.range.utf8End)
            if lo < hi {
                m.append((lo..<hi, entities[mention.entity]))
                me.append(mention.entity)
            }
        }
        mentions = m
        mentionEntity = me
        mentionTypes = m.map { $0.1.type }
        self.entities = entities
        byStart = m.indices.sorted { m[$0].0.lowerBound < m[$1].0.lowerBound }
        longest = m.map { $0.0.count }.max() ?? 0
    }

    /// Mention indexes by start, and the longest mention's length: the mentions that
    /// overlap a range by binary search (a scan of the entry's mentions per speaker was
    /// quadratic on long entries).
    private let byStart: [Int]
    private let longest: Int

    /// The indexes of the mentions overlapping `r`, in `mentions` order (indexes: copying
    /// each mention's entity out was a hot spot).
    private func overlapping(_ r: Range<Int>) -> [Int] {
        guard !r.isEmpty else { return [] }
        // A mention ending after r's start starts after r.lowerBound - longest.
        let from = r.lowerBound - longest
        var lo = 0
        var hi = byStart.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[byStart[mid]].range.lowerBound <= from { lo = mid + 1 } else { hi = mid }
        }
        var found: [Int] = []
        while lo < byStart.count, mentions[byStart[lo]].range.lowerBound < r.upperBound {
            if mentions[byStart[lo]].range.overlaps(r) { found.append(byStart[lo]) }
            lo += 1
        }
        return found.sorted()
    }

    /// The entity one of whose mentions overlaps `head` (people first, then
    /// organisations, then the rest; the largest overlap wins).
    func entity(covering head: Range<Int>) -> Entity? {
        let rank: (EntityType) -> Int = { t in t == .person ? 0 : t == .organization ? 1 : t == .place ? 2 : 3 }
        return overlapping(head)
            .min { a, b in
                let oa = mentions[a].range.clamped(to: head).count
                let ob = mentions[b].range.clamped(to: head).count
                return (rank(mentionTypes[a]), -oa) < (rank(mentionTypes[b]), -ob)
            }.map { mentions[$0].entity }
    }

    /// The start of the person or organisation mention that covers the end of `range`.
    func mentionStart(covering range: Range<Int>) -> Int? {
        overlapping(range).first { mentionTypes[$0] == .person || mentionTypes[$0] == .organization }
            .map { mentions[$0].range.lowerBound }
    }

    /// Whether an entity of type place covers the range.
    func isPlace(_ range: Range<Int>) -> Bool { entity(covering: range)?.type == .place }

    /// Links a name reference; `known` are the speakers linked so far (for surname-only
    /// fallbacks: "Orbán" after "Viktor Orbán").
    func link(name ref: SpeakerReference, mention: Range<Int>, known: [ResolvedSpeaker]) -> ResolvedSpeaker {
        // The head word first: "Refugee Council Enver Solomon" is Enver Solomon.
        let headWord = ref.head.upperBound - 1
        if let s = longerName(ref, headWord: headWord, mention: mention) { return s }
        // "María de los Ángeles Ruiz": a person entity with the whole name, particles and
        // all, wins over one whose mention covers only its last words ("Ángeles Ruiz").
        if ref.surface.split(separator: " ").contains(where: { Words.nameParticles.contains(String($0)) }),
            let i = folded.byKey[folded.fold(ref.surface)], entities[i].type == .person
        {
            let e = entities[i]
            return ResolvedSpeaker(
                name: e.name, id: e.id, type: e.type, gender: e.gender, resolution: .speakerEntity, mention: mention)
        }
        // "Luis "Lucho" Andrade" where the entity stage found only "Luis": the whole name.
        if ref.hasNickname, entity(covering: headWord..<ref.head.upperBound) == nil {
            if let i = folded.byKey[folded.fold(ref.surface)] {
                let e = entities[i]
                return ResolvedSpeaker(
                    name: e.name, id: e.id, type: e.type, gender: e.gender, resolution: .speakerEntity, mention: mention)
            }
            return ResolvedSpeaker(
                name: ref.surface, id: nil, type: .person, gender: nil, resolution: .speakerSurface, mention: mention)
        }
        // "María de los Ángeles Ruiz" where the entity stage found only "Ángeles Ruiz": the
        // whole name, particles and all, linked to that person.
        if let e = entity(covering: headWord..<ref.head.upperBound), e.type == .person,
            let m = mentionStart(covering: headWord..<ref.head.upperBound), m > ref.head.lowerBound,
            ref.surface.hasSuffix(" " + e.name),
            ref.surface.split(separator: " ").dropLast(e.name.split(separator: " ").count).contains(where: {
                Words.nameParticles.contains(String($0))
            })
        {
            return ResolvedSpeaker(
                name: ref.surface, id: e.id, type: e.type, gender: e.gender, resolution: .speakerEntity, mention: mention)
        }
        // A place covering only an earlier word ("Jordan" in "Jordan Pike") does not name the speaker.
        if let e = entity(covering: headWord..<ref.head.upperBound)
            ?? entity(covering: ref.head).flatMap({ $0.type == .place && ref.isAppositive ? nil : $0 })
        {
            return ResolvedSpeaker(
                name: e.name, id: e.id, type: e.type, gender: e.gender, resolution: .speakerEntity, mention: mention)
        }
        let key = folded.fold(ref.surface)
        if let i = folded.byKey[key] {
            let e = entities[i]
            return ResolvedSpeaker(
                name: e.name, id: e.id, type: e.type, gender: e.gender, resolution: .speakerEntity, mention: mention)
        }
        if let k = known.last(where: {
            $0.id == nil && $0.name != ref.surface && folded.fold($0.name).hasSuffix(" " + key)
        }) {
            return ResolvedSpeaker(
                name: k.name, id: nil, type: k.type, gender: k.gender, resolution: .speakerSurface, mention: mention)
        }
        return ResolvedSpeaker(
            name: ref.surface, id: nil, type: nil, gender: nil, resolution: .speakerSurface, mention: mention)
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
        let extra = ref.surface.split(separator: " ").dropLast(mentions[last].entity.name.split(separator: " ").count)
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

    /// The person a title phrase stands for ("the US President"): an entity one of whose
    /// roles ends with it, the one named last before `position` in this entry first.
    func link(role: String, before position: Int, mention: Range<Int>) -> ResolvedSpeaker? {
        var key = folded.fold(role)
        for article in ["the ", "a ", "an "] where key.hasPrefix(article) { key.removeFirst(article.count) }
        let holders = entities.indices.filter { i in
            entities[i].type == .person
                && folded.roles[i].contains { f in
                    f == key || f.hasSuffix(" " + key) || key.hasSuffix(" " + f)
                }
        }.map { entities[$0] }
        guard !holders.isEmpty else { return nil }
        let lastBefore: (Entity) -> Int = { e in
            mentions.filter { $0.entity.id == e.id && $0.range.upperBound <= position }.map { $0.range.lowerBound }.max()
                ?? -1
        }
        let best = holders.max { a, b in (lastBefore(a), a.mentions.count) < (lastBefore(b), b.mentions.count) }!
        if holders.count > 1, lastBefore(best) < 0 { return nil }  // several holders, none named here
        return ResolvedSpeaker(
            name: best.name, id: best.id, type: best.type, gender: best.gender, resolution: .speakerRole,
            mention: mention)
    }

    /// The organisation a definite common noun stands for ("the ministry"): the one whose
    /// name holds the noun and that was named last before `position` in this entry.
    func link(body noun: String, before position: Int, mention: Range<Int>) -> ResolvedSpeaker? {
        let key = folded.fold(noun)
        let named = mentions.indices.filter { i in
            let m = mentions[i]
            return m.entity.type == .organization && m.range.upperBound <= position
                && folded.names[mentionEntity[i]].split(separator: " ").contains { $0 == key }
        }.map { mentions[$0] }
        guard let e = named.max(by: { $0.range.lowerBound < $1.range.lowerBound })?.entity else { return nil }
        return ResolvedSpeaker(
            name: e.name, id: e.id, type: e.type, gender: nil, resolution: .speakerNominal, mention: mention)
    }

    /// The organisation a definite noun refers back to by its head word ("the commission"
    /// after "the Boundary Commission", "the university" after "the University of Leeds"):
    /// the one named last before `position` in this entry whose name ends with the noun or
    /// starts with it before "of"; else the document's only organisation with that head.
    func link(headNoun noun: String, before position: Int, mention: Range<Int>) -> ResolvedSpeaker? {
        // "the force" for a police force ("Avon and Somerset Police", "Kent Constabulary").
        let heads: [Substring] = noun == "force" ? ["police", "constabulary"] : [Substring(noun)]
        func hasHead(_ name: String) -> Bool {
            let words = name.split(separator: " ")
            guard words.count >= 2 else { return false }
            return heads.contains(words.last!) || (heads.contains(words[0]) && words[1] == "of")
        }
        var best: (start: Int, entity: Int)?
        for i in mentions.indices where mentions[i].entity.type == .organization && mentions[i].range.upperBound <= position {
            if best.map({ mentions[i].range.lowerBound > $0.start }) ?? true, hasHead(folded.names[mentionEntity[i]]) {
                best = (mentions[i].range.lowerBound, mentionEntity[i])
            }
        }
        if best == nil {
            let all = entities.indices.filter { entities[$0].type == .organization && hasHead(folded.names[$0]) }
            if all.count == 1 { best = (0, all[0]) }
        }
        guard let i = best?.entity else { return nil }
        let e = entities[i]
        return ResolvedSpeaker(
            name: e.name, id: e.id, type: e.type, gender: nil, resolution: .speakerBodyReference, mention: mention)
    }

    /// Case- and diacritic-insensitive form of a name.
    /// ASCII folds to its lower case (checked against Foundation for every ASCII character),
    /// without Foundation's per-character folding.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
