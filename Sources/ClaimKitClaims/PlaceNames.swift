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
    /// The names with a scalar beyond ASCII that is not `isNFCSafe` once lower-cased (and
    /// no ASCII equivalent), and whether they are lower-cased already.
    private var others: [(String, lowered: Bool)] = []
    /// `others`, lower-cased: what a question of `isNFCSafe` scalars asks besides the table.
    private var otherSet: Set<String>?
    /// The table's names with a scalar beyond ASCII (indexes into `spans`): with `others`,
    /// what a question of other scalars asks (as a set of strings, built on first need).
    private var nonASCIISpans: [Int32] = []
    private var fullSet: Set<String>?

    init(countries: Set<String>, lexicons: [Lexicon]) {
        let count = countries.count + lexicons.reduce(0) { $0 + $1.rows.count }
        var size = 16
        while size < count * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        spans.reserveCapacity(count)
        bytes.reserveCapacity(count * 12)
        // Countries are already lower-cased.
        var lowering = Lowering()
        for name in countries { add(name, lowered: true, lowering: &lowering) }
        for lexicon in lexicons {
            for row in lexicon.rows { add(row.key, lowered: false, lowering: &lowering) }
        }
    }

    /// Whether a string of scalars that all pass is in Unicode normalisation form C
    /// whatever they are (each is its own NFC, of canonical combining class 0, and never
    /// the second of a canonical composition: checked against Foundation's mappings for
    /// every scalar): then two such strings are canonically equivalent, so equal as Swift
    /// strings, exactly when their UTF-8 bytes are equal. Latin letters with their
    /// accents (U+0000-02FF), Cyrillic letters (U+0400-047F) and the dashes and quotes of
    /// U+2010-2027 ("’") cover most of the names beyond ASCII.
    @inline(__always) static func isNFCSafe(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x400 && v < 0x480) || (v >= 0x2010 && v <= 0x2027)
    }

    /// The lower-case mappings of the `isNFCSafe` scalars met so far, as UTF-8 (each made
    /// once by `lowercaseMapping`, the map `lowercased()` applies scalar by scalar), and
    /// a buffer for a name's lower-cased bytes.
    struct Lowering {
        /// Per scalar slot (U+0000-047F, then U+2010-2027): 0 unknown; else the mapping's
        /// bytes (up to 6) in the low bytes, its length in bits 48-55, bit 56 set when the
        /// mapping is not all `isNFCSafe` ("İ" lowers to "i" and a combining dot).
        var mappings = [UInt64](repeating: 0, count: 0x480 + 24)
        var buffer: [UInt8] = []

        static func slot(_ v: UInt32) -> Int? {
            if v < 0x480 { return Int(v) }
            if v >= 0x2010 && v <= 0x2027 { return 0x480 + Int(v - 0x2010) }
            return nil
        }

        mutating func mapping(_ scalar: Unicode.Scalar, slot: Int) -> UInt64 {
            let known = mappings[slot]
            if known != 0 { return known }
            let mapped = scalar.properties.lowercaseMapping
            var packed: UInt64 = 0
            var count: UInt64 = 0
            var unsafe = false
            for s in mapped.unicodeScalars where !PlaceTable.isNFCSafe(s.value) { unsafe = true }
            for b in mapped.utf8 {
                if count == 6 {
                    unsafe = true
                    break
                }
                packed |= UInt64(b) << (8 * count)
                count += 1
            }
            if unsafe { packed = 1 << 56 }
            packed |= count << 48 | 1 << 60
            mappings[slot] = packed
            return packed
        }

        /// `name` lower-cased (as `lowercased()` would) into `buffer`, when every scalar of
        /// the result is `isNFCSafe`; false otherwise. A name already lower-cased is copied.
        mutating func lower(_ name: String, lowered: Bool) -> Bool {
            buffer.removeAll(keepingCapacity: true)
            for scalar in name.unicodeScalars {
                let v = scalar.value
                if v < 0x80 {
                    let b = UInt8(v)
                    buffer.append(lowered ? b : (b &- 0x41 < 26 ? b | 0x20 : b))
                    continue
                }
                guard let slot = Self.slot(v) else { return false }
                if lowered {
                    buffer.append(contentsOf: String(Character(scalar)).utf8)
                    continue
                }
                let packed = mapping(scalar, slot: slot)
                if packed & (1 << 56) != 0 { return false }
                let count = Int((packed >> 48) & 0xFF)
                for k in 0..<count { buffer.append(UInt8(truncatingIfNeeded: packed >> (8 * UInt64(k)))) }
            }
            return true
        }
    }

    private static func hash(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return finish(h)
    }

    @inline(__always) private static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    private mutating func add(_ name: String, lowered: Bool, lowering: inout Lowering) {
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
        } else if lowering.lower(name, lowered: lowered) {
            // Lower-cased, in normalisation form C: into the table by its bytes (lowering
            // them again changes nothing: their ASCII letters are lower case already).
            let before = spans.count
            lowering.buffer.withUnsafeBufferPointer { insertLowering($0) }
            if spans.count > before { nonASCIISpans.append(Int32(spans.count - 1)) }
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
        if name.unicodeScalars.allSatisfy({ Self.isNFCSafe($0.value) }) {
            // In normalisation form C: equal to a table name exactly when its bytes are;
            // else only one of `others` can equal it.
            var key = name
            if key.withUTF8({ key in bytes.withUnsafeBufferPointer { lookup(key, in: $0).0 } }) { return true }
            if otherSet == nil {
                var mappings: [UInt32: [UInt8]] = [:]
                otherSet = Set(others.map { $0.lowered ? $0.0 : Self.lowercased($0.0, mappings: &mappings) })
            }
            return otherSet!.contains(name)
        }
        // Any other question (a decomposed accent, a script beyond those) compares as
        // strings with every name beyond ASCII.
        if fullSet == nil {
            var mappings: [UInt32: [UInt8]] = [:]
            var all = Set(others.map { $0.lowered ? $0.0 : Self.lowercased($0.0, mappings: &mappings) })
            for i in nonASCIISpans {
                let (a, b) = spans[Int(i)]
                all.insert(String(decoding: bytes[Int(a)..<Int(b)], as: UTF8.self))
            }
            fullSet = all
        }
        return fullSet!.contains(name)
    }
}
