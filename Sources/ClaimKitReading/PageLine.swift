import Foundation

/// One line of a plain-text page: its content without the surrounding white space, how
/// far it is indented, and facts the splitter reads on its way (the content's first byte
/// and its length), so that the shape tests can settle most lines without reading them.
struct PageLine: Sendable {
    /// The line's content, trimmed of white space at both ends.
    let content: Substring
    /// The width of its leading white space (a tab counts 4).
    let indent: Int
    /// The first byte of the content, 0 for a blank line.
    let first: UInt8
    /// The content's length in UTF-8 bytes.
    let byteCount: Int

    init(content: Substring, indent: Int) {
        self.init(content: content, indent: indent, first: content.utf8.first ?? 0, byteCount: content.utf8.count)
    }

    init(content: Substring, indent: Int, first: UInt8, byteCount: Int) {
        self.content = content
        self.indent = indent
        self.first = first
        self.byteCount = byteCount
    }

    var isBlank: Bool { byteCount == 0 }

    /// Splits `text` into lines at `\n`, `\r\n` and `\r`, in one pass over its UTF-8 bytes.
    static func lines(of text: String) -> [PageLine] {
        var text = text
        let bounds: [(start: Int, contentStart: Int, contentEnd: Int, indent: Int, first: UInt8)] = text.withUTF8 { bytes in
            var out: [(start: Int, contentStart: Int, contentEnd: Int, indent: Int, first: UInt8)] = []  // labelled: no array cast
            let n = bytes.count
            out.reserveCapacity(n / 32 + 4)  // a line per 50 bytes in news text: grown once at most
            var i = 0
            while i <= n {
                let start = i
                var indent = 0
                while i < n,
                    bytes[i] == 0x20 || bytes[i] == 0x09 || (bytes[i] == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0)
                {
                    indent += bytes[i] == 0x09 ? 4 : 1
                    i += bytes[i] == 0xC2 ? 2 : 1
                }
                let contentStart = i
                var contentEnd = i
                while true {
                    // Eight bytes at once while all are ASCII from 0x0E up (no line end, no
                    // control, nothing to decode): the content goes on to the last of them
                    // that is not a space (or tab), most often the eighth.
                    while i + 8 <= n {
                        let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        if ((word &- 0x0E0E_0E0E_0E0E_0E0E) | word) & 0x8080_8080_8080_8080 != 0 { break }
                        let top = word >> 56
                        if top != 0x20 && top != 0x09 {
                            contentEnd = i + 8
                        } else {
                            let content = Self.nonBlankBytes(word)
                            if content != 0 { contentEnd = i + 8 - (content.leadingZeroBitCount >> 3) }
                        }
                        i += 8
                    }
                    // Then one scalar at a time, to the line end.
                    guard i < n && bytes[i] != 0x0A && bytes[i] != 0x0D else { break }
                    let b = bytes[i]
                    if b == 0x20 || b == 0x09 {
                        i += 1
                        continue
                    }
                    if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 {
                        i += 2
                        continue
                    }
                    i += 1
                    while i < n && bytes[i] & 0xC0 == 0x80 { i += 1 }
                    contentEnd = i
                }
                out.append((start, contentStart, contentEnd, indent, contentEnd > contentStart ? bytes[contentStart] : 0))
                if i >= n { break }
                if bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 2 } else { i += 1 }
                if i == n { break }
            }
            return out
        }
        let utf8 = text.utf8
        var lines: [PageLine] = []
        lines.reserveCapacity(bounds.count)
        var index = utf8.startIndex
        var offset = 0
        for b in bounds {
            if b.contentEnd == b.contentStart {
                // A blank line: an empty content, without the scalar-aligned slicing of the
                // page (about 200 instructions a line).
                lines.append(PageLine(content: Substring(), indent: b.indent, first: 0, byteCount: 0))
                continue
            }
            let lower = utf8.index(index, offsetBy: b.contentStart - offset)
            let upper = utf8.index(lower, offsetBy: b.contentEnd - b.contentStart)
            index = upper
            offset = b.contentEnd
            lines.append(
                PageLine(
                    content: text[lower..<upper], indent: b.indent, first: b.first,
                    byteCount: b.contentEnd - b.contentStart))
        }
        return lines
    }
}

