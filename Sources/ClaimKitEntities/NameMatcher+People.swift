import ClaimKitModel
import ClaimKitText

/// People evidence: offices and titles (before, inside or after a name), letters after a
/// name, reporting verbs, appositions, and the shape of a personal name.
extension NameMatcher {
    /// Whether token `i` is letters after a person's name ("MP", "KC", "OBE", "PhD"): written in
    /// capitals (or as the lexicon spells it) right after a capitalised word that is no acronym.
    func isPostNominal(_ i: Int) -> Bool {
        guard i > 0, has(i, .postNominals), capitalized[i - 1],
            !isAllCapsAt(i - 1) || surfaces[i - 1].count == 1
                || has(i - 1, .postNominals) && i > 1 && isPostNominal(i - 1)
        else { return false }
        return isAllCapsAt(i) || surfaceIs(i, "PhD")
    }

    /// Whether `s..<end`, before letters such as "MP", reads as a person's name: after any title, one
    /// to four words that open with a known given name or are all no common word, demonym or acronym
    /// ("Ann Lee MP", "Sir Tom Ashby QC"; not "an Ottawa New Democrat MP").
    func isPostNominalName(_ s: Int, _ end: Int) -> Bool {
        var p = s
        if let run = officeRun(s, end), s + run < end { p = s + run }
        guard end - p >= 1, end - p <= 4 else { return false }
        if has(p, .givenNames) && !has(p, .demonyms) { return true }
        return (p..<end).allSatisfy {
            capitalized[$0] && !has($0, .commonWords) && !has($0, .demonyms)
                && !isAllCapsAt($0) && !isOfficeWord($0)
                && ((has($0, .names) ? shared.tables.names[fkey($0)] : nil).map { $0.rank >= 3 } ?? true)
        }
    }

    /// "Critic Tom Ashby", "Deputy Homeland Security Secretary Rachel Osei": an office word (or an
    /// occupation) inside the sequence, then a known given name and one or two more words: the
    /// words up to the office are the role, the rest the person.
    func gluedTitle(_ s: Int, _ end: Int) -> Bool {
        guard end - s >= 3 else { return false }
        for k in stride(from: end - 3, through: max(s, end - 4), by: -1) {
            guard has(k, .offices), has(k + 1, .givenNames),
                ((k + 1)..<end).allSatisfy({
                    !isOfficeWord($0) && !has($0, .demonyms)
                        && !isAllCapsAt($0) && !has($0, .orgHeadKeywords)
                        && !has($0, .placeKeywords)
                })
            else { continue }
            // "Ohio State Nurses Association President Lena Moravec", "US President Ann Lee": an
            // organisation or a place, then the office (the office runs handle those).
            if (s..<k).contains(where: {
                has($0, .orgHeadKeywords) || has($0, .placeKeywords)
                    || has($0, .orgOpeners) || has($0, .demonyms)
                    || has($0, .names)
            }) {
                return false
            }
            // The lexicon's own office runs handle "Prime Minister Ann Lee"; this is for the rest.
            if let run = officeRun(s, end), s + run == k + 1 { return false }
            let office = officeAt(k, k + 1)
            addPerson(
                k + 1, end, rule: .personTitle, strength: 3, source: office?.source, role: text(s, k + 1),
                gender: office?.gender)
            return true
        }
        return false
    }

    /// The length of the office phrase at `p` ("Deputy Foreign Minister"), ending on an office word.
    func officeRun(_ p: Int, _ end: Int) -> Int? {
        var q = p
        var lastHead: Int?
        while q < end {
            if let n = officePhrase(q, end) {
                q += n
                lastHead = q
                continue
            }
            // ("A.B. Smith": initials are no office, though "AB" is an able seaman's.)
            if let office = (has(q, .offices) ? shared.tables.offices[fkey(q)] : nil), !office.isOccupation, !isInitialsAt(q) {
                q += 1
                lastHead = q
                continue
            }
            if has(q, .officeModifiers) && !has(q, .names)
                && !has(q, .demonyms)
            {
                q += 1
                continue
            }
            break
        }
        return lastHead.map { $0 - p }
    }

