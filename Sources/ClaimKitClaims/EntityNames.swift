import ClaimKitModel

/// Entity names by lower-cased surface, to tie a subject to an entity.
///
/// The name, then the aliases, entity by entity (a later entity takes a name over), of
/// more than two characters, lower-cased as `PlaceNames.lowercased` does. Answers as a
/// `[String: EntityID]` of those names would, but with no string made or hashed per name:
/// a name whose lower-cased scalars are all `PlaceTable.isNFCSafe` (two strings of such
/// scalars are equal exactly when their bytes are) is kept as bytes in an open-addressing
/// table keyed by a byte hash; the rest in a small dictionary of strings. Each name keeps
/// when it was last set, so a name stated in both forms answers with the later.
/// (A dictionary of strings cost some 2,000 instructions per name, for the few names a
/// page's claims ask about.)
struct EntityNames: Sendable {
    /// The table's names' lower-cased bytes, one after another.
    private var arena: [UInt8] = []
    /// Per name of the table: where its bytes start in `arena` (and end: the next start).
    private var starts: [Int32] = [0]
    private var ids: [EntityID] = []
    /// Per name of the table: when it was last set (names in order from 1).
    private var orders: [Int32] = []
    /// Open addressing: 0 empty, else a name's index + 1.
    private var slots: [Int32]
    private let mask: Int
    /// The names with a scalar that is not `isNFCSafe`, lower-cased, and when last set.
    private var others: [String: (id: EntityID, order: Int32)] = [:]

    init(_ entities: [Entity]) {
        var count = 0
        for e in entities { count += 1 + e.aliases.count }
        var size = 16
        while size < 2 * count { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(count * 16)
        starts.reserveCapacity(count + 1)
        ids.reserveCapacity(count)
        orders.reserveCapacity(count)
        var order: Int32 = 0
        for e in entities {
            order += 1
            add(e.name, e.id, order)
            for name in e.aliases {
                order += 1
                add(name, e.id, order)
            }
        }
    }

    /// `name.count > 2`, counting characters only when the bytes cannot tell: an ASCII
    /// string with no carriage return (the one pair of ASCII scalars that makes one
    /// character) has a character per byte.
    static func longerThanTwo(_ name: String) -> Bool {
        let utf8 = name.utf8
        if utf8.count <= 2 { return false }
        if let plain = utf8.withContiguousStorageIfAvailable({ !$0.contains { $0 >= 0x80 || $0 == 0x0D } }), plain { return true }
        return name.count > 2
    }

    /// Whether `PlaceNames.lowercased` lowers `bytes` byte by byte: ASCII, Latin-1
    /// (C2/C3 and a continuation byte) and U+2010-2027 (E2 80 90-A7), all `isNFCSafe`.
    private static func lowerable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        PlaceTable.allScalars(bytes) { (b: UInt8, c: UInt8) -> Bool in
            guard b == 0xC2 || b == 0xC3 else { return false }
            return c & 0xC0 == 0x80
        }
    }

