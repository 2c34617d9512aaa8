/// A single-word lexicon of the entity tables that rules ask about a token's folded word.
enum LexiconFact: Int {
    case names, givenNames, familyNames, demonyms, offices, officeModifiers
    case orgHeadKeywords, orgOpeners, legalSuffixes, placeKeywords
    case commonWords, functionWords, nonNames, postNominals, weatherWords
    case clubWords, teamWords, sportsCues, organizationDescriptors, namePrefixes
    /// Lexicons keyed by the word as written, not folded (see `NameMatcher.surfaceIn`).
    case connectors, particleArticles, reportingVerbs, placePrepositions, gazetteerPrepositions
}

extension EntityLexicons {
    /// Whether `word` (folded) is a key of the lexicon `fact` names.
    func contains(_ word: String, _ fact: LexiconFact) -> Bool {
        switch fact {
        case .names: names[word] != nil
        case .givenNames: givenNames[word] != nil
        case .familyNames: familyNames[word] != nil
        case .demonyms: demonyms[word] != nil
        case .offices: offices[word] != nil
        case .officeModifiers: officeModifiers.contains(word)
        case .orgHeadKeywords: orgHeadKeywords[word] != nil
        case .orgOpeners: orgOpeners[word] != nil
        case .legalSuffixes: legalSuffixes[word] != nil
        case .placeKeywords: placeKeywords[word] != nil
        case .commonWords: commonWords.contains(word)
        case .functionWords: functionWords.contains(word)
        case .nonNames: nonNames.contains(word)
        case .postNominals: postNominals.contains(word)
        case .weatherWords: weatherWords.contains(word)
        case .clubWords: clubWords[word] != nil
        case .teamWords: teamWords[word] != nil
        case .sportsCues: sportsCues[word] != nil
        case .organizationDescriptors: organizationDescriptors[word] != nil
        case .namePrefixes: namePrefixes.contains(word)
        case .connectors: connectors.contains(word)
        case .particleArticles: particleArticles.contains(word)
        case .reportingVerbs: reportingVerbs.contains(word)
        case .placePrepositions: placePrepositions.contains(word)
        case .gazetteerPrepositions: gazetteerPrepositions.contains(word)
        }
    }
}

/// The lexicon memberships of every token of an entry, as bits: two per `LexiconFact` (known,
/// and the answer). The first question about a fact at a token looks its folded word up once;
/// every later rule that asks the same reads the bits (a capitalised word is asked about its
/// given names, gazetteer names or keywords by a dozen rules). A class, so that the matcher's
/// non-mutating rules can record answers; one allocation per entry.
final class TokenFacts {
    private let bits: UnsafeMutablePointer<UInt64>
    let count: Int

    init(count: Int) {
        self.count = count
        bits = .allocate(capacity: max(count, 1))
        bits.initialize(repeating: 0, count: max(count, 1))
    }

    deinit { bits.deallocate() }

    /// The answer about `fact` at token `k`, nil when not asked yet.
    @inline(__always)
    func answer(_ k: Int, _ fact: LexiconFact) -> Bool? {
        let known = UInt64(1) << UInt64(2 * fact.rawValue)
        let b = bits[k]
        return b & known == 0 ? nil : b & (known << 1) != 0
    }

    /// Records the answer about `fact` at token `k`.
    @inline(__always)
    func record(_ k: Int, _ fact: LexiconFact, _ yes: Bool) {
        let known = UInt64(1) << UInt64(2 * fact.rawValue)
        bits[k] |= yes ? known | known << 1 : known
    }
}
