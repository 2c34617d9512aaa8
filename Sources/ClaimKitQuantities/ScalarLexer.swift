/// A small lexer over the UTF-8 bytes of one string, for the quantity rules only:
/// numerals, words and single symbols, each knowing whether space stands before it.
///
/// It reads the bytes directly (ASCII by its bytes, other scalars decoded where they
/// stand) and gives each item's UTF-8 offsets: no array of scalars nor of offsets is built.
struct ScalarLexer {
    enum Kind { case number, word, symbol, url }

    struct Item {
        var kind: Kind
        /// UTF-8 offsets into the text.
        var start: Int
        var end: Int
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
        /// Its text holds an ASCII capital letter.
        var upper = false
    }

    /// The text of `item` (no strings are made while lexing: the rules ask for the few
    /// items they read, see `QuantityParser.Run.itemText`).
    static func text(of item: Item, in bytes: [UInt8]) -> String {
        String(decoding: bytes[item.start..<item.end], as: UTF8.self)
    }

    /// The lower-cased text of `item`: ASCII lower-cased byte by byte, as `lowercased()`
    /// would, anything else by `lowercased()`.
    static func lower(of item: Item, in bytes: [UInt8]) -> String {
        if !item.ascii { return text(of: item, in: bytes).lowercased() }
        guard item.upper else { return text(of: item, in: bytes) }
        return String(unsafeUninitializedCapacity: item.end - item.start) { out in
            for k in item.start..<item.end { out[k - item.start] = bytes[k] &- 0x41 < 26 ? bytes[k] | 0x20 : bytes[k] }
            return item.end - item.start
        }
    }

    // ASCII answered without the Unicode property tables (the lexer's hot spot).
    @inline(__always) static func isLetter(_ s: UInt32) -> Bool {
        s < 0x80 ? (s | 0x20) &- 0x61 < 26 : Unicode.Scalar(s)?.properties.isAlphabetic ?? false
    }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isSpace(_ s: UInt32) -> Bool {
        s < 0x80 ? s == 0x20 || (s &- 0x09) < 5 : Unicode.Scalar(s)?.properties.isWhitespace ?? false
    }

