import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

extension RuleID {
    /// A figure after a short label and a colon that open its line, as in a "Key figures"
    /// box. Matches: "Campsites closed: 140", "Deaths: 79", "Area burned: 23,000 hectares".
    public static let claimLabelValue: RuleID = "claim.label-value"
}

extension EntryClaimReader {
    /// Labels of page furniture, whose figures are no claims: "Comments: 12", "Page: 3".
    static let chromeLabels: TokenWordSet = [
        "comment", "comments", "share", "shares", "view", "views", "like", "likes", "reply", "replies", "follower",
        "followers", "subscriber", "subscribers", "page", "pages", "episode", "season", "series", "chapter", "part",
        "version", "id", "no", "number", "ref", "reference", "tel", "phone", "updated", "update", "posted", "published",
        "live", "breaking", "watch", "listen", "read", "photo", "photos", "image", "images", "video", "videos", "rank",
        "ranking", "round", "stage", "lap", "day", "week", "time", "date", "score", "figures", "result", "results", "age",
        "seat", "row", "gate", "platform", "flight", "room", "level", "step", "question", "item", "article", "section",
    ]

    /// The label before a figure that opens its line: "Campsites closed: 140" (the label
    /// is the line's first one to five words, then a colon, then the figure, then nothing
    /// or a bracket or full stop). Labels of page furniture ("Comments: 12", "Updated:")
    /// are none.
    func lineLabel(_ f: Found) -> Subject? {
        let s = f.sentence
        let colon = f.first - 1
        guard colon > s.lowerBound, lower.eq(colon, ":") else { return nil }
        // Nothing but the end of the line, or a full stop or bracket, after the figure.
        if f.end < s.upperBound, !(lower.eq(f.end, ".") || lower.eq(f.end, "(") || lower.eq(f.end, ";")) { return nil }
        let start = s.lowerBound
        guard colon - start <= 5, (start..<colon).allSatisfy({ isWord($0) || lower.eq($0, "-") || lower.eq($0, "&") }),
            isCap(start), !(start..<colon).contains(where: { lower.in($0, Self.chromeLabels) }),
            !lower.in(start, Self.dayWords), !lower.in(start, Self.months)
        else { return nil }
        // The head: the last word that is not a participle ("Homes destroyed" is about homes).
        let head = (start..<colon).last { isWord($0) && !lower.ends($0, "ed") } ?? (colon - 1)
        return Subject(text: slice(start..<colon), head: lower[head], tokens: start..<colon)
    }

    /// "Campsites closed: 140", "Deaths: 79", "Firefighters deployed: 1,150": a whole
    /// number after a line's label is a count of what the label names.
    @inline(__always) func labelledCount(_ f: Found, into claim: inout Claim) -> Bool {
        let q = f.quantity
        guard q.unit == "count", q.value >= 1, q.value == q.value.rounded(), let label = lineLabel(f) else { return false }
        fill(&claim, for: f, quantity: q, subject: label, attribute: "count", rule: .claimLabelValue)
        return true
    }
}

extension RuleID {
    /// Figures that are no claims: a score or bowling figures written as two numbers joined by
    /// a hyphen with no noun after ("were 231-6 at stumps", "took 4-52", "voted 5-4"), and a
    /// page's furniture counts standing alone ("12 comments", "View 3 replies").
    public static let claimNotAFigure: RuleID = "claim.not-a-figure"
}

extension EntryClaimReader {
    /// Nouns of page furniture counts: "12 comments", "3 replies".
    static let chromeCounts: TokenWordSet = ["comment", "comments", "reply", "replies", "share", "shares", "like", "likes", "view", "views", "reaction", "reactions"]

    /// Whether a bare count is no claim (`claimNotAFigure`): "231-6" or "4-52" with no noun
    /// after (a score or a bowler's figures, not a range of something counted), or a line
    /// of page furniture such as "12 comments" or "View 3 replies".
    func isScoreOrChrome(_ f: Found) -> Bool {
        let s = f.sentence
        let q = f.quantity
        guard q.unit == "count" else { return false }
        let nounAfter = f.end < s.upperBound && isWord(f.end) && !isFunction(f.end)
        // "231-6", "4-52": digits, a hyphen or dash, digits, in one written figure (a
        // figure with neither a hyphen nor a byte of "–" among its bytes has no dash: its
        // scalars are not listed).
        if q.text.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }), case let scalars = Array(q.text.unicodeScalars),
            let dash = scalars.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" }), dash > 0, dash < scalars.count - 1,
            scalars[..<dash].allSatisfy({ $0.properties.numericType != nil || $0 == "," }),
            scalars[(dash + 1)...].allSatisfy({ $0.properties.numericType != nil }), !nounAfter
        {
            return true
        }
        // "12 comments" alone on its line (or after "View", "Show", "Read").
        if f.end < s.upperBound, lower.in(f.end, Self.chromeCounts), s.upperBound - s.lowerBound <= 4,
            (s.lowerBound..<f.first).allSatisfy({ (lower.eq($0, "view") || lower.eq($0, "show") || lower.eq($0, "read") || lower.eq($0, "see") || lower.eq($0, "all") || lower.eq($0, "(") || lower.eq($0, "[")) })
        {
            return true
        }
        return false
    }
}
