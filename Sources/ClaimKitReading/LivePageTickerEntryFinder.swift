/// Finds the entries of a news ticker, as German and Austrian sites write them: each
/// entry starts at a line of fields between "+++" marks, a clock time first, then an
/// optional label, then the title:
///
///     +++ 23:40 +++ Pegel in Krems sinkt langsam +++
///     +++ 19:20 +++ BREAKING +++ Bahnstrecke gesperrt +++
///
/// The body follows the line (a field after the title is its first paragraph). A "+++"
/// line without a time first ("+++ Eilmeldung +++") starts no entry, and a page needs two
/// ticker lines.
struct LivePageTickerEntryFinder {
    typealias Header = LivePageEntryFinder.Header

    let lines: [PageLine]

    /// The entry headers, in page order; empty when the page is no ticker.
    func headers() -> [Header] {
        var headers: [Header] = []
        for (k, line) in lines.enumerated() where line.first == 0x2B {  // "+"
            guard let ticker = Self.tickerLine(line.content) else { continue }
            let header = Header(
                line: k, number: nil, titleLine: k, title: ticker.title, published: ticker.clock.published,
                labels: ticker.labels, indent: line.indent, clockParts: .init())
            header.lead = ticker.lead
            headers.append(header)
        }
        return headers.count >= 2 ? headers : []
    }

    /// What a ticker line says.
    struct TickerLine {
        var clock: LivePageClockShapes.ClockStart
        var labels: [Substring]
        var title: Substring
        /// A paragraph in a field after the title, when the line holds one.
        var lead: Substring?
    }

    /// The time, labels, title and lead of a ticker line, or nil when `s` is none: it
    /// starts with "+++", its first field is a time alone, then come labels (see
    /// `isLabel`), the title, and at most one more field, a paragraph.
    static func tickerLine(_ s: Substring) -> TickerLine? {
        guard LineText.hasPrefix(s, "+++") else { return nil }
        let fields = fields(s)
        guard fields.count >= 2, fields.count <= 4, let clock = LivePageClockShapes.clockStart(fields[0]),
            clock.rest.isEmpty
        else { return nil }
        var rest = fields[1...]
        var labels: [Substring] = []
        while rest.count >= 2, let label = rest.first, isLabel(label, before: rest[rest.startIndex + 1]) {
            labels.append(LivePageClockShapes.labelForm(label))
            rest = rest.dropFirst()
        }
        guard rest.count <= 2, let title = rest.first else { return nil }
        return TickerLine(clock: clock, labels: labels, title: title, lead: rest.dropFirst().first)
    }

    /// Whether `field`, before `next`, is a label: a known one or one in capitals
    /// ("BREAKING"), or one capitalised word before a title-shaped field ("Eilmeldung").
    static func isLabel(_ field: Substring, before next: Substring) -> Bool {
        if LivePageLineShapes.isKnownLabel(field) || LivePageClockShapes.isCapitalsLabel(field) { return true }
        return LineText.wordCount(field) == 1 && LivePageMetaFields.isLabel(field)
            && LivePageClockShapes.isTitleShaped(next)
    }

    /// The trimmed, non-empty texts between the "+++" marks of `s`.
    static func fields(_ s: Substring) -> [Substring] {
        var out: [Substring] = []
        var rest = s
        while let at = LineText.firstOffset(of: "+++", in: rest) {
            let (field, after) = LineText.split(rest, at: at)
            out.append(LineText.trimmed(field))
            rest = after.dropFirst(3)
        }
        out.append(LineText.trimmed(rest))
        return out.filter { !$0.isEmpty }
    }
}
