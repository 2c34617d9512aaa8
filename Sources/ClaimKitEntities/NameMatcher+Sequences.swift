import ClaimKitModel
import ClaimKitText

/// Capitalised sequences: where a name that starts at a capitalised token ends (connectors,
/// particles, "&", "and" inside organisations' names, "of" after keywords).
extension NameMatcher {
    /// The end of the capitalised sequence that starts at `start`: capitalised words with
    /// the connectors between them ("Ursula von der Leyen", "Secretary of State",
    /// "National Police Chiefs' Council").
    func sequenceEnd(from start: Int) -> Int {
        let tokens = entry.tokens
        var j = start + 1
        var afterOrganizationFor = false
        while j < tokens.count && blockOf[j] == blockOf[start] {
            if capitalized[j] && !initial[j] && !has(j, .functionWords) && !isDescriptiveCompound(j)
                || j == start + 1 && isFamilyNameFunctionWord(j)
            {
                j += 1
                continue
            }
            // "Hoi An", "Hội An": a capitalised function word that ends a gazetteer name stays in it.
            if capitalized[j] && !initial[j] && has(j, .functionWords) && gazetteerNameEnds(start, j + 1) {
                j += 1
                continue
            }
            // "Fenwick & Sons", "Marks & Spencer": an ampersand joins the two halves of one name.
            if surfaceIs(j, "&"), j + 1 < tokens.count, capitalized[j + 1], blockOf[j + 1] == blockOf[start] {
                j += 2
                continue
            }
            // "Deir al-Balah", "Abu Salmiya's al-Awda": an Arabic article glued to a capitalised word.
            if tokens[j].kind == .word, Self.mayBeArticleCompound(strings.tokenBytes(j)), Self.isArticleCompound(surfaces[j]) {
                j += 1
                continue
            }
            // "Acme Brands plc": a company's legal suffix in lower case closes the name.
            if tokens[j].kind == .word, has(j, .legalSuffixes), folded[j].utf8.count >= 3, folded[j].count >= 3,
                !has(j, .commonWords)
            {
                return j + 1
            }
            // "Competition and Markets Authority", "Office of Management and Budget": "and" inside an
            // organisation's name, when a keyword ends the whole or an "X of" opens it.
            // "of The Globe and Mail": a capital "The" inside a sentence opens a title, which one
            // capitalised word after "and" ends.
            if surfaceIs(j, "and"), j == start + 2, surfaceIs(start, "The"), !initial[start], j + 1 < tokens.count,
                capitalized[j + 1], !initial[j + 1], blockOf[j + 1] == blockOf[start],
                !has(j + 1, .functionWords),
                j + 2 >= tokens.count || !capitalized[j + 2] || blockOf[j + 2] != blockOf[start]
            {
                j += 2
                continue
            }
            // "Institute for Fish and Wildlife Health": after "for" or "on" has kept the name going,
            // "and" and the capitalised words that end the sequence belong to it.
            if afterOrganizationFor, surfaceIs(j, "and"), let after = andAfterField(start, j) {
                j = after
                continue
            }
            if surfaceIs(j, "and"), let after = andContinuation(start, j) {
                j = after
                continue
            }
            if tokens[j].flags.contains(.glued) && tokens[j].kind == .word && !capitalized[j] { break }
            // Connectors inside names.
            if tokens[j].kind == .word && surfaceIn(j, .connectors), j + 1 < tokens.count,
                capitalized[j + 1]
            {
                j += 2
                continue
            }
            // "María de los Ángeles", "Juan de la Cruz", "Ursula von der Leyen": a particle of two words.
            if tokens[j].kind == .word && surfaceIn(j, .connectors), j + 2 < tokens.count,
                tokens[j + 1].kind == .word, surfaceIn(j + 1, .particleArticles),
                capitalized[j + 2], blockOf[j + 2] == blockOf[start]
            {
                j += 3
                continue
            }
            // "Ried im Innkreis", "Halle an der Saale": a town's particle (see `placeParticleLength`).
            if let length = placeParticleLength(start, j) {
                j += length + 1
                continue
            }
            // "Joris Van den Broeck", "Maria De la Cruz": a capitalised particle, then a lower-case article
            // and a capitalised word (see `continuesCapitalParticle`).
            if continuesCapitalParticle(start, j) {
                j += 2
                continue
            }
            // "Centre National d'Études Spatiales", "Valle d'Aosta": an elided article glued to a capital.
            if tokens[j].kind == .word, Self.mayBeElidedArticle(strings.tokenBytes(j)), Self.isElidedArticle(surfaces[j]) {
                j += 1
                continue
            }
            // "Joint Council for the Welfare of Immigrants", "Centre for Policy Studies": "for" after an
            // organisation keyword keeps the name going, and so does an "of" after that.
            // "Council on Foreign Relations", "Commission on Elections": "on" after a keyword does the same
            // (no day, month or known name after it: "the Council on Monday", "the Committee on Twitter").
            let fieldOn = surfaceIs(j, "on") && j > start && has(j - 1, .orgHeadKeywords)
            if surfaceIs(j, "for") || surfaceIs(j, "of") && afterOrganizationFor || fieldOn, j + 1 < tokens.count,
                !has(start, .offices)
            {
                // ("Kariba North Bank on the Zambian side": no "the" after "on", nor a demonym.)
                let next = surfaceIs(j + 1, "the") && !fieldOn ? j + 2 : j + 1
                if next < tokens.count, capitalized[next], !initial[next], blockOf[next] == blockOf[start],
                    !has(next, .functionWords), !has(next, .givenNames),
                    !fieldOn || !has(next, .nonNames) && !has(next, .names) && !isAllCapsAt(next)
                        && !has(next, .demonyms),
                    afterOrganizationFor || has(j - 1, .orgHeadKeywords)
                        || has(j - 1, .orgOpeners) || Self.centreWords.contains(fkey(j - 1))
                {
                    afterOrganizationFor = true
                    j = next + 1
                    continue
                }
            }
            if surfaceIs(j, "of"), j + 1 < tokens.count {
                let next = surfaceIs(j + 1, "the") ? j + 2 : j + 1
                if next < tokens.count, capitalized[next], blockOf[next] == blockOf[start] {
                    let last = folded[j - 1]
                    let sofar = (start..<j).map { folded[$0] }.joined(separator: " ")
                    if shared.tables.orgHeadKeywords.contains(last) || shared.tables.orgOpeners.contains(last)
                        || shared.tables.placeKeywords.contains(last) && !Self.townsPortWords.contains(last)
                        || shared.tables.namePrefixes.contains(sofar + " of")
                        || shared.tables.officePrefixes.contains(last + " of")
                    {
                        j = next + 1
                        continue
                    }
                }
            }
            // "Dead Woman's Pass", "Women's Institute": a possessive common noun inside a place's or an
            // organisation's name (see `possessiveNounNameEnd`).
            if tokens[j].kind == .possessive, let after = possessiveNounNameEnd(start, j) {
                j = after
                continue
            }
            // A plural possessive inside an organisation's name ("Chiefs' Council").
            if tokens[j].kind == .possessive && (surfaceIs(j, "'") || surfaceIs(j, "’")), j + 1 < tokens.count,
                capitalized[j + 1]
            {
                j += 2
                continue
            }
            break
        }
        return j
    }

