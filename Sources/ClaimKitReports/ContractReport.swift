import ClaimKitModel
import Foundation

/// The JSON that `claimkit extract --format json` prints for one document: the published
/// contract (`extraction.schema.json`), with offsets counted in Unicode scalars.
///
/// The contract's keys come first; extra keys (rules, blocks, series, diagnostics) extend
/// it, as the contract allows.
public struct ContractReport: Encodable, Sendable {
    /// The contract version this writer follows.
    public static let version = "1.0"

    let version: String
    let source: Source
    /// The extraction the report is of: each member's output value is made when it is
    /// written (the whole report built first held a second copy of every claim, mention and
    /// quote, a gigabyte and more on a 200 MB page).
    let extraction: Extraction
    /// Each entry's UTF-8 to scalar offset converter, by entry index - 1.
    let maps: [ScalarOffsets]

    /// Builds the report of `extraction`.
    public init(_ extraction: Extraction) {
        let document = extraction.document
        version = Self.version
        source = Source(name: document.sourceName, format: document.format.rawValue, title: document.title, url: document.url)
        maps = document.entries.map { ScalarOffsets($0.text) }
        self.extraction = extraction
    }

    /// The scalar offsets of `range` in entry `entry` (1-based).
    func span(_ entry: Int, _ range: TextRange) -> (Int, Int) {
        Self.span(maps, entry, range)
    }

    /// `span(_:_:)` with the converters passed (no copy of the report for a closure).
    @inline(__always)
    static func span(_ maps: [ScalarOffsets], _ entry: Int, _ range: TextRange) -> (Int, Int) {
        guard entry >= 1 && entry <= maps.count else { return (range.utf8Start, range.utf8End) }
        return maps[entry - 1].scalarOffsets(of: range)
    }

    func entryOut(_ entry: Entry) -> EntryOut {
        let map = maps[entry.index - 1]
        return EntryOut(
            index: entry.index, title: entry.title, published: entry.published, labels: entry.labels,
            byline: entry.byline.map { BylineOut(name: $0.name, role: $0.role) }, text: entry.text,
            blocks: entry.blocks.map {
                BlockOut(kind: $0.kind.rawValue, start: map.scalarOffset($0.contentRange.utf8Start),
                         end: map.scalarOffset($0.contentRange.utf8End))
            })
    }

    func entityOut(_ entity: Entity) -> EntityOut {
        EntityOut(
            id: entity.id.rawValue, type: entity.type.rawValue, name: entity.name, aliases: entity.aliases,
            roles: entity.roles, gender: entity.gender?.rawValue, rule: entity.typeRule?.rawValue,
            mentions: entity.mentions.map { m in
                let (s, e) = span(m.entry, m.range)
                return SpanOut(entry: m.entry, start: s, end: e, text: m.text, rule: m.provenance.rule.rawValue,
                               source: m.provenance.lexicon)
            },
            merges: entity.merges.map { MergeOut(alias: $0.alias, into: $0.into, rule: $0.rule.rawValue) })
    }

    func quoteOut(_ q: Quote) -> QuoteOut {
        let (s, e) = span(q.entry, q.range)
        let speakerSpan = q.speakerMention.map { span(q.entry, $0) }
        return QuoteOut(
            id: q.id, entry: q.entry, text: q.text, speaker: q.speaker, speakerId: q.speakerID?.rawValue,
            cue: q.cue, start: s, end: e, kind: q.kind.rawValue, channel: q.channel,
            speakerStart: speakerSpan?.0, speakerEnd: speakerSpan?.1, rule: q.rule.rawValue,
            speakerRule: q.speakerRule?.rawValue)
    }

    func claimOut(_ c: Claim) -> ClaimOut {
        let (s, e) = span(c.entry, c.range)
        return ClaimOut(
            id: c.id, entry: c.entry, subject: c.subject, subjectId: c.subjectID?.rawValue, attribute: c.attribute,
            value: c.quantity.value, upper: c.quantity.upper, unit: c.quantity.unit, bound: c.quantity.bound.rawValue,
            si: c.si.map { SIOut(value: $0.value, upper: $0.upper, unit: $0.unit) },
            alternatives: c.alternatives.map { a in
                let (as_, ae) = span(c.entry, a.range)
                return AlternativeOut(value: a.value, upper: a.upper, unit: a.unit, bound: a.bound.rawValue,
                                      text: a.text, start: as_, end: ae)
            },
            text: c.text, start: s, end: e, scope: c.scope, source: c.source, rule: c.rule.rawValue)
    }

