import ClaimKitLexicon
import ClaimKitModel
import Foundation

/// A unit of measure as the unit lexicon describes it.
public struct UnitInfo: Hashable, Sendable {
    /// The canonical symbol: km, mi, h, %, GBP ...
    public var symbol: String
    /// The dimension: length, duration, money, percent, count ...
    public var dimension: String
    /// base = value × factor + offset.
    public var factor: Double
    public var offset: Double

    public init(symbol: String, dimension: String, factor: Double, offset: Double = 0) {
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor
        self.offset = offset
    }
}

/// The kind of a number word (the `kind` column of `units/number-words.tsv`), compared
/// as a value where the spelled-number rules ask it many times per word: unit (0-9), teen
/// (10-19), tens (20-90), hundred, scale (thousand and up), dozen, couple, fraction (a
/// denominator); `article` is no row's kind but the state after "a"/"an" while a spelled
/// number is read, and `other` any kind the rules do not know.
enum NumberWordKind: String, Sendable {
    case unit, teen, tens, hundred, scale, dozen, couple, fraction, article, other

    func isOne(of a: Self, _ b: Self, _ c: Self) -> Bool { self == a || self == b || self == c }
    func isOne(of a: Self, _ b: Self, _ c: Self, _ d: Self) -> Bool { self == a || self == b || self == c || self == d }
    func isOne(of a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self) -> Bool {
        self == a || self == b || self == c || self == d || self == e
    }
    func isOne(of a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self, _ f: Self) -> Bool {
        self == a || self == b || self == c || self == d || self == e || self == f
    }
}

/// The data the quantity rules read, built once from `Lexicons/units/`: unit surfaces,
/// currencies, scale words, bound words, number words and the words that make a numeral a
/// label, a date or a clock time.
public struct UnitCatalog: Sendable {
    /// Surfaces matched in any case (keys lower-cased) and exactly as written.
    struct SurfaceTable<Value: Sendable>: Sendable {
        var folded: [String: Value] = [:]
        var exact: [String: Value] = [:]
        var longest = 1

        /// Every prefix (in scalars, as written and decomposed) of the exact and of the
        /// folded keys: a phrase that is no key's prefix cannot grow into a key.
        var exactPrefixes: Set<String> = []
        var foldedPrefixes: Set<String> = []
        /// Filters before the prefix sets and the key tables (every key is its own prefix).
        var exactFilter = LeadFilter()
        var foldedFilter = LeadFilter()

        /// The same keys as byte tries (see `SurfaceTrie`), their values in `values`.
        var exactTrie = SurfaceTrie()
        var foldedTrie = SurfaceTrie()
        var values: [Value] = []
        /// The scalars beyond ASCII that the tries' keys hold: a symbol item made of one of
        /// them is walked in the tries, any other non-ASCII item takes the string path.
        var plainScalars: Set<UInt32> = []

        mutating func add(_ surface: String, _ value: Value, caseSensitive: Bool) {
            values.append(value)
            let index = Int32(values.count - 1)
            if caseSensitive {
                if exact[surface] == nil { exact[surface] = value }
                Self.addPrefixes(of: surface, to: &exactPrefixes, filter: &exactFilter)
                exactTrie.add(surface, value: index)
                notePlainScalars(of: surface)
            } else {
                let key = surface.lowercased()
                if folded[key] == nil { folded[key] = value }
                Self.addPrefixes(of: key, to: &foldedPrefixes, filter: &foldedFilter)
                foldedTrie.add(key, value: index)
                notePlainScalars(of: key)
            }
            longest = max(longest, surface.split(separator: " ").count + surface.filter { "-/.".contains($0) }.count * 2 + 1)
        }

        private mutating func notePlainScalars(of key: String) {
            guard !key.utf8.allSatisfy({ $0 < 0x80 }) else { return }
            for scalar in key.decomposedStringWithCanonicalMapping.unicodeScalars where scalar.value >= 0x80 && SurfaceTrie.isPlain(scalar) {
                plainScalars.insert(scalar.value)
            }
        }

