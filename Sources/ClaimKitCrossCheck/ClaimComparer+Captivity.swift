import ClaimKitModel
import Foundation

extension RuleID {
    /// One captivity's length stated two ways that cannot agree, often in two units: "the
    /// two engineers were held for more than two years" against "freed after 540 days in
    /// captivity" (540 days is under 18 months). A page about one kidnapping has one length
    /// of captivity, whatever noun each sentence gives the captives ("the two", "the
    /// engineers").
    public static let crossCheckCaptivityLength: RuleID = "crosscheck.captivity-length"
}

extension ClaimComparer {
    /// Words that make a page about a captivity: a figure after "held for" counts only on
    /// such a page ("the talks were held for three days" does not).
    static let captivityPageWords = ["captivity", "hostage", "hostages", "kidnapped", "kidnap", "kidnapping", "abducted", "abduction", "captors", "captive", "captives"]

    /// Whether `text` holds one of `captivityPageWords` in any case of its ASCII letters, in one
    /// pass over its bytes (no lower-cased copy of the entry). The words are reduced to the
    /// ones no other contains ("hostage" finds "hostages").
    static func mentionsCaptivity(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { hay -> Bool in
            var i = 0
            while i < hay.count {
                // Every needle is lower-case ASCII letters: `b | 0x20` equals one only for that
                // letter in either case.
                let b = hay[i] | 0x20
                if b == 0x63 || b == 0x68 || b == 0x6B || b == 0x61 {
                    for needle in captivityNeedleBytes where needle[0] == b && i + needle.count <= hay.count {
                        var j = 1
                        while j < needle.count && hay[i + j] | 0x20 == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// `captivityPageWords` less those another contains, as bytes.
    static let captivityNeedleBytes: [[UInt8]] = ["captivity", "hostage", "kidnap", "abducted", "abduction", "captors", "captive"]
        .map { Array($0.utf8) }

    /// Words of a sentence that make its captivity another one, or no single length: "another
    /// hostage was held for three years", "the longest held", "an average of 40 days".
    static let otherCaptivityWords: Set<String> = [
        "another", "other", "others", "previous", "previously", "earlier", "former", "longest", "shortest", "average", "record",
        "some", "each", "sentenced", "sentence", "jailed", "imprisoned", "prison", "until",
    ]

    /// The needles of `captivityPageWords` and "held"/"detained", one of which a
    /// captivity length's sentence holds (`ClaimContexts.sentenceMayHold`).
    static let captivityNeedles = ClaimContext.Needles(["captivity", "held", "detained", "detention", "captive", "hostage"])

    /// Whether a duration's sentence states a captivity's length: "held for 18 months",
    /// "held hostage for 18 months", "held captive for", "detained for", right before the
    /// figure (a bound word between: "held for more than"), or "412 days in captivity",
    /// "in detention" right after it. `before` and `after` are the lower-cased words of the
    /// sentence around the figure.
    static func isCaptivityLength(before: [String], after: [String]) -> Bool {
        var b = before[...]
        while let last = b.last, captivityBoundWords.contains(last) {
            b = b.dropLast()
        }
        if b.last == "for" {
            let verb = b.dropLast().suffix(2)
            if verb.last == "held" || verb.last == "detained" || (verb.last == "hostage" || verb.last == "captive") && verb.first == "held" {
                return true
            }
        }
        let a = after.prefix(2)
        return a.count == 2 && (a.first == "in" || a.first == "of") && (a.last == "captivity" || a.last == "detention")
    }

    /// Bound words between "held for" and the figure: "held for more than".
    static let captivityBoundWords = ["more", "than", "over", "nearly", "almost", "about", "around", "some", "at", "least", "just", "under", "less"]
    static let captivityBoundBytes: [[UInt8]] = captivityBoundWords.map { Array($0.utf8) }
    static let captivityWordBytes = (
        for: Array("for".utf8), held: Array("held".utf8), detained: Array("detained".utf8), hostage: Array("hostage".utf8),
        captive: Array("captive".utf8), in: Array("in".utf8), of: Array("of".utf8), captivity: Array("captivity".utf8),
        detention: Array("detention".utf8)
    )

    /// `isCaptivityLength` of the figure at `range`, whose sentence is `bytes[sentence]`,
    /// read from the bytes when the sentence around the figure is plain ASCII
    /// (`ClaimContexts.withPlainSentence`), whose words are the context's; true for any other
    /// text (the context decides).
    static func mayBeCaptivityLength(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, _ range: TextRange) -> Bool {
        let w = captivityWordBytes
        // Before: past the bound words, "for", then the verb's last two words.
        var state = 0
        var verbLast: Range<Int>?
        var verbFirst: Range<Int>?
        ClaimContext.asciiWordsBackward(bytes, start: sentence.lowerBound, end: range.utf8Start) { word in
            switch state {
            case 0:
                if ClaimContext.asciiWordIs(bytes, word, oneOf: captivityBoundBytes) { return true }
                guard ClaimContext.asciiWordIs(bytes, word, w.for) else { return false }
                state = 1
                return true
            case 1:
                verbLast = word
                state = 2
                return true
            default:
                verbFirst = word
                return false
            }
        }
        if let last = verbLast {
            let first = verbFirst ?? last
            if ClaimContext.asciiWordIs(bytes, last, w.held) || ClaimContext.asciiWordIs(bytes, last, w.detained)
                || (ClaimContext.asciiWordIs(bytes, last, w.hostage) || ClaimContext.asciiWordIs(bytes, last, w.captive))
                    && ClaimContext.asciiWordIs(bytes, first, w.held)
            {
                return true
            }
        }
        // After: "in captivity", "of detention".
        guard let a = ClaimContext.asciiWord(bytes, from: range.utf8End, end: sentence.upperBound),
            let b = ClaimContext.asciiWord(bytes, from: a.next, end: sentence.upperBound)
        else { return false }
        return (ClaimContext.asciiWordIs(bytes, a.word, w.in) || ClaimContext.asciiWordIs(bytes, a.word, w.of))
            && (ClaimContext.asciiWordIs(bytes, b.word, w.captivity) || ClaimContext.asciiWordIs(bytes, b.word, w.detention))
    }

    /// The captivity lengths of a page (`isCaptivityLength`), durations in different
    /// sentences that fall in exactly two clusters that cannot agree. Quiet when a third
    /// length disagrees (several captives or captivities), when a sentence names another
    /// or no single captivity (`otherCaptivityWords`), when the figures name two people, or
    /// when the page has no word of captivity (`captivityPageWords`) at all.
    func captivityLengthContradictions(
        _ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber, entries: [Entry]
    ) -> [Contradiction] {
        var members: [(Claim, FigureInterval)] = []
        let facts = contexts.facts
        for index in claims.indices where facts[index].contains(.attributeDuration) && claims[index].quantity.bound != .range {
            guard contexts.withPlainSentence(index, Self.mayBeCaptivityLength) ?? true, contexts.sentenceMayHold(index, Self.captivityNeedles),
                let context = contexts[index], !context.inTitle,
                Self.isCaptivityLength(before: context.before, after: context.after),
                !context.words.contains(where: { Self.otherCaptivityWords.contains($0) }),
                !context.before.suffix(2).elementsEqual(["up", "to"]),
                let interval = effective[claims[index].id]
            else { continue }
            members.append((claims[index], interval))
        }
        guard members.count >= 2 else { return [] }
        let clusters = Self.clusters(members).map { $0.map(\.0) }
        guard clusters.count == 2, !Self.namesTwoPeople(clusters), Self.disagreeAcrossSentences(clusters, describer: describer) else { return [] }
        guard entries.contains(where: { Self.mentionsCaptivity($0.text) }) else { return [] }
        // In page order, the figure first stated first.
        let ordered = clusters.map { $0.sorted { ($0.entry, $0.range) < ($1.entry, $1.range) } }
            .sorted { ($0[0].entry, $0[0].range) < ($1[0].entry, $1[0].range) }
        let parts = ordered.map { c in
            FigureDescriber.figure(c[0].quantity) + " in " + describer.entryList(c.map(\.entry))
        }
        let all = ordered.flatMap { $0 }
        return [Contradiction(
            subject: "captivity", attribute: "duration", claims: all.map(\.id), entries: Array(Set(all.map(\.entry))).sorted(),
            reason: "captivity, duration: " + parts.joined(separator: " vs ") + "; one captivity has one length",
            rule: .crossCheckCaptivityLength)]
    }
}
