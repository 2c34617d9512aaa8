import ClaimKitQuantities
import Foundation

/// A `WordSet` the rules ask about tokens: with it, the lengths and first letters of its
/// ASCII words, so `EntryClaimReader.LowerTokens.in(_:_:)` turns most tokens away by the
/// shape it keeps per token, with no string made and no hash (a rule that tests every word
/// of a sentence against a list asked the set of each word).
struct TokenWordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    let table: WordSet
    /// Per UTF-8 length below 32: bit 0 for a first byte that is no lower-case ASCII
    /// letter, bit n for the letter n ("a" is 1).
    let firsts: [UInt64]
    /// A word beyond ASCII (which can equal a token of another length or first byte) or
    /// of 32 bytes or more: then every token of that kind is asked of `table`.
    let beyondASCII: Bool
    let long: Bool

    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordSet(words)
        var firsts = [UInt64](repeating: 0, count: 32)
        var beyondASCII = false
        var long = false
        for member in table.members {
            var word = member
            if word.utf8.contains(where: { $0 >= 0x80 }) {
                beyondASCII = true
                // Only a word whose canonical decomposition is ASCII can equal an ASCII
                // token: it is filed under that decomposition's shape.
                let decomposed = word.decomposedStringWithCanonicalMapping
                guard !decomposed.utf8.contains(where: { $0 >= 0x80 }) else { continue }
                word = decomposed
            }
            let n = word.utf8.count
            if n >= 32 {
                long = true
                continue
            }
            firsts[n] |= 1 << Self.letter(word.utf8.first ?? 0)
        }
        self.firsts = firsts
        self.beyondASCII = beyondASCII
        self.long = long
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// A first byte's bit: 1-26 for "a"-"z", 0 for any other.
    @inline(__always) static func letter(_ b: UInt8) -> UInt64 {
        b &- 0x61 < 26 ? UInt64(b &- 0x60) : 0
    }

    /// False when no word of the set has this length and first byte (of a token lowered by
    /// its bytes, which equals an ASCII word only if their bytes are the same); true when
    /// one may.
    @inline(__always) func mayHold(count: Int, first: UInt8) -> Bool { mayHold(count: count, first: first, ascii: false) }

    /// `mayHold(count:first:)`, where an ASCII token (`ascii`) is turned away by its shape
    /// even when the set holds words beyond ASCII: no such word equals it unless its
    /// canonical decomposition is ASCII, and those are filed under that shape.
    @inline(__always) func mayHold(count: Int, first: UInt8, ascii: Bool) -> Bool {
        if beyondASCII && !ascii { return true }
        if count >= 32 { return long }
        return firsts[count] & (1 << Self.letter(first)) != 0
    }

    func contains(_ word: String) -> Bool { table.contains(word) }
    var members: Set<String> { table.members }
    var count: Int { table.count }
    var isEmpty: Bool { table.isEmpty }
    func makeIterator() -> Set<String>.Iterator { table.makeIterator() }
}
