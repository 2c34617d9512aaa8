import ClaimKitModel
import Foundation

extension RuleID {
    /// A list of counts followed, after a colon, by the total they make "in all", that they
    /// do not add up to: "four were taken to Tours, six to Blois and three to Orléans: 11
    /// people in all" (13). The parts and their total are one statement.
    public static let crossCheckListedTotal: RuleID = "crosscheck.listed-total"
    /// A total followed in its sentence by the instalments it is paid in, that do not add
    /// up to it (nor compound to it): "a pay rise of 9.5% over three years, paid in
    /// instalments of 3%, 2.5% and 2%" (7.5%).
    public static let crossCheckInstalments: RuleID = "crosscheck.instalments"
}

extension ClaimComparer {
    /// Words after a total that make it the sum of what came before: "11 people in all".
    static let inAllWords: [[String]] = [["in", "all"], ["in", "total"], ["altogether"], ["all", "told"]]

    /// Number words of the parts of a list (no "a" or "an": every clause has one).
    static let partNumberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20,
    ]

    /// The nouns a total is paid or made in parts of: "instalments of 3%, 2.5% and 2%".
    static let instalmentNouns: Set<String> = ["instalments", "installments", "tranches", "stages", "phases", "steps", "increments"]

    /// The sum of the parts of `clause` (the text of a sentence before a colon), split at
    /// ", ", " and " and ", and ": each part must hold exactly one number (digits or a
    /// `partNumberWords` word) and no other digit; nil unless two parts or more.
    static func listedPartsSum(_ clause: String) -> Int? {
        var parts: [Substring] = []
        for piece in clause.split(separator: ",", omittingEmptySubsequences: false) {
            var rest = piece[...]
            // " and " splits a piece once more ("six to Blois and three to Orléans").
            while let r = rest.range(of: " and ") {
                parts.append(rest[..<r.lowerBound])
                rest = rest[r.upperBound...]
            }
            parts.append(rest)
        }
        guard parts.count >= 2, parts.count <= 12 else { return nil }
        var sum = 0
        for part in parts {
            var numbers = 0
            for raw in part.split(separator: " ") {
                let word = raw.lowercased().trimmingCharacters(in: ClaimContext.glued)
                if let n = partNumberWords[word] {
                    numbers += 1
                    sum += n
                } else if word.contains(where: \.isNumber) {
                    guard word.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(word), n < 100_000 else { return nil }
                    numbers += 1
                    sum += n
                }
            }
            guard numbers == 1 else { return nil }
        }
        return sum
    }

    /// Counts right after ": " whose next words are "in all" (`inAllWords`, a noun between
    /// allowed), whose sentence before the colon is a list of parts (`listedPartsSum`) that
    /// add up to another number.
    func listedTotalContradictions(_ claims: [Claim], contexts: ClaimContexts, describer: FigureDescriber) -> [Contradiction] {
        var out: [Contradiction] = []
        let facts = contexts.facts
        for t in claims.indices where facts[t].isSuperset(of: [.unitCount, .exact]) && claims[t].quantity.value >= 2 {
            // ": " right before the figure: cheap, on the bytes in place, before the sentence is found.
            guard contexts.withEntryBytes(t, { bytes, range in
                range.utf8Start >= 2 && bytes[range.utf8Start - 1] == 0x20 && bytes[range.utf8Start - 2] == 0x3A
            }) == true else { continue }
            let found = contexts.withSentence(t) { bytes, sentence, range -> String? in
                let start = range.utf8Start
                guard start >= sentence.lowerBound + 2, bytes[start - 1] == 0x20, bytes[start - 2] == 0x3A else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[sentence.lowerBound..<(start - 2)]), as: UTF8.self)
            } ?? nil
            guard let clause = found, let context = contexts[t] else { continue }
            let after = context.after
            let inAll = Self.inAllWords.contains { words in
                (0...1).contains { skip in skip + words.count <= after.count && Array(after[skip..<(skip + words.count)]) == words }
            }
            guard inAll, let sum = Self.listedPartsSum(clause), Double(sum) != claims[t].quantity.value else { continue }
            let claim = claims[t]
            let subject = claim.subject.isEmpty ? "count" : claim.subject
            let parts = claims.filter { $0.entry == claim.entry && $0.range.utf8End <= claim.range.utf8Start && $0.range.utf8Start >= claim.range.utf8Start - clause.utf8.count - 2 }
            out.append(Contradiction(
                subject: subject, attribute: "count", claims: parts.map(\.id) + [claim.id], entries: [claim.entry],
                reason: "\(subject), count: \(FigureDescriber.format(claim.quantity.value)) in all in \(describer.entryList([claim.entry])) vs "
                    + "\(sum) in the parts listed before it; a total and the parts it sums",
                rule: .crossCheckListedTotal))
        }
        return out
    }

    /// Totals followed in their sentence by "<instalment noun> of" and a list of two figures
    /// or more in the total's unit, joined by ", ", " and " or ", and " only: a
    /// contradiction when the parts neither add up to the total nor, for percentages,
    /// compound to it, within the rounding of the figures written.
    func instalmentContradictions(_ claims: [Claim], entries: [Entry], positions: [Int: Int], describer: FigureDescriber) -> [Contradiction] {
        var out: [Contradiction] = []
        guard claims.count >= 3 else { return out }
        for first in 1..<claims.count {
            // The list's first figure: "of " and an instalment noun right before it; the next
            // claim of its unit close after it (a list has two figures at least).
            guard first + 1 < claims.count, claims[first].entry == claims[first - 1].entry, claims[first + 1].entry == claims[first].entry,
                claims[first + 1].quantity.unit == claims[first].quantity.unit,
                claims[first + 1].range.utf8Start - claims[first].range.utf8End <= 6,
                let position = positions[claims[first].entry]
            else { continue }
            let text = entries[position].text
            let start = claims[first].range.utf8Start
            let lead = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
                guard start >= 16, start <= bytes.count, bytes[start - 1] == 0x20, bytes[start - 2] == 0x66, bytes[start - 3] == 0x6F else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[(start - 16)..<(start - 4)]), as: UTF8.self)
            } ?? nil
            guard let lead, let noun = lead.split(separator: " ").last, Self.instalmentNouns.contains(noun.lowercased()) else { continue }
            let unit = claims[first].quantity.unit
            // The list: figures of the unit joined by separators only.
            var list = [first]
            var k = first + 1
            while k < claims.count, claims[k].entry == claims[first].entry, claims[k].quantity.unit == unit {
                let gapStart = claims[k - 1].range.utf8End
                let gapEnd = claims[k].range.utf8Start
                guard gapEnd > gapStart, gapEnd - gapStart <= 6 else { break }
                let gap = text.utf8.withContiguousStorageIfAvailable { String(decoding: UnsafeBufferPointer(rebasing: $0[gapStart..<gapEnd]), as: UTF8.self) } ?? ""
                guard gap == ", " || gap == " and " || gap == ", and " else { break }
                list.append(k)
                k += 1
            }
            guard list.count >= 2 else { continue }
            // The total: the last figure of the unit before the list, in its sentence.
            guard let total = (0..<first).reversed().first(where: { claims[$0].entry == claims[first].entry && claims[$0].quantity.unit == unit }),
                describer.inDifferentSentences(claims[total], claims[first]) == false,
                list.allSatisfy({ claims[$0].quantity.bound == .exact }), claims[total].quantity.bound == .exact
            else { continue }
            let parts = list.map { claims[$0].quantity.value }
            let sum = parts.reduce(0, +)
            var compounded = 1.0
            for p in parts { compounded *= 1 + p / 100 }
            let decimals = ([claims[total]] + list.map { claims[$0] }).map { max(0, $0.quantity.precisionExponent) }.max() ?? 0
            let tolerance = Double(parts.count + 1) * 0.5 * pow(10, -Double(decimals)) + 1e-9
            let stated = claims[total].quantity.value
            guard abs(sum - stated) > tolerance, unit != "%" || abs(100 * (compounded - 1) - stated) > tolerance else { continue }
            let subject = claims[total].subject.isEmpty ? claims[total].attribute : claims[total].subject
            let unitText = unit == "%" ? "%" : " " + unit
            out.append(Contradiction(
                subject: subject, attribute: claims[total].attribute, claims: [claims[total].id] + list.map { claims[$0].id },
                entries: [claims[total].entry],
                reason: "\(subject), \(claims[total].attribute): \(FigureDescriber.figure(claims[total].quantity)) in \(describer.entryList([claims[total].entry])) vs "
                    + "\(FigureDescriber.format((sum * 100).rounded() / 100))\(unitText) in the \(noun.lowercased()) listed after it; a total and the parts it is paid in",
                rule: .crossCheckInstalments))
        }
        return out
    }
}
