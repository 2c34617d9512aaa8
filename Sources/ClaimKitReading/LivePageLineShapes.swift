import ClaimKitModel

/// The shapes of the short lines of a live-page export: labels, byline names and roles,
/// entry headers and their "published at" times. Positions decide what a line is; these
/// shapes only say what it could be.
enum LivePageLineShapes {
    /// Labels live pages put on entries. A label-shaped line in a label position is a
    /// label even when it is not listed; a listed one is also recognised where an
    /// unlisted short line could be a paragraph (standing alone after the title).
    static let knownLabels: Set<String> = [
        "analysis", "breaking", "breaking news", "bbc verify", "correction", "exclusive", "explainer",
        "fact check", "in pictures", "key event", "key events", "latest", "listen", "listen live", "live",
        "live reporting", "opinion", "pinned", "pinned post", "post update", "reaction", "recap",
        "update", "updated", "video", "watch", "watch live",
    ]

    /// Lower-case name particles a byline name may hold ("Ursula von der Leyen").
    static let nameParticles: Set<String> = [
        "al", "bin", "binti", "da", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn", "la", "le",
        "van", "von", "y", "and",
    ]

    // MARK: - Entry headers

    /// "  12. Title..." gives (12, "Title..."): one to `maxDigits` (four) digits, a period,
    /// white space.
    static func header(_ line: PageLine, maxDigits: Int = 4) -> (number: Int, rest: Substring)? {
        guard line.first &- 0x30 < 10 else { return nil }  // most lines: no digit first
        let u = line.content.utf8
        var i = u.startIndex
        var number = 0
        var digits = 0
        while i < u.endIndex, u[i] >= 0x30 && u[i] <= 0x39 {
            // Past `maxDigits` digits it is no header: stop counting before a long run overflows.
            if digits <= maxDigits { number = number * 10 + Int(u[i] - 0x30) }
            digits += 1
            i = u.index(after: i)
        }
        guard digits >= 1 && digits <= maxDigits, i < u.endIndex, u[i] == 0x2E else { return nil }
        i = u.index(after: i)
        guard i == u.endIndex || u[i] == 0x20 || u[i] == 0x09 else { return nil }
        return (number, LineText.trimmed(line.content[i...]))
    }

    /// "Titlepublished at 20:49 BST" gives ("Title", "20:49 BST"). The time must start
    /// with a digit ("9:05 GMT", "09:05 EDT", "20:49"); the title may be empty.
    static func publishedSplit(_ s: Substring) -> (title: Substring, published: Substring)? {
        guard let at = LineText.lastOffset(of: "published at", in: s) else { return nil }
        let (title, tail) = LineText.split(s, at: at)
        let published = LineText.trimmed(tail.dropFirst(12))  // "published at"
        guard let first = published.unicodeScalars.first, first.quickIsNumeric,
            published.utf8.count <= 160, LineText.hasAtMostCharacters(published, 40)
        else { return nil }
        return (LineText.trimmed(title), published)
    }

    // MARK: - Labels

