/// Finds where the entries of a live-page export start.
///
/// An entry starts at a numbered line ("  12. ...") whose title carries a time
/// ("...published at 20:49 BST"), either on the numbered line itself or on a line just
/// below it after label lines ("  5. Analysis" / "Many questions ...published at 19:52 BST").
/// A numbered line without a time also starts an entry when its number follows the
/// previous entry's and it is indented like the timed headers and less than the text
/// below it, so that a numbered list inside an entry's body is not taken for an entry.
struct LivePageEntryFinder {
    /// Where an entry starts and what its header says.
    struct Header {
        /// The numbered line.
        var line: Int
        /// The number the page gives the entry.
        var number: Int
        /// The line holding the title (the numbered line, or one below it).
        var titleLine: Int
        /// The title, without "published at ...".
        var title: Substring
        /// The time as stated ("20:49 BST"), when there is one.
        var published: Substring?
        /// Labels standing between the number and the title.
        var labels: [Substring]
        /// The header's indentation.
        var indent: Int
    }

    let lines: [PageLine]

    /// The entry headers of the page, in page order; empty when the text has no entry structure.
    func headers() -> [Header] {
        var candidates: [Header] = []
        for (k, line) in lines.enumerated() where !line.isBlank {
            if let header = candidate(at: k, line) { candidates.append(header) }
        }
        let timed = candidates.filter { $0.published != nil }
        let headerIndent = mostCommon(timed.map(\.indent))
        var accepted: [Header] = []
        for c in candidates {
            if let last = accepted.last, c.line <= last.titleLine { continue }
            if c.published != nil {
                accepted.append(c)
                continue
            }
            guard !c.title.isEmpty else { continue }
            // An untimed header: it must follow the previous entry's number (or start at 1)...
            let previous = accepted.last?.number
            let nextTimed = timed.first { $0.line > c.line }?.number
            guard previous.map({ abs(c.number - $0) == 1 }) ?? (c.number == 1 || nextTimed.map { abs(c.number - $0) == 1 } ?? false)
            else { continue }
            // ...and stand out from the text below it by its indentation, or fit exactly
            // between two timed entries.
            let indented = indentBelow(c.titleLine).map { c.indent < $0 } ?? false
                && (headerIndent == nil || c.indent == headerIndent)
            let between = previous != nil && nextTimed.map { abs(c.number - $0) == 1 && $0 != previous } ?? false
            if indented || between { accepted.append(c) }
        }
        // A page without any time needs at least two numbered headers to count as a live page.
        if timed.isEmpty && accepted.count < 2 { return [] }
        return accepted
    }

    /// The header that a numbered line at `k` would start.
    func candidate(at k: Int, _ line: PageLine) -> Header? {
        guard let (number, rest) = LivePageLineShapes.header(line) else { return nil }
        if let (title, published) = LivePageLineShapes.publishedSplit(rest) {
            return Header(line: k, number: number, titleLine: k, title: title, published: published, labels: [], indent: line.indent)
        }
        // Labels between the number and a timed title line below it.
        var labels: [Substring] = []
        if !rest.isEmpty {
            guard LivePageLineShapes.isLabelShaped(rest) || LivePageLineShapes.isKnownLabel(rest) else {
                return Header(line: k, number: number, titleLine: k, title: rest, published: nil, labels: [], indent: line.indent)
            }
            labels.append(rest)
        }
        var j = k + 1
        var seen = 0
        while j < lines.count && seen < 3 {
            let below = lines[j]
            j += 1
            if below.isBlank { continue }
            seen += 1
            if LivePageLineShapes.header(below) != nil { break }
            if let (title, published) = LivePageLineShapes.publishedSplit(below.content) {
                return Header(line: k, number: number, titleLine: j - 1, title: title, published: published, labels: labels, indent: line.indent)
            }
            guard LivePageLineShapes.isLabelShaped(below.content) else { break }
            labels.append(below.content)
        }
        return Header(line: k, number: number, titleLine: k, title: rest, published: nil, labels: [], indent: line.indent)
    }

    /// The indentation of the first non-blank line below line `k`.
    func indentBelow(_ k: Int) -> Int? {
        var j = k + 1
        while j < lines.count {
            if !lines[j].isBlank { return lines[j].indent }
            j += 1
        }
        return nil
    }

    func mostCommon(_ values: [Int]) -> Int? {
        var counts: [Int: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }
}
