import ClaimKitLexicon
import Foundation

/// The word lists the claim rules read, from `Lexicons/claims/`.
struct ClaimLexicon: Sendable {
    struct Cue: Sendable {
        var dimension: String
        var attribute: String
        var after: Bool
    }

    var functionWords: Set<String> = []
    var definiteDeterminers: Set<String> = []
    var incrementWords: [[String]] = []
    var relativeBefore: Set<String> = []
    var relativeAfter: Set<String> = []
    var measureVerbs: [String: String] = [:]
    var cues: [String: [Cue]] = [:]
    var eventParticiples: [String: String] = [:]
    var peopleNouns: Set<String> = []
    /// Lower-cased country names: "across France" is the national scope.
    var countries: Set<String> = []
    /// Lower-cased city, region and country names: "Leeds police" names a force's area.
    /// Built on first use (some 45,000 names; few pages need them), once per lexicon store.
    let places: PlaceNames
    /// Subject-key synonyms: "earthquake" groups with "quake".
    var keySynonyms: [String: String] = [:]
    /// Those who report, forecast or set a figure ("economists", "the committee"): never
    /// the subject of the figure when their verb has an object.
    var agentNouns: Set<String> = []
    /// Verbs that end a noun phrase and whose object is the thing measured ("cut", "held",
    /// "expect").
    var clauseVerbs: Set<String> = []
    /// Country cues for bare currency words several countries use ("kroner" on a page
    /// about Denmark is DKK), from `claims/currency-by-context.tsv`.
    var currencyCues: [(cue: String, code: String, names: Set<String>)] = []
    /// Every currency word of `currencyCues`.
    var sharedCurrencyNames: Set<String> = []

    init(lexicons: LexiconStore) {
        functionWords = Set(lexicons["claims/function-words.tsv"]?.rows.map(\.key) ?? [])
        definiteDeterminers = Set(lexicons["claims/definite-determiners.tsv"]?.rows.map(\.key) ?? [])
        incrementWords = (lexicons["claims/increment-words.tsv"]?.rows.map { $0.key.split(separator: " ").map(String.init) } ?? [])
            .sorted { $0.count > $1.count }
        for row in lexicons["claims/relative-time-words.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            if row.fields[1] == "after" { relativeAfter.insert(row.key) } else { relativeBefore.insert(row.key) }
        }
        for row in lexicons["claims/measure-verbs.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            measureVerbs[row.key] = row.fields[1]
        }
        for row in lexicons["claims/event-participles.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            eventParticiples[row.key] = row.fields[1]
        }
        peopleNouns = Set(lexicons["claims/people-nouns.tsv"]?.rows.map(\.key) ?? [])
        countries = Set(lexicons["places/countries.tsv"]?.rows.map { $0.key.lowercased() } ?? [])
        places = PlaceNames(countries: countries, lexicons: ["places/cities.tsv", "places/subdivisions.tsv", "places/regions.tsv"].compactMap { lexicons[$0] })
        for row in lexicons["claims/subject-synonyms.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            keySynonyms[row.key] = row.fields[1]
        }
        agentNouns = Set(lexicons["claims/agent-nouns.tsv"]?.rows.map(\.key) ?? [])
        clauseVerbs = Set(lexicons["claims/clause-verbs.tsv"]?.rows.map(\.key) ?? [])
        for row in lexicons["claims/currency-by-context.tsv"]?.rows ?? [] where row.fields.count >= 3 {
            let names = Set(row.fields[2].split(separator: " ").map(String.init))
            currencyCues.append((row.key, row.fields[1], names))
            sharedCurrencyNames.formUnion(names)
        }
        for row in lexicons["claims/attribute-cues.tsv"]?.rows ?? [] where row.fields.count >= 4 {
            cues[row.key, default: []].append(Cue(dimension: row.fields[1], attribute: row.fields[2], after: row.fields[3] == "after"))
        }
    }
}

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
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private mutating func add(_ name: String, lowered: Bool) {
        var name = name
        let ascii = name.withUTF8 { raw -> Bool in
            guard raw.allSatisfy({ $0 < 0x80 }) else { return false }
            insertLowering(raw)
            return true
        }
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
        let start = bytes.count
        for b in raw { bytes.append(b &- 0x41 < 26 ? b | 0x20 : b) }
        let end = bytes.count
        let (found, slot) = bytes.withUnsafeBufferPointer { all -> (Bool, Int) in
            lookup(UnsafeBufferPointer(rebasing: all[start..<end]), in: all)
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
        var slot = Self.hash(key) & mask
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

    /// Whether `name` equals a (lower-cased) place name.
    mutating func contains(_ name: String) -> Bool {
        if let equivalent = PlaceNames.asciiEquivalent(name) {
            return equivalent.withUnsafeBufferPointer { key in
                bytes.withUnsafeBufferPointer { lookup(key, in: $0).0 }
            }
        }
        if otherSet == nil { otherSet = Set(others.map { $0.lowered ? $0.0 : $0.0.lowercased() }) }
        return otherSet!.contains(name)
    }
}