    /// The scalar starting at byte `i` of valid UTF-8, and its width in bytes.
    @inline(__always) static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let lead = UInt32(b[i])
        if lead < 0x80 { return (lead, 1) }
        if lead >= 0xF0 {
            return ((lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
        }
        if lead >= 0xE0 { return ((lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return ((lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2)
    }

    /// The end (a byte offset) of a URL starting at byte `i` ("http://...", "www...."), if one starts there.
    static func urlEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = b.count
        // Only "h" or "w" (in either case) can start one.
        let first = b[i] | 0x20
        guard first == 0x68 || first == 0x77 else { return nil }
        // Letters in either case (no other scalar lower-cases to h, t, p, s or w), the
        // rest as written; a byte beyond ASCII matches nothing.
        func starts(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard i + count <= n else { return false }
            let p = prefix.utf8Start
            for k in 0..<count {
                let c = p[k]
                let s = b[i + k]
                if c >= 0x61 && c <= 0x7A ? (s | 0x20) != c || s >= 0x80 : s != c { return false }
            }
            return true
        }
        guard starts("http://") || starts("https://") || starts("www.") else { return nil }
        var j = i
        while j < n {
            let (s, w) = scalar(b, j)
            if isSpace(s) { break }
            j += w
        }
        return j
    }

    /// The items of the UTF-8 `bytes` (valid UTF-8: a string's).
    static func lex(_ bytes: [UInt8]) -> [Item] {
        bytes.withUnsafeBufferPointer { lex($0) }
    }

    static func lex(_ b: UnsafeBufferPointer<UInt8>) -> [Item] {
        var items: [Item] = []
        lex(b, into: &items)
        return items
    }

    /// Appends the items of `b` to `items` (an array kept from an earlier text: its storage
    /// is reused).
    ///
    /// ASCII bytes are told apart by their value, other scalars decoded where they stand;
    /// an item's flags (`ascii`, `upper`) are gathered while its bytes are read (a second
    /// pass over them cost a tenth of the lexer).
    static func lex(_ b: UnsafeBufferPointer<UInt8>, into items: inout [Item]) {
        // About one item per five bytes in prose: growing from empty cost a fifth of the lexer.
        items.reserveCapacity(items.count + b.count / 4 + 4)
        var i = 0
        var spaced = true
        var lineStart = true
        let n = b.count
        while i < n {
            let c0 = b[i]
            let start = i
            if c0 < 0x80 {
                // ASCII white space: space, \t \n \v \f \r.
                if c0 == 0x20 || c0 &- 0x09 < 5 {
                    if c0 == 0x0A || c0 == 0x0D { lineStart = true }
                    spaced = true
                    i += 1
                    continue
                }
                if (c0 | 0x20) &- 0x61 < 26 {
                    // Only "h" or "w" (either case) before "t" or "w" can start a URL.
                    let first = c0 | 0x20
                    if first == 0x68 || first == 0x77, i + 1 < n, b[i + 1] | 0x20 == 0x74 || b[i + 1] | 0x20 == 0x77,
                        let end = urlEnd(b, at: i)
                    {
                        append(.url, start, end, b, spaced: spaced, lineStart: lineStart, into: &items)
                        i = end
                    } else {
                        // A word: letters (an apostrophe between letters), any scalar a letter.
                        // ASCII capitals clear bit 5 of `caseBits`; a scalar beyond ASCII sets `wide`.
                        // Its run of ASCII letters eight bytes at a time (most words are no more),
                        // then `wordEnd` only when an apostrophe or a byte beyond ASCII follows.
                        var caseBits = c0
                        var wide = false
                        var capital = false
                        i = asciiLetterRunEnd(b, from: i + 1, capital: &capital)
                        if capital { caseBits &= 0xDF }
                        if i < n, b[i] >= 0x80 || b[i] == 0x27 {
                            i = wordEnd(b, from: i, caseBits: &caseBits, wide: &wide)
                        }
                        items.append(Item(kind: .word, start: start, end: i, spaced: spaced, lineStart: lineStart, hasSeparator: false,
                                          scalar: 0, ascii: !wide, upper: caseBits & 0x20 == 0))
                    }
                } else if c0 &- 0x30 < 10 || (c0 == 0x2E && spaced && i + 1 < n && isDigit(b[i + 1])) {
                    i = numeralEnd(b, at: i, separator: c0 == 0x2E)
                    append(.number, start, i, b, spaced: spaced, lineStart: lineStart, into: &items)
                } else {
                    // An ASCII symbol: its own scalar, no capital.
                    i += 1
                    items.append(Item(kind: .symbol, start: start, end: i, spaced: spaced, lineStart: lineStart, hasSeparator: false,
                                      scalar: UInt32(c0), ascii: true, upper: false))
                }
            } else {
                let (s, width) = scalar(b, i)
                if isSpace(s) {
                    if s == 0x2028 { lineStart = true }
                    spaced = true
                    i += width
                    continue
                }
                if isLetter(s) {
                    var caseBits: UInt8 = 0xFF
                    var wide = true
                    i = wordEnd(b, from: i + width, caseBits: &caseBits, wide: &wide)
                    items.append(Item(kind: .word, start: start, end: i, spaced: spaced, lineStart: lineStart, hasSeparator: false,
                                      scalar: 0, ascii: false, upper: caseBits & 0x20 == 0))
                } else {
                    // A symbol beyond ASCII: no capital (its bytes are all beyond ASCII).
                    i += width
                    items.append(Item(kind: .symbol, start: start, end: i, spaced: spaced, lineStart: lineStart, hasSeparator: false,
                                      scalar: s, ascii: false, upper: false))
                }
            }
            spaced = false
            lineStart = false
        }
    }

    /// The end of the run of ASCII letters from byte `i` (`i` itself when none), read eight
    /// bytes at a time while eight remain; `capital` is set when the run holds an ASCII capital.
    @inline(__always) static func asciiLetterRunEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int, capital: inout Bool) -> Int {
        let n = b.count
        var i = i
        guard let base = b.baseAddress else { return i }
        while i + 8 <= n {
            let v = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let letters = letterMask(v)
            // Bytes in memory order from the lowest: the letters before the first other byte.
            let others = ~letters & 0x8080_8080_8080_8080
            let run = others == 0 ? 8 : others.trailingZeroBitCount >> 3
            let kept: UInt64 = run == 8 ? ~0 : (1 << UInt64(run * 8)) &- 1
            // A capital letter has bit 5 clear (moved up to bit 7 of its byte).
            if letters & (~v << 2) & kept != 0 { capital = true }
            i += run
            if run < 8 { return i }
        }
        while i < n, (b[i] | 0x20) &- 0x61 < 26 {
            if b[i] & 0x20 == 0 { capital = true }
            i += 1
        }
        return i
    }

    /// `asciiLetterRunEnd(_:from:capital:)` without the capitals.
    @inline(__always) static func asciiLetterRunEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        let n = b.count
        var i = i
        guard let base = b.baseAddress else { return i }
        while i + 8 <= n {
            let others = ~letterMask(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
            if others != 0 { return i + others.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n, (b[i] | 0x20) &- 0x61 < 26 { i += 1 }
        return i
    }

    /// Bit 7 of each byte of `v` set when that byte is an ASCII letter (as `(b | 0x20) &- 0x61 < 26`).
    @inline(__always) static func letterMask(_ v: UInt64) -> UInt64 {
        let high = v & 0x8080_8080_8080_8080
        let x = (v | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        // Bit 7 set where the byte is at least "a" (0x61), and where it is past "z" (0x7B).
        let fromA = (x &+ 0x1F1F_1F1F_1F1F_1F1F) & 0x8080_8080_8080_8080
        let pastZ = (x &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080
        return fromA & ~pastZ & ~high
    }

    /// The end of a word whose first scalar ends before `i`: letters (an apostrophe, ' or ’,
    /// between letters), any scalar a letter or µ. ASCII capitals clear bit 5 of `caseBits`;
    /// a scalar beyond ASCII sets `wide`.
    @inline(__always) private static func wordEnd(
        _ b: UnsafeBufferPointer<UInt8>, from i: Int, caseBits: inout UInt8, wide: inout Bool
    ) -> Int {
        let n = b.count
        var i = i
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if (c | 0x20) &- 0x61 < 26 {
                    caseBits &= c
                    i += 1
                } else if c == 0x27, i + 1 < n, isLetter(scalar(b, i + 1).0) {
                    i += 1
                } else {
                    break
                }
                continue
            }
            let (c2, w) = scalar(b, i)
            if isLetter(c2) || c2 == 0xB5 {
                wide = true
                i += w
            } else if c2 == 0x2019, i + w < n, isLetter(scalar(b, i + w).0) {
                wide = true
                i += w
            } else {
                break
            }
        }
        return i
    }

    /// Appends an item of `kind` over `b[start..<end]`, its flags read from its bytes (for
    /// URLs and numerals: a numeral is ASCII but for a group space beyond it).
    @inline(__always) private static func append(
        _ kind: Kind, _ start: Int, _ end: Int, _ b: UnsafeBufferPointer<UInt8>, spaced: Bool, lineStart: Bool,
        into items: inout [Item]
    ) {
        var ascii = true
        var upper = false
        var separator = false
        for k in start..<end {
            let byte = b[k]
            if byte >= 0x80 { ascii = false }
            if byte &- 0x41 < 26 { upper = true }
        }
        if kind == .number {
            // The separator flag: a group or a decimal point (any byte but a digit).
            for k in start..<end where !isDigit(b[k]) {
                separator = true
                break
            }
        }
        items.append(Item(kind: kind, start: start, end: end, spaced: spaced, lineStart: lineStart, hasSeparator: separator,
                          scalar: 0, ascii: ascii, upper: upper))
    }

    /// The end of the numeral starting at byte `i` (a digit, or a dot before one when
    /// `separator`): digits, thin-space and comma groups, one decimal part.
    @inline(__always) private static func numeralEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int, separator: Bool) -> Int {
        let n = b.count
        let start = i
        var i = i
        if separator {
            // ".08"
            i += 1
            while i < n, isDigit(b[i]) { i += 1 }
            return i
        }
        while i < n, isDigit(b[i]) { i += 1 }
        // Thin-space groups ("40\u{202F}000", "1 234 567" after at most three digits).
        if i - start <= 3 {
            while i < n {
                // " ", U+00A0 (C2 A0), U+202F (E2 80 AF)
                var w = 0
                if b[i] == 0x20 {
                    w = 1
                } else if b[i] == 0xC2, i + 1 < n, b[i + 1] == 0xA0 {
                    w = 2
                } else if b[i] == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xAF {
                    w = 3
                }
                let p = i + w + 3
                guard w > 0, p <= n, isDigit(b[i + w]), isDigit(b[i + w + 1]), isDigit(b[i + w + 2]),
                    p >= n || !(isDigit(b[p]) || b[p] == 0x2F)
                else { break }
                i = p
            }
        }
        // Comma groups of exactly three digits ("2,500", "22,450,772").
        while i + 3 < n, b[i] == 0x2C, isDigit(b[i + 1]), isDigit(b[i + 2]), isDigit(b[i + 3]),
            i + 4 >= n || !isDigit(b[i + 4])
        {
            i += 4
        }
        if i + 1 < n, b[i] == 0x2E, isDigit(b[i + 1]) {
            // Not the second dot of a dotted code ("192.168.1.2" stays apart).
            var j = i + 1
            while j < n, isDigit(b[j]) { j += 1 }
            if !(j + 1 < n && b[j] == 0x2E && isDigit(b[j + 1])) {
                i = j
            }
        }
        return i
    }
}
