/// Finds the entries of a live page exported as Markdown-like text:
///
///     # Harbour bridge closure: live updates        <- the page's title (preamble)
///     _Exported from SomeDesk · all times ET_        <- an italic note (preamble)
///     ---                                            <- a rule between entries
///     ### Council votes to reopen the bridge         <- the title, a heading line
///     *4:35 p.m. ET · Key development · Jane Doe*    <- the meta line under it
///     The council voted ...                          <- the body
///
/// The meta line is emphasised whole (`*...*`, `_..._`, `**...**`) and starts with a clock
/// time (any form `LivePageClockShapes.clockStart` reads), then fields after middle dots
/// or bars: a label, a writer, or both (label first). A heading without such a line under
/// it (a section head of an article) starts no entry, and a page needs two such entries.
struct LivePageMarkdownEntryFinder {
    typealias Header = LivePageEntryFinder.Header

    let lines: [PageLine]

    /// The entry headers, in page order; empty when the page is no such export.
    func headers() -> [Header] {
        var headers: [Header] = []
        for (k, line) in lines.enumerated() where line.first == 0x23 {  // "#"
            guard let title = Self.headingText(line.content), !title.isEmpty,
                let metaLine = lines.firstContent(after: k, before: min(lines.count, k + 3)),
                let meta = Self.meta(lines[metaLine].content)
            else { continue }
            var header = Header(
                line: k, number: nil, titleLine: metaLine, title: title, published: meta.published,
                labels: meta.labels, indent: line.indent, clockParts: .init())
            header.namedWriters = meta.writers
            // The rule above the title parts this entry from the one before.
            var above = k - 1
            while above > (headers.last?.titleLine ?? -1) && lines[above].isBlank { above -= 1 }
            if above > (headers.last?.titleLine ?? -1), LivePageLineShapes.isRule(lines[above].content) {
                header.line = above
            }
            headers.append(header)
        }
        return headers.count >= 2 ? headers : []
    }

    /// The text of a heading line of two to four "#" ("### Title", "## Title ##"), nil
    /// for any other line (the page's "# Title" among them).
    static func headingText(_ s: Substring) -> Substring? {
        let hashes = s.utf8.prefix { $0 == 0x23 }.count
        guard hashes >= 2, hashes <= 4 else { return nil }
        let (_, rest) = LineText.split(s, at: hashes)
        guard rest.utf8.first == 0x20 else { return nil }
        var text = LineText.trimmed(rest)
        while text.utf8.last == 0x23 { text = text.dropLast() }
        return unemphasised(LineText.trimmed(text)) ?? LineText.trimmed(text)
    }

    /// What a meta line says: the time as the contract keeps it, labels and writers.
    struct Meta {
        var published: Substring
        var labels: [Substring]
        var writers: [Substring]
    }

    /// The meta line `s` ("*4:35 p.m. ET · Breaking · Jane Doe*"), or nil when it is none.
    static func meta(_ s: Substring) -> Meta? {
        guard let inner = unemphasised(s), let clock = LivePageClockShapes.clockStart(inner) else { return nil }
        var fields = LivePageMetaFields.fields(clock.rest)
        guard fields.count <= 3, fields.allSatisfy({ LineText.hasAtMostCharacters($0, 60) }) else { return nil }
        var meta = Meta(published: clock.published, labels: [], writers: [])
        // The last field is the writer when it reads as a name (and there is a label before
        // it, or it is no known label).
        if let last = fields.last, let writer = LivePageMetaFields.writer(last),
            fields.count >= 2 || !LivePageLineShapes.isKnownLabel(last)
        {
            meta.writers = [writer]
            fields.removeLast()
        }
        guard fields.allSatisfy(LivePageMetaFields.isLabel) else { return nil }
        meta.labels = fields
        return meta
    }

    /// `s` without the emphasis that wraps it whole ("*...*", "_..._", "**...**"), or nil
    /// when it is not wrapped so.
    static func unemphasised(_ s: Substring) -> Substring? {
        let u = s.utf8
        guard let first = u.first, first == 0x2A || first == 0x5F, u.last == first else { return nil }
        let marks = min(u.prefix { $0 == first }.count, u.reversed().prefix { $0 == first }.count, 2)
        guard u.count > 2 * marks else { return nil }
        let inner = LineText.trimmed(s.dropFirst(marks).dropLast(marks))
        return inner.isEmpty ? nil : inner
    }
}
