import Foundation

/// The distinct surfaces of words and punctuation marks, each with its lower case and the
/// facts the rules read, made once per distinct surface.
///
/// Items refer to their surface by number: an item is a few plain numbers, copied and freed
/// without reference counting, and no String is made per word occurrence (two Strings per
/// word, and their retains and releases on every copy, were half the quote stage's cost).
/// A table is filled by one scanner and read by one attributor at a time, never by two
/// threads at once (`WordTable.Pool` hands each call its own); its storage is read through
/// pointers, without the array retains and exclusivity checks of class properties.
final class WordTable: @unchecked Sendable {
    /// What a surface is, as the rules read it.
    struct Facts {
        /// `Item.key(lower)`.
        var lowerKey: UInt16 = 0
        var isCapitalized = false
        var isPossessive = false
        /// Its lower case (possessive kept) is a title abbreviation ("Sen", "Mr").
        var isTitleAbbreviation = false
        /// The first UTF-8 byte of the surface and of its lower case (0 when empty).
        var textFirst: UInt8 = 0
        var lowerFirst: UInt8 = 0
        /// The word lists (`WordSet.bit`) already asked about the surface, and those that
        /// hold it: each list is asked once per surface, not once per occurrence.
        var setsKnown: UInt64 = 0
        var setsIn: UInt64 = 0
        /// The surface's number in `CueLexicon.verbList` of the lexicon `lexicon`, -1 when it
        /// is no verb form, -2 when not yet asked.
        var verb: Int32 = -2
        /// Whether the surface is a title word of that lexicon (`SpeakerFinder.isTitle`): 1
        /// or 0, -1 when not yet asked.
        var title: Int8 = -1
    }

    /// The `CueLexicon.id` whose verb numbers `Facts.verb` holds.
    @exclusivity(unchecked) private var lexicon = -1

    /// Makes the table answer for lexicon `id`: verb numbers kept for another are forgotten.
    func use(lexicon id: Int) {
        guard id != lexicon else { return }
        for i in 0..<count {
            facts[i].verb = -2
            facts[i].title = -1
        }
        lexicon = id
    }

    private static let ids = WordSetBits()

    /// A new number for a `CueLexicon`.
    static func newLexiconID() -> Int { ids.next() }

    /// Number 0 is the empty surface (a quote item's).
    @exclusivity(unchecked) private(set) var surfaces: UnsafeMutablePointer<String>
    @exclusivity(unchecked) private(set) var lowers: UnsafeMutablePointer<String>
    @exclusivity(unchecked) private(set) var facts: UnsafeMutablePointer<Facts>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity = 0

    // Interning of word surfaces: open addressing over their UTF-8 bytes. Owned storage
    // read through its pointers (arrays in class properties were retained and released on
    // every look-up, most of a word's cost): `pool` holds every surface's bytes, `ends[id]`
    // is where surface `id`'s bytes end (they start at `ends[id - 1]`), `hashes` by surface
    // (`capacity` of each), and `slots` the open-addressing table (`slotCount`, a power of two).
    @exclusivity(unchecked) private var pool: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var poolCount = 0
    @exclusivity(unchecked) private var poolCapacity = 4096
    @exclusivity(unchecked) private var ends: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var hashes: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var slots: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var slotCount = 1024
    /// Punctuation marks by scalar: ASCII ones by value (0: not yet numbered), the rest hashed.
    @exclusivity(unchecked) private var asciiMarks = [Int32](repeating: 0, count: 128)
    @exclusivity(unchecked) private var marks: [UInt32: Int32] = [:]

