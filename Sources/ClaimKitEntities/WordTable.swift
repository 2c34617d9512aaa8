/// A dictionary from words to values for the entity stage's lexicon lookups: the same
/// answers as `[String: Value]`, faster for the short ASCII keys that nearly every lookup
/// uses.
///
/// ASCII keys live in an open-addressing table hashed with FNV-1a over their UTF-8 bytes
/// (no seeded SipHash, no `Hasher`), compared with `==`; other keys live in a plain
/// `Dictionary`, so that Unicode canonical equivalence decides as it does for `String`. Three
/// scalars are canonically equivalent to ASCII ones (U+037E ";", U+1FEF "`", U+212A "K"):
/// keys and queries holding them are rewritten before they are routed, so that no pair of
/// equal strings ends up on different sides.
struct WordMap<Value: Sendable>: @unchecked Sendable, ExpressibleByDictionaryLiteral {
    /// Open addressing with linear probing in one allocation per table size; hash 0 marks
    /// an empty slot. Its pointers are `let`s, so lookups need no exclusivity checks nor
    /// retains of arrays.
    private final class Storage {
        let capacity: Int
        let mask: Int
        let hashes: UnsafeMutablePointer<UInt64>
        let keys: UnsafeMutablePointer<String>
        let values: UnsafeMutablePointer<Value?>
        var count = 0

        /// Only `hashes` is initialised up front; a slot's key and value are initialised when a
        /// key is put there (a table reserved for 100,000 city names would otherwise write every
        /// empty slot's key and value first).
        init(capacity: Int) {
            self.capacity = capacity
            mask = capacity - 1
            hashes = .allocate(capacity: capacity)
            hashes.initialize(repeating: 0, count: capacity)
            keys = .allocate(capacity: capacity)
            values = .allocate(capacity: capacity)
        }

        deinit {
            // (Values with no references need no deinitialisation: one test, not one call per slot.)
            // (The scan stops at the last key: a table holding a few keys frees them without
            // reading every empty slot.)
            let trivialValues = _isPOD(Value?.self)
            var left = count
            var j = 0
            while left > 0 {
                if hashes[j] != 0 {
                    (keys + j).deinitialize(count: 1)
                    if !trivialValues { (values + j).deinitialize(count: 1) }
                    left -= 1
                }
                j += 1
            }
            hashes.deallocate()
            keys.deallocate()
            values.deallocate()
        }

        /// Puts a key known to be absent; there must be room.
        func insertNew(_ h: UInt64, _ key: String, _ value: Value?) {
            var i = Int(truncatingIfNeeded: h) & mask
            while hashes[i] != 0 { i = (i + 1) & mask }
            hashes[i] = h
            (keys + i).initialize(to: key)
            (values + i).initialize(to: value)
            count += 1
        }

        /// The slot holding `key`, or nil.
        @inline(__always)
        func find(_ h: UInt64, _ key: String) -> Int? {
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let slotHash = hashes[i]
                if slotHash == 0 { return nil }
                if slotHash == h && keys[i] == key { return i }
                i = (i + 1) & mask
            }
        }

