import ClaimKitModel

/// A document's entities with their names and aliases folded once (folding them on every
/// lookup was a hot spot of the quote stage), and their mentions grouped by entry.
///
/// Made once per document, when its first entry with a quote needs it. Roles are folded
/// the first time a title phrase is linked (`roles(of:)`): most documents never link one.
struct FoldedEntities: Sendable {
    let entities: [Entity]
    /// The first entity (in `entities` order) whose folded name or alias is the key.
    /// Made the first time a name is looked up (`foldNames`), not for a document whose
    /// speakers are all linked through the entities' mentions.
    var byKey: [String: Int] {
        if let b = cache.byKey { return b }
        foldNames()
        return cache.byKey!
    }
    /// Each entity's folded name (made with `byKey`).
    var names: [String] {
        if let n = cache.names { return n }
        foldNames()
        return cache.names!
    }
    /// Each entry's mentions (in entity order, then mention order) with their entity's
    /// index, by entry index (an array: a dictionary insert per mention was most of the set-up).
    private let byEntry: [[(range: TextRange, entity: Int)]]
    /// Folded forms of the surfaces looked up so far, and the folded roles once made.
    final class FoldCache: @unchecked Sendable {
        var folded: [String: String] = [:]
        var roles: [[String]]?
        var heads: [NameHeads?]?
        var byKey: [String: Int]?
        var names: [String]?
    }

    /// Folds every entity's name and aliases into `byKey` and `names`, in entity order.
    private func foldNames() {
        var byKey: [String: Int] = [:]
        byKey.reserveCapacity(entities.count * 2)
        var names: [String] = []
        names.reserveCapacity(entities.count)
        for i in entities.indices { names.append(SpeakerLinker.fold(entities[i].name)) }
        // Entities last to first, each key set unconditionally: the first entity having it
        // is the one set last (one hash per key, where a look-up came before each insert).
        for i in entities.indices.reversed() {
            byKey[names[i]] = i
            for alias in entities[i].aliases { byKey[SpeakerLinker.fold(alias)] = i }
        }
        cache.byKey = byKey
        cache.names = names
    }
    let cache = FoldCache()

    /// `SpeakerLinker.fold(s)`, remembered.
    func fold(_ s: String) -> String {
        if let f = cache.folded[s] { return f }
        let f = SpeakerLinker.fold(s)
        cache.folded[s] = f
        return f
    }

    /// Each entity's folded roles, by entity index.
    var roles: [[String]] {
        if let r = cache.roles { return r }
        let r = entities.map { $0.roles.map(SpeakerLinker.fold) }
        cache.roles = r
        return r
    }

    /// The words of a folded name that can head it (`SpeakerLinker.link(headNoun:...)`): its
    /// last word, and its first when the second is "of" ("university of leeds"); both nil
    /// for a name of one word.
    struct NameHeads: Sendable {
        var last: Substring?
        var beforeOf: Substring?
    }

    /// Entity `i`'s `NameHeads`, its name split the first time it is asked for (a name was
    /// split into words once per mention per lookup; most entities are never asked for).
    func heads(of i: Int) -> NameHeads {
        if cache.heads == nil { cache.heads = Array(repeating: nil, count: names.count) }
        if let h = cache.heads![i] { return h }
        let h = Self.heads(ofName: names[i])
        cache.heads![i] = h
        return h
    }

    /// The `NameHeads` of a folded name: of an ASCII name, its words found from its bytes
    /// (each byte is a character: the same words as splitting at spaces, which cost about
    /// 8,000 instructions a name); of any other, split at spaces.
    static func heads(ofName name: String) -> NameHeads {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            let words = name.split(separator: " ")
            return words.count >= 2 ? NameHeads(last: words.last!, beforeOf: words[1] == "of" ? words[0] : nil) : NameHeads()
        }
        // The first two words' and the last word's byte ranges (empty words left out).
        var first: Range<Int>?
        var second: Range<Int>?
        var last: Range<Int>?
        var count = 0
        var start = 0
        var k = 0
        let utf8 = name.utf8
        for b in utf8 {
            if b == 0x20 {
                if k > start {
                    count += 1
                    if count == 1 { first = start..<k } else if count == 2 { second = start..<k }
                    last = start..<k
                }
                start = k + 1
            }
            k += 1
        }
        if k > start {
            count += 1
            if count == 1 { first = start..<k } else if count == 2 { second = start..<k }
            last = start..<k
        }
        guard count >= 2, let first, let second, let last else { return NameHeads() }
        func word(_ r: Range<Int>) -> Substring {
            let lo = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
            let hi = utf8.index(lo, offsetBy: r.count)
            return name[lo..<hi]
        }
        return NameHeads(last: word(last), beforeOf: word(second) == "of" ? word(first) : nil)
    }

    /// The mentions in entry `entry` (in entity order, then mention order), with their
    /// entity's index.
    func mentions(inEntry entry: Int) -> [(range: TextRange, entity: Int)] {
        entry >= 0 && entry < byEntry.count ? byEntry[entry] : []
    }

    init(_ entities: [Entity]) {
        self.entities = entities
        // Read by index, field by field: iterating the entities copied each one out.
        var lastEntry = -1
        var perEntry: [Int] = []
        // Mentions read field by field in place: iterating them copied each one (its surface
        // and provenance retained and released).
        // Each entity's mentions through a pointer lent for the loop (a subscript through the
        // entity per field cost a few hundred instructions per mention).
        for i in entities.indices {
            entities[i].mentions.withUnsafeBufferPointer { ms in
                for m in ms.indices {
                    let entry = ms[m].entry
                    guard entry >= 0 else { continue }
                    if entry > lastEntry {
                        lastEntry = entry
                        if perEntry.count <= lastEntry {
                            perEntry += repeatElement(0, count: lastEntry + 1 - perEntry.count)
                        }
                    }
                    perEntry[entry] += 1
                }
            }
        }
        var byEntry = [[(range: TextRange, entity: Int)]](repeating: [], count: lastEntry + 1)
        for entry in byEntry.indices { byEntry[entry].reserveCapacity(perEntry[entry]) }
        for i in entities.indices {
            entities[i].mentions.withUnsafeBufferPointer { ms in
                for m in ms.indices {
                    let entry = ms[m].entry
                    guard entry >= 0 else { continue }
                    byEntry[entry].append((ms[m].range, i))
                }
            }
        }
        self.byEntry = byEntry
    }
}
