/// Finds the entries of a live page whose entries start at a clock time instead of a
/// number and "published at":
///
///     Thursday 19 November 2026            <- a day header: no entry's
///     21:34                                <- the time alone on its line
///     ANALYSIS                             <- a label (also above the time)
///     Drill reaches 310 metres             <- the title, when the line reads as one
///     By Jane Doe, Political editor        <- one-line bylines (see the parser)
///     ...
///     [23:05 CLT] Drill reaches 310 metres <- time and title on one line
///     9.45am: BREAKING: Rescue begins      <- a label before the title
///     Divers reach the pier                <- on some pages the title stands above
///     Posted at 20:10                      <-   the time, alone on its line
///     Nov. 27, 2024, 8:02 PM EST           <- a date before the time (not kept)
///     21:10 - Rescuers say the shaft is stable. <- no title: the rest is a paragraph
///
/// A time at the start of a line proves little alone (an article may hold a timeline),
/// so the page counts as such a live page only with enough evidence: three entries (two
/// when both times stand out), most of them marked (a zone, a bracket, a separator, a
/// label in capitals after it or a line of its own), in ascending or descending order (across midnight too, and anyhow
/// at a day header, at a pinned entry and after the first of four or more) but for one
/// break in five pairs, and most of them with a body of their own (a timeline's lines
/// follow one another with nothing between).
struct LivePageClockEntryFinder {
    typealias Header = LivePageEntryFinder.Header

    let lines: [PageLine]
    /// The shape tests of whole lines, run once per line whichever rule asks first.
    let memo: LineShapeMemo

    init(lines: [PageLine]) {
        self.lines = lines
        self.memo = LineShapeMemo(lineCount: lines.count)
    }

    /// `LivePageClockShapes.isTitleShaped` of line `k`'s content, memoised.
    func isTitleShaped(line k: Int) -> Bool {
        memo.answer(.titleShaped, k) { LivePageClockShapes.isTitleShaped(lines[k].content) }
    }

    /// `isLabelLine` of line `k`'s content, memoised.
    func isLabelLine(line k: Int) -> Bool {
        memo.answer(.labelLine, k) { isLabelLine(lines[k].content) }
    }

    /// `LivePageClockShapes.isDayHeader` of line `k`'s content, memoised.
    func isDayHeader(line k: Int) -> Bool {
        memo.answer(.dayHeader, k) { LivePageClockShapes.isDayHeader(lines[k].content) }
    }

    /// Whether line `k` is a one-line byline (not a continuation), memoised.
    func isByline(line k: Int) -> Bool {
        memo.answer(.byline, k) { LivePageClockShapes.bylineLine(lines[k].content) != nil }
    }

    /// Whether line `k` is a marker or a bullet item, memoised.
    func isMarkerOrBullet(line k: Int) -> Bool {
        memo.answer(.markerOrBullet, k) {
            LivePageLineShapes.isMarker(lines[k].content) || LivePageLineShapes.bullet(lines[k].content) != nil
        }
    }

