import ClaimKitLexicon
import Foundation

/// The place names of `ClaimLexicon.places`: the table's partitions are sorted at set-up
/// (with the claim lexicon: built by the first reader that asked, its cost fell on the
/// claims of whatever page came first), and a partition's names are lower-cased when a
/// question first falls in it (under a lock: a pipeline serves many threads).
///
/// Some 45,000 names: a `Set<String>` of them cost ~87 million instructions to build (a
/// string and a hash per name), more than the claims of a whole page, and even a byte hash
/// table of them some 30 million. `PlaceTable` instead sorts the names into partitions by
/// length and first byte and lower-cases a partition's names into bytes when a question
/// first falls in it; names whose scalars are not all `PlaceTable.isNFCSafe` go into a
/// small `Set<String>` built only when a name beyond ASCII is asked about. `contains`
/// answers exactly as `Set<String>.contains` of the lower-cased names would (strings
/// compare by canonical equivalence: see `asciiEquivalent` and `isNFCSafe`).
final class PlaceNames: @unchecked Sendable {
    private let countries: Set<String>
    private let lexicons: [Lexicon]
    private let lock = NSLock()
    private var table: PlaceTable?

    init(countries: Set<String>, lexicons: [Lexicon]) {
        self.countries = countries
        self.lexicons = lexicons
        table = PlaceTable(countries: countries, lexicons: lexicons)
    }

    /// Whether `name` (lower-cased by the caller) is a country, city, subdivision or region.
    func contains(_ name: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if table == nil { table = PlaceTable(countries: countries, lexicons: lexicons) }
        return table!.contains(name)
    }

