import Foundation

/// A byte trie over the surfaces of a `UnitCatalog.SurfaceTable`, walked item by item by
/// `QuantityParser.Run.phrase(at:in:maxItems:)` with no phrase string built or hashed.
///
/// The trie holds the canonical decomposition (NFD) of every scalar prefix of every key
/// and of the key's own decomposition, when that decomposition is made of *plain*
/// scalars only: ASCII, or a scalar that is its own decomposition with combining class 0
/// ("£", "€", "²", "≥"). A phrase of plain scalars is its own decomposition, and Swift
/// compares strings by canonical equivalence, so for such a phrase the trie answers
/// exactly as the table's prefix sets and dictionaries do: a node exists for it when some
/// key starts so, and holds a value when a key equals it (the first key added of those
/// equal to it, as the dictionary keeps). Phrases with any other scalar ("bolívar",
/// "µg") are left to the string path.
struct SurfaceTrie: Sendable {
    /// The root's children by byte (0 for none: the root is no one's child).
    private var root = [Int32](repeating: 0, count: 256)
    /// Per node: first child, next sibling, the byte leading to it, the value index (-1 none).
    private var firstChild: [Int32] = [0]
    private var nextSibling: [Int32] = [0]
    private var label: [UInt8] = [0]
    private var valueIndex: [Int32] = [-1]

    /// The node reached from `node` by `byte`, or -1.
    @inline(__always) func child(_ node: Int32, _ byte: UInt8) -> Int32 {
        if node == 0 {
            let c = root[Int(byte)]
            return c == 0 ? -1 : c
        }
        var c = firstChild[Int(node)]
        while c != 0 {
            if label[Int(c)] == byte { return c }
            c = nextSibling[Int(c)]
        }
        return -1
    }

    /// The value index stored at `node`, or -1.
    @inline(__always) func value(at node: Int32) -> Int32 { valueIndex[Int(node)] }

    /// Adds the path of `bytes`, and `value` at its end unless a value is there already.
    mutating func insert(_ bytes: [UInt8], value: Int32?) {
        var node: Int32 = 0
        for b in bytes {
            let next = child(node, b)
            if next >= 0 {
                node = next
                continue
            }
            let new = Int32(label.count)
            firstChild.append(0)
            label.append(b)
            valueIndex.append(-1)
            if node == 0 {
                nextSibling.append(0)
                root[Int(b)] = new
            } else {
                nextSibling.append(firstChild[Int(node)])
                firstChild[Int(node)] = new
            }
            node = new
        }
        if let value, valueIndex[Int(node)] < 0 { valueIndex[Int(node)] = value }
    }

    /// Adds `key` (a table key as the dictionary stores it): the paths of its prefixes'
    /// decompositions, and `value` at the end of its own, where those are plain.
    mutating func add(_ key: String, value: Int32) {
        let ascii = key.utf8.allSatisfy { $0 < 0x80 }
        var paths: [(String, isKey: Bool)] = []
        for form in ascii ? [key] : [key, key.decomposedStringWithCanonicalMapping] {
            var prefix = String.UnicodeScalarView()
            for scalar in form.unicodeScalars {
                prefix.append(scalar)
                paths.append((String(prefix), false))
            }
        }
        paths.append((key, true))
        for (path, isKey) in paths {
            let decomposed = path.utf8.allSatisfy { $0 < 0x80 } ? path : path.decomposedStringWithCanonicalMapping
            guard decomposed.unicodeScalars.allSatisfy(Self.isPlain) else { continue }
            insert(Array(decomposed.utf8), value: isKey ? value : nil)
        }
    }

    /// Whether `scalar` is plain: ASCII, or its own canonical decomposition with combining
    /// class 0 (so any string of plain scalars is its own decomposition).
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return true }
        guard scalar.properties.canonicalCombiningClass == .notReordered else { return false }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        return decomposed.count == 1 && decomposed.first == scalar
    }
}
