import ClaimKitLexicon
import Foundation

/// The word lists the claim rules read, from `Lexicons/claims/`.
struct ClaimLexicon: Sendable {
    struct Cue: Sendable {
        var dimension: String
        var attribute: String
        var after: Bool
    }

    var functionWords: Set<String> = []
    var definiteDeterminers: Set<String> = []
    var incrementWords: [[String]] = []
    var relativeBefore: Set<String> = []
    var relativeAfter: Set<String> = []
    var measureVerbs: [String: String] = [:]
    var cues: [String: [Cue]] = [:]
    var eventParticiples: [String: String] = [:]
    var peopleNouns: Set<String> = []
    /// Singular nouns for a person by role or office ("chief", "teacher", "captain"), from
    /// `cues/speaker-nouns.tsv` and the one-word rows of `people/offices.tsv`: what an age
    /// set between commas after them is the age of.
    var personNouns: Set<String> = []
    /// Lower-cased country names: "across France" is the national scope.
    var countries: Set<String> = []
    /// Lower-cased city, region and country names: "Leeds police" names a force's area.
    /// Built on first use (some 45,000 names; few pages need them), once per lexicon store.
    let places: PlaceNames
    /// Subject-key synonyms: "earthquake" groups with "quake".
    var keySynonyms: [String: String] = [:]
    /// Those who report, forecast or set a figure ("economists", "the committee"): never
    /// the subject of the figure when their verb has an object.
    var agentNouns: Set<String> = []
    /// Verbs that end a noun phrase and whose object is the thing measured ("cut", "held",
    /// "expect").
    var clauseVerbs: Set<String> = []
    /// Country cues for bare currency words several countries use ("kroner" on a page
    /// about Denmark is DKK), from `claims/currency-by-context.tsv`.
    var currencyCues: [(cue: String, code: String, names: Set<String>)] = []
    /// Every currency word of `currencyCues`.
    var sharedCurrencyNames: Set<String> = []

    init(lexicons: LexiconStore) {
        functionWords = Set(lexicons["claims/function-words.tsv"]?.rows.map(\.key) ?? [])
        definiteDeterminers = Set(lexicons["claims/definite-determiners.tsv"]?.rows.map(\.key) ?? [])
        incrementWords = (lexicons["claims/increment-words.tsv"]?.rows.map { $0.key.split(separator: " ").map(String.init) } ?? [])
            .sorted { $0.count > $1.count }
        for row in lexicons["claims/relative-time-words.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            if row.fields[1] == "after" { relativeAfter.insert(row.key) } else { relativeBefore.insert(row.key) }
        }
        for row in lexicons["claims/measure-verbs.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            measureVerbs[row.key] = row.fields[1]
        }
        for row in lexicons["claims/event-participles.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            eventParticiples[row.key] = row.fields[1]
        }
        peopleNouns = Set(lexicons["claims/people-nouns.tsv"]?.rows.map(\.key) ?? [])
        for row in lexicons["cues/speaker-nouns.tsv"]?.rows ?? [] where row.fields.count < 3 || row.fields[2] != "plural" {
            personNouns.insert(row.key.lowercased())
        }
        for row in lexicons["people/offices.tsv"]?.rows ?? [] where !row.key.contains(" ") { personNouns.insert(row.key.lowercased()) }
        countries = Set(lexicons["places/countries.tsv"]?.rows.map { $0.key.lowercased() } ?? [])
        places = PlaceNames(countries: countries, lexicons: ["places/cities.tsv", "places/subdivisions.tsv", "places/regions.tsv"].compactMap { lexicons[$0] })
        for row in lexicons["claims/subject-synonyms.tsv"]?.rows ?? [] where row.fields.count >= 2 {
            keySynonyms[row.key] = row.fields[1]
        }
        agentNouns = Set(lexicons["claims/agent-nouns.tsv"]?.rows.map(\.key) ?? [])
        clauseVerbs = Set(lexicons["claims/clause-verbs.tsv"]?.rows.map(\.key) ?? [])
        for row in lexicons["claims/currency-by-context.tsv"]?.rows ?? [] where row.fields.count >= 3 {
            let names = Set(row.fields[2].split(separator: " ").map(String.init))
            currencyCues.append((row.key, row.fields[1], names))
            sharedCurrencyNames.formUnion(names)
        }
        for row in lexicons["claims/attribute-cues.tsv"]?.rows ?? [] where row.fields.count >= 4 {
            cues[row.key, default: []].append(Cue(dimension: row.fields[1], attribute: row.fields[2], after: row.fields[3] == "after"))
        }
    }
}
