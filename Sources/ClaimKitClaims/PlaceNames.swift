import ClaimKitLexicon
import Foundation

/// The place names of `ClaimLexicon.places`, built by the first reader that asks (under
/// a lock: a pipeline serves many threads).
///
/// Some 45,000 names: a `Set<String>` of them cost ~87 million instructions to build (a
/// string and a hash per name), more than the claims of a whole page. The plain-ASCII
/// names (most of them) go instead, lower-cased byte by byte, into one byte buffer indexed
/// by an open-addressing hash table; the rest into a small `Set<String>` built only when
/// a non-ASCII name is asked about. `contains` answers exactly as `Set<String>.contains`
/// of the lower-cased names would (strings compare by canonical equivalence: see
/// `asciiEquivalent`).
final class PlaceNames: @unchecked Sendable {
    private let countries: Set<String>
    private let lexicons: [Lexicon]
    private let lock = NSLock()
    private var table: PlaceTable?

    init(countries: Set<String>, lexicons: [Lexicon]) {
        self.countries = countries
        self.lexicons = lexicons
    }

    /// Whether `name` (lower-cased by the caller) is a country, city, subdivision or region.
    func contains(_ name: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if table == nil { table = PlaceTable(countries: countries, lexicons: lexicons) }
        return table!.contains(name)
    }

    /// `lowercased()`, with ASCII done byte by byte (the same result, a tenth of the time).
    static func lowercased(_ s: String) -> String {
        var key = s
        return key.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return s.lowercased() }
            guard bytes.contains(where: { $0 &- 0x41 < 26 }) else { return s }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (k, b) in bytes.enumerated() { out[k] = b &- 0x41 < 26 ? b | 0x20 : b }
                return bytes.count
            }
        }
    }

    /// The ASCII string canonically equivalent to `s`, if there is one: `s` itself when it
    /// is ASCII; else `s` with its ASCII-decomposing singletons (KELVIN SIGN -> "K", GREEK
    /// QUESTION MARK -> ";", GREEK VARIA -> "`") replaced, when nothing else in it is
    /// beyond ASCII. Any other non-ASCII scalar keeps `s` from equalling an ASCII string.
    static func asciiEquivalent(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: out.append(UInt8(scalar.value))
            case 0x212A: out.append(0x4B)
            case 0x037E: out.append(0x3B)
            case 0x1FEF: out.append(0x60)
            default: return nil
            }
        }
        return out
    }
}

/// The built table of `PlaceNames`.
struct PlaceTable {
    /// The ASCII names' bytes, one after another.
    private var bytes: [UInt8] = []
    /// (start, end) in `bytes` per name.
    private var spans: [(Int32, Int32)] = []
    /// Open addressing: an index into `spans` plus one, 0 for empty.
    private var slots: [Int32] = []
    private var mask = 0
    /// The names with a scalar beyond ASCII (and no ASCII equivalent), and whether they
    /// are lower-cased already.
    private var others: [(String, lowered: Bool)] = []
    private var otherSet: Set<String>?

    init(countries: Set<String>, lexicons: [Lexicon]) {
        let count = countries.count + lexicons.reduce(0) { $0 + $1.rows.count }
        var size = 16
        while size < count * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        spans.reserveCapacity(count)
        bytes.reserveCapacity(count * 12)
        // Countries are already lower-cased.
        for name in countries { add(name, lowered: true) }
        for lexicon in lexicons {
            for row in lexicon.rows { add(row.key, lowered: false) }
        }
    }

    private static func hash(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return finish(h)
    }

