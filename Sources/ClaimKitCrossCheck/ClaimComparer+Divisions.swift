import ClaimKitModel
import Foundation

extension RuleID {
    /// Two counts of the votes on one side of one division (a bill's third reading, a
    /// motion) in different entries that differ: a division is counted once, so its tally
    /// is a fixed set, not a running total.
    public static let crossCheckDivisionCount: RuleID = "crosscheck.division-count"
}

/// One division of a chamber, as the words around a vote tally name it: "the Clean Rivers
/// Bill at third reading" in the Commons.
struct Division: Hashable {
    /// "bill", "motion" or "resolution".
    var motion: String
    /// The bill's name as written: the capitalised words before "Bill" ("Clean Rivers").
    var name: String?
    /// "second reading", "third reading", "report stage" ...
    var stage: String?
    /// "commons", "lords", "senate", "house" (of Representatives).
    var chamber: String?

    /// Motion nouns whose division a tally may belong to. Amendments and clauses are left
    /// out: a page often reports several, and nothing but a number tells them apart.
    static let motions: [String: String] = [
        "bill": "bill", "bills": "bill", "motion": "motion", "resolution": "resolution",
    ]
    /// Words that make a sentence's tally another division than its bill's or motion's.
    static let otherDivisions: Set<String> = [
        "amendment", "amendments", "clause", "clauses", "schedule",
    ]
    static let stageWords: [String: String] = [
        "first": "first", "second": "second", "third": "third", "final": "final", "report": "report", "committee": "committee",
    ]
    static let chamberWords: [String: String] = [
        "mps": "commons", "commons": "commons", "peers": "lords", "lords": "lords", "senators": "senate", "senate": "senate",
        "congressmen": "house", "congresswomen": "house", "representatives": "house",
    ]

    /// The division of a vote tally's sentence, when it names exactly one bill, motion or
    /// resolution and no amendment or clause.
    init?(_ context: ClaimContext) {
        let words = context.words
        let originals = context.originalBefore + context.originalAfter
        let kinds = Set(words.compactMap { Self.motions[$0] })
        guard kinds.count == 1, let motion = kinds.first, !words.contains(where: { Self.otherDivisions.contains($0) }) else { return nil }
        self.motion = motion
        var stages = Set<String>()
        for (k, w) in words.enumerated() where k + 1 < words.count {
            guard let stage = Self.stageWords[w] else { continue }
            if words[k + 1] == "reading", ["first", "second", "third", "final"].contains(stage) { stages.insert(stage + " reading") }
            if words[k + 1] == "stage", ["report", "committee"].contains(stage) { stages.insert(stage + " stage") }
        }
        guard stages.count <= 1 else { return nil }
        stage = stages.first
        let chambers = Set(words.compactMap { Self.chamberWords[$0] })
        guard chambers.count <= 1 else { return nil }
        chamber = chambers.first
        // "the Clean Rivers Bill": the capitalised words before the motion noun.
        var names = Set<String>()
        for (k, w) in originals.enumerated() where Self.motions[w.lowercased()] == motion && w.first?.isUppercase == true {
            var j = k - 1
            var parts: [String] = []
            while j >= 0, let first = originals[j].first, first.isUppercase, !["The", "A", "An", "This"].contains(originals[j]) {
                parts.insert(originals[j], at: 0)
                j -= 1
            }
            if !parts.isEmpty { names.insert(parts.joined(separator: " ")) }
        }
        guard Set(names.map { $0.lowercased() }).count <= 1 else { return nil }
        name = names.first
    }

    /// Whether two divisions are one: the same motion, and each of name, stage and chamber
    /// the same, or left unsaid by one of them while the page's tallies of that motion
    /// give it only one value (`known`).
    func isSame(as other: Division, known: [Division]) -> Bool {
        guard motion == other.motion else { return false }
        let peers = known.filter { $0.motion == motion }
        func agree(_ a: String?, _ b: String?, _ values: Set<String>) -> Bool {
            if let a, let b { return a.lowercased() == b.lowercased() }
            return values.count <= 1
        }
        return agree(name, other.name, Set(peers.compactMap { $0.name?.lowercased() }))
            && agree(stage, other.stage, Set(peers.compactMap(\.stage)))
            && agree(chamber, other.chamber, Set(peers.compactMap(\.chamber)))
    }

    /// "the bill at third reading in the Commons"
    var description: String {
        var text = name.map { "the \($0) \(motion.capitalized)" } ?? "the " + motion
        if let stage { text += " at " + stage }
        if let chamber { text += " in the " + (chamber == "house" ? "House" : chamber.capitalized) }
        return text
    }
}

