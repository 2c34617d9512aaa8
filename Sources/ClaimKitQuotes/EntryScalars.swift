import ClaimKitModel

/// An entry's text as Unicode scalars with their UTF-8 offsets, for scanning by character.
struct EntryScalars {
    let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the UTF-8 offset of scalar `i`; `offsets[count]` is the text's end.
    let offsets: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            offsets.append(offset)
            offset += UTF8.width(s)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    var count: Int { scalars.count }

    /// The scalar index at a UTF-8 offset (which must fall on a scalar boundary).
    /// A binary search of `offsets` (strictly increasing): no hash table of every offset,
    /// which cost a dictionary insert per scalar and ~40 bytes per scalar of memory.
    func index(ofOffset offset: Int) -> Int {
        var lo = 0
        var hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets.count && offsets[lo] == offset ? lo : 0
    }

    subscript(i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    /// The UTF-8 range of scalars `start..<end`.
    func range(_ start: Int, _ end: Int) -> TextRange { TextRange(utf8Start: offsets[start], utf8End: offsets[end]) }
}

extension Unicode.Scalar {
    // ASCII answered without the Unicode property tables (a hot spot of the quote stage).
    var isLetter: Bool { value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic }
    var isDigit: Bool { value < 0x80 ? value &- 0x30 < 10 : properties.numericType != nil && value < 0x3000 }
    var isSpace: Bool { value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace }
    var isUpper: Bool { value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase }
    var isWordChar: Bool { isLetter || isDigit }
}