    static func contradictionOut(_ c: Contradiction) -> ContradictionOut {
        ContradictionOut(subject: c.subject, attribute: c.attribute, claims: c.claims, entries: c.entries,
                         reason: c.reason, rule: c.rule.rawValue)
    }

    static func seriesOut(_ s: Series) -> SeriesOut {
        SeriesOut(subject: s.subject, attribute: s.attribute, claims: s.claims)
    }

    /// Every member as a whole array (for `encodedWithJSONEncoder`; the writer makes one
    /// element at a time).
    var entries: [EntryOut] { extraction.document.entries.map(entryOut) }
    var entities: [EntityOut] { extraction.entities.map(entityOut) }
    var quotes: [QuoteOut] { extraction.quotes.map(quoteOut) }
    var claims: [ClaimOut] { extraction.claims.map(claimOut) }
    var contradictions: [ContradictionOut] { extraction.contradictions.map(Self.contradictionOut) }
    var series: [SeriesOut] { extraction.series.map(Self.seriesOut) }
    var diagnostics: [Diagnostic] { extraction.diagnostics }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(source, forKey: .source)
        try c.encode(entries, forKey: .entries)
        try c.encode(entities, forKey: .entities)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(claims, forKey: .claims)
        try c.encode(contradictions, forKey: .contradictions)
        try c.encode(series, forKey: .series)
        try c.encode(diagnostics, forKey: .diagnostics)
    }

    /// The report as JSON: pretty-printed for one document, or one line for JSONL.
    ///
    /// Written by `JSONBytesWriter`, byte for byte what `encodedWithJSONEncoder(pretty:)`
    /// gives (sorted keys, no escaped slashes), only much faster.
    public func json(pretty: Bool) throws -> Data {
        try json(pretty: pretty, lineFeed: false)
    }

    /// The report as JSON, followed by a line feed when `lineFeed` is set (one line of a
    /// JSONL stream), written into one buffer that becomes the `Data` without a copy.
    public func json(pretty: Bool, lineFeed: Bool) throws -> Data {
        var writer = JSONBytesWriter(pretty: pretty, capacity: estimatedSize(pretty: pretty))
        write(to: &writer)
        if lineFeed { writer.lineFeed() }
        return writer.finish()
    }

    /// About the JSON's size in bytes (a little over, as a rule): the entries' text and its
    /// block list, and a typical member's size for every mention, claim and quote, so that
    /// the buffer seldom grows (each growth copied the output so far).
    func estimatedSize(pretty: Bool) -> Int {
        var bytes = 4096
        for entry in extraction.document.entries { bytes += entry.text.utf8.count &* 2 &+ entry.blocks.count &* 48 &+ 256 }
        for entity in extraction.entities { bytes += entity.mentions.count &* 140 &+ 256 }
        bytes += extraction.claims.count &* 420 &+ extraction.quotes.count &* 360
        return pretty ? bytes &* 2 : bytes
    }

    /// Writes the report as JSON (the bytes `json(pretty:lineFeed:)` gives) to `sink` in
    /// pieces of about `chunk` bytes, so that a page whose JSON is gigabytes needs no more
    /// than a piece of it in memory at once. Each piece is lent to `sink` for the call only.
    public func write(
        pretty: Bool, lineFeed: Bool, chunk: Int = 1 << 20, to sink: (UnsafeRawBufferPointer) -> Void
    ) {
        withoutActuallyEscaping(sink) { sink in
            var writer = JSONBytesWriter(pretty: pretty, capacity: chunk + 4096, sink: sink, flushAt: chunk)
            write(to: &writer)
            if lineFeed { writer.lineFeed() }
            writer.flush()
        }
    }

    /// The report through Foundation's `JSONEncoder`: the reference `json(pretty:)` must match.
    public func encodedWithJSONEncoder(pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    struct Source: Encodable, Sendable {
        let name: String
        let format: String
        let title: String?
        let url: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(format, forKey: .format)
            try c.encode(title, forKey: .title)
            try c.encode(url, forKey: .url)
        }
        enum CodingKeys: String, CodingKey { case name, format, title, url }
    }

    struct EntryOut: Encodable, Sendable {
        let index: Int
        let title: String?
        let published: String?
        let labels: [String]
        let byline: BylineOut?
        let text: String
        let blocks: [BlockOut]
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(index, forKey: .index)
            try c.encode(title, forKey: .title)
            try c.encode(published, forKey: .published)
            try c.encode(labels, forKey: .labels)
            try c.encode(byline, forKey: .byline)
            try c.encode(text, forKey: .text)
            try c.encode(blocks, forKey: .blocks)
        }
        enum CodingKeys: String, CodingKey { case index, title, published, labels, byline, text, blocks }
    }

    struct BylineOut: Encodable, Sendable {
        let name: String
        let role: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(role, forKey: .role)
        }
        enum CodingKeys: String, CodingKey { case name, role }
    }

    struct BlockOut: Encodable, Sendable {
        let kind: String
        let start: Int
        let end: Int
    }

    struct SpanOut: Encodable, Sendable {
        let entry: Int
        let start: Int
        let end: Int
        let text: String
        let rule: String
        /// The lexicon row behind the mention, written "file:line" (kept apart until then:
        /// building the string per mention was a good part of the report's cost).
        let source: LexiconSource?
        var lexicon: String? { source.map { "\($0.file):\($0.line)" } }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(entry, forKey: .entry)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(rule, forKey: .rule)
            try c.encodeIfPresent(lexicon, forKey: .lexicon)
        }
        enum CodingKeys: String, CodingKey { case entry, start, end, text, rule, lexicon }
    }

    struct MergeOut: Encodable, Sendable {
        let alias: String
        let into: String
        let rule: String
    }

    struct EntityOut: Encodable, Sendable {
        let id: String
        let type: String
        let name: String
        let aliases: [String]
        let roles: [String]
        let gender: String?
        let rule: String?
        let mentions: [SpanOut]
        let merges: [MergeOut]
    }

    struct QuoteOut: Encodable, Sendable {
        let id: String
        let entry: Int
        let text: String
        let speaker: String?
        let speakerId: String?
        let cue: String?
        let start: Int
        let end: Int
        let kind: String
        let channel: String?
        let speakerStart: Int?
        let speakerEnd: Int?
        let rule: String
        let speakerRule: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(entry, forKey: .entry)
            try c.encode(text, forKey: .text)
            try c.encode(speaker, forKey: .speaker)
            try c.encode(speakerId, forKey: .speakerId)
            try c.encode(cue, forKey: .cue)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(kind, forKey: .kind)
            try c.encodeIfPresent(channel, forKey: .channel)
            try c.encodeIfPresent(speakerStart, forKey: .speakerStart)
            try c.encodeIfPresent(speakerEnd, forKey: .speakerEnd)
            try c.encode(rule, forKey: .rule)
            try c.encodeIfPresent(speakerRule, forKey: .speakerRule)
        }
        enum CodingKeys: String, CodingKey {
            case id, entry, text, speaker, speakerId, cue, start, end, kind, channel, speakerStart, speakerEnd, rule, speakerRule
        }
    }

    struct SIOut: Encodable, Sendable {
        let value: Double
        let upper: Double?
        let unit: String
    }

    struct AlternativeOut: Encodable, Sendable {
        let value: Double
        let upper: Double?
        let unit: String
        let bound: String
        let text: String
        let start: Int
        let end: Int
    }

    struct ClaimOut: Encodable, Sendable {
        let id: String
        let entry: Int
        let subject: String
        let subjectId: String?
        let attribute: String
        let value: Double
        let upper: Double?
        let unit: String
        let bound: String
        let si: SIOut?
        let alternatives: [AlternativeOut]
        let text: String
        let start: Int
        let end: Int
        let scope: String?
        let source: String?
        let rule: String
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(entry, forKey: .entry)
            try c.encode(subject, forKey: .subject)
            try c.encode(subjectId, forKey: .subjectId)
            try c.encode(attribute, forKey: .attribute)
            try c.encode(value, forKey: .value)
            try c.encode(upper, forKey: .upper)
            try c.encode(unit, forKey: .unit)
            try c.encode(bound, forKey: .bound)
            try c.encode(si, forKey: .si)
            try c.encode(alternatives, forKey: .alternatives)
            try c.encode(text, forKey: .text)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encodeIfPresent(scope, forKey: .scope)
            try c.encodeIfPresent(source, forKey: .source)
            try c.encode(rule, forKey: .rule)
        }
        enum CodingKeys: String, CodingKey {
            case id, entry, subject, subjectId, attribute, value, upper, unit, bound, si, alternatives, text, start, end, scope, source, rule
        }
    }

    struct ContradictionOut: Encodable, Sendable {
        let subject: String
        let attribute: String
        let claims: [String]
        let entries: [Int]
        let reason: String
        let rule: String
    }

    struct SeriesOut: Encodable, Sendable {
        let subject: String
        let attribute: String
        let claims: [String]
    }

    enum CodingKeys: String, CodingKey {
        case version, source, entries, entities, quotes, claims, contradictions, series, diagnostics
    }
}