        static func addPrefixes(of key: String, to set: inout Set<String>, filter: inout LeadFilter) {
            var added = Set<String>()
            addPrefixes(of: key, to: &added)
            for prefix in added { filter.insert(prefix) }
            set.formUnion(added)
        }

        static func addPrefixes(of key: String, to set: inout Set<String>) {
            // ASCII is its own decomposition: Foundation's normalisation only for the rest.
            let ascii = key.utf8.allSatisfy { $0 < 0x80 }
            for form in ascii ? [key] : [key, key.decomposedStringWithCanonicalMapping] {
                var prefix = String.UnicodeScalarView()
                for scalar in form.unicodeScalars {
                    prefix.append(scalar)
                    set.insert(String(prefix))
                }
            }
        }

        func lookup(_ surface: String) -> Value? {
            lookup(surface, lower: surface.lowercased())
        }

        /// The same table with each value transformed (keys, prefixes, filters and tries
        /// kept: the tries index `values`, which keep their order).
        func mapValues<Other: Sendable>(_ transform: (Value) -> Other) -> SurfaceTable<Other> {
            var out = SurfaceTable<Other>()
            out.folded = folded.mapValues(transform)
            out.exact = exact.mapValues(transform)
            out.longest = longest
            out.exactPrefixes = exactPrefixes
            out.foldedPrefixes = foldedPrefixes
            out.exactFilter = exactFilter
            out.foldedFilter = foldedFilter
            out.exactTrie = exactTrie
            out.foldedTrie = foldedTrie
            out.values = values.map(transform)
            out.plainScalars = plainScalars
            return out
        }

        /// `lookup` for a surface whose lower-cased form is known.
        func lookup(_ surface: String, lower: String) -> Value? {
            (exactFilter.mayContain(surface) ? exact[surface] : nil) ?? (foldedFilter.mayContain(lower) ? folded[lower] : nil)
        }

        /// Whether some key starts with `surface` (as written) or `lower` (folded).
        func hasPrefix(_ surface: String, lower: String) -> Bool {
            (exactFilter.mayContain(surface) && exactPrefixes.contains(surface))
                || (foldedFilter.mayContain(lower) && foldedPrefixes.contains(lower))
        }
    }

    var units = SurfaceTable<UnitInfo>()
    var currencies = SurfaceTable<String>()
    /// Currency symbols written in mixed case, exactly as listed ("KSh", "Rs", "Rp"): the
    /// case-sensitive rows of the currency lexicons with a capital first and a small letter
    /// after, which stand before a figure though they are no code in capitals.
    var mixedCaseCurrencySymbols: Set<String> = []
    /// Scale words by surface; `use` is free, glued or currency (see scales.tsv).
    var scales = WordMap<(factor: Double, use: String)>()
    var bounds = SurfaceTable<(Bound, Bool)>()  // (bound, standsAfter)
    /// `units`, `currencies` and `bounds` by reference, made once with the catalog for the
    /// parse's phrase look-ups (see `PhraseTable`); units and currency codes as ids of
    /// `names` (see `UnitID`).
    private(set) var unitPhrases = PhraseTable(SurfaceTable<UnitID>())
    private(set) var currencyPhrases = PhraseTable(SurfaceTable<NameID>())
    /// The unit symbols, dimensions and currency codes the parse carries as ids, and the
    /// ones its rules ask about by name.
    private(set) var names = NameTable()
    private(set) var known = KnownNames()
    /// `bySymbol` as ids of `names`.
    private(set) var unitIDsBySymbol = WordMap<UnitID>()
    /// How `si(value:upper:unit:)` converts each name of `names` taken as a unit symbol (by
    /// its index), worked out once: the same answer with no symbol hashed per figure.
    private(set) var siRules: [SIRule] = []

