import ClaimKitModel
import ClaimKitText

/// Bylines and image credits: names read from whole blocks rather than from sequences.
extension NameMatcher {
    func byline(_ block: Block) {
        var range = trimmed(block.contentRange)
        guard !range.isEmpty else { return }
        var surface = entry.text.slice(range)
        // "By Jane Doe": the word "By" is no part of the name.
        if surface.hasPrefix("By ") || surface.hasPrefix("by ") {
            range = TextRange(utf8Start: range.utf8Start + 3, utf8End: range.utf8End)
            surface = entry.text.slice(range)
        }
        var parts = Self.wordsAtSpaces(surface)
        // "Julia Horowitz @juliakhorowitz": the handle is no part of the name.
        if let at = parts.firstIndex(where: { $0.hasPrefix("@") }), at > 0 {
            parts = Array(parts[..<at])
            let end = surface.utf8.distance(from: surface.startIndex, to: parts[parts.count - 1].endIndex)
            range = TextRange(utf8Start: range.utf8Start, utf8End: range.utf8Start + end)
            surface = entry.text.slice(range)
        }
        let ws = parts.map { NameFolding.fold($0) }
        guard !ws.isEmpty, ws.count <= 5, !(ws.count == 1 && shared.tables.functionWords.contains(ws[0])) else { return }
        // "Guardian staff reporter": a description, perhaps naming an organisation first.
        if let lower = parts.firstIndex(where: {
            NameFolding.isLowercaseWord($0) && !shared.tables.connectors.contains(String($0))
        }) {
            let head = parts[..<lower]
            guard let last = head.last, let row = shared.tables.names[ws[..<lower].joined(separator: " ")],
                row.type == .organization
            else { return }
            let end = surface.utf8.distance(from: surface.startIndex, to: last.endIndex)
            let orgRange = TextRange(utf8Start: range.utf8Start, utf8End: range.utf8Start + end)
            var m = NameMention(
                entry: entry.entry.index, range: orgRange, surface: String(entry.text.slice(orgRange)),
                words: Array(ws[..<lower]),
                type: .organization, strength: 3, provenance: Provenance(rule: row.rule, lexicon: row.source),
                canonicalKey: row.canonicalKey)
            m.key = row.canonicalKey ?? NameMention.key(words: m.words, variants: shared.tables.variants)
            mentions.append(m)
            return
        }
        // "Al Jazeera", "Reuters staff": an organisation in the byline.
        let key = ws.joined(separator: " ")
        if let row = shared.tables.names[key], row.type == .organization {
            var m = NameMention(
                entry: entry.entry.index, range: range, surface: String(surface), words: ws, type: .organization,
                strength: 3,
                provenance: Provenance(rule: row.rule, lexicon: row.source), canonicalKey: row.canonicalKey)
            m.key = row.canonicalKey ?? NameMention.key(words: ws, variants: shared.tables.variants)
            mentions.append(m)
            return
        }
        var role: String?
        if let i = entry.entry.blocks.firstIndex(of: block), i + 1 < entry.entry.blocks.count,
            entry.entry.blocks[i + 1].kind == .bylineRole
        {
            role = String(entry.text.slice(trimmed(entry.entry.blocks[i + 1].contentRange)))
        }
        var m = NameMention(
            entry: entry.entry.index, range: range, surface: String(surface), words: ws, type: .person, strength: 3,
            provenance: Provenance(rule: .entityByline), role: role, gender: shared.tables.givenNames[ws[0]]?.gender)
        m.key = NameMention.key(words: ws, variants: shared.tables.variants)
        mentions.append(m)
    }

