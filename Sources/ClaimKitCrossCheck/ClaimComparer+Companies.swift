import ClaimKitModel
import Foundation

extension RuleID {
    /// Two counts of one ship's crew or one manifest's passengers that differ: "all eleven
    /// crew held valid certificates" against "the 12 crew"; "the 221 passengers on the
    /// manifest" against "the manifest lists 212 passengers". A crew or a manifest is one
    /// fixed set, not a running total.
    public static let crossCheckFixedCompany: RuleID = "crosscheck.fixed-company"
}

extension ClaimComparer {
    /// Words that make a count of people aboard a running or partial figure: those
    /// rescued, missing, dead; those still aboard.
    static let runningCompanyWords: Set<String> = [
        "rescued", "missing", "dead", "died", "killed", "injured", "hurt", "survived", "survivors", "saved", "evacuated",
        "recovered", "found", "remaining", "remain", "still", "unaccounted", "airlifted", "hospital", "treated", "so", "far",
    ]

    /// The letters every word `companySet` reads a set from holds (`ClaimContexts.sentenceMayHold`).
    static let companyNeedles = ClaimContext.Needles(["crew", "passengers"])

    /// The set a count states whole: "crew" for a definite count of crew ("all eleven crew",
    /// "the 12 crew members", "its 12 crew") or "a crew of 12"; "passengers" for a count of
    /// passengers in a sentence about the manifest. Nil for any other count.
    static func companySet(_ context: ClaimContext) -> String? {
        let before = context.before
        guard let noun = context.after.first else {
            return before.suffix(2) == ["crew", "of"] ? "crew" : nil
        }
        if ["crew", "crewmen", "crewmembers"].contains(noun) {
            // "all eleven crew", or a crew the manifest lists ("the manifest listed 212
            // passengers and 12 crew").
            return ["the", "all", "its", "her"].contains(before.last ?? "") || context.words.contains("manifest") ? "crew" : nil
        }
        if before.suffix(2) == ["crew", "of"] { return "crew" }
        if noun == "passengers", context.words.contains("manifest") { return "passengers" }
        return nil
    }

    /// The nouns `companySet` reads right after a figure, and the words of "crew of".
    static let companyNounBytes: [[UInt8]] = ["crew", "crewmen", "crewmembers", "passengers"].map { Array($0.utf8) }
    static let crewBytes: [UInt8] = Array("crew".utf8)
    static let ofBytes: [UInt8] = Array("of".utf8)

    /// Whether `companySet` may read a set around the figure at `range`, whose sentence is
    /// `bytes[sentence]`: a crew or passengers noun first after the figure, or "crew of"
    /// last before it. Read from the bytes when the sentence around the figure is plain
    /// ASCII (`ClaimContexts.withPlainSentence`), whose words are the context's: false means
    /// `companySet` gives nil. True for any other text (the context decides).
    static func mayNameCompany(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, _ range: TextRange) -> Bool {
        if let first = ClaimContext.asciiWord(bytes, from: range.utf8End, end: sentence.upperBound),
            ClaimContext.asciiWordIs(bytes, first.word, oneOf: companyNounBytes)
        {
            return true
        }
        guard let of = ClaimContext.asciiLastWord(bytes, start: sentence.lowerBound, end: range.utf8Start),
            ClaimContext.asciiWordIs(bytes, of, ofBytes),
            let crew = ClaimContext.asciiLastWord(bytes, start: sentence.lowerBound, end: of.lowerBound)
        else { return false }
        return ClaimContext.asciiWordIs(bytes, crew, crewBytes)
    }

    /// Counts of one crew or one manifest stated two ways (`companySet`), in different
    /// sentences. Quiet when the page gives more than two values (two ships), a sentence
    /// speaks of a changed or partial set (`setChangeWords`, `runningCompanyWords`), or
    /// two values share a sentence.
    /// `contexts` gives each claim's sentence context by index.
    func fixedCompanyContradictions(_ claims: [Claim], contexts: ClaimContexts, describer: FigureDescriber) -> [Contradiction] {
        var bySet: [String: [Claim]] = [:]
        // Only the claims that pass are copied out.
        let facts = contexts.facts
        for index in claims.indices where facts[index].isSuperset(of: [.unitCount, .exact]) {
            // Running words near the figure make it a running count ("the 12 crew still
            // missing"); further off they are another figure's ("71 people were still
            // unaccounted for out of the 221 passengers on the manifest").
            // `companySet` reads a crew or passengers only: a sentence without those letters has none.
            guard contexts.withPlainSentence(index, Self.mayNameCompany) ?? true, contexts.sentenceMayHold(index, Self.companyNeedles),
                let context = contexts[index],
                let set = Self.companySet(context),
                !context.words.contains(where: { Self.setChangeWords.contains($0) }),
                !(context.before.suffix(3) + context.after.prefix(4)).contains(where: { Self.runningCompanyWords.contains($0) })
            else { continue }
            bySet[set, default: []].append(claims[index])
        }
        var out: [Contradiction] = []
        for set in bySet.keys.sorted() {
            let all = bySet[set]!
            let values = Set(all.map(\.quantity.value))
            guard values.count == 2,
                !all.contains(where: { a in all.contains { b in a.quantity.value != b.quantity.value && !describer.inDifferentSentences(a, b) } })
            else { continue }
            let clusters = values.sorted().map { v in all.filter { $0.quantity.value == v } }
            let parts = clusters.map { c in FigureDescriber.format(c[0].quantity.value) + " in " + describer.entryList(c.map(\.entry)) }
            let whole = set == "crew" ? "the crew" : "the passengers on the manifest"
            let why = set == "crew" ? "one crew has one number of members" : "one manifest lists one number of passengers"
            out.append(Contradiction(
                subject: whole, attribute: "count", claims: clusters.flatMap { $0.map(\.id) }, entries: Array(Set(all.map(\.entry))).sorted(),
                reason: "\(whole), count: " + parts.joined(separator: " vs ") + "; " + why, rule: .crossCheckFixedCompany))
        }
        return out
    }
}
