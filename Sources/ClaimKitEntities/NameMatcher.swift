import ClaimKitModel
import ClaimKitText

/// The state the matching rules write (see `NameMatcher.state`).
final class MatchState {
    var mentions: [NameMention] = []
    var firstMention = 0
    var postNominalEnd: Int?
    /// Room for one multi-word lookup key as bytes (`MultiWordKey`): raw memory owned by this object,
    /// written and read by one rule at a time.
    let keyBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: MultiWordKey.capacity)

    deinit { keyBytes.deallocate() }

    /// Empties the state for the next entry (the key bytes are scratch, rewritten before each read).
    func reset() {
        mentions = []
        firstMention = 0
        postNominalEnd = nil
    }
}

/// Finds the names of one entry and types them from the evidence around them: the
/// `matches` half of the entity stage (merging is `AliasMerger`'s job).
///
/// This file holds the per-token state (folded words, capitals, blocks, sentence starts,
/// lexicon memberships in `TokenFacts`), the match loop and the typing of a capitalised
/// sequence (`segment`, `typeUnknown`). The rule families it calls live in extensions, one file
/// each: `+Sequences` (where a sequence ends), `+Gazetteer` (known names), `+People` (offices,
/// titles, name shapes), `+Organizations` (keywords, clubs, bodies, centres), `+Emitting` (token
/// ranges into `NameMention`s) and `+Bylines` (bylines and image credits).
struct NameMatcher {
    let shared: SharedEntityLexicons
    /// The tables, borrowed from `shared` (no copy). The rules read `shared.tables.X` directly: a lookup
    /// through this accessor whose key was a method call copied every table first (about 3,000 instructions).
    var lexicons: EntityLexicons { _read { yield shared.tables } }
    let entry: AnalyzedEntry
    /// Folded surface of each token ("" for non-words).
    let folded: TokenFolds
    /// Each token as written (a `String`: its UTF-8 count is stored, and no substring is made per token).
    let surfaces: TokenSurfaces
    var capitalized: [Bool] = []
    var initial: [Bool] = []
    /// Each token's block index (32 bits: 8 bytes per token of a 200 MB paragraph were 350 MB).
    var blockOf: [Int32] = []
    /// Byte facts of each token for the sports-club test (see `TokenNeighbours`).
    let neighbours: TokenNeighbourFacts
    /// What the rules write while they match (mentions, the current sequence's post-nominal end),
    /// in an object of its own: the rules that add mentions need no mutable matcher, so that no
    /// rule call from another copies the matcher's fields to pass them (a non-mutating method
    /// called from a mutating one received a copy of the whole struct, one memcpy per call).
    let state: MatchState
    /// The mentions found so far (the document's earlier ones in front, see `match(appendingTo:)`).
    var mentions: [NameMention] {
        _read { yield state.mentions }
        nonmutating _modify { yield &state.mentions }
    }
    /// The index in `mentions` of this entry's first mention (`match(appendingTo:)` runs the
    /// rules with the document's earlier mentions in front).
    var firstMention: Int {
        get { state.firstMention }
        nonmutating set { state.firstMention = newValue }
    }
    /// The end of the current sequence's name when letters after it were cut off ("Ann Lee [MP]").
    var postNominalEnd: Int? {
        get { state.postNominalEnd }
        nonmutating set { state.postNominalEnd = newValue }
    }
    /// The tokens written capitalised away from a sentence start, by folded word (see
    /// `isCapitalizedInside`); `capitalized` and `initial` no longer change after `prepare`.
    let capitalizedInside: CapitalizedWordIndex
    /// Each token's lexicon memberships, looked up once per token and lexicon (see `has`).
    let facts: TokenFacts
    /// The gazetteer names found at each token (see `nameMatch`).
    let nameMatches: NameMatchMemo

    /// The matcher of one entry; `pool` lends the token strings' buffers (the entries of a document
    /// share one set, see `TokenBufferPool`).
    init(lexicons: SharedEntityLexicons, entry: AnalyzedEntry, pool: TokenBufferPool? = nil) {
        self.shared = lexicons
        self.entry = entry
        let count = entry.tokens.count
        // (The per-entry objects lent by the pool when no other matcher holds them: emptied, not made.)
        if let pool {
            let lent = pool.matcherState(count: count)
            facts = lent.facts
            nameMatches = lent.memo
            capitalizedInside = lent.index
            state = lent.state
        } else {
            facts = TokenFacts(count: count)
            nameMatches = NameMatchMemo(count: count)
            capitalizedInside = CapitalizedWordIndex()
            state = MatchState()
        }
        let strings = TokenStrings(text: entry.text, tokens: entry.tokens, pool: pool)
        folded = TokenFolds(strings: strings)
        surfaces = TokenSurfaces(strings: strings)
        neighbours = TokenNeighbourFacts(strings: strings)
        prepare()
    }

    /// Whether token `k` as written (not folded) is in the lexicon `fact` names (connectors,
    /// particles, reporting verbs, prepositions): the same answer as looking `String(surfaces[k])`
    /// up, found once per token and table.
    @inline(__always)
    func surfaceIn(_ k: Int, _ fact: LexiconFact) -> Bool {
        if let known = facts.answer(k, fact) { return known }
        return facts.fillSurface(k, fact, shared: shared, strings: strings)
    }

    /// Whether token `k`'s folded word is `text` (an ASCII lower-case literal): `folded[k] == text`,
    /// from the token's lookup key for ASCII words (their folds are those bytes; no string made).
    @inline(__always)
    func foldedIs(_ k: Int, _ text: StaticString) -> Bool {
        let key = fkey(k)
        guard key.hash != 0 else {
            // (A word of other letters may fold to ASCII: compared as strings.)
            return folded[k] == text.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        }
        let b = key.bytes
        guard b.count == text.utf8CodeUnitCount else { return false }
        return text.withUTF8Buffer { t in
            for i in 0..<t.count where b[i] != t[i] { return false }
            return true
        }
    }

    /// Whether token `k` is written exactly `text`, by its bytes. For the literals the rules use
    /// (ASCII without ";", "`" or "K", or "’") byte equality is the same answer as `==` on strings,
    /// without the generic comparison of a substring with a string.
    @inline(__always)
    func surfaceIs(_ k: Int, _ text: StaticString) -> Bool { strings.surfaceIs(k, text) }

    /// Whether token `k`'s folded word is part of an office (`EntityLexicons.isOfficeWord`), from
    /// the token's lexicon bits (a method of the tables struct copied all of it per call).
    @inline(__always)
    func isOfficeWord(_ k: Int) -> Bool { has(k, .offices) || has(k, .officeModifiers) }

    /// Whether no token of `r` is in lexicon `a` or `b`. (A loop in a method that does not mutate: a
    /// closure inside a mutating rule that calls the matcher's methods copied the whole matcher,
    /// a dozen references retained and released, at each call.)
    func noneHas(_ r: Range<Int>, _ a: LexiconFact, _ b: LexiconFact) -> Bool {
        for k in r where has(k, a) || has(k, b) { return false }
        return true
    }

    /// The number of lower-case particles ("van", "de la") among tokens `r` (a loop: see `noneHas`).
    func particleCount(_ r: Range<Int>) -> Int {
        var count = 0
        for k in r where !capitalized[k] && isParticleWord(k) { count += 1 }
        return count
    }

