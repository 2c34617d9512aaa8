import ClaimKitModel

/// Converts UTF-8 offsets of one text into Unicode-scalar offsets, the unit the JSON
/// contract counts in.
///
/// ASCII text converts for free. Otherwise the converter keeps the scalar count at every
/// 32nd byte (a quarter of a byte per byte of text, where a table per non-ASCII scalar
/// cost up to eight) and counts the scalars that start between that checkpoint and the
/// offset in the text itself, which it shares (no copy).
public struct ScalarOffsets: Sendable {
    private static let shift = 5
    private static let block = 1 << shift
    private let text: String
    /// Scalars before byte `k << shift`, for each k; empty when the text is ASCII.
    private let checkpoints: [Int]
    private let byteCount: Int
    private let scalarCount: Int

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let (checkpoints, scalars) = text.withUTF8 { bytes -> ([Int], Int) in
            if Self.isASCII(bytes) { return ([], bytes.count) }
            var table: [Int] = []
            table.reserveCapacity(bytes.count >> Self.shift + 1)
            var scalars = 0
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            var i = 0
            // Whole blocks eight bytes at a time: a scalar starts at every byte that is
            // no continuation byte (10xxxxxx), counted by their bits.
            while i + Self.block <= bytes.count {
                table.append(scalars)
                var continuations = 0
                for k in stride(from: i, to: i + Self.block, by: 8) {
                    let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    continuations += Self.highBits(x & ~(x << 1) & 0x8080_8080_8080_8080)
                }
                scalars += Self.block - continuations
                i += Self.block
            }
            while i < bytes.count {
                if i & ((1 << Self.shift) - 1) == 0 { table.append(scalars) }
                if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
                i += 1
            }
            return (table, scalars)
        }
        self.text = text
        self.checkpoints = checkpoints
        self.byteCount = text.utf8.count
        self.scalarCount = scalars
    }

    /// How many bytes of `mask` (whose bits are all high bits of bytes) are set: the eight
    /// ones or zeros summed into the top byte by one multiplication (`nonzeroBitCount`
    /// compiles to a dozen instructions where the target has no population count).
    @inline(__always)
    static func highBits(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Whether every byte is below 0x80, tested eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// The scalar offsets of both ends of `range`: `scalarOffset` of each, in one call (and
    /// none for an ASCII text, whose offsets are the same in both units).
    @inline(__always)
    public func scalarOffsets(of range: TextRange) -> (Int, Int) {
        if checkpoints.isEmpty { return (range.utf8Start, range.utf8End) }
        return (scalarOffset(range.utf8Start), scalarOffset(range.utf8End))
    }

    /// The scalar offset of UTF-8 offset `utf8Offset` (which must fall on a scalar boundary).
    public func scalarOffset(_ utf8Offset: Int) -> Int {
        if checkpoints.isEmpty || utf8Offset <= 0 { return utf8Offset }
        if utf8Offset >= byteCount { return scalarCount + (utf8Offset - byteCount) }
        let k = utf8Offset >> Self.shift
        var scalars = checkpoints[k]
        let from = k << Self.shift
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            // Eight bytes at a time: a scalar starts at every byte that is no continuation.
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            var n = 0
            var i = from
            while i + 8 <= utf8Offset {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                n += 8 - Self.highBits(x & ~(x << 1) & 0x8080_8080_8080_8080)
                i += 8
            }
            while i < utf8Offset {
                if bytes[i] & 0xC0 != 0x80 { n += 1 }
                i += 1
            }
            return n
        }
        if let counted {
            scalars += counted
        } else {
            let u = text.utf8
            let start = u.index(u.startIndex, offsetBy: from)
            for b in u[start..<u.index(start, offsetBy: utf8Offset - from)] where b & 0xC0 != 0x80 { scalars += 1 }
        }
        return scalars
    }
}
