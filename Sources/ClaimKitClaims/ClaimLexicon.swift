import ClaimKitQuantities
import ClaimKitLexicon
import Foundation

/// The word lists the claim rules read, from `Lexicons/claims/`.
final class ClaimLexicon: Sendable {
    struct Cue: Sendable {
        var dimension: String
        var attribute: String
        var after: Bool
    }

    let functionWords: TokenWordSet
    let definiteDeterminers: TokenWordSet
    let incrementWords: [[String]]
    /// `incrementWords` by their last word (a phrase can only end at a token equal to its
    /// last word), and the empty phrases, if any.
    let incrementWordsByLast: WordMap<[[String]]>
    let emptyIncrementWords: [[String]]
    let relativeBefore: TokenWordSet
    let relativeAfter: TokenWordSet
    let measureVerbs: WordMap<String>
    let cues: WordMap<[Cue]>
    let eventParticiples: WordMap<String>
    let peopleNouns: TokenWordSet
    /// Singular nouns for a person by role or office ("chief", "teacher", "captain"), from
    /// `cues/speaker-nouns.tsv` and the one-word rows of `people/offices.tsv`: what an age
    /// set between commas after them is the age of.
    let personNouns: TokenWordSet
    /// Lower-cased country names: "across France" is the national scope.
    let countries: Set<String>
    /// Lower-cased city, region and country names: "Leeds police" names a force's area.
    /// Built on first use (some 45,000 names; few pages need them), once per lexicon store.
    let places: PlaceNames
    /// Subject-key synonyms: "earthquake" groups with "quake".
    let keySynonyms: WordMap<String>
    /// Those who report, forecast or set a figure ("economists", "the committee"): never
    /// the subject of the figure when their verb has an object.
    let agentNouns: TokenWordSet
    /// Verbs that end a noun phrase and whose object is the thing measured ("cut", "held",
    /// "expect").
    let clauseVerbs: TokenWordSet
    /// Country cues for bare currency words several countries use ("kroner" on a page
    /// about Denmark is DKK), from `claims/currency-by-context.tsv`.
    let currencyCues: [(cue: String, code: String, names: WordSet)]
    /// Every currency word of `currencyCues`.
    let sharedCurrencyNames: WordSet
    /// The fewest and most scalars of a word of `sharedCurrencyNames` (a string equal to
    /// an ASCII word has as many scalars as it has letters): a figure whose ASCII text
    /// ends in a run of letters of another length names none of them.
    let sharedCurrencyNameScalars: ClosedRange<Int>

    init(lexicons: LexiconStore) {
        functionWords = TokenWordSet(lexicons["claims/function-words.tsv"]?.rows.map(\.key) ?? [])
        definiteDeterminers = TokenWordSet(lexicons["claims/definite-determiners.tsv"]?.rows.map(\.key) ?? [])
        incrementWords = (lexicons["claims/increment-words.tsv"]?.rows.map { $0.key.split(separator: " ").map(String.init) } ?? [])
            .sorted { $0.count > $1.count }
        var byLast: [String: [[String]]] = [:]
        for phrase in incrementWords { if let last = phrase.last { byLast[last, default: []].append(phrase) } }
        incrementWordsByLast = WordMap(byLast)
        emptyIncrementWords = incrementWords.filter(\.isEmpty)
        var after: [String] = []
        var before: [String] = []
        for row in lexicons["claims/relative-time-words.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            if row.fields[1] == "after" { after.append(row.key) } else { before.append(row.key) }
        }
        relativeAfter = TokenWordSet(after)
        relativeBefore = TokenWordSet(before)
        var measure: [String: String] = [:]
        for row in lexicons["claims/measure-verbs.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            measure[row.key] = row.fields[1]
        }
        measureVerbs = WordMap(measure)
        var participles: [String: String] = [:]
        for row in lexicons["claims/event-participles.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            participles[row.key] = row.fields[1]
        }
        eventParticiples = WordMap(participles)
        peopleNouns = TokenWordSet(lexicons["claims/people-nouns.tsv"]?.rows.map(\.key) ?? [])
        var persons: [String] = []
        for row in lexicons["cues/speaker-nouns.tsv"]?.rows ?? [] where row.fields.count < 3 || row.fields[2] != "plural" {
            persons.append(row.key.lowercased())
        }
        for row in lexicons["people/offices.tsv"]?.rows ?? [] where !row.key.contains(" ") { persons.append(row.key.lowercased()) }
        personNouns = TokenWordSet(persons)
        countries = Set(lexicons["places/countries.tsv"]?.rows.map { $0.key.lowercased() } ?? [])
        places = PlaceNames(countries: countries, lexicons: ["places/cities.tsv", "places/subdivisions.tsv", "places/regions.tsv"].compactMap { lexicons[$0] })
        var synonyms: [String: String] = [:]
        for row in lexicons["claims/subject-synonyms.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            synonyms[row.key] = row.fields[1]
        }
        keySynonyms = WordMap(synonyms)
        agentNouns = TokenWordSet(lexicons["claims/agent-nouns.tsv"]?.rows.map(\.key) ?? [])
        clauseVerbs = TokenWordSet(lexicons["claims/clause-verbs.tsv"]?.rows.map(\.key) ?? [])
        var shared = Set<String>()
        var currencyCues: [(cue: String, code: String, names: WordSet)] = []
        for row in lexicons["claims/currency-by-context.tsv"]?.rows ?? [] where row.fields.count >= 3 {
            let names = Set(row.fields[2].split(separator: " ").map(String.init))
            currencyCues.append((row.key, row.fields[1], WordSet(names)))
            shared.formUnion(names)
        }
        self.currencyCues = currencyCues
        sharedCurrencyNames = WordSet(shared)
        let scalarCounts = shared.map { $0.unicodeScalars.count }
        sharedCurrencyNameScalars = (scalarCounts.min() ?? 0)...(scalarCounts.max() ?? 0)
        var cueTable: [String: [Cue]] = [:]
        for row in lexicons["claims/attribute-cues.tsv"]?.rows ?? [] where row.fields.count >= 4 {
            cueTable[row.key, default: []].append(Cue(dimension: row.fields[1], attribute: row.fields[2], after: row.fields[3] == "after"))
        }
        cues = WordMap(cueTable)
    }
}
