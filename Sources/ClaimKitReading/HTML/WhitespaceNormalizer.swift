/// Collapses HTML white space the way a browser shows it: runs of spaces, tabs, newlines
/// and no-break spaces become one space.
enum WhitespaceNormalizer {
    /// `text` with each run of white space replaced by one space, trimmed at both ends.
    static func collapse(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if isInvisible(scalar) { continue }
            if pendingSpace { result.unicodeScalars.append(" "); pendingSpace = false }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Whether `scalar` is white space for layout (including the no-break space).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// Zero-width characters and soft hyphens that only steer layout.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060, 0xFEFF, 0xAD: true
        default: false
        }
    }
}