        /// The slot holding the ASCII key whose bytes are `bytes` and whose hash is `h`, or nil: the
        /// same answer as `find(h, String(decoding: bytes))`, without making the string (an ASCII key
        /// equals an ASCII string exactly when their bytes are equal).
        @inline(__always)
        func find(_ h: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let slotHash = hashes[i]
                if slotHash == 0 { return nil }
                if slotHash == h && WordKey.equal(keys[i], bytes) { return i }
                i = (i + 1) & mask
            }
        }

        func copy(capacity newCapacity: Int) -> Storage {
            let new = Storage(capacity: newCapacity)
            for j in 0..<capacity where hashes[j] != 0 { new.insertNew(hashes[j], keys[j], values[j]) }
            return new
        }
    }

    private var storage = Storage(capacity: 16)
    private var other: [String: Value] = [:]

    init() {}

    init(dictionaryLiteral elements: (String, Value)...) {
        for (k, v) in elements { self[k] = v }
    }

    /// The number of keys.
    var count: Int { storage.count + other.count }
    var isEmpty: Bool { count == 0 }

    /// Makes room for `n` ASCII keys without growing.
    mutating func reserveCapacity(_ n: Int) {
        var capacity = 16
        while n * 4 > capacity * 3 { capacity *= 2 }
        if capacity > storage.capacity { storage = storage.copy(capacity: capacity) }
    }

    /// The value for `key`; setting nil is not supported (the lexicon tables only grow).
    subscript(key: String) -> Value? {
        get {
            guard let h = WordMap.asciiHash(key) else {
                guard let ascii = WordMap.asciiEquivalent(key) else { return other[key] }
                return self[ascii]
            }
            guard let i = storage.find(h, key) else { return nil }
            return storage.values[i]
        }
        set {
            guard let value = newValue else { preconditionFailure("WordMap does not remove keys") }
            guard let h = WordMap.asciiHash(key) else {
                if let ascii = WordMap.asciiEquivalent(key) {
                    self[ascii] = value
                } else {
                    other[key] = value
                }
                return
            }
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy(capacity: storage.capacity) }
            if let i = storage.find(h, key) {
                storage.values[i] = value
                return
            }
            if (storage.count + 1) * 4 > storage.capacity * 3 { storage = storage.copy(capacity: storage.capacity * 2) }
            storage.insertNew(h, key, value)
        }
    }

    /// The value for `key`; when `key` is absent, `value` is put there first and `inserted` is true. The
    /// same as reading `self[key]` and setting it when nil, with one hash and one probe for an ASCII key.
    mutating func value(for key: String, insertingIfAbsent value: Value) -> (value: Value, inserted: Bool) {
        guard let h = WordMap.asciiHash(key) else {
            if let found = self[key] { return (found, false) }
            self[key] = value
            return (value, true)
        }
        if let i = storage.find(h, key) { return (storage.values[i]!, false) }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy(capacity: storage.capacity) }
        if (storage.count + 1) * 4 > storage.capacity * 3 { storage = storage.copy(capacity: storage.capacity * 2) }
        storage.insertNew(h, key, value)
        return (value, true)
    }

    /// Whether `key` is a key: the same answer as `self[key] != nil`, without copying the value out.
    func contains(_ key: String) -> Bool {
        guard let h = WordMap.asciiHash(key) else {
            guard let ascii = WordMap.asciiEquivalent(key) else { return other[key] != nil }
            return contains(ascii)
        }
        return storage.find(h, key) != nil
    }

    /// Whether the word `key` names is a key: the same answer as `contains(key.string)`.
    @inline(__always)
    func contains(_ key: WordKey) -> Bool {
        if key.hash == 0 { return contains(key.string!) }
        return storage.find(key.hash, bytes: key.bytes) != nil
    }

    /// The value for the word `key` names: the same answer as `self[key.string]`.
    @inline(__always)
    subscript(key: WordKey) -> Value? {
        if key.hash == 0 { return self[key.string!] }
        guard let i = storage.find(key.hash, bytes: key.bytes) else { return nil }
        return storage.values[i]
    }

    /// Calls `body` with every key (for tables built from other tables).
    func forEachKey(_ body: (String) -> Void) {
        for j in 0..<storage.capacity where storage.hashes[j] != 0 { body(storage.keys[j]) }
        for k in other.keys { body(k) }
    }

    /// Calls `body` with every key and its ASCII hash as stored (`asciiHash(key)`), or 0 for the keys
    /// of other letters (for tables built from other tables without hashing every key again).
    func forEachKeyAndHash(_ body: (String, UInt64) -> Void) {
        for j in 0..<storage.capacity where storage.hashes[j] != 0 { body(storage.keys[j], storage.hashes[j]) }
        for k in other.keys { body(k, 0) }
    }

    /// FNV-1a of the UTF-8 bytes, never 0; nil when the string is not all ASCII.
    @inline(__always)
    static func asciiHash(_ s: String) -> UInt64? {
        // The bytes read in place (no copy of the string to make it mutable, as `withUTF8` needs).
        if let hash = s.utf8.withContiguousStorageIfAvailable({ asciiHash(bytes: $0) }) { return hash }
        var copy = s
        return copy.withUTF8 { asciiHash(bytes: $0) }
    }

    /// FNV-1a of the bytes, never 0; nil when a byte is not ASCII.
    @inline(__always)
    static func asciiHash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            if b >= 0x80 { return nil }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return h | 1
    }

    /// The string with the three scalars canonically equivalent to ASCII replaced, when the
    /// result is all ASCII; nil otherwise (the common case for non-ASCII words).
    static func asciiEquivalent(_ s: String) -> String? {
        // (The three scalars' UTF-8 lead bytes are 0xCD, 0xE1 and 0xE2: a string with another byte
        // above ASCII and none of those has a scalar with no ASCII equivalent. Decided from the bytes,
        // with no scalar view built.)
        var other = false
        for b in s.utf8 where b >= 0x80 {
            if b == 0xCD || b == 0xE1 || b == 0xE2 {
                other = false
                break
            }
            other = true
        }
        if other { return nil }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: out.append(scalar)
            case 0x037E: out.append(";")
            case 0x1FEF: out.append("`")
            case 0x212A: out.append("K")
            default: return nil
            }
        }
        return String(out)
    }
}