extension PageLine {
    /// The high bit of each byte of `word` (all ASCII) that is zero, exactly (no borrow
    /// from one byte reaches the next).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `word` (all ASCII) that is neither a space nor a tab.
    @inline(__always)
    static func nonBlankBytes(_ word: UInt64) -> UInt64 {
        ~(zeroBytes(word ^ 0x2020_2020_2020_2020) | zeroBytes(word ^ 0x0909_0909_0909_0909)) & 0x8080_8080_8080_8080
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, _ word: UInt64) -> Bool {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }
}

/// Byte-level tests on a line's content, so that no line is searched with String indexes.
enum LineText {
    /// The UTF-8 offset of the last occurrence of `needle` (ASCII) in `s`, compared ASCII
    /// case-insensitively, or nil.
    static func lastOffset(of needle: StaticString, in s: Substring) -> Int? {
        search(needle, in: s, last: true)
    }

    /// The first occurrence, as `lastOffset(of:in:)`.
    static func firstOffset(of needle: StaticString, in s: Substring) -> Int? {
        search(needle, in: s, last: false)
    }

    static func search(_ needle: StaticString, in s: Substring, last: Bool) -> Int? {
        let n = needle.utf8CodeUnitCount
        let p = needle.utf8Start
        func run(_ hay: UnsafeBufferPointer<UInt8>) -> Int? {
            guard hay.count >= n, n > 0 else { return nil }
            let first = lower(p[0])
            var i = last ? hay.count - n : 0
            // Positions that could start the needle (their byte could be its first, and the
            // next two its second and third, in either case: `b | 0x20` is the same for both cases of a
            // letter), eight at a time: eight positions holding none are skipped whole. A
            // hit is only a candidate, checked below. (The zero-byte test flags every byte
            // that matches, and maybe some more: it never skips a match.)
            let pattern = UInt64(first | 0x20) &* 0x0101_0101_0101_0101
            let second = n > 1 ? UInt64(lower(p[1]) | 0x20) &* 0x0101_0101_0101_0101 : pattern
            let third = n > 2 ? UInt64(lower(p[2]) | 0x20) &* 0x0101_0101_0101_0101 : second
            let raw = UnsafeRawPointer(hay.baseAddress!)
            let pair = n > 2 ? 2 : n > 1 ? 1 : 0  // how many bytes after the first are tested
            @inline(__always) func matches(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
                let x = (word | 0x2020_2020_2020_2020) ^ pattern
                return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
            }
            /// Whether one of the eight positions from `at` may start the needle (the
            /// next `pair` bytes of each are read too: `at + 8 + pair <= hay.count`).
            @inline(__always) func mayHold(_ at: Int) -> Bool {
                let a = matches(raw.loadUnaligned(fromByteOffset: at, as: UInt64.self), pattern)
                if pair == 0 || a == 0 { return a != 0 }
                let b = a & matches(raw.loadUnaligned(fromByteOffset: at + 1, as: UInt64.self), second)
                if pair == 1 || b == 0 { return b != 0 }
                return b & matches(raw.loadUnaligned(fromByteOffset: at + 2, as: UInt64.self), third) != 0
            }
            // A needle that ends in a byte other than a letter ("Image source,") is found
            // forward from each of that byte (`memchr`, many bytes at once), checked backwards.
            let end = p[n - 1]
            if !last && n > 1 && (end | 0x20) &- 0x61 >= 26 {
                var from = n - 1
                while from < hay.count,
                    let hit = memchr(hay.baseAddress! + from, Int32(end), hay.count - from)
                {
                    let at = hay.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - (n - 1)
                    var k = 0
                    while k < n - 1 && lower(hay[at + k]) == lower(p[k]) { k += 1 }
                    if k == n - 1 { return at }
                    from = at + n
                }
                return nil
            }
            while last ? i >= 0 : i <= hay.count - n {
                if !last && i + 8 + pair <= hay.count && !mayHold(i) {
                    i += 8
                    continue
                }
                if last && i >= 7 && i + 1 + pair <= hay.count && !mayHold(i - 7) {
                    i -= 8
                    continue
                }
                if lower(hay[i]) == first {
                    var k = 1
                    while k < n && lower(hay[i + k]) == lower(p[k]) { k += 1 }
                    if k == n { return i }
                }
                i += last ? -1 : 1
            }
            return nil
        }
        if let found = s.utf8.withContiguousStorageIfAvailable(run) { return found }
        return Array(s.utf8).withUnsafeBufferPointer(run)
    }

