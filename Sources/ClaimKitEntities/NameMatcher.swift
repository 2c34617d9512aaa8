import ClaimKitModel
import ClaimKitText

/// Finds the names of one entry and types them from the evidence around them: the
/// `matches` half of the entity stage (merging is `AliasMerger`'s job).
struct NameMatcher {
    let shared: SharedEntityLexicons
    /// The tables, borrowed from `shared` (no copy).
    var lexicons: EntityLexicons { _read { yield shared.tables } }
    let entry: AnalyzedEntry
    /// Folded surface of each token ("" for non-words).
    private var folded: [String] = []
    private var surfaces: [Substring] = []
    private var capitalized: [Bool] = []
    private var initial: [Bool] = []
    private var blockOf: [Int] = []
    /// Byte facts of each token for the sports-club test (see `TokenNeighbours`).
    private var neighbours: [TokenNeighbours] = []
    /// Folded words seen capitalised away from a sentence start (so "Trump" at a sentence
    /// start is kept though "trump" is a common word).
    private var capitalizedInside = WordSet()
    private(set) var mentions: [NameMention] = []
    /// The index in `mentions` of this entry's first mention (`match(appendingTo:)` runs the
    /// rules with the document's earlier mentions in front).
    private var firstMention = 0
    /// The end of the current sequence's name when letters after it were cut off ("Ann Lee [MP]").
    private var postNominalEnd: Int?
    /// Each token's lexicon memberships, looked up once per token and lexicon (see `has`).
    private let facts: TokenFacts

    init(lexicons: SharedEntityLexicons, entry: AnalyzedEntry) {
        self.shared = lexicons
        self.entry = entry
        facts = TokenFacts(count: entry.tokens.count)
        prepare()
    }

    /// Whether token `k`'s folded word is in the lexicon `fact` names: the same answer as
    /// looking `folded[k]` up in that table, found once per token and table.
    @inline(__always)
    func has(_ k: Int, _ fact: LexiconFact) -> Bool {
        if let known = facts.answer(k, fact) { return known }
        let yes = lexicons.contains(folded[k], fact)
        facts.record(k, fact, yes)
        return yes
    }

    // MARK: Preparation

    private mutating func prepare() {
        var bytes = entry.text
        bytes.withUTF8 { prepare(bytes: $0) }
        lowerTitleCaseWords()
        for i in entry.tokens.indices where capitalized[i] && !initial[i] { capitalizedInside.insert(folded[i]) }
    }

    /// Folds, capitals, blocks and sentence-initial positions of every token, from the
    /// text's UTF-8 bytes (ASCII words need no `Substring`).
    private mutating func prepare(bytes: UnsafeBufferPointer<UInt8>) {
        let tokens = entry.tokens
        folded.reserveCapacity(tokens.count)
        surfaces.reserveCapacity(tokens.count)
        capitalized.reserveCapacity(tokens.count)
        initial.reserveCapacity(tokens.count)
        blockOf.reserveCapacity(tokens.count)
        neighbours.reserveCapacity(tokens.count)
        var block = 0
        let blocks = entry.entry.blocks
        for (i, token) in tokens.enumerated() {
            let start = token.range.utf8Start
            let end = token.range.utf8End
            // The token's text as a string of its own (small strings need no allocation, and no
            // index of the entry's text is checked for alignment as `slice` does); a lower-case
            // ASCII word is its own folded form, and shares that string.
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            var surface: Substring?
            neighbours.append(TokenNeighbours(bytes, start, end))
            let isWordLike = token.kind == .word || token.kind == .number
            if isWordLike || token.kind == .possessive {
                if let f = NameFolding.foldASCII(word) {
                    folded.append(f)
                    if Self.isOwnFold(word) { surface = f[...] }
                } else {
                    let s = String(decoding: word, as: UTF8.self)[...]
                    surface = s
                    folded.append(NameFolding.fold(s))
                }
            } else {
                folded.append("")
            }
            surfaces.append(surface ?? String(decoding: word, as: UTF8.self)[...])
            if token.kind == .word && start < end {
                let b = bytes[start]
                capitalized.append(b < 0x80 ? b &- 0x41 < 26 : NameFolding.isCapitalized(surfaces[i]))
            } else {
                capitalized.append(false)
            }
            while block < blocks.count && blocks[block].range.utf8End <= start { block += 1 }
            blockOf.append(block)
            var isInitial = i == 0 || token.flags.contains(.sentenceStart) || token.flags.contains(.blockStart)
            if i > 0 && !isInitial {
                let prev = tokens[i - 1]
                if blockOf[i - 1] != block { isInitial = true }
                switch prev.kind {
                case .openingQuote, .ambiguousQuote, .newline, .dash, .ellipsis: isInitial = true
                case .punctuation:
                    let p = prev.range
                    if Self.opensSentence(UnsafeBufferPointer(rebasing: bytes[p.utf8Start..<p.utf8End])) {
                        isInitial = true
                    }
                default: break
                }
            }
            // "Steven F. Udvar-Hazy", "K.C. Maurer": initials do not end a sentence.
            if isInitial && i > 0 && blockOf[i - 1] == block && Self.isInitials(surfaces[i - 1]) { isInitial = false }
            initial.append(isInitial)
        }
    }

    /// Whether ASCII bytes are their own fold: no capital letter, no period.
    static func isOwnFold(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in u where b &- 0x41 < 26 || b == 0x2E { return false }
        return true
    }

    /// Whether a punctuation token lets a capitalised word after it open a sentence:
    /// . ! ? : ; ( • (compared as bytes: none of them combines with what follows).
    static func opensSentence(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        if u.count == 1 {
            switch u.first! {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x28: return true
            default: return false
            }
        }
        return u.count == 3 && u.elementsEqual([0xE2, 0x80, 0xA2] as [UInt8])
    }

