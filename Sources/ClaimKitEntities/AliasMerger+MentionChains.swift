import ClaimKitModel

extension AliasMerger {
    /// The mentions of one merge's groups, in one store: each group's mentions are a chain of store
    /// indices linked through `next`, in the order they joined the group, so a group owns no array of
    /// its own.
    ///
    /// Speed: a group that kept an array of mentions allocated it at its first mention, grew it, copied
    /// every mention into it (a retain each) and copied it again into the group it merged into; a page's
    /// names made about one array per mention. Here the document's mentions are the store's first
    /// links (one array, shared with the caller's until a write), a merge of two groups re-links their
    /// chains in place (no mention copied), and only groups whose mentions change wholesale (`set`)
    /// add links.
    ///
    /// A link belongs to one group at a time: a group's chain is read `count` links from its head, so
    /// links added after a copy of a group was taken are never read through that copy. Indices into an
    /// array owned by this object, no addresses.
    final class MentionChains {
        /// Every mention linked so far, by index (the document's mentions first, in page order of matching).
        @exclusivity(unchecked) private(set) var mentions: [NameMention]
        /// The index of the next mention of the same group, -1 after a group's last.
        @exclusivity(unchecked) private var links: [Int32]

        /// A store whose first links are `mentions`, each unlinked.
        init(_ mentions: [NameMention]) {
            self.mentions = mentions
            links = [Int32](repeating: -1, count: mentions.count)
        }

        /// Stores `m` as a new unlinked mention and returns its index.
        func append(_ m: NameMention) -> Int32 {
            mentions.append(m)
            links.append(-1)
            return Int32(truncatingIfNeeded: mentions.count - 1)
        }

        /// Mention `i`.
        @inline(__always)
        subscript(i: Int32) -> NameMention { mentions[Int(i)] }

        /// The link after `i`.
        @inline(__always)
        func next(_ i: Int32) -> Int32 { links[Int(i)] }

        /// Makes `j` the link after `i`.
        @inline(__always)
        func link(_ i: Int32, to j: Int32) { links[Int(i)] = j }

        /// Gives mention `i` the type `type` when it has another, with a strength of 1 at most (a name
        /// that joins a group of another type, see `absorb`).
        func retype(_ i: Int32, to type: EntityType) {
            let k = Int(i)
            if mentions[k].type != type {
                mentions[k].type = type
                mentions[k].strength = min(mentions[k].strength, 1)
            }
        }
    }

    /// A group's mentions in the order they joined, read from its chain (`Group.mentions`): a sequence
    /// with the few array members the merge rules ask (`count`, `isEmpty`, `first`).
    struct ChainedMentions: Sequence {
        let chains: MentionChains
        let head: Int32
        let count: Int

        var isEmpty: Bool { count == 0 }
        var first: NameMention? { count == 0 ? nil : chains[head] }
        var underestimatedCount: Int { count }

        func makeIterator() -> Iterator { Iterator(chains: chains, link: head, left: count) }

        struct Iterator: IteratorProtocol {
            let chains: MentionChains
            var link: Int32
            var left: Int

            mutating func next() -> NameMention? {
                guard left > 0 else { return nil }
                let m = chains[link]
                left -= 1
                if left > 0 { link = chains.next(link) }
                return m
            }
        }
    }
}