    /// "James To", "Lily Am": a capitalised function word inside a sentence, after a known given
    /// name, that is a family name and ends the name (no capitalised word follows).
    func isFamilyNameFunctionWord(_ j: Int) -> Bool {
        guard j > 0, j < folded.count, capitalized[j], !initial[j], capitalized[j - 1],
            has(j, .functionWords), has(j, .familyNames),
            has(j - 1, .givenNames), blockOf[j - 1] == blockOf[j]
        else { return false }
        return j + 1 >= folded.count || !capitalized[j + 1] || blockOf[j + 1] != blockOf[j]
    }

    /// "d'Études", "dell'Emilia": an elided Romance article or preposition glued by an apostrophe to a
    /// capitalised word.
    static func isElidedArticle<S: StringProtocol>(_ s: S) -> Bool {
        // Bytes first: every head opens with d, l, n, s or a, and an apostrophe ("'" or the last
        // byte of "’") must follow; most words fail here without reading characters.
        let u = s.utf8
        guard let b = u.first, b == 0x64 || b == 0x6C || b == 0x6E || b == 0x73 || b == 0x61,
            u.contains(where: { $0 == 0x27 || $0 == 0x99 })
        else { return false }
        guard let apostrophe = s.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
        let head = s[..<apostrophe]
        let rest = s[s.index(after: apostrophe)...]
        return ["d", "l", "dell", "dall", "nell", "sull", "all"].contains(head) && rest.first?.isUppercase == true
            && rest.count >= 2
    }

    /// The byte test `isElidedArticle` opens with, on a token's bytes (no string made).
    @inline(__always)
    static func mayBeElidedArticle(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b = u.first, b == 0x64 || b == 0x6C || b == 0x6E || b == 0x73 || b == 0x61 else { return false }
        return u.contains(where: { $0 == 0x27 || $0 == 0x99 })
    }

