import ClaimKitLexicon
import ClaimKitModel
import Foundation

extension RuleID {
    /// A numeral or spelled number with a unit of measure. Matches: "2,500km", "three and a half years".
    public static let quantityWithUnit: RuleID = "quantity.number-with-unit"
    /// Money: a currency symbol, code or name with a figure. Matches: "£140m", "$2.4bn", "420 million euros".
    public static let quantityMoney: RuleID = "quantity.money"
    /// A range of two figures. Matches: "between 1,000 and 1,500 km", "eight to 10 feet", "aged 15 to 52".
    public static let quantityRange: RuleID = "quantity.range"
    /// A number with no unit: a count of whatever follows. Matches: "378 arrests", "a dozen".
    public static let quantityBareNumber: RuleID = "quantity.bare-number"
}

/// Reads figures with units and bounds from text.
///
/// Works on a raw string, independent of the other stages: numerals with separators and
/// decimals, spelled-out numbers ("three and a half", "a dozen", "two-thirds"), scale words
/// ("1.5 million", "£140m"), units from `Lexicons/units/`, currencies, ranges and bound
/// words ("approximately over 1,000 miles"). Clock times, dates, years, ordinals, decades,
/// list numbers, labels ("No 10") and phone numbers give nothing.
///
///     let parser = QuantityParser(lexicons: store)
///     parser.quantities(in: "a range of 2,500km")  // 2500 km, exact
public struct QuantityParser: Sendable {
    /// The unit data the parser reads.
    public let catalog: UnitCatalog
    let gate: QuantityGate

    public init(lexicons: LexiconStore) {
        catalog = UnitCatalog(lexicons: lexicons)
        gate = QuantityGate(catalog: catalog)
    }

    /// Whether `text` may hold a quantity: false only when `quantities(in:)` surely finds
    /// none (no digit, number word, vulgar fraction or "a"/"an" before a unit), by one
    /// scan of its bytes.
    public func mayHoldQuantities(_ text: Substring) -> Bool {
        gate.mayHoldQuantities(text)
    }

    /// `mayHoldQuantities(_:)` for the UTF-8 bytes of a text (valid UTF-8, as a string's),
    /// read in place.
    public func mayHoldQuantities(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        gate.mayHoldQuantities(bytes: bytes)
    }

    /// The quantities in `text`, in order, with UTF-8 ranges.
    public func quantities(in text: String) -> [Quantity] {
        quantities(in: text, joiningDurationsAcrossWords: false)
    }

    /// The quantities in `text`; with `joiningDurationsAcrossWords`, durations joined by
    /// "and" or a comma are one figure too ("4 hours and 12 minutes", for claims), where
    /// the plain parse keeps them two, as the public number suites expect.
    public func quantities(in text: String, joiningDurationsAcrossWords: Bool) -> [Quantity] {
        quantities(in: text, joiningDurationsAcrossWords: joiningDurationsAcrossWords, readingRates: false)
    }

    /// The quantities in `text`; with `readingRates`, a volume, mass or energy followed by
    /// "a day", "per year", "an hour" is one rate ("1.68 million barrels a day" in bbl/d,
    /// for claims), where the plain parse reads the amount alone, as the public number
    /// suites expect.
    public func quantities(in text: String, joiningDurationsAcrossWords: Bool, readingRates: Bool) -> [Quantity] {
        // Most sentences hold no figure: one scan of the bytes turns them away.
        guard gate.mayHoldQuantities(text) else { return [] }
        return quantities(gatedText: text, joiningDurationsAcrossWords: joiningDurationsAcrossWords, readingRates: readingRates)
    }

    /// `quantities(in:joiningDurationsAcrossWords:readingRates:)` for text that
    /// `mayHoldQuantities` already let through (no second scan).
    public func quantities(gatedText text: String, joiningDurationsAcrossWords: Bool, readingRates: Bool) -> [Quantity] {
        if text.utf8.count >= Self.windowedFrom {
            return quantitiesInWindows(text, joiningDurationsAcrossWords: joiningDurationsAcrossWords, readingRates: readingRates)
        }
        let run = Run(catalog: catalog)
        run.load(text[...], readingRates: readingRates)
        return quantities(of: run, joiningDurationsAcrossWords: joiningDurationsAcrossWords)
    }

