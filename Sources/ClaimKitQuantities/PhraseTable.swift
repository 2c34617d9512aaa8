/// A `UnitCatalog.SurfaceTable` held by reference for a parse run, so that a phrase
/// look-up (`QuantityParser.Run.phrase(at:in:maxItems:)`) passes one pointer and reads the
/// tries in place: the table struct itself was copied (152 bytes) at every look-up, some
/// 60,000 times a megabyte.
final class PhraseTable<Value: Sendable>: Sendable {
    /// The table's keys as byte tries, their values in `values` (see `SurfaceTrie`).
    let exactTrie: SurfaceTrie
    let foldedTrie: SurfaceTrie
    let values: [Value]
    /// The scalars beyond ASCII that the tries' keys hold (see `UnitCatalog.SurfaceTable`).
    let plainScalars: Set<UInt32>
    /// The table by its strings, for the phrases the tries cannot judge.
    private let strings: UnitCatalog.SurfaceTable<Value>

    init(_ table: UnitCatalog.SurfaceTable<Value>) {
        exactTrie = table.exactTrie
        foldedTrie = table.foldedTrie
        values = table.values
        plainScalars = table.plainScalars
        strings = table
    }

    /// Whether some key starts with `surface` (as written) or `lower` (folded).
    func hasPrefix(_ surface: String, lower: String) -> Bool { strings.hasPrefix(surface, lower: lower) }

    /// The value of `surface` as written, else of `lower` folded.
    func lookup(_ surface: String, lower: String) -> Value? { strings.lookup(surface, lower: lower) }
}
