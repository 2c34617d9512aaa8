import ClaimKitModel
import Foundation

extension RuleID {
    /// Two figures on one subject and attribute whose intervals cannot overlap.
    public static let crossCheckDisjoint: RuleID = "crosscheck.disjoint-intervals"
    /// A figure and its own bracketed conversion that do not match: "2,500 km (1,000 miles)".
    public static let crossCheckConversion: RuleID = "crosscheck.conversion-mismatch"
}

/// Compares the claims of a document: contradictions and series.
///
/// Claims are grouped by subject key, attribute and scope. Figures of attributes that
/// stay put (a missile's range, a call's duration, a bridge's length) contradict when
/// their intervals (`FigureInterval`) cannot overlap, on a named subject ("Tomahawk
/// missiles", an entity) or on a common noun the page names definitely in every figure
/// ("the strike lasted 24 hours" against "The 48-hour strike"). Figures that run
/// (counts, money, shares) are not contradictions: when they differ they are reported
/// as a `Series` in time order, since a live page's totals grow; the exception is a fixed
/// sum of money (a deficit, a fee, a fine: `fixedSumSubjects`) stated two ways in two
/// entries with no word of change (`fixedSumContradiction`).
///
/// A running total that falls in a later entry with the same scope ("853 arrested since
/// Friday", later "700 arrested") is deliberately left a series, not a contradiction: on
/// the pages read so far such a fall is far more often an unstated narrower scope, a
/// different counting (arrested against charged) or a correction the page itself makes
/// than two accounts that cannot both hold, and a false contradiction costs more than a
/// missed one. The series keeps both figures in time order for a reader to judge.
public struct ClaimComparer: Sendable {
    public init() {}

    /// Attributes whose true value does not change over a page.
    public static let fixedAttributes: Set<String> = [
        "magnitude", "range", "distance", "length", "height", "width", "depth", "altitude", "speed", "weight", "area", "volume",
        "duration", "age", "size", "energy", "power", "frequency", "finishing time", "rating", "floors",
        "capacity",
    ]

