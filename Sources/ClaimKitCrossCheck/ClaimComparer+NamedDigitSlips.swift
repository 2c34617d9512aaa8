import ClaimKitModel
import Foundation

extension RuleID {
    /// One named thing's fixed measure given twice with four significant digits or more in
    /// another order, whatever subject the claim reader gave each: "Wielka Turnia, which
    /// stands 2,153 metres" against "the summit of Wielka Turnia, ... a 2,135-metre peak".
    public static let crossCheckNamedDigitSlip: RuleID = "crosscheck.named-digit-slip"
}

extension ClaimComparer {
    /// The significant digits of a figure as written ("2,153" gives 2153; "1,200" gives 12),
    /// or nil for a figure with a decimal point.
    static func significantDigits(_ text: String) -> [UInt8]? {
        var digits: [UInt8] = []
        var seen = false
        for b in text.utf8 {
            if b >= 0x30, b <= 0x39 {
                digits.append(b)
                seen = true
            } else if b == 0x2E, seen {
                return nil
            } else if b == 0x2C, seen {
                continue
            } else if seen {
                break
            }
        }
        while digits.last == 0x30 { digits.removeLast() }
        return digits
    }

    /// Names as written that may name one thing in two sentences: runs of capitalised words
    /// ("Wielka Turnia", "Mount Velebit"), four letters or more in all, but a lone capitalised
    /// word opening its sentence. A run is compared whole: "Mount Velebit" is not "Mount Dinara".
    static func names(_ before: [String], _ after: [String]) -> Set<String> {
        var out = Set<String>()
        func capitalised(_ w: String) -> Bool {
            guard let first = w.utf8.first, first >= 0x41, first <= 0x5A else { return false }
            return w.utf8.dropFirst().contains(where: { $0 >= 0x61 && $0 <= 0x7A })
        }
        for words in [before, after] {
            var run: [String] = []
            var start = 0
            for k in 0...words.count {
                if k < words.count, capitalised(words[k]) {
                    if run.isEmpty { start = k }
                    run.append(words[k])
                    continue
                }
                let name = run.joined(separator: " ")
                if name.utf8.count >= 4, !(words == before && start == 0 && run.count == 1) { out.insert(name) }
                run = []
            }
        }
        return out
    }

    /// Pairs of exact figures of fixed attributes (`fixedAttributes`) in one unit, in
    /// different sentences, whose significant digits as written (four or more, two distinct
    /// at least) are the same in another order, and whose sentences share a capitalised word
    /// (`names`): a contradiction, unless a third figure of the unit has those digits too or a
    /// contradiction in `existing` already joins the two.
    func namedDigitSlipContradictions(
        _ claims: [Claim], existing: [Contradiction], contexts: ClaimContexts, describer: FigureDescriber
    ) -> [Contradiction] {
        var candidates: [(index: Int, sorted: [UInt8], digits: [UInt8])] = []
        let facts = contexts.facts
        for i in claims.indices where facts[i].isSuperset(of: [.fixedAttribute, .exact]) && !facts[i].contains(.changingRule) && claims[i].quantity.value >= 1000 {
            guard let digits = Self.significantDigits(claims[i].text), digits.count >= 4, Set(digits).count >= 2 else { continue }
            candidates.append((i, digits.sorted(), digits))
        }
        guard candidates.count >= 2 else { return [] }
        var out: [Contradiction] = []
        for x in candidates.indices {
            for y in candidates.indices where y > x {
                let a = candidates[x]
                let b = candidates[y]
                guard a.sorted == b.sorted, a.digits != b.digits, claims[a.index].quantity.unit == claims[b.index].quantity.unit,
                    describer.inDifferentSentences(claims[a.index], claims[b.index]),
                    !candidates.contains(where: { $0.sorted == a.sorted && $0.index != a.index && $0.index != b.index && claims[$0.index].quantity.value != claims[a.index].quantity.value && claims[$0.index].quantity.value != claims[b.index].quantity.value }),
                    !existing.contains(where: { $0.claims.contains(claims[a.index].id) && $0.claims.contains(claims[b.index].id) }),
                    let ca = contexts[a.index], let cb = contexts[b.index]
                else { continue }
                let shared = Self.names(ca.originalBefore, ca.originalAfter).intersection(Self.names(cb.originalBefore, cb.originalAfter))
                guard let name = shared.sorted().first else { continue }
                let first = claims[a.index]
                let second = claims[b.index]
                out.append(Contradiction(
                    subject: name, attribute: second.attribute, claims: [first.id, second.id], entries: Array(Set([first.entry, second.entry])).sorted(),
                    reason: "\(name), \(second.attribute): \(FigureDescriber.figure(first.quantity)) in \(describer.entryList([first.entry])) vs "
                        + "\(FigureDescriber.figure(second.quantity)) in \(describer.entryList([second.entry])); the same digits in another order, one of them a slip",
                    rule: .crossCheckNamedDigitSlip))
            }
        }
        return out
    }
}
