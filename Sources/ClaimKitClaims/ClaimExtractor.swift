import ClaimKitLexicon
import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

/// Turns quantities into claims: a figure plus what it is about.
///
/// For each prose block the `QuantityParser` reads the figures; each figure then needs a
/// reason to be a claim (a unit of measure, money, a share, or a count with the noun it
/// counts) and gets a subject, an attribute, a scope and a source from the words around
/// it. Definite references ("the two leaders"), relative times ("two hours ago") and the
/// conversion in brackets after a figure ("2,500 km (1,500 miles)", kept as an
/// alternative of the same claim) are not claims of their own.
///
///     let claims = ClaimExtractor(lexicons: store).claims(in: analyzed, entities: [])
public struct ClaimExtractor: Sendable {
    let parser: QuantityParser
    let words: ClaimLexicon

    public init(lexicons: LexiconStore) {
        parser = QuantityParser(lexicons: lexicons)
        words = ClaimLexicon(lexicons: lexicons)
    }

    /// The claims of a document's entries, in page order.
    public func claims(in entries: [AnalyzedEntry], entities: [Entity]) -> [Claim] {
        var out: [Claim] = []
        var names: EntityNames?
        var scratch: QuantityParser.Scratch?
        for entry in entries {
            // Most entries of a page hold no figure: nothing to build a reader for.
            let found = EntryClaimReader.figures(in: entry, parser: parser, scratch: &scratch)
            guard !found.isEmpty else { continue }
            if names == nil { names = EntityNames(entities) }
            var reader = EntryClaimReader(entry: entry, parser: parser, words: words, names: names!)
            // Numbered in place, and the first entry's array taken over whole (a claim is a
            // large value: copying each into `out` retained every string of it).
            var list = reader.claims(of: found)
            for i in list.indices { list[i].id = "c\(out.count + i + 1)" }
            if out.isEmpty { out = list } else { out.append(contentsOf: list) }
        }
        return out
    }
}

/// Entity names by lower-cased surface, to tie a subject to an entity.
struct EntityNames: Sendable {
    var ids: [String: EntityID] = [:]
    init(_ entities: [Entity]) {
        ids.reserveCapacity(entities.count * 2)
        // The name, then the aliases, entity by entity (a later entity takes a name over),
        // with no array made per entity; lower-cased byte by byte (`PlaceNames.lowercased`,
        // the same strings as `lowercased()`), as the subjects looked up are.
        for e in entities {
            if Self.longerThanTwo(e.name) { ids[PlaceNames.lowercased(e.name)] = e.id }
            for name in e.aliases where Self.longerThanTwo(name) { ids[PlaceNames.lowercased(name)] = e.id }
        }
    }

    /// `name.count > 2`, counting characters only when the bytes cannot tell: an ASCII
    /// string with no carriage return (the one pair of ASCII scalars that makes one
    /// character) has a character per byte.
    static func longerThanTwo(_ name: String) -> Bool {
        let utf8 = name.utf8
        if utf8.count <= 2 { return false }
        if let plain = utf8.withContiguousStorageIfAvailable({ !$0.contains { $0 >= 0x80 || $0 == 0x0D } }), plain { return true }
        return name.count > 2
    }
}