    /// The contradictions and series among `claims`.
    public func compare(_ claims: [Claim], entries: [Entry]) -> (contradictions: [Contradiction], series: [Series]) {
        let claims = Self.keyingAgesByPerson(Self.joiningCompoundSubjects(Self.droppingRetracted(claims, entries: entries)))
        let describer = FigureDescriber(entries: entries)
        // Entry positions by index (the first entry of each index), for `isDefinite`: a
        // search through the entries per claim was quadratic on long pages.
        var positions: [Int: Int] = [:]
        positions.reserveCapacity(entries.count)
        for (k, entry) in entries.enumerated() where positions[entry.index] == nil { positions[entry.index] = k }
        var contradictions: [Contradiction] = []
        var series: [Series] = []
        // Each claim's sentence context, built once when a rule first reads it.
        let contexts = ClaimContexts(claims, entries: entries, positions: positions)
        // A claim's effective interval: its statements intersected, when they agree.
        var effective = IntervalsByID()
        effective.reserveCapacity(claims.count)
        // Read in place: a claim is copied out only for a conversion mismatch.
        for ci in claims.indices {
            guard var interval = FigureInterval(quantityOf: claims, at: ci) else { continue }
            var mismatch: Quantity?
            for alternative in claims[ci].alternatives {
                guard let other = FigureInterval(alternative) else { continue }
                if let both = interval.intersection(other) {
                    interval = both
                } else if !interval.nearlyContains(alternative.si.map { $0.value } ?? .nan, share: Self.conversionRounding) {
                    mismatch = alternative
                }
            }
            effective[claims[ci].id] = interval
            if let mismatch {
                let claim = claims[ci]
                contradictions.append(Contradiction(
                    subject: claim.subject, attribute: claim.attribute, claims: [claim.id, claim.id], entries: [claim.entry],
                    reason: describer.conversionReason(claim, mismatch), rule: .crossCheckConversion))
            }
        }
        // Claims grouped by their indexes (a group of one, the most, is never copied out).
        // A claim that shares its subject and attribute with no other (`keyTwins`) is alone in
        // its group and its unscoped group, which every check passes over: it is never hashed.
        let twins = Self.keyTwins(claims)
        // Sized for the claims that may share a key, not for all (a table of every claim's
        // size was set up per document); both tables are read by key or in `order`, never in
        // their own order.
        var twinCount = 0
        for t in twins where t { twinCount += 1 }
        var groups: [GroupKey: [Int]] = [:]
        groups.reserveCapacity(twinCount)
        var order: [GroupKey] = []
        // Read in place: no claim is copied out.
        for i in claims.indices where twins[i] && !claims[i].subjectKey.isEmpty && !claims[i].attribute.hasPrefix("additional") {
            let key = GroupKey(subject: claims[i].subjectKey, attribute: claims[i].attribute, scope: claims[i].scope?.lowercased() ?? "")
            // A key met before: one look-up (its position), not two.
            if let at = groups.index(forKey: key) {
                groups.values[at].append(i)
            } else {
                order.append(key)
                groups[key] = [i]
            }
        }
        // Same-moment checks ignore scope when one figure states none.
        // Keyed by the two strings (no key string is made per claim), read in the order of
        // `subject + "\u{1F}" + attribute` (`UnscopedKey.<`).
        var unscoped: [UnscopedKey: [Int]] = [:]
        unscoped.reserveCapacity(twinCount)
        // Read in place: no claim is copied out.
        for i in claims.indices where twins[i] && !claims[i].subjectKey.isEmpty && !claims[i].attribute.hasPrefix("additional")
            && !contexts.facts[i].contains(.fixedAttribute)
        {
            unscoped[UnscopedKey(subject: claims[i].subjectKey, attribute: claims[i].attribute), default: []].append(i)
        }
        // One figure compares with nothing (its scopes' set has one member): only keys of two
        // figures or more are sorted and read.
        for key in unscoped.keys.filter({ unscoped[$0]!.count >= 2 }).sorted(by: UnscopedKey.precedes) {
            let indexes = unscoped[key]!
            // Fewer than two estimates: `sameMomentContradiction` finds nothing (no copy made).
            guard Self.mayHoldEstimates(indexes, in: claims) else { continue }
            let group = indexes.map { claims[$0] }
            let scopes = Set(group.compactMap { $0.scope?.lowercased() })
            guard scopes.count <= 1, Set(group.map(\.scope)).count > 1 else { continue }
            if let x = sameMomentContradiction(group, effective: effective, describer: describer, entries: entries, positions: positions) { contradictions.append(x) }
        }
        for key in order {
            let indexes = groups[key]!
            // One figure is no contradiction and no series (every check below needs two).
            guard indexes.count >= 2 else { continue }
            // Claims are copied out only for the checks that read them (a copy retains and
            // releases every string of a claim).
            let facts = contexts.facts
            // The group's attribute is each member's.
            if facts[indexes[0]].contains(.fixedAttribute) {
                // Only subjects a rule tied to the figure; the clause-subject fallback is a guess.
                // A level before and after a change ("raise the age from 66 to 67") is a
                // thing that changes: never a contradiction.
                // Nor a level reached so far ("the drill has reached 310 metres").
                let steady = indexes.filter { !facts[$0].contains(.changingRule) && !isLevelReached($0, contexts: contexts) }
                let tied = steady.filter { !facts[$0].contains(.guessedRule) }
                // A guessed subject that is a name joins a figure a rule tied to that same
                // name: "Terravue-2 weighs 2,150kg" makes "Terravue-2, the larger of the two
                // at 2,310kg" a statement about Terravue-2 too.
                let chosen = tied.contains(where: { Self.isNamed(claims[$0]) })
                    ? steady.filter { !facts[$0].contains(.guessedRule) || Self.isNamed(claims[$0]) }
                    : tied
                guard chosen.count >= 2 else { continue }
                let group = chosen.map { claims[$0] }
                // A named subject ("Tomahawk missiles"), or one thing the page refers to
                // definitely in every figure ("the strike lasted 24 hours", "The 48-hour
                // strike"); "a 30-minute walk" and "a 10-minute walk" may be two walks.
                // A headline drops its articles ("Missile flew about 950km"): it counts as
                // definite when a body figure of the group is.
                // Each figure's definiteness read once (both tests below ask it).
                var definiteness = [Int8](repeating: -1, count: group.count)
                func definite(_ k: Int) -> Bool {
                    if definiteness[k] < 0 { definiteness[k] = isDefinite(group[k], entries: entries, positions: positions) ? 1 : 0 }
                    return definiteness[k] == 1
                }
                guard group.contains(where: { Self.isNamed($0) }) || Self.isOneOnPage(key)
                        || (group.indices.allSatisfy({ definite($0) || isInTitle(group[$0], entries: entries, positions: positions) })
                            && group.indices.contains(where: { definite($0) }))
                else { continue }
                let members = group.compactMap { c in effective[c.id].map { (c, $0) } }
                let clusters = Self.clusters(members)
                if clusters.count >= 2, !Self.namesTwoPeople(clusters.map { $0.map(\.0) }),
                    Self.disagreeAcrossSentences(clusters.map { $0.map(\.0) }, describer: describer)
                {
                    let ids = clusters.flatMap { $0.map(\.0.id) }
                    let entryList = Array(Set(clusters.flatMap { $0.map(\.0.entry) })).sorted()
                    contradictions.append(Contradiction(
                        subject: describer.subjectName(group), attribute: key.attribute, claims: ids, entries: entryList,
                        reason: describer.disjointReason(group: group, clusters: clusters.map { $0.map(\.0) }),
                        rule: .crossCheckDisjoint))
                }
            } else {
                // A group that no check below can flag and that makes no series (one value,
                // or one entry) is passed over before any claim is copied.
                if !Self.mayHoldEstimates(indexes, in: claims), !Self.isFixedSum(key), !key.subject.hasPrefix("votes ") {
                    var values = Set<Double>()
                    var entrySet = Set<Int>()
                    for i in indexes {
                        values.insert(claims[i].si?.value ?? claims[i].quantity.value)
                        entrySet.insert(claims[i].entry)
                    }
                    guard values.count >= 2, entrySet.count >= 2 else { continue }
                }
                let group = indexes.map { claims[$0] }
                // Two estimates of one running figure in one entry are one moment's figures:
                // "Around 2,000 people attended ... Organisers put the crowd at nearer 5,000."
                if let x = sameMomentContradiction(group, effective: effective, describer: describer, entries: entries, positions: positions) {
                    contradictions.append(x)
                }
                // A fixed sum (a deficit, a fee) stated two ways is a contradiction, not a series.
                if let x = fixedSumContradiction(group, key: key, effective: effective, describer: describer, entries: entries, positions: positions) {
                    contradictions.append(x)
                    continue
                }
                // One division's tally (the votes for a bill at third reading) stated two ways.
                if key.subject.hasPrefix("votes "), let x = divisionContradiction(group, indexes: indexes, contexts: contexts, describer: describer) {
                    contradictions.append(x)
                    continue
                }
                let values = Set(group.map { $0.si?.value ?? $0.quantity.value })
                let entrySet = Set(group.map(\.entry))
                guard values.count >= 2, entrySet.count >= 2 else { continue }
                let ordered = describer.timeOrder(group).map { group[$0].id }
                series.append(Series(subject: describer.subjectName(group), attribute: key.attribute, claims: ordered))
            }
        }
        contradictions += titleBodyContradictions(claims, contexts: contexts, effective: effective, describer: describer)
        contradictions += dayReadingContradictions(claims, contexts: contexts, effective: effective, describer: describer)
        contradictions += landfallContradictions(claims, contexts: contexts, effective: effective, describer: describer, entries: entries)
        contradictions += contractLengthContradictions(claims, contexts: contexts, effective: effective, describer: describer, entries: entries, positions: positions)
        contradictions += fixedSetContradictions(claims, contexts: contexts, describer: describer)
        contradictions += dayCountContradictions(claims, contexts: contexts, describer: describer)
        contradictions += fixedCompanyContradictions(claims, contexts: contexts, describer: describer)
        contradictions += unitSlipContradictions(claims, facts: contexts.facts, existing: contradictions, effective: effective, describer: describer)
        contradictions += dismissalDeliveryContradictions(claims, contexts: contexts, effective: effective, describer: describer)
        contradictions += definedSetContradictions(claims, contexts: contexts, describer: describer)
        contradictions += itemisedTotalContradictions(claims, facts: contexts.facts, entries: entries, positions: positions, describer: describer)
        contradictions += titleOwnerContradictions(claims, contexts: contexts, effective: effective, describer: describer)
        contradictions += captivityLengthContradictions(claims, contexts: contexts, effective: effective, describer: describer, entries: entries)
        contradictions += fillLevelContradictions(claims, contexts: contexts, effective: effective, describer: describer)
        contradictions += peakBelowReadingContradictions(claims, contexts: contexts, effective: effective, describer: describer)
        contradictions += statedRateContradictions(claims, contexts: contexts, effective: effective, describer: describer)
        contradictions += statedDifferenceContradictions(claims, entries: entries, positions: positions, describer: describer)
        contradictions += rateProductContradictions(claims, contexts: contexts, describer: describer)
        contradictions += statedChangeContradictions(claims, entries: entries, positions: positions, describer: describer)
        contradictions += listedTotalContradictions(claims, contexts: contexts, describer: describer)
        contradictions += instalmentContradictions(claims, entries: entries, positions: positions, describer: describer)
        contradictions += shareOfCountContradictions(claims, contexts: contexts, describer: describer)
        contradictions += restatedShareContradictions(claims, contexts: contexts, describer: describer)
        contradictions += exchangeRateContradictions(claims, contexts: contexts, describer: describer)
        contradictions += statedMultipleContradictions(claims, entries: entries, describer: describer)
        contradictions += digitSlipContradictions(claims, twins: twins, existing: contradictions, effective: effective, contexts: contexts, describer: describer)
        contradictions += namedDigitSlipContradictions(claims, existing: contradictions, contexts: contexts, describer: describer)
        contradictions += sumDigitSlipContradictions(claims, existing: contradictions, contexts: contexts, describer: describer)
        contradictions += massSlipContradictions(claims, existing: contradictions, facts: contexts.facts, describer: describer)
        var seen = Set<[ClaimID]>()
        contradictions = contradictions.filter { seen.insert($0.claims.sorted()).inserted }
        return (contradictions, series)
    }

