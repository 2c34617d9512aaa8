import ClaimKitModel

/// An entry's text as Unicode scalars with their UTF-8 offsets, for scanning by character,
/// and as its UTF-8 bytes, for building word strings without going through scalars.
struct EntryScalars {
    /// The scalars: for an ASCII text its bytes read as scalars (the text's `utf8`, no
    /// array of its own: an array of every scalar took four bytes per byte of text, the
    /// quote stage's largest buffer on a long ASCII paragraph).
    let scalars: ScalarTable
    /// `offsets[i]` is the UTF-8 offset of scalar `i`, `offsets[count]` the text's end; empty
    /// for an ASCII text, whose offsets are its scalar indexes (see `offset(_:)`): 4 bytes
    /// per scalar, or none, where an `[Int]` of every offset took 8.
    private let offsets: [UInt32]
    /// The text's UTF-8 bytes.
    let utf8: [UInt8]

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let bytes = Array(text.utf8)
        precondition(bytes.count < Int(UInt32.max), "an entry of 4 GB or more")
        let ascii = Self.isASCII(bytes)
        if ascii {
            // One scalar per byte: the bytes themselves.
            scalars = ScalarTable(ascii: bytes)
            offsets = []
            utf8 = bytes
            return
        }
        // Decoded by hand from the (valid) UTF-8 of a String, written in place: ASCII, the
        // bulk, in one step; the counts are found as the arrays are filled.
        var decoded: [Unicode.Scalar] = []
        let offsets = bytes.withUnsafeBufferPointer { b in
            [UInt32](unsafeUninitializedCapacity: b.count + 1) { offsetsOut, offsetCount in
                let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, n in
                    var i = 0
                    var k = 0
                    let count = b.count
                    let raw = b.baseAddress.map { UnsafeRawPointer($0) }
                    while i < count {
                        // Eight ASCII bytes at once: one test, eight scalars and offsets.
                        if i + 8 <= count, let raw, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                            // Widened and stored as two vectors (eight stores of each were
                            // most of the decoding).
                            let bytes = raw.loadUnaligned(fromByteOffset: i, as: SIMD8<UInt8>.self)
                            UnsafeMutableRawPointer(out.baseAddress! + k).storeBytes(
                                of: SIMD8<UInt32>(truncatingIfNeeded: bytes), as: SIMD8<UInt32>.self)
                            UnsafeMutableRawPointer(offsetsOut.baseAddress! + k).storeBytes(
                                of: SIMD8<UInt32>(repeating: UInt32(i)) &+ SIMD8<UInt32>(0, 1, 2, 3, 4, 5, 6, 7),
                                as: SIMD8<UInt32>.self)
                            k += 8
                            i += 8
                            continue
                        }
                        let c = b[i]
                        offsetsOut[k] = UInt32(i)
                        if c < 0x80 {
                            out[k] = Unicode.Scalar(c)
                            k += 1
                            i += 1
                            continue
                        }
                        var v: UInt32
                        var width: Int
                        if c < 0xE0 {
                            v = UInt32(c & 0x1F)
                            width = 2
                        } else if c < 0xF0 {
                            v = UInt32(c & 0x0F)
                            width = 3
                        } else {
                            v = UInt32(c & 0x07)
                            width = 4
                        }
                        for w in 1..<width { v = v << 6 | UInt32(b[i + w] & 0x3F) }
                        out[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                        k += 1
                        i += width
                    }
                    n = k
                }
                offsetsOut[scalars.count] = UInt32(b.count)
                offsetCount = scalars.count + 1
                decoded = scalars
            }
        }
        self.scalars = ScalarTable(decoded: decoded)
        self.offsets = offsets
        self.utf8 = bytes
    }

    /// Whether every byte is below 0x80 (`ValidUTF8.isASCII`, eight bytes at a time).
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { ValidUTF8.isASCII($0) }
    }

    var count: Int { scalars.count }

    /// Whether the text is ASCII: scalar `i` is byte `i` of `utf8`.
    var isASCII: Bool { offsets.isEmpty }

    /// The UTF-8 offset of scalar `i` (`i == count`: the text's end).
    @inline(__always)
    func offset(_ i: Int) -> Int { offsets.isEmpty ? i : Int(offsets[i]) }

    /// The scalar index at a UTF-8 offset (which must fall on a scalar boundary).
    /// A binary search of `offsets` (strictly increasing): no hash table of every offset,
    /// which cost a dictionary insert per scalar and ~40 bytes per scalar of memory.
    func index(ofOffset offset: Int) -> Int {
        if offsets.isEmpty { return offset >= 0 && offset <= scalars.count ? offset : 0 }
        var lo = 0
        var hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(offsets[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets.count && Int(offsets[lo]) == offset ? lo : 0
    }

    subscript(i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    /// The UTF-8 range of scalars `start..<end`.
    func range(_ start: Int, _ end: Int) -> TextRange { TextRange(utf8Start: offset(start), utf8End: offset(end)) }

    /// The text of scalars `start..<end`, made from its UTF-8 bytes.
    func string(_ start: Int, _ end: Int) -> String {
        utf8.withUnsafeBufferPointer { b in
            String(decoding: UnsafeBufferPointer(rebasing: b[offset(start)..<offset(end)]), as: UTF8.self)
        }
    }
}

extension Unicode.Scalar {
    // ASCII answered without the Unicode property tables (a hot spot of the quote stage),
    // and so is General Punctuation (U+2000–U+206F: curly quotes, dashes, ellipsis), which
    // holds no letter and no digit.
    var isLetter: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : value &- 0x2000 < 0x70 ? false : properties.isAlphabetic
    }
    var isDigit: Bool {
        value < 0x80
            ? value &- 0x30 < 10 : value &- 0x2000 < 0x70 ? false : value < 0x3000 && properties.numericType != nil
    }
    var isSpace: Bool { value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace }
    var isUpper: Bool { value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase }
    var isWordChar: Bool { isLetter || isDigit }
}

/// The scalars of an `EntryScalars`: the bytes of an ASCII text (scalar `i` is byte `i`),
/// else the decoded scalars.
struct ScalarTable: RandomAccessCollection {
    typealias Index = Int
    typealias Indices = Range<Int>
    /// An ASCII text's bytes (empty otherwise).
    private let bytes: [UInt8]
    /// A text's scalars when it is not ASCII (empty otherwise).
    private let decoded: [Unicode.Scalar]
    private let ascii: Bool

    init(ascii bytes: [UInt8]) {
        self.bytes = bytes
        decoded = []
        ascii = true
    }

    init(decoded: [Unicode.Scalar]) {
        bytes = []
        self.decoded = decoded
        ascii = false
    }

    var startIndex: Int { 0 }
    var endIndex: Int { ascii ? bytes.count : decoded.count }
    var indices: Range<Int> { 0..<endIndex }

    @inline(__always) subscript(i: Int) -> Unicode.Scalar {
        ascii ? Unicode.Scalar(bytes[i]) : decoded[i]
    }

    /// Calls `body` with the decoded scalars (empty for an ASCII text), lent for the call only.
    func withDecoded<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        decoded.withUnsafeBufferPointer(body)
    }
}