    /// "Reuters", "EPA", "Bernd Debusmann Jr/BBC News", "@AndriyYermak/X": each part a
    /// photographer, an agency or a platform.
    func imageCredit(_ block: Block) {
        let content = block.contentRange
        let bytes = Array(
            entry.text.utf8[
                entry.text.utf8.index(
                    entry.text.utf8.startIndex, offsetBy: content.utf8Start)..<entry.text.utf8.index(
                        entry.text.utf8.startIndex, offsetBy: content.utf8End)])
        // Parts split at "/", ";", "," and dashes (U+2013, U+2014); " via " joins two as well.
        var cuts: [(Int, Int)] = []  // (start of separator, length)
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if b == UInt8(ascii: "/") || b == UInt8(ascii: ";") || b == UInt8(ascii: ",") {
                cuts.append((k, 1))
            } else if b == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94
            {
                cuts.append((k, 3))
                k += 2
            } else if b == UInt8(ascii: " "), k + 5 <= bytes.count, bytes[k + 1] == UInt8(ascii: "v"),
                bytes[k + 2] == UInt8(ascii: "i"),
                bytes[k + 3] == UInt8(ascii: "a"), bytes[k + 4] == UInt8(ascii: " ")
            {
                cuts.append((k, 5))
                k += 4
            }
            k += 1
        }
        cuts.append((bytes.count, 0))
        var partStart = 0
        for (cut, length) in cuts {
            let range = trimmed(TextRange(utf8Start: content.utf8Start + partStart, utf8End: content.utf8Start + cut))
            partStart = cut + length
            guard !range.isEmpty else { continue }
            let surface = entry.text.slice(range)
            if surface.hasPrefix("@") {
                addHandle(range: range, surface: String(surface), strength: 0)
                continue
            }
            let ws = surface.split(separator: " ").map { NameFolding.fold($0) }
            guard !ws.isEmpty, ws.count <= 6, NameFolding.isCapitalized(surface) else { continue }
            let key = ws.joined(separator: " ")
            var m: NameMention
            if let row = shared.tables.names[key] {
                m = NameMention(
                    entry: entry.entry.index, range: range, surface: String(surface), words: ws, type: row.type,
                    strength: 3,
                    provenance: Provenance(rule: row.rule, lexicon: row.source), canonicalKey: row.canonicalKey)
            } else if ws.count >= 2 && ws.count <= 4 && isPersonCredit(ws) {
                let given = shared.tables.givenNames[ws[0]]
                m = NameMention(
                    entry: entry.entry.index, range: range, surface: String(surface), words: ws, type: .person,
                    strength: 2,
                    provenance: Provenance(
                        rule: given != nil ? .personGivenName : .orgImageCredit, lexicon: given?.source),
                    gender: given?.gender)
            } else {
                m = NameMention(
                    entry: entry.entry.index, range: range, surface: String(surface), words: ws, type: .organization,
                    strength: 2,
                    provenance: Provenance(rule: .orgImageCredit))
            }
            m.key = m.canonicalKey ?? NameMention.key(words: ws, variants: shared.tables.variants)
            mentions.append(m)
        }
    }

    /// Whether a credit's words read as a photographer's name: a known given name first, a
    /// generational suffix last, or words that are no common words nor organisation keywords
    /// (a word that names only clubs, "FC", makes a club's own photograph: "Everton FC").
    func isPersonCredit(_ ws: [String]) -> Bool {
        if ws.contains(where: {
            shared.tables.orgHeadKeywords.contains($0) || shared.tables.legalSuffixes.contains($0)
                || shared.tables.clubWords[$0].map({ !$0.britishOnly }) ?? false
        }) {
            return false
        }
        if shared.tables.givenNames.contains(ws[0]) || shared.tables.generations.contains(ws[ws.count - 1]) { return true }
        return ws.allSatisfy { !shared.tables.commonWords.contains($0) && !shared.tables.names.contains($0) }
    }

    /// The range without white space at either end.
    func trimmed(_ range: TextRange) -> TextRange {
        // The text's own bytes (no copy of the whole text into an array).
        var text = entry.text
        return text.withUTF8 { u in
            var a = range.utf8Start
            var b = range.utf8End
            while a < b && (u[a] == 0x20 || u[a] == 0x0A || u[a] == 0x09) { a += 1 }
            while b > a && (u[b - 1] == 0x20 || u[b - 1] == 0x0A || u[b - 1] == 0x09) { b -= 1 }
            return TextRange(utf8Start: a, utf8End: b)
        }
    }

    /// `s.split(separator: " ")`, found from the bytes when `s` is ASCII (then its characters are its
    /// bytes, and the parts are the same substrings); other text is split by characters.
    static func wordsAtSpaces(_ s: Substring) -> [Substring] {
        let u = s.utf8
        let ascii: [Substring]?? = u.withContiguousStorageIfAvailable { b -> [Substring]? in
            for x in b where x >= 0x80 { return nil }
            var parts: [Substring] = []
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x20 {
                if i > start { parts.append(s[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: i)]) }
                start = i + 1
            }
            return parts
        }
        if let ascii, let parts = ascii { return parts }
        return s.split(separator: " ")
    }
}