    /// Whether the valid UTF-8 `bytes` are all `PlaceTable.isNFCSafe` scalars: U+0000-02FF
    /// (up to CB BF), U+0400-047F (D0/D1) and U+2010-2027 (E2 80 90-A7).
    private static func allSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        PlaceTable.allScalars(bytes) { (b: UInt8, _: UInt8) -> Bool in
            if b >= 0xC2 && b <= 0xCB { return true }
            return b == 0xD0 || b == 0xD1
        }
    }

    /// Byte `k` of `lowerable` bytes, lower-cased as `PlaceNames.lowercased` lowers it.
    @inline(__always) private static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> UInt8 {
        let b = bytes[k]
        if b &- 0x41 < 26 { return b | 0x20 }
        if b >= 0x80, b <= 0x9E, b != 0x97, k > 0, bytes[k - 1] == 0xC3 { return b + 0x20 }
        return b
    }

    /// The FNV-1a hash of `bytes`, lowered first when `lowering`.
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        if lowering {
            for k in 0..<bytes.count { h = (h ^ UInt64(lowered(bytes, k))) &* 0x100_0000_01b3 }
        } else {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        return h ^ (h >> 29)
    }

    /// The slot of `bytes` (lowered when `lowering`): the one holding them, or the empty
    /// one where they would go.
    private func slot(of bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Int {
        var i = Int(truncatingIfNeeded: Self.hash(bytes, lowering: lowering)) & mask
        while true {
            let e = Int(slots[i])
            if e == 0 { return i }
            let a = Int(starts[e - 1])
            if Int(starts[e]) - a == bytes.count {
                var k = 0
                while k < bytes.count {
                    let b = lowering ? Self.lowered(bytes, k) : bytes[k]
                    if arena[a + k] != b { break }
                    k += 1
                }
                if k == bytes.count { return i }
            }
            i = (i + 1) & mask
        }
    }

    /// Sets the entity of `bytes` (lowered when `lowering`).
    private mutating func set(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool, _ id: EntityID, _ order: Int32) {
        let i = slot(of: bytes, lowering: lowering)
        let e = Int(slots[i])
        if e != 0 {
            ids[e - 1] = id
            orders[e - 1] = order
            return
        }
        // The bytes copied at once, then lowered in place (a lead byte C3 stays as it is,
        // and no byte is lowered to C3, so each byte is lowered as in `lowered`).
        let start = arena.count
        arena.append(contentsOf: bytes)
        let end = arena.count
        if lowering {
            arena.withUnsafeMutableBufferPointer { all in
                var k = start
                while k < end {
                    let b = all[k]
                    if b &- 0x41 < 26 {
                        all[k] = b | 0x20
                    } else if b >= 0x80, b <= 0x9E, b != 0x97, k > start, all[k - 1] == 0xC3 {
                        all[k] = b + 0x20
                    }
                    k += 1
                }
            }
        }
        starts.append(Int32(end))
        ids.append(id)
        orders.append(order)
        slots[i] = Int32(ids.count)
    }

    /// Sets the entity of `name` when it is longer than two characters (`longerThanTwo`).
    private mutating func add(_ name: String, _ id: EntityID, _ order: Int32) {
        // 0: set; 1: too short; 2: asked as a string below.
        let done = name.utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            if bytes.count <= 2 { return 1 }
            // An ASCII name with no carriage return has a character per byte.
            var high: UInt8 = 0
            var returns = false
            for b in bytes {
                high |= b
                if b == 0x0D { returns = true }
            }
            guard high < 0x80, !returns else { return 2 }
            set(bytes, lowering: true, id, order)
            return 0
        }) ?? 2
        if done != 2 { return }
        guard Self.longerThanTwo(name) else { return }
        if let handled = name.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard Self.lowerable(bytes) else { return false }
            set(bytes, lowering: true, id, order)
            return true
        }), handled {
            return
        }
        var key = PlaceNames.lowercased(name)
        if key.unicodeScalars.allSatisfy({ PlaceTable.isNFCSafe($0.value) }) {
            key.withUTF8 { set($0, lowering: false, id, order) }
        } else {
            others[key] = (id, order)
        }
    }

    /// The table's entry for `bytes` (lowered when `lowering`), then the later of it and
    /// `others`' for the string `key()` makes (asked only when there are others).
    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool, key: () -> String) -> EntityID? {
        var best: (id: EntityID, order: Int32)?
        if !ids.isEmpty {
            let e = Int(slots[slot(of: bytes, lowering: lowering)])
            if e != 0 { best = (ids[e - 1], orders[e - 1]) }
        }
        if !others.isEmpty, let other = others[key()], other.order > best?.order ?? 0 { best = other }
        return best?.id
    }

    /// The entity named `name` as given (as `ids[name]` of the lower-cased names).
    func id(exact name: String) -> EntityID? {
        var key = name
        return key.withUTF8 { bytes in
            if Self.allSafe(bytes) { return lookUp(bytes, lowering: false) { name } }
            // A scalar beyond the safe ones ("e" and a combining accent): compared as
            // strings with every name.
            var best: (id: EntityID, order: Int32)?
            arena.withUnsafeBufferPointer { all in
                for i in ids.indices where orders[i] > best?.order ?? 0 {
                    let stored = String(decoding: UnsafeBufferPointer(rebasing: all[Int(starts[i])..<Int(starts[i + 1])]), as: UTF8.self)
                    if stored == name { best = (ids[i], orders[i]) }
                }
            }
            if let other = others[name], other.order > best?.order ?? 0 { best = other }
            return best?.id
        }
    }

    /// The entity named `text` once lower-cased (as `ids[PlaceNames.lowercased(text)]`):
    /// text that `PlaceNames.lowercased` lowers byte by byte is looked up by its bytes,
    /// lowered as they are read.
    func id<S: StringProtocol>(lowering text: S) -> EntityID? {
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes -> EntityID?? in
            guard Self.lowerable(bytes) else { return .none }
            return .some(lookUp(bytes, lowering: true) { PlaceNames.lowercased(String(text)) })
        }), let answer = found {
            return answer
        }
        return id(exact: PlaceNames.lowercased(String(text)))
    }
}
