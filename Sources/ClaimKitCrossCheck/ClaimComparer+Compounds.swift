import ClaimKitModel

extension ClaimComparer {
    /// Claim rules whose subject is the thing measured against the surface: "the refuge
    /// chamber sits at 480 metres below the surface".
    static let compoundJoiningRules: Set<String> = ["claim.depth-below"]
    static let compoundJoiningRuleList = compoundJoiningRules.sorted()

    /// Claims whose compound subject ("refuge chamber", key "chamber") names, as its
    /// modifier, the key of another claim of the same rule and attribute ("the refuge",
    /// key "refuge") take that key: the page names one thing two ways. Only for the rules
    /// of `compoundJoiningRules`, whose subject a verb ties to the figure.
    static func joiningCompoundSubjects(_ claims: [Claim]) -> [Claim] {
        // The rules compared one by one (a set of one or two, as a list): no rule hashed per
        // claim, no iterator of the set made per claim.
        let rules = compoundJoiningRuleList
        var joinable: [Int] = []
        for i in claims.indices where !claims[i].subjectKey.isEmpty && rules.contains(claims[i].rule.rawValue) {
            joinable.append(i)
        }
        guard joinable.count >= 2 else { return claims }
        var out = claims
        for i in joinable {
            let words = claims[i].subject.lowercased().split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let modifiers = Set(words.dropLast())
            if let other = joinable.first(where: { j in
                j != i && claims[j].attribute == claims[i].attribute && claims[j].subjectKey != claims[i].subjectKey
                    && modifiers.contains(claims[j].subjectKey)
            }) {
                out[i].subjectKey = claims[other].subjectKey
            }
        }
        return out
    }
}

extension ClaimComparer {
    /// Verbs that give a level reached on the way ("the drill has reached 310 metres", "the
    /// balloon climbed to 30km"): a figure of progress, not the thing's fixed measure.
    static let progressVerbs: Set<String> = [
        "reached", "reaches", "reach", "reaching", "climbed", "climbs", "climbing", "passed", "passes", "surpassed",
        "progressed", "advanced", "drilled", "dug", "bored",
    ]

    /// The letters every progress verb holds (`ClaimContexts.sentenceMayHold`).
    static let progressNeedles = ClaimContext.Needles(["reach", "climb", "pass", "progressed", "advanced", "drilled", "dug", "bored"])

    /// `progressVerbs` as bytes.
    static let progressVerbBytes: [[UInt8]] = progressVerbs.sorted().map { Array($0.utf8) }

    /// `isLevelReached` read from the bytes of the figure at `range` and its sentence
    /// `bytes[sentence]` when the sentence around the figure is plain ASCII
    /// (`ClaimContexts.withPlainSentence`), whose words are the context's.
    static func asciiLevelReached(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, _ range: TextRange) -> Bool {
        var seen = 0
        var found = false
        ClaimContext.asciiWordsBackward(bytes, start: sentence.lowerBound, end: range.utf8Start) { word in
            if ClaimContext.asciiWordIs(bytes, word, oneOf: progressVerbBytes) {
                found = true
                return false
            }
            seen += 1
            return seen < 4
        }
        return found
    }

    /// Whether a progress verb stands among the four words before the figure of
    /// `claims[index]` (`contexts`: the claims' sentence contexts; a sentence without a
    /// progress verb's letters is passed over without building its context).
    func isLevelReached(_ index: Int, contexts: ClaimContexts) -> Bool {
        // A plain ASCII sentence is read from its bytes: its context is not built.
        if let known = contexts.withPlainSentence(index, Self.asciiLevelReached) { return known }
        guard contexts.sentenceMayHold(index, Self.progressNeedles), let context = contexts[index] else { return false }
        return context.before.suffix(4).contains { Self.progressVerbs.contains($0) }
    }
}

extension ClaimComparer {
    /// Whether two clusters' figures are said of two different full names that share the
    /// key word: "Thomas Sam, 42, and his wife Manju Sam, 36" (key "sam"). Two names of
    /// two words or more differ when neither's words hold the other's, unless the entity
    /// stage made them one entity (a title and a surname of particles: "Chief Ó Dálaigh").
    /// A title before a surname ("Chief Doe", "Mr Doe") is no given name: its surname
    /// alone is compared, so "Jane Doe" and "Chief Doe" may be one person.
    static func namesTwoPeople(_ clusters: [[Claim]]) -> Bool {
        func fullName(_ c: Claim) -> Set<String>? {
            var words = c.subject.split(separator: " ")
            guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
            while words.count > 1, let first = words.first, Self.nameTitles.contains(first.lowercased().replacingOccurrences(of: ".", with: "")) {
                words.removeFirst()
            }
            return Set(words.map { $0.lowercased() })
        }
        for (i, a) in clusters.enumerated() {
            for b in clusters[(i + 1)...] {
                for x in a {
                    guard let nx = fullName(x) else { continue }
                    for y in b {
                        // One entity ("Jane Ó Dálaigh" and "Chief Ó Dálaigh") is one person.
                        if let id = x.subjectID, id == y.subjectID { continue }
                        guard let ny = fullName(y) else { continue }
                        if !nx.isSubset(of: ny) && !ny.isSubset(of: nx) { return true }
                    }
                }
            }
        }
        return false
    }

    /// Titles and ranks written before a surname: "Chief Doe", "Mr Okafor", "Sgt Ruiz".
    static let nameTitles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "chief", "captain", "capt",
        "sgt", "sergeant", "inspector", "officer", "judge", "justice", "president", "minister", "senator", "sen", "governor",
        "gov", "mayor", "general", "gen", "colonel", "col", "major", "maj", "lieutenant", "lt", "commander", "cmdr", "det",
        "detective", "constable", "pc", "rev", "reverend", "father", "coach", "superintendent", "supt", "deputy", "councillor", "cllr",
    ]
}
