import ClaimKitModel

/// One name found in one entry, before merging: what the matching rules produce.
struct NameMention: Sendable {
    /// The entry's 1-based index.
    var entry: Int
    /// The name's range (titles and possessives outside it).
    var range: TextRange
    /// The name as written.
    var surface: String
    /// Folded words of the name.
    var words: [String]
    /// The type the evidence gives, nil when none does yet.
    var type: EntityType?
    /// How strong the evidence is: 3 lexicon/byline/title, 2 cue, 1 weak cue, 0 none.
    var strength: Int
    /// The rule and lexicon row that typed (or found) the name.
    var provenance: Provenance
    /// A folded canonical name from a lexicon row ("united states" for "US").
    var canonicalKey: String?
    /// The title or office the page gives with this mention.
    var role: String?
    /// Gender told by the title or the given name.
    var gender: Entity.Gender?
    /// A handle ("@AndriyYermak"): its camel-case words, folded.
    var handleWords: [String]?
    /// For an acronym in brackets right after a name ("Geophysical Institute (IGP)"): that name's key.
    var expands: String?
    /// Whether the name came from a city row only (weaker than a person reading of the same word).
    var isCityOnly: Bool { provenance.rule == .placeCity }

    /// The merge key: the canonical key when a lexicon gives one, else the folded words with
    /// transliteration variants made alike and "the" dropped.
    var key: String = ""

    static func key(words: [String], variants: WordMap<String>) -> String {
        // One pass, no intermediate arrays (the same string as dropping "the", mapping and joining).
        let first = words.first == "the" && words.count > 1 ? 1 : 0
        guard first < words.count else { return "" }
        if words.count - first == 1 { return NameFolding.transliterationKey(variants[words[first]] ?? words[first]) }
        var out = ""
        for k in first..<words.count {
            if k > first { out += " " }
            out += NameFolding.transliterationKey(variants[words[k]] ?? words[k])
        }
        return out
    }
}
