import ClaimKitModel
import Foundation

extension RuleID {
    /// A count followed, after a colon in its own sentence, by the list of what it counts,
    /// whose items add up to another number: "Six boats sank: a trawler, three yachts and a
    /// ferry" (five). A total and its own itemised list are one statement.
    public static let crossCheckItemisedTotal: RuleID = "crosscheck.itemised-total"
}

extension ClaimComparer {
    /// Numbers an item of a list may open with, by word: "a ferry", "three yachts".
    static let itemCounts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// Words after an item's number that make it a group of unknown size or a measure, not
    /// things counted one by one: "a pair of vans", "a dozen cars", "a number of people".
    static let itemGroupWords: Set<String> = [
        "pair", "couple", "dozen", "number", "few", "handful", "group", "total", "series", "set", "fleet", "convoy",
        "team", "family", "crew", "lot", "score", "further", "more", "other", "third", "quarter", "half", "fifth",
        "tenth", "percent", "per", "bit", "little", "majority", "minority",
    ]

    /// Words in an item that count per member: "two wins each", "a goal apiece".
    static let perMemberWords: Set<String> = ["each", "apiece", "per", "every", "both"]

    /// Words of a count's sentence before its colon that make the list a part: "including",
    /// "among them", "such as", "of whom".
    static let partialListWords: Set<String> = [
        "including", "include", "includes", "included", "among", "such", "whom", "which", "example", "instance", "like",
        "mainly", "mostly", "notably", "especially",
    ]

    /// The number of things a list written after a colon counts ("a trawler, three yachts and
    /// a ferry": 5), or nil when it is not such a list: two items or more, each opening with
    /// "a", "an" or a number word to twelve or digits and holding a word after it (an
    /// `itemGroupWords` word after the number turns the whole list away), none longer than
    /// six words, split at commas and one final "and".
    static func listCount(_ text: Substring) -> Int? {
        var items: [Substring] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            var piece = part.drop(while: { $0 == " " })
            if piece.hasPrefix("and ") { piece = piece.dropFirst(4) }
            // "two cars and a van": one "and" splits the last part.
            let words = piece.split(separator: " ")
            if let at = words.firstIndex(of: "and") {
                let left = words[..<at]
                let right = words[(at + 1)...]
                guard !left.isEmpty, !right.isEmpty, !right.contains("and") else { return nil }
                items.append(Substring(left.joined(separator: " ")))
                items.append(Substring(right.joined(separator: " ")))
            } else {
                items.append(Substring(words.joined(separator: " ")))
            }
        }
        guard items.count >= 2, items.count <= 12 else { return nil }
        var total = 0
        for item in items {
            let words = item.split(separator: " ").map { $0.lowercased() }
            guard words.count >= 2, words.count <= 6 else { return nil }
            let n: Int
            if let known = itemCounts[words[0]] {
                n = known
            } else if words[0].allSatisfy(\.isASCII), words[0].allSatisfy(\.isNumber), let value = Int(words[0]), value > 0, value < 1000 {
                n = value
            } else {
                return nil
            }
            guard !itemGroupWords.contains(words[1]), !words[1].allSatisfy(\.isNumber) else { return nil }
            // "two wins each": a count per member, not of things one by one.
            guard !words.contains(where: { perMemberWords.contains($0) }) else { return nil }
            total += n
        }
        return total
    }

    /// Totals whose own itemised list (`listCount`), after a colon right after the counted
    /// noun's clause and running to the sentence's end, counts another number. Only exact
    /// counts of 2 to 100 a rule tied to a counted noun, a colon within eight words after
    /// the figure with no word of a partial list (`partialListWords`) or bracket before it.
    /// `facts`: the claims' `ClaimFacts`, by index.
    func itemisedTotalContradictions(
        _ claims: [Claim], facts: [ClaimFacts], entries: [Entry], positions: [Int: Int], describer: FigureDescriber
    ) -> [Contradiction] {
        var out: [Contradiction] = []
        for index in claims.indices where facts[index].isSuperset(of: [.unitCount, .exact])
            && !facts[index].isDisjoint(with: [.countedNounRule, .definiteCountRule])
            && claims[index].quantity.value >= 2 && claims[index].quantity.value <= 100
            && claims[index].quantity.value == claims[index].quantity.value.rounded()
        {
            guard let position = positions[claims[index].entry] else { continue }
            let text = entries[position].text
            // The claim is copied out only for a list that miscounts it.
            guard let found = Self.itemisedList(after: claims[index].range.utf8End, in: text), found.count != Int(claims[index].quantity.value)
            else { continue }
            let claim = claims[index]
            // The list's own figures ("three yachts") are claims of it.
            let parts = claims.filter { $0.entry == claim.entry && $0.range.utf8Start >= found.range.lowerBound && $0.range.utf8End <= found.range.upperBound }
            let subject = claim.subject
            out.append(Contradiction(
                subject: subject, attribute: "count", claims: [claim.id] + (parts.isEmpty ? [claim.id] : parts.map(\.id)),
                entries: [claim.entry],
                reason: "\(subject), count: \(FigureDescriber.format(claim.quantity.value)) in \(describer.entryList([claim.entry])) vs "
                    + "\(found.count) in the list that follows it; a total and its own list count one set",
                rule: .crossCheckItemisedTotal))
        }
        return out
    }

    /// The list after a colon following the figure that ends at UTF-8 offset `end` of `text`:
    /// the colon within eight words in the same sentence, the list running to the sentence's
    /// end ("." before a space, a line break or the text's end). Its item count
    /// (`listCount`) and byte range.
    static func itemisedList(after end: Int, in text: String) -> (count: Int, range: Range<Int>)? {
        var copy = text
        return copy.withUTF8 { itemisedList(after: end, bytes: $0) }
    }

    /// `itemisedList(after:in:)` on the text's UTF-8 bytes, read in place.
    static func itemisedList(after end: Int, bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, range: Range<Int>)? {
        guard end >= 0, end < bytes.count else { return nil }
        var i = end
        var words = 0
        var colon: Int?
        while i < bytes.count, i < end + 200 {
            let c = bytes[i]
            if c == 0x3A { colon = i; break }
            if c == 0x0A || c == 0x2E || c == 0x28 || c == 0x3B || c == 0x22 || c == 0x2C { return nil }
            if c == 0x20 { words += 1 }
            if words > 8 { return nil }
            i += 1
        }
        guard let colon else { return nil }
        let lead = String(decoding: UnsafeBufferPointer(rebasing: bytes[end..<colon]), as: UTF8.self).lowercased().split(separator: " ")
        guard !lead.contains(where: { partialListWords.contains(String($0)) }) else { return nil }
        var k = colon + 1
        while k < bytes.count, k < colon + 400 {
            let c = bytes[k]
            if c == 0x0A { break }
            if c == 0x2E, k + 1 == bytes.count || bytes[k + 1] == 0x20 || bytes[k + 1] == 0x0A { break }
            if c == 0x3A || c == 0x3B || c == 0x28 || c == 0x22 || c == 0x21 || c == 0x3F { return nil }
            // Dashes and curly quotation marks (U+2013 to U+201D) open an aside or a quote.
            if c == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] >= 0x93, bytes[k + 2] <= 0x9D { return nil }
            k += 1
        }
        guard k < colon + 400 else { return nil }
        let list = String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)..<k]), as: UTF8.self)
        guard let count = listCount(Substring(list)) else { return nil }
        return (count, (colon + 1)..<k)
    }
}