    /// Whether the last scalar of `s` ends a sentence or a quotation: . ! ? : ; , " ” ’ ) ] …
    static func endsWithPunctuation(_ s: some StringProtocol) -> Bool {
        guard let last = s.unicodeScalars.last else { return false }
        switch last {
        case ".", "!", "?", ":", ";", ",", "\"", "\u{201D}", "\u{2019}", ")", "]", "\u{2026}": return true
        default: return false
        }
    }

    /// `s.hasPrefix(prefix)` (which compares characters) for an ASCII `prefix`, decided on
    /// the bytes: equal bytes followed by an ASCII byte (or nothing) are equal characters,
    /// and bytes that differ at an ASCII byte of `s` are different ones. Only when a byte of
    /// `s` outside ASCII is involved (a combining mark after the prefix, a compatibility
    /// character) do the characters decide.
    static func hasPrefix(_ s: Substring, _ prefix: String) -> Bool {
        var prefix = prefix
        let answer: Bool? = prefix.withUTF8 { p in
            s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                for k in 0..<p.count {
                    guard k < b.count else { return false }
                    if b[k] != p[k] { return b[k] >= 0x80 || p[k] >= 0x80 ? nil : false }
                }
                return p.count == b.count || b[p.count] < 0x80 ? true : nil
            } ?? nil
        }
        return answer ?? s.hasPrefix(prefix)
    }

    /// `s.firstIndex(of: Character(byte))` for an ASCII `byte`, found on the bytes: a byte
    /// with ASCII bytes (or nothing) on both sides is a character of its own. Only when a
    /// byte outside ASCII stands next to the first one found do the characters decide.
    static func firstIndex(ofASCII byte: UInt8, in s: Substring) -> Substring.Index? {
        // The offset found, -1 for none, -2 when the characters must decide.
        let found = s.utf8.withContiguousStorageIfAvailable { b -> Int in
            guard let k = b.firstIndex(of: byte) else { return -1 }
            if (k > 0 && b[k - 1] >= 0x80) || (k + 1 < b.count && b[k + 1] >= 0x80) { return -2 }
            return k
        } ?? -2
        if found >= 0 { return s.utf8.index(s.startIndex, offsetBy: found) }
        if found == -1 { return nil }
        return s.firstIndex(of: Character(Unicode.Scalar(byte)))
    }

    /// `s.hasSuffix(suffix)` (which compares characters) for an ASCII `suffix` that starts
    /// with a space and holds no capital, decided on the bytes when the last bytes of `s`
    /// and the one before them are ASCII (no scalar outside ASCII is canonically equal to
    /// such a one, and none joins a space to the character before it).
    static func hasASCIISuffix(_ s: Substring, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        let p = suffix.utf8Start
        let answer: Bool?? = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            let from = max(0, b.count - n - 1)
            for k in from..<b.count where b[k] >= 0x80 { return nil }
            guard b.count >= n else { return false }
            for k in 0..<n where b[b.count - n + k] != p[k] { return false }
            return true
        }
        if let answer = answer ?? nil { return answer }
        return s.hasSuffix(String(describing: suffix))
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// `s` split at UTF-8 offset `offset` (which must fall on a scalar boundary).
    static func split(_ s: Substring, at offset: Int) -> (Substring, Substring) {
        let i = s.utf8.index(s.utf8.startIndex, offsetBy: offset)
        return (s[..<i], s[i...])
    }

    /// `s` without white space at either end.
    static func trimmed(_ s: Substring) -> Substring {
        // Most lines and parts of lines start and end with an ASCII byte that is no white
        // space (the first and last scalars are those bytes): nothing to trim.
        let u = s.utf8
        if let f = u.first, f > 0x20 && f < 0x80, let l = u.last, l > 0x20 && l < 0x80 { return s }
        var lower = s.startIndex
        var upper = s.endIndex
        while lower < upper, s.unicodeScalars[lower].quickIsWhitespace {
            lower = s.unicodeScalars.index(after: lower)
        }
        while upper > lower {
            let before = s.unicodeScalars.index(before: upper)
            guard s.unicodeScalars[before].quickIsWhitespace else { break }
            upper = before
        }
        return s[lower..<upper]
    }
}

extension Array where Element == PageLine {
    /// The first non-blank line after `k`, before `limit`.
    func firstContent(after k: Int, before limit: Int) -> Int? {
        var j = k + 1
        while j < limit {
            if !self[j].isBlank { return j }
            j += 1
        }
        return nil
    }
}