    /// The length of the longest multi-word office at `q` ("secretary of state").
    func officePhrase(_ q: Int, _ end: Int) -> Int? {
        // (Most words open no office of several words: asked by the token's lookup key, no string made.)
        guard q + 1 < end, shared.tables.maxOfficeWords > 1, shared.tables.officePrefixes.contains(fkey(q)) else {
            return nil
        }
        var best: Int?
        // (The words' bytes joined in place while they are ASCII, else the key as a string.)
        var bytes = MultiWordKey(buffer: state.keyBytes)
        var byBytes = bytes.append(fkey(q))
        var key = byBytes ? "" : folded[q]
        var n = 1
        while q + n < end && n < shared.tables.maxOfficeWords
            && (byBytes ? shared.tables.officePrefixes.contains(bytes.key) : shared.tables.officePrefixes.contains(key))
        {
            if byBytes {
                byBytes = bytes.append(fkey(q + n))
                if !byBytes { key = (q...(q + n)).map { folded[$0] }.joined(separator: " ") }
            } else {
                key += " " + folded[q + n]
            }
            n += 1
            if byBytes ? shared.tables.offices.contains(bytes.key) : shared.tables.offices.contains(key) { best = n }
        }
        return best
    }

    func officeAt(_ p: Int, _ end: Int) -> EntityLexicons.Office? {
        var found: EntityLexicons.Office?
        var q = p
        while q < end {
            if let n = officePhrase(q, end) {
                found = shared.tables.offices[(q..<q + n).map { folded[$0] }.joined(separator: " ")]
                q += n
            } else {
                if let o = (has(q, .offices) ? shared.tables.offices[fkey(q)] : nil) { found = o }
                q += 1
            }
        }
        return found
    }

    /// A lower-case particle of a name: "de", "von", "los" (after "de"), "la".
    func isParticleWord(_ k: Int) -> Bool {
        surfaceIn(k, .connectors) || surfaceIn(k, .particleArticles)
    }

