import ClaimKitLexicon
import ClaimKitModel

/// The quote stage's lookup tables, built once from the lexicons under `cues/` (and the
/// entity stage's `people/titles.tsv` when present).
final class CueLexicon: @unchecked Sendable {
    /// A reporting verb form and what it is.
    struct Verb: Sendable {
        var lemma: String
        var kind: String
        /// The "-ing" form: a participle continuing a clause ("adding that …").
        var isParticiple: Bool
        /// The base form ("say"), a verb only after a subject or modal.
        var isBase: Bool
        /// The third-person "-s" form, which can also be a plural noun ("talks", "claims").
        var isThirdPerson: Bool
    }

    @exclusivity(unchecked) private(set) var verbs: [String: Verb] = [:]
    /// Nationality adjectives, lower case ("spanish"), from `places/demonyms.tsv`.
    private(set) var demonyms: Set<String> = []
    /// Nationality nouns whose adjective differs from them, lower case ("spaniard": "spanish"),
    /// from `places/nationality-nouns.tsv`.
    private(set) var nationalityNouns: [String: String] = [:]
    /// The verb forms numbered (`verbList[verbNumber[form]]` is `verbs[form]`): a word
    /// table keeps each surface's number, so a form is hashed once per distinct word.
    @exclusivity(unchecked) private(set) var verbList: [Verb] = []
    @exclusivity(unchecked) private(set) var verbNumber: [String: Int32] = [:]
    /// This lexicon's number among those made (word tables remember whose verbs they keep).
    let id = WordTable.newLexiconID()
    /// Bit `Item.key(form)` is set for every verb form: a word whose key is not set is no verb.
    @exclusivity(unchecked) private(set) var verbKeys = [UInt64](repeating: 0, count: 1024)
    /// Channel phrases as word sequences, longest first.
    @exclusivity(unchecked) private(set) var channels: [(words: [String], original: [String], caseSensitive: [Bool], channel: String)] = []
    /// The platforms among the channels ("X", "Telegram", "Truth Social"): channel names
    /// written with a capital. An organisation so named is where a statement was posted,
    /// never the body a later "the ministry" or "the regulator" refers back to.
    @exclusivity(unchecked) private(set) var platforms: Set<String> = []
    /// Each channel's first byte of its first word (as written when case-sensitive, else
    /// lower case): most words are rejected by it before any string is compared.
    @exclusivity(unchecked) private(set) var channelFirst: [(byte: UInt8, caseSensitive: Bool, words: Int)] = []
    /// The channels (indexes, in order) whose first word starts with a byte, for byte key `b`
    /// at `channelsByFirst[channelsByFirstStart[b]..<channelsByFirstStart[b + 1]]`: key `b`
    /// for the case-insensitive ones by lower-case byte, `256 + b` for the case-sensitive ones.
    @exclusivity(unchecked) private(set) var channelsByFirst: [Int] = []
    @exclusivity(unchecked) private(set) var channelsByFirstStart = [Int](repeating: 0, count: 513)
    /// Every channel's words in one array each (lower case, as written, case-sensitive or
    /// not): channel `c`'s are at `channelWordStart[c]..<channelWordStart[c + 1]`. Matching
    /// reads them without copying a channel's arrays out (their retains were a hot spot).
    @exclusivity(unchecked) private(set) var channelWordStart: [Int] = [0]
    @exclusivity(unchecked) private(set) var channelWordLower: [String] = []
    @exclusivity(unchecked) private(set) var channelWordOriginal: [String] = []
    @exclusivity(unchecked) private(set) var channelWordCaseSensitive: [Bool] = []
    /// The lower case of every channel's first word, as `Item.lower` has it for a word that
    /// can start the channel (with a possessive ending also without it): a word not in the
    /// list starts no channel, and is passed over without comparing strings. Nil without
    /// channels.
    private(set) var channelStarts: WordSet?
    /// Statement nouns ("post", "statement") and the channel each names.
    @exclusivity(unchecked) private(set) var statementNouns: [String: String?] = [:]
    /// Common-noun speakers ("spokesperson") with gender and number.
    @exclusivity(unchecked) private(set) var speakerNouns: [String: (gender: Entity.Gender?, plural: Bool)] = [:]
    /// Title words ("President", "Minister") with the gender they tell, if any.
    @exclusivity(unchecked) private(set) var titles: [String: Entity.Gender?] = [:]

    /// Whether a lower-case word is a reporting verb's finite form ("says", "said", "told"),
    /// not its base or "-ing" form.
    func isFiniteVerb(_ lower: String) -> Bool {
        guard let v = verbs[lower] else { return false }
        return !v.isBase && !v.isParticiple
    }

