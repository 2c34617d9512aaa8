import ClaimKitModel
import Foundation

extension RuleID {
    /// A multiple stated before a colon and the two figures after it that it compares, whose
    /// ratio is another: "holds three times as many servers as the one that burned: 24,000
    /// against 12,000" (twice as many).
    public static let crossCheckStatedMultiple: RuleID = "crosscheck.stated-multiple"
}

extension ClaimComparer {
    /// The multiple a word before "times as" gives ("three", "3", "2.5"), "twice" as 2.
    static let multipleWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20,
        "hundred": 100,
    ]

    /// Words joining the two figures a multiple compares: "24,000 against 12,000".
    static let comparingJoiners: [[String]] = [["against"], ["to"], ["vs"], ["versus"], ["compared", "with"], ["compared", "to"]]

    /// The multiple and the two figures of a sentence `words` (lower case, as
    /// `ClaimContext` makes them; a colon is kept as its own mark by the caller): "N times
    /// as ... : A against B", or "twice as ... : A against B". Nil unless exactly that shape.
    static func statedMultiple(_ sentence: String) -> (multiple: Double, first: Double, second: Double)? {
        guard let colon = sentence.firstIndex(of: ":") else { return nil }
        let head = sentence[..<colon].lowercased().split(separator: " ").map { $0.trimmingCharacters(in: ClaimContext.glued) }
        var multiple: Double?
        for k in head.indices {
            if head[k] == "twice", k + 1 < head.count, head[k + 1] == "as" { multiple = 2 }
            if head[k] == "times", k + 1 < head.count, head[k + 1] == "as", k > 0 {
                multiple = multipleWords[head[k - 1]] ?? Double(head[k - 1])
            }
        }
        guard let multiple, multiple > 1 else { return nil }
        let tail = sentence[sentence.index(after: colon)...].split(separator: " ").map { $0.trimmingCharacters(in: ClaimContext.glued).lowercased() }
        guard let first = tail.first.flatMap(wholeNumber) else { return nil }
        for joiner in comparingJoiners where tail.count > joiner.count {
            if Array(tail[1...joiner.count]) == joiner, let second = wholeNumber(tail[joiner.count + 1]) {
                return first > 0 && second > 0 ? (multiple, first, second) : nil
            }
        }
        return nil
    }

    /// Sentences of the entries holding "times as " or "twice as " and, after it, a colon,
    /// whose stated multiple (`statedMultiple`) is not the ratio of the two figures after the
    /// colon, within a tenth. The entries' bytes are searched for the phrase first.
    func statedMultipleContradictions(_ claims: [Claim], entries: [Entry], describer: FigureDescriber) -> [Contradiction] {
        var out: [Contradiction] = []
        for entry in entries {
            let found: [(String, Range<Int>)] = entry.text.utf8.withContiguousStorageIfAvailable { bytes -> [(String, Range<Int>)] in
                var sentences: [(String, Range<Int>)] = []
                guard let base = bytes.baseAddress else { return sentences }
                // Colons first (rare in prose; memchr reads the bytes fast), then "times as " or
                // "twice as " in the 200 bytes before one, then the sentence.
                var from = 0
                while from < bytes.count, let hit = memchr(base + from, 0x3A, bytes.count - from) {
                    let colon = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    from = colon + 1
                    var i = max(0, colon - 200)
                    var found = false
                    while i + 9 <= colon {
                        if bytes[i] == 0x73, bytes[i + 1] == 0x20, bytes[i + 2] == 0x61, bytes[i + 3] == 0x73, bytes[i + 4] == 0x20, i >= 4 {
                            let times = bytes[i - 4] | 0x20 == 0x74 && bytes[i - 3] == 0x69 && bytes[i - 2] == 0x6D && bytes[i - 1] == 0x65
                            let twice = bytes[i - 4] | 0x20 == 0x74 && bytes[i - 3] == 0x77 && bytes[i - 2] == 0x69 && bytes[i - 1] == 0x63
                            if times || twice { found = true; break }
                        }
                        i += 1
                    }
                    guard found, let sentence = ClaimContext.sentence(TextRange(utf8Start: colon, utf8End: colon + 1), bytes: bytes),
                        sentences.last?.1 != sentence
                    else { continue }
                    sentences.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[sentence]), as: UTF8.self), sentence))
                }
                return sentences
            } ?? []
            for (sentence, bytes) in found {
                guard let (multiple, first, second) = Self.statedMultiple(sentence) else { continue }
                let ratio = max(first, second) / min(first, second)
                guard abs(ratio - multiple) > multiple / 10 else { continue }
                // The figures compared when they are claims, else the sentence's claims (two ids at least, as the contract asks).
                let inSentence = claims.filter { $0.entry == entry.index && $0.range.utf8Start >= bytes.lowerBound && $0.range.utf8End <= bytes.upperBound }
                let compared = inSentence.filter { $0.quantity.value == first || $0.quantity.value == second }
                var ids = (compared.isEmpty ? inSentence : compared).map(\.id)
                guard let one = ids.first else { continue }
                if ids.count == 1 { ids.append(one) }
                out.append(Contradiction(
                    subject: "times as many", attribute: "ratio", claims: ids, entries: [entry.index],
                    reason: "ratio: \(FigureDescriber.format(multiple)) times stated in \(describer.entryList([entry.index])) vs "
                        + "\(FigureDescriber.format(first)) against \(FigureDescriber.format(second)) (\(FigureDescriber.format((ratio * 100).rounded() / 100)) times); "
                        + "a multiple and the figures it compares in one sentence",
                    rule: .crossCheckStatedMultiple))
            }
        }
        return out
    }
}