    /// How far a bracketed conversion may miss its figure and still be the same figure,
    /// as a share: papers round conversions to a friendly number ("45 miles (75km)" for
    /// 72.4 km, "130mph (210km/h)" for 209.2), while a real mismatch is a wrong factor
    /// ("2,500 km (1,000 miles)" for 1,553 miles).
    public static let conversionRounding = 0.05

    /// Claim rules whose subject is a guess (the first noun phrase of the clause, the one
    /// before a copula, or what a pronoun stands for), never enough to call two figures
    /// contradictory.
    public static let guessedSubjectRules: Set<String> = [
        "claim.nearest-noun", "claim.same-sum", "claim.pronoun-antecedent", "claim.copula-subject",
    ]

    /// Claim rules whose figures are levels of something that changes.
    public static let changingRules: Set<String> = ["claim.change-from-to", "claim.prior-value"]

    /// By claim, whether another claim may have the same subject key and attribute: false
    /// only when no other claim's `subjectKey + "\u{1F}" + attribute` has the same UTF-8 hash
    /// (equal keys, as strings, have equal bytes when all of them are ASCII; with a key of
    /// any other character every claim answers true, since a non-ASCII string can equal an
    /// ASCII one: "\u{212A}" is "K").
    static func keyTwins(_ claims: [Claim]) -> [Bool] {
        var hashes = [UInt64](repeating: 0, count: claims.count)
        // FNV-1a over `bytes` from `h`; nil when a byte is not ASCII.
        @inline(__always) func fold(_ h: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
            var h = h
            for b in bytes {
                if b >= 0x80 { return nil }
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            }
            return h
        }
        @inline(__always) func fold(_ h: UInt64, _ s: String) -> UInt64? {
            s.utf8.withContiguousStorageIfAvailable { fold(h, $0) } ?? Array(s.utf8).withUnsafeBufferPointer { fold(h, $0) }
        }
        for i in claims.indices {
            guard var h = fold(0xcbf2_9ce4_8422_2325, claims[i].subjectKey) else {
                return Array(repeating: true, count: claims.count)
            }
            h = (h ^ 0x1F) &* 0x100_0000_01b3
            guard let h2 = fold(h, claims[i].attribute) else { return Array(repeating: true, count: claims.count) }
            hashes[i] = h2 ^ (h2 >> 29)
        }
        var size = 64
        while size < claims.count * 2 { size *= 2 }
        let mask = UInt64(size - 1)
        var seen = [UInt8](repeating: 0, count: size)
        for h in hashes where seen[Int(h & mask)] < 2 { seen[Int(h & mask)] += 1 }
        return hashes.map { seen[Int($0 & mask)] >= 2 }
    }