    /// The entry headers, in page order; empty when the page lacks the evidence.
    func headers() -> [Header] {
        var starts: [(line: Int, clock: LivePageClockShapes.ClockStart)] = []  // var: a list on top is dropped
        var ages: [(line: Int, age: LivePageRelativeTime.Age)] = []
        // Times after the title ("Title (14:32)"), kept apart: they count only on a page
        // with fewer times at the start of a line.
        var trailing: [(line: Int, clock: LivePageClockShapes.ClockStart)] = []
        for k in lines.indices where !lines[k].isBlank {
            // A time first, "Posted at" first, or a date first on a short line: settled on
            // the line's first byte and length, before the line is copied.
            let b = lines[k].first
            let byteCount = lines[k].byteCount
            guard (b >= 0x30 && b <= 0x39) || b == 0x5B || b == 0x28 || b == 0x50 || b == 0x70 || b == 0x61
                || b == 0x75 || (b >= 0x41 && b <= 0x5A && byteCount <= 96) || (b == 0xE2 && byteCount <= 96)
            else {
                if byteCount <= 240, let split = LivePageTrailingClock.split(lines[k].content) {
                    trailing.append((k, split.clock))
                }
                continue
            }
            let line = lines[k]
            let digit = Self.hasDigit(line.content)
            if b != 0x61, digit, let clock = LivePageClockShapes.clockStart(line.content) {
                starts.append((k, clock))
            } else if digit || LivePageRelativeTime.mayStartWithArticleAge(line.content),
                let age = LivePageRelativeTime.age(line.content)
            {
                ages.append((k, age))
            } else if digit, byteCount <= 240, let split = LivePageTrailingClock.split(line.content) {
                trailing.append((k, split.clock))
            }
        }
        if trailing.count >= 2 && trailing.count > starts.count && trailing.count >= ages.count { starts = trailing }
        // "Updated 23:05" on a page whose entries start otherwise stamps the page or an edit.
        if starts.count(where: { !isUpdateStamp(line: $0.line) }) >= 2 { starts.removeAll { isUpdateStamp(line: $0.line) } }
        // A page of ages ("12 min ago | Latest") and no clock times: each age is a start.
        if starts.count < 2 && ages.count >= 2 {
            starts = ages.map { (line: $0.line, clock: relativeStart($0.age, anchor: nil)) }
            if let anchor = LivePageRelativeTime.anchor(in: lines[0..<ages[0].line]) {
                starts = ages.map { (line: $0.line, clock: relativeStart($0.age, anchor: anchor)) }
            }
        }
        guard starts.count >= 2 else { return [] }
        var headers: [Header] = []
        let titlesAbove = hasTitlesAbove(starts)
        var kept: [(line: Int, clock: LivePageClockShapes.ClockStart)] = []
        for (n, start) in starts.enumerated() {
            let limit = n + 1 < starts.count ? starts[n + 1].line : lines.count
            // Below the previous header's title, which may stand below its time.
            if titlesAbove, !start.clock.titleFirst, let h = headerBelowTitle(at: start.line, start.clock, after: headers.last?.titleLine ?? -1)
            {
                headers.append(h)
            } else {
                let h = header(at: start.line, start.clock, before: limit)
                // "Updated 21:34" over a paragraph marks an edit of the entry above, not an entry.
                if h.title.isEmpty && h.lead == nil && isUpdateStamp(line: start.line) { continue }
                headers.append(h)
            }
            kept.append(start)
        }
        starts = kept
        for n in headers.indices {
            takeLabelAbove(&headers[n], after: n > 0 ? headers[n - 1].titleLine : -1)
        }
        // A list of times and titles at the top ("Key events") summarises the entries below:
        // it belongs to the preamble. Its items have nothing between them, or come again
        // below (the same time and title) with their text.
        var listed = 0
        while listed + 1 < headers.count && !hasBody(headers[listed], before: headers[listed + 1].line) {
            listed += 1
        }
        if listed < 2 { listed = 0 }
        while listed + 1 < headers.count && listed < 50, !headers[listed].title.isEmpty,
            headers[(listed + 1)...].contains(where: {
                $0.title == headers[listed].title && $0.published == headers[listed].published
            })
        {
            listed += 1
        }
        if listed == 0 && headers.count >= 3 && isTitleList(headers[0], before: headers[1].line, later: headers[1...]) {
            listed = 1
        }
        if listed >= 1 {
            starts.removeFirst(listed)
            headers.removeFirst(listed)
        }
        guard hasEvidence(starts, headers) else { return [] }
        return headers
    }

    /// The clock start of an entry stamped with its age: the anchor's time minus the age, or,
    /// with no anchor, the age as stated (ordered as if the page were updated at midnight).
    func relativeStart(_ age: LivePageRelativeTime.Age, anchor: LivePageClockShapes.ClockStart?)
        -> LivePageClockShapes.ClockStart
    {
        guard let anchor else {
            return .init(minutes: ((1439 - age.minutes) % 1440 + 1440) % 1440, published: age.stated, rest: age.rest, marked: true)
        }
        let (minutes, published) = LivePageRelativeTime.resolve(age, against: anchor)
        return .init(minutes: minutes, published: published, rest: age.rest, marked: true)
    }

