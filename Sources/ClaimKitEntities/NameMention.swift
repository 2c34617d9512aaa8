import ClaimKitModel

/// One name found in one entry, before merging: what the matching rules produce.
///
/// Speed: the fields the rules test most (entry, range, type, strength, gender) are stored
/// inline; the strings and word lists live in one copy-on-write box, so that copying a mention
/// (into a group, a sorted list, a closure's argument) retains one object instead of a dozen
/// strings and arrays. Value semantics are unchanged: a write to a boxed field copies the box
/// first when another mention shares it.
struct NameMention: Sendable {
    /// The fields that few mentions have (a lexicon's canonical name, a role, a handle's words, an
    /// expansion): behind one more reference, nil for most mentions. Shared by copies of a box, so
    /// a write copies it first when another box holds it.
    private final class Extras: @unchecked Sendable {
        var canonicalKey: String?
        var role: String?
        var handleWords: [String]?
        var expands: String?

        init(canonicalKey: String?, role: String?, handleWords: [String]?, expands: String?) {
            self.canonicalKey = canonicalKey
            self.role = role
            self.handleWords = handleWords
            self.expands = expands
        }

        func copy() -> Extras {
            Extras(canonicalKey: canonicalKey, role: role, handleWords: handleWords, expands: expands)
        }
    }

    /// The fields behind the box: everything that holds a reference.
    private final class Box: @unchecked Sendable {
        var surface: String
        var words: [String]
        var provenance: Provenance
        var key: String
        var extras: Extras?

        init(surface: String, words: [String], provenance: Provenance, key: String, extras: Extras?) {
            self.surface = surface
            self.words = words
            self.provenance = provenance
            self.key = key
            self.extras = extras
        }

        func copy() -> Box {
            Box(surface: surface, words: words, provenance: provenance, key: key, extras: extras)
        }

        /// The extras, made or copied first so that this box alone holds them (for writes).
        var uniqueExtras: Extras {
            if extras == nil {
                let made = Extras(canonicalKey: nil, role: nil, handleWords: nil, expands: nil)
                extras = made
                return made
            }
            if !isKnownUniquelyReferenced(&extras) { extras = extras!.copy() }
            return extras!
        }
    }

    private var box: Box

    /// The box, copied first when shared (for writes).
    private var uniqueBox: Box {
        mutating get {
            if !isKnownUniquelyReferenced(&box) { box = box.copy() }
            return box
        }
    }

    /// The name's range (titles and possessives outside it).
    var range: TextRange
    /// (Stored narrow: a 200 MB paragraph holds millions of mentions; 32 bytes each inline, was 56.)
    private var entry32: Int32
    private var strength8: Int8

    /// The entry's 1-based index.
    var entry: Int {
        get { Int(entry32) }
        set { entry32 = Int32(truncatingIfNeeded: newValue) }
    }
    /// The name as written.
    var surface: String {
        get { box.surface }
        set { uniqueBox.surface = newValue }
    }
    /// Folded words of the name.
    var words: [String] {
        get { box.words }
        set { uniqueBox.words = newValue }
    }
    /// The type the evidence gives, nil when none does yet.
    var type: EntityType?
    /// How strong the evidence is: 3 lexicon/byline/title, 2 cue, 1 weak cue, 0 none.
    var strength: Int {
        get { Int(strength8) }
        set { strength8 = Int8(truncatingIfNeeded: newValue) }
    }
    /// The rule and lexicon row that typed (or found) the name.
    var provenance: Provenance {
        get { box.provenance }
        set { uniqueBox.provenance = newValue }
    }
    /// A folded canonical name from a lexicon row ("united states" for "US").
    var canonicalKey: String? {
        get { box.extras?.canonicalKey }
        set {
            if newValue == nil && box.extras == nil { return }
            uniqueBox.uniqueExtras.canonicalKey = newValue
        }
    }
    /// The title or office the page gives with this mention.
    var role: String? {
        get { box.extras?.role }
        set {
            if newValue == nil && box.extras == nil { return }
            uniqueBox.uniqueExtras.role = newValue
        }
    }
    /// Gender told by the title or the given name.
    var gender: Entity.Gender?
    /// A handle ("@AndriyYermak"): its camel-case words, folded.
    var handleWords: [String]? {
        get { box.extras?.handleWords }
        set {
            if newValue == nil && box.extras == nil { return }
            uniqueBox.uniqueExtras.handleWords = newValue
        }
    }
    /// For an acronym in brackets right after a name ("Geophysical Institute (IGP)"): that name's key.
    var expands: String? {
        get { box.extras?.expands }
        set {
            if newValue == nil && box.extras == nil { return }
            uniqueBox.uniqueExtras.expands = newValue
        }
    }
    /// Whether the name came from a city row only (weaker than a person reading of the same word).
    var isCityOnly: Bool { box.provenance.rule.isSame(.placeCity) }

