import ClaimKitModel
import Foundation

extension RuleID {
    /// A difference stated between two figures of one sentence that their own values do
    /// not give: "haemoglobin of 17.8 g/dL, which was 2.9 above her baseline of 15.6 g/dL"
    /// (17.8 − 15.6 is 2.2). The figures and the difference are one statement.
    public static let crossCheckStatedDifference: RuleID = "crosscheck.stated-difference"
}

extension ClaimComparer {
    /// Comparatives that state a difference after a number, with the sign of "first figure
    /// minus second figure" they give.
    static let differenceWords: [(words: [String], sign: Double)] = [
        (["above"], 1), (["higher", "than"], 1), (["more", "than"], 1), (["greater", "than"], 1),
        (["below"], -1), (["lower", "than"], -1), (["less", "than"], -1), (["fewer", "than"], -1),
    ]

    /// Two claims of one entry with the same unit, the second within 120 bytes after the
    /// first in the same sentence, and between them a number right before a comparative
    /// (`differenceWords`, one unit word allowed between: "2.9 above", "3 degrees below"),
    /// with at most six words and no digit from the comparative to the second figure: a
    /// contradiction when the number is not the figures' difference in the comparative's
    /// direction, within the rounding of the digits written.
    func statedDifferenceContradictions(_ claims: [Claim], entries: [Entry], positions: [Int: Int], describer: FigureDescriber) -> [Contradiction] {
        var out: [Contradiction] = []
        // The second figure is the next claim, or the one after when the difference itself
        // was read as a claim ("6.4 metres, 2 metres higher than the 5.3 metres").
        for step in 0..<(2 * max(claims.count - 1, 0)) {
            let i = step / 2
            let j = i + 1 + step % 2
            guard j < claims.count else { continue }
            // Cheap tests on the claims in place first (no copy of either claim).
            let aEnd = claims[i].range.utf8End
            let bStart = claims[j].range.utf8Start
            guard claims[i].entry == claims[j].entry, bStart > aEnd, bStart - aEnd <= 120,
                claims[i].quantity.bound != .range, claims[j].quantity.bound != .range
            else { continue }
            if j == i + 2 {
                let middle = claims[i + 1].range
                guard middle.utf8Start >= aEnd, middle.utf8End <= bStart else { continue }
            }
            guard claims[i].quantity.unit == claims[j].quantity.unit, claims[i].quantity.unit != "%",
                let position = positions[claims[i].entry]
            else { continue }
            let utf8 = entries[position].text.utf8
            guard bStart <= utf8.count, Self.mayHoldComparative(utf8, from: aEnd, to: bStart) else { continue }
            let a = claims[i]
            let b = claims[j]
            let from = utf8.index(utf8.startIndex, offsetBy: a.range.utf8End)
            let to = utf8.index(utf8.startIndex, offsetBy: b.range.utf8Start)
            let gap = String(Substring(utf8[from..<to]))
            // Foundation's search (what `contains` runs) only where the bytes hold the text
            // (no other character is canonically equivalent to these ASCII ones).
            guard !(Self.bytes(of: gap, hold: ". ") && gap.contains(". ")), !(Self.bytes(of: gap, hold: "\n") && gap.contains("\n")),
                !(Self.bytes(of: gap, hold: "%") && gap.contains("%")), !(Self.bytes(of: gap, hold: "per cent") && gap.contains("per cent")),
                let (stated, sign, decimals) = Self.statedDifference(in: gap)
            else { continue }
            let actual = sign * (a.quantity.value - b.quantity.value)
            let places = min(decimals, Self.decimals(of: a.quantity.text), Self.decimals(of: b.quantity.text))
            let tolerance = 0.5 * pow(10, -Double(places)) + 1e-9
            guard abs(actual - stated) > tolerance else { continue }
            let subject = b.subject.isEmpty ? a.subject : b.subject
            let unit = a.quantity.unit == "count" ? "" : " \(a.quantity.unit)"
            out.append(Contradiction(
                subject: subject, attribute: "difference", claims: [a.id, b.id], entries: [a.entry],
                reason: "\(subject), difference: \(FigureDescriber.format(stated))\(unit) stated in \(describer.entryList([a.entry])) "
                    + "between \(FigureDescriber.figure(a.quantity)) and \(FigureDescriber.figure(b.quantity)), whose difference is "
                    + "\(FigureDescriber.format(actual))\(unit); a stated difference against its own figures",
                rule: .crossCheckStatedDifference))
        }
        return out
    }

    /// Whether the bytes `from..<to` of `utf8` hold "above", "below" or "than" (lower case),
    /// read in place before any string is made: most gaps between two figures hold none.
    static func mayHoldComparative(_ utf8: String.UTF8View, from: Int, to: Int) -> Bool {
        utf8.withContiguousStorageIfAvailable { b -> Bool in
            var i = from
            let end = min(to, b.count) - 3
            while i < end {
                switch b[i] {
                case 0x61: if b[i + 1] == 0x62, b[i + 2] == 0x6F, b[i + 3] == 0x76 { return true }  // "abov"
                case 0x62: if b[i + 1] == 0x65, b[i + 2] == 0x6C, b[i + 3] == 0x6F { return true }  // "belo"
                case 0x74: if b[i + 1] == 0x68, b[i + 2] == 0x61, b[i + 3] == 0x6E { return true }  // "than"
                default: break
                }
                i += 1
            }
            return false
        } ?? true
    }

    /// The number right before a comparative in `gap` (the text between two figures), the
    /// comparative's sign and the number's decimal places; nil when the gap holds no such
    /// number, or holds a digit after the comparative or more than six words there.
    static func statedDifference(in gap: String) -> (Double, Double, Int)? {
        let words = gap.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (i, _) in words.enumerated() {
            for (phrase, sign) in differenceWords where i + phrase.count <= words.count && Array(words[i..<(i + phrase.count)]) == phrase {
                // The number: the word before the comparative, or the one before a unit word.
                var n = i - 1
                if n >= 0, Double(words[n]) == nil { n -= 1 }
                guard n >= 0, n >= i - 2, let value = Double(words[n]), words[n].allSatisfy({ $0.isNumber || $0 == "." }) else {
                    continue
                }
                let after = words[(i + phrase.count)...]
                guard after.count <= 6, !after.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
                return (value, sign, decimals(of: words[n]))
            }
        }
        return nil
    }

    /// Decimal places written in a figure's text ("17.8 g/dL": 1; "2,500": 0).
    static func decimals(of text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: dot)...].prefix(while: \.isNumber).count
    }
}