    /// Whether one of the first 96 bytes of `s` is a digit: every clock start holds one
    /// there (its time, its entry number, its relative age), so a line without is none.
    @inline(__always) static func hasDigit(_ s: Substring) -> Bool {
        // Read from the contiguous bytes (iterating `s.utf8` cost a call per byte).
        if let found = s.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            for k in 0..<min(b.count, 96) where b[k] &- 0x30 < 10 { return true }
            return false
        }) {
            return found
        }
        var n = 0
        for b in s.utf8 {
            if b &- 0x30 < 10 { return true }
            n += 1
            if n == 96 { return false }
        }
        return false
    }

    /// The header of the time at line `k`: labels and title, on its line or below it.
    func header(at k: Int, _ clock: LivePageClockShapes.ClockStart, before limit: Int) -> Header {
        var h = Header(
            line: k, number: nil, titleLine: k, title: "", published: clock.published, labels: [],
            indent: lines[k].indent, clockParts: .init())
        if clock.titleFirst {
            // "Title (14:32)", "Title — 2:32pm · Latest": the title, then the time, on one line.
            var title = clock.rest
            if let (label, rest) = LivePageClockShapes.labelPrefix(title) {
                h.labels.append(LivePageClockShapes.labelForm(label))
                title = rest
            }
            h.title = title
            if let label = clock.trailingLabel { h.labels.append(LivePageClockShapes.labelForm(label)) }
            return h
        }
        if !clock.rest.isEmpty && isLabelLine(clock.rest) {
            // "21:34 BREAKING": a label on the time's line, the title below.
            h.labels.append(LivePageClockShapes.labelForm(clock.rest))
        } else if !clock.rest.isEmpty && LivePageClockShapes.bylineLine(clock.rest) != nil {
            // "21:34 | By Jane Doe": the writer on the time's line, the title below.
            h.bylines.append(clock.rest)
        } else if !clock.rest.isEmpty, clock.marked, isUnlistedLabel(clock.rest, titleBelow: k + 1, before: limit) {
            // "2140 hrs · Official" over a title line: a label the page's own (not listed).
            h.labels.append(LivePageClockShapes.labelForm(clock.rest))
        } else if !clock.rest.isEmpty {
            var rest = clock.rest
            if let (label, title) = LivePageClockShapes.labelPrefix(rest) {
                h.labels.append(LivePageClockShapes.labelForm(label))
                rest = title
            }
            if LivePageClockShapes.isTitleShaped(rest) { h.title = rest } else { h.lead = rest }
            return h
        }
        // The time alone (or with a label): labels, then the title, on the lines below.
        var j = k + 1
        while j < limit {
            let s = lines[j].content
            if s.isEmpty {
                j += 1
                continue
            }
            if h.labels.count < 2, isLabelLine(line: j) {
                h.labels.append(LivePageClockShapes.labelForm(s))
                h.titleLine = j
                j += 1
                continue
            }
            // A byline between the time and the title ("21:34" / "By Jane Doe" / "Title").
            if h.bylines.count < 3,
                h.bylines.isEmpty ? isByline(line: j) : LivePageClockShapes.bylineLine(s, continuation: true) != nil,
                let next = lines.firstContent(after: j, before: limit),
                LivePageClockShapes.bylineLine(lines[next].content, continuation: true) != nil
                    || isTitleBelowByline(line: next, before: lines.firstContent(after: next, before: limit))
            {
                h.bylines.append(s)
                j += 1
                continue
            }
            var title = s
            var prefix: Substring?
            if let (label, rest) = LivePageClockShapes.labelPrefix(s) {
                prefix = label
                title = rest
            }
            if prefix == nil ? isTitleShaped(line: j) : LivePageClockShapes.isTitleShaped(title), !isByline(line: j),
                !isDayHeader(line: j), !isMarkerOrBullet(line: j)
            {
                if let prefix { h.labels.append(LivePageClockShapes.labelForm(prefix)) }
                h.title = title
                h.titleLine = j
            }
            break
        }
        return h
    }

    /// Whether line `k`, below a byline, is a title: title-shaped, with a body line after it.
    func isTitleBelowByline(line k: Int, before next: Int?) -> Bool {
        guard let next, isTitleShaped(line: k), !isLabelLine(line: k) else { return false }
        return !isTitleShaped(line: next) || !LineText.hasAtMostCharacters(lines[next].content, 100)
    }


    /// The title line just above a time alone on its line ("Drill reaches 310 metres" /
    /// "21:34" / paragraphs), when there is one below the previous time.
    func titleAbove(_ k: Int, after previous: Int) -> Int? {
        var above = k - 1
        while above > previous && lines[above].isBlank { above -= 1 }
        guard above > previous + 1 || (previous < 0 && above >= 0) else { return nil }
        guard isTitleShaped(line: above), !isLabelLine(line: above), !isDayHeader(line: above),
            !isByline(line: above), !isMarkerOrBullet(line: above), !isAgeAlone(line: above)
        else { return nil }
        return above
    }

    /// Whether the page puts titles above the times: most times alone on their line have
    /// a title-shaped line above and no title-shaped line below (a paragraph or a byline).
    func hasTitlesAbove(_ starts: [(line: Int, clock: LivePageClockShapes.ClockStart)]) -> Bool {
        var alone = 0
        var above = 0
        for (n, start) in starts.enumerated()
        where !start.clock.titleFirst && (start.clock.rest.isEmpty || isLabelAfterTime(start.clock.rest)) {
            alone += 1
            guard titleAbove(start.line, after: n > 0 ? starts[n - 1].line : -1) != nil else { continue }
            var below = start.line + 1
            while below < lines.count && lines[below].isBlank { below += 1 }
            if below == lines.count { continue }
            if !isTitleShaped(line: below) || isByline(line: below) { above += 1 }
        }
        return alone >= 2 && above * 3 >= alone * 2
    }

    /// The header of a time alone on its line at `k` under its title.
    func headerBelowTitle(at k: Int, _ clock: LivePageClockShapes.ClockStart, after previous: Int) -> Header? {
        // "Title" / "16:25 CET · Latest": a label may follow the time on its line.
        guard clock.rest.isEmpty || isLabelAfterTime(clock.rest), let above = titleAbove(k, after: previous) else {
            return nil
        }
        var title = lines[above].content
        var labels: [Substring] = []
        // "FACT CHECK: Was the road closed?" above the time: the label is split off.
        if let (label, rest) = LivePageClockShapes.labelPrefix(title) {
            labels.append(LivePageClockShapes.labelForm(label))
            title = rest
        }
        if !clock.rest.isEmpty { labels.append(LivePageClockShapes.labelForm(clock.rest)) }
        return Header(
            line: above, number: nil, titleLine: k, title: title, published: clock.published,
            labels: labels, indent: lines[above].indent, clockParts: .init())
    }

    /// Whether `s`, after a time on its line whose title stands above it, is a label: a
    /// known or capitals one, or one or two capitalised words without end punctuation
    /// ("16:25 CET · Explainer").
    func isLabelAfterTime(_ s: Substring) -> Bool {
        if isLabelLine(s) { return true }
        guard LineText.hasAtMostCharacters(s, 24), LineText.wordCount(s) <= 2, let first = s.unicodeScalars.first,
            first.properties.isUppercase, let last = s.unicodeScalars.last, last.properties.isAlphabetic
        else { return false }
        return LivePageClockShapes.bylineLine(s) == nil
    }

    /// Whether `s`, after a time on its line, is a label of the page's own: one or two
    /// capitalised words without end punctuation, with a title-shaped line right below and a
    /// blank line (or the entry's end) under that.
    func isUnlistedLabel(_ s: Substring, titleBelow t: Int, before limit: Int) -> Bool {
        guard LineText.hasAtMostCharacters(s, 24), LineText.wordCount(s) <= 2, let first = s.unicodeScalars.first,
            first.properties.isUppercase, let last = s.unicodeScalars.last, last.properties.isAlphabetic,
            t < limit, !lines[t].isBlank, isTitleShaped(line: t),
            t + 1 >= limit || lines[t + 1].isBlank
        else { return false }
        return true
    }

    /// A label on a line of its own: a known one, or one in capitals.
    func isLabelLine(_ s: Substring) -> Bool {
        let label = LivePageClockShapes.unbracketed(s)
        return LivePageLineShapes.isKnownLabel(label) || LivePageClockShapes.isCapitalsLabel(label)
    }

    /// A label just above the time ("BREAKING" / "21:34"), below the previous header. The
    /// entry's age between them ("Key event" / "1h ago" / "14.32 GMT") is the header's too.
    func takeLabelAbove(_ header: inout Header, after previousTitle: Int) {
        var above = header.line - 1
        while above > previousTitle && lines[above].isBlank { above -= 1 }
        guard above > previousTitle + 1 || (previousTitle < 0 && above >= 0) else { return }
        if isAgeAlone(line: above) {
            header.line = above
            above -= 1
            while above > previousTitle && lines[above].isBlank { above -= 1 }
            guard above > previousTitle + 1 || (previousTitle < 0 && above >= 0) else { return }
        }
        guard isLabelLine(line: above), !isDayHeader(line: above) else { return }
        header.labels.insert(LivePageClockShapes.labelForm(lines[above].content), at: 0)
        header.line = above
    }

    /// Whether line `k` opens with "Updated" (any case).
    func isUpdateStamp(line k: Int) -> Bool {
        let b = lines[k].first
        return (b == 0x55 || b == 0x75) && LineText.lower(lines[k].content.utf8.dropFirst().first ?? 0) == 0x70
    }

    /// Whether line `k` is an age alone ("1h ago", "35 minutes ago").
    func isAgeAlone(line k: Int) -> Bool {
        let b = lines[k].first
        guard b &- 0x30 < 10 || b == 0x61 || b == 0x41, lines[k].byteCount <= 40 else { return false }
        return LivePageRelativeTime.age(lines[k].content)?.rest.isEmpty ?? false
    }

    func isPinned(_ header: Header) -> Bool {
        header.labels.contains { $0.lowercased().hasPrefix("pinned") }
    }

    /// Whether the entry of `header` is a page header's list of the titles below
    /// ("Wed 26 Aug 2026 15.09 GMT" / "Key events" / a title per line, without times): its
    /// title and every line of its body, at least one, are titles of `later` entries.
    func isTitleList(_ header: Header, before next: Int, later: ArraySlice<Header>) -> Bool {
        guard !header.title.isEmpty, header.lead == nil else { return false }
        let titles = Set(later.map(\.title).filter { !$0.isEmpty })
        guard titles.contains(header.title) else { return false }
        var items = 0
        for j in (header.titleLine + 1)..<max(header.titleLine + 1, next) where !lines[j].isBlank {
            guard titles.contains(lines[j].content) else { return false }
            items += 1
        }
        return items >= 1
    }

    /// Whether the entry of `header` has a body line before line `next`.
    func hasBody(_ header: Header, before next: Int) -> Bool {
        if header.lead != nil { return true }
        var j = header.titleLine + 1
        while j < next {
            if !lines[j].isBlank && !isDayHeader(line: j) && !isLabelLine(line: j) { return true }
            j += 1
        }
        return false
    }

    /// Whether the times found make a live page (see the type's documentation).
    func hasEvidence(_ starts: [(line: Int, clock: LivePageClockShapes.ClockStart)], _ headers: [Header]) -> Bool {
        let n = starts.count
        guard n >= 2 else { return false }
        // A label in capitals after the time ("4:50 PM   KEY EVENT") marks it as a header too.
        let marked = starts.filter { $0.clock.marked || (!$0.clock.rest.isEmpty && isLabelLine($0.clock.rest)) }.count
        guard n >= 3 || marked == n, marked * 2 >= n else { return false }
        // Order: pairs across a day header do not count.
        var ascending = 0
        var descending = 0
        var pairs = 0
        var withBody = 0
        for m in 0..<n - 1 {
            let from = headers[m].titleLine + 1
            let to = headers[m + 1].line
            var dayBetween = false
            var body = false
            var blank = false
            if from < to {
                for j in from..<to {
                    if lines[j].isBlank {
                        blank = true
                    } else if isDayHeader(line: j) {
                        dayBetween = true
                    } else if !body && !isLabelLine(line: j) {
                        body = true
                    }
                }
            }
            if body || (headers[m].lead != nil && blank) { withBody += 1 }
            // Dates stated with the times ("27/11 · 19:30", "26/11 · 23:40") that differ: a new day.
            if let a = starts[m].clock.day, let b = starts[m + 1].clock.day, a != b { dayBetween = true }
            // A pinned entry stands out of order; so may the first one (a summary on top).
            if dayBetween || m == 0 && n >= 4 || isPinned(headers[m]) || isPinned(headers[m + 1]) { continue }
            pairs += 1
            let a = starts[m].clock.minutes
            let b = starts[m + 1].clock.minutes
            // Across midnight: from before 03:00 to after 21:00 going back, or the other way.
            if b <= a || (a < 180 && b >= 1260) { descending += 1 }
            if b >= a || (a >= 1260 && b < 180) { ascending += 1 }
        }
        let breaks = pairs - max(ascending, descending)
        guard breaks <= pairs / 5 else { return false }
        return withBody * 2 >= n - 1
    }
}