    /// Whether `provenance.rule == rule`, read in place (no copy of the provenance to compare, and names of
    /// other lengths told apart without comparing their bytes).
    @inline(__always)
    func hasRule(_ rule: RuleID) -> Bool { box.provenance.rule.isSame(rule) }

    /// The merge key: the canonical key when a lexicon gives one, else the folded words with
    /// transliteration variants made alike and "the" dropped.
    var key: String {
        get { box.key }
        set { uniqueBox.key = newValue }
    }

    init(
        entry: Int, range: TextRange, surface: String, words: [String], type: EntityType? = nil, strength: Int,
        provenance: Provenance, canonicalKey: String? = nil, role: String? = nil, gender: Entity.Gender? = nil,
        handleWords: [String]? = nil, expands: String? = nil, key: String = ""
    ) {
        self.entry32 = Int32(truncatingIfNeeded: entry)
        self.range = range
        self.type = type
        self.strength8 = Int8(truncatingIfNeeded: strength)
        self.gender = gender
        let extras =
            canonicalKey == nil && role == nil && handleWords == nil && expands == nil
            ? nil
            : Extras(canonicalKey: canonicalKey, role: role, handleWords: handleWords, expands: expands)
        box = Box(surface: surface, words: words, provenance: provenance, key: key, extras: extras)
    }

    /// The merge key of a lexicon row's canonical name: `key(words:)` of its words split at
    /// spaces (by bytes when it is ASCII, where that is the same split as by characters).
    static func key(canonical: String, variants: WordMap<String>) -> String {
        var s = canonical
        // Most canonical names are ASCII words, one space apart, not opening with "the", each its own
        // key (no variant, none of the endings `NameFolding.transliterationKey` rewrites): their key is
        // the name itself, found from its bytes (no words split, no key joined).
        let isOwnKey: Bool = s.withUTF8 { u in
            if u.count >= 4 && u[0] == 0x74 && u[1] == 0x68 && u[2] == 0x65 && u[3] == 0x20 { return false }
            var start = 0
            for i in 0...u.count {
                if i < u.count {
                    let b = u[i]
                    if b >= 0x80 { return false }
                    if b != 0x20 { continue }
                }
                guard i > start else { return false }
                let word = UnsafeBufferPointer(rebasing: u[start..<i])
                guard let hash = WordMap<Bool>.asciiHash(bytes: word),
                    !variants.contains(WordKey(ascii: word, hash: hash))
                else { return false }
                if word.count >= 5 {
                    let last = word[word.count - 1]
                    let before = word[word.count - 2]
                    if (last == 0x79 || last == 0x69 || last == 0x6A) && (before == 0x69 || before == 0x79 || before == 0x65) {
                        return false
                    }
                }
                start = i + 1
            }
            return true
        }
        if isOwnKey { return canonical }
        let words: [String]? = s.withUTF8 { u in
            var words: [String] = []
            var start = 0
            for i in 0..<u.count {
                let b = u[i]
                if b >= 0x80 { return nil }
                if b == 0x20 {
                    if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self)) }
                    start = i + 1
                }
            }
            if start < u.count { words.append(String(decoding: UnsafeBufferPointer(rebasing: u[start...]), as: UTF8.self)) }
            return words
        }
        return key(words: words ?? canonical.split(separator: " ").map(String.init), variants: variants)
    }

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