    init() {
        capacity = 256
        surfaces = .allocate(capacity: capacity)
        lowers = .allocate(capacity: capacity)
        facts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
        hashes = .allocate(capacity: capacity)
        pool = .allocate(capacity: poolCapacity)
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: -1, count: slotCount)
        add("", "", Facts(), hash: 0, bytes: nil)
    }

    deinit {
        surfaces.deinitialize(count: count)
        lowers.deinitialize(count: count)
        facts.deinitialize(count: count)
        surfaces.deallocate()
        lowers.deallocate()
        facts.deallocate()
        ends.deallocate()
        hashes.deallocate()
        pool.deallocate()
        slots.deallocate()
    }

    /// A new surface as `word(_:make:)` adds it: its strings and facts.
    /// (A named struct: as a tuple inside an optional, each copy of a word form went through
    /// the runtime's generic tuple copy, about 130 instructions.)
    struct Form {
        var surface: String
        var lower: String
        var facts: Facts
    }

    /// The number of the word whose UTF-8 bytes are `bytes`; `make` gives its strings and
    /// facts the first time the surface is seen.
    @inline(__always)
    func word(_ bytes: UnsafeBufferPointer<UInt8>, make: () -> Form) -> Int32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in bytes { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        let mask = slotCount - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == h, equals(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }
        let form = make()
        let id = add(form.surface, form.lower, form.facts, hash: h, bytes: bytes)
        slots[slot] = id
        if count * 2 > slotCount { rehash() }
        return id
    }

    /// The number of a punctuation mark.
    func mark(_ s: Unicode.Scalar) -> Int32 {
        if s.value < 128 {
            let known = asciiMarks[Int(s.value)]
            if known > 0 { return known }
        }
        if let id = marks[s.value] {
            if s.value < 128 { asciiMarks[Int(s.value)] = id }
            return id
        }
        let text = String(s)
        var f = Facts()
        f.textFirst = text.utf8.first ?? 0
        f.lowerFirst = f.textFirst
        let id = add(text, text, f, hash: 0, bytes: nil)  // never interned as a word
        marks[s.value] = id
        if s.value < 128 { asciiMarks[Int(s.value)] = id }
        return id
    }

    @discardableResult
    private func add(_ surface: String, _ lower: String, _ f: Facts, hash: UInt64, bytes: UnsafeBufferPointer<UInt8>?)
        -> Int32
    {
        if count == capacity {
            let size = capacity * 2
            let s = UnsafeMutablePointer<String>.allocate(capacity: size)
            let l = UnsafeMutablePointer<String>.allocate(capacity: size)
            let f = UnsafeMutablePointer<Facts>.allocate(capacity: size)
            let e = UnsafeMutablePointer<Int>.allocate(capacity: size)
            let h = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
            s.moveInitialize(from: surfaces, count: count)
            l.moveInitialize(from: lowers, count: count)
            f.moveInitialize(from: facts, count: count)
            e.moveInitialize(from: ends, count: count)
            h.moveInitialize(from: hashes, count: count)
            surfaces.deallocate()
            lowers.deallocate()
            facts.deallocate()
            ends.deallocate()
            hashes.deallocate()
            surfaces = s
            lowers = l
            facts = f
            ends = e
            hashes = h
            capacity = size
        }
        (surfaces + count).initialize(to: surface)
        (lowers + count).initialize(to: lower)
        (facts + count).initialize(to: f)
        hashes[count] = hash
        if let bytes, bytes.count > 0 {
            if poolCount + bytes.count > poolCapacity {
                var size = poolCapacity * 2
                while poolCount + bytes.count > size { size *= 2 }
                let p = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
                p.moveInitialize(from: pool, count: poolCount)
                pool.deallocate()
                pool = p
                poolCapacity = size
            }
            (pool + poolCount).initialize(from: bytes.baseAddress!, count: bytes.count)
            poolCount += bytes.count
        }
        ends[count] = poolCount
        count += 1
        return Int32(count - 1)
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = ends[id - 1]
        guard ends[id] - from == bytes.count else { return false }
        let p = pool + from
        for k in 0..<bytes.count where p[k] != bytes[k] { return false }
        return true
    }

    private func rehash() {
        let size = slotCount * 2
        let new = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        new.initialize(repeating: -1, count: size)
        let mask = size - 1
        for id in 1..<count where ends[id] > ends[id - 1] {
            let h = hashes[id]
            var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while new[s] >= 0 { s = (s + 1) & mask }
            new[s] = Int32(id)
        }
        slots.deallocate()
        slots = new
        slotCount = size
    }

    /// Tables kept between calls, so a document's common words are found rather than made
    /// again: each call takes a table of its own and gives it back.
    final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [WordTable] = []
        /// A table with more surfaces than this is dropped rather than kept (memory stays
        /// bounded however many distinct words the documents hold).
        static let maxKept = 200_000

        func take() -> WordTable {
            lock.lock()
            defer { lock.unlock() }
            return free.popLast() ?? WordTable()
        }

        func give(_ table: WordTable) {
            guard table.count <= Self.maxKept else { return }
            lock.lock()
            defer { lock.unlock() }
            if free.count < 64 { free.append(table) }
        }
    }
}

/// Hands each `WordSet` its bit in `WordTable.Facts.setsKnown` (the first 64 sets made; later
/// ones are not cached).
final class WordSetBits: @unchecked Sendable {
    static let shared = WordSetBits()
    private let lock = NSLock()
    private var nextNumber = 0

    func take() -> UInt64 {
        let n = next()
        return n < 64 ? 1 << UInt64(n) : 0
    }

    /// The next number (0, 1, 2 …).
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let n = nextNumber
        nextNumber += 1
        return n
    }
}
