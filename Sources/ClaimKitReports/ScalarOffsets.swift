import ClaimKitModel

/// Converts UTF-8 offsets of one text into Unicode-scalar offsets, the unit the JSON
/// contract counts in.
///
/// ASCII text converts for free; otherwise the converter keeps, for each non-ASCII
/// scalar, how many extra bytes stand before its end, and binary-searches.
public struct ScalarOffsets: Sendable {
    /// UTF-8 offsets just past each multi-byte scalar, ascending.
    private let ends: [Int]
    /// Extra bytes (UTF-8 bytes minus scalars) up to and including that scalar.
    private let extra: [Int]

    public init(_ text: String) {
        var ends: [Int] = []
        var extra: [Int] = []
        var offset = 0
        var total = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            offset += width
            if width > 1 {
                total += width - 1
                ends.append(offset)
                extra.append(total)
            }
        }
        self.ends = ends
        self.extra = extra
    }

    /// The scalar offset of UTF-8 offset `utf8Offset` (which must fall on a scalar boundary).
    public func scalarOffset(_ utf8Offset: Int) -> Int {
        // The last multi-byte scalar ending at or before utf8Offset.
        var low = 0
        var high = ends.count
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] <= utf8Offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? utf8Offset : utf8Offset - extra[low - 1]
    }
}