    /// Whether a token of `r` is an Arabic article glued to a name ("al-Balah"; a loop: see `noneHas`).
    func hasArticleCompound(_ r: Range<Int>) -> Bool {
        for k in r where Self.mayBeArticleCompound(strings.tokenBytes(k)) && Self.isArticleCompound(surfaces[k]) {
            return true
        }
        return false
    }

    /// Whether no token of `r` is a common word or written in capitals (a loop: see `noneHas`).
    func noCommonNorAllCaps(_ r: Range<Int>) -> Bool {
        for k in r where has(k, .commonWords) || isAllCapsAt(k) { return false }
        return true
    }

    /// `NameFolding.isAllCaps(surfaces[k])`, from the token's bytes when they are ASCII (no string made).
    @inline(__always)
    func isAllCapsAt(_ k: Int) -> Bool {
        var letters = 0
        for b in strings.tokenBytes(k) {
            if b >= 0x80 { return NameFolding.isAllCaps(surfaces[k]) }
            if b &- 0x61 < 26 { return false }
            if b &- 0x41 < 26 { letters += 1 }
        }
        return letters >= 2
    }

    /// `isInitials(surfaces[k])`, with its last-byte test read from the token's bytes first (most
    /// words end with no period, and need no string).
    @inline(__always)
    func isInitialsAt(_ k: Int) -> Bool {
        let u = strings.tokenBytes(k)
        guard u.count >= 2, u[u.count - 1] == 0x2E else { return false }
        return Self.isInitials(surfaces[k])
    }

    /// Whether token `i`'s folded word is also written capitalised away from a sentence start in
    /// the entry (so "Trump" at a sentence start is kept though "trump" is a common word): the
    /// same answer as a set of those tokens' folded strings, from an index of their lookup keys
    /// built on the first question (`CapitalizedWordIndex`).
    func isCapitalizedInside(_ i: Int) -> Bool {
        capitalizedInside.contains(i, matcher: self)
    }

    /// The entry's token strings, bytes and lookup keys.
    var strings: TokenStrings { folded.strings }

    /// Token `k`'s folded word as a lookup key (no string made for ASCII words).
    @inline(__always)
    func fkey(_ k: Int) -> WordKey { strings.foldedKey(k) }

    /// Whether token `k`'s folded word is in the lexicon `fact` names: the same answer as
    /// looking `folded[k]` up in that table, found once per token and table.
    @inline(__always)
    func has(_ k: Int, _ fact: LexiconFact) -> Bool {
        if let known = facts.answer(k, fact) { return known }
        return facts.fillFolded(k, fact, shared: shared, strings: strings)
    }

    // MARK: Preparation

    mutating func prepare() {
        var bytes = entry.text
        bytes.withUTF8 { prepare(bytes: $0) }
        lowerTitleCaseWords()
    }

    /// Folds, capitals, blocks and sentence-initial positions of every token, from the
    /// text's UTF-8 bytes (ASCII words need no `Substring`).
    mutating func prepare(bytes: UnsafeBufferPointer<UInt8>) {
        let tokens = entry.tokens
        let count = tokens.count
        // (Written into buffers, then made arrays once: no capacity check per append.)
        let caps = UnsafeMutablePointer<Bool>.allocate(capacity: max(count, 1))
        let inits = UnsafeMutablePointer<Bool>.allocate(capacity: max(count, 1))
        let blockIDs = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
        defer {
            caps.deallocate()
            inits.deallocate()
            blockIDs.deallocate()
        }
        var block = 0
        let blocks = entry.entry.blocks
        // (The flags read once: they are another module's statics, behind an accessor call.)
        let opening: Token.Flags = [.sentenceStart, .blockStart]
        let base = bytes.baseAddress
        for i in 0..<count {
            let token = tokens[i]
            let start = token.range.utf8Start
            let end = token.range.utf8End
            // (The token's strings are made when a rule first reads them: `TokenStrings`.)
            if token.kind == .word && start < end {
                let b = bytes[start]
                caps[i] = b < 0x80 ? b &- 0x41 < 26 : NameFolding.isCapitalized(surfaces[i])
            } else {
                caps[i] = false
            }
            while block < blocks.count && blocks[block].range.utf8End <= start { block += 1 }
            blockIDs[i] = Int32(truncatingIfNeeded: block)
            var isInitial = i == 0 || !token.flags.isDisjoint(with: opening)
            if i > 0 && !isInitial {
                let prev = tokens[i - 1]
                if blockIDs[i - 1] != block { isInitial = true }
                switch prev.kind {
                case .openingQuote, .ambiguousQuote, .newline, .dash, .ellipsis: isInitial = true
                case .punctuation:
                    let p = prev.range
                    if Self.opensSentence(UnsafeBufferPointer(start: base.map { $0 + p.utf8Start }, count: p.utf8End - p.utf8Start)) {
                        isInitial = true
                    }
                default: break
                }
            }
            // "Steven F. Udvar-Hazy", "K.C. Maurer": initials do not end a sentence.
            if isInitial && i > 0 && blockIDs[i - 1] == block && isInitialsAt(i - 1) {
                isInitial = false
            }
            inits[i] = isInitial
        }
        capitalized = Array(UnsafeBufferPointer(start: caps, count: count))
        initial = Array(UnsafeBufferPointer(start: inits, count: count))
        blockOf = Array(UnsafeBufferPointer(start: blockIDs, count: count))
    }

