import ClaimKitModel
import Foundation

/// Words for people: figures, entries and times in the reasons of contradictions.
struct FigureDescriber {
    let entries: [Entry]

    /// The time an entry was published, as "20:49", when the page says.
    func time(ofEntry index: Int) -> String? {
        guard index >= 1, index <= entries.count, let published = entries[index - 1].published else { return nil }
        // ASCII without a carriage return (the usual stamp): each byte is a character of its
        // own, so the bytes give what the characters below give, without an array of them.
        if let found = Self.asciiTime(published) { return found }
        let c = Array(published)
        guard c.count >= 5 else { return nil }
        for i in 0...(c.count - 5) where c[i + 2] == ":" {
            let digits = [c[i], c[i + 1], c[i + 3], c[i + 4]]
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return String(c[i..<(i + 5)]) }
        }
        return nil
    }

    /// `time(ofEntry:)`'s "HH:MM" read from the bytes of a stamp of ASCII without a carriage
    /// return: `.some(nil)` when it holds none, nil for any other stamp.
    static func asciiTime(_ published: String) -> String?? {
        var copy = published
        return copy.withUTF8 { b -> String?? in
            for c in b where c >= 0x80 || c == 0x0D { return nil }
            guard b.count >= 5 else { return .some(nil) }
            @inline(__always) func digit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
            for i in 0...(b.count - 5) where b[i + 2] == 0x3A {
                if digit(b[i]), digit(b[i + 1]), digit(b[i + 3]), digit(b[i + 4]) {
                    return .some(String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + 5)]), as: UTF8.self))
                }
            }
            return .some(nil)
        }
    }

    /// The subject a person would name: the most frequent subject text of the group.
    func subjectName(_ group: [Claim]) -> String {
        // A subject that is the key itself names the thing plainly ("crowd" over "people attended").
        if let plain = group.first(where: { $0.subject.lowercased() == $0.subjectKey }), group.count > 1,
            !group.contains(where: { s in s.subject.unicodeScalars.first?.properties.isUppercase ?? false })
        {
            return plain.subject
        }
        var counts: [String: Int] = [:]
        for c in group where !c.subject.isEmpty { counts[c.subject, default: 0] += 1 }
        // A set: a search of the group per subject was quadratic in a page's figures.
        let named = Set(group.map(\.subject).filter { s in s.unicodeScalars.first?.properties.isUppercase ?? false })
        if let best = counts.filter({ named.contains($0.key) }).max(by: { ($0.value, -$0.key.count, $1.key) < ($1.value, -$1.key.count, $0.key) }) {
            return best.key
        }
        // Ties go to the longer, then alphabetically first, name: the result must not depend
        // on the dictionary's (per-process random) order.
        return counts.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }?.key
            ?? group.first?.subject ?? ""
    }

    /// Claims oldest first: by ISO time when entries carry one, else by entry index
    /// descending (live pages put the newest entry first).
    func inTimeOrder(_ claims: [Claim]) -> [Claim] {
        timeOrder(claims).map { claims[$0] }
    }

    /// The positions of `claims` in `inTimeOrder`'s order: the positions are sorted, not
    /// the claims (a sorted copy of a group of a million figures was some 350 MB).
    func timeOrder(_ claims: [Claim]) -> [Int] {
        func iso(_ c: Claim) -> String? {
            guard c.entry >= 1, c.entry <= entries.count, let p = entries[c.entry - 1].published, p.count >= 16, p.contains("T") else { return nil }
            return p
        }
        if claims.allSatisfy({ iso($0) != nil }) {
            return claims.indices.sorted { (iso(claims[$0])!, claims[$0].range.utf8Start) < (iso(claims[$1])!, claims[$1].range.utf8Start) }
        }
        return claims.indices.sorted {
            (claims[$0].entry, -claims[$0].range.utf8Start) > (claims[$1].entry, -claims[$1].range.utf8Start)
        }
    }

    /// Whether a sentence ends between two claims of one entry.
    func inDifferentSentences(_ a: Claim, _ b: Claim) -> Bool {
        guard a.entry == b.entry, a.entry >= 1, a.entry <= entries.count else { return true }
        let text = entries[a.entry - 1].text
        let (first, second) = a.range < b.range ? (a, b) : (b, a)
        guard first.range.utf8End <= second.range.utf8Start else { return false }
        // From the bytes: the marks are ASCII, and the scalar after an ASCII byte starts at
        // the next byte (ranges fall on scalar boundaries).
        let lo = first.range.utf8End
        let hi = second.range.utf8Start
        if lo >= 0, let result = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            guard hi <= bytes.count else { return nil }
            var i = lo
            while i < hi {
                let c = bytes[i]
                if c == 0x0A { return true }
                if c == 0x2E || c == 0x21 || c == 0x3F {
                    if i + 1 == hi || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A { return true }
                }
                i += 1
            }
            return false
        }), let found = result {
            return found
        }
        let between = text.slice(TextRange(utf8Start: first.range.utf8End, utf8End: second.range.utf8Start))
        let scalars = Array(between.unicodeScalars)
        for (i, c) in scalars.enumerated() where [".", "!", "?", "\n"].contains(c) {
            if c == "\n" || i + 1 == scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\n" { return true }
        }
        return false
    }

    /// "entries 1 and 6 (20:49, 19:31)"
    func entryList(_ indexes: [Int]) -> String {
        let sorted = Array(Set(indexes)).sorted()
        let names = sorted.map(String.init)
        let list = names.count == 1 ? "entry \(names[0])"
            : "entries " + names.dropLast().joined(separator: ", ") + " and " + names.last!
        let times = sorted.compactMap { time(ofEntry: $0) }
        return times.isEmpty ? list : list + " (" + times.joined(separator: ", ") + ")"
    }

    static func format(_ v: Double) -> String {
        let rounded = (v * 100).rounded() / 100
        // A whole number (not zero, whose sign the formatter shows) is its digits in
        // groups of three: written here, as the formatter below would (which costs a
        // formatter's set-up per call).
        if rounded != 0, rounded.magnitude < 1e15, rounded == rounded.rounded() {
            return grouped(Int(rounded))
        }
        let digits = rounded == rounded.rounded() || abs(rounded) >= 100 ? 0 : 2
        return Formatters.shared.string(rounded, fractionDigits: digits) ?? String(v)
    }

    /// The two decimal formatters `format` uses, made once (a formatter's set-up per
    /// figure was most of the cost of a contradiction's reason); one caller at a time.
    final class Formatters: @unchecked Sendable {
        static let shared = Formatters()
        private let lock = NSLock()
        private var made: [Int: NumberFormatter] = [:]

        func string(_ value: Double, fractionDigits: Int) -> String? {
            lock.lock()
            defer { lock.unlock() }
            let f: NumberFormatter
            if let known = made[fractionDigits] {
                f = known
            } else {
                f = NumberFormatter()
                f.numberStyle = .decimal
                f.maximumFractionDigits = fractionDigits
                f.locale = Locale(identifier: "en_US_POSIX")
                f.usesGroupingSeparator = true
                f.groupingSeparator = ","
                f.groupingSize = 3
                made[fractionDigits] = f
            }
            return f.string(from: NSNumber(value: value))
        }
    }

    /// `n` in decimal with "," between groups of three digits: "-12,500".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude).utf8)
        var out: [UInt8] = n < 0 ? [0x2D] : []
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(0x2C) }
            out.append(d)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func boundWord(_ b: Bound) -> String {
        switch b {
        case .exact, .range: ""
        case .approximately: "about "
        case .moreThan: "over "
        case .atLeast: "at least "
        case .lessThan: "under "
        case .atMost: "at most "
        }
    }

    static func figure(_ q: Quantity, approximate: Bool = false) -> String {
        let unit = q.unit == "count" ? "" : " " + q.unit
        let word = approximate && q.bound == .exact ? "about " : boundWord(q.bound)
        let money = ClaimComparer.isCurrency(q.unit)
        let number = { (v: Double) in money ? scaled(v) : format(v) }
        if let u = q.upper { return "\(number(q.value))–\(number(u))\(unit)" }
        return "\(word)\(number(q.value))\(unit)"
    }

    /// A large sum as people write it: "36bn", "14.6tn", "9.5m"; smaller sums in digits.
    static func scaled(_ v: Double) -> String {
        for (scale, suffix) in [(1e12, "tn"), (1e9, "bn"), (1e6, "m")] where v.magnitude >= scale {
            let n = v / scale
            // Only when the scaled figure is short ("13.08bn", not "13.0812345bn").
            if (n * 100).rounded() == n * 100 { return format(n) + suffix }
        }
        return format(v)
    }

    /// A claim's figure in `unit` when one of its statements uses it.
    func statement(of claim: Claim, in unit: String) -> Quantity {
        ([claim.quantity] + claim.alternatives).first { $0.unit == unit } ?? claim.quantity
    }

    func disjointReason(group: [Claim], clusters: [[Claim]]) -> String {
        let subject = subjectName(group)
        // In page order, the figure first stated first; its unit for all.
        let clusters = clusters.map { $0.sorted { ($0.entry, $0.range) < ($1.entry, $1.range) } }
            .sorted { ($0[0].entry, $0[0].range) < ($1[0].entry, $1[0].range) }
        let unit = clusters[0][0].quantity.unit
        var parts: [String] = []
        var mids: [Double] = []
        for cluster in clusters {
            let rep = cluster[0]
            let q = statement(of: rep, in: unit)
            let approximate = ([rep.quantity] + rep.alternatives).contains { $0.bound == .approximately }
            var part = "\(Self.figure(q, approximate: approximate)) in \(entryList(cluster.map(\.entry)))"
            let sources = Array(Set(cluster.compactMap(\.source))).sorted()
            if !sources.isEmpty { part += " according to " + sources.joined(separator: " and ") }
            parts.append(part)
            mids.append(q.si?.value ?? q.value)
        }
        var reason = "\(subject), \(group[0].attribute): " + parts.joined(separator: " vs ")
        if let lo = mids.min(), let hi = mids.max(), lo > 0 {
            reason += "; the larger is \(Int(((hi / lo - 1) * 100).rounded()))% above the smaller"
        }
        return reason
    }

    func conversionReason(_ claim: Claim, _ alternative: Quantity) -> String {
        var reason = "\(claim.subject.isEmpty ? "A figure" : claim.subject), \(claim.attribute): \(Self.figure(claim.quantity)) is given as \(Self.figure(alternative)) in \(entryList([claim.entry]))"
        if let a = alternative.si, let m = claim.quantity.si, alternative.value != 0, a.value != 0 {
            let converted = m.value / (a.value / alternative.value)
            reason += ", but \(Self.format(claim.quantity.value)) \(claim.quantity.unit) is \(Self.format(converted)) \(alternative.unit)"
        }
        return reason
    }
}