    @inline(__always) private static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    private mutating func add(_ name: String, lowered: Bool) {
        // A native string's bytes in place (no copy of the name); `withUTF8` otherwise.
        let ascii = name.utf8.withContiguousStorageIfAvailable { raw -> Bool in
            guard raw.allSatisfy({ $0 < 0x80 }) else { return false }
            insertLowering(raw)
            return true
        } ?? {
            var name = name
            return name.withUTF8 { raw -> Bool in
                guard raw.allSatisfy({ $0 < 0x80 }) else { return false }
                insertLowering(raw)
                return true
            }
        }()
        if ascii { return }
        // Lower-casing keeps a name with a scalar outside ASCII and the three singletons
        // outside them too (only KELVIN SIGN among them changes: to "k"), so only such
        // names can have an ASCII equivalent; the rest wait, un-lower-cased, for the
        // first non-ASCII question (`lowercased()` of thousands of names was most of the
        // cost of the old set).
        if name.unicodeScalars.allSatisfy({ $0.value < 0x80 || [0x212A, 0x037E, 0x1FEF].contains($0.value) }),
            let equivalent = PlaceNames.asciiEquivalent(lowered ? name : name.lowercased())
        {
            equivalent.withUnsafeBufferPointer { insertLowering($0) }
        } else {
            others.append((name, lowered))
        }
    }

    /// Inserts `raw` with ASCII capitals lower-cased (as `lowercased()` maps them).
    private mutating func insertLowering(_ raw: UnsafeBufferPointer<UInt8>) {
        // The bytes copied at once, then lower-cased and hashed in place in one pass.
        let start = bytes.count
        bytes.append(contentsOf: raw)
        let end = bytes.count
        let hash = bytes.withUnsafeMutableBufferPointer { all -> Int in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in start..<end {
                let b = all[k]
                let lowered = b &- 0x41 < 26 ? b | 0x20 : b
                all[k] = lowered
                h = (h ^ UInt64(lowered)) &* 0x100_0000_01b3
            }
            return Self.finish(h)
        }
        let (found, slot) = bytes.withUnsafeBufferPointer { all -> (Bool, Int) in
            lookup(UnsafeBufferPointer(rebasing: all[start..<end]), hash: hash, in: all)
        }
        if found {
            bytes.removeLast(end - start)
            return
        }
        spans.append((Int32(start), Int32(end)))
        slots[slot] = Int32(spans.count)
    }

    /// Whether the ASCII `key` is in the table, and the slot it is in or would go in.
    private func lookup(_ key: UnsafeBufferPointer<UInt8>, in all: UnsafeBufferPointer<UInt8>) -> (Bool, Int) {
        lookup(key, hash: Self.hash(key), in: all)
    }

    /// `lookup` with the key's hash known.
    private func lookup(_ key: UnsafeBufferPointer<UInt8>, hash: Int, in all: UnsafeBufferPointer<UInt8>) -> (Bool, Int) {
        var slot = hash & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (false, slot) }
            let (a, b) = spans[entry - 1]
            if Int(b - a) == key.count, UnsafeBufferPointer(rebasing: all[Int(a)..<Int(b)]).elementsEqual(key) {
                return (true, slot)
            }
            slot = (slot + 1) & mask
        }
    }

    /// `lowercased()` of `s` (which maps scalar by scalar, each to its `lowercaseMapping`),
    /// with each non-ASCII scalar's mapping looked up once in `mappings` (thousands of
    /// names share a few hundred accented letters: `lowercased()` per name cost most of
    /// the set's build).
    static func lowercased(_ s: String, mappings: inout [UInt32: [UInt8]]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 4)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b &- 0x41 < 26 ? b | 0x20 : b)
            } else if let known = mappings[v] {
                out.append(contentsOf: known)
            } else {
                let mapped = Array(scalar.properties.lowercaseMapping.utf8)
                mappings[v] = mapped
                out.append(contentsOf: mapped)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `name` equals a (lower-cased) place name.
    mutating func contains(_ name: String) -> Bool {
        if let equivalent = PlaceNames.asciiEquivalent(name) {
            return equivalent.withUnsafeBufferPointer { key in
                bytes.withUnsafeBufferPointer { lookup(key, in: $0).0 }
            }
        }
        if otherSet == nil {
            var mappings: [UInt32: [UInt8]] = [:]
            otherSet = Set(others.map { $0.lowered ? $0.0 : Self.lowercased($0.0, mappings: &mappings) })
        }
        return otherSet!.contains(name)
    }
}