/// A set of words with the same lookups as `Set<String>` (see `WordMap`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var map = WordMap<Bool>()

    init() {}

    init(arrayLiteral elements: String...) {
        for e in elements { insert(e) }
    }

    var count: Int { map.count }
    var isEmpty: Bool { map.isEmpty }

    func contains(_ word: String) -> Bool { map.contains(word) }

    /// Calls `body` with every word.
    func forEachKey(_ body: (String) -> Void) { map.forEachKey(body) }

    /// Calls `body` with every word and its stored hash (see `WordMap.forEachKeyAndHash`).
    func forEachKeyAndHash(_ body: (String, UInt64) -> Void) { map.forEachKeyAndHash(body) }

    /// Whether the word `key` names is in the set (see `WordKey`).
    @inline(__always)
    func contains(_ key: WordKey) -> Bool { map.contains(key) }

    mutating func insert(_ word: String) { map[word] = true }

    mutating func reserveCapacity(_ n: Int) { map.reserveCapacity(n) }
}

extension WordMap where Value == UInt64 {
    /// `self[key] = (self[key] ?? 0) | bits`, with one probe: `hash` is the key's `asciiHash` as
    /// another table stored it (0 for a key of other letters, which takes the subscript's way).
    mutating func formUnion(_ key: String, hash: UInt64, _ bits: UInt64) {
        guard hash != 0 else {
            self[key] = (self[key] ?? 0) | bits
            return
        }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy(capacity: storage.capacity) }
        if let i = storage.find(hash, key) {
            storage.values[i] = (storage.values[i] ?? 0) | bits
            return
        }
        if (storage.count + 1) * 4 > storage.capacity * 3 { storage = storage.copy(capacity: storage.capacity * 2) }
        storage.insertNew(hash, key, bits)
    }
}

extension WordMap where Value == [Int] {
    /// `self[key, default: []].append(value)` of a dictionary.
    mutating func append(_ value: Int, to key: String) {
        var list = self[key] ?? []
        list.append(value)
        self[key] = list
    }
}

/// A word to look up in a `WordMap` by its bytes: an ASCII word as its UTF-8 bytes (read in place,
/// from the entry's bytes or a fold buffer) and their FNV-1a hash, computed once per token and
/// reused for every table; any other word as a string (`hash` 0), looked up as strings are.
/// The bytes must outlive the lookup (they belong to the entry's `TokenStrings`).
struct WordKey {
    /// FNV-1a of `bytes` as `WordMap.asciiHash` computes it, or 0 when `string` holds the word.
    let hash: UInt64
    let bytes: UnsafeBufferPointer<UInt8>
    let string: String?

    /// The key of ASCII bytes (the caller checked they are ASCII).
    @inline(__always)
    init(ascii bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        self.hash = hash
        self.bytes = bytes
        string = nil
    }

    /// The key of a word that is not all ASCII, looked up by its string.
    init(string: String) {
        hash = 0
        bytes = UnsafeBufferPointer(start: nil, count: 0)
        self.string = string
    }

    /// Whether an ASCII key's bytes are `bytes`.
    @inline(__always)
    static func equal(_ key: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = key.utf8
        guard u.count == bytes.count else { return false }
        if let same = u.withContiguousStorageIfAvailable({ k -> Bool in
            for i in 0..<k.count where k[i] != bytes[i] { return false }
            return true
        }) {
            return same
        }
        return u.elementsEqual(bytes)
    }
}
