import ClaimKitModel

/// Linking a title phrase to the person holding it, and a common noun to the organisation
/// it refers back to.
extension SpeakerLinker {
    /// The person a title phrase stands for ("the US President"): an entity one of whose
    /// roles ends with it, the one named last before `position` in this entry first.
    func link(role: String, before position: Int, mention: Range<Int>) -> ResolvedSpeaker? {
        var key = folded.fold(role)
        for article in ["the ", "a ", "an "] where key.hasPrefix(article) { key.removeFirst(article.count) }
        let roles = folded.roles
        let holders = entities.indices.filter { i in
            entities[i].type == .person
                && roles[i].contains { f in
                    f == key || f.hasSuffix(" " + key) || key.hasSuffix(" " + f)
                }
        }.map { entities[$0] }
        guard !holders.isEmpty else { return nil }
        let lastBefore: (Entity) -> Int = { e in
            var last = -1
            for m in self.mentions where m.range.upperBound <= position && m.range.lowerBound > last {
                if self.entities[m.entity].id == e.id { last = m.range.lowerBound }
            }
            return last
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
            mentionTypes[i] == .organization && mentions[i].range.upperBound <= position
                && folded.names[mentions[i].entity].split(separator: " ").contains { $0 == key }
        }
        guard let i = named.max(by: { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }) else {
            return nil
        }
        let e = entity(ofMention: i)
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
        // Each name's head words, split once per document (`FoldedEntities.heads(of:)`).
        func hasHead(_ entity: Int) -> Bool {
            let h = folded.heads(of: entity)
            guard let last = h.last else { return false }
            return heads.contains(last) || (h.beforeOf.map { heads.contains($0) } ?? false)
        }
        var best: (start: Int, entity: Int)?
        for i in mentions.indices where mentionTypes[i] == .organization && mentions[i].range.upperBound <= position {
            if best.map({ mentions[i].range.lowerBound > $0.start }) ?? true, hasHead(mentions[i].entity) {
                best = (mentions[i].range.lowerBound, mentions[i].entity)
            }
        }
        if best == nil {
            let all = entities.indices.filter { entities[$0].type == .organization && hasHead($0) }
            if all.count == 1 { best = (0, all[0]) }
        }
        guard let i = best?.entity else { return nil }
        let e = entities[i]
        return ResolvedSpeaker(
            name: e.name, id: e.id, type: e.type, gender: nil, resolution: .speakerBodyReference, mention: mention)
    }
}
