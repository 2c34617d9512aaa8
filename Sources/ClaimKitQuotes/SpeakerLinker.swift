import ClaimKitModel
import Foundation

/// Links a speaker's mention to the entity whose mentions cover it, or falls back to the
/// name's surface.
///
/// One per entry with quotes, over the document's `FoldedEntities`: names are linked in
/// `SpeakerLinker+Names.swift`, titles and common nouns in `SpeakerLinker+Bodies.swift`.
final class SpeakerLinker {
    /// Entity mentions of one entry, as scalar ranges, with the index in `entities` of
    /// their entity (an index: copying each mention's entity was a hot spot).
    let mentions: [(range: Range<Int>, entity: Int)]
    /// Each mention's entity type.
    let mentionTypes: [EntityType]
    let entities: [Entity]
    let folded: FoldedEntities
    /// Mention indexes by start, and the longest mention's length: the mentions that
    /// overlap a range by binary search (a scan of the entry's mentions per speaker was
    /// quadratic on long entries).
    private let byStart: [Int]
    private let longest: Int

    init(entry: Int, entities folded: FoldedEntities, text: EntryScalars) {
        let entities = folded.entities
        self.folded = folded
        var m: [(range: Range<Int>, entity: Int)] = []
        var types: [EntityType] = []
        m.reserveCapacity(folded.mentions(inEntry: entry).count)
        types.reserveCapacity(m.capacity)
        var sorted = true
        for mention in folded.mentions(inEntry: entry) {
            let lo = text.index(ofOffset: mention.range.utf8Start)
            let hi = text.index(ofOffset: mention.range.utf8End)
            if lo < hi {
                if let last = m.last, last.range.lowerBound > lo { sorted = false }
                m.append((lo..<hi, mention.entity))
                types.append(entities[mention.entity].type)
            }
        }
        mentions = m
        mentionTypes = types
        self.entities = entities
        byStart = sorted ? Array(m.indices) : m.indices.sorted { m[$0].range.lowerBound < m[$1].range.lowerBound }
        var longest = 0
        for mention in m where mention.range.count > longest { longest = mention.range.count }
        self.longest = longest
    }

    /// The entity of mention `i`.
    func entity(ofMention i: Int) -> Entity { entities[mentions[i].entity] }

    /// The indexes of the mentions overlapping `r`, in `mentions` order.
    func overlapping(_ r: Range<Int>) -> [Int] {
        var found: [Int] = []
        forEachOverlapping(r) { found.append($0) }
        return found.count > 1 ? found.sorted() : found
    }

    /// Calls `body` with the index of each mention overlapping `r`, in `byStart` order (no
    /// array made: `entityIndex` and `mentionStart` are asked for every speaker's words).
    @inline(__always)
    private func forEachOverlapping(_ r: Range<Int>, _ body: (Int) -> Void) {
        guard !r.isEmpty else { return }
        // A mention ending after r's start starts after r.lowerBound - longest.
        let from = r.lowerBound - longest
        var lo = 0
        var hi = byStart.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[byStart[mid]].range.lowerBound <= from { lo = mid + 1 } else { hi = mid }
        }
        while lo < byStart.count, mentions[byStart[lo]].range.lowerBound < r.upperBound {
            if mentions[byStart[lo]].range.overlaps(r) { body(byStart[lo]) }
            lo += 1
        }
    }

    /// The entity one of whose mentions overlaps `head` (people first, then
    /// organisations, then the rest; the largest overlap wins).
    func entity(covering head: Range<Int>) -> Entity? {
        entityIndex(covering: head).map { entities[$0] }
    }

    /// The type of `entity(covering:)`.
    func entityType(covering head: Range<Int>) -> EntityType? {
        entityIndex(covering: head).map { entities[$0].type }
    }

    /// The index in `entities` of `entity(covering:)` (no entity copied out).
    func entityIndex(covering head: Range<Int>) -> Int? {
        let rank: (EntityType) -> Int = { t in t == .person ? 0 : t == .organization ? 1 : t == .place ? 2 : 3 }
        // The least (rank, -overlap) among the overlapping mentions, the lowest index among
        // equals (what `min` over them in index order gives), without an array of them.
        var best = -1
        var bestKey = (0, 0)
        forEachOverlapping(head) { m in
            let key = (rank(mentionTypes[m]), -mentions[m].range.clamped(to: head).count)
            if best < 0 || key < bestKey || (key == bestKey && m < best) {
                best = m
                bestKey = key
            }
        }
        return best < 0 ? nil : mentions[best].entity
    }

    /// The start of the person or organisation mention that covers the end of `range`.
    func mentionStart(covering range: Range<Int>) -> Int? {
        // The lowest-index person or organisation mention overlapping (`first` in index order).
        var first = -1
        forEachOverlapping(range) { m in
            if mentionTypes[m] == .person || mentionTypes[m] == .organization, first < 0 || m < first { first = m }
        }
        return first < 0 ? nil : mentions[first].range.lowerBound
    }

    /// Whether an entity of type place covers the range.
    func isPlace(_ range: Range<Int>) -> Bool { entityType(covering: range) == .place }

    /// Case- and diacritic-insensitive form of a name.
    /// ASCII folds to its lower case (checked against Foundation for every ASCII character),
    /// without Foundation's per-character folding.
    /// A name of ASCII and Latin letters (below U+0250) is folded a scalar at a time from
    /// Foundation's folding of each scalar, asked once per process (`LatinFolds`): Foundation
    /// took about 11,000 instructions per name.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(s) }
        if let f = LatinFolds.shared.fold(s) { return f }
        return foundationFold(s)
    }

    /// `s.lowercased()` for an ASCII `s`, from its bytes (A–Z to a–z, as `lowercased()`
    /// does to ASCII), without the standard library's general lower-casing.
    static func asciiLowercased(_ s: String) -> String {
        var copy = s
        let lowered = copy.withUTF8 { b -> String? in
            var upper = false
            for c in b where c &- 0x41 < 26 {
                upper = true
                break
            }
            guard upper else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                for k in 0..<b.count { out[k] = b[k] &- 0x41 < 26 ? b[k] | 0x20 : b[k] }
                return b.count
            }
        }
        return lowered ?? s
    }

    /// Foundation's case- and diacritic-insensitive folding.
    static func foundationFold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// Foundation's folding of each scalar below U+0250 (ASCII, Latin-1, Latin Extended-A and
/// -B), asked of Foundation the first time the scalar is folded. None of these scalars is a
/// combining mark, so each is a character of its own and a string of them folds to the
/// folds of its scalars, one after another (`LatinFoldTests` checks every scalar, alone
/// and between others, against Foundation).
final class LatinFolds: @unchecked Sendable {
    static let shared = LatinFolds()
    static let limit: UInt32 = 0x250
    private let lock = NSLock()
    private var folds = [String?](repeating: nil, count: Int(LatinFolds.limit))

    /// The fold of `s`, or nil when a scalar of it is at or above `limit`.
    func fold(_ s: String) -> String? {
        for u in s.unicodeScalars where u.value >= Self.limit { return nil }
        // The folds' UTF-8 bytes one after another, made a string once (appending scalar
        // by scalar to a string cost most of a name's folding).
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        lock.lock()
        defer { lock.unlock() }
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                // ASCII folds to its lower case.
                out.append(v &- 0x41 < 26 ? UInt8(v | 0x20) : UInt8(v))
                continue
            }
            if folds[Int(v)] == nil { folds[Int(v)] = SpeakerLinker.foundationFold(String(u)) }
            out.append(contentsOf: folds[Int(v)]!.utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