    /// Whether token `i` is two capital letters and nothing else ("JR"), initials written without periods,
    /// after a lower-case word and before a word that is not in capitals ("by JR Tolland"; not the
    /// heading "IDENTIFIED AS PRESS").
    private func isAuthorInitials(_ i: Int) -> Bool {
        let u = surfaces[i].utf8
        guard u.count == 2, u.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), i > 0, i + 1 < surfaces.count else { return false }
        return entry.tokens[i - 1].kind == .word && !capitalized[i - 1] && !initial[i]
            && capitalized[i + 1] && !NameFolding.isAllCaps(surfaces[i + 1])
    }

    /// Whether a token is a person's initials: "F.", "K.C.".
    static func isInitials(_ s: Substring) -> Bool {
        // (A last byte other than "." rules it out without reading characters.)
        guard s.utf8.last == 0x2E, s.hasSuffix("."), s.count <= 4 else { return false }
        var letters = 0
        for ch in s {
            if ch == "." { continue }
            guard ch.isUppercase else { return false }
            letters += 1
        }
        return letters >= 1 && letters <= 2 && (letters == 1 || s.filter { $0 == "." }.count == letters)
    }

    /// Marks title-case blocks ("Trump Says He Will Meet Putin"): there, a capitalised common
    /// word is read as lower case unless it is a known name or office.
    private mutating func lowerTitleCaseWords() {
        let tokens = entry.tokens
        var i = 0
        while i < tokens.count {
            let b = blockOf[i]
            var j = i
            while j < tokens.count && blockOf[j] == b { j += 1 }
            // A headline in title case: no lower-case common word, several capitalised ones, no final stop.
            // (The stop is tested first: most blocks are sentences, and need no count.)
            let last = surfaces[j - 1].utf8
            let endsLikeSentence =
                last.count == 1 && (last.first == 0x2E || last.first == 0x21 || last.first == 0x3F)
                || tokens[j - 1].kind == .closingQuote
            if endsLikeSentence {
                i = j
                continue
            }
            var lowerCommon = 0
            var capitalCommon = 0
            for k in i..<j {
                // Four characters or more (the UTF-8 length bounds the count from above).
                if tokens[k].kind == .word && !initial[k] && surfaces[k].utf8.count >= 4 && surfaces[k].count >= 4
                    && has(k, .commonWords)
                {
                    if capitalized[k] {
                        capitalCommon += 1
                    } else {
                        lowerCommon += 1
                        break
                    }
                }
            }
            if lowerCommon == 0 && capitalCommon >= 3 {
                for k in i..<j
                where capitalized[k] && !initial[k] && has(k, .commonWords)
                    && (nameMatch(k, j)?.0 ?? 0) < 2
                    && !has(k, .names) && !has(k, .offices)
                    && !has(k, .givenNames)
                    && !has(k, .orgHeadKeywords) && !has(k, .placeKeywords)
                {
                    capitalized[k] = false
                }
            }
            i = j
        }
    }

    // MARK: Matching

    /// Runs every rule over the entry and appends its mentions to `all`, which is moved into
    /// the matcher and back (its mentions are never copied).
    mutating func match(appendingTo all: inout [NameMention]) {
        swap(&mentions, &all)
        firstMention = mentions.count
        match()
        swap(&mentions, &all)
    }

    /// Runs every rule over the entry.
    mutating func match() {
        let blocks = entry.entry.blocks
        let tokens = entry.tokens
        var i = 0
        while i < tokens.count {
            let b = blockOf[i]
            let kind: Block.Kind? = b < blocks.count ? blocks[b].kind : nil
            if kind == .bylineName || kind == .imageCredit {
                i += 1
                continue
            }
            if tokens[i].kind == .handle && surfaces[i].hasPrefix("@") {
                addHandle(range: tokens[i].range, surface: surfaces[i], strength: 0)
                i += 1
                continue
            }
            guard capitalized[i] && !isDescriptiveCompound(i) else {
                i += 1
                continue
            }
            // "FT: Hibs 2-1 Hearts", "HT: 0-0": a match report's time label, no Financial Times.
            if i + 1 < tokens.count, surfaces[i + 1] == ":", Self.matchTimeLabels.contains(folded[i]),
                NameFolding.isAllCaps(surfaces[i])
            {
                i += 1
                continue
            }
            // "US$ 20,000", "HK$300": a currency's country letters name no place.
            if i + 1 < tokens.count, surfaces[i + 1] == "$", tokens[i + 1].range.utf8Start == tokens[i].range.utf8End,
                surfaces[i].utf8.count <= 3, NameFolding.isAllCaps(surfaces[i])
            {
                i += 1
                continue
            }
            let end = sequenceEnd(from: i)
            segment(i, end)
            i = end
        }
        for block in blocks {
            switch block.kind {
            case .bylineName: byline(block)
            case .imageCredit: imageCredit(block)
            default: break
            }
        }
    }

    /// The end of the capitalised sequence that starts at `start`: capitalised words with
    /// the connectors between them ("Ursula von der Leyen", "Secretary of State",
    /// "National Police Chiefs' Council").
    private func sequenceEnd(from start: Int) -> Int {
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
            // "Fenwick & Sons", "Marks & Spencer": an ampersand joins the two halves of one name.
            if surfaces[j] == "&", j + 1 < tokens.count, capitalized[j + 1], blockOf[j + 1] == blockOf[start] {
                j += 2
                continue
            }
            // "Deir al-Balah", "Abu Salmiya's al-Awda": an Arabic article glued to a capitalised word.
            if tokens[j].kind == .word, Self.isArticleCompound(surfaces[j]) {
                j += 1
                continue
            }
            // "Acme Brands plc": a company's legal suffix in lower case closes the name.
            if tokens[j].kind == .word, folded[j].count >= 3, has(j, .legalSuffixes),
                !has(j, .commonWords)
            {
                return j + 1
            }
            // "Competition and Markets Authority", "Office of Management and Budget": "and" inside an
            // organisation's name, when a keyword ends the whole or an "X of" opens it.
            // "of The Globe and Mail": a capital "The" inside a sentence opens a title, which one
            // capitalised word after "and" ends.
            if surfaces[j] == "and", j == start + 2, surfaces[start] == "The", !initial[start], j + 1 < tokens.count,
                capitalized[j + 1], !initial[j + 1], blockOf[j + 1] == blockOf[start],
                !has(j + 1, .functionWords),
                j + 2 >= tokens.count || !capitalized[j + 2] || blockOf[j + 2] != blockOf[start]
            {
                j += 2
                continue
            }
            if surfaces[j] == "and", let after = andContinuation(start, j) {
                j = after
                continue
            }
            if tokens[j].flags.contains(.glued) && tokens[j].kind == .word && !capitalized[j] { break }
            // Connectors inside names.
            if tokens[j].kind == .word && lexicons.connectors.contains(String(surfaces[j])), j + 1 < tokens.count,
                capitalized[j + 1]
            {
                j += 2
                continue
            }
            // "María de los Ángeles", "Juan de la Cruz", "Ursula von der Leyen": a particle of two words.
            if tokens[j].kind == .word && lexicons.connectors.contains(String(surfaces[j])), j + 2 < tokens.count,
                tokens[j + 1].kind == .word, lexicons.particleArticles.contains(String(surfaces[j + 1])),
                capitalized[j + 2], blockOf[j + 2] == blockOf[start]
            {
                j += 3
                continue
            }
            // "Centre National d'Études Spatiales", "Valle d'Aosta": an elided article glued to a capital.
            if tokens[j].kind == .word, Self.isElidedArticle(surfaces[j]) {
                j += 1
                continue
            }
            // "Joint Council for the Welfare of Immigrants", "Centre for Policy Studies": "for" after an
            // organisation keyword keeps the name going, and so does an "of" after that.
            if surfaces[j] == "for" || surfaces[j] == "of" && afterOrganizationFor, j + 1 < tokens.count,
                !has(start, .offices)
            {
                let next = surfaces[j + 1] == "the" ? j + 2 : j + 1
                if next < tokens.count, capitalized[next], !initial[next], blockOf[next] == blockOf[start],
                    !has(next, .functionWords), !has(next, .givenNames),
                    afterOrganizationFor || has(j - 1, .orgHeadKeywords)
                        || has(j - 1, .orgOpeners) || Self.centreWords.contains(folded[j - 1])
                {
                    afterOrganizationFor = true
                    j = next + 1
                    continue
                }
            }
            if surfaces[j] == "of", j + 1 < tokens.count {
                let next = surfaces[j + 1] == "the" ? j + 2 : j + 1
                if next < tokens.count, capitalized[next], blockOf[next] == blockOf[start] {
                    let last = folded[j - 1]
                    let sofar = (start..<j).map { folded[$0] }.joined(separator: " ")
                    if lexicons.orgHeadKeywords[last] != nil || lexicons.orgOpeners[last] != nil
                        || lexicons.placeKeywords[last] != nil
                        || lexicons.namePrefixes.contains(sofar + " of")
                        || lexicons.officePrefixes.contains(last + " of")
                    {
                        j = next + 1
                        continue
                    }
                }
            }
            // A plural possessive inside an organisation's name ("Chiefs' Council").
            if tokens[j].kind == .possessive && (surfaces[j] == "'" || surfaces[j] == "’"), j + 1 < tokens.count,
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
    private func isFamilyNameFunctionWord(_ j: Int) -> Bool {
        guard j > 0, j < folded.count, capitalized[j], !initial[j], capitalized[j - 1],
            has(j, .functionWords), has(j, .familyNames),
            has(j - 1, .givenNames), blockOf[j - 1] == blockOf[j]
        else { return false }
        return j + 1 >= folded.count || !capitalized[j + 1] || blockOf[j + 1] != blockOf[j]
    }

    /// "d'Études", "dell'Emilia": an elided Romance article or preposition glued by an apostrophe to a
    /// capitalised word.
    static func isElidedArticle(_ s: Substring) -> Bool {
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

    /// "al-Balah", "el-Sisi": an Arabic article glued by a hyphen to a capitalised word.
    static func isArticleCompound(_ s: Substring) -> Bool {
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
    private func andContinuation(_ start: Int, _ j: Int) -> Int? {
        let tokens = entry.tokens
        var k = j + 1
        while k < tokens.count && blockOf[k] == blockOf[start] && capitalized[k] && !initial[k]
            && !has(k, .functionWords)
        { k += 1 }
        guard k > j + 1 else { return nil }
        // A known name after "and" is a second name ("the Ministry of Defence and Reuters").
        let afterKey = ((j + 1)..<k).map { folded[$0] }.joined(separator: " ")
        if lexicons.names[afterKey] != nil || has(j + 1, .names) { return nil }
        let beforeLast = folded[j - 1]
        let s0 = folded[start] == "the" ? start + 1 : start
        // "Office of Management and Budget", "School of Economics and Political Science": after "X of",
        // a keyword before "and" does not end the name.
        let keywordAfterOf =
            j - s0 >= 3 && folded[s0 + 1] == "of"
            && (has(s0, .orgOpeners) || has(s0, .orgHeadKeywords))
            && lexicons.orgHeadKeywords[beforeLast] != nil && lexicons.names[beforeLast] == nil
        if !keywordAfterOf
            && (lexicons.orgHeadKeywords[beforeLast] != nil || lexicons.legalSuffixes[beforeLast] != nil
                || lexicons.placeKeywords[beforeLast] != nil || lexicons.names[beforeLast] != nil)
        {
            return nil
        }
        let last = folded[k - 1]
        if lexicons.orgHeadKeywords[last] != nil || lexicons.legalSuffixes[last] != nil
            || lexicons.placeKeywords[last] != nil
        {
            return k
        }
        let s = folded[start] == "the" ? start + 1 : start
        let opensWithOf =
            j - s >= 3 && folded[s + 1] == "of"
            && (has(s, .orgOpeners) || has(s, .orgHeadKeywords))
        if opensWithOf && (s..<j).allSatisfy({ !has($0, .names) || $0 < s + 2 }) { return k }
        return nil
    }

    /// "Island-based", "London-born": a name with a lower-case participle after its hyphen.
    private func isDescriptiveCompound(_ i: Int) -> Bool {
        // Most words have no hyphen: one byte scan rejects them.
        guard surfaces[i].utf8.contains(0x2D) else { return false }
        guard let dash = surfaces[i].lastIndex(of: "-") else { return false }
        let tail = surfaces[i][surfaces[i].index(after: dash)...]
        return NameFolding.isLowercaseWord(tail)
            && (tail.hasSuffix("ed") || tail.hasSuffix("born") || tail.hasSuffix("run") || tail.hasSuffix("wide"))
    }

    private func isCommonAtStart(_ i: Int) -> Bool {
        let f = folded[i]
        guard
            lexicons.commonWords.contains(f) || lexicons.nonNames.contains(f)
                || f.utf8.contains(0x2D) && f.split(separator: "-").allSatisfy({ lexicons.commonWords.contains(String($0)) })
        else { return false }
        if capitalizedInside.contains(f) { return false }
        // "K.C. Maurer": initials before a name ("kc" is a common word only without its periods).
        if Self.isInitials(surfaces[i]), i + 1 < capitalized.count, capitalized[i + 1] { return false }
        if let row = lexicons.names[f], row.rank < 3 { return false }
        if lexicons.offices[f] != nil { return false }
        if lexicons.givenNames[f] != nil, i + 1 < capitalized.count, capitalized[i + 1] { return false }
        return true
    }

    /// Splits a capitalised sequence into roles, known names and unknown runs, and types each.
    private mutating func segment(_ start: Int, _ end: Int) {
        // "Storm Ciara", "Tropical Storm Ida": the name of a weather event, no person.
        if let length = weatherEventLength(start, end) {
            add(start, start + length, type: .other, strength: 3, rule: .weatherEvent, source: nil, nested: false)
            if start + length < end { segment(start + length, end) }
            return
        }
        // "Alto del Cordal", "Pola de Lena", "Col du Galibier": a place word of another language, then a
        // particle and a name, is a place (a gazetteer name of the whole keeps its own row).
        if end - start >= 3, let source = lexicons.placeParticleOpeners[folded[start]],
            entry.tokens[start + 1].kind == .word, lexicons.connectors.contains(String(surfaces[start + 1])),
            nameMatch(start, end).map({ $0.0 < end - start }) ?? true
        {
            add(start, end, type: .place, strength: 2, rule: .placeKeyword, source: source, nested: false)
            return
        }
        // "Team Kestrel", "Movistar Team", "Equipo Talavera", "Lusitânia Pro Cycling": a team's word
        // opening or ending the name makes a sports team (no office or known given name inside).
        if end - start >= 2, end - start <= 5,
            let source = lexicons.teamWords[folded[start]] ?? lexicons.teamWords[folded[end - 1]],
            ((start + 1)..<end).allSatisfy({
                !has($0, .offices) && !has($0, .functionWords)
            }),
            !has(start + 1, .givenNames) || !has(start, .teamWords)
        {
            add(start, end, type: .organization, strength: 2, rule: .orgTeam, source: source, nested: false)
            return
        }
        // "Everton FC", "Harwick Rovers", "Crewe Alexandra AFC": a club word that names only clubs
        // ("FC", "Rovers"; not "City" or "Town") ending the name makes a club, whatever the words
        // before it would read as alone (a given name, a town).
        if end - start >= 2, end - start <= 4, let club = lexicons.clubWords[folded[end - 1]], !club.britishOnly,
            folded[end - 1] != "united", !has(start, .functionWords),
            (start..<(end - 1)).allSatisfy({ !has($0, .offices) && !has($0, .clubWords) })
        {
            add(start, end, type: .organization, strength: 2, rule: .orgClub, source: club.source, nested: false)
            return
        }
        var s = start
        if initial[s] && isCommonAtStart(s) && nameMatch(s, end).map({ $0.0 < 2 }) ?? true && officeRun(s, end) == nil
            && nationBody(s, end) == nil && !keepsCommonOpener(s, end)
        {
            s += 1
        }
        // ("a paper by AS Heagle": two capitals that fold to a function word are initials before one word.)
        while s < end
            && (has(s, .functionWords) || has(s, .nonNames) && s + 1 < end)
            && !(end - s == 2 && isAuthorInitials(s))
        { s += 1 }
        var end = end
        while end > s
            && (has(end - 1, .nonNames) || has(end - 1, .functionWords))
            && end - s > 1 && !(end - s == 2 && isFamilyNameFunctionWord(end - 1))
        { end -= 1 }
        guard s < end else { return }
        // "Ann Lee MP", "Raj Patel OBE FRS": letters after a name end it.
        postNominalEnd = nil
        var cut = end
        while cut - s > 1 && isPostNominal(cut - 1) { cut -= 1 }
        if cut < end && isPostNominalName(s, cut) {
            end = cut
            postNominalEnd = cut
        }
        if let source = nationBody(s, end) {
            add(s, end, type: .organization, strength: 2, rule: .orgNationBody, source: source, nested: false)
            return
        }
        if sportsClub(s, end) {
            add(s, end, type: .organization, strength: 2, rule: .orgSportsClub, source: nil, nested: false)
            // "Aberdeen manager": the club keeps apart from the town of the same name.
            if let row = lexicons.names[mentions[mentions.count - 1].key], row.type == .place {
                mentions[mentions.count - 1].key = "club " + mentions[mentions.count - 1].key
            }
            return
        }
        // "in The New York Times", "of The Ontario Ghostbusters": after a capital "The" inside a
        // sentence, a known name and an unknown word after it are one title.
        if capitalTheTitle(s, end) {
            addNestedPlaces(s, end)
            add(s, end, type: .organization, strength: 2, rule: .orgCapitalThe, source: nil, nested: false)
            return
        }
        if wholeSequenceByKeyword(s, end) { return }
        if gluedTitle(s, end) { return }
        // "state broadcaster TV Perú": a kind of organisation just before the whole sequence.
        if s > 0, let source = lexicons.organizationDescriptors[folded[s - 1]], NameFolding.isLowercaseWord(surfaces[s - 1]),
            !has(s, .givenNames), end - s >= 2, nameMatch(s, end).map({ $0.0 < end - s }) ?? true,
            officeRun(s, end) == nil
        {
            add(s, end, type: .organization, strength: 2, rule: .orgDescriptor, source: source)
            return
        }
        // "Lorena Cantú Ibarra": a known given name, then two surname-shaped words, is one person
        // though a word is also a town's name (countries, regions, big cities and keywords aside).
        if end - s == 3, let given = lexicons.givenNames[folded[s]], !NameFolding.isAllCaps(surfaces[s]),
            lexicons.names[folded[s]].map({ $0.rank >= 3 && $0.population < 500_000 }) ?? true,
            !has(s, .demonyms),
            ((s + 1)..<end).allSatisfy({
                capitalized[$0] && !NameFolding.isAllCaps(surfaces[$0]) && !has($0, .commonWords)
                    && !lexicons.isOfficeWord(folded[$0]) && !has($0, .demonyms)
                    && !has($0, .orgHeadKeywords) && !has($0, .placeKeywords)
                    && (lexicons.names[folded[$0]].map { $0.type == .place && $0.rank >= 3 && $0.population < 500_000 }
                        ?? true)
            }),
            ((s + 1)..<end).contains(where: { has($0, .names) }),
            lexicons.names[(s..<end).map({ folded[$0] }).joined(separator: " ")] == nil
        {
            addPerson(s, end, rule: .personGivenName, strength: 2, source: given.source, role: nil, gender: given.gender)
            return
        }
        var p = s
        var unknownStart: Int?
        func flush(_ upTo: Int, _ matcher: inout NameMatcher) {
            if let u = unknownStart, u < upTo { matcher.typeUnknown(u, upTo, sequenceStart: s) }
            unknownStart = nil
        }
        while p < end {
            // "de los Ángeles", "de la Cruz": a lower-case particle inside a name opens no gazetteer name.
            if p > s, !capitalized[p], unknownStart != nil, entry.tokens[p].kind == .word,
                lexicons.connectors.contains(String(surfaces[p])) || lexicons.particleArticles.contains(String(surfaces[p]))
            {
                p += 1
                continue
            }
            if var roleLength = officeRun(p, end), p + roleLength < end {
                // "Governor of Washington Chris Gregoire": the office's place or body, then the name.
                if folded[p + roleLength] == "of", let (length, row) = nameMatch(p + roleLength + 1, end),
                    p + roleLength + 1 + length < end
                {
                    add(
                        p + roleLength + 1, p + roleLength + 1 + length, type: row.type, strength: 2, rule: row.rule,
                        source: row.source,
                        canonicalKey: row.canonicalKey.map {
                            NameMention.key(
                                words: $0.split(separator: " ").map(String.init), variants: lexicons.variants)
                        })
                    roleLength += 1 + length
                }
                // "Minister of Innovation", "Secretary of Innovation Ana Lopes": the office's field after
                // "of" belongs to the office; a known given name after it opens the person.
                if folded[p + roleLength] == "of" || folded[p + roleLength] == "for" {
                    var k = p + roleLength + 1
                    while k < end && !has(k, .givenNames) { k += 1 }
                    if k + 1 >= end {
                        flush(p, &self)
                        return
                    }
                    roleLength = k - p
                }
                let nameStart = p + roleLength
                let last = folded[end - 1]
                let nameKey = (nameStart..<end).map { folded[$0] }.joined(separator: " ")
                if lexicons.orgHeadKeywords[last] == nil && lexicons.placeKeywords[last] == nil
                    && lexicons.names[nameKey] == nil
                    && !(end - nameStart == 1 && lexicons.nonNames.contains(last))
                {
                    flush(p, &self)
                    // "Dean Kamen": a title that is also a given name, before one word, is the given name.
                    // ("Prince Harry": a given name after it leaves the title a title.)
                    if roleLength == 1 && end - nameStart == 1, let given = lexicons.givenNames[folded[p]],
                        !has(nameStart, .givenNames)
                    {
                        addPerson(
                            p, end, rule: .personGivenName, strength: 2, source: given.source, role: nil,
                            gender: given.gender)
                        return
                    }
                    // "Lady Kathrin", "Lord Edmund": a courtesy style before a given name alone is
                    // part of how the person is named ("Lady Helen Taylor" keeps it too).
                    if roleLength == 1 && end - nameStart == 1, folded[p] == "lady" || folded[p] == "lord",
                        let given = lexicons.givenNames[folded[nameStart]]
                    {
                        addPerson(
                            p, end, rule: .personCourtesyTitle, strength: 3, source: given.source, role: nil,
                            gender: folded[p] == "lady" ? .female : .male)
                        return
                    }
                    let office = officeAt(p, nameStart)
                    let role = office?.isSalutation == true && roleLength == 1 ? nil : text(p, nameStart)
                    addPerson(
                        nameStart, end, rule: .personTitle, strength: 3, source: office?.source, role: role,
                        gender: office?.gender)
                    return
                }
            }
            if let (length, row) = nameMatch(p, end) {
                var givenNameStart =
                    length == 1 && has(p, .givenNames) && p + 1 < end
                    && nameMatch(p + 1, end) == nil && officeRun(p + 1, end) == nil && row.type == .place
                    && row.rank >= 3
                // "John Kerry", "Yuri Gagarin": a place word after given names is a family name
                // ("Luigi di Maio": a particle may stand between).
                if let u = unknownStart, row.type == .place, length == 1,
                    (u..<p).allSatisfy({ has($0, .givenNames) })
                        || row.rank >= 3 && p - u >= 2 && lexicons.connectors.contains(String(surfaces[p - 1]))
                            && (u..<(p - 1)).allSatisfy({ has($0, .givenNames) || isNameShaped($0) })
                        // "Pieter van den Berg": a particle of two words.
                        || row.rank >= 3 && p - u >= 3 && lexicons.particleArticles.contains(String(surfaces[p - 1]))
                            && lexicons.connectors.contains(String(surfaces[p - 2]))
                            && (u..<(p - 2)).allSatisfy({ has($0, .givenNames) || isNameShaped($0) })
                {
                    givenNameStart = true
                }
                // "Jordan Pike", "Chad Osei": a given name that is also a country, then one name-shaped word.
                if length == 1, unknownStart == nil, row.type == .place, has(p, .givenNames),
                    end - p == 2, !NameFolding.isAllCaps(surfaces[p]),
                    isNameShaped(p + 1) || has(p + 1, .familyNames)
                        && !has(p + 1, .orgHeadKeywords) && !has(p + 1, .placeKeywords)
                        && !has(p + 1, .names)
                {
                    givenNameStart = true
                }
                // "Lau Siu-lai": a town's name before a hyphenated given name is a family name (East Asian order).
                if length == 1, unknownStart == nil, row.type == .place, end - p == 2, surfaces[p].count <= 5,
                    Self.isHyphenatedGivenName(surfaces[p + 1])
                {
                    givenNameStart = true
                }
                // "Alia Salem": an unknown name-shaped word, then a town that is also a family name.
                if let u = unknownStart, row.type == .place, row.rank >= 3, length == 1,
                    has(p, .familyNames),
                    (u..<p).allSatisfy({ has($0, .givenNames) || isNameShaped($0) })
                {
                    givenNameStart = true
                }
                // "... Relations Alia Salem said": a given name, then a town that is also a family name,
                // ending the sequence before a reporting verb: the two are a person, cut from the words before.
                if !givenNameStart, let u = unknownStart, p - 1 > u, row.type == .place, row.rank >= 3, length == 1,
                    p + 1 == end, has(p, .familyNames), has(p - 1, .givenNames),
                    !has(p - 1, .names), reportingVerbAround(p - 1, p + 1)
                {
                    flush(p - 1, &self)
                    let given = lexicons.givenNames[folded[p - 1]]!
                    addPerson(
                        p - 1, end, rule: .personGivenName, strength: 2, source: given.source, role: nil,
                        gender: given.gender)
                    return
                }
                // A city or subdivision that is also a common word ("Summit", "Western") needs a preposition.
                let afterListComma = p > 1 && surfaces[p - 1] == "," && capitalized[p - 2]
                let common = has(p, .commonWords)
                let nameLike =
                    common
                    || row.population < 500_000 && !afterListComma
                        && (has(p, .givenNames)
                            || (row.rule == .placeCity || row.rank >= EntityLexicons.wordNetRank)
                                && has(p, .familyNames))
                    // A small town's name alone is more often something else ("Obama").
                    || row.rule == .placeCity && row.population < 100_000 && !afterListComma
                // A big city inside a sentence stands on its own ("capital, Wellington"), unless its
                // name is also a given name ("Mary").
                let bigCity =
                    !initial[p]
                    && (row.population >= 500_000
                        || row.population >= 100_000 && !has(p, .givenNames)
                            && (!common || row.population >= 300_000))
                let weakCommon =
                    length == 1
                    && (row.rank >= 3 && nameLike && !bigCity
                        && !(p > 0 && lexicons.gazetteerPrepositions.contains(String(surfaces[p - 1])))
                        && !coordinatedWithPlace(p)
                        || has(p, .nonNames) || has(p, .functionWords))
                // "Bristol Rovers", "Exeter City": a town and a club word is a sports club;
                // "Gaza City": a place and "City" elsewhere is the city.
                if !givenNameStart, row.type == .place, p + length < end, unknownStart == nil,
                    let club = lexicons.clubWords[folded[p + length]]
                {
                    flush(p, &self)
                    if !club.britishOnly || row.country == "GB" {
                        add(
                            p, p + length + 1, type: .organization, strength: 2, rule: .orgClub, source: club.source,
                            nested: false)
                    } else {
                        add(
                            p, p + length + 1, type: .place, strength: 2, rule: .placeKeyword, source: club.source,
                            nested: false)
                    }
                    p += length + 1
                    continue
                }
                // "Neo Democrats": name-shaped words before an organisation's one-word short name
                // ("Democrats") make the name of another organisation.
                if let u = unknownStart, length == 1, p + 1 == end, p - u <= 2, row.type == .organization,
                    row.canonicalKey != nil,
                    (u..<p).allSatisfy({ isNameShaped($0) && !has($0, .givenNames) })
                {
                    add(u, end, type: .organization, strength: 2, rule: .orgExtendedName, source: row.source)
                    unknownStart = nil
                    p = end
                    continue
                }
                if !givenNameStart && !weakCommon {
                    flush(p, &self)
                    // "Indiana State Teachers Association President ...": a place that opens an
                    // organisation's name, up to the office after it.
                    if row.type == .place, !NameFolding.isAllCaps(surfaces[p]) {
                        var q = p + length
                        while q < end && officeRun(q, end) == nil { q += 1 }
                        if q < end && q - p - length >= 1 && has(q - 1, .orgHeadKeywords) {
                            add(
                                p, q, type: .organization, strength: 2, rule: .orgKeyword,
                                source: lexicons.orgHeadKeywords[folded[q - 1]])
                            p = q
                            continue
                        }
                    }
                    p = addKnown(p, p + length, row)
                    continue
                }
            }
            if has(p, .demonyms) && unknownStart == nil {
                p += 1
                continue
            }
            if unknownStart == nil { unknownStart = p }
            p += 1
        }
        flush(end, &self)
    }

    /// Whether a common word opening a sentence still opens the name after it: a sports club by its
    /// context ("Rangers fans"), or two words ending with an organisation keyword where the first is a
    /// compass word or a keyword too, or the keyword would stand alone ("Northern Powergrid",
    /// "Network Rail", "Pantheon Macroeconomics").
    private func keepsCommonOpener(_ s: Int, _ end: Int) -> Bool {
        if end - s == 1 { return sportsClub(s, end) }
        let opener = folded[s]
        // "Electricity North West": a keyword, then compass words.
        if end - s <= 3, lexicons.orgHeadKeywords[opener] != nil,
            ((s + 1)..<end).allSatisfy({ Self.compassWords.contains(folded[$0]) })
        {
            return true
        }
        guard end - s <= 3, has(end - 1, .orgHeadKeywords),
            !lexicons.functionWords.contains(opener), !lexicons.nonNames.contains(opener),
            !lexicons.officeModifiers.contains(opener)
        else { return false }
        return Self.compassWords.contains(opener) || lexicons.orgHeadKeywords[opener] != nil
            || end - s == 2 && !has(end - 1, .commonWords)
    }

    /// "between Preston and Carlisle", "in Leeds or Bradford": a name joined by "and" or "or" to the
    /// place just before it.
    private func coordinatedWithPlace(_ p: Int) -> Bool {
        guard p >= 2, surfaces[p - 1] == "and" || surfaces[p - 1] == "or", let previous = mentions.last,
            previous.type == .place, previous.entry == entry.entry.index,
            previous.range.utf8End == entry.tokens[p - 2].range.utf8End
        else { return false }
        return true
    }

    /// Whether `s..<end` follows a capital "The" inside a sentence and reads as a title: two to five
    /// words, a gazetteer name among them, ending on a capitalised word that is no known name,
    /// keyword, office or given name ("The New York Times", not "The Hague" or "The Home Office").
    private func capitalTheTitle(_ s: Int, _ end: Int) -> Bool {
        guard s > 0, end - s >= 2, end - s <= 5, surfaces[s - 1] == "The", !initial[s - 1] else { return false }
        let last = folded[end - 1]
        guard !NameFolding.isAllCaps(surfaces[end - 1]), lexicons.names[last] == nil,
            lexicons.orgHeadKeywords[last] == nil, lexicons.placeKeywords[last] == nil,
            // (An office's modifier may end a title: "The Lancet Public Health"; an office may not.)
            lexicons.legalSuffixes[last] == nil, lexicons.offices[last] == nil, lexicons.givenNames[last] == nil,
            !has(s, .givenNames), lexicons.demonyms[last] == nil,
            lexicons.names[(s..<end).map({ folded[$0] }).joined(separator: " ")] == nil,
            (s..<(end - 1)).contains(where: { nameMatch($0, end - 1) != nil }),
            !isQuotedTitle(s, end)
        else { return false }
        return true
    }

    /// Labels of a match report's time, before a colon: full time, half time, after extra time.
    static let matchTimeLabels: Set<String> = ["ft", "ht", "aet"]

    /// "Centre", "Center": before "for", an organisation ("Centre for Policy Studies").
    static let centreWords: Set<String> = ["centre", "center"]

    /// Numbers that name a division after a league keyword ("League One").
    static let divisionNumbers: Set<String> = ["one", "two", "three", "four", "1", "2", "3", "4"]

    /// Words of the compass that may follow an organisation keyword inside its name ("Electricity North West").
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "midlands",
    ]

    /// The length of a weather event's name at `p` ("Storm Ciara", "Tropical Storm Ida"), nil when none.
    private func weatherEventLength(_ p: Int, _ end: Int) -> Int? {
        guard has(p, .weatherWords) else { return nil }
        var q = p + 1
        // "Tropical Storm": a second weather word.
        if q < end, has(q, .weatherWords) { q += 1 }
        guard q < end, q > p, capitalized[q], !NameFolding.isAllCaps(surfaces[q]),
            has(q, .functionWords) == false, !has(q, .orgHeadKeywords),
            !has(q, .placeKeywords), !has(q, .names) || has(q, .givenNames)
        else { return nil }
        // "Storm Prediction Center": more capitalised words after the name make it something else;
        // "Storm Warning": a common word is no given name.
        guard q + 1 == end, !has(q, .commonWords) || has(q, .givenNames)
        else { return nil }
        return q + 1 - p
    }

    /// Whether token `i` is letters after a person's name ("MP", "KC", "OBE", "PhD"): written in
    /// capitals (or as the lexicon spells it) right after a capitalised word that is no acronym.
    private func isPostNominal(_ i: Int) -> Bool {
        guard i > 0, has(i, .postNominals), capitalized[i - 1],
            !NameFolding.isAllCaps(surfaces[i - 1]) || surfaces[i - 1].count == 1
                || has(i - 1, .postNominals) && i > 1 && isPostNominal(i - 1)
        else { return false }
        return NameFolding.isAllCaps(surfaces[i]) || surfaces[i] == "PhD"
    }

    /// Whether `s..<end`, before letters such as "MP", reads as a person's name: after any title, one
    /// to four words that open with a known given name or are all no common word, demonym or acronym
    /// ("Ann Lee MP", "Sir Tom Ashby QC"; not "an Ottawa New Democrat MP").
    private func isPostNominalName(_ s: Int, _ end: Int) -> Bool {
        var p = s
        if let run = officeRun(s, end), s + run < end { p = s + run }
        guard end - p >= 1, end - p <= 4 else { return false }
        if has(p, .givenNames) && !has(p, .demonyms) { return true }
        return (p..<end).allSatisfy {
            capitalized[$0] && !has($0, .commonWords) && !has($0, .demonyms)
                && !NameFolding.isAllCaps(surfaces[$0]) && !lexicons.isOfficeWord(folded[$0])
                && (lexicons.names[folded[$0]].map { $0.rank >= 3 } ?? true)
        }
    }

    /// "Sport England", "Arts Council England", "Transport Scotland": a field of public work or an
    /// organisation keyword, then a country's or a nation's name, ends the name of a public body.
    private func nationBody(_ s: Int, _ end: Int) -> LexiconSource? {
        guard end - s >= 2, end - s <= 3, let row = lexicons.names[folded[end - 1]], row.type == .place,
            row.rule == .placeCountry || row.rule == .placeSubdivision || row.rule == .placeRegion,
            !NameFolding.isAllCaps(surfaces[end - 1])
        else { return nil }
        let before = folded[end - 2]
        return lexicons.nationFieldWords[before] ?? lexicons.orgHeadKeywords[before]
    }

    /// Whether the name `s..<end` is a sports club by its context: a score between it and another
    /// name ("Hibs 2-1 Hearts", "Lyon 0-0 Nice"), or a word of the game after it ("Aberdeen manager",
    /// "Celtic striker"; "fans", "supporters" only after a town's name or a club word). Countries and
    /// regions are left alone (national sides read as their country), and so are people's names.
    private func sportsClub(_ s: Int, _ end: Int) -> Bool {
        // Every reading below needs a digit, "v"/"vs" or a sports cue next to the name: most
        // names have none, and are turned away before any key is built.
        guard mayBeSportsClub(s, end) else { return false }
        guard end - s <= 3, !NameFolding.isAllCaps(surfaces[s]), !has(s, .givenNames),
            officeRun(s, end) == nil, !(s..<end).contains(where: { has($0, .demonyms) })
        else { return false }
        let key = (s..<end).map { folded[$0] }.joined(separator: " ")
        if lexicons.nationAdjectives.contains(key) { return false }
        let row = lexicons.names[key]
        if let row, row.rank <= 2 || row.type == .organization { return false }
        let tokens = entry.tokens
        // A score after the name and a capitalised word after the score, or the mirror image.
        var q = end
        while q < tokens.count && q < end + 4 && blockOf[q] == blockOf[s] && !capitalized[q] { q += 1 }
        // (A national side on the other side makes this one a national side too: "Sweden 1-0 Korea Republic".)
        func isNation(_ i: Int) -> Bool {
            (lexicons.names[folded[i]]?.rank ?? 9) <= 2 || has(i, .demonyms)
                || lexicons.nationAdjectives.contains(folded[i])
        }
        if q > end, q < tokens.count, capitalized[q], blockOf[q] == blockOf[s], isScore(between: end - 1, q) {
            return !isNation(q)
        }
        var r = s - 1
        while r >= 0 && r > s - 5 && blockOf[r] == blockOf[s] && !capitalized[r] { r -= 1 }
        if r >= 0, r < s - 1, capitalized[r], blockOf[r] == blockOf[s], isScore(between: r, s) { return !isNation(r) }
        // "Leeds v Chelsea", "Rangers vs Celtic": a town's name or a club word on this side of "v".
        let townOrClub = row.map { $0.type == .place } ?? false || has(end - 1, .clubWords)
        if townOrClub, end + 1 < tokens.count, surfaces[end] == "v" || surfaces[end] == "vs" || surfaces[end] == "vs.",
            capitalized[end + 1], blockOf[end + 1] == blockOf[s], !isNation(end + 1)
        {
            return true
        }
        if townOrClub, s >= 2, surfaces[s - 1] == "v" || surfaces[s - 1] == "vs" || surfaces[s - 1] == "vs.",
            capitalized[s - 2], blockOf[s - 2] == blockOf[s], !isNation(s - 2)
        {
            return true
        }
        // "a defeat by Kilmarnock", "a signing from Dunfermline", "Norwegian side Rosenborg": a match's or a
        // transfer's words before a town's name, a club word or one unknown word (no family name: "a win
        // over Harris" may be an election's).
        // (After a transfer's "from", one unknown word is left to the transfer cues of ContextEvidence.)
        if sportsCueBefore(s) != nil, end - s <= 2,
            row.map({ $0.type == .place }) ?? (end - s == 1 && !has(s, .commonWords) && folded[s - 1] != "from")
                || has(end - 1, .clubWords),
            !(s..<end).contains(where: { has($0, .familyNames) }) || has(end - 1, .clubWords)
        {
            return true
        }
        guard end < tokens.count, blockOf[end] == blockOf[s], tokens[end].kind == .word,
            NameFolding.isLowercaseWord(surfaces[end]), let cue = lexicons.sportsCues[folded[end]]
        else { return false }
        if !cue.crowd { return true }
        return row?.type == .place || has(end - 1, .clubWords)
    }

    /// A necessary condition of `sportsClub(s, end)`, from bytes and one lookup: a digit after the
    /// name or before it (a score, skipping spaces), "v"/"vs"/"vs." on either side, or a sports cue after it.
    private func mayBeSportsClub(_ s: Int, _ end: Int) -> Bool {
        if neighbours[end - 1].contains(.digitAfter) || neighbours[s].contains(.digitBefore) { return true }
        if sportsCueBefore(s) != nil { return true }
        if s >= 1 && neighbours[s - 1].contains(.versus) { return true }
        return end < folded.count && (neighbours[end].contains(.versus) || has(end, .sportsCues))
    }

    /// The lexicon row of a sports cue right before token `s`: one lower-case word ("side") or two
    /// ("defeat by"), in the same block.
    private func sportsCueBefore(_ s: Int) -> LexiconSource? {
        guard s >= 1, entry.tokens[s - 1].kind == .word, blockOf[s - 1] == blockOf[s], !capitalized[s - 1],
            !lexicons.sportsCuesBefore.isEmpty
        else { return nil }
        if let source = lexicons.sportsCuesBefore[folded[s - 1]] { return source }
        guard s >= 2, entry.tokens[s - 2].kind == .word, blockOf[s - 2] == blockOf[s], !capitalized[s - 2] else { return nil }
        return lexicons.sportsCuesBefore[folded[s - 2] + " " + folded[s - 1]]
    }

    /// Whether the text between tokens `a` and `b` is a match score alone: digits, a hyphen or an en
    /// dash, digits, with or without spaces ("2-1", "0 – 0").
    private func isScore(between a: Int, _ b: Int) -> Bool {
        let tokens = entry.tokens
        let from = tokens[a].range.utf8End
        let to = tokens[b].range.utf8Start
        guard to - from >= 4, to - from <= 14 else { return false }
        var digitsBefore = 0
        var digitsAfter = 0
        var dash = false
        let u = entry.text.utf8
        var k = u.index(u.startIndex, offsetBy: from)
        let stop = u.index(u.startIndex, offsetBy: to)
        while k < stop {
            let c = u[k]
            if c >= 0x30 && c <= 0x39 {
                if dash { digitsAfter += 1 } else if digitsAfter == 0 { digitsBefore += 1 }
            } else if c == 0x2D && !dash && digitsBefore > 0 {
                dash = true
            } else if c == 0xE2 && !dash && digitsBefore > 0 {
                // "–" (E2 80 93): its two other bytes are skipped below.
                dash = true
                k = u.index(after: k)
                guard k < stop, u[k] == 0x80 else { return false }
                k = u.index(after: k)
                guard k < stop, u[k] == 0x93 else { return false }
            } else if c != 0x20 {
                return false
            }
            k = u.index(after: k)
        }
        return dash && (1...2).contains(digitsBefore) && (1...2).contains(digitsAfter)
    }

    /// A name that fills a pair of quotation marks on its own, "The Quiet Lagoon": the title of a
    /// work, which a place keyword does not make a place.
    private func isQuotedTitle(_ u: Int, _ v: Int) -> Bool {
        let tokens = entry.tokens
        var q = u - 1
        if q >= 0 && folded[q] == "the" { q -= 1 }
        guard q >= 0, v < tokens.count else { return false }
        func opens(_ k: Token.Kind) -> Bool { k == .openingQuote || k == .ambiguousQuote }
        func closes(_ k: Token.Kind) -> Bool { k == .closingQuote || k == .ambiguousQuote }
        var w = v
        if w < tokens.count, surfaces[w] == "," || surfaces[w] == "." { w += 1 }
        return opens(tokens[q].kind) && (closes(tokens[v].kind) || w < tokens.count && closes(tokens[w].kind))
    }

    /// "Tax Policy Center", "Cancer Research Centre": a centre named for a field of work is an
    /// organisation (a place keyword otherwise: "Kennedy Space Center", "Barbican Centre").
    /// "National Hurricane Center", "European Space Operations Centre", "Centre National d'Études
    /// Spatiales": an institution's word anywhere in a centre's name makes it an organisation too,
    /// unless a venue's word says it is a building ("National Exhibition Centre").
    private func organizationCenter(_ u: Int, _ v: Int) -> LexiconSource? {
        guard v - u >= 2 else { return nil }
        let endsWithCentre = Self.centreWords.contains(folded[v - 1])
        guard endsWithCentre || Self.centreWords.contains(folded[u]) || folded[u] == "centro" else { return nil }
        if endsWithCentre, let source = lexicons.centerOrganizationWords[folded[v - 2]] { return source }
        if (u..<v).contains(where: { Self.venueWords.contains(folded[$0]) }) { return nil }
        for k in u..<v { if let source = lexicons.centerInstitutionWords[folded[k]] { return source } }
        return nil
    }

    /// "Irving Independent School District", "Metropolitan Water District": a district named for a
    /// public service it runs is the authority that runs it, an organisation ("Lake District" stays a place).
    private func isServiceDistrict(_ u: Int, _ v: Int) -> Bool {
        v - u >= 2 && folded[v - 1] == "district" && Self.districtServices.contains(folded[v - 2])
    }

    /// Public services a US-style special district runs (school districts, water districts ...).
    static let districtServices: Set<String> = [
        "school", "water", "fire", "transit", "library", "sanitation", "utility", "irrigation", "hospital",
    ]

    /// Words that make a centre a building or a venue ("Exhibition Centre", "Shopping Center").
    static let venueWords: Set<String> = [
        "exhibition", "convention", "shopping", "leisure", "visitor", "visitors", "community", "conference",
        "garden", "town", "city", "trade", "sports", "arts", "civic", "retail",
    ]

    /// "Critic Tom Ashby", "Deputy Homeland Security Secretary Rachel Osei": an office word (or an
    /// occupation) inside the sequence, then a known given name and one or two more words: the
    /// words up to the office are the role, the rest the person.
    private mutating func gluedTitle(_ s: Int, _ end: Int) -> Bool {
        guard end - s >= 3 else { return false }
        for k in stride(from: end - 3, through: max(s, end - 4), by: -1) {
            guard has(k, .offices), has(k + 1, .givenNames),
                ((k + 1)..<end).allSatisfy({
                    !lexicons.isOfficeWord(folded[$0]) && !has($0, .demonyms)
                        && !NameFolding.isAllCaps(surfaces[$0]) && !has($0, .orgHeadKeywords)
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
    private func officeRun(_ p: Int, _ end: Int) -> Int? {
        var q = p
        var lastHead: Int?
        while q < end {
            if let n = officePhrase(q, end) {
                q += n
                lastHead = q
                continue
            }
            // ("A.B. Smith": initials are no office, though "AB" is an able seaman's.)
            if let office = lexicons.offices[folded[q]], !office.isOccupation, !Self.isInitials(surfaces[q]) {
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
    private func officePhrase(_ q: Int, _ end: Int) -> Int? {
        var best: Int?
        var key = folded[q]
        var n = 1
        while q + n < end && n < lexicons.maxOfficeWords && lexicons.officePrefixes.contains(key) {
            key += " " + folded[q + n]
            n += 1
            if lexicons.offices[key] != nil { best = n }
        }
        return best
    }

    private func officeAt(_ p: Int, _ end: Int) -> EntityLexicons.Office? {
        var found: EntityLexicons.Office?
        var q = p
        while q < end {
            if let n = officePhrase(q, end) {
                found = lexicons.offices[(q..<q + n).map { folded[$0] }.joined(separator: " ")]
                q += n
            } else {
                if let o = lexicons.offices[folded[q]] { found = o }
                q += 1
            }
        }
        return found
    }

    /// The longest gazetteer name at `p` within the sequence.
    private func nameMatch(_ p: Int, _ end: Int) -> (Int, EntityLexicons.NameRow)? {
        var best: (Int, EntityLexicons.NameRow)?
        var key = ""
        var n = 0
        while p + n < end && n < lexicons.maxNameWords {
            key += (n == 0 ? "" : " ") + folded[p + n]
            n += 1
            if let row = lexicons.names[key] {
                if row.capitalsOnly && !(n == 1 && NameFolding.isAllCaps(surfaces[p])) { continue }
                // "USI" is an acronym, not the town of Usi.
                if n == 1 && row.rank >= 3 && !row.capitalsOnly && NameFolding.isAllCaps(surfaces[p])
                    && surfaces[p].count <= 5
                {
                    continue
                }
                // "San Francisco Bay Area": a WordNet name inside a longer name leaves the better-known
                // shorter one ("San Francisco") its place.
                if row.rank >= EntityLexicons.wordNetRank && best != nil && p + n < end { continue }
                best = (n, row)
            } else if !lexicons.namePrefixes.contains(key) {
                break
            }
        }
        return best
    }

    // MARK: Typing

    private mutating func typeUnknown(_ u: Int, _ v: Int, sequenceStart: Int) {
        let n = v - u
        let first = folded[u]
        let last = folded[v - 1]
        if n == 1
            && (lexicons.nonNames.contains(first) || lexicons.offices[first] != nil
                || lexicons.officeModifiers.contains(first))
        {
            return
        }
        // "New Zealander", "Sri Lankans": a demonym of more than one word names no one.
        if n >= 2, n <= 3 {
            var key = (u..<v).map { folded[$0] }.joined(separator: " ")
            if lexicons.demonyms[key] == nil, key.hasSuffix("s") { key.removeLast() }
            if lexicons.demonyms[key] != nil { return }
        }
        // "I'm", "We'll": contractions.
        if n == 1, surfaces[u].utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }),
            let apostrophe = surfaces[u].firstIndex(where: { $0 == "'" || $0 == "’" }),
            ["m", "ve", "d", "ll", "re"].contains(surfaces[u][surfaces[u].index(after: apostrophe)...].lowercased())
        {
            return
        }
        // "MPs", "Senators": the plural of an office.
        if n == 1 && first.hasSuffix("s") && lexicons.offices[String(first.dropLast())] != nil { return }
        // An inner keyword ends a name and a person follows: "Refugee Council [Enver Solomon]".
        if n >= 3 {
            for k in (u + 1)..<(v - 1)
            where has(k, .orgHeadKeywords) || has(k, .placeKeywords) {
                if has(k + 1, .givenNames)
                    || (k + 2 < v || v - k - 1 >= 2) && isNameShaped(k + 1) && isNameShaped(v - 1)
                {
                    typeUnknown(u, k + 1, sequenceStart: sequenceStart)
                    typeUnknown(k + 1, v, sequenceStart: k + 1)
                    return
                }
            }
        }
        // "Park Joo-Ho", "Lee Seo-yeon": a short family name, then a hyphenated given name (Korean order).
        if n == 2, surfaces[u].count <= 5,
            lexicons.familyNames[first] != nil || lexicons.givenNames[first] != nil
                || surfaces[u].count <= 4 && capitalized[u] && !NameFolding.isAllCaps(surfaces[u])
                    && !lexicons.commonWords.contains(first),
            Self.isHyphenatedGivenName(surfaces[v - 1])
        {
            addPerson(u, v, rule: .personFamilyName, strength: 2, source: lexicons.familyNames[first], role: nil, gender: nil)
            return
        }
        // "state broadcaster TV Perú", "the carrier Flyway": a kind of organisation just before.
        if u == sequenceStart, u > 0, let source = lexicons.organizationDescriptors[folded[u - 1]],
            NameFolding.isLowercaseWord(surfaces[u - 1]), lexicons.givenNames[first] == nil
        {
            add(u, v, type: .organization, strength: 2, rule: .orgDescriptor, source: source)
            return
        }
        // "Pennick & Rowe": two names joined by an ampersand are a firm.
        if n >= 3, (u + 1..<v - 1).contains(where: { surfaces[$0] == "&" }) {
            add(u, v, type: .organization, strength: 2, rule: .orgAmpersand, source: nil)
            return
        }
        // Organisation: legal suffix, keyword head, "Ministry of ...".
        if n >= 2, let source = lexicons.legalSuffixes[last] {
            add(u, v, type: .organization, strength: 2, rule: .orgSuffix, source: source)
            return
        }
        if n >= 2, let source = lexicons.orgHeadKeywords[last] {
            add(u, v, type: .organization, strength: 2, rule: .orgKeyword, source: source)
            return
        }
        if n >= 3, let source = lexicons.orgOpeners[first], folded[u + 1] == "of" {
            add(u, v, type: .organization, strength: 2, rule: .orgKeyword, source: source)
            return
        }
        // "director Helen Park said": a given name and a family name that is also a place keyword,
        // with a person's cue around, is a person.
        let personCue =
            (n == 2 || n == 3) && lexicons.givenNames[first] != nil && lexicons.familyNames[last] != nil
            && lexicons.names[first] == nil && (roleBefore(u) != nil || reportingVerbAround(u, v))
        if n >= 2, let source = organizationCenter(u, v) {
            add(u, v, type: .organization, strength: 2, rule: .orgKeyword, source: source)
            return
        }
        if n >= 2, isServiceDistrict(u, v) {
            add(u, v, type: .organization, strength: 2, rule: .orgServiceDistrict, source: nil)
            return
        }
        if n >= 2, !personCue, !isQuotedTitle(u, v),
            let source = lexicons.placeKeywords[last] ?? (folded[u + 1] == "of" ? nil : lexicons.placeKeywords[first])
        {
            add(u, v, type: .place, strength: 2, rule: .placeKeyword, source: source)
            return
        }
        // "in Rafah and Khan Younis": a name coordinated with a place just before is a place.
        if n <= 3, u >= 2, ["and", "or"].contains(surfaces[u - 1]), mentions.count > firstMention,
            let previous = mentions.last,
            previous.type == .place,
            previous.range.utf8End == entry.tokens[u - 2].range.utf8End, roleBefore(u) == nil,
            (u..<v).allSatisfy({
                capitalized[$0] && !NameFolding.isAllCaps(surfaces[$0]) && !lexicons.isOfficeWord(folded[$0])
                    && !has($0, .demonyms)
            }),
            (u..<v).contains(where: { isNameShaped($0) })
        {
            add(u, v, type: .place, strength: 1, rule: .placePreposition, source: nil)
            return
        }
        // Person: an office just before (in lower case), a given name, a family name.
        if u == sequenceStart, let (role, office) = roleBefore(u) {
            addPerson(u, v, rule: .personTitle, strength: 3, source: office.source, role: role, gender: office.gender)
            return
        }
        // "Ann Lee MP", "Tom Ashby KC": letters after the name show a person.
        if v == postNominalEnd, n <= 4, !NameFolding.isAllCaps(surfaces[u]), lexicons.placeKeywords[last] == nil {
            addPerson(u, v, rule: .personPostNominal, strength: 3, source: nil, role: nil, gender: nil)
            return
        }
        // "Tory MPs", "Labour leader": a description, not a name.
        let endsWithOffice =
            lexicons.offices[last] != nil || last.hasSuffix("s") && lexicons.offices[String(last.dropLast())] != nil
        if n >= 2 && endsWithOffice { return }
        let innerParticles = (u..<v).filter({ !capitalized[$0] && (isParticleWord($0)) }).count
        if n >= 2 && n - innerParticles <= 4, let given = lexicons.givenNames[first], !NameFolding.isAllCaps(surfaces[u]),
            !lexicons.commonWords.contains(last) || lexicons.familyNames[last] != nil, !isHyphenatedCommon(v - 1)
        {
            addPerson(u, v, rule: .personGivenName, strength: 2, source: given.source, role: nil, gender: given.gender)
            return
        }
        // "a paper by JR Tolland": two capitals without periods, after a lower-case word, then one
        // name-shaped word: an author cited by initials (no known acronym: "the UK Biobank" stays).
        if n == 2, isAuthorInitials(u), lexicons.names[first] == nil, isNameShaped(u + 1) {
            addPerson(u, v, rule: .personInitials, strength: 2, source: nil, role: nil, gender: nil)
            return
        }
        // "K.C. Maurer", "J. R. Ashby": initials, then one or two name-shaped words or family names.
        if n >= 2, n <= 4, Self.isInitials(surfaces[u]), u == 0 || !["the", "a", "an"].contains(folded[u - 1]) {
            var k = u + 1
            while k < v - 1 && Self.isInitials(surfaces[k]) { k += 1 }
            if v - k <= 2,
                (k..<v).allSatisfy({
                    isNameShaped($0) || has($0, .familyNames) && !NameFolding.isAllCaps(surfaces[$0])
                        && !has($0, .names) && !has($0, .orgHeadKeywords)
                        && !has($0, .placeKeywords) && !lexicons.isOfficeWord(folded[$0])
                })
            {
                addPerson(u, v, rule: .personInitials, strength: 2, source: nil, role: nil, gender: nil)
                return
            }
        }
        let afterArticle = u > 0 && ["the", "a", "an"].contains(folded[u - 1])
        if n >= 2 && n <= 3, !afterArticle, let source = lexicons.familyNames[last],
            (u..<v).allSatisfy({ !has($0, .commonWords) })
        {
            addPerson(u, v, rule: .personFamilyName, strength: 1, source: source, role: nil, gender: nil)
            return
        }
        if n == 1 && NameFolding.isAllCaps(surfaces[u]) && surfaces[u].count <= 7
            && !(surfaces[u].count >= 4 && lexicons.commonWords.contains(first))
            && !lexicons.nonOrgAcronyms.contains(first)
        {
            add(u, v, type: .organization, strength: 1, rule: .orgAcronym, source: nil)
            return
        }
        // "Ofcom's chief executive": a name that owns a board-room office is an organisation.
        if n <= 3, v + 1 < entry.tokens.count, entry.tokens[v].kind == .possessive,
            let source = organizationOfficeAfter(v + 1)
        {
            add(u, v, type: .organization, strength: 2, rule: .orgOffice, source: source)
            return
        }
        // "the Obama administration": a lone name before "administration" names its leader.
        if n == 1, v < entry.tokens.count, surfaces[v] == "administration" || surfaces[v] == "government", u > 0,
            folded[u - 1] == "the",
            !lexicons.commonWords.contains(first),
            lexicons.names[first].map({ $0.rule == .placeCity && $0.population < 100_000 }) ?? true
        {
            addPerson(u, v, rule: .personAdministration, strength: 1, source: nil, role: nil, gender: nil)
            return
        }
        // "Arianespace", "Quillsoft": one unknown word glued from a stem and a company's word.
        if n == 1, let source = companyNameEnding(u) {
            add(u, v, type: .organization, strength: 1, rule: .orgNameEnding, source: source)
            return
        }
        // Weak cues for a lone name: a reporting verb, a place preposition.
        if reportingVerbAround(u, v) && !(n == 1 && lexicons.commonWords.contains(first))
            && (n == 1 || (u..<v).contains { isNameShaped($0) || has($0, .givenNames) })
        {
            addPerson(u, v, rule: .personReportingVerb, strength: 1, source: nil, role: nil, gender: nil)
            return
        }
        if n == 1 || n <= 3 && (u..<v).contains(where: { Self.isArticleCompound(surfaces[$0]) }), u > 0,
            lexicons.placePrepositions.contains(String(surfaces[u - 1])),
            !lexicons.commonWords.contains(first)
        {
            add(u, v, type: .place, strength: 1, rule: .placePreposition, source: nil)
            return
        }
        if n >= 2 && n <= 3
            && (u..<v).allSatisfy({ !has($0, .commonWords) && !NameFolding.isAllCaps(surfaces[$0]) }
            ) && appositionAfter(v) != nil
        {
            let role = appositionAfter(v)
            addPerson(u, v, rule: .personApposition, strength: 2, source: nil, role: role, gender: nil)
            return
        }
        let firstMayBeCommon =
            n == 2 && capitalized[u] && !NameFolding.isAllCaps(surfaces[u]) && lexicons.names[first] == nil
            && lexicons.demonyms[first] == nil && !lexicons.isOfficeWord(first)
            && lexicons.orgHeadKeywords[first] == nil
            && lexicons.placeKeywords[first] == nil && !lexicons.nonNames.contains(first)
        // "Junius Ho": a family name that is also a common word may end a name whose first word is name-shaped.
        let lastIsFamilyName =
            n - innerParticles == 2 && isNameShaped(u) && lexicons.familyNames[last] != nil
            && !NameFolding.isAllCaps(surfaces[v - 1])
            && lexicons.names[last] == nil && !lexicons.isOfficeWord(last) && lexicons.orgHeadKeywords[last] == nil
            && lexicons.placeKeywords[last] == nil && !lexicons.nonNames.contains(last)
        // "Karel van Dijkstra", "Dafydd ap Gwyn": a lower-case particle inside a name of name-shaped words.
        func isParticle(_ k: Int) -> Bool {
            k > u && k < v - 1 && !capitalized[k] && isParticleWord(k)
        }
        let particles = (u..<v).filter(isParticle).count
        if n >= 2 && n - particles <= 3 && particles <= 2 && !initial[u] && !afterArticle
            && (u..<v).allSatisfy({
                isNameShaped($0) || $0 == u && firstMayBeCommon || $0 == v - 1 && lastIsFamilyName || isParticle($0)
            })
        {
            addPerson(u, v, rule: .personNameShape, strength: 1, source: nil, role: nil, gender: nil)
            return
        }
        // "published in The Lancet Public Health", "a song by The Beatles": a capital "The" inside a
        // sentence opens the title of a publication, a band or another organisation.
        // ("in The Hague": a gazetteer name that keeps its "The" is that place; "going by the name
        // "The Katherinator"": a quoted name is a nickname or a work's title.)
        if u > 0, surfaces[u - 1] == "The", !initial[u - 1], lexicons.givenNames[first] == nil,
            (u..<v).allSatisfy({ capitalized[$0] && !lexicons.isOfficeWord(folded[$0]) })
        {
            if let row = lexicons.names["the " + (u..<v).map({ folded[$0] }).joined(separator: " ")] {
                add(u - 1, v, type: row.type, strength: 2, rule: row.rule, source: row.source)
                return
            }
            if !isQuotedTitle(u, v) {
                add(u, v, type: .organization, strength: 1, rule: .orgCapitalThe, source: nil)
                return
            }
        }
        add(u, v, type: nil, strength: 0, rule: .aliasSameName, source: nil)
    }

    /// The lexicon row of a company's ending glued to token `i` ("Arianespace"): a capitalised word of
    /// seven letters or more, the rest in lower case, no given or family name, a stem of four letters.
    private func companyNameEnding(_ i: Int) -> LexiconSource? {
        let f = folded[i]
        guard f.utf8.count >= 7, capitalized[i], !NameFolding.isAllCaps(surfaces[i]),
            surfaces[i].dropFirst().allSatisfy({ $0.isLowercase }),
            lexicons.givenNames[f] == nil, lexicons.familyNames[f] == nil, !lexicons.commonWords.contains(f)
        else { return nil }
        for (ending, source) in lexicons.companyNameEndings where f.hasSuffix(ending) && f.count - ending.count >= 4 {
            return source
        }
        return nil
    }

    /// A lower-case particle of a name: "de", "von", "los" (after "de"), "la".
    private func isParticleWord(_ k: Int) -> Bool {
        let w = String(surfaces[k])
        return lexicons.connectors.contains(w) || lexicons.particleArticles.contains(w)
    }

    /// "Joo-Ho", "Seo-yeon", "Siu-lai": two short syllables joined by a hyphen, the first capitalised.
    static func isHyphenatedGivenName(_ s: Substring) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { $0.count >= 2 && $0.count <= 6 && $0.allSatisfy(\.isLetter) }
            && parts[0].first!.isUppercase && parts[0].dropFirst().allSatisfy(\.isLowercase)
            && parts[1].dropFirst().allSatisfy(\.isLowercase)
    }

    /// "Prize-winner": hyphenated common words with a lower-case part ("Min-Woo" is a name).
    private func isHyphenatedCommon(_ i: Int) -> Bool {
        guard folded[i].utf8.contains(0x2D) else { return false }
        let parts = surfaces[i].split(separator: "-")
        return parts.allSatisfy { lexicons.commonWords.contains(NameFolding.fold($0)) }
            && parts.dropFirst().contains { NameFolding.isLowercaseWord($0) }
    }

    /// A capitalised word that is no common word, no acronym and in no gazetteer.
    private func isNameShaped(_ i: Int) -> Bool {
        capitalized[i] && !has(i, .commonWords) && !NameFolding.isAllCaps(surfaces[i])
            && !isHyphenatedCommon(i)
            && !has(i, .names) && !has(i, .demonyms)
            && !lexicons.isOfficeWord(folded[i])
            && surfaces[i].unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’"
            }
    }

    /// A whole sequence that a keyword makes one organisation or place ("University of
    /// North Carolina", "Kennedy Space Center"), though gazetteer names stand inside it.
    private mutating func wholeSequenceByKeyword(_ s0: Int, _ end0: Int) -> Bool {
        var s = s0
        var end = end0
        // "Museum of Flight CEO": an office after the organisation belongs to what follows.
        while end - s > 2 && has(end - 1, .offices)
            && !has(end - 1, .orgHeadKeywords)
        { end -= 1 }
        guard end - s >= 2 else { return false }
        // "US State Department": the country is a place of its own, the organisation is the rest.
        // "Greek Ministry of Culture", "Italian Supreme Court of Cassation": a demonym before "X of Y"
        // is no part of the name.
        if end - s >= 4, has(s, .demonyms),
            folded[s + 2] == "of"
                && (has(s + 1, .orgOpeners) || has(s + 1, .orgHeadKeywords))
                || end - s >= 5 && folded[s + 3] == "of" && capitalized[s + 1] && capitalized[s + 2]
                    && !has(s + 1, .demonyms)
                    && (has(s + 2, .orgOpeners) || has(s + 2, .orgHeadKeywords))
        {
            s += 1
        }
        if let (length, row) = nameMatch(s, end), row.type == .place, row.rank <= 1, end - s - length >= 2, length == 1,
            NameFolding.isAllCaps(surfaces[s]),
            has(end - 1, .orgHeadKeywords) || has(s + length, .orgOpeners)
                || organizationCenter(s + length, end) != nil
                || has(s + length, .orgHeadKeywords) && s + length + 1 < end
                    && folded[s + length + 1] == "of"
        {
            addKnown(s, s + length, row)
            s += length
        } else if let (length, row) = nameMatch(s, end), row.type == .place, row.rank <= 1, end - s - length >= 2,
            let (rest, known) = nameMatch(s + length, end), s + length + rest == end, known.type == .organization
        {
            // "United Kingdom Home Office": a country, then a known organisation.
            addKnown(s, s + length, row)
            s += length
        }
        let n = end - s
        let first = folded[s]
        let last = folded[end - 1]
        let personReading = lexicons.givenNames[first] != nil && lexicons.familyNames[last] != nil
        if nameMatch(s, end)?.0 == n || personReading {
            if s != s0 {
                segment(s, end0)
                return true
            }
            return false
        }
        // "League One", "League Two": a league keyword and the number of its division.
        if n == 2, lexicons.orgHeadKeywords[first] != nil, Self.divisionNumbers.contains(last) {
            add(s, end, type: .organization, strength: 2, rule: .orgKeyword, source: lexicons.orgHeadKeywords[first])
            if end < end0 { segment(end, end0) }
            return true
        }
        // "Universität Wien", "Universidad de Chile": a head of another language opens the name;
        // "Electricity North West": an organisation keyword before compass words.
        let opener =
            lexicons.orgForeignHeads[first]
            ?? (((s + 1)..<end).allSatisfy { Self.compassWords.contains(folded[$0]) } ? lexicons.orgHeadKeywords[first] : nil)
        if let source = lexicons.orgHeadKeywords[last] ?? opener ?? organizationCenter(s, end) {
            // ("Electricity North West": the compass words name no place of their own here.)
            add(
                s, end, type: .organization, strength: 2, rule: .orgKeyword, source: source,
                nested: lexicons.orgHeadKeywords[last] != nil || organizationCenter(s, end) != nil)
            if end < end0 { segment(end, end0) }
            return true
        }
        // A keyword before "of" anywhere: "Massachusetts Institute of Technology", "Gulf of Mexico".
        var ofKeyword: (Int, LexiconSource, EntityType)?
        for k in (s + 1)..<(end - 1) where folded[k] == "of" || folded[k] == "for" {
            if let source = lexicons.orgOpeners[folded[k - 1]] ?? lexicons.orgHeadKeywords[folded[k - 1]] {
                ofKeyword = (k - 1, source, .organization)
                break
            }
            if let source = lexicons.placeKeywords[folded[k - 1]] {
                // "Australian Centre for Control of ...": a centre "for" a cause is an organisation.
                ofKeyword = (k - 1, source, folded[k] == "for" && Self.centreWords.contains(folded[k - 1]) ? .organization : .place)
                break
            }
        }
        if n >= 3, let (k, source, type) = ofKeyword {
            // "University of Texas Arlington Amneh Jafari": a given name and another word end the organisation.
            var cut = end
            for j in (k + 3)..<end
            where j + 1 < end && has(j, .givenNames) && !has(j, .names) {
                cut = j
                break
            }
            add(s, cut, type: type, strength: 2, rule: type == .place ? .placeKeyword : .orgKeyword, source: source)
            if cut < end0 { segment(cut, end0) }
            return true
        }
        if isServiceDistrict(s, end) {
            add(s, end, type: .organization, strength: 2, rule: .orgServiceDistrict, source: nil)
            if end < end0 { segment(end, end0) }
            return true
        }
        if let source = lexicons.placeKeywords[last], !isQuotedTitle(s, end) {
            add(s, end, type: .place, strength: 2, rule: .placeKeyword, source: source)
            if end < end0 { segment(end, end0) }
            return true
        }
        if s != s0 {
            segment(s, end0)
            return true
        }
        return false
    }

    /// A lower-case office just before token `u` ("special envoy", "spokesman").
    private func roleBefore(_ u: Int) -> (String, EntityLexicons.Office)? {
        guard u > 0, entry.tokens[u - 1].kind == .word,
            NameFolding.isLowercaseWord(surfaces[u - 1]) || has(u - 1, .offices),
            let office = lexicons.offices[folded[u - 1]], blockOf[u - 1] == blockOf[u], folded[u - 1].count >= 4
        else { return nil }
        // Back over the words of the office: "national security and defence council chief".
        var q = u - 1
        var start = q
        while q > 0 && blockOf[q - 1] == blockOf[u] && entry.tokens[q - 1].kind == .word
            && (NameFolding.isLowercaseWord(surfaces[q - 1])
                || initial[q - 1] && has(q - 1, .officeModifiers))
        {
            let w = folded[q - 1]
            if lexicons.officeModifiers.contains(w) || lexicons.offices[w] != nil || lexicons.orgHeadKeywords[w] != nil
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

    /// The lexicon row of an office only organisations hold ("chief executive", "chair") at `q`.
    private func organizationOfficeAfter(_ q: Int) -> LexiconSource? {
        guard q < folded.count else { return nil }
        let two = q + 1 < folded.count ? folded[q] + " " + folded[q + 1] : ""
        if let row = lexicons.organizationOffices[two] { return row }
        return lexicons.organizationOffices[folded[q]]
    }

    /// ", the health minister," after a name: the office phrase.
    private func appositionAfter(_ v: Int) -> String? {
        let tokens = entry.tokens
        guard v + 2 < tokens.count, surfaces[v] == "," else { return nil }
        var q = v + 1
        if ["the", "a", "an"].contains(surfaces[q]) { q += 1 }
        let start = q
        while q < tokens.count && q - start < 6 && tokens[q].kind == .word {
            if has(q, .offices), q + 1 < tokens.count,
                surfaces[q + 1] == "," || surfaces[q + 1] == "."
            {
                return text(start, q + 1)
            }
            q += 1
        }
        return nil
    }

    private func reportingVerbAround(_ u: Int, _ v: Int) -> Bool {
        let tokens = entry.tokens
        if v < tokens.count, lexicons.reportingVerbs.contains(String(surfaces[v])) { return true }
        if u > 0, lexicons.reportingVerbs.contains(String(surfaces[u - 1])) {
            if v >= tokens.count || tokens[v].kind == .punctuation { return true }
        }
        return false
    }

    // MARK: Emitting

    private func text(_ u: Int, _ v: Int) -> String {
        let tokens = entry.tokens
        return entry.text.entityString(TextRange(utf8Start: tokens[u].range.utf8Start, utf8End: tokens[v - 1].range.utf8End))
    }

    private func words(_ u: Int, _ v: Int) -> [String] {
        Array(folded[u..<v])
    }

    /// Places named inside a keyword-made name ("Volgograd" in "Volgograd Arena", "Texas" in
    /// "University of Texas"): countries, regions, subdivisions and big cities, as mentions of their own.
    private mutating func addNestedPlaces(_ u: Int, _ v: Int) {
        var p = u
        while p < v {
            if let (length, row) = nameMatch(p, v), row.type == .place, p + length <= v,
                row.rank <= 3 && (length > 1 || !has(p, .commonWords)) || row.population >= 100_000
            {
                if !(length == 1 && (has(p, .givenNames) || has(p, .commonWords)))
                {
                    addKnown(p, p + length, row)
                }
                p += length
            } else {
                p += 1
            }
        }
    }

    private mutating func add(
        _ u: Int, _ v: Int, type: EntityType?, strength: Int, rule: RuleID, source: LexiconSource?,
        canonicalKey: String? = nil, role: String? = nil, gender: Entity.Gender? = nil, nested: Bool = true
    ) {
        if nested && (rule == .orgKeyword || rule == .placeKeyword) { addNestedPlaces(u, v) }
        let tokens = entry.tokens
        var range = TextRange(utf8Start: tokens[u].range.utf8Start, utf8End: tokens[v - 1].range.utf8End)
        // "on X." at a sentence's end: the period is the sentence's, not the name's.
        let lastSurface = surfaces[v - 1]
        if lastSurface.count > 1, lastSurface.hasSuffix("."), lastSurface.dropLast().firstIndex(of: ".") == nil,
            !Self.abbreviationsKeepingPeriod.contains(folded[v - 1])
        {
            range = TextRange(utf8Start: range.utf8Start, utf8End: range.utf8End - 1)
        }
        var m = NameMention(
            entry: entry.entry.index, range: range, surface: entry.text.entityString(range), words: words(u, v),
            type: type,
            strength: strength, provenance: Provenance(rule: rule, lexicon: source), canonicalKey: canonicalKey,
            role: role, gender: gender)
        m.key = canonicalKey ?? NameMention.key(words: m.words, variants: lexicons.variants)
        // "Geophysical Institute (IGP)": an acronym in brackets right after a name stands for it.
        if v == u + 1, u >= 2, surfaces[u - 1] == "(", NameFolding.isAllCaps(surfaces[u]), let previous = mentions.last,
            previous.entry == m.entry, previous.range.utf8End == tokens[u - 2].range.utf8End,
            previous.words.count >= 2
        {
            // "Mohammed bin Salman (MBS)": a person's initials stand for the person.
            if previous.type != .person {
                m.expands = previous.key
            } else if previous.words.count <= 5, String(previous.words.compactMap(\.first)) == folded[u] {
                m.expands = previous.key
                m.type = nil
                m.provenance = Provenance(rule: .aliasInitials)
            }
        }
        // "CEI (Conferenza Episcopale Italiana)", "the VPA (Agency for Port Works of Vell)": a name in
        // brackets right after an acronym, whose words' initials spell the acronym's letters in any order
        // (a translated name), is what the acronym stands for.
        if type != .person, u >= 2, surfaces[u - 1] == "(", v < tokens.count, surfaces[v] == ")",
            let k = mentions.indices.last, mentions[k].entry == m.entry, mentions[k].words.count == 1,
            mentions[k].range.utf8End == tokens[u - 2].range.utf8End, NameFolding.isAllCaps(surfaces[u - 2]),
            mentions[k].type == nil || mentions[k].type == .organization
        {
            let letters = m.words.filter { !Self.acronymSkipWords.contains($0) }.compactMap(\.first)
            if letters.count >= 2, letters.sorted() == Array(folded[u - 2]).sorted() { mentions[k].expands = m.key }
        }
        // "Mohammed bin Salman, known as MBS,": the person's initials after "known as".
        if v == u + 1, u >= 4, folded[u - 1] == "as", folded[u - 2] == "known", NameFolding.isAllCaps(surfaces[u]),
            let previous = mentions.last, previous.entry == m.entry, previous.type == .person,
            previous.words.count >= 2, previous.words.count <= 5,
            previous.range.utf8End == tokens[u - 3].range.utf8End
                || u >= 5 && previous.range.utf8End == tokens[u - 4].range.utf8End
                    && (surfaces[u - 3] == "," || surfaces[u - 3] == "("),
            String(previous.words.compactMap(\.first)) == folded[u]
        {
            m.expands = previous.key
            m.type = nil
            m.provenance = Provenance(rule: .aliasInitials)
        }
        mentions.append(m)
    }

    /// Words an acronym leaves out ("of", "the", "for", and their Romance kin).
    static let acronymSkipWords: Set<String> = ["of", "the", "and", "for", "&", "de", "di", "del", "della", "la", "le", "du"]

    /// Abbreviations whose period belongs to the name ("Jr.", "Inc."), folded without it.
    static let abbreviationsKeepingPeriod: Set<String> = [
        "jr", "sr", "st", "mt", "co", "inc", "ltd", "corp", "bros", "dr", "mr", "mrs", "ms", "jnr", "snr",
    ]

    private mutating func addPerson(
        _ u: Int, _ v: Int, rule: RuleID, strength: Int, source: LexiconSource?, role: String?, gender: Entity.Gender?
    ) {
        // "of Innovation", "for Education": a person's name opens with no lower-case word but a
        // particle of a family name ("ap Iorwerth", "von der Leyen", "al-Sisi").
        if !capitalized[u], entry.tokens[u].kind == .word, NameFolding.isLowercaseWord(surfaces[u]),
            !isParticleWord(u), !Self.isArticleCompound(surfaces[u])
        {
            return
        }
        var g = gender
        if g == nil, let given = lexicons.givenNames[folded[u]] { g = given.gender }
        add(u, v, type: .person, strength: strength, rule: rule, source: source, role: role, gender: g)
    }

    @discardableResult
    private mutating func addKnown(_ u: Int, _ v: Int, _ row: EntityLexicons.NameRow) -> Int {
        var end = v
        // "Washington DC", "Austin, TX": a city with its subdivision code.
        if row.type == .place, end < entry.tokens.count, blockOf[end] == blockOf[u] {
            var q = end
            if surfaces[q] == ",", q + 1 < entry.tokens.count { q += 1 }
            if NameFolding.isAllCaps(surfaces[q]) && lexicons.subdivisionCodes.contains(folded[q])
                && surfaces[q].count <= 4
            {
                end = q + 1
            }
        }
        let strength = row.rule == .placeCity ? (row.population < 100_000 ? 1 : 2) : 3
        // The canonical key only counts when the name ends where the row does.
        let canonical =
            end == v
            ? row.canonicalKey.map {
                NameMention.key(words: $0.split(separator: " ").map(String.init), variants: lexicons.variants)
            } : nil
        add(
            u, end, type: row.type, strength: strength, rule: row.rule, source: row.source,
            canonicalKey: canonical)
        return end
    }

    private mutating func addHandle(range: TextRange, surface: Substring, strength: Int) {
        let words = NameFolding.camelWords(surface)
        var m = NameMention(
            entry: entry.entry.index, range: range, surface: String(surface), words: [NameFolding.fold(surface)],
            type: nil, strength: strength,
            provenance: Provenance(rule: .personHandle), handleWords: words.map { NameFolding.fold($0) })
        m.key = NameMention.key(words: m.handleWords ?? [], variants: lexicons.variants)
        mentions.append(m)
    }

    // MARK: Bylines and credits

    private mutating func byline(_ block: Block) {
        var range = trimmed(block.contentRange)
        guard !range.isEmpty else { return }
        var surface = entry.text.slice(range)
        // "By Jane Doe": the word "By" is no part of the name.
        if surface.hasPrefix("By ") || surface.hasPrefix("by ") {
            range = TextRange(utf8Start: range.utf8Start + 3, utf8End: range.utf8End)
            surface = entry.text.slice(range)
        }
        var parts = surface.split(separator: " ")
        // "Julia Horowitz @juliakhorowitz": the handle is no part of the name.
        if let at = parts.firstIndex(where: { $0.hasPrefix("@") }), at > 0 {
            parts = Array(parts[..<at])
            let end = surface.utf8.distance(from: surface.startIndex, to: parts[parts.count - 1].endIndex)
            range = TextRange(utf8Start: range.utf8Start, utf8End: range.utf8Start + end)
            surface = entry.text.slice(range)
        }
        let ws = parts.map { NameFolding.fold($0) }
        guard !ws.isEmpty, ws.count <= 5, !(ws.count == 1 && lexicons.functionWords.contains(ws[0])) else { return }
        // "Guardian staff reporter": a description, perhaps naming an organisation first.
        if let lower = parts.firstIndex(where: {
            NameFolding.isLowercaseWord($0) && !lexicons.connectors.contains(String($0))
        }) {
            let head = parts[..<lower]
            guard let last = head.last, let row = lexicons.names[ws[..<lower].joined(separator: " ")],
                row.type == .organization
            else { return }
            let end = surface.utf8.distance(from: surface.startIndex, to: last.endIndex)
            let orgRange = TextRange(utf8Start: range.utf8Start, utf8End: range.utf8Start + end)
            var m = NameMention(
                entry: entry.entry.index, range: orgRange, surface: String(entry.text.slice(orgRange)),
                words: Array(ws[..<lower]),
                type: .organization, strength: 3, provenance: Provenance(rule: row.rule, lexicon: row.source),
                canonicalKey: row.canonicalKey)
            m.key = row.canonicalKey ?? NameMention.key(words: m.words, variants: lexicons.variants)
            mentions.append(m)
            return
        }
        // "Al Jazeera", "Reuters staff": an organisation in the byline.
        let key = ws.joined(separator: " ")
        if let row = lexicons.names[key], row.type == .organization {
            var m = NameMention(
                entry: entry.entry.index, range: range, surface: String(surface), words: ws, type: .organization,
                strength: 3,
                provenance: Provenance(rule: row.rule, lexicon: row.source), canonicalKey: row.canonicalKey)
            m.key = row.canonicalKey ?? NameMention.key(words: ws, variants: lexicons.variants)
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
            provenance: Provenance(rule: .entityByline), role: role, gender: lexicons.givenNames[ws[0]]?.gender)
        m.key = NameMention.key(words: ws, variants: lexicons.variants)
        mentions.append(m)
    }

    /// "Reuters", "EPA", "Bernd Debusmann Jr/BBC News", "@AndriyYermak/X": each part a
    /// photographer, an agency or a platform.
    private mutating func imageCredit(_ block: Block) {
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
                addHandle(range: range, surface: surface, strength: 0)
                continue
            }
            let ws = surface.split(separator: " ").map { NameFolding.fold($0) }
            guard !ws.isEmpty, ws.count <= 6, NameFolding.isCapitalized(surface) else { continue }
            let key = ws.joined(separator: " ")
            var m: NameMention
            if let row = lexicons.names[key] {
                m = NameMention(
                    entry: entry.entry.index, range: range, surface: String(surface), words: ws, type: row.type,
                    strength: 3,
                    provenance: Provenance(rule: row.rule, lexicon: row.source), canonicalKey: row.canonicalKey)
            } else if ws.count >= 2 && ws.count <= 4 && isPersonCredit(ws) {
                let given = lexicons.givenNames[ws[0]]
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
            m.key = m.canonicalKey ?? NameMention.key(words: ws, variants: lexicons.variants)
            mentions.append(m)
        }
    }

    /// Whether a credit's words read as a photographer's name: a known given name first, a
    /// generational suffix last, or words that are no common words nor organisation keywords.
    private func isPersonCredit(_ ws: [String]) -> Bool {
        if ws.contains(where: { lexicons.orgHeadKeywords[$0] != nil || lexicons.legalSuffixes[$0] != nil }) {
            return false
        }
        if lexicons.givenNames[ws[0]] != nil || lexicons.generations.contains(ws[ws.count - 1]) { return true }
        return ws.allSatisfy { !lexicons.commonWords.contains($0) && lexicons.names[$0] == nil }
    }

    /// The range without white space at either end.
    private func trimmed(_ range: TextRange) -> TextRange {
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
}

/// What the bytes next to a token say, for tests that would otherwise index the text: whether
/// the token is "v", "vs" or "vs.", and whether the first byte after it (spaces skipped) or the
/// last byte before it is a digit.
struct TokenNeighbours: OptionSet {
    let rawValue: UInt8
    static let versus = TokenNeighbours(rawValue: 1)
    static let digitAfter = TokenNeighbours(rawValue: 2)
    static let digitBefore = TokenNeighbours(rawValue: 4)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var flags: UInt8 = 0
        let n = end - start
        if n >= 1 && n <= 3 && bytes[start] == 0x76
            && (n == 1 || bytes[start + 1] == 0x73 && (n == 2 || bytes[start + 2] == 0x2E))
        {
            flags |= 1
        }
        var k = end
        while k < bytes.count && bytes[k] == 0x20 { k += 1 }
        if k < bytes.count && bytes[k] &- 0x30 < 10 { flags |= 2 }
        k = start - 1
        while k >= 0 && bytes[k] == 0x20 { k -= 1 }
        if k >= 0 && bytes[k] &- 0x30 < 10 { flags |= 4 }
        rawValue = flags
    }
}
