import Foundation

/// A bit table over the first bytes of a set's strings, asked before the set itself: most
/// words are turned away by it without hashing a `String`.
///
/// A string's bucket is its first four UTF-8 bytes (fewer when shorter) and their count.
/// `mayContain` answers false only when no member, nor the canonical decomposition of a
/// non-ASCII member, falls in the query's bucket; a query whose first bytes are not all
/// ASCII is always let through (Swift compares strings by canonical equivalence, so its
/// bytes need not match a member's). False therefore means the set surely lacks it.
struct LeadFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << 10)

    init() {}

    init<S: Sequence>(_ members: S) where S.Element == String {
        for m in members { insert(m) }
    }

    /// Adds `member` (and its canonical decomposition when it is not plain ASCII).
    mutating func insert(_ member: String) {
        add(member)
        if !member.utf8.allSatisfy({ $0 < 0x80 }) { add(member.decomposedStringWithCanonicalMapping) }
    }

    private mutating func add(_ s: String) {
        let (bucket, _) = Self.bucket(s)
        bits[bucket >> 6] |= 1 << UInt64(bucket & 63)
    }

    /// False only when no member can equal `s`.
    @inline(__always) func mayContain(_ s: String) -> Bool {
        let (bucket, ascii) = Self.bucket(s)
        return !ascii || bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
    }

    /// `mayContain` for the string of `bytes[start..<end]`, each byte OR-ed with `fold`
    /// (0x20 lower-cases ASCII letters), without building it.
    @inline(__always) func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, fold: UInt8 = 0) -> Bool {
        var key: UInt32 = 0
        var high: UInt8 = 0
        let n = min(4, end - start)
        for k in start..<(start + n) {
            let b = bytes[k] | fold
            key = key << 8 | UInt32(b)
            high |= b
        }
        let bucket = Int(((key &* 0x9E37_79B1) ^ (UInt32(n) &* 0x85EB_CA6B)) >> 16)
        return high >= 0x80 || bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
    }

    /// `mayContain` for the string of the ASCII bytes `bytes[start..<end]`, its capitals
    /// lower-cased first when `lowering` (as `lowercased()` would), without building it.
    @inline(__always) func mayContain(ascii bytes: [UInt8], _ start: Int, _ end: Int, lowering: Bool) -> Bool {
        var key: UInt32 = 0
        let n = min(4, end - start)
        for k in start..<(start + n) {
            let b = bytes[k]
            key = key << 8 | UInt32(lowering && b &- 0x41 < 26 ? b | 0x20 : b)
        }
        let bucket = Int(((key &* 0x9E37_79B1) ^ (UInt32(n) &* 0x85EB_CA6B)) >> 16)
        return bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
    }

    @inline(__always) static func bucket(_ s: String) -> (Int, ascii: Bool) {
        if let answer = s.utf8.withContiguousStorageIfAvailable({ bytes -> (Int, ascii: Bool) in
            var key: UInt32 = 0
            var high: UInt8 = 0
            let n = min(4, bytes.count)
            for k in 0..<n {
                key = key << 8 | UInt32(bytes[k])
                high |= bytes[k]
            }
            return (Int(((key &* 0x9E37_79B1) ^ (UInt32(n) &* 0x85EB_CA6B)) >> 16), high < 0x80)
        }) {
            return answer
        }
        var key: UInt32 = 0
        var n: UInt32 = 0
        var high: UInt8 = 0
        for b in s.utf8 {
            if n == 4 { break }
            key = key << 8 | UInt32(b)
            high |= b
            n += 1
        }
        let h = (key &* 0x9E37_79B1) ^ (n &* 0x85EB_CA6B)
        return (Int(h >> 16), high < 0x80)
    }
}