    /// "Joo-Ho", "Seo-yeon", "Siu-lai": two short syllables joined by a hyphen, the first capitalised.
    static func isHyphenatedGivenName<S: StringProtocol>(_ s: S) -> Bool {
        // (No hyphen byte, no hyphen: one part, no split made.)
        guard s.utf8.contains(0x2D) else { return false }
        // ASCII text read from its bytes (its characters are its bytes; letters, capitals and small
        // letters are A-Z and a-z): one hyphen, two parts of two to six letters, the first opening with
        // a capital and the rest of both in small letters.
        var hyphens = 0
        var lengths = (0, 0)
        var inPart = 0
        var ok = true
        var ascii = true
        for b in s.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if b == 0x2D {
                hyphens += 1
                inPart = 0
                continue
            }
            let upper = b &- 0x41 < 26
            let lower = b &- 0x61 < 26
            if !upper && !lower { ok = false }
            if hyphens == 0 {
                if inPart == 0 ? !upper : !lower { ok = false }
                lengths.0 += 1
            } else {
                if inPart > 0 && !lower { ok = false }
                lengths.1 += 1
            }
            inPart += 1
        }
        if ascii {
            return ok && hyphens == 1 && lengths.0 >= 2 && lengths.0 <= 6 && lengths.1 >= 2 && lengths.1 <= 6
        }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { $0.count >= 2 && $0.count <= 6 && $0.allSatisfy(\.isLetter) }
            && parts[0].first!.isUppercase && parts[0].dropFirst().allSatisfy(\.isLowercase)
            && parts[1].dropFirst().allSatisfy(\.isLowercase)
    }

    /// "Prize-winner": hyphenated common words with a lower-case part ("Min-Woo" is a name).
    func isHyphenatedCommon(_ i: Int) -> Bool {
        // (An ASCII word's fold is its key's bytes: no string made to look for the hyphen.)
        let key = fkey(i)
        guard key.hash != 0 ? key.bytes.contains(0x2D) : folded[i].utf8.contains(0x2D) else { return false }
        let parts = surfaces[i].split(separator: "-")
        return parts.allSatisfy { shared.tables.commonWords.contains(NameFolding.fold($0)) }
            && parts.dropFirst().contains { NameFolding.isLowercaseWord($0) }
    }

    /// A capitalised word that is no common word, no acronym and in no gazetteer.
    func isNameShaped(_ i: Int) -> Bool {
        capitalized[i] && !has(i, .commonWords) && !isAllCapsAt(i)
            && !isHyphenatedCommon(i)
            && !has(i, .names) && !has(i, .demonyms)
            && !isOfficeWord(i)
            && isAlphabeticWord(i)
    }

    /// Whether every scalar of token `i` is alphabetic, a hyphen or an apostrophe; for ASCII words from
    /// the bytes (an ASCII scalar is alphabetic exactly when it is a letter).
    func isAlphabeticWord(_ i: Int) -> Bool {
        let b = strings.tokenBytes(i)
        if !b.contains(where: { $0 >= 0x80 }) {
            return b.allSatisfy { $0 &- 0x41 < 26 || $0 &- 0x61 < 26 || $0 == 0x2D || $0 == 0x27 }
        }
        return surfaces[i].unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’"
        }
    }

    /// A lower-case office just before token `u` ("special envoy", "spokesman").
    func roleBefore(_ u: Int) -> (String, EntityLexicons.Office)? {
        // (An office word is needed below anyway, so the lower-case test that it could stand in for is
        // not made: no surface string for the word before every name.)
        guard u > 0, entry.tokens[u - 1].kind == .word,
            let office = (has(u - 1, .offices) ? shared.tables.offices[fkey(u - 1)] : nil), blockOf[u - 1] == blockOf[u], folded[u - 1].count >= 4
        else { return nil }
        // Back over the words of the office: "national security and defence council chief".
        var q = u - 1
        var start = q
        while q > 0 && blockOf[q - 1] == blockOf[u] && entry.tokens[q - 1].kind == .word
            && (NameFolding.isLowercaseWord(surfaces[q - 1])
                || initial[q - 1] && has(q - 1, .officeModifiers))
        {
            let w = folded[q - 1]
            if shared.tables.officeModifiers.contains(w) || shared.tables.offices.contains(w) || shared.tables.orgHeadKeywords.contains(w)
            {
                q -= 1
                start = q
            } else if w == "and" && q >= 2 && has(q - 2, .officeModifiers) {
                q -= 1
            } else {
                break
            }
        }
        return (text(start, u), office)
    }

    /// ", the health minister," after a name: the office phrase.
    func appositionAfter(_ v: Int) -> String? {
        let tokens = entry.tokens
        guard v + 2 < tokens.count, surfaceIs(v, ",") else { return nil }
        var q = v + 1
        if ["the", "a", "an"].contains(surfaces[q]) { q += 1 }
        let start = q
        while q < tokens.count && q - start < 6 && tokens[q].kind == .word {
            if has(q, .offices), q + 1 < tokens.count,
                surfaceIs(q + 1, ",") || surfaceIs(q + 1, ".")
            {
                return text(start, q + 1)
            }
            q += 1
        }
        return nil
    }

    func reportingVerbAround(_ u: Int, _ v: Int) -> Bool {
        let tokens = entry.tokens
        if v < tokens.count, surfaceIn(v, .reportingVerbs) { return true }
        if u > 0, surfaceIn(u - 1, .reportingVerbs) {
            if v >= tokens.count || tokens[v].kind == .punctuation { return true }
        }
        return false
    }
}