    /// A subject key and attribute, the key of same-moment checks without scope.
    ///
    /// Hashed as `GroupKey` is: an FNV-1a hash of the two strings' bytes found once when the
    /// key is made (0 for a key with a byte over 0x7F, "K", ";" or "`"), instead of hashing
    /// both strings per look-up.
    struct UnscopedKey: Hashable {
        let subject: String
        let attribute: String
        private let bytesHash: UInt64

        init(subject: String, attribute: String) {
            self.subject = subject
            self.attribute = attribute
            bytesHash = GroupKey.hashOfBytes(subject, attribute, nil)
        }

        static func == (a: UnscopedKey, b: UnscopedKey) -> Bool {
            a.bytesHash == b.bytesHash && a.subject == b.subject && a.attribute == b.attribute
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytesHash)
        }

        /// The order of `subject + "\u{1F}" + attribute` as strings (the separator is a
        /// starter that composes with nothing): subjects that differ compare as they do with
        /// the separator after them, equal ones by attribute. (As keys, two pairs are one
        /// only when both strings are equal; the joined string also joined pairs split at a
        /// U+001F inside a key, which no key holds.)
        static func precedes(_ a: UnscopedKey, _ b: UnscopedKey) -> Bool {
            if a.subject != b.subject { return (a.subject + "\u{1F}") < (b.subject + "\u{1F}") }
            return a.attribute < b.attribute
        }
    }

    /// A subject key, attribute and scope: the key of the groups of figures compared.
    ///
    /// Hashed by an FNV-1a hash of the three strings' bytes, found once when the key is
    /// made (hashing three strings per look-up was a large share of a compare); keys are
    /// equal as their strings are. A key with a byte over 0x7F hashes to 0 (a non-ASCII
    /// string may equal another of other bytes), and so does one with "K", ";" or "`" (the
    /// ASCII characters a non-ASCII one equals: "\u{212A}", "\u{037E}", "\u{1FEF}"), so
    /// equal keys always hash alike.
    struct GroupKey: Hashable {
        let subject: String
        let attribute: String
        let scope: String
        private let bytesHash: UInt64

        init(subject: String, attribute: String, scope: String) {
            self.subject = subject
            self.attribute = attribute
            self.scope = scope
            bytesHash = Self.hashOfBytes(subject, attribute, scope)
        }

        /// The FNV-1a hash of the strings' bytes, each followed by U+001F; 0 when a byte is over
        /// 0x7F or is "K", ";" or "`".
        static func hashOfBytes(_ subject: String, _ attribute: String, _ scope: String?) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var any: UInt8 = 0
            @inline(__always) func fold(_ s: String) {
                let done: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in
                    for b in bytes {
                        h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                        any |= b == 0x4B || b == 0x3B || b == 0x60 ? 0x80 : b
                    }
                }
                if done == nil { any = 0x80 }
                h = (h ^ 0x1F) &* 0x100_0000_01b3
            }
            fold(subject)
            fold(attribute)
            if let scope { fold(scope) }
            return any >= 0x80 ? 0 : h
        }

        static func == (a: GroupKey, b: GroupKey) -> Bool {
            a.bytesHash == b.bytesHash && a.subject == b.subject && a.attribute == b.attribute && a.scope == b.scope
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytesHash)
        }
    }

    /// A contradiction between two estimates of a running figure stated in one entry, in
    /// different sentences, with intervals that cannot overlap, when at least one of them
    /// names its subject or refers to it definitely ("the crowd at nearer 8,000"): two
    /// estimates of a plain plural ("about 7,000 steps", "about 5,500 steps a day") are
    /// usually of two different things.
    func sameMomentContradiction(
        _ group: [Claim], effective: IntervalsByID, describer: FigureDescriber,
        entries: [Entry], positions: [Int: Int]
    ) -> Contradiction? {
        // Only estimates: "around 2,000" against "nearer 5,000". Exact counts in one article
        // are usually of different things (votes for two candidates).
        // Counted in place first: most groups hold fewer than two, and compare nothing.
        guard Self.mayHoldEstimates(group.indices, in: group) else { return nil }
        let solid = group.filter { !Self.guessedSubjectRules.contains($0.rule.rawValue) && $0.quantity.bound == .approximately }
        // By entry in one pass (a filter of the group per entry was quadratic).
        var byEntry: [Int: [Claim]] = [:]
        for claim in solid { byEntry[claim.entry, default: []].append(claim) }
        for entry in byEntry.keys.sorted() {
            let here = byEntry[entry]!.sorted { $0.range < $1.range }
            guard here.count >= 2 else { continue }
            // Every pair is compared: the intervals looked up once, not per pair.
            let intervals = here.map { effective[$0.id] }
            for (n, a) in here.enumerated() {
                guard let ia = intervals[n] else { continue }
                for m in (n + 1)..<here.count {
                    let b = here[m]
                    guard let ib = intervals[m], !ia.agrees(with: ib), describer.inDifferentSentences(a, b),
                        [a, b].contains(where: { Self.isNamed($0) || isDefinite($0, entries: entries, positions: positions) })
                    else { continue }
                    return Contradiction(
                        subject: describer.subjectName([a, b]), attribute: a.attribute, claims: [a.id, b.id], entries: [entry],
                        reason: describer.disjointReason(group: [a, b], clusters: [[a], [b]]), rule: .crossCheckDisjoint)
                }
            }
        }
        return nil
    }

    /// Whether `claims` at `indexes` hold two estimates or more (`sameMomentContradiction`
    /// compares only those), counted in place.
    static func mayHoldEstimates<C: Collection<Int>>(_ indexes: C, in claims: [Claim]) -> Bool {
        var estimates = 0
        for i in indexes where claims[i].quantity.bound == .approximately && !guessedSubjectRules.contains(claims[i].rule.rawValue) {
            estimates += 1
            if estimates == 2 { return true }
        }
        return false
    }

    /// Whether two figures of different clusters stand in different sentences. One sentence
    /// that gives one fixed measure two values speaks of two measures ("40 miles from the
    /// finish, with her rival 18 miles behind her"), not a contradiction; a wrong conversion
    /// inside one sentence is `crosscheck.conversion-mismatch`'s.
    static func disagreeAcrossSentences(_ clusters: [[Claim]], describer: FigureDescriber) -> Bool {
        for (i, first) in clusters.enumerated() {
            for second in clusters[(i + 1)...] {
                for a in first where second.contains(where: { describer.inDifferentSentences(a, $0) }) { return true }
            }
        }
        return false
    }

    /// Whether the subject is a name (an entity, or a capitalized word that gave the key).
    static func isNamed(_ claim: Claim) -> Bool {
        if claim.subjectID != nil { return true }
        if let known = asciiIsNamed(claim.subject, key: claim.subjectKey) { return known }
        return claim.subject.split(separator: " ").contains { word in
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            let w = word.lowercased()
            return w == claim.subjectKey || w.hasPrefix(claim.subjectKey)
        }
    }

    /// `isNamed`'s word test read from the bytes when the subject and key are ASCII without
    /// a carriage return (each byte a character; an ASCII letter is upper case when A-Z and
    /// lower-cases to itself | 0x20): whether a word of the subject split at spaces starts
    /// with a capital and, lower-cased, starts with the key. Nil for any other text.
    static func asciiIsNamed(_ subject: String, key: String) -> Bool? {
        subject.utf8.withContiguousStorageIfAvailable { s -> Bool? in
            key.utf8.withContiguousStorageIfAvailable { k -> Bool? in
                for c in s where c >= 0x80 || c == 0x0D { return nil }
                for c in k where c >= 0x80 || c == 0x0D { return nil }
                let n = s.count
                var i = 0
                while i < n {
                    while i < n, s[i] == 0x20 { i += 1 }
                    var j = i
                    while j < n, s[j] != 0x20 { j += 1 }
                    if j > i, s[i] &- 0x41 < 26, j - i >= k.count {
                        var t = 0
                        while t < k.count {
                            let c = s[i + t]
                            if (c &- 0x41 < 26 ? c | 0x20 : c) != k[t] { break }
                            t += 1
                        }
                        if t == k.count { return true }
                    }
                    i = j
                }
                return false
            } ?? nil
        } ?? nil
    }

    /// Whether the page names the claim's subject definitely: "the strike lasted 24 hours",
    /// "The 48-hour strike", "the tremor's magnitude"; not "a 48-hour strike".
    func isDefinite(_ claim: Claim, entries: [Entry], positions: [Int: Int]) -> Bool {
        guard let position = positions[claim.entry], !claim.subject.isEmpty else { return false }
        let text = entries[position].text
        guard claim.range.utf8Start <= text.utf8.count else { return false }
        // Words without the punctuation glued to them: "the missile, launched ..., flew".
        let wordsBefore =
            Self.asciiLastWords(12, before: claim.range.utf8Start, in: text)
            ?? Self.lastWords(12, before: claim.range.utf8Start, in: text).map {
                String($0.lowercased().trimmingCharacters(in: Self.gluedPunctuation))
            }
        let determiners = Self.definiteDeterminers
        // The compound "The 48-hour strike": the word before the figure.
        if let last = wordsBefore.last {
            if ["a", "an"].contains(last) { return false }
            if determiners.contains(last) { return true }
        }
        // "the strike lasted ...": the subject's first word, within the clause before.
        let head = claim.subject.split(separator: " ").first.map { $0.lowercased() } ?? ""
        // "Thursday's strike", "the union's ballot": a possessive opens a definite phrase.
        if head.hasSuffix("'s") || head.hasSuffix("\u{2019}s") { return true }
        guard let at = wordsBefore.lastIndex(where: { $0 == head || $0.hasPrefix(head + "'") || $0.hasPrefix(head + "\u{2019}") })
        else { return false }
        if at > 0 {
            let previous = wordsBefore[at - 1]
            return determiners.contains(previous) || previous.hasSuffix("'s") || previous.hasSuffix("\u{2019}s")
        }
        return false
    }

    static let definiteDeterminers: Set<String> = ["the", "this", "that", "its", "their", "his", "her"]
    static let gluedPunctuation = CharacterSet(charactersIn: ",;:()\u{2014}")

    /// Whether the claim's figure sits in its entry's title.
    func isInTitle(_ claim: Claim, entries: [Entry], positions: [Int: Int]) -> Bool {
        guard let position = positions[claim.entry] else { return false }
        return entries[position].blocks.contains { $0.kind == .title && $0.range.utf8Start <= claim.range.utf8Start && claim.range.utf8End <= $0.range.utf8End }
    }

    /// The last `count` words (split at spaces and line breaks) of `text`'s first `end`
    /// UTF-8 bytes, read from a window before `end` rather than the whole prefix (which
    /// made the check quadratic in the figures of a long entry).
    ///
    /// The window starts at a space between two ASCII characters: a character of its own,
    /// so the words after it are the prefix's words; it grows until it holds `count` words.
    static func lastWords(_ count: Int, before end: Int, in text: String) -> [Substring] {
        var copy = text
        return copy.withUTF8 { bytes -> [Substring] in
            // The prefix made from its bytes (the same bytes `text.utf8.prefix(end)` gives,
            // without the generic walk of a view's indexes).
            func whole() -> [Substring] {
                let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<min(end, bytes.count)]), as: UTF8.self)
                return Array(prefix.split(whereSeparator: { $0 == " " || $0 == "\n" }).suffix(count))
            }
            if let words = asciiLastWordSlices(count, before: end, bytes: bytes) { return words }
            var window = 256
            while window < end {
                var p = end - window
                while p < end, !(bytes[p] == 0x20 && bytes[p - 1] < 0x80 && (p + 1 == end || bytes[p + 1] < 0x80)) { p += 1 }
                if p < end {
                    let part = String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<end]), as: UTF8.self)
                    let words = part.split(whereSeparator: { $0 == " " || $0 == "\n" })
                    if words.count >= count { return Array(words.suffix(count)) }
                }
                window *= 4
            }
            return whole()
        }
    }

    /// `lastWords` read backwards from the bytes when every byte it reads is ASCII but a
    /// carriage return (each a character of its own, so splitting bytes at spaces and line
    /// feeds is splitting characters) and the separator before the first word follows such
    /// a byte too (or starts the text); nil otherwise, and the caller splits characters.
    static func asciiLastWordSlices(_ count: Int, before end: Int, bytes: UnsafeBufferPointer<UInt8>) -> [Substring]? {
        guard end >= 0, end <= bytes.count else { return nil }
        var words: [Substring] = []
        var k = end
        while words.count < count {
            while k > 0, bytes[k - 1] == 0x20 || bytes[k - 1] == 0x0A { k -= 1 }
            if k == 0 { break }
            var j = k
            while j > 0, bytes[j - 1] != 0x20, bytes[j - 1] != 0x0A {
                let c = bytes[j - 1]
                if c >= 0x80 || c == 0x0D { return nil }
                j -= 1
            }
            words.append(Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[j..<k]), as: UTF8.self)))
            k = j
        }
        // The separator before the first word is a character of its own only after an ASCII
        // byte that is no carriage return.
        if words.count == count, k >= 2 {
            let c = bytes[k - 2]
            if c >= 0x80 || c == 0x0D { return nil }
        }
        return words.reversed()
    }

    /// Groups figures that chain together by agreement, in ascending order.
    ///
    /// Intervals chain by overlap in one sorted pass; a group of approximate figures is
    /// then split where two neighbours' widened intervals touch but neither holds the
    /// other's value (`FigureInterval.agrees`).
    static func clusters(_ members: [(Claim, FigureInterval)]) -> [[(Claim, FigureInterval)]] {
        overlapClusters(members).flatMap(splitByAgreement)
    }

    /// Splits a cluster (sorted by lower end) where no member before a point agrees with
    /// any member after it. Pairwise, so only for the small clusters of real pages.
    static func splitByAgreement(_ cluster: [(Claim, FigureInterval)]) -> [[(Claim, FigureInterval)]] {
        guard cluster.count >= 2, cluster.count <= 200, cluster.contains(where: { $0.1.center != nil }) else { return [cluster] }
        var out: [[(Claim, FigureInterval)]] = []
        var start = 0
        for cut in 1..<cluster.count {
            let joined = (start..<cut).contains { i in (cut..<cluster.count).contains { j in cluster[i].1.agrees(with: cluster[j].1) } }
            if !joined {
                out.append(Array(cluster[start..<cut]))
                start = cut
            }
        }
        out.append(Array(cluster[start...]))
        return out
    }

    /// Groups figures whose intervals chain together by overlap, in ascending order.
    static func overlapClusters(_ members: [(Claim, FigureInterval)]) -> [[(Claim, FigureInterval)]] {
        let sorted = members.sorted { $0.1.lower < $1.1.lower }
        var out: [[(Claim, FigureInterval)]] = []
        var reach = -Double.infinity
        for m in sorted {
            if out.isEmpty || m.1.lower > reach {
                out.append([m])
                reach = m.1.upper
            } else {
                out[out.count - 1].append(m)
                reach = max(reach, m.1.upper)
            }
        }
        return out
    }
}