    /// The byte test `isArticleCompound` opens with, on a token's bytes (no string made).
    @inline(__always)
    static func mayBeArticleCompound(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b = u.first, b == 0x61 || b == 0x65 || b == 0x75 else { return false }
        return u.contains(0x2D)
    }

    /// "al-Balah", "el-Sisi": an Arabic article glued by a hyphen to a capitalised word.
    static func isArticleCompound<S: StringProtocol>(_ s: S) -> Bool {
        // Every head opens with a, e or u (bytes first, as in `isElidedArticle`).
        guard let b = s.utf8.first, b == 0x61 || b == 0x65 || b == 0x75, s.utf8.contains(0x2D) else { return false }
        guard let dash = s.firstIndex(of: "-") else { return false }
        let head = s[..<dash]
        let rest = s[s.index(after: dash)...]
        return ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"].contains(head)
            && rest.first?.isUppercase == true
    }

    /// The end of a capitalised run after "and" at `j` that keeps the name going, nil when the
    /// name stops at "and": the run must end with an organisation keyword (and the words before
    /// "and" must not), or the name so far must be "Office of ...".
    func andContinuation(_ start: Int, _ j: Int) -> Int? {
        let tokens = entry.tokens
        var k = j + 1
        while k < tokens.count && blockOf[k] == blockOf[start] && capitalized[k] && !initial[k]
            && !has(k, .functionWords)
        { k += 1 }
        guard k > j + 1 else { return nil }
        // A known name after "and" is a second name ("the Ministry of Defence and Reuters").
        let afterKey = ((j + 1)..<k).map { folded[$0] }.joined(separator: " ")
        if shared.tables.names.contains(afterKey) || has(j + 1, .names) { return nil }
        let beforeLast = folded[j - 1]
        let s0 = foldedIs(start, "the") ? start + 1 : start
        // "Office of Management and Budget", "School of Economics and Political Science": after "X of",
        // a keyword before "and" does not end the name.
        let keywordAfterOf =
            j - s0 >= 3 && foldedIs(s0 + 1, "of")
            && (has(s0, .orgOpeners) || has(s0, .orgHeadKeywords))
            && shared.tables.orgHeadKeywords.contains(beforeLast) && !shared.tables.names.contains(beforeLast)
        if !keywordAfterOf
            && (shared.tables.orgHeadKeywords.contains(beforeLast) || shared.tables.legalSuffixes.contains(beforeLast)
                || shared.tables.placeKeywords.contains(beforeLast) || shared.tables.names.contains(beforeLast))
        {
            return nil
        }
        let last = folded[k - 1]
        if shared.tables.orgHeadKeywords.contains(last) || shared.tables.legalSuffixes.contains(last)
            || shared.tables.placeKeywords.contains(last)
        {
            return k
        }
        let s = foldedIs(start, "the") ? start + 1 : start
        let opensWithOf =
            j - s >= 3 && foldedIs(s + 1, "of")
            && (has(s, .orgOpeners) || has(s, .orgHeadKeywords))
        if opensWithOf && (s..<j).allSatisfy({ !has($0, .names) || $0 < s + 2 }) { return k }
        // "Kwame Nkrumah University of Science and Technology": a keyword and "of" inside the
        // name, with no known name between "of" and "and".
        if j - s >= 4, let o = innerOf(s + 2, j), j - o >= 2, ((o + 1)..<j).allSatisfy({ !has($0, .names) }) { return k }
        return nil
    }

    /// The end of the capitalised words after "and" at `j` when they close the name of a body's field
    /// ("Institute for Fish and Wildlife Health"), nil otherwise: one to three words, none a given
    /// name, an office's title, a known name or letters (an office's field may be one: "Health"), and
    /// nothing after them that would carry the name on ("Centre for Policy Studies and Reuters",
    /// "Institute for Fish and Dr Ana Reyes", "... and Bank of England" are two names).
    func andAfterField(_ start: Int, _ j: Int) -> Int? {
        let tokens = entry.tokens
        var k = j + 1
        while k < tokens.count && blockOf[k] == blockOf[start] && capitalized[k] && !initial[k]
            && !has(k, .functionWords) && !has(k, .givenNames) && !has(k, .offices) && !isAllCapsAt(k)
            && !has(k, .names)
        { k += 1 }
        guard k > j + 1, k - j - 1 <= 3 else { return nil }
        // (The run must end the sequence: a capitalised word it stopped at, or a connector after it.)
        if k < tokens.count && blockOf[k] == blockOf[start] {
            if capitalized[k] { return nil }
            if tokens[k].kind == .word && (surfaceIn(k, .connectors) || foldedIs(k, "of") || foldedIs(k, "for")
                || foldedIs(k, "and") || foldedIs(k, "on"))
            {
                return nil
            }
            if tokens[k].kind == .possessive { return nil }
        }
        let afterKey = ((j + 1)..<k).map { folded[$0] }.joined(separator: " ")
        if shared.tables.names.contains(afterKey) { return nil }
        return k
    }

