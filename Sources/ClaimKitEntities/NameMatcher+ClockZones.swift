import ClaimKitModel

/// Time zones after clock times: "09:40 WIT", "19:30 ART", "7pm EAT" name no organisation.
extension NameMatcher {
    /// Whether token `u` is a time zone's abbreviation in capitals (cues/non-names.tsv, kind
    /// clock-zone) right after a clock time: a number with a colon, a period or an "h" inside
    /// ("09:40", "9.40", "19h30"), a number and a colon and a number, or "am"/"pm" after a number.
    func isZoneAfterClock(_ u: Int) -> Bool {
        guard u >= 1, shared.tables.clockZones.contains(fkey(u)), isAllCapsAt(u) else { return false }
        let tokens = entry.tokens
        let p = u - 1
        if tokens[p].kind == .number {
            if strings.tokenBytes(p).contains(where: { $0 == 0x3A || $0 == 0x2E || $0 == 0x68 }) { return true }
            // ("09", ":", "40": a clock time in three tokens.)
            return p >= 2 && surfaceIs(p - 1, ":") && tokens[p - 2].kind == .number
        }
        // "7pm", "7 p.m.": the meridiem glued to its number or after it.
        let bytes = strings.tokenBytes(p)
        guard let first = bytes.first else { return false }
        let meridiem =
            foldedIs(p, "am") || foldedIs(p, "pm") || foldedIs(p, "a.m.") || foldedIs(p, "p.m.")
            || foldedIs(p, "a.m") || foldedIs(p, "p.m")
        if meridiem { return p >= 1 && tokens[p - 1].kind == .number }
        // ("7pm", "10.30am" as one token.)
        guard first &- 0x30 < 10, bytes.count >= 3 else { return false }
        let last2 = (bytes[bytes.count - 2] | 0x20, bytes[bytes.count - 1] | 0x20)
        return last2 == (0x61, 0x6D) || last2 == (0x70, 0x6D)
    }
}
