/// Finds where the entries of a live-page export start.
///
/// An entry starts at a numbered line ("  12. ...") whose title carries a time
/// ("...published at 20:49 BST"), either on the numbered line itself or on a line just
/// below it after label lines ("  5. Analysis" / "Many questions ...published at 19:52 BST").
/// A numbered line without a time also starts an entry when its number follows the
/// previous entry's and it is indented like the timed headers and less than the text
/// below it (or fits between two timed entries by number), so that a numbered list
/// inside an entry's body is not taken for an entry.
///
/// A page whose entries carry no numbers at all starts an entry at every line that ends
/// in "published at" and a time, taking a known label on the line just above it.
struct LivePageEntryFinder {
    /// Where an entry starts and what its header says.
    struct Header {
        /// The entry's first line (the numbered line, or a label above an unnumbered title).
        var line: Int
        /// The number the page gives the entry, when it gives one.
        var number: Int?
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
        /// What only entries that start at a clock time have (`LivePageClockEntryFinder`),
        /// boxed so that the header of a numbered entry stays small to copy.
        var clockParts: ClockParts? = nil

        /// Whether the entry starts at a clock time rather than at a number or "published at".
        var clock: Bool { clockParts != nil }
        /// A paragraph on the header's own line after the time, when the entry has no title
        /// ("21:10 - Rescuers say the shaft is stable.").
        var lead: Substring? {
            get { clockParts?.lead }
            nonmutating set { clockParts?.lead = newValue }
        }
        /// One-line bylines standing before a clock entry's title ("21:34 | By Jane Doe", or
        /// a line between the time and the title).
        var bylines: [Substring] {
            get { clockParts?.bylines ?? [] }
            nonmutating set { clockParts?.bylines = newValue }
        }
        /// Writers a clock entry's meta line names without a marker ("Jane Doe").
        var namedWriters: [Substring] {
            get { clockParts?.namedWriters ?? [] }
            nonmutating set { clockParts?.namedWriters = newValue }
        }
    }

    /// The parts of a clock entry's header that numbered headers lack.
    final class ClockParts {
        var lead: Substring?
        var bylines: [Substring] = []
        var namedWriters: [Substring] = []
    }

    let lines: [PageLine]
    /// Whether the page holds "published at" anywhere (any case): when it does not, no
    /// line is split at it, and no line is searched for it (one search of the whole text
    /// instead of one per line).
    var mayHoldPublished = true

    /// `LivePageLineShapes.publishedSplit(s)`, nil at once on a page without "published at".
    @inline(__always)
    func publishedSplit(_ s: Substring) -> (title: Substring, published: Substring)? {
        mayHoldPublished ? LivePageLineShapes.publishedSplit(s) : nil
    }

    /// The entry headers of the page, in page order; empty when the text has no entry structure.
    func headers() -> [Header] {
        var candidates: [Header] = []
        // Only a line whose first byte is a digit can be a numbered header (`header(_:)`):
        // the others are passed on that byte alone, without a copy of the line.
        for k in lines.indices where lines[k].first &- 0x30 < 10 {
            if let header = candidate(at: k, lines[k]) { candidates.append(header) }
        }
        let timed = candidates.filter { $0.published != nil }
        if timed.isEmpty, let unnumbered = unnumberedHeaders(), !unnumbered.isEmpty { return unnumbered }
        let headerIndent = mostCommon(timed.map(\.indent))
        var accepted: [Header] = []
        var nextTimedIndex = 0  // the first timed candidate below the current one
        for c in candidates {
            while nextTimedIndex < timed.count && timed[nextTimedIndex].line <= c.line { nextTimedIndex += 1 }
            if let last = accepted.last, c.line <= last.titleLine { continue }
            if c.published != nil {
                accepted.append(c)
                continue
            }
            guard !c.title.isEmpty, let number = c.number else { continue }
            // An untimed header: it must follow the previous entry's number (or start at 1)...
            let previous = accepted.last?.number
            let nextTimed = nextTimedIndex < timed.count ? timed[nextTimedIndex].number : nil
            let follows = { (other: Int?) in other.map { abs(number - $0) == 1 } ?? false }
            guard previous != nil ? follows(previous) : (number == 1 || follows(nextTimed)) else { continue }
            // ...and stand out from the text below it by its indentation, or fit exactly
            // between two timed entries.
            let indented =
                indentBelow(c.titleLine).map { c.indent < $0 } ?? false
                && (headerIndent == nil || c.indent == headerIndent)
            let between = previous != nil && follows(nextTimed) && nextTimed != previous
            if indented || between { accepted.append(c) }
        }
        // A page without any time needs at least two numbered headers to count as a live page.
        if timed.isEmpty && accepted.count < 2 { return [] }
        for k in accepted.indices.dropFirst() {  // above the first entry stands the preamble
            takeLabelAbove(&accepted[k], after: accepted[k - 1].titleLine)
        }
        return accepted
    }

