import ClaimKitModel
import Testing

@testable import ClaimKitEntities

/// Merge groups read their mentions from chains in one store (`AliasMerger.MentionChains`): the same
/// mentions, in the same order and with the same tallies, as the arrays they replaced.
@Suite struct MentionChainsTests {
    /// The store's first mentions: (surface, type, strength).
    static let stored: [(String, EntityType?, Int)] = [
        ("Ann Lee", .person, 3), ("Lee", .place, 2), ("Kyiv", .place, 3), ("Ann", nil, 1),
    ]

    static func mention(_ row: (String, EntityType?, Int)) -> NameMention {
        NameMention(
            entry: 1, range: TextRange(utf8Start: 0, utf8End: row.0.utf8.count), surface: row.0,
            words: row.0.lowercased().split(separator: " ").map(String.init), type: row.1, strength: row.2,
            provenance: Provenance(rule: .personTitle), key: row.0.lowercased())
    }

    /// A group linking the store's mentions at `indices`, in that order.
    static func group(_ chains: AliasMerger.MentionChains, _ indices: [Int32]) -> AliasMerger.Group {
        var g = AliasMerger.Group(chains: chains)
        for i in indices { g.add(stored: i) }
        return g
    }

    /// (into's links, from's links, into's mentions after taking from's chain as `absorb` does: surface,
    /// type, strength).
    static let takeRows: [([Int32], [Int32], [(String, EntityType?, Int)])] = [
        // A town's name joins a person: retyped, its strength at most 1.
        ([0], [1], [("Ann Lee", .person, 3), ("Lee", .person, 1)]),
        // An empty group has no type: the mentions join as they are.
        ([], [2, 3], [("Kyiv", .place, 3), ("Ann", nil, 1)]),
        // Nothing to take: unchanged.
        ([0, 3], [], [("Ann Lee", .person, 3), ("Ann", nil, 1)]),
        // A chain of two after a chain of one, in order; a mention of the group's type keeps its strength.
        ([2], [1, 0], [("Kyiv", .place, 3), ("Lee", .place, 2), ("Ann Lee", .place, 1)]),
    ]

    @Test(arguments: takeRows)
    func takeChain(_ row: ([Int32], [Int32], [(String, EntityType?, Int)])) {
        let chains = AliasMerger.MentionChains(Self.stored.map(Self.mention))
        var into = Self.group(chains, row.0)
        var from = Self.group(chains, row.1)
        let expectedType = row.2.isEmpty ? nil : into.type ?? from.type
        into.takeChain(of: from, retypedTo: into.type)
        from.clear()
        let got = into.mentions.map { ($0.surface, $0.type, $0.strength) }
        #expect(got.map(\.0) == row.2.map(\.0))
        #expect(got.map(\.1) == row.2.map(\.1))
        #expect(got.map(\.2) == row.2.map(\.2))
        #expect(into.mentions.count == row.2.count)
        #expect(into.mentions.first?.surface == row.2.first?.0)
        #expect(into.type == expectedType)
        #expect(from.mentions.isEmpty && from.mentions.first == nil && !from.alive)
        // The tallies are the ones a group of those mentions counts from scratch.
        let rebuilt = Self.group(AliasMerger.MentionChains(into.mentions.map { $0 }), Array(0..<Int32(row.2.count)))
        #expect(rebuilt.type == into.type && rebuilt.strength == into.strength && rebuilt.fullWords == into.fullWords)
    }

    /// A copy of a group taken before mentions joined the original reads only its own mentions; `set`
    /// links new mentions and leaves the old links to no one.
    @Test func copiesAndReplacement() {
        let chains = AliasMerger.MentionChains(Self.stored.map(Self.mention))
        var g = Self.group(chains, [0, 1])
        let copy = g
        g.add(Self.mention(("Lee", .person, 2)))
        g.add(contentsOf: [Self.mention(("Ms Lee", .person, 3))])
        #expect(copy.mentions.map(\.surface) == ["Ann Lee", "Lee"])
        #expect(g.mentions.map(\.surface) == ["Ann Lee", "Lee", "Lee", "Ms Lee"])
        g.set([Self.mention(("Kyiv", .place, 3))])
        #expect(g.mentions.map(\.surface) == ["Kyiv"])
        #expect(g.type == .place)
        #expect(copy.mentions.map(\.surface) == ["Ann Lee", "Lee"])
        #expect(chains.mentions.count == Self.stored.count + 3)
    }
}