    /// `lowercased()`, done byte by byte (the same result, a tenth of the time) for text of
    /// ASCII, Latin-1 (U+0080-00FF: the capitals À-Þ but × lower to the letter 0x20 on,
    /// the rest are their own lower case) and the dashes and quotes U+2010-2027 ("’"),
    /// which `lowercased()` keeps.
    static func lowercased(_ s: String) -> String {
        var key = s
        return key.withUTF8 { bytes in
            var k = 0
            var changes = false
            while k < bytes.count {
                let b = bytes[k]
                if b < 0x80 {
                    if b &- 0x41 < 26 { changes = true }
                    k += 1
                } else if b == 0xC2 || b == 0xC3, k + 1 < bytes.count, bytes[k + 1] & 0xC0 == 0x80 {
                    let c = bytes[k + 1]
                    if b == 0xC3, c <= 0x9E, c != 0x97 { changes = true }
                    k += 2
                } else if b == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] >= 0x90, bytes[k + 2] <= 0xA7 {
                    k += 3
                } else {
                    return s.lowercased()
                }
            }
            guard changes else { return s }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (k, b) in bytes.enumerated() {
                    if b &- 0x41 < 26 {
                        out[k] = b | 0x20
                    } else if b >= 0x80, b <= 0x9E, b != 0x97, k > 0, bytes[k - 1] == 0xC3 {
                        out[k] = b + 0x20
                    } else {
                        out[k] = b
                    }
                }
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
///
/// Most questions are of a few names, and the names are some 45,000: so the set-up only
/// sorts the names into partitions by their lower-cased length and first byte (a look at
/// each name's bytes), and a partition's names are lower-cased into bytes when a question
/// first falls in it; a question compares bytes with its partition's names alone (hashing
/// every name into a table cost more than the claims of a megabyte of text).
struct PlaceTable {
    /// The ASCII names, the ASCII equivalents, and the names beyond ASCII whose scalars
    /// are all `isNFCSafe` once lower-cased (`isSafeByBytes`), as given.
    private var names: [String] = []
    /// Per name: whether it is lower-cased already, and whether it is beyond ASCII.
    private var flags: [UInt8] = []
    /// Per partition (`partition(count:first:)`), the first name in it (+1; 0 for none);
    /// `next` chains the rest.
    private var heads: [Int32]
    private var next: [Int32] = []
    /// Per partition, once asked about: the lower-cased bytes of its names in `arena`.
    private var made: [Int32: [(Int32, Int32)]] = [:]
    private var arena: [UInt8] = []
    private var lowering = Lowering()
    /// The names beyond ASCII with a scalar that is not `isNFCSafe` once lower-cased (and
    /// no ASCII equivalent), and whether they are lower-cased already.
    private var others: [(String, lowered: Bool)] = []
    /// `others`, lower-cased: what a question of `isNFCSafe` scalars asks besides the
    /// partitions.
    private var otherSet: Set<String>?
    /// Every name beyond ASCII, lower-cased: what a question of other scalars asks.
    private var fullSet: Set<String>?

    private static let lengths = 64
    private static let flagLowered: UInt8 = 1
    private static let flagBeyondASCII: UInt8 = 2

    /// The partition of a lower-cased name of `count` UTF-8 bytes whose first byte is
    /// `first`: its length (all above 63 together) and first byte if ASCII (all others
    /// together). Lower-casing an `isNFCSafe` name keeps its length and whether its first
    /// byte is ASCII, so the partition is known from the name as given.
    @inline(__always) private static func partition(count: Int, first: UInt8) -> Int {
        min(count, lengths - 1) * 129 + (first < 0x80 ? Int(first &- 0x41 < 26 ? first | 0x20 : first) : 128)
    }

    init(countries: Set<String>, lexicons: [Lexicon]) {
        heads = [Int32](repeating: 0, count: Self.lengths * 129)
        let count = countries.count + lexicons.reduce(0) { $0 + $1.rows.count }
        names.reserveCapacity(count)
        flags.reserveCapacity(count)
        next.reserveCapacity(count)
        // Countries are already lower-cased.
        for name in countries { add(name, lowered: true) }
        for lexicon in lexicons {
            for row in lexicon.rows { add(row.key, lowered: false) }
        }
    }

    /// Whether the UTF-8 `bytes` of a name are, once lower-cased, all `isNFCSafe` scalars
    /// of the same length: ASCII, U+0080-02FF but for U+0130, U+023A and U+023E (whose
    /// lower cases are longer and beyond the safe scalars), U+0400-047F and U+2010-2027.
    static func isSafeByBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        allScalars(bytes) { (b: UInt8, c: UInt8) -> Bool in
            if b == 0xD0 || b == 0xD1 { return true }
            guard b >= 0xC2 && b <= 0xCB else { return false }
            // U+0130, U+023A, U+023E lower-case to longer, unsafe scalars.
            if b == 0xC4 && c == 0xB0 { return false }
            return !(b == 0xC8 && (c == 0xBA || c == 0xBE))
        }
    }

    /// Whether the valid UTF-8 `bytes` are all ASCII, two-byte scalars whose lead and next
    /// byte `twoByte` accepts, or U+2010-2027 (E2 80 90-A7): the byte classes of the
    /// names' safe scalars (`isSafeByBytes`, `EntityNames`).
    @inline(__always) static func allScalars(
        _ bytes: UnsafeBufferPointer<UInt8>, twoByte: (UInt8, UInt8) -> Bool
    ) -> Bool {
        var k = 0
        let n = bytes.count
        while k < n {
            let b = bytes[k]
            if b < 0x80 {
                k += 1
            } else if k + 1 < n, twoByte(b, bytes[k + 1]) {
                k += 2
            } else if b == 0xE2, k + 2 < n, bytes[k + 1] == 0x80, bytes[k + 2] >= 0x90, bytes[k + 2] <= 0xA7 {
                k += 3
            } else {
                return false
            }
        }
        return true
    }

    private mutating func append(_ name: String, flags bits: UInt8, count: Int, first: UInt8) {
        let p = Self.partition(count: count, first: first)
        names.append(name)
        flags.append(bits)
        next.append(heads[p])
        heads[p] = Int32(names.count)
    }

    private mutating func add(_ name: String, lowered: Bool) {
        let loweredBit = lowered ? Self.flagLowered : 0
        // A native string's bytes in place (no copy of the name); `withUTF8` otherwise.
        // The name's kind (0 ASCII, 1 `isSafeByBytes`, 2 other), length and first byte.
        func read(_ raw: UnsafeBufferPointer<UInt8>) -> (kind: Int, count: Int, first: UInt8) {
            var high: UInt8 = 0
            for b in raw { high |= b }
            return (high < 0x80 ? 0 : Self.isSafeByBytes(raw) ? 1 : 2, raw.count, raw.first ?? 0)
        }
        let (kind, count, first) = name.utf8.withContiguousStorageIfAvailable(read) ?? {
            var name = name
            return name.withUTF8(read)
        }()
        if kind == 0 {
            append(name, flags: loweredBit, count: count, first: first)
            return
        }
        if kind == 1 {
            append(name, flags: loweredBit | Self.flagBeyondASCII, count: count, first: first)
            return
        }
        // Lower-casing keeps a name with a scalar outside ASCII and the three singletons
        // outside them too (only KELVIN SIGN among them changes: to "k"), so only such
        // names can have an ASCII equivalent; the rest wait, un-lower-cased, for the
        // first question beyond ASCII.
        if name.unicodeScalars.allSatisfy({ $0.value < 0x80 || [0x212A, 0x037E, 0x1FEF].contains($0.value) }),
            let equivalent = PlaceNames.asciiEquivalent(lowered ? name : name.lowercased())
        {
            let ascii = String(decoding: equivalent, as: UTF8.self)
            append(ascii, flags: Self.flagLowered, count: equivalent.count, first: equivalent.first ?? 0)
        } else {
            others.append((name, lowered))
        }
    }

    /// The lower-cased bytes of partition `p`'s names, made on first use.
    private mutating func spans(of p: Int) -> [(Int32, Int32)] {
        if let known = made[Int32(p)] { return known }
        var spans: [(Int32, Int32)] = []
        var i = Int(heads[p])
        while i != 0 {
            let name = names[i - 1]
            let bits = flags[i - 1]
            let start = arena.count
            if bits & Self.flagBeyondASCII == 0 {
                // The name's bytes copied at once, then lowered in place.
                arena.append(contentsOf: name.utf8)
                let end = arena.count
                arena.withUnsafeMutableBufferPointer { all in
                    var k = start
                    while k < end {
                        let b = all[k]
                        if b &- 0x41 < 26 { all[k] = b | 0x20 }
                        k += 1
                    }
                }
                spans.append((Int32(start), Int32(end)))
            } else if lowering.lower(name, lowered: bits & Self.flagLowered != 0) {
                arena.append(contentsOf: lowering.buffer)
                spans.append((Int32(start), Int32(arena.count)))
            }
            i = Int(next[i - 1])
        }
        made[Int32(p)] = spans
        return spans
    }

    /// Whether the bytes `key` equal a lower-cased name of their partition.
    private mutating func partitionHolds(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let spans = spans(of: Self.partition(count: key.count, first: key.first ?? 0))
        // By bytes, the last first (names of a partition mostly differ early); no slice
        // made per name.
        guard let keyBase = key.baseAddress, key.count > 0 else { return spans.contains { $0.0 == $0.1 } }
        return arena.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return false }
            let n = key.count
            for span in spans where Int(span.1 - span.0) == n {
                let a = base + Int(span.0)
                if a[n - 1] != keyBase[n - 1] { continue }
                var k = 0
                while k < n, a[k] == keyBase[k] { k += 1 }
                if k == n { return true }
            }
            return false
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
            return equivalent.withUnsafeBufferPointer { partitionHolds($0) }
        }
        if name.unicodeScalars.allSatisfy({ Self.isNFCSafe($0.value) }) {
            // In normalisation form C: equal to a partition's name exactly when its bytes
            // are; else only one of `others` can equal it.
            var key = name
            if key.withUTF8({ partitionHolds($0) }) { return true }
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
            for (i, name) in names.enumerated() where flags[i] & Self.flagBeyondASCII != 0 {
                if lowering.lower(name, lowered: flags[i] & Self.flagLowered != 0) {
                    all.insert(String(decoding: lowering.buffer, as: UTF8.self))
                }
            }
            fullSet = all
        }
        return fullSet!.contains(name)
    }
}