    /// Buffers that one parse after another reuses (the text's bytes, the lexer's items)
    /// and the parse's own copy of the catalog: made once for many texts (a document's
    /// blocks), where a parse per text copied the whole catalog (retaining and releasing
    /// every table of it) and allocated its arrays anew. Not to be shared across threads.
    public final class Scratch {
        let run: Run
        init(catalog: UnitCatalog) { run = Run(catalog: catalog) }
        /// Whether the texts read with this scratch use the decimal comma ("48,7",
        /// "18.600"): nil (the default) decides text by text; a caller that knows the
        /// whole document (see `QuantityParser.showsDecimalComma`) sets it.
        public var decimalComma: Bool? {
            get { run.decimalComma }
            set { run.decimalComma = newValue }
        }
    }

    /// Whether `text` shows the German number convention beyond doubt ("48,7 per cent",
    /// "1.234,5 km"): one scan of its bytes, for a caller deciding for a whole document.
    public static func showsDecimalComma(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { DecimalComma.showsDecimalComma($0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { DecimalComma.showsDecimalComma($0) }
    }

    /// A `Scratch` for `quantities(gatedText:joiningDurationsAcrossWords:readingRates:scratch:)`.
    public func makeScratch() -> Scratch { Scratch(catalog: catalog) }

    /// A `Scratch` whose texts all read numbers in the German convention when
    /// `decimalComma` ("18.600" is 18,600; the caller decided for the whole document by
    /// `showsDecimalComma`), else deciding text by text.
    public func makeScratch(decimalComma: Bool) -> Scratch {
        let scratch = Scratch(catalog: catalog)
        if decimalComma { scratch.decimalComma = true }
        return scratch
    }

    /// `quantities(gatedText:joiningDurationsAcrossWords:readingRates:)` for a substring
    /// `mayHoldQuantities` let through, read with the buffers of `scratch` (made by this
    /// parser's `makeScratch()`): the same quantities, ranges relative to `text`, and no
    /// string made of `text`.
    public func quantities(
        gatedText text: Substring, joiningDurationsAcrossWords: Bool, readingRates: Bool, scratch: Scratch
    ) -> [Quantity] {
        if text.utf8.count >= Self.windowedFrom {
            return quantitiesInWindows(String(text), joiningDurationsAcrossWords: joiningDurationsAcrossWords, readingRates: readingRates)
        }
        scratch.run.load(text, readingRates: readingRates)
        return quantities(of: scratch.run, joiningDurationsAcrossWords: joiningDurationsAcrossWords)
    }

    /// `quantities(gatedText:joiningDurationsAcrossWords:readingRates:scratch:)` for the
    /// UTF-8 bytes of a text (valid UTF-8, as a string's; `mayHoldQuantities(bytes:)` let
    /// them through): the same quantities, ranges relative to the first byte, read from
    /// the bytes in place (no substring made).
    public func quantities(
        gatedBytes bytes: UnsafeBufferPointer<UInt8>, joiningDurationsAcrossWords: Bool, readingRates: Bool, scratch: Scratch
    ) -> [Quantity] {
        if bytes.count >= Self.windowedFrom {
            let text = String(decoding: bytes, as: UTF8.self)
            return quantitiesInWindows(text, joiningDurationsAcrossWords: joiningDurationsAcrossWords, readingRates: readingRates)
        }
        scratch.run.load(bytes: bytes, readingRates: readingRates)
        return quantities(of: scratch.run, joiningDurationsAcrossWords: joiningDurationsAcrossWords)
    }

    /// The quantities of the text `run` holds.
    func quantities(of run: Run, joiningDurationsAcrossWords: Bool) -> [Quantity] {
        // A figure too big for a Double ("9" × 400) is no figure: JSON has no infinity.
        // (Filtered only when there is one: a filter copied every figure.)
        var found = run.parse()
        if found.contains(where: { !Self.isFinite($0) }) { found = found.filter(Self.isFinite) }
        return joiningCompoundDurations(found, in: run.bytes, acrossWords: joiningDurationsAcrossWords)
    }

    /// Whether every value of `q` is finite.
    static func isFinite(_ q: Quantity) -> Bool {
        q.value.isFinite && (q.upper?.isFinite ?? true) && (q.si.map { $0.value.isFinite && ($0.upper?.isFinite ?? true) } ?? true)
    }

    /// "2hr 18min", "3 hours 20 minutes", "4 hours and 12 minutes", "1 hour, 20 minutes":
    /// one duration, in the larger unit (`bytes`: the UTF-8 of the text read).
    func joiningCompoundDurations(_ found: [Quantity], in bytes: [UInt8], acrossWords: Bool) -> [Quantity] {
        // One figure or none: nothing to join (no new array). Nor with fewer than two
        // durations: a duration's unit (`dimension(of:)` "duration") converts to seconds.
        guard found.count > 1 else { return found }
        var durations = 0
        for q in found where q.si?.unit == "s" { durations += 1 }
        guard durations > 1 else { return found }
        var out: [Quantity] = []
        for q in found {
            if var last = out.last, last.bound == .exact, q.bound == .exact, last.upper == nil, q.upper == nil,
                catalog.dimension(of: last.unit) == "duration", catalog.dimension(of: q.unit) == "duration",
                let a = last.si, let b = q.si, a.value > b.value, a.value > 0,
                Self.joinsDurations(bytes[last.range.utf8End..<q.range.utf8Start], acrossWords: acrossWords),
                // With a word between, the smaller part stays under one of the larger unit
                // ("4 hours and 12 minutes", not "2 hours and 90 minutes").
                q.range.utf8Start - last.range.utf8End == 1 || b.value < a.value / last.value
            {
                let factor = a.value / last.value
                last.value += b.value / factor
                last.si = SIValue(value: a.value + b.value, unit: a.unit)
                last.range = TextRange(utf8Start: last.range.utf8Start, utf8End: q.range.utf8End)
                last.text = String(decoding: bytes[last.range.utf8Start..<last.range.utf8End], as: UTF8.self)
                last.precisionExponent = max(last.precisionExponent, 2)
                out[out.count - 1] = last
                continue
            }
            out.append(q)
        }
        return out
    }

    /// Whether the bytes between two durations join them into one: a space; across words
    /// also " and ", ", " or ", and ".
    static func joinsDurations(_ gap: ArraySlice<UInt8>, acrossWords: Bool) -> Bool {
        guard gap.count <= 6 else { return false }
        return (acrossWords ? [" ", " and ", ", ", ", and "] : [" "]).contains { Array($0.utf8).elementsEqual(gap) }
    }

    /// One parse of one string.
    ///
    /// A class: closures in the rules capture `self`, and copying a struct holding the
    /// whole catalog cost ~17 retains and releases each time (a fifth of the claims stage).
    /// One run reads one text after another (see `load`), its arrays kept: its state is
    /// written only by `load`, between parses, so its accesses go unchecked (a dynamic
    /// exclusivity check on every item read would cost more than the parse).
    final class Run {
        /// The run's own copy: its tables are read in place (a catalog reached through
        /// another object was copied, table by table, at each phrase look-up).
        let catalog: UnitCatalog
        /// The catalog's unit, currency and bound tables by reference (made once with the
        /// catalog), for the phrase look-ups (see `PhraseTable`).
        let unitPhrases: PhraseTable<UnitID>
        let currencyPhrases: PhraseTable<NameID>
        let boundPhrases: PhraseTable<(Bound, Bool)>
        /// The names the rules ask about (see `KnownNames`).
        let known: KnownNames
        @exclusivity(unchecked) private(set) var items: [ScalarLexer.Item] = []
        /// `items.count`, kept as a stored value (set wherever `items` is): the rules ask it
        /// hundreds of thousands of times a megabyte, and in the large rule functions the
        /// array's own getter stayed an outlined call.
        @exclusivity(unchecked) private(set) var itemCount = 0

        /// Item `k` (as `items[k]`, bounds checked): the rules read items through it, as
        /// the array's subscript stayed an outlined call in the large rule functions.
        @inline(__always) func itemAt(_ k: Int) -> ScalarLexer.Item { items[k] }
        /// The UTF-8 of the text read (the phrase tries walk items by it).
        @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
        /// Reads "barrels a day" as one rate (see `quantities(in:joiningDurationsAcrossWords:readingRates:)`).
        @exclusivity(unchecked) private(set) var readingRates = false

        init(catalog: UnitCatalog) {
            self.catalog = catalog
            unitPhrases = catalog.unitPhrases
            currencyPhrases = catalog.currencyPhrases
            boundPhrases = catalog.boundPhrases
            known = catalog.known
        }

        /// A run over `bytes` (the UTF-8 of `text`) and their `items`.
        init(catalog: UnitCatalog, items: [ScalarLexer.Item], text: String, bytes: [UInt8], readingRates: Bool = false) {
            self.catalog = catalog
            unitPhrases = catalog.unitPhrases
            currencyPhrases = catalog.currencyPhrases
            boundPhrases = catalog.boundPhrases
            known = catalog.known
            self.items = items
            itemCount = items.count
            self.bytes = bytes
            self.readingRates = readingRates
        }

        /// Takes `text` as the text to parse: its bytes and items in the arrays of the
        /// last text (kept, not reallocated).
        func load(_ text: Substring, readingRates: Bool) {
            // By its contiguous storage (appending the view itself went byte by byte).
            if text.utf8.withContiguousStorageIfAvailable({ load(bytes: $0, readingRates: readingRates) }) == nil {
                Array(text.utf8).withUnsafeBufferPointer { load(bytes: $0, readingRates: readingRates) }
            }
        }

        /// `load(_:readingRates:)` for the UTF-8 bytes of a text (valid UTF-8).
        func load(bytes text: UnsafeBufferPointer<UInt8>, readingRates: Bool) {
            self.readingRates = readingRates
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: text)
            items.removeAll(keepingCapacity: true)
            // German numbers ("48,7 per cent", "18.600 claims") when the text shows the
            // convention beyond doubt (or the caller said the document does): the
            // numerals lexed and read from a copy with dots and commas between digits
            // swapped (same offsets), the text itself kept for every other test.
            let german = decimalComma ?? bytes.withUnsafeBufferPointer { DecimalComma.showsDecimalComma($0) }
            if german {
                numberBytes = DecimalComma.swapped(bytes)
                numberBytes.withUnsafeBufferPointer { ScalarLexer.lex($0, into: &items) }
            } else {
                if !numberBytes.isEmpty { numberBytes = [] }
                bytes.withUnsafeBufferPointer { ScalarLexer.lex($0, into: &items) }
            }
            itemCount = items.count
        }

        /// The bytes numerals are read from: `bytes` with dots and commas between digits
        /// swapped for a text in the German convention, else empty (read `bytes`).
        @exclusivity(unchecked) private(set) var numberBytes: [UInt8] = []
        /// Whether the texts read use the decimal comma: nil decides per text (see
        /// `DecimalComma.showsDecimalComma`).
        @exclusivity(unchecked) var decimalComma: Bool?
        /// Symbol scalars beyond ASCII asked of `isPlainOwnLowerSymbol`, with its answer.
        @exclusivity(unchecked) var plainOwnLowerSymbols: [UInt32: Bool] = [:]

        /// The string of a unit symbol, dimension or currency code the parse carries as an id.
        func name(_ id: NameID) -> String { catalog.names[id] }

        // MARK: Item texts

        /// The text of item `k`, made when asked (the lexer makes no strings: most items
        /// are never read as text, and most tests compare bytes, see `textIs`).
        func itemText(_ k: Int) -> String {
            ScalarLexer.text(of: itemAt(k), in: bytes)
        }

        /// The lower-cased text of item `k` (ASCII lower-cased byte by byte, anything else
        /// by `lowercased()`), made when asked.
        func itemLower(_ k: Int) -> String {
            ScalarLexer.lower(of: itemAt(k), in: bytes)
        }

        /// Whether the text of item `k` equals `word` (as `itemText(k) == word`). An
        /// ASCII item is compared by its bytes: it equals a word only byte for byte, as no
        /// word the rules ask about is canonically equal to other ASCII (`word` beyond
        /// ASCII decomposes beyond ASCII); any other item by its string.
        @inline(__always) func textIs(_ k: Int, _ word: StaticString) -> Bool {
            let item = itemAt(k)
            // (An item beyond ASCII equals an ASCII word only if it may fold to ASCII.)
            guard item.ascii else { return (!word.isASCII || mayFoldToASCII(k)) && itemText(k) == word.description }
            return Self.bytesEqual(bytes, item.start, item.end, word, lowering: false)
        }

        /// Whether the lower-cased text of item `k` equals `word` (as `lower(k) == word`:
        /// no item, out of range, is ""). ASCII items by their bytes, as `textIs`.
        @inline(__always) func lowerIs(_ k: Int, _ word: StaticString) -> Bool {
            guard k >= 0, k < itemCount else { return word.utf8CodeUnitCount == 0 }
            let item = itemAt(k)
            // (An item beyond ASCII lower-cases to an ASCII word only if it may fold to
            // ASCII: no string made for "’s", "£" or "–" asked about "cent".)
            guard item.ascii else { return (!word.isASCII || mayFoldToASCII(k)) && itemLower(k) == word.description }
            return Self.bytesEqual(bytes, item.start, item.end, word, lowering: true)
        }

        @inline(__always) static func bytesEqual(_ bytes: [UInt8], _ start: Int, _ end: Int, _ word: StaticString, lowering: Bool) -> Bool {
            let n = word.utf8CodeUnitCount
            guard end - start == n else { return false }
            let w = word.utf8Start
            for i in 0..<n {
                let b = bytes[start + i]
                if (lowering && b &- 0x41 < 26 ? b | 0x20 : b) != w[i] { return false }
            }
            return true
        }

        /// Whether the lower-cased text of item `k` is in `set` (as `set.contains(lower(k))`):
        /// an ASCII item by its bytes.
        @inline(__always) func lowerIn(_ set: WordSet, _ k: Int) -> Bool {
            guard k >= 0, k < itemCount else { return set.contains("") }
            let item = itemAt(k)
            // (An item beyond ASCII equals no key of an all-ASCII set unless it may fold to ASCII.)
            guard item.ascii else { return (set.table.hasOtherKeys || mayFoldToASCII(k)) && set.contains(itemLower(k)) }
            return set.contains(ascii: bytes, item.start, item.end, lowering: true)
        }

        /// The value of `map` for the lower-cased text of item `k` (as `map[lower(k)]`): an
        /// ASCII item by its bytes.
        @inline(__always) func lowerValue<V>(_ map: WordMap<V>, _ k: Int) -> V? {
            guard k >= 0, k < itemCount else { return map[""] }
            let item = itemAt(k)
            guard item.ascii else { return map.table.hasOtherKeys || mayFoldToASCII(k) ? map[itemLower(k)] : nil }
            return map.value(ascii: bytes, item.start, item.end, lowering: true)
        }

        /// What `quantity(at:)` read: nothing, nothing up to an item, or a figure (appended
        /// to `found`) ending before an item.
        enum Outcome {
            case none
            case skip(Int)
            case found(Int)
        }

        /// The figures of the parse under way, in order (`quantity(at:)` appends to it: a
        /// figure handed back in the outcome was copied twice).
        @exclusivity(unchecked) var found: [Quantity] = []

        func parse() -> [Quantity] {
            found = []
            let n = itemCount
            var i = 0
            // A figure's number is read at a numberish item (see `isNumberish`), and a word
            // before one opens a figure only when it and every item up to that one can be
            // opening words (see `mayOpen`): "in the 1990s" does not, "in excess of 300"
            // may. So only the items from the run of opening words right before each
            // numberish item to that item are tried, in order: the numberish items are
            // found by one pass, and every other item is passed over unasked (as
            // `quantity(at:)` would find nothing there).
            while i < n {
                var next = i
                while next < n, !isNumberish(next) { next += 1 }
                guard next < n else { break }
                var k = next
                while k > i, mayOpen(k - 1) { k -= 1 }
                while k <= next {
                    // Most items open no figure: two set look-ups, not every rule (nor
                    // for "a" or "an" before a word no figure reads after them).
                    guard mayStart(k), !articleOpensNothing(k) else {
                        k += 1
                        continue
                    }
                    switch quantity(at: k) {
                    case .none: k += 1
                    case .skip(let to): k = max(to, k + 1)
                    case .found(let to):
                        k = max(to, k + 1)
                    }
                }
                i = k
            }
            let out = found
            found = []
            return sharingUnits(mergingBounds(out))
        }

        /// Whether a figure's number may be read at item `k`: a numeral, a vulgar fraction,
        /// a number word, or "a", "an", "half", "quarter" (the spelled forms and "about an
        /// hour"). Every figure `quantity(at: i)` finds reads its number at such an item at
        /// or after `i`, so past the last one no item opens a figure (see `parse`). ASCII
        /// words are looked up by their bytes.
        @inline(__always) func isNumberish(_ k: Int) -> Bool {
            let item = itemAt(k)
            switch item.kind {
            case .number: return true
            case .word:
                if item.ascii {
                    // (A word starts with a letter.)
                    let shape = catalog.numberishShapes[Int((bytes[item.start] | 0x20) &- 0x61)]
                    return shape & (1 << UInt32(min(item.end - item.start, 31))) != 0
                        && catalog.numberishFilter.mayContain(ascii: bytes, item.start, item.end, lowering: true)
                        && catalog.numberishWords.contains(ascii: bytes, item.start, item.end, lowering: true)
                }
                // A word beyond ASCII equals no (ASCII) number word unless it may fold to ASCII.
                if catalog.numberishWordsAreASCII, !mayFoldToASCII(k) { return false }
                return catalog.numberishWords.contains(itemLower(k))
            case .symbol:
                // An ASCII symbol is its own lower case: no word.
                // A vulgar fraction is one scalar, equal to no other (by its scalar, no string made).
                return !item.ascii && (Self.vulgarScalars.contains(item.scalar) || (mayFoldToASCII(k) && itemLower(k).isOne(of: "a", "an", "half", "quarter")))
            case .url: return itemLower(k).isOne(of: "a", "an", "half", "quarter")
            }
        }

        /// Whether the lower-cased text of item `k` may equal a string of ASCII: it is ASCII,
        /// or it holds one of the three scalars beyond ASCII whose lower case or canonical
        /// decomposition is ASCII (the Kelvin sign, "k"; the Greek question mark, ";"; the
        /// Greek varia, "`"). Any other scalar beyond ASCII lower-cases to scalars beyond
        /// ASCII that decompose to some beyond ASCII, and Swift compares strings by their
        /// canonical decomposition: false means the item equals no ASCII word (no string
        /// lower-cased to ask).
        @inline(__always) func mayFoldToASCII(_ k: Int) -> Bool {
            let item = itemAt(k)
            if item.ascii { return true }
            var p = item.start
            let end = item.end
            while p + 1 < end {
                let b0 = bytes[p]
                let b1 = bytes[p + 1]
                // U+212A (E2 84 AA), U+037E (CD BE), U+1FEF (E1 BF AF)
                if (b0 == 0xE2 && b1 == 0x84 && p + 2 < end && bytes[p + 2] == 0xAA) || (b0 == 0xCD && b1 == 0xBE)
                    || (b0 == 0xE1 && b1 == 0xBF && p + 2 < end && bytes[p + 2] == 0xAF)
                {
                    return true
                }
                p += 1
            }
            return false
        }

        /// Whether item `k` may stand among the words that open a figure before its number:
        /// bounds, "equal to", "percent of", "between", "from", "minus", currencies (see
        /// `UnitCatalog.openingWords`). Items beyond ASCII, and ASCII ones glued to one (a
        /// combining mark composes with them), are let through: the string look-ups compare
        /// them by canonical equivalence. False means no opening phrase holds the item, so
        /// `quantity(at:)` at an item before it (and before any numberish item) finds nothing
        /// and skips no further than past it.
        @inline(__always) func mayOpen(_ k: Int) -> Bool {
            let item = itemAt(k)
            if !item.ascii || (k + 1 < itemCount && !itemAt(k + 1).ascii && !itemAt(k + 1).spaced) { return true }
            return catalog.openingWords.contains(ascii: bytes, item.start, item.end, lowering: true)
        }

        /// Whether `quantity(at: i)` may find anything: a numeral, or an item it reads
        /// first (see `UnitCatalog.startLower`). False means it surely returns `.none`.
        /// ASCII items are asked by their bytes, no string made.
        @inline(__always) func mayStart(_ i: Int) -> Bool {
            let item = itemAt(i)
            if item.kind == .number { return true }
            if item.ascii {
                return (catalog.startLowerFilter.mayContain(ascii: bytes, item.start, item.end, lowering: true)
                    && catalog.startLower.contains(ascii: bytes, item.start, item.end, lowering: true))
                    || (catalog.startExactFilter.mayContain(ascii: bytes, item.start, item.end, lowering: false)
                        && catalog.startExact.contains(ascii: bytes, item.start, item.end, lowering: false))
            }
            let lower = itemLower(i)
            let text = itemText(i)
            return (catalog.startLowerFilter.mayContain(lower) && catalog.startLower.contains(lower))
                || (catalog.startExactFilter.mayContain(text) && catalog.startExact.contains(text))
        }

        /// Whether item `k` is "a" or "an" (in any case) that `quantity(at: k)` surely reads
        /// nothing from: before no item, or before an ASCII word that is none of
        /// `UnitCatalog.articleFollowers` (the words a figure read at an article may go on
        /// with: "a dozen", "an hour and a half", "a maximum of"). Most articles are tried
        /// for nothing otherwise ("a spokesman", "an attack").
        @inline(__always) func articleOpensNothing(_ k: Int) -> Bool {
            let item = itemAt(k)
            let length = item.end - item.start
            guard catalog.articleFollowersUsable, item.kind == .word, item.ascii, length <= 2, bytes[item.start] | 0x20 == 0x61,
                length == 1 || bytes[item.start + 1] | 0x20 == 0x6E
            else { return false }
            guard k + 1 < itemCount else { return true }
            let next = itemAt(k + 1)
            guard next.kind == .word, next.ascii else { return false }
            return !catalog.articleFollowers.contains(ascii: bytes, next.start, next.end, lowering: true)
        }

        /// "45 and 50 mg": a bare number before "and"/"or" and a figure with a unit shares it.
        func sharingUnits(_ found: [Quantity]) -> [Quantity] {
            guard found.count > 1 else { return found }
            var out = found
            for n in out.indices.dropLast() where out[n].unit == "count" && out[n + 1].unit != "count" && out[n].upper == nil {
                guard out[n + 1].rule != .quantityMoney,
                    joiner(from: out[n].range.utf8End, to: out[n + 1].range.utf8Start)?.isOne(of: "and", "or", ",") == true
                else { continue }
                out[n].unit = out[n + 1].unit
                out[n].rule = .quantityWithUnit
                out[n].si = catalog.si(value: out[n].value, unit: out[n].unit)
            }
            return out
        }

        /// "more than 10 and less than 20", "at most 100 and at least 20": one range.
        func mergingBounds(_ found: [Quantity]) -> [Quantity] {
            // One figure or none: no pair to merge (no new array). Nor when no two figures
            // side by side have bounds of opposite sides (a merged figure is a range, and
            // merges no further: every merge is of two figures side by side in `found`).
            func isLower(_ b: Bound) -> Bool { b == .moreThan || b == .atLeast }
            func isUpper(_ b: Bound) -> Bool { b == .lessThan || b == .atMost }
            guard found.count > 1,
                found.indices.dropFirst().contains(where: { n in
                    let (a, b) = (found[n - 1].bound, found[n].bound)
                    return (isLower(a) && isUpper(b)) || (isUpper(a) && isLower(b))
                })
            else { return found }
            var out: [Quantity] = []
            for q in found {
                if let p = out.last, p.unit == q.unit, p.upper == nil, q.upper == nil {
                    var pair: (Quantity, Quantity)?
                    if isLower(p.bound) && isUpper(q.bound) { pair = (p, q) }
                    if isUpper(p.bound) && isLower(q.bound) { pair = (q, p) }
                    // The words between only once the bounds make a pair.
                    if let (low, high) = pair, low.value < high.value,
                        joiner(from: p.range.utf8End, to: q.range.utf8Start)?.isOne(of: "and", "but", ",", ", and", ", but") == true
                    {
                        var merged = p
                        merged.value = low.value
                        merged.upper = high.value
                        merged.bound = .range
                        merged.rule = .quantityRange
                        merged.range = p.range.union(q.range)
                        merged.text = phraseText(merged.range.utf8Start, merged.range.utf8End)
                        merged.si = catalog.si(value: merged.value, upper: merged.upper, unit: merged.unit)
                        out[out.count - 1] = merged
                        continue
                    }
                }
                out.append(q)
            }
            return out
        }

        /// The text between UTF-8 offsets `a` and `b`, trimmed of `.whitespaces` and
        /// lower-cased: ASCII by its bytes (space and tab are the ASCII `.whitespaces`),
        /// anything else through Foundation as before. Nil when that text surely holds a
        /// scalar beyond ASCII, so equals no ASCII word the callers ask about: a scalar
        /// beyond ASCII outside `.whitespaces` stays after trimming, and lower-cases to
        /// ASCII only for the Kelvin sign ("k", no joining word); Foundation's trimming cost
        /// some hundred thousand instructions a call.
        func joiner(from a: Int, to b: Int) -> String? {
            let fast = bytes.withUnsafeBufferPointer { all -> String? in
                guard a <= b, b <= all.count else { return nil }
                var lo = a
                var hi = b
                for k in lo..<hi where all[k] >= 0x80 { return nil }
                while lo < hi, all[lo] == 0x20 || all[lo] == 0x09 { lo += 1 }
                while hi > lo, all[hi - 1] == 0x20 || all[hi - 1] == 0x09 { hi -= 1 }
                return String(unsafeUninitializedCapacity: hi - lo) { out in
                    for k in lo..<hi { out[k - lo] = all[k] &- 0x41 < 26 ? all[k] | 0x20 : all[k] }
                    return hi - lo
                }
            }
            if let fast { return fast }
            let gap = phraseText(a, b)
            if gap.unicodeScalars.contains(where: { $0.value >= 0x80 && !CharacterSet.whitespaces.contains($0) }) { return nil }
            return gap.trimmingCharacters(in: .whitespaces).lowercased()
        }


        static let changeVerbs: WordSet = [
            "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling", "increased",
            "increase", "increases", "decreased", "decrease", "dropped", "drop", "grew", "grown", "grow", "cut",
            "raised", "raise", "climbed", "jumped", "up", "down", "slipped", "soared", "plunged", "went", "gone",
            "moved", "changed", "reduced", "lowered", "boosted", "doubled", "slashed", "shrank", "swelled",
        ]
        static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
        static let equalPhrases: [[String]] = [["equal", "to"], ["equals", "to"], ["equaling", "to"], ["equalling", "to"], ["equals"]]
    }
}
