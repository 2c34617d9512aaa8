/// Reads Unicode scalars straight out of a UTF-8 buffer, forwards and backwards, so that
/// the tokenizer and the splitter never walk `String` indexes.
///
/// The buffer must hold valid UTF-8 (every Swift `String` does).
struct UTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    /// The scalar value starting at byte `i` and its width in bytes.
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, width: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0 {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return (
            (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F), 4
        )
    }

    /// The scalar value at `i`, or nil past the end.
    @inline(__always)
    func value(at i: Int) -> UInt32? {
        i < bytes.count ? scalar(at: i).value : nil
    }

    /// The scalar that ends just before byte `i` and where it starts, or nil at the start.
    @inline(__always)
    func scalar(before i: Int) -> (value: UInt32, start: Int)? {
        guard i > 0 else { return nil }
        var j = i - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return (scalar(at: j).value, j)
    }

    /// The ASCII byte at `i` lower-cased, or 0 past the end or outside ASCII.
    @inline(__always)
    func asciiLower(at i: Int) -> UInt8 {
        guard i < bytes.count else { return 0 }
        let b = bytes[i]
        if b >= 0x41 && b <= 0x5A { return b | 0x20 }
        return b < 0x80 ? b : 0
    }

    /// Whether the bytes from `i` spell `word` (ASCII, compared case-insensitively).
    func hasPrefix(_ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = word.utf8Start
        for k in 0..<n where asciiLower(at: i + k) != p[k] { return false }
        return true
    }

    /// The text of bytes `range` as a String.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