    /// One entry of `siRules`.
    enum SIRule: Sendable {
        /// A currency: the value as it stands, in its own code.
        case money
        /// value × factor + offset, in the dimension's base unit.
        case scaled(factor: Double, offset: Double, base: String)
        /// No conversion: the dimension has no base unit.
        case none
        /// No unit has this symbol: asked by the string.
        case byString
    }
    private(set) var boundPhrases = PhraseTable(SurfaceTable<(Bound, Bool)>())
    var numberWords = WordMap<(value: Double, kind: NumberWordKind)>()
    var labelWords = WordSet()
    var monthNames = WordSet()
    var timeWords = WordSet()
    /// Units by symbol, for conversion.
    var bySymbol = WordMap<UnitInfo>()
    /// Items that may open a quantity, lower-cased (`startLower`) and as written
    /// (`startExact`): an item that is neither, nor a numeral, opens none (see
    /// `QuantityParser.Run.mayStart`).
    var startLower = WordSet()
    var startExact = WordSet()
    /// Number words and "a", "an", "half", "quarter": the words a figure's number may be
    /// read at (see `QuantityParser.Run.isNumberish`).
    var numberishWords = WordSet()
    /// Every member of `numberishWords` is plain ASCII (see `QuantityParser.Run.mayFoldToASCII`).
    var numberishWordsAreASCII = false
    /// Asked before `numberishWords` (see `LeadFilter`): most words are no number word.
    var numberishFilter = LeadFilter()
    /// Asked before `numberishFilter`, of an ASCII word: bit `min(n, 31)` of entry `c` is
    /// set when some member may equal a word of `n` bytes starting with letter `c` (in
    /// either case), all bits when a member is beyond ASCII or starts with no letter.
    var numberishShapes = [UInt32](repeating: 0, count: 26)
    /// The lower-cased items of every phrase that may stand before a figure's number
    /// (bounds, "equal to", percent units and "of", "between", "from", "minus",
    /// "negative", currencies, dashes), as the lexer splits them (see
    /// `QuantityParser.Run.mayOpen`).
    var openingWords = WordSet()
    /// The lower-cased words that may follow "a" or "an" where a figure starts at the
    /// article: number words ("a dozen"), the first words of units ("an hour and a half"),
    /// and the words after the article in bounds, currencies and percent units ("a
    /// maximum of"). An article before any other ASCII word opens no figure (see
    /// `QuantityParser.Run.articleOpensNothing`).
    var articleFollowers = WordSet()
    /// False when some bound, currency or percent unit is the article alone: then every
    /// article is tried.
    var articleFollowersUsable = false
    /// Filters before `startLower` and `startExact` (see `LeadFilter`).
    var startLowerFilter = LeadFilter()
    var startExactFilter = LeadFilter()

