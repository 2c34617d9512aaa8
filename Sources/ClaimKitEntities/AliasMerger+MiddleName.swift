import ClaimKitModel

extension AliasMerger {
    /// "Faith Rotich" and "Faith Chepkoech Rotich": a person named by given and family name
    /// alone is the one person on the page named with the same two and one middle name
    /// between them. The longer name stays the name. Nothing is merged when two such
    /// longer names share the pair, or when the middle word is a name particle
    /// ("Maria da Silva" is no middle name of "Maria Silva").
    func mergeMiddleNames(_ groups: inout [Group]) {
        // (Keys "given family" of the three-word names; most pages have none or few.)
        var byPair = GroupLists()
        for g in groups.indices where groups[g].alive && groups[g].type == .person {
            let core = coreOf(&groups, g)
            guard core.count == 3, !isParticle(core[1]) else { continue }
            let pair = CollectionOfTwo(translitKey(core[0]), translitKey(core[2]))
            byPair.append(g, to: Self.joinedBytes(pair, spaced: true))
        }
        guard !byPair.isEmpty else { return }
        for g in groups.indices where groups[g].alive && groups[g].type == .person {
            let core = coreOf(&groups, g)
            guard core.count == 2 else { continue }
            let pair = CollectionOfTwo(translitKey(core[0]), translitKey(core[1]))
            guard let targets = byPair[Self.joinedBytes(pair, spaced: true)], targets.count == 1, targets[0] != g,
                groups[targets[0]].alive
            else { continue }
            absorb(&groups, g, targets[0], .aliasMiddleName)
        }
    }
}
