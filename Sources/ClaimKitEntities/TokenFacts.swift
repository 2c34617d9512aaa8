/// A single-word lexicon of the entity tables that rules ask about a token's folded word.
enum LexiconFact: Int {
    case names, givenNames, familyNames, demonyms, offices, officeModifiers
    case orgHeadKeywords, orgOpeners, legalSuffixes, placeKeywords
    case commonWords, functionWords, nonNames, postNominals, weatherWords
    case clubWords, teamWords, sportsCues, organizationDescriptors, namePrefixes
    /// Lexicons keyed by the word as written, not folded (see `NameMatcher.surfaceIn`).
    case connectors, particleArticles, reportingVerbs, placePrepositions, gazetteerPrepositions
}

extension SharedEntityLexicons {
    /// Whether `word` (folded, or as written for the surface lexicons) is a key of the lexicon `fact`
    /// names. (A method of the class that holds the tables, not of the tables: a call on the struct
    /// copied all of it to the stack.)
    func contains(_ word: WordKey, _ fact: LexiconFact) -> Bool {
        switch fact {
        case .names: tables.names.contains(word)
        case .givenNames: tables.givenNames.contains(word)
        case .familyNames: tables.familyNames.contains(word)
        case .demonyms: tables.demonyms.contains(word)
        case .offices: tables.offices.contains(word)
        case .officeModifiers: tables.officeModifiers.contains(word)
        case .orgHeadKeywords: tables.orgHeadKeywords.contains(word)
        case .orgOpeners: tables.orgOpeners.contains(word)
        case .legalSuffixes: tables.legalSuffixes.contains(word)
        case .placeKeywords: tables.placeKeywords.contains(word)
        case .commonWords: tables.commonWords.contains(word)
        case .functionWords: tables.functionWords.contains(word)
        case .nonNames: tables.nonNames.contains(word)
        case .postNominals: tables.postNominals.contains(word)
        case .weatherWords: tables.weatherWords.contains(word)
        case .clubWords: tables.clubWords.contains(word)
        case .teamWords: tables.teamWords.contains(word)
        case .sportsCues: tables.sportsCues.contains(word)
        case .organizationDescriptors: tables.organizationDescriptors.contains(word)
        case .namePrefixes: tables.namePrefixes.contains(word)
        case .connectors: tables.connectors.contains(word)
        case .particleArticles: tables.particleArticles.contains(word)
        case .reportingVerbs: tables.reportingVerbs.contains(word)
        case .placePrepositions: tables.placePrepositions.contains(word)
        case .gazetteerPrepositions: tables.gazetteerPrepositions.contains(word)
        }
    }
}

/// The lexicon memberships of every token of an entry, as bits: one "known" bit for the folded
/// lexicons and one for the surface lexicons (each family is looked up all at once), and one answer
/// bit per `LexiconFact`. The first question about a family at a token looks its word up once;
/// every later rule that asks reads the bits (a capitalised word is asked about its given names,
/// gazetteer names or keywords by a dozen rules). A class, so that the matcher's non-mutating rules
/// can record answers; one allocation per entry.
///
/// Memory (issue 7, a 200 MB paragraph is one entry of some 45 million tokens): 4 bytes per token
/// (27 bits used), was 8 (a known bit per fact, though facts are only ever recorded by family).
final class TokenFacts {
    /// (Raw memory read without exclusivity checks; replaced only by `reset`, between entries.)
    @exclusivity(unchecked) private var bits: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count: Int

    init(count: Int) {
        self.count = count
        capacity = max(count, 1)
        bits = .allocate(capacity: capacity)
        bits.initialize(repeating: 0, count: capacity)
    }

    deinit { bits.deallocate() }

    /// Forgets every answer and makes room for `count` tokens: the facts of the next entry, in the
    /// same memory when it is big enough (`TokenBufferPool` lends one object to the entries of a
    /// document in turn).
    func reset(count: Int) {
        self.count = count
        if count > capacity {
            bits.deallocate()
            capacity = count
            bits = .allocate(capacity: capacity)
        }
        bits.initialize(repeating: 0, count: max(count, 1))
    }

    /// The known bit of the folded lexicons (`LexiconFact.names` through `.namePrefixes`).
    static let foldedKnown: UInt32 = 1
    /// The known bit of the surface lexicons (`LexiconFact.connectors` through `.gazetteerPrepositions`).
    static let surfaceKnown: UInt32 = 2

    /// The answer about `fact` at token `k`, nil when not asked yet.
    @inline(__always)
    func answer(_ k: Int, _ fact: LexiconFact) -> Bool? {
        let known = TokenFacts.isFolded(fact) ? TokenFacts.foldedKnown : TokenFacts.surfaceKnown
        let b = bits[k]
        return b & known == 0 ? nil : b & UInt32(truncatingIfNeeded: TokenFacts.answerBit(fact)) != 0
    }