    /// A label standing alone just above a numbered header ("Breaking" / "  3. Title...")
    /// belongs to that header, not to the body of the entry before: a known label, or a
    /// label-shaped line indented no deeper than the header and less than the body before.
    func takeLabelAbove(_ header: inout Header, after previousTitle: Int) {
        var above = header.line - 1
        while above > previousTitle && lines[above].isBlank { above -= 1 }
        guard above > previousTitle + 1 else { return }
        let line = lines[above]
        guard above == 0 || lines[above - 1].isBlank, LivePageLineShapes.header(line) == nil else { return }
        let known = LivePageLineShapes.isKnownLabel(line.content)
        let bodyIndent = indentBelow(previousTitle) ?? 0
        let shaped =
            LivePageLineShapes.isLabelShaped(line.content) && !LivePageLineShapes.isNameShaped(line.content)
            && line.indent <= header.indent && line.indent < bodyIndent
        guard known || shaped else { return }
        header.labels.insert(line.content, at: 0)
        header.line = above
    }

    /// The header that a numbered line at `k` would start. Numbers of five to seven digits
    /// (a page of a million entries) count only with a time, which a number in the text
    /// ("20250. ...") never has.
    func candidate(at k: Int, _ line: PageLine) -> Header? {
        guard let header = candidate(at: k, line, maxDigits: 7) else { return nil }
        if let number = header.number, number >= 10_000, header.published == nil { return nil }
        return header
    }

    private func candidate(at k: Int, _ line: PageLine, maxDigits: Int) -> Header? {
        guard let (number, rest) = LivePageLineShapes.header(line, maxDigits: maxDigits) else { return nil }
        if let (title, published) = publishedSplit(rest) {
            return Header(
                line: k, number: number, titleLine: k, title: title, published: published, labels: [],
                indent: line.indent)
        }
        let untimed = Header(
            line: k, number: number, titleLine: k, title: rest, published: nil, labels: [], indent: line.indent)
        // Labels between the number and a timed title line below it.
        var labels: [Substring] = []
        if !rest.isEmpty {
            if let below = lines.firstContent(after: k, before: lines.count),
                let (title, published) = publishedSplit(lines[below].content),
                title.isEmpty
            {
                // "published at 20:49 BST" on a line of its own, under the title.
                return Header(
                    line: k, number: number, titleLine: below, title: rest, published: published, labels: [],
                    indent: line.indent)
            }
            guard LivePageLineShapes.isLabelShaped(rest) || LivePageLineShapes.isKnownLabel(rest) else {
                return untimed
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
            if let (title, published) = publishedSplit(below.content) {
                if title.isEmpty {
                    // "published at 20:49 BST" on a line of its own, under the title.
                    guard let title = labels.last else { break }
                    return Header(
                        line: k, number: number, titleLine: j - 1, title: title, published: published,
                        labels: Array(labels.dropLast()), indent: line.indent)
                }
                return Header(
                    line: k, number: number, titleLine: j - 1, title: title, published: published, labels: labels,
                    indent: line.indent)
            }
            if let timeLine = lines.firstContent(after: j - 1, before: lines.count),
                let (bare, published) = publishedSplit(lines[timeLine].content),
                bare.isEmpty
            {
                // A title line, then "published at 20:49 BST" on a line of its own.
                return Header(
                    line: k, number: number, titleLine: timeLine, title: below.content, published: published,
                    labels: labels, indent: line.indent)
            }
            guard LivePageLineShapes.isLabelShaped(below.content) else { break }
            labels.append(below.content)
        }
        return untimed
    }

    /// Entries of a page without numbers: every line ending in "published at" and a time,
    /// with a known label standing alone on the line above (or above a blank line) when
    /// there is one.
    func unnumberedHeaders() -> [Header]? {
        var headers: [Header] = []
        guard mayHoldPublished else { return headers }
        for (k, line) in lines.enumerated() where !line.isBlank {
            // The export glues the title to "published at"; prose never does.
            guard let (title, published) = publishedSplit(line.content), !title.isEmpty,
                let at = LineText.lastOffset(of: "published at", in: line.content), at == title.utf8.count
            else { continue }
            var header = Header(
                line: k, number: nil, titleLine: k, title: title, published: published, labels: [], indent: line.indent)
            var above = k - 1
            while above >= 0 && lines[above].isBlank { above -= 1 }
            if above >= 0, LivePageLineShapes.isKnownLabel(lines[above].content),
                above == 0 || lines[above - 1].isBlank, headers.last.map({ above > $0.titleLine }) ?? true
            {
                header.line = above
                header.labels = [lines[above].content]
            }
            headers.append(header)
        }
        return headers
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