    /// The end of the name after the possessive "'s" at `j` when a common noun owns it and a place's
    /// or an organisation's keyword ends it ("Dead Woman's Pass", "Women's Institute", "Children's
    /// Hospital"), nil otherwise: the owner is no known name, person's name, office or keyword
    /// ("Trump's Justice Department", "the Bank's Monetary Policy Committee" are two names), and one to
    /// three capitalised words after it end the sequence on the keyword.
    func possessiveNounNameEnd(_ start: Int, _ j: Int) -> Int? {
        let tokens = entry.tokens
        // (A word of three letters or more: "Texas A&M's Aerospace Engineering Department" is two names.)
        guard j > start, surfaceIs(j, "'s") || surfaceIs(j, "’s"), tokens[j - 1].kind == .word,
            strings.byteCount(j - 1) >= 3,
            capitalized[j - 1], !isAllCapsAt(j - 1), has(j - 1, .commonWords), !has(j - 1, .names),
            !has(j - 1, .givenNames), !has(j - 1, .familyNames), !isOfficeWord(j - 1),
            !has(j - 1, .orgHeadKeywords), !has(j - 1, .placeKeywords), !has(j - 1, .demonyms)
        else { return nil }
        var k = j + 1
        while k < tokens.count && k <= j + 3 && blockOf[k] == blockOf[start] && capitalized[k] && !initial[k]
            && tokens[k].kind == .word && !has(k, .functionWords) && !has(k, .givenNames) && !isAllCapsAt(k)
        { k += 1 }
        guard k > j + 1, k >= tokens.count || blockOf[k] != blockOf[start] || !capitalized[k] else { return nil }
        guard has(k - 1, .placeKeywords) || has(k - 1, .orgHeadKeywords) else { return nil }
        return k
    }

    /// The first "of" in `from..<j` right after an organisation keyword or opener.
    func innerOf(_ from: Int, _ j: Int) -> Int? {
        var o = from
        while o < j {
            if foldedIs(o, "of"), has(o - 1, .orgOpeners) || has(o - 1, .orgHeadKeywords) { return o }
            o += 1
        }
        return nil
    }

    /// Place keywords that do not carry a name over "of": "the Port of Santos" is the town's port, read
    /// as the town ("Tin Can Island Port", "Port Klang" keep the word).
    static let townsPortWords: Set<String> = ["port"]

    /// Whether the word's UTF-8 holds `byte` (read from contiguous storage, not by iterator).
    @inline(__always)
    static func hasByte(_ s: String, _ byte: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? s.utf8.contains(byte)
    }

    /// "Island-based", "London-born": a name with a lower-case participle after its hyphen.
    func isDescriptiveCompound(_ i: Int) -> Bool {
        // Most words have no hyphen: one byte scan rejects them.
        let b = strings.tokenBytes(i)
        guard b.contains(0x2D) else { return false }
        // An ASCII word read from its bytes (its characters are its bytes; no string made).
        if b.allSatisfy({ $0 < 0x80 }) {
            var dash = b.count - 1
            while b[dash] != 0x2D { dash -= 1 }
            let tail = UnsafeBufferPointer(rebasing: b[(dash + 1)...])
            guard let first = tail.first, first &- 0x61 < 26 else { return false }
            return Self.endsWith(tail, "ed") || Self.endsWith(tail, "born") || Self.endsWith(tail, "run")
                || Self.endsWith(tail, "wide")
        }
        guard let dash = surfaces[i].lastIndex(of: "-") else { return false }
        let tail = surfaces[i][surfaces[i].index(after: dash)...]
        return NameFolding.isLowercaseWord(tail)
            && (tail.hasSuffix("ed") || tail.hasSuffix("born") || tail.hasSuffix("run") || tail.hasSuffix("wide"))
    }

    /// Whether ASCII bytes end with the ASCII literal `suffix`.
    @inline(__always)
    static func endsWith(_ b: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard b.count >= n else { return false }
        return suffix.withUTF8Buffer { t in
            for k in 0..<n where b[b.count - n + k] != t[k] { return false }
            return true
        }
    }
}
