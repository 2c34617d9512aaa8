/// The fields of an entry's meta line after its time ("Key development · Jane Doe"): split
/// at middle dots and bars, each a label or a writer.
enum LivePageMetaFields {
    /// The fields of `s`, split at " · ", " | " and " • ", trimmed; empty for an empty `s`.
    static func fields(_ s: Substring) -> [Substring] {
        guard !s.isEmpty else { return [] }
        var out: [Substring] = []
        var rest = s
        while let cut = separator(in: rest) {
            out.append(LineText.trimmed(rest[..<cut.lowerBound]))
            rest = rest[cut.upperBound...]
        }
        out.append(LineText.trimmed(rest))
        return out.filter { !$0.isEmpty }
    }

    /// The first separator in `s`: a middle dot, a bar or a bullet with spaces around it.
    private static func separator(in s: Substring) -> Range<Substring.Index>? {
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "·" || c == "|" || c == "•" {
                let before = i > s.startIndex ? s[s.index(before: i)] : " "
                let next = s.index(after: i)
                if before == " ", next == s.endIndex || s[next] == " " { return i..<next }
            }
            i = s.index(after: i)
        }
        return nil
    }

    /// The writer a field names ("Jane Doe", "By Jane Doe"), or nil.
    static func writer(_ field: Substring) -> Substring? {
        if let (_, name, _) = LivePageClockShapes.bylineLine(field), !name.isEmpty { return name }
        return LivePageLineShapes.isNameShaped(field) ? field : nil
    }

    /// Whether a field is a label: a known one, or one to three words without digits or
    /// end punctuation, the first capitalised ("Key development", "Breaking").
    static func isLabel(_ field: Substring) -> Bool {
        if LivePageLineShapes.isKnownLabel(field) { return true }
        guard LineText.hasAtMostCharacters(field, 30), (1...3).contains(LineText.wordCount(field)),
            let first = field.unicodeScalars.first, first.properties.isUppercase
        else { return false }
        return field.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "-" }
    }
}