    /// Builds the catalog from the `units/` lexicons of `lexicons`.
    public init(lexicons: LexiconStore) {
        // The tables are filled as dictionaries, then frozen into word maps.
        var bySymbol: [String: UnitInfo] = [:]
        var scales: [String: (factor: Double, use: String)] = [:]
        var numberWords: [String: (value: Double, kind: NumberWordKind)] = [:]
        if let lexicon = lexicons["units/units.tsv"] {
            for row in lexicon.rows where row.fields.count >= 6 {
                let f = row.fields
                let info = UnitInfo(symbol: f[1], dimension: f[2], factor: Double(f[3]) ?? 1, offset: Double(f[4]) ?? 0)
                units.add(f[0], info, caseSensitive: f[5] == "s")
                if bySymbol[info.symbol] == nil { bySymbol[info.symbol] = info }
            }
        }
        for file in ["units/currencies.tsv", "units/currency-aliases.tsv"] {
            for row in lexicons[file]?.rows ?? [] where row.fields.count >= 3 {
                currencies.add(row.fields[0], row.fields[1], caseSensitive: row.fields[2] == "s")
                let surface = row.fields[0]
                if row.fields[2] == "s", let first = surface.utf8.first, first &- 0x41 < 26,
                    surface.utf8.contains(where: { $0 &- 0x61 < 26 })
                {
                    mixedCaseCurrencySymbols.insert(surface)
                }
                bySymbol[row.fields[1]] = UnitInfo(symbol: row.fields[1], dimension: "money", factor: 1)
            }
        }
        for row in lexicons["units/scales.tsv"]?.rows ?? [] where row.fields.count >= 3 {
            scales[row.fields[0]] = (Double(row.fields[1]) ?? 1, row.fields[2])
        }
        for row in lexicons["units/bounds.tsv"]?.rows ?? [] where row.fields.count >= 3 {
            if let bound = Bound(rawValue: row.fields[1]) {
                bounds.add(row.fields[0], (bound, row.fields[2] == "after"), caseSensitive: false)
            }
        }
        for row in lexicons["units/number-words.tsv"]?.rows ?? [] where row.fields.count >= 3 {
            numberWords[row.fields[0]] = (Double(row.fields[1]) ?? 0, NumberWordKind(rawValue: row.fields[2]) ?? .other)
        }
        labelWords = WordSet(lexicons["units/label-words.tsv"]?.rows.map(\.key) ?? [])
        monthNames = WordSet(lexicons["units/month-names.tsv"]?.rows.map(\.key) ?? [])
        timeWords = WordSet(lexicons["units/time-words.tsv"]?.rows.map(\.key) ?? [])
        bySymbol["count"] = UnitInfo(symbol: "count", dimension: "count", factor: 1)
        self.bySymbol = WordMap(bySymbol)
        self.scales = WordMap(scales)
        self.numberWords = WordMap(numberWords)
        buildStartSets()
        var names = NameTable()
        unitPhrases = PhraseTable(units.mapValues { names.unitID(of: $0) })
        currencyPhrases = PhraseTable(currencies.mapValues { names.id(of: $0) })
        unitIDsBySymbol = WordMap(bySymbol.mapValues { names.unitID(of: $0) })
        known = KnownNames(in: &names)
        self.names = names
        siRules = names.strings.map { symbol in
            guard let info = bySymbol[symbol] else { return .byString }
            if info.dimension == "money" { return .money }
            guard let base = Self.baseUnits[info.dimension] else { return .none }
            return .scaled(factor: info.factor, offset: info.offset, base: base)
        }
        boundPhrases = PhraseTable(bounds)
    }