extension ClaimComparer {
    /// Words in a tally's sentence that say the count was revised or is one of several
    /// versions: "corrected figures show", "the original count".
    static let tallyChangeWords: Set<String> = [
        "revised", "corrected", "correction", "corrects", "updated", "recount", "recounted", "original", "originally",
        "initial", "initially", "earlier", "previously", "provisional", "provisionally", "expect", "expected", "expects",
        "likely", "predicted", "forecast", "projected", "needs", "need", "needed", "if", "unless",
    ]

    /// Two counts of one side of one division in two entries: "321 MPs voted for the bill"
    /// against "the bill passed its third reading by 312 votes to 287". The tallies of one
    /// group (one side) are read for their division (`Division`); a pair of exact figures
    /// of the same division in different entries that differ, neither in a sentence that
    /// speaks of a revision, a forecast or a condition, contradicts.
    func divisionContradiction(
        _ group: [Claim], indexes: [Int], contexts: ClaimContexts, describer: FigureDescriber
    ) -> Contradiction? {
        // Two exact tallies of different entries and values at least (what the pairs below
        // need), looked for in one pass before any context is built: against the first
        // tally, one that differs in both, or one of its entry with another value and one of
        // its value in another entry.
        var first: (entry: Int, value: Double)?
        var otherValueSameEntry = false
        var otherEntrySameValue = false
        var hasPair = false
        for claim in group where claim.rule.rawValue == "claim.vote-tally" && claim.quantity.bound == .exact && claim.quantity.upper == nil {
            guard let f = first else {
                first = (claim.entry, claim.quantity.value)
                continue
            }
            let otherEntry = claim.entry != f.entry
            let otherValue = claim.quantity.value != f.value
            if otherEntry && otherValue {
                hasPair = true
                break
            }
            if otherValue { otherValueSameEntry = true }
            if otherEntry { otherEntrySameValue = true }
            if otherValueSameEntry && otherEntrySameValue {
                hasPair = true
                break
            }
        }
        guard hasPair else { return nil }
        let tallies: [(Claim, Division)] = zip(group, indexes).compactMap { claim, index in
            guard claim.rule.rawValue == "claim.vote-tally", claim.quantity.bound == .exact, claim.quantity.upper == nil,
                let context = contexts[index], !context.inTitle,
                !context.words.contains(where: { Self.tallyChangeWords.contains($0) }),
                let division = Division(context)
            else { return nil }
            return (claim, division)
        }
        guard Set(tallies.map(\.0.entry)).count >= 2 else { return nil }
        let known = tallies.map(\.1)
        for (n, (a, da)) in tallies.enumerated() {
            for (b, db) in tallies[(n + 1)...] where a.entry != b.entry && a.quantity.value != b.quantity.value && da.isSame(as: db, known: known) {
                // Every tally of that division, by value.
                let members = tallies.filter { $0.1.isSame(as: da, known: known) && $0.1.isSame(as: db, known: known) }.map(\.0)
                let values = Array(Set(members.map(\.quantity.value))).sorted()
                let clusters = values.map { v in members.filter { $0.quantity.value == v } }
                // Each count must stand in an entry of its own (not a breakdown in one entry).
                let entrySets = clusters.map { Set($0.map(\.entry)) }
                guard entrySets.indices.allSatisfy({ i in
                    !entrySets[i].isSubset(of: Set(entrySets.indices.filter { $0 != i }.flatMap { entrySets[$0] }))
                })
                else { continue }
                // The most specific account of the division names it.
                func detail(_ d: Division) -> Int { (d.name != nil ? 1 : 0) + (d.stage != nil ? 1 : 0) + (d.chamber != nil ? 1 : 0) }
                let division = tallies.filter { members.contains($0.0) }.map(\.1).max { detail($0) < detail($1) } ?? da
                // "votes for the Housing Bill at third reading, count: 298 in entry 1 vs ..."
                let subject = a.subjectKey
                let described = describer.disjointReason(group: members, clusters: clusters)
                let figures = described.firstRange(of: ": ").map { String(described[$0.upperBound...]) } ?? described
                let reason = "\(subject) \(division.description), \(a.attribute): \(figures); one division has one count"
                return Contradiction(
                    subject: subject, attribute: a.attribute, claims: clusters.flatMap { $0.map(\.id) },
                    entries: Array(Set(members.map(\.entry))).sorted(), reason: reason, rule: .crossCheckDivisionCount)
            }
        }
        return nil
    }
}
