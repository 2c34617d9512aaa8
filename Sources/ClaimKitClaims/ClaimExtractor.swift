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
        var scratch: QuantityParser.Scratch? = entries.contains { QuantityParser.showsDecimalComma($0.text[...]) } ? parser.makeScratch(decimalComma: true) : nil
        for entry in entries {
            // Most entries of a page hold no figure: nothing to build a reader for.
            let found = EntryClaimReader.figures(in: entry, parser: parser, scratch: &scratch)
            guard !found.isEmpty else { continue }
            if names == nil { names = EntityNames(entities) }
            var reader = EntryClaimReader(entry: entry, parser: parser, words: words, names: names!)
            // Numbered in place, and the first entry's array taken over whole (a claim is a
            // large value: copying each into `out` retained every string of it).
            var list = reader.claims(of: found)
            for i in list.indices { list[i].id = Self.claimID(out.count + i + 1) }
            if out.isEmpty { out = list } else { out.append(contentsOf: list) }
        }
        return out
    }

    /// "c" and the decimal digits of `n` (as `"c\(n)"`), written into the string's bytes
    /// directly: no interpolation buffer, no generic formatting.
    static func claimID(_ n: Int) -> String {
        guard n >= 0 else { return "c\(n)" }
        var digits = 1
        var rest = n / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return String(unsafeUninitializedCapacity: digits + 1) { out in
            out[0] = UInt8(ascii: "c")
            var v = n
            var k = digits
            while k > 0 {
                out[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
                k -= 1
            }
            return digits + 1
        }
    }
}
