@testable import ClaimKitQuantities

/// (Reference copy.) A small lexer over the Unicode scalars of one string, for the quantity rules only:
/// numerals, words and single symbols, each knowing whether space stands before it.
/// The scalar lexer the byte lexer replaced, kept as the reference its items are checked against.
struct ReferenceScalarLexer {
    typealias Kind = ScalarLexer.Kind

    struct Item {
        var kind: Kind
        /// Scalar offsets.
        var start: Int
        var end: Int
        var text: String
        var lower: String
        /// White space (or the start of the text) stands before it.
        var spaced: Bool
        /// Only white space stands between the start of its line and it.
        var lineStart: Bool
        /// The numeral has a comma group or a decimal point.
        var hasSeparator = false
        /// A symbol's scalar (a symbol item is one scalar), 0 for other kinds: compared
        /// instead of its one-scalar text.
        var scalar: UInt32 = 0
        /// Its text is plain ASCII.
        var ascii = false
    }

    // ASCII answered without the Unicode property tables (the lexer's hot spot).
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value | 0x20) &- 0x61 < 26 : s.properties.isAlphabetic
    }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value == 0x20 || (s.value &- 0x09) < 5 : s.properties.isWhitespace
    }

    /// The end of a URL starting at `i` ("http://...", "www...."), if one starts there.
    static func urlEnd(_ scalars: [Unicode.Scalar], at i: Int) -> Int? {
        let n = scalars.count
        // Only "h" or "w" (in either case) can start one.
        let first = scalars[i].value | 0x20
        guard first == 0x68 || first == 0x77 else { return nil }
        // Letters in either case (no other scalar lower-cases to h, t, p, s or w), the
        // rest as written.
        func starts(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard i + count <= n else { return false }
            let p = prefix.utf8Start
            for k in 0..<count {
                let c = UInt32(p[k])
                let s = scalars[i + k].value
                if c >= 0x61 && c <= 0x7A ? (s | 0x20) != c || s >= 0x80 : s != c { return false }
            }
            return true
        }
        guard starts("http://") || starts("https://") || starts("www.") else { return nil }
        var j = i
        while j < n, !isSpace(scalars[j]) { j += 1 }
        return j
    }

    /// The items of `scalars`, whose UTF-8 form is `bytes` (`utf8[k]`: the byte offset
    /// of scalar `k`, with one entry past the end).
    static func lex(_ scalars: [Unicode.Scalar], bytes: [UInt8], utf8: [Int]) -> [Item] {
        var items: [Item] = []
        // About one item per five scalars in prose: growing from empty cost a fifth of the lexer.
        items.reserveCapacity(scalars.count / 4 + 4)
        var i = 0
        var spaced = true
        var lineStart = true
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if isSpace(s) {
                if s == "\n" || s == "\r" || s == "\u{2028}" { lineStart = true }
                spaced = true
                i += 1
                continue
            }
            let start = i
            var kind = Kind.symbol
            var separator = false
            // Only "h" or "w" (either case) can start a URL.
            if (s.value | 0x20) == 0x68 || (s.value | 0x20) == 0x77, let end = urlEnd(scalars, at: i) {
                kind = .url
                i = end
            } else if s == ".", spaced, i + 1 < n, isDigit(scalars[i + 1]) {
                // ".08"
                kind = .number
                separator = true
                i += 1
                while i < n, isDigit(scalars[i]) { i += 1 }
            } else if isDigit(s) {
                kind = .number
                while i < n, isDigit(scalars[i]) { i += 1 }
                // Thin-space groups ("40\u{202F}000", "1 234 567" after at most three digits).
                if i - start <= 3 {
                    while i + 3 < n + 0, scalars[i] == "\u{202F}" || scalars[i] == "\u{00A0}" || scalars[i] == " ",
                        isDigit(scalars[i + 1]), isDigit(scalars[i + 2]), isDigit(scalars[i + 3]),
                        i + 4 >= n || !(isDigit(scalars[i + 4]) || scalars[i + 4] == "/")
                    {
                        i += 4
                        separator = true
                    }
                }
                // Comma groups of exactly three digits ("2,500", "22,450,772").
                while i + 3 < n + 0, scalars[i] == ",", isDigit(scalars[i + 1]), isDigit(scalars[i + 2]), isDigit(scalars[i + 3]),
                    i + 4 >= n || !isDigit(scalars[i + 4])
                {
                    i += 4
                    separator = true
                }
                if i + 1 < n, scalars[i] == ".", isDigit(scalars[i + 1]) {
                    // Not the second dot of a dotted code ("192.168.1.2" stays apart).
                    var j = i + 1
                    while j < n, isDigit(scalars[j]) { j += 1 }
                    if !(j + 1 < n && scalars[j] == "." && isDigit(scalars[j + 1])) {
                        i = j
                        separator = true
                    }
                }
            } else if isLetter(s) {
                kind = .word
                while i < n {
                    let c = scalars[i]
                    if isLetter(c) || c == "\u{00B5}" {
                        i += 1
                    } else if (c == "'" || c == "\u{2019}"), i + 1 < n, isLetter(scalars[i + 1]), i > start {
                        i += 1
                    } else {
                        break
                    }
                }
            } else {
                i += 1
            }
            // The item's text from its bytes (small strings need no allocation); ASCII
            // lower-cased byte by byte, as `lowercased()` would.
            let (text, lower, ascii) = bytes.withUnsafeBufferPointer { all in
                let part = UnsafeBufferPointer(rebasing: all[utf8[start]..<utf8[i]])
                let text = String(decoding: part, as: UTF8.self)
                guard part.allSatisfy({ $0 < 0x80 }) else { return (text, text.lowercased(), false) }
                guard part.contains(where: { $0 &- 0x41 < 26 }) else { return (text, text, true) }
                let lower = String(unsafeUninitializedCapacity: part.count) { out in
                    for (k, b) in part.enumerated() { out[k] = b &- 0x41 < 26 ? b | 0x20 : b }
                    return part.count
                }
                return (text, lower, true)
            }
            items.append(Item(kind: kind, start: start, end: i, text: text, lower: lower, spaced: spaced,
                              lineStart: lineStart, hasSeparator: separator, scalar: kind == .symbol ? s.value : 0, ascii: ascii))
            spaced = false
            lineStart = false
        }
        return items
    }
}