    /// The answer bit of `fact` (set when the token's word is in that lexicon; the tables'
    /// `foldedFacts` and `surfaceFacts` hold these bits).
    @inline(__always)
    static func answerBit(_ fact: LexiconFact) -> UInt64 { UInt64(4) << UInt64(fact.rawValue) }

    /// Whether `fact` is keyed by folded words (answered for all of them at once, see `recordFolded`).
    @inline(__always)
    static func isFolded(_ fact: LexiconFact) -> Bool { fact.rawValue <= LexiconFact.namePrefixes.rawValue }

    /// Records the answers about every folded lexicon at token `k`: `answers` holds the answer bits
    /// of the lexicons its word is in (`SharedEntityLexicons.foldedFacts`).
    @inline(__always)
    func recordFolded(_ k: Int, _ answers: UInt64) {
        bits[k] |= UInt32(truncatingIfNeeded: answers) | TokenFacts.foldedKnown
    }

    /// Records the answers about every surface lexicon at token `k` (`SharedEntityLexicons.surfaceFacts`).
    @inline(__always)
    func recordSurface(_ k: Int, _ answers: UInt64) {
        bits[k] |= UInt32(truncatingIfNeeded: answers) | TokenFacts.surfaceKnown
    }

    /// Looks token `k`'s folded word up once for every folded lexicon, records the answers and
    /// returns the one about `fact`. (A method of this class, out of line: the matcher's `has` stays
    /// small enough to inline, and a call from a mutating rule copies no matcher.) A surface
    /// lexicon asked by folded word (no rule does) is answered without being recorded.
    @inline(never)
    func fillFolded(_ k: Int, _ fact: LexiconFact, shared: SharedEntityLexicons, strings: TokenStrings) -> Bool {
        guard TokenFacts.isFolded(fact) else { return shared.contains(strings.foldedKey(k), fact) }
        let answers = shared.foldedFacts[strings.foldedKey(k)] ?? 0
        recordFolded(k, answers)
        return answers & TokenFacts.answerBit(fact) != 0
    }

    /// The same for every surface lexicon, by token `k` as written (see `NameMatcher.surfaceIn`).
    @inline(never)
    func fillSurface(_ k: Int, _ fact: LexiconFact, shared: SharedEntityLexicons, strings: TokenStrings) -> Bool {
        guard !TokenFacts.isFolded(fact) else { return shared.contains(strings.surfaceKey(k), fact) }
        let answers = shared.surfaceFacts[strings.surfaceKey(k)] ?? 0
        recordSurface(k, answers)
        return answers & TokenFacts.answerBit(fact) != 0
    }
}


/// The tokens of an entry written capitalised away from a sentence start, indexed by their folded
/// words' lookup keys (`WordKey`), built the first time a rule asks whether a word is among them.
/// Equal ASCII words have equal bytes; a word of other letters is compared as a string (`==`,
/// as a set of strings compares), so the answers are those of a `Set` of the folded strings.
final class CapitalizedWordIndex {
    /// Open addressing over the ASCII tokens: token index + 1, 0 for an empty slot.
    private var slots: [Int32] = []
    private var mask = 0
    /// The tokens whose folded word is not ASCII.
    private var others: [Int] = []
    private var built = false

    /// Forgets the index (the next entry's is built on its first question).
    func reset() { built = false }

    func contains(_ i: Int, matcher m: NameMatcher) -> Bool {
        if !built { build(m) }
        let key = m.fkey(i)
        if key.hash != 0 {
            // (The tables read into locals once: no access check per probe.)
            let slots = self.slots
            let mask = self.mask
            var s = Int(truncatingIfNeeded: key.hash) & mask
            while slots[s] != 0 {
                let j = Int(slots[s]) - 1
                let other = m.fkey(j)
                if other.hash == key.hash && other.bytes.elementsEqual(key.bytes) { return true }
                s = (s + 1) & mask
            }
            let others = self.others
            if others.isEmpty { return false }
            let word = m.folded[i]
            for j in others where m.folded[j] == word { return true }
            return false
        }
        // A word of other letters: compared as a string with every token (rare).
        let word = m.folded[i]
        for j in 0..<m.capitalized.count where m.capitalized[j] && !m.initial[j] {
            if m.folded[j] == word { return true }
        }
        return false
    }

    /// Indexes the tokens once (built in locals, stored at the end).
    private func build(_ m: NameMatcher) {
        let capitalized = m.capitalized
        let initial = m.initial
        var ascii: [Int32] = []
        ascii.reserveCapacity(32)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(32)
        var others: [Int] = []
        for j in 0..<capitalized.count where capitalized[j] && !initial[j] {
            let h = m.fkey(j).hash
            if h != 0 {
                ascii.append(Int32(j + 1))
                hashes.append(h)
            } else {
                others.append(j)
            }
        }
        var capacity = 8
        while capacity < ascii.count * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Int32](repeating: 0, count: capacity)
        for n in 0..<ascii.count {
            var s = Int(truncatingIfNeeded: hashes[n]) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = ascii[n]
        }
        self.slots = slots
        self.mask = mask
        self.others = others
        built = true
    }
}