    /// The strings of the 128 ASCII bytes, made once (one-byte tokens share them).
    static let oneByteStrings: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

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
            && capitalized[i + 1] && !isAllCapsAt(i + 1)
    }

    /// Whether a token is a person's initials: "F.", "K.C.".
    static func isInitials(_ s: String) -> Bool {
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
    mutating func lowerTitleCaseWords() {
        let tokens = entry.tokens
        var i = 0
        while i < tokens.count {
            let b = blockOf[i]
            var j = i
            while j < tokens.count && blockOf[j] == b { j += 1 }
            // A headline in title case: no lower-case common word, several capitalised ones, no final stop.
            // (The stop is tested first: most blocks are sentences, and need no count.)
            let last = strings.tokenBytes(j - 1)
            let endsLikeSentence =
                last.count == 1 && (last[0] == 0x2E || last[0] == 0x21 || last[0] == 0x3F)
                || tokens[j - 1].kind == .closingQuote
            if endsLikeSentence {
                i = j
                continue
            }
            // "WHO OWNED THE DAM": a subheading in capitals, where a common word is no acronym.
            if isAllCapsBlock(i, j) {
                for k in i..<j
                where tokens[k].kind == .word && has(k, .commonWords) && !has(k, .names) && !has(k, .offices)
                    && !has(k, .orgHeadKeywords) && !has(k, .placeKeywords) && !has(k, .givenNames)
                {
                    capitalized[k] = false
                }
                i = j
                continue
            }
            var lowerCommon = 0
            var capitalCommon = 0
            for k in i..<j {
                // Four characters or more (the UTF-8 length bounds the count from above).
                // (An ASCII word has as many characters as bytes: no string made to count them.)
                if tokens[k].kind == .word && !initial[k] && strings.byteCount(k) >= 4 && has(k, .commonWords)
                    && (strings.tokenBytes(k).allSatisfy({ $0 < 0x80 }) || surfaces[k].count >= 4)
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
                    && !(has(k, .names) && shared.tables.names[fkey(k)]?.needsContext != true) && !has(k, .offices)
                    && !has(k, .givenNames)
                    && !has(k, .orgHeadKeywords) && !has(k, .placeKeywords)
                {
                    capitalized[k] = false
                }
            }
            i = j
        }
    }

    /// Whether the block of tokens `i..<j` is written in capitals: three words or more, every one
    /// of them in capitals ("WHO OWNED THE DAM"), no final stop asked.
    func isAllCapsBlock(_ i: Int, _ j: Int) -> Bool {
        let tokens = entry.tokens
        var words = 0
        for k in i..<j where tokens[k].kind == .word {
            // (A lower-case ASCII letter first, from the bytes: most blocks fail at their first word.)
            // ("A", "I": one capital letter is no word in lower case.)
            let b = strings.tokenBytes(k)
            if b.contains(where: { $0 &- 0x61 < 26 }) || b.count > 1 && !isAllCapsAt(k) { return false }
            words += 1
        }
        return words >= 3
    }

    /// Whether token `k` lies in a block written in capitals (`isAllCapsBlock`).
    func inAllCapsBlock(_ k: Int) -> Bool {
        var i = k
        while i > 0 && blockOf[i - 1] == blockOf[k] { i -= 1 }
        var j = k + 1
        while j < blockOf.count && blockOf[j] == blockOf[k] { j += 1 }
        return isAllCapsBlock(i, j)
    }

    // MARK: Matching

    /// Runs every rule over the entry and appends its mentions to `all`, which is moved into
    /// the matcher and back (its mentions are never copied).
    func match(appendingTo all: inout [NameMention]) {
        swap(&mentions, &all)
        firstMention = mentions.count
        match()
        swap(&mentions, &all)
    }

    /// Runs every rule over the entry.
    func match() {
        let blocks = entry.entry.blocks
        let tokens = entry.tokens
        var i = 0
        while i < tokens.count {
            let b = Int(blockOf[i])
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
            // "Ohio-based Brightwater Brands": the place before "-based".
            if capitalized[i], isDescriptiveCompound(i), addPlaceBeforeBased(i) {
                i += 1
                continue
            }
            guard capitalized[i] && !isDescriptiveCompound(i) else {
                // "the transport ministry", "the health department": a lower-case public body.
                // (Its word is "ministry", "department" or "coastguard", or a service's "guard", "police",
                // "brigade", "service", "authority": the token's byte count rules out many other words
                // before the call.)
                let n = strings.byteCount(i)
                if n >= 5 && n <= 10, let start = lowercaseBodyStart(i) {
                    add(start, i + 1, type: .organization, strength: 2, rule: .orgLowercaseBody, source: nil, nested: false)
                }
                // "the prefecture of Treviso": a lower-case local authority and its known place.
                // (Array tests at the call: this runs at every lower-case word.)
                if i + 2 < tokens.count, capitalized[i + 2], let end = authorityOfEnd(i) {
                    add(i, end, type: .organization, strength: 2, rule: .orgAuthorityOf, source: nil, nested: false)
                    add(i + 2, end, type: .place, strength: 2, rule: .placeKindOf, source: nil, nested: false)
                    i = end
                    continue
                }
                // "dell'Orso said": an Italian surname opening with its elided article, in lower case.
                if strings.tokenBytes(i).first == 0x64, isElidedSurname(i), isStandaloneElidedSurname(i) {
                    addElidedSurname(i)
                }
                i += 1
                continue
            }
            // "FT: Hibs 2-1 Hearts", "HT: 0-0": a match report's time label, no Financial Times.
            if i + 1 < tokens.count, surfaceIs(i + 1, ":"), Self.matchTimeLabels.contains(fkey(i)),
                isAllCapsAt(i)
            {
                i += 1
                continue
            }
            // "US$ 20,000", "HK$300", "GH₵5m", "GH¢2.6 million": a currency's country letters name no place.
            if i + 1 < tokens.count, surfaceIs(i + 1, "$") || surfaceIs(i + 1, "₵") || surfaceIs(i + 1, "¢"),
                tokens[i + 1].range.utf8Start == tokens[i].range.utf8End,
                surfaces[i].utf8.count <= 3, isAllCapsAt(i)
            {
                i += 1
                continue
            }
            // "Highway 5", "Route 66": a road's word and its number.
            if let length = roadNumberLength(i) {
                add(i, i + length, type: .place, strength: 2, rule: .placeRoadNumber, source: nil, nested: false)
                i += length
                continue
            }
            // "Reto "Tschögg" Casanova": a nickname in quotation marks inside the name.
            if let (end, familyStart) = nicknamedNameEnd(i) {
                addNicknamedPerson(i, end: end, familyStart: familyStart)
                i = end
                continue
            }
            // "LAGOS – Officers said": a dateline's place in capitals.
            if let row = datelinePlace(i) {
                i = addKnown(i, i + 1, row)
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

    /// The team word opening or else ending `start..<end` (a method, not a `??`, whose autoclosure
    /// copied the matcher and its tables).
    func teamWordSource(_ start: Int, _ end: Int) -> LexiconSource? {
        if let source = (has(start, .teamWords) ? shared.tables.teamWords[fkey(start)] : nil) { return source }
        return (has(end - 1, .teamWords) ? shared.tables.teamWords[fkey(end - 1)] : nil)
    }

    /// The place keyword ending `u..<v`, or else opening it when no "of" follows its first word.
    func placeKeywordSource(_ u: Int, _ v: Int) -> LexiconSource? {
        if let source = (has(v - 1, .placeKeywords) ? shared.tables.placeKeywords[fkey(v - 1)] : nil) { return source }
        return foldedIs(u + 1, "of") ? nil : (has(u, .placeKeywords) ? shared.tables.placeKeywords[fkey(u)] : nil)
    }

    func isCommonAtStart(_ i: Int) -> Bool {
        guard
            has(i, .commonWords) || has(i, .nonNames)
                || strings.tokenBytes(i).contains(0x2D)
                    && folded[i].split(separator: "-").allSatisfy({ shared.tables.commonWords.contains(String($0)) })
        else { return false }
        // "K.C. Maurer": initials before a name ("kc" is a common word only without its periods).
        if isInitialsAt(i), i + 1 < capitalized.count, capitalized[i + 1] { return false }
        if has(i, .names), let row = shared.tables.names[fkey(i)], row.rank < 3 && !row.needsContext { return false }
        if has(i, .offices) { return false }
        if has(i, .givenNames), i + 1 < capitalized.count, capitalized[i + 1] { return false }
        // A folded word seen capitalised away from a sentence start (so "Trump" at a sentence start
        // is kept though "trump" is a common word). (`capitalized` and `initial` no longer change
        // after `prepare`; a scan of the entry's keys, no set of strings per entry; asked last, after
        // the tests that need no index of the entry.)
        return !isCapitalizedInside(i)
    }

    /// Splits a capitalised sequence into roles, known names and unknown runs, and types each.
    /// Legal forms as written after a company's name that nothing but a company ends with
    /// (case as written: "AG", not "Ag"; "Co", "SA", "KG" are left out as other words too).
    /// (A `WordSet` asked by the token's surface key: the answers of a `Set<String>` of the surface,
    /// with no string made.)
    static let companyForms: WordSet = [
        "AG", "GmbH", "Ltd", "Ltd.", "plc", "PLC", "Inc", "Inc.", "LLC", "NV", "BV", "KGaA", "Oyj", "ASA", "Bhd", "Ltda",
        "SpA", "SARL", "Corp", "Corp.", "Pty", "Pte", "LLP",
    ]

    /// Landform and harbour words that open a place's name ("Lake Naivasha", "Mount Kenya", "Port Klang"),
    /// as written.
    static let landformOpeners: WordSet = ["Lake", "Mount", "Cape", "Port"]

    /// "west of Lodwar", "north-east of Goma": a compass word and "of" before `p`.
    func afterCompassOf(_ p: Int) -> Bool {
        guard p >= 2, surfaceIs(p - 1, "of") else { return false }
        let k = p - 2
        return foldedIs(k, "north") || foldedIs(k, "south") || foldedIs(k, "east") || foldedIs(k, "west")
            || foldedIs(k, "northeast") || foldedIs(k, "northwest") || foldedIs(k, "southeast")
            || foldedIs(k, "southwest") || foldedIs(k, "north-east") || foldedIs(k, "north-west")
            || foldedIs(k, "south-east") || foldedIs(k, "south-west")
    }

    func segment(_ start: Int, _ end: Int) {
        // "Storm Ciara", "Tropical Storm Ida": the name of a weather event, no person.
        if let length = weatherEventLength(start, end) {
            add(start, start + length, type: .other, strength: 3, rule: .weatherEvent, source: nil, nested: false)
            if start + length < end { segment(start + length, end) }
            return
        }
        // "the Third Naval Zone": an ordinal, a service's word and a command's word.
        if capitalized[start], let length = militaryCommandLength(start, end) {
            add(start, start + length, type: .organization, strength: 2, rule: .orgMilitaryCommand, source: nil, nested: false)
            if start + length < end { segment(start + length, end) }
            return
        }
        // "Ringaskiddy, Co Cork": a county after "Co" is a place, "Co" and all.
        if let length = countyAfterCoLength(start, end) {
            add(start, start + length, type: .place, strength: 2, rule: .placeKeyword, source: nil, nested: false)
            return
        }
        // "PT Pelabuhan Indonesia Timur", "JSC Ukrainian Railways": a legal form opening the name.
        if let source = legalPrefixOrganization(start, end) {
            add(start, end, type: .organization, strength: 2, rule: .orgLegalPrefix, source: source, nested: false)
            return
        }
        // "Alto del Cordal", "Pola de Lena", "Col du Galibier": a place word of another language, then a
        // particle and a name, is a place (a gazetteer name of the whole keeps its own row).
        if end - start >= 3, let source = shared.tables.placeParticleOpeners[fkey(start)],
            entry.tokens[start + 1].kind == .word, surfaceIn(start + 1, .connectors),
            nameMatch(start, end).map({ $0.0 < end - start }) ?? true
        {
            add(start, end, type: .place, strength: 2, rule: .placeKeyword, source: source, nested: false)
            return
        }
        // "Via Roma", "Ponte Santa Giustina": a street or bridge word of another language opens a place's name.
        if let source = streetOpenerSource(start, end) {
            add(start, end, type: .place, strength: 2, rule: .placeStreetOpener, source: source, nested: false)
            return
        }
        // "Team Kestrel", "Movistar Team", "Equipo Talavera", "Lusitânia Pro Cycling": a team's word
        // opening or ending the name makes a sports team (no office or known given name inside).
        if end - start >= 2, end - start <= 5,
            let source = teamWordSource(start, end),
            noneHas((start + 1)..<end, .offices, .functionWords),
            !has(start + 1, .givenNames) || !has(start, .teamWords)
        {
            add(start, end, type: .organization, strength: 2, rule: .orgTeam, source: source, nested: false)
            return
        }
        // "Everton FC", "Harwick Rovers", "Crewe Alexandra AFC": a club word that names only clubs
        // ("FC", "Rovers"; not "City" or "Town") ending the name makes a club, whatever the words
        // before it would read as alone (a given name, a town).
        if end - start >= 2, end - start <= 4, let club = (has(end - 1, .clubWords) ? shared.tables.clubWords[fkey(end - 1)] : nil), !club.britishOnly,
            !foldedIs(end - 1, "united"), !has(start, .functionWords),
            noneHas(start..<(end - 1), .offices, .clubWords)
        {
            add(start, end, type: .organization, strength: 2, rule: .orgClub, source: club.source, nested: false)
            return
        }
        // A lone function word ("The", "He", "In" opening a sentence) is the whole sequence: both ways
        // below drop it (the common-opener test, or else the function-word loop), with nothing else
        // to add: decided before the common-opener test and its lookups.
        if end - start == 1 && has(start, .functionWords) { return }
        var s = start
        if initial[s] && isCommonAtStart(s) && nameMatch(s, end).map({ $0.0 < 2 }) ?? true && officeRun(s, end) == nil
            && nationBody(s, end) == nil && !keepsCommonOpener(s, end)
            // "Van der Merwe said": a common word before a lower-case particle and a name opens the name.
            && !(s + 2 < end && !capitalized[s + 1] && isParticleWord(s + 1) && capitalized[s + 2])
        {
            s += 1
        }
        // ("a paper by AS Heagle": two capitals that fold to a function word are initials before one word.)
        while s < end
            && (has(s, .functionWords) || has(s, .nonNames) && s + 1 < end)
            && !(end - s == 2 && isAuthorInitials(s))
        { s += 1 }
        // "Two Navy helicopters": a count opens no name.
        if s < end, opensWithNumberWord(s, end) { s += 1 }
        let rawEnd = end
        var end = end
        while end > s
            && (has(end - 1, .nonNames) || has(end - 1, .functionWords))
            && end - s > 1 && !(end - s == 2 && isFamilyNameFunctionWord(end - 1))
            // ("Hoi An": a gazetteer name ending in the word keeps it.)
            && !gazetteerNameEnds(s, end)
        { end -= 1 }
        guard s < end else { return }
        // "Ried im Innkreis", "Halle an der Saale": a town's particle inside makes a place.
        if isParticlePlaceName(s, end) {
            add(s, end, type: .place, strength: 2, rule: .placeNameParticle, source: nil, nested: false)
            return
        }
        // "the patrol ship Marinero Fuentealba": a ship's name, no person.
        if followsVesselWord(s), officeRun(s, end) == nil, nameMatch(s, end).map({ $0.0 < end - s }) ?? true {
            add(s, end, type: .other, strength: 3, rule: .vesselName, source: nil, nested: false)
            return
        }
        // "the Korean peninsula", "Kelowna airport", "the Indonesian navy": a lower-case landform or
        // public body's word right after the name.
        if end == rawEnd, let (length, type, rule) = lowercaseHeadAfter(s, end) {
            add(s, end + length, type: type, strength: 2, rule: rule, source: nil, nested: false)
            return
        }
        // "Trần Phú street", "the Siti Hasmah hospital", "Tisza Lajos krt. 12": a street, water, facility
        // or address word after the name.
        if end == rawEnd, let (length, type, rule) = namedHeadAfter(s, end) {
            add(s, end + length, type: type, strength: type == .other ? 3 : 2, rule: rule, source: nil, nested: false)
            return
        }
        // "Ann Lee MP", "Raj Patel OBE FRS": letters after a name end it.
        postNominalEnd = nil
        var cut = end
        while cut - s > 1 && isPostNominal(cut - 1) { cut -= 1 }
        if cut < end && isPostNominalName(s, cut) {
            end = cut
            postNominalEnd = cut
        }
        // "Lake Naivasha", "Mount Kenya": a landform word opening a name makes a place of the
        // whole, though the name alone is a town's or a country's.
        if end - s >= 2, end - s <= 4, Self.landformOpeners.contains(strings.surfaceKey(s)), !foldedIs(s + 1, "of"),
            ((s + 1)..<end).allSatisfy({ capitalized[$0] }),
            nameMatch(s, end).map({ $0.0 < end - s }) ?? true,
            let source = (has(s, .placeKeywords) ? shared.tables.placeKeywords[fkey(s)] : nil)
        {
            add(s, end, type: .place, strength: 2, rule: .placeKeyword, source: source, nested: false)
            return
        }
        // "Fernverkehr Deutschland AG", "Siemens Leipzig GmbH": a company's legal form written as
        // only companies write it ends the name, whatever the words before it would read as
        // alone (a country, a town).
        if end - s >= 2, Self.companyForms.contains(strings.surfaceKey(end - 1)),
            let source = (has(end - 1, .legalSuffixes) ? shared.tables.legalSuffixes[fkey(end - 1)] : nil),
            officeRun(s, end) == nil
        {
            add(s, end, type: .organization, strength: 2, rule: .orgSuffix, source: source, nested: false)
            return
        }
        if let source = nationBody(s, end) {
            add(s, end, type: .organization, strength: 2, rule: .orgNationBody, source: source, nested: false)
            return
        }
        if isLocalGovernment(s, end) {
            add(s, end, type: .organization, strength: 2, rule: .orgLocalGovernment, source: nil)
            return
        }
        if compassPlace(s, end) {
            add(s, end, type: .place, strength: 2, rule: .placeCompass, source: nil, nested: false)
            return
        }
        if sportsClub(s, end) {
            add(s, end, type: .organization, strength: 2, rule: .orgSportsClub, source: nil, nested: false)
            // "Aberdeen manager": the club keeps apart from the town of the same name.
            if let row = shared.tables.names[mentions[mentions.count - 1].key], row.type == .place {
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
        if s > 0, let source = (has(s - 1, .organizationDescriptors) ? shared.tables.organizationDescriptors[fkey(s - 1)] : nil), NameFolding.isLowercaseWord(surfaces[s - 1]),
            !has(s, .givenNames), end - s >= 2, nameMatch(s, end).map({ $0.0 < end - s }) ?? true,
            officeRun(s, end) == nil
        {
            add(s, end, type: .organization, strength: 2, rule: .orgDescriptor, source: source)
            return
        }
        // "Lorena Cantú Ibarra": a known given name, then two surname-shaped words, is one person
        // though a word is also a town's name (countries, regions, big cities and keywords aside).
        if end - s == 3, let given = (has(s, .givenNames) ? shared.tables.givenNames[fkey(s)] : nil), !isAllCapsAt(s),
            (has(s, .names) ? shared.tables.names[fkey(s)] : nil).map({ $0.rank >= 3 && $0.population < 500_000 }) ?? true,
            !has(s, .demonyms),
            ((s + 1)..<end).allSatisfy({
                capitalized[$0] && !isAllCapsAt($0) && !has($0, .commonWords)
                    && !isOfficeWord($0) && !has($0, .demonyms)
                    && !has($0, .orgHeadKeywords) && !has($0, .placeKeywords)
                    && ((has($0, .names) ? shared.tables.names[fkey($0)] : nil).map { $0.type == .place && $0.rank >= 3 && $0.population < 500_000 }
                        ?? true)
            }),
            !noneHas((s + 1)..<end, .names, .names),
            !shared.tables.names.contains((s..<end).map({ folded[$0] }).joined(separator: " "))
        {
            addPerson(s, end, rule: .personGivenName, strength: 2, source: given.source, role: nil, gender: given.gender)
            return
        }
        // "Sutrisno, 52, a fisherman", "Nur Aisyah, 34, lost": an age after one to three name-shaped words.
        if agedName(s, end), officeRun(s, end) == nil {
            addPerson(s, end, rule: .personAge, strength: 2, source: nil, role: nil, gender: nil)
            return
        }
        var p = s
        var unknownStart: Int?
        func flush(_ upTo: Int) {
            if let u = unknownStart, u < upTo { typeUnknown(u, upTo, sequenceStart: s) }
            unknownStart = nil
        }
        while p < end {
            // "de los Ángeles", "de la Cruz": a lower-case particle inside a name opens no gazetteer name.
            if p > s, !capitalized[p], unknownStart != nil, entry.tokens[p].kind == .word,
                surfaceIn(p, .connectors) || surfaceIn(p, .particleArticles)
            {
                p += 1
                continue
            }
            if var roleLength = officeRun(p, end), p + roleLength < end {
                // "Governor of Washington Chris Gregoire": the office's place or body, then the name.
                if foldedIs(p + roleLength, "of"), let (length, row) = nameMatch(p + roleLength + 1, end),
                    p + roleLength + 1 + length < end
                {
                    add(
                        p + roleLength + 1, p + roleLength + 1 + length, type: row.type, strength: 2, rule: row.rule,
                        source: row.source,
                        canonicalKey: row.canonicalKey.map {
                            NameMention.key(canonical: $0, variants: shared.tables.variants)
                        })
                    roleLength += 1 + length
                }
                // "Minister of Innovation", "Secretary of Innovation Ana Lopes": the office's field after
                // "of" belongs to the office; a known given name after it opens the person.
                if foldedIs(p + roleLength, "of") || foldedIs(p + roleLength, "for") {
                    var k = p + roleLength + 1
                    while k < end && !has(k, .givenNames) { k += 1 }
                    if k + 1 >= end {
                        flush(p)
                        return
                    }
                    roleLength = k - p
                }
                let nameStart = p + roleLength
                // (The last word's lexicons from its token's bits, the name's key from its bytes: no strings.)
                if !has(end - 1, .orgHeadKeywords) && !has(end - 1, .placeKeywords)
                    && !namesContain(nameStart, end)
                    && !(end - nameStart == 1 && has(end - 1, .nonNames))
                {
                    flush(p)
                    // "Dean Kamen": a title that is also a given name, before one word, is the given name.
                    // ("Prince Harry": a given name after it leaves the title a title.)
                    if roleLength == 1 && end - nameStart == 1, let given = (has(p, .givenNames) ? shared.tables.givenNames[fkey(p)] : nil),
                        !has(nameStart, .givenNames)
                    {
                        addPerson(
                            p, end, rule: .personGivenName, strength: 2, source: given.source, role: nil,
                            gender: given.gender)
                        return
                    }
                    // "Lady Kathrin", "Lord Edmund": a courtesy style before a given name alone is
                    // part of how the person is named ("Lady Helen Taylor" keeps it too).
                    if roleLength == 1 && end - nameStart == 1, foldedIs(p, "lady") || foldedIs(p, "lord"),
                        let given = (has(nameStart, .givenNames) ? shared.tables.givenNames[fkey(nameStart)] : nil)
                    {
                        addPerson(
                            p, end, rule: .personCourtesyTitle, strength: 3, source: given.source, role: nil,
                            gender: foldedIs(p, "lady") ? .female : .male)
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
                    allHave(u..<p, .givenNames)
                        || row.rank >= 3 && p - u >= 2 && surfaceIn(p - 1, .connectors)
                            && allGivenOrNameShaped(u..<(p - 1))
                        // "Pieter van den Berg": a particle of two words.
                        || row.rank >= 3 && p - u >= 3 && surfaceIn(p - 1, .particleArticles)
                            && surfaceIn(p - 2, .connectors)
                            && allGivenOrNameShaped(u..<(p - 2))
                {
                    givenNameStart = true
                }
                // "Jordan Pike", "Chad Osei": a given name that is also a country, then one name-shaped word.
                if length == 1, unknownStart == nil, row.type == .place, has(p, .givenNames),
                    end - p == 2, !isAllCapsAt(p),
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
                    allGivenOrNameShaped(u..<p)
                {
                    givenNameStart = true
                }
                // "... Relations Alia Salem said": a given name, then a town that is also a family name,
                // ending the sequence before a reporting verb: the two are a person, cut from the words before.
                if !givenNameStart, let u = unknownStart, p - 1 > u, row.type == .place, row.rank >= 3, length == 1,
                    p + 1 == end, has(p, .familyNames), has(p - 1, .givenNames),
                    !has(p - 1, .names), reportingVerbAround(p - 1, p + 1)
                {
                    flush(p - 1)
                    let given = (has(p - 1, .givenNames) ? shared.tables.givenNames[fkey(p - 1)] : nil)!
                    addPerson(
                        p - 1, end, rule: .personGivenName, strength: 2, source: given.source, role: nil,
                        gender: given.gender)
                    return
                }
                // A city or subdivision that is also a common word ("Summit", "Western") needs a preposition.
                let afterListComma = p > 1 && surfaceIs(p - 1, ",") && capitalized[p - 2]
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
                        && !(p > 0 && surfaceIn(p - 1, .gazetteerPrepositions))
                        && !afterCompassOf(p)
                        && !coordinatedWithPlace(p)
                        || has(p, .nonNames) || has(p, .functionWords))
                // "Bristol Rovers", "Exeter City": a town and a club word is a sports club;
                // "Gaza City": a place and "City" elsewhere is the city.
                if !givenNameStart, row.type == .place, p + length < end, unknownStart == nil,
                    let club = (has(p + length, .clubWords) ? shared.tables.clubWords[fkey(p + length)] : nil)
                {
                    flush(p)
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
                    flush(p)
                    // "Indiana State Teachers Association President ...": a place that opens an
                    // organisation's name, up to the office after it.
                    if row.type == .place, !isAllCapsAt(p) {
                        var q = p + length
                        while q < end && officeRun(q, end) == nil { q += 1 }
                        if q < end && q - p - length >= 1 && has(q - 1, .orgHeadKeywords) {
                            add(
                                p, q, type: .organization, strength: 2, rule: .orgKeyword,
                                source: (has(q - 1, .orgHeadKeywords) ? shared.tables.orgHeadKeywords[fkey(q - 1)] : nil))
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
        flush(end)
    }

    // MARK: Loops over token ranges
    // (Loops in methods, not closures: a closure passed to `allSatisfy` or `contains` copied the
    // matcher, a dozen references retained and released, at each call.)

    /// Whether every token of `r` is in lexicon `fact`.
    func allHave(_ r: Range<Int>, _ fact: LexiconFact) -> Bool {
        for k in r where !has(k, fact) { return false }
        return true
    }

    /// Whether every token of `r` is a known given name or name-shaped.
    func allGivenOrNameShaped(_ r: Range<Int>) -> Bool {
        for k in r where !(has(k, .givenNames) || isNameShaped(k)) { return false }
        return true
    }

    /// Whether a token of `r` is written `text`.
    func anySurfaceIs(_ r: Range<Int>, _ text: StaticString) -> Bool {
        for k in r where surfaceIs(k, text) { return true }
        return false
    }

    /// Whether every token of `r` is capitalised, not in capitals, no office word and no demonym.
    func allCapitalizedNoOfficeNorDemonym(_ r: Range<Int>) -> Bool {
        for k in r where !(capitalized[k] && !isAllCapsAt(k) && !isOfficeWord(k) && !has(k, .demonyms)) { return false }
        return true
    }

    /// Whether every token of `r` is capitalised and no office word.
    func allCapitalizedNoOffice(_ r: Range<Int>) -> Bool {
        for k in r where !(capitalized[k] && !isOfficeWord(k)) { return false }
        return true
    }

    /// Whether a token of `r` is name-shaped.
    func anyNameShaped(_ r: Range<Int>) -> Bool {
        for k in r where isNameShaped(k) { return true }
        return false
    }

    /// Whether a token of `r` is name-shaped or a known given name.
    func anyNameShapedOrGiven(_ r: Range<Int>) -> Bool {
        for k in r where isNameShaped(k) || has(k, .givenNames) { return true }
        return false
    }

    /// The name-shape reading of `u..<v`: every word name-shaped, or the first a possible common word,
    /// or the last a family name, or a lower-case particle inside ("Karel van Dijkstra").
    func allNameLike(_ u: Int, _ v: Int, firstMayBeCommon: Bool, lastIsFamilyName: Bool) -> Bool {
        for k in u..<v
        where !(isNameShaped(k) || k == u && firstMayBeCommon || k == v - 1 && lastIsFamilyName
            || k > u && k < v - 1 && !capitalized[k] && isParticleWord(k)
            // "Luca dell'Orso": an Italian surname with its elided article in lower case ends the name.
            || k == v - 1 && k > u && isElidedSurname(k))
        {
            return false
        }
        return true
    }

    // MARK: Typing

    /// `folded[k].hasSuffix("s")`, from the last byte of the token's key for ASCII words (their last
    /// character is their last byte; no string made).
    @inline(__always)
    func foldedEndsWithS(_ k: Int) -> Bool {
        let key = fkey(k)
        guard key.hash != 0 else { return folded[k].hasSuffix("s") }
        return key.bytes.last == 0x73
    }

    /// Whether token `k` folds to "the", "a" or "an" (compared in place: an array literal to search
    /// was allocated per question).
    func isArticle(_ k: Int) -> Bool {
        let key = fkey(k)
        guard key.hash != 0 else {
            // (A word of other letters may fold to one: "Thé".)
            let w = folded[k]
            return w == "the" || w == "a" || w == "an"
        }
        let b = key.bytes
        switch b.count {
        case 1: return b[0] == 0x61
        case 2: return b[0] == 0x61 && b[1] == 0x6E
        case 3: return b[0] == 0x74 && b[1] == 0x68 && b[2] == 0x65
        default: return false
        }
    }

    func typeUnknown(_ u: Int, _ v: Int, sequenceStart: Int) {
        let n = v - u
        if n == 1
            && (has(u, .nonNames) || has(u, .offices)
                || has(u, .officeModifiers)
                // "09:40 WIT", "19:30 ART": a time zone after a clock time.
                || isZoneAfterClock(u))
        {
            return
        }
        // "New Zealander", "Sri Lankans": a demonym of more than one word names no one.
        // (Only a first word that opens such a demonym can: most sequences join no key.)
        if n >= 2, n <= 3, shared.demonymFirstWords.contains(fkey(u)) {
            var key = (u..<v).map { folded[$0] }.joined(separator: " ")
            if !shared.tables.demonyms.contains(key), key.hasSuffix("s") { key.removeLast() }
            if shared.tables.demonyms.contains(key) { return }
        }
        // "I'm", "We'll": contractions.
        if n == 1, strings.tokenBytes(u).contains(where: { $0 == 0x27 || $0 == 0x99 }),
            let apostrophe = surfaces[u].firstIndex(where: { $0 == "'" || $0 == "’" }),
            ["m", "ve", "d", "ll", "re"].contains(surfaces[u][surfaces[u].index(after: apostrophe)...].lowercased())
        {
            return
        }
        // "MPs", "Senators": the plural of an office.
        if n == 1 && foldedEndsWithS(u) && shared.tables.offices.contains(String(folded[u].dropLast())) { return }
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
        // (The hyphen of the given name tested first, from its bytes: most pairs have none, and need no string.)
        if n == 2, strings.tokenBytes(v - 1).contains(0x2D), surfaces[u].count <= 5,
            has(u, .familyNames) || has(u, .givenNames)
                || surfaces[u].count <= 4 && capitalized[u] && !isAllCapsAt(u)
                    && !has(u, .commonWords),
            Self.isHyphenatedGivenName(surfaces[v - 1])
        {
            addPerson(u, v, rule: .personFamilyName, strength: 2, source: (has(u, .familyNames) ? shared.tables.familyNames[fkey(u)] : nil), role: nil, gender: nil)
            return
        }
        // "state broadcaster TV Perú", "the carrier Flyway": a kind of organisation just before.
        if u == sequenceStart, u > 0, let source = (has(u - 1, .organizationDescriptors) ? shared.tables.organizationDescriptors[fkey(u - 1)] : nil),
            NameFolding.isLowercaseWord(surfaces[u - 1]), !has(u, .givenNames)
        {
            add(u, v, type: .organization, strength: 2, rule: .orgDescriptor, source: source)
            return
        }
        // "© Donau-Kurier Verlag 2026": the holder of a copyright line, unless a known given name opens it.
        if u == sequenceStart, u > 0, surfaceIs(u - 1, "©"), !has(u, .givenNames), !isInitialsAt(u) {
            add(u, v, type: .organization, strength: 2, rule: .orgCopyright, source: nil)
            return
        }
        // "Pennick & Rowe": two names joined by an ampersand are a firm.
        if n >= 3, anySurfaceIs(u + 1..<v - 1, "&") {
            add(u, v, type: .organization, strength: 2, rule: .orgAmpersand, source: nil)
            return
        }
        // Organisation: legal suffix, keyword head, "Ministry of ...".
        if n >= 2, let source = (has(v - 1, .legalSuffixes) ? shared.tables.legalSuffixes[fkey(v - 1)] : nil) {
            add(u, v, type: .organization, strength: 2, rule: .orgSuffix, source: source)
            return
        }
        // ("Paolo Banco": a head of another language after a known given name ends a person's name.)
        if n >= 2, let source = (has(v - 1, .orgHeadKeywords) ? shared.tables.orgHeadKeywords[fkey(v - 1)] : nil),
            !(n == 2 && has(u, .givenNames) && shared.tables.orgForeignHeads[fkey(v - 1)] != nil)
        {
            add(u, v, type: .organization, strength: 2, rule: .orgKeyword, source: source)
            return
        }
        if n >= 3, let source = (has(u, .orgOpeners) ? shared.tables.orgOpeners[fkey(u)] : nil), foldedIs(u + 1, "of") {
            add(u, v, type: .organization, strength: 2, rule: .orgKeyword, source: source)
            return
        }
        // "director Helen Park said": a given name and a family name that is also a place keyword,
        // with a person's cue around, is a person.
        let personCue =
            (n == 2 || n == 3) && has(u, .givenNames) && has(v - 1, .familyNames)
            && !has(u, .names) && (roleBefore(u) != nil || reportingVerbAround(u, v))
        if n >= 2, let source = organizationCenter(u, v) {
            add(u, v, type: .organization, strength: 2, rule: .orgKeyword, source: source)
            return
        }
        if n >= 2, isServiceDistrict(u, v) {
            add(u, v, type: .organization, strength: 2, rule: .orgServiceDistrict, source: nil)
            return
        }
        if n >= 2, !personCue, !isQuotedTitle(u, v), !endsWithOpeningPlaceWord(u, v),
            let source = placeKeywordSource(u, v)
        {
            add(u, v, type: .place, strength: 2, rule: .placeKeyword, source: source)
            return
        }
        // "in Rafah and Khan Younis": a name coordinated with a place just before is a place.
        if n <= 3, u >= 2, surfaceIs(u - 1, "and") || surfaceIs(u - 1, "or"), mentions.count > firstMention,
            let previous = mentions.last,
            previous.type == .place,
            previous.range.utf8End == entry.tokens[u - 2].range.utf8End, roleBefore(u) == nil,
            allCapitalizedNoOfficeNorDemonym(u..<v),
            anyNameShaped(u..<v)
        {
            add(u, v, type: .place, strength: 1, rule: .placePreposition, source: nil)
            return
        }
        // Person: an office just before (in lower case), a given name, a family name.
        if u == sequenceStart, let (role, office) = roleBefore(u) {
            addPerson(u, v, rule: .personTitle, strength: 3, source: office.source, role: role, gender: office.gender)
            return
        }
        // "passed Brunsbüttel", "Kiel-Holtenau": a small town of the gazetteer, or a known place and a
        // district joined by a hyphen.
        if n == 1, isTownOrDistrict(u) {
            add(u, v, type: .place, strength: 1, rule: .placeTown, source: nil)
            return
        }
        // "Ann Lee MP", "Tom Ashby KC": letters after the name show a person.
        if v == postNominalEnd, n <= 4, !isAllCapsAt(u), !has(v - 1, .placeKeywords) {
            addPerson(u, v, rule: .personPostNominal, strength: 3, source: nil, role: nil, gender: nil)
            return
        }
        // "Tory MPs", "Labour leader": a description, not a name.
        let endsWithOffice =
            has(v - 1, .offices) || foldedEndsWithS(v - 1) && shared.tables.offices.contains(String(folded[v - 1].dropLast()))
        if n >= 2 && endsWithOffice { return }
        let innerParticles = particleCount(u..<v)
        if n >= 2 && n - innerParticles <= 4, let given = (has(u, .givenNames) ? shared.tables.givenNames[fkey(u)] : nil), !isAllCapsAt(u),
            !has(v - 1, .commonWords) || has(v - 1, .familyNames), !isHyphenatedCommon(v - 1)
        {
            addPerson(u, v, rule: .personGivenName, strength: 2, source: given.source, role: nil, gender: given.gender)
            return
        }
        // "a paper by JR Tolland": two capitals without periods, after a lower-case word, then one
        // name-shaped word: an author cited by initials (no known acronym: "the UK Biobank" stays).
        if n == 2, isAuthorInitials(u), !has(u, .names), isNameShaped(u + 1) {
            addPerson(u, v, rule: .personInitials, strength: 2, source: nil, role: nil, gender: nil)
            return
        }
        // "K.C. Maurer", "J. R. Ashby": initials, then one or two name-shaped words or family names.
        if n >= 2, n <= 4, isInitialsAt(u), u == 0 || !isArticle(u - 1) {
            var k = u + 1
            while k < v - 1 && isInitialsAt(k) { k += 1 }
            if v - k <= 2,
                (k..<v).allSatisfy({
                    isNameShaped($0) || has($0, .familyNames) && !isAllCapsAt($0)
                        && !has($0, .names) && !has($0, .orgHeadKeywords)
                        && !has($0, .placeKeywords) && !isOfficeWord($0)
                })
            {
                addPerson(u, v, rule: .personInitials, strength: 2, source: nil, role: nil, gender: nil)
                return
            }
        }
        let afterArticle = u > 0 && isArticle(u - 1)
        if n >= 2 && n <= 3, !afterArticle, let source = (has(v - 1, .familyNames) ? shared.tables.familyNames[fkey(v - 1)] : nil),
            noneHas(u..<v, .commonWords, .commonWords)
        {
            addPerson(u, v, rule: .personFamilyName, strength: 1, source: source, role: nil, gender: nil)
            return
        }
        if n == 1 && isAllCapsAt(u) && surfaces[u].count <= 7
            && !(surfaces[u].count >= 4 && has(u, .commonWords))
            && !shared.tables.nonOrgAcronyms.contains(fkey(u))
            // ("THE KONKAN CHRONICLE | RAIGAD EDITION": in a line of capitals, capitals make no acronym.)
            && !inAllCapsBlock(u)
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
        if n == 1, v < entry.tokens.count, surfaceIs(v, "administration") || surfaceIs(v, "government"), u > 0,
            foldedIs(u - 1, "the"),
            !has(u, .commonWords),
            (has(u, .names) ? shared.tables.names[fkey(u)] : nil).map({ $0.rule == .placeCity && $0.population < 100_000 }) ?? true
        {
            addPerson(u, v, rule: .personAdministration, strength: 1, source: nil, role: nil, gender: nil)
            return
        }
        // "Arianespace", "Quillsoft": one unknown word glued from a stem and a company's word.
        if n == 1, let source = companyNameEnding(u) {
            add(u, v, type: .organization, strength: 1, rule: .orgNameEnding, source: source)
            return
        }
        // "Ísafjörður", "from Þorlákshöfn": a place-name ending or letters of another language.
        if n == 1, isPlaceByEnding(u) {
            add(u, v, type: .place, strength: 1, rule: .placeNameEnding, source: nil)
            return
        }
        // "DriveBC", "ServiceOntario": a word glued from a service word and a place is an agency;
        // "Hydro-Québec": an organisation's opening word and a place joined by a hyphen too.
        if n == 1, isGluedPlaceAgency(u) || isHyphenatedBodyOfPlace(u) {
            add(u, v, type: .organization, strength: 2, rule: .orgGluedPlace, source: nil)
            return
        }
        // "MetService said", "PayPal said": a word glued from capitalised parts that speaks is a
        // company or service ("PowerPoint slides" stay as they were).
        if n == 1, reportingVerbAround(u, v), !has(u, .names), !has(u, .givenNames), !has(u, .familyNames), isCamelCaseBrand(u) {
            add(u, v, type: .organization, strength: 1, rule: .orgCamelCase, source: nil)
            return
        }
        // Weak cues for a lone name: a reporting verb, a place preposition.
        if reportingVerbAround(u, v) && !(n == 1 && has(u, .commonWords))
            && (n == 1 || anyNameShapedOrGiven(u..<v))
        {
            addPerson(u, v, rule: .personReportingVerb, strength: 1, source: nil, role: nil, gender: nil)
            return
        }
        if n == 1 || n <= 3 && hasArticleCompound(u..<v), u > 0,
            surfaceIn(u - 1, .placePrepositions),
            !has(u, .commonWords),
            // "known in Māori as Onetahua": a people's word after "in" is its language.
            n > 1 || !(has(u, .demonyms) || shared.tables.nationAdjectives.contains(fkey(u)))
        {
            add(u, v, type: .place, strength: 1, rule: .placePreposition, source: nil)
            return
        }
        if n >= 2 && n <= 3
            && noCommonNorAllCaps(u..<v) && appositionAfter(v) != nil
        {
            let role = appositionAfter(v)
            addPerson(u, v, rule: .personApposition, strength: 2, source: nil, role: role, gender: nil)
            return
        }
        // "in Labuan Bajo", "near Tierra Amarilla": unknown words after a place preposition, none a known
        // given or family name, name a place (see `isUnknownPlaceAfterPreposition`).
        if isUnknownPlaceAfterPreposition(u, v) {
            add(u, v, type: .place, strength: 1, rule: .placePreposition, source: nil)
            return
        }
        let firstMayBeCommon =
            n == 2 && capitalized[u] && !isAllCapsAt(u) && !has(u, .names)
            && !has(u, .demonyms) && !isOfficeWord(u)
            && !has(u, .orgHeadKeywords)
            && !has(u, .placeKeywords) && !has(u, .nonNames)
        // "Junius Ho": a family name that is also a common word may end a name whose first word is name-shaped.
        let lastIsFamilyName =
            n - innerParticles == 2 && isNameShaped(u) && has(v - 1, .familyNames)
            && !isAllCapsAt(v - 1)
            && !has(v - 1, .names) && !isOfficeWord(v - 1) && !has(v - 1, .orgHeadKeywords)
            && !has(v - 1, .placeKeywords) && !has(v - 1, .nonNames)
        // "Karel van Dijkstra", "Dafydd ap Gwyn": a lower-case particle inside a name of name-shaped words
        // (see `allNameLike`).
        let particles = v - u >= 3 ? particleCount((u + 1)..<(v - 1)) : 0
        // "Siti Hajar binti Osman said": a patronymic connector between capitalised words makes
        // a person's name, at a sentence's start too.
        if n >= 3, particles == 1, hasPatronymic((u + 1)..<(v - 1)), capitalized[u], capitalized[v - 1],
            !has(u, .functionWords), !isOfficeWord(u), !isAllCapsAt(u)
        {
            addPerson(u, v, rule: .personPatronymic, strength: 1, source: nil, role: nil, gender: nil)
            return
        }
        if n >= 2 && n - particles <= 3 && particles <= 2 && !initial[u] && !afterArticle
            && allNameLike(u, v, firstMayBeCommon: firstMayBeCommon, lastIsFamilyName: lastIsFamilyName)
        {
            addPerson(u, v, rule: .personNameShape, strength: 1, source: nil, role: nil, gender: nil)
            return
        }
        // "published in The Lancet Public Health", "a song by The Beatles": a capital "The" inside a
        // sentence opens the title of a publication, a band or another organisation.
        // ("in The Hague": a gazetteer name that keeps its "The" is that place; "going by the name
        // "The Katherinator"": a quoted name is a nickname or a work's title.)
        if u > 0, surfaceIs(u - 1, "The"), !initial[u - 1], !has(u, .givenNames),
            allCapitalizedNoOffice(u..<v)
        {
            if let row = shared.tables.names["the " + (u..<v).map({ folded[$0] }).joined(separator: " ")] {
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
}
