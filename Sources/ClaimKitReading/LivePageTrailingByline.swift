/// A byline written as the last line of an entry, below its text: "— Reporting by Jane
/// Doe", "(Jane Doe, in Doha)", "Words: Jane Doe", "– Jane Doe, Lima". Live pages that
/// sign their entries at the foot put the writer there instead of under the title.
enum LivePageTrailingByline {
    /// The writer the last line `s` of an entry names, or nil when it is no sign-off.
    /// `afterQuote`: the line before it ends a quotation ("— Jane Doe, mayor" under a pull
    /// quote names its speaker, not the writer), so a bare dashed name is not taken.
    static func byline(_ s: Substring, afterQuote: Bool) -> LivePageEntryParser.OneLineByline? {
        guard s.utf8.count <= 160, let first = s.utf8.first, mayStart(first) else { return nil }
        var line = LineText.trimmed(s)
        var markerEnd = line.startIndex
        var dashed = false
        var bracketed = false
        let lead = line.utf8.first ?? 0
        // "(Reporting by Jane Doe and Tom Roe; Editing by Ann Fox)": a wire's credit names
        // its first reporter (`LivePageWireCredit`).
        if lead == 0x28, let reporter = LivePageWireCredit.firstReporter(in: line) {
            return .init(marker: s[s.startIndex..<reporter.startIndex], name: reporter, role: nil)
        }
        // A dash starts with byte E2 (— –) or is "-"; a bracket is "(".
        if lead == 0xE2 || lead == 0x2D {  // the list is made only for a line that may start with one
            for dash in ["— ", "– ", "- ", "—", "–"] where LineText.hasPrefix(line, dash) {
                line = LineText.trimmed(line.dropFirst(dash.count))
                dashed = true
                break
            }
        }
        if !dashed, lead == 0x28 || lead >= 0x80, line.hasPrefix("("), line.hasSuffix(")") {
            line = LineText.trimmed(line.dropFirst().dropLast())
            bracketed = true
        }
        markerEnd = line.startIndex
        // "By Jane Doe", "Reporting by Jane Doe in Lima", "Words by Jane Doe".
        if let (marker, name, role) = LivePageClockShapes.bylineLine(line) {
            return .init(marker: s[s.startIndex..<marker.endIndex], name: name, role: role)
        }
        // "Words: Jane Doe", "Reporting: Jane Doe, in Lima".
        let labelLead = line.utf8.first ?? 0
        if labelLead == 0x57 || labelLead == 0x52 || labelLead == 0x54 || labelLead >= 0x80 {
            for label in ["Words: ", "Reporting: ", "Text: ", "Writer: "] where LineText.hasPrefix(line, label) {
                let rest = LineText.split(line, at: label.utf8.count).1
                if let (name, role) = nameAndPlace(rest) {
                    return .init(marker: s[s.startIndex..<rest.startIndex], name: name, role: role)
                }
                return nil
            }
        }
        // "— Jane Doe, Lima", "(Jane Doe, in Doha)": a name alone, with a place after it.
        guard bracketed || (dashed && !afterQuote), let (name, role) = nameAndPlace(line) else { return nil }
        return .init(marker: s[s.startIndex..<markerEnd], name: name, role: role)
    }

    /// The writer of a last line "Marco Lind, Weather correspondent" (a name and a newsroom
    /// job, `LivePageClockShapes.roleByline`), for lines that `mayStart` rules out.
    static func roleByline(_ s: Substring) -> LivePageEntryParser.OneLineByline? {
        guard s.utf8.count <= 120, let (marker, name, role) = LivePageClockShapes.roleByline(LineText.trimmed(s)) else {
            return nil
        }
        return .init(marker: marker, name: name, role: role)
    }

    /// Whether a line whose first byte is `first` may be a sign-off. A sign-off starts with a
    /// dash, a bracket or one of the words below ("By", "Reporting", "Words", "Written",
    /// "From", "Text", "Writer"): an ASCII first byte that is none of their first bytes nor
    /// white space settles it (most last lines), before anything else is read.
    @inline(__always)
    static func mayStart(_ first: UInt8) -> Bool {
        if first < 0x80 && first != 0x20 && (first < 0x09 || first > 0x0D) {
            switch first {
            case 0x2D, 0x28, 0x42, 0x52, 0x57, 0x46, 0x54: return true  // - ( B R W F T
            default: return false
            }
        }
        return true
    }

    /// "Jane Doe", "Jane Doe, in Doha", "Jane Doe in Doha", "Jane Doe, Lima": the name and
    /// the place (without "in").
    static func nameAndPlace(_ s: Substring) -> (Substring, Substring?)? {
        var name = LineText.trimmed(s)
        var place: Substring?
        if let comma = LineText.firstIndex(ofASCII: 0x2C, in: name) {
            place = LineText.trimmed(name[name.index(after: comma)...])
            name = LineText.trimmed(name[..<comma])
        } else if let at = LineText.firstOffset(of: " in ", in: name) {
            let (n, p) = LineText.split(name, at: at)
            name = LineText.trimmed(n)
            place = LineText.trimmed(p)
        }
        if let p = place, LineText.hasPrefix(p, "in ") { place = LineText.trimmed(p.dropFirst(3)) }
        guard LivePageLineShapes.isNameShaped(name) else { return nil }
        if let p = place {
            // A place is one to four capitalised words.
            let words = LineText.words(p)
            guard (1...4).contains(words.count), words.allSatisfy({ $0.unicodeScalars.first?.quickIsUppercase ?? false }) else {
                return nil
            }
        }
        return (name, place)
    }
}