    /// Fills `startLower` and `startExact` with every item `QuantityParser.Run.quantity(at:)`
    /// reads first: number words and the words of spelled forms ("a", "half", "minus"), the
    /// range and "equal" openers, and any prefix of a bound, a currency or a percent unit.
    private mutating func buildStartSets() {
        var lower = Set(numberWords.keys)
        lower.formUnion([
            "a", "an", "half", "quarter", "equal", "equals", "equaling", "equalling", "between", "from", "minus", "negative",
        ])
        // A bound read after its figure ("and above", "or more", "plus") opens none: at the
        // start the bounds loop stops at it and reads on from the same item, so only the
        // bounds that stand before a figure count ("and", "or" start thousands of items).
        for (key, bound) in bounds.folded where !bound.1 { SurfaceTable<UnitInfo>.addPrefixes(of: key, to: &lower) }
        lower.formUnion(currencies.foldedPrefixes)
        var exact = currencies.exactPrefixes
        for (key, bound) in bounds.exact where !bound.1 { SurfaceTable<UnitInfo>.addPrefixes(of: key, to: &exact) }
        exact.formUnion(["-", "\u{2212}"])
        exact.formUnion(QuantityParser.Run.vulgar.keys)
        // "percent of 10": a percent unit's surfaces.
        for (key, unit) in units.folded where unit.symbol == "%" { SurfaceTable<UnitInfo>.addPrefixes(of: key, to: &lower) }
        for (key, unit) in units.exact where unit.symbol == "%" { SurfaceTable<UnitInfo>.addPrefixes(of: key, to: &exact) }
        numberishWords = WordSet(Array(numberWords.keys) + ["a", "an", "half", "quarter"])
        numberishFilter = LeadFilter(numberishWords.members)
        numberishWordsAreASCII = numberishWords.members.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        for word in numberishWords.members {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }), (first | 0x20) &- 0x61 < 26 else {
                numberishShapes = [UInt32](repeating: ~0, count: 26)
                break
            }
            numberishShapes[Int((first | 0x20) - 0x61)] |= 1 << UInt32(min(bytes.count, 31))
        }
        var opening: Set<String> = [
            "equal", "equals", "equaling", "equalling", "to", "of", "between", "from", "minus", "negative", "-",
        ]
        // Only ASCII items are asked about (see `mayOpen`): a key's items beyond ASCII are
        // kept only when their canonical decomposition is ASCII (the Kelvin sign), which an
        // ASCII item would equal.
        func addItems(of key: String) {
            let bytes = Array(key.utf8)
            for item in ScalarLexer.lex(bytes) {
                let lower = ScalarLexer.lower(of: item, in: bytes)
                let word = item.ascii ? lower : lower.decomposedStringWithCanonicalMapping
                if word.utf8.allSatisfy({ $0 < 0x80 }) { opening.insert(word) }
            }
        }
        for key in Array(bounds.folded.keys) + Array(bounds.exact.keys) + Array(currencies.folded.keys) + Array(currencies.exact.keys) {
            addItems(of: key)
        }
        for (key, unit) in units.folded where unit.symbol == "%" { addItems(of: key) }
        for (key, unit) in units.exact where unit.symbol == "%" { addItems(of: key) }
        openingWords = WordSet(opening)
        buildArticleFollowers()
        startLower = WordSet(lower)
        startExact = WordSet(exact)
        startLowerFilter = LeadFilter(lower)
        startExactFilter = LeadFilter(exact)
    }

    /// Fills `articleFollowers` (see there).
    private mutating func buildArticleFollowers() {
        // The lexer's items of `key` and of its canonical decomposition (an ASCII item is
        // matched to either), lower-cased (an ASCII key is its own decomposition:
        // Foundation's normalisation only for the rest).
        func lexed(_ key: String) -> [[String]] {
            (key.utf8.allSatisfy { $0 < 0x80 } ? [key] : [key, key.decomposedStringWithCanonicalMapping]).map { form in
                let bytes = Array(form.utf8)
                return ScalarLexer.lex(bytes).map { ScalarLexer.lower(of: $0, in: bytes) }
            }
        }
        var followers = Set(numberWords.keys)
        var usable = true
        // Keys read at the article itself (bounds, a currency before its figure, "percent
        // of"): the item after an article they start with.
        func addAfterArticle(_ key: String) {
            for items in lexed(key) {
                guard let first = items.first, first == "a" || first == "an" else { continue }
                if items.count == 1 { usable = false } else { followers.insert(items[1]) }
            }
        }
        for key in Array(bounds.folded.keys) + Array(bounds.exact.keys) + Array(currencies.folded.keys) + Array(currencies.exact.keys) {
            addAfterArticle(key)
        }
        for (key, unit) in units.folded where unit.symbol == "%" { addAfterArticle(key) }
        for (key, unit) in units.exact where unit.symbol == "%" { addAfterArticle(key) }
        // "an hour and a half", "about an hour": a unit right after the article.
        for key in Array(units.folded.keys) + Array(units.exact.keys) {
            for items in lexed(key) {
                if let first = items.first { followers.insert(first) }
            }
        }
        articleFollowers = WordSet(followers)
        articleFollowersUsable = usable
    }

    /// The unit a canonical symbol names, if the lexicon knows it.
    public func unit(symbol: String) -> UnitInfo? { bySymbol[symbol] }

    /// `unit(symbol:)` as the parse carries it (see `UnitID`).
    func unitID(symbol: String) -> UnitID? { unitIDsBySymbol[symbol] }

    /// The dimension of a canonical symbol ("length" for km), "money" for currencies.
    public func dimension(of symbol: String) -> String? { bySymbol[symbol]?.dimension }

    /// The units by symbol alone: a small value to keep where only dimensions are asked.
    public var symbols: Symbols { Symbols(bySymbol: bySymbol) }

    /// Units by canonical symbol (see `UnitCatalog.symbols`).
    public struct Symbols: Sendable {
        let bySymbol: WordMap<UnitInfo>

        /// The dimension of a canonical symbol, as `UnitCatalog.dimension(of:)` answers.
        public func dimension(of symbol: String) -> String? { bySymbol[symbol]?.dimension }

        /// A value in `symbol` in its dimension's base unit, as `UnitCatalog.si(value:upper:unit:)` answers.
        public func si(value: Double, upper: Double? = nil, unit symbol: String) -> SIValue? {
            UnitCatalog.si(value: value, upper: upper, unit: symbol, in: bySymbol)
        }
    }

    /// The base unit of each dimension, as `SIValue.unit` names it.
    static let baseUnits: WordMap<String> = [
        "length": "m", "area": "m2", "volume": "m3", "mass": "kg", "duration": "s", "speed": "m/s",
        "temperature": "K", "percent": "%", "percentage-point": "pp", "data": "B", "energy": "J",
        "power": "W", "frequency": "Hz", "pressure": "Pa", "count": "count",
    ]

    /// A value in `symbol` converted to its dimension's base unit (SI where there is one;
    /// a currency stays in its own code).
    public func si(value: Double, upper: Double? = nil, unit symbol: String) -> SIValue? {
        // A count (most figures): its entry is set in `init` (factor 1, offset 0, base unit
        // "count"), so no look-up; the same arithmetic as `Self.si`.
        if symbol == "count" {
            return SIValue(value: value * 1 + 0, upper: upper.map { $0 * 1 + 0 }, unit: "count")
        }
        return Self.si(value: value, upper: upper, unit: symbol, in: bySymbol)
    }

    /// `si(value:upper:unit:)` for a symbol carried as a name of `names` (see `siRules`).
    func si(value: Double, upper: Double?, symbol: NameID) -> SIValue? {
        switch siRules[Int(symbol.index)] {
        case .money: return SIValue(value: value, upper: upper, unit: names[symbol])
        case .scaled(let factor, let offset, let base):
            return SIValue(value: value * factor + offset, upper: upper.map { $0 * factor + offset }, unit: base)
        case .none: return nil
        case .byString: return si(value: value, upper: upper, unit: names[symbol])
        }
    }

    static func si(value: Double, upper: Double?, unit symbol: String, in bySymbol: WordMap<UnitInfo>) -> SIValue? {
        guard let info = bySymbol[symbol] else { return rateSI(value: value, upper: upper, unit: symbol, in: bySymbol) }
        if info.dimension == "money" { return SIValue(value: value, upper: upper, unit: symbol) }
        guard let base = Self.baseUnits[info.dimension] else { return nil }
        return SIValue(
            value: value * info.factor + info.offset, upper: upper.map { $0 * info.factor + info.offset }, unit: base)
    }

    /// A rate of an amount per time ("bbl/d", "t/yr") in its base units per second (m3/s, kg/s).
    static func rateSI(value: Double, upper: Double?, unit symbol: String, in bySymbol: WordMap<UnitInfo>) -> SIValue? {
        let parts = symbol.split(separator: "/")
        guard parts.count == 2, let amount = bySymbol[String(parts[0])], let time = bySymbol[String(parts[1])], time.dimension == "duration",
            amount.dimension != "money", let base = Self.baseUnits[amount.dimension]
        else { return nil }
        let factor = amount.factor / time.factor
        return SIValue(value: value * factor, upper: upper.map { $0 * factor }, unit: base + "/s")
    }
}