    /// A short line that could be a label: one to four words, at most 30 characters,
    /// starting with a capital letter, with no digit and no sentence punctuation.
    static func isLabelShaped(_ s: Substring) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 120, let first = s.unicodeScalars.first, first.quickIsUppercase,
            LineText.hasAtMostCharacters(s, 30)
        else {
            return false
        }
        guard LineText.wordCount(s) <= 4 else { return false }
        for scalar in s.unicodeScalars {
            if scalar.quickIsNumeric { return false }
            switch scalar {
            case ".", ",", ";", ":", "!", "?", "\"", "“", "”", "(", ")", "/", "@": return false
            default: continue
            }
        }
        return LineText.firstOffset(of: "published at", in: s) == nil
    }

    /// Whether `s` is a label the page vocabulary knows.
    static func isKnownLabel(_ s: Substring) -> Bool {
        // The longest label has 14 bytes, and lower-casing shrinks a scalar to a third at
        // most (the Kelvin sign's 3 bytes give "k"): a longer line (a paragraph) is none,
        // and is not lower-cased whole for the look-up.
        guard s.utf8.count <= 3 * longestKnownLabel, let first = s.utf8.first else { return false }
        // An ASCII line keeps its length when lower-cased, and its first byte: one that no
        // label has, or starts with, is none (most short lines), without a lower-cased copy.
        if first < 0x80 {
            let letter = LineText.lower(first) &- 0x61
            if letter >= 26 || knownLabelFirstLetters & (1 << UInt32(letter)) == 0 { return false }
            if s.utf8.count > longestKnownLabel && s.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        }
        // An ASCII line is compared with the labels of its length, byte by byte in lower
        // case (what `lowercased()` does to ASCII), without a lower-cased copy. A line with
        // a scalar outside ASCII is none: lower-casing keeps such a scalar outside ASCII
        // (but for the Kelvin sign, which gives "k": a line holding one is lower-cased).
        let settled: Bool?? = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            for k in 0..<b.count where b[k] >= 0x80 {
                for j in k..<b.count where b[j] == 0xE2 && j + 2 < b.count && b[j + 1] == 0x84 && b[j + 2] == 0xAA {
                    return nil
                }
                return false
            }
            guard b.count <= longestKnownLabel else { return false }
            for label in knownLabelBytes where label.count == b.count {
                var k = 0
                while k < b.count && LineText.lower(b[k]) == label[k] { k += 1 }
                if k == b.count { return true }
            }
            return false
        }
        if let settled = settled ?? nil { return settled }
        return knownLabels.contains(s.lowercased())
    }

    /// The UTF-8 bytes of each known label.
    static let knownLabelBytes: [[UInt8]] = knownLabels.sorted().map { Array($0.utf8) }

    /// The first letters of the known labels, bit k for the letter "a" + k (every known
    /// label starts with a lower-case ASCII letter).
    static let knownLabelFirstLetters: UInt32 = knownLabels.reduce(0) { mask, label in
        let b = label.utf8.first ?? 0x61
        precondition(b >= 0x61 && b <= 0x7A, "a known label starts with a lower-case letter")
        return mask | (1 << UInt32(b - 0x61))
    }

    /// The UTF-8 length of the longest known label.
    static let longestKnownLabel = knownLabels.map(\.utf8.count).max() ?? 0

    // MARK: - Bylines

    /// A person's name: two to six words, each capitalized or a name particle, with no
    /// digits or sentence punctuation ("Freya Scott-Turner", "Bernd Debusmann Jr").
    static func isNameShaped(_ s: Substring) -> Bool {
        guard s.utf8.count <= 200, LineText.hasAtMostCharacters(s, 50) else { return false }
        if let answer = asciiIsNameShaped(s) { return answer }
        let words = LineText.words(s)
        guard words.count >= 2 && words.count <= 6 else { return false }
        for (k, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first else { return false }
            if first.quickIsUppercase { continue }
            if k > 0 && (word == "&" || nameParticles.contains(word.lowercased())) { continue }
            return false
        }
        for scalar in s.unicodeScalars {
            if scalar.quickIsNumeric { return false }
            switch scalar {
            case ",", ";", ":", "!", "?", "\"", "“", "”", "(", ")", "/", "@", "•": return false
            default: continue
            }
        }
        return !s.hasSuffix(".") || s.hasSuffix("Jr.") || s.hasSuffix("Sr.")
    }

    /// `isNameShaped(s)` decided on the bytes of an ASCII `s` (nil for any other), with no
    /// array of words: for ASCII, words are the runs between spaces and tabs, a capital is
    /// A-Z, the only numerics are the digits, and a suffix of characters is one of bytes.
    static func asciiIsNameShaped(_ s: Substring) -> Bool? {
        s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var words = 0
            var i = 0
            let n = b.count
            while i < n {
                let byte = b[i]
                if byte >= 0x80 { return nil }
                if byte == 0x20 || byte == 0x09 {
                    i += 1
                    continue
                }
                // A word from `i`: its first byte, then on to the next separator.
                let start = i
                while i < n && b[i] != 0x20 && b[i] != 0x09 {
                    if b[i] >= 0x80 { return nil }
                    i += 1
                }
                words += 1
                if words > 6 { return answerAfterASCIIScan(b) == nil ? nil : false }
                if byte &- 0x41 < 26 { continue }
                if words > 1 {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                    if word == "&" || nameParticles.contains(word.lowercased()) { continue }
                }
                return answerAfterASCIIScan(b) == nil ? nil : false
            }
            guard words >= 2 else { return false }
            guard let clean = answerAfterASCIIScan(b) else { return nil }
            guard clean else { return false }
            // `!s.hasSuffix(".") || s.hasSuffix("Jr.") || s.hasSuffix("Sr.")`
            guard n > 0, b[n - 1] == 0x2E else { return true }
            return n >= 3 && (b[n - 3] == 0x4A || b[n - 3] == 0x53) && b[n - 2] == 0x72
        } ?? nil
    }

    /// For bytes all ASCII: true when none is a digit or one of `, ; : ! ? " ( ) / @`
    /// (`isNameShaped`'s scalar test), false when one is; nil when a byte is not ASCII.
    private static func answerAfterASCIIScan(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        var clean = true
        for byte in b {
            if byte >= 0x80 { return nil }
            switch byte {
            case 0x30...0x39, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x28, 0x29, 0x2F, 0x40: clean = false
            default: break
            }
        }
        return clean
    }

    /// A byline role: one to ten words, at most 70 characters, starting with a capital
    /// letter and not ending like a sentence ("Live reporter", "Reporting from Kyiv").
    static func isRoleShaped(_ s: Substring) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 280, LineText.hasAtMostCharacters(s, 70), let first = s.unicodeScalars.first,
            first.quickIsUppercase
        else {
            return false
        }
        guard !LineText.endsWithPunctuation(s) || s.hasSuffix(")"), LineText.wordCount(s) <= 10 else { return false }
        return !isMarker(s)
    }

    // MARK: - Markers

    /// Lines that the export writes around media: "Image source, X", "Image caption,",
    /// "Media caption,", "Video caption,".
    static func isMarker(_ s: Substring) -> Bool {
        LineText.firstOffset(of: "Image source,", in: s) != nil || caption(s) != nil
    }

    /// Caption markers and the block kind of the caption they announce.
    static let captionMarkers: [(marker: String, kind: Block.Kind)] = [
        ("Image caption", .imageCaption), ("Media caption", .mediaCaption), ("Video caption", .mediaCaption),
        ("Audio caption", .mediaCaption),
    ]

    /// "Image caption," (or "Media caption:", ...) and what follows it on the same line.
    static func caption(_ s: Substring) -> (kind: Block.Kind, inline: Substring)? {
        // The first byte settles which marker could match (no Character is built for it).
        guard let first = s.utf8.first, first == 0x49 || first == 0x4D || first == 0x56 || first == 0x41 else {
            return nil
        }
        for (marker, kind) in captionMarkers where marker.utf8.first == first && LineText.hasPrefix(s, marker) {
            let rest = s.dropFirst(marker.count)
            guard let mark = rest.first, mark == "," || mark == ":" else { continue }
            return (kind, LineText.trimmed(rest.dropFirst()))
        }
        return nil
    }

    /// What a line of embedded-post furniture is.
    enum Furniture {
        /// "Skip twitter post by X": an embedded post starts.
        case embedStart
        /// "End of twitter post by X": it ends.
        case embedEnd
        /// The consent gate around an embed ("Allow X content?", "Accept and continue", ...).
        case consent
    }

    /// Consent-gate lines the export writes around embedded posts, matched by their start.
    static let consentPrefixes: [String] = [
        "This article contains content provided by", "The BBC is not responsible for the content of external sites",
        "Accept and continue", "View original tweet on", "View original post on",
    ]

    /// A rule between entries or sections: three or more of one symbol (`=`, `*`, `-`, `_`,
    /// `~`, `#`), spaces allowed between them ("==========", "* * *", "----"). It holds no
    /// text, so the body leaves it out.
    static func isRule(_ s: Substring) -> Bool {
        guard let first = s.utf8.first,
            first == 0x3D || first == 0x2A || first == 0x2D || first == 0x5F || first == 0x7E || first == 0x23
        else { return false }
        var count = 0
        for b in s.utf8 {
            if b == first {
                count += 1
            } else if b != 0x20 {
                return false
            }
        }
        return count >= 3
    }

    /// The furniture a line is, or nil for page text.
    static func furniture(_ s: Substring) -> Furniture? {
        // The first byte settles which of the prefixes below could match.
        guard let first = s.utf8.first, first == 0x53 || first == 0x45 || first == 0x41 || first == 0x54 || first == 0x56,
            s.utf8.count <= 800
        else { return nil }
        if first == 0x53, LineText.hasPrefix(s, "Skip "), s.utf8.count <= 120,
            LineText.firstOffset(of: " post", in: s) != nil || LineText.firstOffset(of: " content", in: s) != nil
        {
            return .embedStart
        }
        if first == 0x45, LineText.hasPrefix(s, "End of "), s.utf8.count <= 120,
            LineText.firstOffset(of: " post", in: s) != nil || LineText.firstOffset(of: " content", in: s) != nil
        {
            return .embedEnd
        }
        if first == 0x41, LineText.hasPrefix(s, "Allow "), s.hasSuffix("content?") { return .consent }
        for prefix in consentPrefixes where prefix.utf8.first == first && LineText.hasPrefix(s, prefix) {
            return .consent
        }
        return nil
    }

    /// A bullet that opens a list item: "• ", "· ", "- ", "* ", "– ", or a number of one or
    /// two digits with "." or ")" ("1. ", "12) ").
    static func bullet(_ s: Substring) -> (marker: Substring, content: Substring)? {
        // An ASCII first byte other than a digit, "*" or "-" opens no list item (the other
        // bullets are not ASCII): most lines are settled by it.
        if let b = s.utf8.first, !mayOpenBullet(b) { return nil }
        if let (marker, content) = numberedBullet(s) { return (marker, content) }
        guard let first = s.unicodeScalars.first else { return nil }
        switch first {
        case "•", "·", "*", "-", "–", "▪", "◦", "‣": break
        default: return nil
        }
        let rest = s.unicodeScalars.dropFirst()
        guard let space = rest.first, space == " " || space == "\t" || space == "\u{00A0}" else {
            return first == "•" && !rest.isEmpty ? (s.prefix(1), LineText.trimmed(Substring(rest))) : nil
        }
        let content = LineText.trimmed(Substring(rest))
        guard !content.isEmpty else { return nil }
        return (s.prefix(1), content)
    }

    /// Whether a line whose first byte is `b` may open a list item: an ASCII byte other than
    /// a digit, "*" or "-" opens none.
    @inline(__always)
    static func mayOpenBullet(_ b: UInt8) -> Bool {
        !(b < 0x80 && b != 0x2A && b != 0x2D && b &- 0x30 >= 10)
    }

    static func numberedBullet(_ s: Substring) -> (marker: Substring, content: Substring)? {
        let u = s.utf8
        var i = u.startIndex
        var digits = 0
        while i < u.endIndex, u[i] >= 0x30 && u[i] <= 0x39 {
            digits += 1
            i = u.index(after: i)
        }
        guard digits >= 1 && digits <= 2, i < u.endIndex, u[i] == 0x2E || u[i] == 0x29 else { return nil }
        let markerEnd = u.index(after: i)
        guard markerEnd < u.endIndex, u[markerEnd] == 0x20 || u[markerEnd] == 0x09 else { return nil }
        let content = LineText.trimmed(s[markerEnd...])
        return content.isEmpty ? nil : (s[..<markerEnd], content)
    }
}
