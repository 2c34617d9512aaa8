import Foundation

/// Byte searches for the figure scan's cheap tests (`mayHoldRaceTime`, `mayHoldPartCompound`).
extension EntryClaimReader {
    /// The offset of the first `byte` in `bytes[from..<to]`, if any: by `memchr`, which
    /// reads many bytes per step (a loop testing each byte cost some ten instructions a byte).
    @inline(__always) static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let base = bytes.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}