/// Character classes the tokenizer and splitter test, on scalar values.
enum Scalar {
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return isSpaceBeyondASCII(v)
    }

    // The tests beyond ASCII live in functions of their own, never inlined: `Unicode.Scalar.Properties`
    // and `Unicode.GeneralCategory` are resilient types of the standard library, and a function that
    // touches one (even on a path it never takes) fetches their metadata and sizes its stack frame at
    // run time on every call. Kept apart, the ASCII paths of the tokenizer's hot functions pay nothing.
    @inline(never) static func isSpaceBeyondASCII(_ v: UInt32) -> Bool {
        if let k = commonIndex(v) { return commonBits[k] & 1 != 0 }
        return spaceFromTables(v)
    }

    static func spaceFromTables(_ v: UInt32) -> Bool {
        if v == 0x200B || v == 0xFEFF || v == 0x2060 { return true }
        return Unicode.Scalar(v)?.properties.isWhitespace ?? false
    }

    @inline(__always) static func isASCIIDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// Letters, combining marks and digits of any script: what a word is made of.
    @inline(__always) static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) || isASCIIDigit(v) }
        return isWordScalarBeyondASCII(v)
    }

    @inline(never) static func isWordScalarBeyondASCII(_ v: UInt32) -> Bool {
        if let k = commonIndex(v) { return commonBits[k] & 2 != 0 }
        return wordScalarFromTables(v)
    }

    static func wordScalarFromTables(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        if s.properties.isAlphabetic { return true }
        switch s.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .letterNumber: return true
        default: return false
        }
    }

    /// A letter (any script), not a digit.
    @inline(__always) static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) }
        return isLetterBeyondASCII(v)
    }

    @inline(never) static func isLetterBeyondASCII(_ v: UInt32) -> Bool {
        if let k = commonIndex(v) { return commonBits[k] & 4 != 0 }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    @inline(__always) static func isUpper(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return isUpperBeyondASCII(v)
    }

    @inline(never) static func isUpperBeyondASCII(_ v: UInt32) -> Bool {
        if let k = commonIndex(v) { return commonBits[k] & 8 != 0 }
        return Unicode.Scalar(v)?.properties.isUppercase ?? false
    }

    @inline(__always) static func isLower(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return isLowerBeyondASCII(v)
    }

    @inline(never) static func isLowerBeyondASCII(_ v: UInt32) -> Bool {
        if let k = commonIndex(v) { return commonBits[k] & 16 != 0 }
        return Unicode.Scalar(v)?.properties.isLowercase ?? false
    }

    /// The index into `commonBits` of U+0080–U+00FF (Latin-1: accented letters, the
    /// no-break space) and U+2000–U+206F (curly quotes, dashes, spaces, the ellipsis): most
    /// of the scalars beyond ASCII in news text. Nil for the others.
    @inline(__always) static func commonIndex(_ v: UInt32) -> Int? {
        if v < 0x100 { return v >= 0x80 ? Int(v &- 0x80) : nil }
        return v &- 0x2000 < 0x70 ? Int(v &- 0x2000) &+ 0x80 : nil
    }

    /// The classes of the scalars `commonIndex` numbers, read once from the standard
    /// library's tables (a look-up there costs a few hundred instructions): bit 0 space,
    /// 1 word scalar, 2 letter, 3 upper case, 4 lower case.
    static let commonBits: [UInt8] = (Array(UInt32(0x80)..<0x100) + Array(UInt32(0x2000)..<0x2070)).map { (v: UInt32) -> UInt8 in
        guard let s = Unicode.Scalar(v) else { return 0 }
        var bits: UInt8 = 0
        if spaceFromTables(v) { bits |= 1 }
        if wordScalarFromTables(v) { bits |= 2 }
        if s.properties.isAlphabetic { bits |= 4 }
        if s.properties.isUppercase { bits |= 8 }
        if s.properties.isLowercase { bits |= 16 }
        return bits
    }

    /// Hyphens that join the parts of a word: - ‐ ‑.
    @inline(__always) static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    /// Marks that stand for elided letters inside a word: ' ’ ʼ.
    @inline(__always) static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x02BC }

    /// Dashes: ‒ – — ― ⸺ ⸻ and the minus sign.
    @inline(__always) static func isDash(_ v: UInt32) -> Bool {
        (v >= 0x2012 && v <= 0x2015) || v == 0x2E3A || v == 0x2E3B
    }

    /// Quotation marks that can only open: “ „ ‟ ‘ ‚ « ‹ 「 『.
    @inline(__always) static func isOpeningQuote(_ v: UInt32) -> Bool {
        v == 0x201C || v == 0x201E || v == 0x201F || v == 0x2018 || v == 0x201A || v == 0xAB || v == 0x2039
            || v == 0x300C || v == 0x300E
    }

    /// Quotation marks that can only close: ” » › 」 』 (’ is handled apart: it is also an apostrophe).
    @inline(__always) static func isClosingQuote(_ v: UInt32) -> Bool {
        v == 0x201D || v == 0xBB || v == 0x203A || v == 0x300D || v == 0x300F
    }

    /// Whether the mark is a double quotation mark (as opposed to a single one).
    @inline(__always) static func isDoubleQuote(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x201C || v == 0x201D || v == 0x201E || v == 0x201F || v == 0xAB || v == 0xBB
            || v == 0x300E || v == 0x300F
    }

    /// Punctuation that opens something: ( [ { and opening quotation marks.
    @inline(__always) static func isOpener(_ v: UInt32) -> Bool {
        v == 0x28 || v == 0x5B || v == 0x7B || isOpeningQuote(v) || isDash(v)
    }

    /// Punctuation that may stand right after a closing quote: . , ; : ! ? ) ] } … and closers.
    @inline(__always) static func isTrailingPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2026: return true
        default: return isClosingQuote(v) || v == 0x2019 || v == 0x22 || v == 0x27 || isDash(v)
        }
    }

    /// Sentence and clause punctuation that gets a `.punctuation` token.
    @inline(__always) static func isPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0xA1, 0xBF,
            0x3002, 0xFF0C, 0xFF01, 0xFF1F, 0x3001:
            return true
        default: return false
        }
    }

    /// Scalars that stay in the token of the symbol before them: combining marks, variation
    /// selectors, the zero-width joiner, skin-tone modifiers.
    @inline(__always) static func extendsSymbol(_ v: UInt32) -> Bool {
        if v == 0x200D || (v >= 0xFE00 && v <= 0xFE0F) || (v >= 0x1F3FB && v <= 0x1F3FF)
            || (v >= 0xE0020 && v <= 0xE007F)
        {
            return true
        }
        guard v >= 0x300 else { return false }
        return isMarkBeyondASCII(v)
    }

    @inline(never) static func isMarkBeyondASCII(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }
}
