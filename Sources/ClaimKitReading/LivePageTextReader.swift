import ClaimKitModel

/// Reads the plain-text export of a live page into entries.
///
/// The export's layout, as the reader understands it:
///
///     Summary                                      <- preamble: everything before entry 1
///     Media caption,
///     White House: Trump, Putin call could lead to meeting in Hungary
///       1. Moscow trying to renew dialogue, Zelensky sayspublished at 20:49 BST
///         Some more now from President Zelensky ...
///       2. Volodymyr Zelensky lands in Washingtonpublished at 20:40 BST
///         Breaking                                 <- label just after the title
///       4. Here's what we knowpublished at 20:18 BST
///         Freya Scott-Turner                       <- byline: name line,
///         Live reporter                            <-   role line right below
///         Viktor Orban at a microphoneImage source, Reuters
///         Image caption,
///         The caption ...
///         • A list item
///       5. Analysis                                <- label before the title
///         Many questions remainpublished at 19:52 BST
///
/// Entries are numbered lines whose title is glued to "published at" and a time
/// (`20:49 BST`, `9:05 GMT`, `09:05 EDT`); see `LivePageEntryFinder` for the untimed
/// case. Indentation, blank lines and line ends (`\n`, `\r\n`) may vary. A page without
/// them whose entries start at clock times ("21:34" alone on its line, "[23:05 CLT] Title")
/// or at ages ("12 min ago | Latest", read against the page's "last updated" time by
/// `LivePageRelativeTime`) is read by `LivePageClockEntryFinder`. Before it, two export
/// shapes of their own are tried: Markdown-like text ("### Title" over an emphasised meta
/// line "*4:35 p.m. ET · Key development · Jane Doe*", `LivePageMarkdownEntryFinder`) and
/// news-ticker lines ("+++ 23:40 +++ Title +++", `LivePageTickerEntryFinder`). A text
/// without any of these structures is one entry of paragraphs with no title.
///
/// The reader never throws: what it doubts becomes a `Diagnostic`. It makes one pass
/// over the lines and builds each entry's text once, so large inputs read in linear time.
public struct LivePageTextReader: Sendable {
    public init() {}

    /// The document that `text` holds.
    public func read(text: String, sourceName: String) -> Document {
        let lines = PageLine.lines(of: text)
        let mayHoldPublished = LineText.firstOffset(of: "published at", in: text[...]) != nil
        var headers = LivePageEntryFinder(lines: lines, mayHoldPublished: mayHoldPublished).headers()
        if headers.isEmpty { headers = LivePageMarkdownEntryFinder(lines: lines).headers() }
        if headers.isEmpty { headers = LivePageTickerEntryFinder(lines: lines).headers() }
        if headers.isEmpty { headers = LivePageClockEntryFinder(lines: lines).headers() }
        let parser = LivePageEntryParser(lines: lines)
        guard let first = headers.first else {
            var builder = EntryTextBuilder()
            let (bytes, bodyLines) = parser.textSize(0..<lines.count)
            builder.reserveCapacity(bytes, blocks: bodyLines)
            parser.appendBody(0..<lines.count, to: &builder)
            let (body, blocks) = builder.finish()
            return Document(
                sourceName: sourceName, format: .text, entries: [Entry(index: 1, text: body, blocks: blocks)])
        }
        let preamble = lines[0..<first.line].filter { !$0.isBlank }.map { String($0.content) }
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        for (k, header) in headers.enumerated() {
            var end = k + 1 < headers.count ? headers[k + 1].line : lines.count
            if header.clock {
                end = max(end, header.titleLine + 1)  // the finder keeps headers apart; never read backwards
                // Day headers ("WEDNESDAY 27 MAY") between entries belong to none.
                while end - 1 > header.titleLine
                    && (lines[end - 1].isBlank || LivePageClockShapes.isDayHeader(lines[end - 1].content))
                {
                    end -= 1
                }
            }
            entries.append(parser.entry(index: k + 1, header: header, end: end))
            if header.published == nil {
                diagnostics.append(
                    Diagnostic(
                        code: "reading.entry-without-time", severity: .note,
                        message: "entry \(header.number ?? k + 1) states no \"published at\" time", entry: k + 1))
            }
            if k > 0, let number = header.number, let previous = headers[k - 1].number, abs(number - previous) != 1 {
                diagnostics.append(
                    Diagnostic(
                        code: "reading.entry-numbering", severity: .warning,
                        message: "entry numbered \(number) follows entry \(previous)", entry: k + 1))
            }
        }
        signOffBylines(&entries, lines: lines)
        return Document(
            sourceName: sourceName, format: .text, preamble: preamble, entries: entries, diagnostics: diagnostics)
    }

    /// Bylines of entries that name no writer but end with a wire's credit ("(Reporting by
    /// Jane Hill; Editing by Tom Marsh)", `LivePageWireCredit`) or a sign-off
    /// (`LivePageSignOff`): an agency ("– AP"), or initials ("(jh)") that the page's key gives a name. A last
    /// paragraph that is the key itself ("Reporting by Jane Hill (jh)") is read past.
    func signOffBylines(_ entries: inout [Entry], lines: [PageLine]) {
        var key: [String: String]?
        for k in entries.indices where entries[k].byline == nil {
            let entry = entries[k]
            // The last two paragraphs, without a copy of the blocks.
            guard let at = entry.blocks.lastIndex(where: { $0.kind == .paragraph }) else { continue }
            let last = entry.blocks[at]
            if let reporter = LivePageWireCredit.firstReporter(in: entry.text.slice(last.contentRange)) {
                entries[k].byline = Byline(name: String(reporter), role: nil)
                continue
            }
            var mark = LivePageSignOff.mark(atEndOf: entry.text.slice(last.contentRange))
            if mark == nil, Self.endsWithClosingBracket(entry.text.slice(last.contentRange)),
                let before = entry.blocks[..<at].lastIndex(where: { $0.kind == .paragraph })
            {
                if let earlier = LivePageSignOff.mark(atEndOf: entry.text.slice(entry.blocks[before].contentRange)) {
                    if key == nil { key = LivePageSignOff.initialsKey(in: lines) }
                    let lastText = entry.text.slice(last.contentRange)
                    if key!.values.contains(where: { lastText.contains($0) }) { mark = earlier }
                }
            }
            guard let mark else { continue }
            let name = LivePageSignOff.byline(for: mark) {
                if key == nil { key = LivePageSignOff.initialsKey(in: lines) }
                return key!
            }
            if let name { entries[k].byline = Byline(name: name, role: nil) }
        }
    }

    /// Whether `s` ends with ")" or ")." (a key to initials ends so).
    static func endsWithClosingBracket(_ s: Substring) -> Bool {
        let u = s.utf8
        guard let last = u.last else { return false }
        return last == 0x29 || (last == 0x2E && u.dropLast().last == 0x29)
    }
}
