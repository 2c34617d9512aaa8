import ClaimKitModel
import Foundation

extension RuleID {
    /// Two figures of one storm's sustained winds at landfall, in different entries, that
    /// cannot both hold: "came ashore with sustained winds of 130mph" against "made
    /// landfall with maximum sustained winds of 140mph". Landfall is one moment.
    public static let crossCheckLandfall: RuleID = "crosscheck.landfall-winds"
}

extension ClaimComparer {
    static let stormWords: Set<String> = ["hurricane", "typhoon", "cyclone", "storm"]

    /// Words that put a wind figure at another moment than landfall, or make it a forecast
    /// or a gust: "is expected to make landfall", "before landfall", "gusts of".
    static let otherThanLandfallWords: Set<String> = [
        "expected", "expect", "forecast", "forecasts", "could", "may", "might", "will", "would", "likely", "before", "after",
        "since", "weakened", "weakening", "strengthened", "strengthening", "now", "currently", "gust", "gusts", "gusting",
        "last", "previous", "year", "years", "if", "until", "once",
    ]

    /// Storm names a page gives: the word after "Hurricane", "Typhoon", "Cyclone", "Storm".
    static func stormNames(in entries: [Entry]) -> Set<String> {
        var names = Set<String>()
        for entry in entries where mayNameStorm(entry.text) {
            if let found = simpleStormNames(in: entry.text) {
                names.formUnion(found)
                continue
            }
            let words = entry.text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            for (k, w) in words.enumerated() where k + 1 < words.count && stormWords.contains(w.lowercased()) {
                let next = words[k + 1].trimmingCharacters(in: .punctuationCharacters)
                if let first = next.first, first.isUppercase, !stormWords.contains(next.lowercased()) { names.insert(next.lowercased()) }
            }
        }
        return names
    }

    /// `stormNames` of one entry's text read from its bytes, when the text is ASCII without
    /// a carriage return and `ClaimContext.isSimple` scalars (each a character of its own,
    /// so its words split at space and line-feed bytes are the words split at those
    /// characters); nil for any other text. Only a storm word's next word is made a String.
    static func simpleStormNames(in text: String) -> Set<String>? {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<String>? {
            let n = bytes.count
            var k = 0
            while k < n {
                let c = bytes[k]
                if c < 0x80 {
                    if c == 0x0D { return nil }
                    k += 1
                    continue
                }
                guard let (v, width) = ClaimContext.scalar(bytes, at: k), ClaimContext.isSimple(v) else { return nil }
                k += width
            }
            // The words as byte ranges, in order.
            var words: [Range<Int>] = []
            var start = 0
            for i in 0...n where i == n || bytes[i] == 0x20 || bytes[i] == 0x0A {
                if start < i { words.append(start..<i) }
                start = i + 1
            }
            // A word whose lower case is a storm word is that word's letters in some case.
            func isStormWord(_ w: Range<Int>) -> Bool {
                stormWordBytes.contains { s in
                    s.count == w.count && s.indices.allSatisfy { bytes[w.lowerBound + $0] | 0x20 == s[$0] }
                }
            }
            var names = Set<String>()
            for k in words.indices where k + 1 < words.count && isStormWord(words[k]) {
                let next = String(decoding: UnsafeBufferPointer(rebasing: bytes[words[k + 1]]), as: UTF8.self)
                    .trimmingCharacters(in: .punctuationCharacters)
                if let first = next.first, first.isUppercase, !stormWords.contains(next.lowercased()) { names.insert(next.lowercased()) }
            }
            return names
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// `stormWords` as UTF-8 (all lower-case ASCII letters).
    static let stormWordBytes: [[UInt8]] = stormWords.sorted().map { Array($0.utf8) }

    /// Whether `text` holds one of `stormWords` in any case of its ASCII letters: a word
    /// whose lower case is a storm word has those letters (no other character lower-cases
    /// to them), so an entry without one names no storm and is not split into words.
    static func mayNameStorm(_ text: String) -> Bool {
        let patterns: [[UInt8]] = [Array("storm".utf8), Array("hurricane".utf8), Array("typhoon".utf8), Array("cyclone".utf8)]
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = bytes.count
            var i = 0
            while i < n {
                let c = bytes[i] | 0x20
                // Every pattern starts with s, h, t or c.
                if c == 0x73 || c == 0x68 || c == 0x74 || c == 0x63 {
                    for p in patterns where p[0] == c && i + p.count <= n {
                        var k = 1
                        while k < p.count, bytes[i + k] | 0x20 == p[k] { k += 1 }
                        if k == p.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// Figures of sustained winds at landfall (the sentence says "landfall" or "ashore",
    /// and "sustained") that disagree, in different entries, of one storm: the page names
    /// one storm, or each sentence names the same one.
    func landfallContradictions(
        _ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber, entries: [Entry]
    ) -> [Contradiction] {
        let facts = contexts.facts
        let candidates = claims.indices.filter {
            facts[$0].isSuperset(of: [.attributeSpeed, .exact]) && ["wind", "winds"].contains(claims[$0].subjectKey)
        }
        guard Set(candidates.map { claims[$0].entry }).count >= 2 else { return [] }
        let names = Self.stormNames(in: entries)
        guard !names.isEmpty else { return [] }
        var byStorm: [String: [Claim]] = [:]
        for index in candidates {
            let claim = claims[index]
            guard let context = contexts[index], !context.inTitle else { continue }
            let words = context.words
            guard words.contains(where: { $0 == "landfall" || $0 == "ashore" }), context.before.suffix(4).contains("sustained"),
                !words.contains(where: { Self.otherThanLandfallWords.contains($0) })
            else { continue }
            let named = names.filter { words.contains($0) }
            guard let storm = named.count == 1 ? named.first : (named.isEmpty && names.count == 1 ? names.first : nil) else { continue }
            byStorm[storm, default: []].append(claim)
        }
        var out: [Contradiction] = []
        for storm in byStorm.keys.sorted() {
            let group = byStorm[storm]!
            guard Set(group.map(\.entry)).count >= 2 else { continue }
            let members = group.compactMap { c in effective[c.id].map { (c, $0) } }
            let clusters = Self.clusters(members).map { $0.map(\.0) }
            let entrySets = clusters.map { Set($0.map(\.entry)) }
            guard clusters.count >= 2, entrySets.indices.allSatisfy({ i in
                !entrySets[i].isSubset(of: Set(entrySets.indices.filter { $0 != i }.flatMap { entrySets[$0] }))
            })
            else { continue }
            let name = storm.prefix(1).uppercased() + storm.dropFirst()
            var reason = describer.disjointReason(group: group, clusters: clusters)
            if let colon = reason.firstRange(of: ": ") { reason = "\(name)'s sustained winds at landfall, speed: " + reason[colon.upperBound...] }
            reason += "; a storm makes landfall once"
            out.append(Contradiction(
                subject: "\(name) winds at landfall", attribute: "speed", claims: clusters.flatMap { $0.map(\.id) },
                entries: Array(Set(group.map(\.entry))).sorted(), reason: reason, rule: .crossCheckLandfall))
        }
        return out
    }
}