    init(lexicons: LexiconStore) {
        if let lex = lexicons["cues/reporting-verbs.tsv"], let f = lex.column("forms"), let k = lex.column("kind") {
            for row in lex.rows {
                let lemma = row.key
                let forms = row.fields[f].split(separator: ",").map(String.init)
                for (n, form) in forms.enumerated() where verbs[form] == nil {
                    verbs[form] = Verb(
                        lemma: lemma, kind: row.fields[k], isParticiple: form.hasSuffix("ing") && n > 0,
                        isBase: n == 0, isThirdPerson: n == 1)
                }
            }
        }
        for form in verbs.keys {
            let k = Int(Item.key(form))
            verbKeys[k >> 6] |= 1 << UInt64(k & 63)
        }
        for (form, verb) in verbs {
            verbNumber[form] = Int32(verbList.count)
            verbList.append(verb)
        }
        if let lex = lexicons["cues/channels.tsv"], let c = lex.column("channel") {
            for row in lex.rows {
                let words = row.key.split(separator: " ").map(String.init)
                channels.append(
                    (words.map { $0.lowercased() }, words, words.map { $0 != $0.lowercased() }, row.fields[c]))
            }
            channels.sort { $0.words.count > $1.words.count }
            platforms = Set(channels.map(\.channel).filter { $0.first?.isUppercase == true })
            channelFirst = channels.map {
                (($0.caseSensitive[0] ? $0.original[0] : $0.words[0]).utf8.first ?? 0, $0.caseSensitive[0], $0.words.count)
            }
            var byFirst = [[Int]](repeating: [], count: 512)
            for (c, f) in channelFirst.enumerated() { byFirst[(f.caseSensitive ? 256 : 0) + Int(f.byte)].append(c) }
            channelsByFirst = byFirst.flatMap { $0 }
            channelsByFirstStart = [0]
            for list in byFirst { channelsByFirstStart.append(channelsByFirstStart.last! + list.count) }
            for ch in channels {
                channelWordLower += ch.words
                channelWordOriginal += ch.original
                channelWordCaseSensitive += ch.caseSensitive
                channelWordStart.append(channelWordLower.count)
            }
            var starts: [String] = []
            for ch in channels {
                for first in [ch.words[0], ch.original[0].lowercased()] {
                    starts.append(first)
                    for suffix in ["'s", "\u{2019}s"] where first.hasSuffix(suffix) && first.count > 2 {
                        starts.append(String(first.dropLast(2)))
                    }
                }
            }
            channelStarts = WordSet(starts)
        }
        if let lex = lexicons["cues/statement-nouns.tsv"], let c = lex.column("channel") {
            for row in lex.rows { statementNouns[row.key.lowercased()] = row.fields[c] == "-" ? nil : row.fields[c] }
        }
        if let lex = lexicons["cues/speaker-nouns.tsv"], let g = lex.column("gender"), let n = lex.column("number") {
            for row in lex.rows {
                speakerNouns[row.key.lowercased()] = (Entity.Gender(rawValue: row.fields[g]), row.fields[n] == "plural")
            }
        }
        if let lex = lexicons["places/nationality-nouns.tsv"], let column = lex.columns.firstIndex(of: "adjective") {
            for row in lex.rows where column < row.fields.count {
                nationalityNouns[row.key.lowercased()] = row.fields[column].lowercased()
            }
        }
        if let lex = lexicons["places/demonyms.tsv"] {
            for row in lex.rows { demonyms.insert(row.key.lowercased()) }
        }
        for file in ["cues/speaker-titles.tsv", "people/titles.tsv"] {
            guard let lex = lexicons[file] else { continue }
            let g = lex.column("gender")
            for row in lex.rows {
                for word in row.key.split(separator: " ")
                where word.first?.isUppercase == true || file.hasPrefix("cues") {
                    let key = String(word).trimmingDot
                    if titles[key] == nil { titles[key] = g.flatMap { Entity.Gender(rawValue: row.fields[$0]) } }
                }
            }
        }
    }

    /// Whether `word` (lower case) is a reporting-verb form.
    func isCueForm(_ word: String) -> Bool { verbs[word] != nil }

    /// The verb form of a word item, if it is one (its key rejects most words unhashed).
    func verb(_ item: Item) -> Verb? {
        let k = Int(item.lowerKey)
        guard verbKeys[k >> 6] & (1 << UInt64(k & 63)) != 0 else { return nil }
        // Looked up once per distinct surface: the table keeps the answer (its verbs are
        // this lexicon's: `WordTable.use(lexicon:)`).
        let f = item.facts
        if f.pointee.verb == -2 { f.pointee.verb = verbNumber[item.lower] ?? -1 }
        return f.pointee.verb >= 0 ? verbList[Int(f.pointee.verb)] : nil
    }
}

extension String {
    var trimmingDot: String { hasSuffix(".") ? String(dropLast()) : self }
}
