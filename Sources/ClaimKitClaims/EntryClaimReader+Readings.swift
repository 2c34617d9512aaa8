import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

/// Figure readings that are no claim of the noun after them.
extension EntryClaimReader {
    /// Whether token `k` is "o'clock" (straight or curly apostrophe, one token or "o" and
    /// its apostrophe split off): "six o'clock", "at 6 o'clock" is a time, not a count.
    func isOClock(_ k: Int) -> Bool {
        guard k < lower.count, lower.shape(k).first == UInt8(ascii: "o") else { return false }
        let range = entry.tokens[k].range
        let bytes = lower.bytes
        var p = range.utf8Start + 1
        guard p < bytes.count else { return false }
        if bytes[p] == 0x27 {
            p += 1
        } else if p + 2 < bytes.count, bytes[p] == 0xE2, bytes[p + 1] == 0x80, bytes[p + 2] == 0x99 {
            p += 3
        } else {
            return false
        }
        return p + 5 <= bytes.count && bytes[p..<(p + 5)].elementsEqual("clock".utf8)
    }
}
