/// Writers named at the very end of an entry's text, glued to its last paragraph:
///
///     Engineers said the barrier held through the night. (jh)    <- a writer's initials
///     Volunteers started clearing mud from the high street. – AP <- a news agency
///     ...
///     Reporting by Jane Hill (jh) and Tom Marsh (tm).            <- the page's key
///
/// Initials name the writer only through a key on the same page: a name followed by the
/// initials in brackets, whose letters are the name's initials ("Jane Hill (jh)", "Tom
/// de Marsh (TdM)"). Without a key they name nobody. An agency's name after a dash, or in
/// brackets, is the byline as written; only a known agency counts ("– AP", "(Reuters)"), so
/// that "… said the mayor – Smith" stays prose.
enum LivePageSignOff {
    /// What closes an entry's text.
    enum Mark: Equatable {
        /// Writers' initials, lower-cased ("jh"; "jh/tm" gives two).
        case initials([String])
        /// A news agency ("AP", "Reuters").
        case agency(String)
    }

    /// News agencies whose name signs an entry.
    static let agencies: Set<String> = [
        "AAP", "AFP", "ANI", "ANSA", "AP", "APA", "CP", "DPA", "dpa", "EFE", "IANS", "Kyodo", "PA", "PTI", "Reuters",
        "TASS", "UPI", "Xinhua", "Yonhap", "Bloomberg", "Interfax", "Anadolu", "KNA", "SDA", "ATS", "NTB", "TT",
    ]

    /// The sign-off that ends `text`, or nil when it ends otherwise.
    static func mark(atEndOf text: Substring) -> Mark? {
        guard mayEndWithMark(text) else { return nil }
        let s = LineText.trimmed(text)
        guard let last = s.unicodeScalars.last else { return nil }
        if last == ")" {
            guard let open = s.lastIndex(of: "(") else { return nil }
            let inner = s[s.index(after: open)..<s.index(before: s.endIndex)]
            guard isAfterBreak(s[..<open]) else { return nil }
            if agencies.contains(String(inner)) { return .agency(String(inner)) }
            let parts = inner.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == " " })
            guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy(isInitials) else { return nil }
            return .initials(parts.map { $0.lowercased() })
        }
        // "– AP", "— Reuters": an agency after a dash.
        guard let space = s.lastIndex(of: " ") else { return nil }
        let word = s[s.index(after: space)...]
        guard agencies.contains(String(word)) else { return nil }
        let before = LineText.trimmed(s[..<space])
        guard let dash = before.unicodeScalars.last, dash == "-" || dash == "\u{2013}" || dash == "\u{2014}" else {
            return nil
        }
        let sentence = LineText.trimmed(Substring(before.unicodeScalars.dropLast()))
        guard isAfterBreak(sentence) else { return nil }
        return .agency(String(word))
    }

    /// Whether the last bytes of `text` may be a sign-off: ")" with "(" at most 12 bytes
    /// before it, or a last word of two to nine letters after a space and a dash. Most
    /// paragraphs end in a full stop and are settled on their last byte.
    static func mayEndWithMark(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var n = b.count
            while n > 0 && (b[n - 1] == 0x20 || b[n - 1] == 0x0A || b[n - 1] == 0x09 || b[n - 1] == 0x0D) { n -= 1 }
            guard n >= 4 else { return false }
            if b[n - 1] == 0x29 {
                var k = n - 2
                while k >= 0 && k >= n - 14 {
                    if b[k] == 0x28 { return true }
                    k -= 1
                }
                return false
            }
            // "– AP": letters, a space, a dash ("-", or "–" / "—" ending in 0x93 / 0x94).
            var k = n - 1
            while k >= 0 && (b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7A { k -= 1 }
            let letters = n - 1 - k
            guard letters >= 2, letters <= 9, k >= 2, b[k] == 0x20 else { return false }
            return b[k - 1] == 0x2D || b[k - 1] == 0x93 || b[k - 1] == 0x94
        } ?? true
    }

    /// Whether the text before a sign-off ends a sentence (or the sign-off stands alone).
    private static func isAfterBreak(_ s: Substring) -> Bool {
        let before = LineText.trimmed(s)
        guard let last = before.unicodeScalars.last else { return true }
        return ".!?\"'\u{201D}\u{2019})".unicodeScalars.contains(last) || before.hasSuffix("\n")
    }

    /// Two to four letters, all lower case or all capitals but for one particle ("jh", "JH", "TdM").
    static func isInitials(_ s: Substring) -> Bool {
        guard (2...4).contains(s.unicodeScalars.count), s.unicodeScalars.allSatisfy({ $0.quickIsAlphabetic }) else {
            return false
        }
        let upper = s.unicodeScalars.filter { $0.quickIsUppercase }.count
        return upper == 0 || upper >= s.unicodeScalars.count - 1
    }

    /// The page's key to initials: every "Name (initials)" whose initials are the name's.
    static func initialsKey(in lines: [PageLine]) -> [String: String] {
        var key: [String: String] = [:]
        for line in lines where !line.isBlank && line.byteCount <= 400 {
            let s = line.content
            guard holdsBracketedLetters(s) else { continue }
            var rest = s[...]
            while let open = rest.firstIndex(of: "(") {
                let after = rest[rest.index(after: open)...]
                guard let close = after.firstIndex(of: ")") else { break }
                let inner = after[..<close]
                rest = after[after.index(after: close)...]
                guard isInitials(inner) else { continue }
                // The name stands just before the bracket: its last 80 bytes hold it.
                let before = s[..<open]
                let from = before.utf8.index(before.endIndex, offsetBy: -min(80, before.utf8.count))
                let words = LineText.words(before[from...]).suffix(4)
                if let name = name(endingWith: words, initials: inner.lowercased()) { key[inner.lowercased()] = name }
            }
        }
        return key
    }

    /// Whether `s` holds "(" and two to four ASCII letters and ")" ("(jh)"), read from its bytes.
    static func holdsBracketedLetters(_ s: Substring) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var k = 0
            while k < b.count {
                if b[k] == 0x28 {
                    var j = k + 1
                    while j < b.count && j - k <= 5 && (b[j] | 0x20) >= 0x61 && (b[j] | 0x20) <= 0x7A { j += 1 }
                    if j < b.count && b[j] == 0x29 && j - k - 1 >= 2 && j - k - 1 <= 4 { return true }
                }
                k += 1
            }
            return false
        } ?? true
    }

    /// The shortest run of capitalised words (and particles) at the end of `words` whose
    /// initials are `initials`: all of their first letters, or the first and last words'.
    private static func name(endingWith words: ArraySlice<Substring>, initials: String) -> String? {
        for count in 2...max(2, words.count) where count <= words.count {
            let run = words.suffix(count)
            guard let first = run.first?.unicodeScalars.first, first.quickIsUppercase else { continue }
            let name = run.joined(separator: " ")
            guard LivePageLineShapes.isNameShaped(Substring(name)) else { continue }
            let letters = run.compactMap { $0.unicodeScalars.first.map { String($0).lowercased() } }.joined()
            let outer = (letters.first.map(String.init) ?? "") + (letters.last.map(String.init) ?? "")
            if letters == initials || outer == initials { return name }
        }
        return nil
    }

    /// The byline that `mark` gives with the page's `key`; nil when initials have no key.
    static func byline(for mark: Mark, key: () -> [String: String]) -> String? {
        switch mark {
        case .agency(let name):
            return name
        case .initials(let initials):
            let key = key()
            let names = initials.compactMap { key[$0] }
            return names.count == initials.count ? names.joined(separator: " and ") : nil
        }
    }
}
