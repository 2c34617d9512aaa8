import Foundation

/// A set of words that the rules ask `contains` of many times per page, answering exactly
/// as `Set<String>` does, for less.
///
/// An ASCII query is hashed by its bytes (FNV-1a, no per-process seed) into a small
/// open-addressed table of the ASCII members and compared with `==`; any other query asks
/// a plain `Set<String>`. Swift compares strings by canonical equivalence ("\u{212A}"
/// equals "K"), so a member beyond ASCII whose canonical decomposition is ASCII is in the
/// table too, under the hash of that decomposition; any other such member equals no ASCII
/// query. So the answer is always the set's; only the hashing is cheaper than `Hasher`'s.
///
///     static let verbs: WordSet = ["said", "says"]
///     verbs.contains(lower[k])
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    @usableFromInline var table: WordTable
    /// Every member, for the queries the table cannot judge and for iteration.
    public private(set) var members: Set<String>

    public init<S: Sequence>(_ words: S) where S.Element == String {
        members = Set(words)
        table = WordTable(Array(members))
    }

    public init() { self.init([String]()) }

    public init(arrayLiteral elements: String...) { self.init(elements) }

    /// Whether `word` is a member (as `Set<String>.contains`).
    @inlinable public func contains(_ word: String) -> Bool {
        switch table.index(of: word) {
        case .some(let k): return k >= 0
        case .none: return members.contains(word)
        }
    }

    /// Whether the word of the ASCII bytes `bytes[start..<end]` is a member (as `contains`
    /// answers for its string), its capitals lower-cased first when `lowering`: no string
    /// is made. The bytes must all be ASCII.
    @inlinable public func contains(ascii bytes: [UInt8], _ start: Int, _ end: Int, lowering: Bool) -> Bool {
        table.index(ascii: bytes, start, end, lowering: lowering) >= 0
    }

    /// `contains(ascii:_:_:lowering:)` of bytes in a buffer.
    @inlinable public func contains(ascii bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowering: Bool) -> Bool {
        table.index(ascii: bytes, start, end, lowering: lowering) >= 0
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }

    public func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

    /// Adds the words of `other`.
    public mutating func formUnion<S: Sequence>(_ other: S) where S.Element == String {
        members.formUnion(other)
        table = WordTable(Array(members))
    }
}

/// A dictionary keyed by words, with `WordSet`'s cheaper look-up and the same answers as
/// `[String: Value]`.
public struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    @usableFromInline var table: WordTable
    @usableFromInline var values: [Value]
    /// The dictionary itself, for the queries the table cannot judge.
    public private(set) var dictionary: [String: Value]

    public init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        let keys = Array(dictionary.keys)
        table = WordTable(keys)
        values = keys.map { dictionary[$0]! }
    }

    public init() { self.init([:]) }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    /// The value for `word` (as `Dictionary`'s subscript).
    @inlinable public subscript(word: String) -> Value? {
        switch table.index(of: word) {
        case .some(let k): return k >= 0 ? values[k] : nil
        case .none: return dictionary[word]
        }
    }

    /// The value for the word of the ASCII bytes `bytes[start..<end]` (see
    /// `WordSet.contains(ascii:_:_:lowering:)`).
    @inlinable public func value(ascii bytes: [UInt8], _ start: Int, _ end: Int, lowering: Bool) -> Value? {
        let k = table.index(ascii: bytes, start, end, lowering: lowering)
        return k >= 0 ? values[k] : nil
    }

    /// `value(ascii:_:_:lowering:)` of bytes in a buffer.
    @inlinable public func value(ascii bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowering: Bool) -> Value? {
        let k = table.index(ascii: bytes, start, end, lowering: lowering)
        return k >= 0 ? values[k] : nil
    }

    public var isEmpty: Bool { dictionary.isEmpty }
    public var keys: Dictionary<String, Value>.Keys { dictionary.keys }
}

/// The open-addressed table behind `WordSet` and `WordMap`: the ASCII keys by FNV-1a of
/// their bytes.
@usableFromInline struct WordTable: Sendable {
    /// The arrays of the table, in one object: a copy of a set (a struct holding it, such
    /// as `UnitCatalog`, copied for each parse) retains one reference, not four.
    @usableFromInline final class Storage: Sendable {
        /// Key index + 1 per slot (0: empty); a power of two in size.
        @usableFromInline let slots: [Int32]
        @usableFromInline let keys: [String]
        /// The ASCII form each key is hashed under (itself, or its canonical
        /// decomposition), end to end: key `k` is `asciiKeys[asciiStarts[k]..<asciiStarts[k + 1]]`
        /// (empty for a key not in the table), for look-ups by bytes.
        @usableFromInline let asciiKeys: [UInt8]
        @usableFromInline let asciiStarts: [Int32]

        init(slots: [Int32], keys: [String], asciiKeys: [UInt8], asciiStarts: [Int32]) {
            self.slots = slots
            self.keys = keys
            self.asciiKeys = asciiKeys
            self.asciiStarts = asciiStarts
        }
    }

    @usableFromInline let storage: Storage
    @usableFromInline let mask: UInt64
    /// Some key is not plain ASCII (kept for the layout; an ASCII miss no longer asks the
    /// full set: see `init`).
    @usableFromInline let hasOtherKeys: Bool

    init(_ all: [String]) {
        var size = 8
        while size < all.count * 3 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        let mask = UInt64(size - 1)
        var hasOtherKeys = false
        var asciiKeys: [UInt8] = []
        var asciiStarts: [Int32] = [0]
        for (k, key) in all.enumerated() {
            // A key beyond ASCII goes in under its canonical decomposition when that is
            // ASCII (the only way it can equal an ASCII query); otherwise no ASCII query
            // equals it, and other queries ask the full set.
            let form = Self.hash(key) != nil ? key : key.decomposedStringWithCanonicalMapping
            guard let h = Self.hash(form) else {
                hasOtherKeys = true
                asciiStarts.append(Int32(asciiKeys.count))
                continue
            }
            asciiKeys.append(contentsOf: form.utf8)
            asciiStarts.append(Int32(asciiKeys.count))
            var slot = Int(h & mask)
            while slots[slot] != 0 { slot = (slot + 1) & Int(mask) }
            slots[slot] = Int32(k + 1)
        }
        storage = Storage(slots: slots, keys: all, asciiKeys: asciiKeys, asciiStarts: asciiStarts)
        self.mask = mask
        self.hasOtherKeys = hasOtherKeys
    }

    /// FNV-1a of an ASCII string's bytes; nil when it holds other bytes.
    @inlinable @inline(__always) static func hash(_ word: String) -> UInt64? {
        let fast = word.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt8 = 0
            for b in bytes {
                high |= b
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            }
            return high < 0x80 ? h : nil
        }
        if let fast { return fast }
        return slowHash(word)
    }

    /// `hash` by the UTF-8 view, for a string with no contiguous storage.
    @usableFromInline static func slowHash(_ word: String) -> UInt64? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for b in word.utf8 {
            high |= b
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return high < 0x80 ? h : nil
    }

    /// The index of the key equal to `word` (>= 0); -1 when no key equals it (an ASCII
    /// query: the table holds every key that can equal one); nil for a query beyond ASCII,
    /// which the caller asks its full set.
    @inlinable @inline(__always) func index(of word: String) -> Int? {
        guard let h = Self.hash(word) else { return nil }
        var slot = Int(h & mask)
        while true {
            let k = storage.slots[slot]
            if k == 0 { return -1 }
            if storage.keys[Int(k - 1)] == word { return Int(k - 1) }
            slot = (slot + 1) & Int(mask)
        }
    }

    /// `index(of:)` for the ASCII word `bytes[start..<end]`, its capitals lower-cased when
    /// `lowering`; -1 when no key equals it.
    @inlinable @inline(__always) func index(ascii bytes: [UInt8], _ start: Int, _ end: Int, lowering: Bool) -> Int {
        index(asciiBytes: bytes, start, end, lowering: lowering)
    }

    /// `index(ascii:_:_:lowering:)` of bytes in a buffer.
    @inlinable @inline(__always) func index(ascii bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowering: Bool) -> Int {
        index(asciiBytes: bytes, start, end, lowering: lowering)
    }

    /// The one body of both: specialised for an array and a buffer where it is inlined.
    @inlinable @inline(__always) func index<Bytes: RandomAccessCollection>(
        asciiBytes bytes: Bytes, _ start: Int, _ end: Int, lowering: Bool
    ) -> Int where Bytes.Element == UInt8, Bytes.Index == Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end {
            let b = bytes[i]
            h = (h ^ UInt64(lowering && b &- 0x41 < 26 ? b | 0x20 : b)) &* 0x100_0000_01b3
        }
        let length = end - start
        let storage = storage
        var slot = Int(h & mask)
        while true {
            let k = Int(storage.slots[slot])
            if k == 0 { return -1 }
            let a = Int(storage.asciiStarts[k - 1])
            if Int(storage.asciiStarts[k]) - a == length {
                var same = true
                for i in 0..<length {
                    let b = bytes[start + i]
                    if storage.asciiKeys[a + i] != (lowering && b &- 0x41 < 26 ? b | 0x20 : b) {
                        same = false
                        break
                    }
                }
                if same { return k - 1 }
            }
            slot = (slot + 1) & Int(mask)
        }
    }
}
