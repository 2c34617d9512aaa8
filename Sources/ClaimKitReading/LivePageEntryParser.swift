import ClaimKitModel

/// Reads the lines of one live-page entry (or of a whole unstructured text) into an
/// `Entry`: labels and byline after the title, then body blocks.
///
/// Body lines become blocks by their markers:
/// - `altImage source, Credit` gives an `imageDescription` ("alt") and an `imageCredit`
///   whose content is "Credit";
/// - `Image caption,` and `Media caption,` take the next line (or the rest of their own)
///   as an `imageCaption` / `mediaCaption`;
/// - `• item` (also `- `, `* `, `· `) gives a `listItem`;
/// - a short line without end punctuation just before a list gives a `heading`;
/// - "Skip twitter post by X" ... "End of twitter post by X" gives `blockQuote`s for the
///   post's lines, without the consent-gate lines around them;
/// - every other line is a `paragraph`; a line that continues a hard-wrapped paragraph
///   (the line before it stops without end punctuation, and is long or is continued in
///   lower case) joins it.
struct LivePageEntryParser {
    let lines: [PageLine]

    /// The entry whose header is `header` and whose lines end before `end`.
    func entry(index: Int, header: LivePageEntryFinder.Header, end: Int) -> Entry {
        var labels = header.labels.map(String.init)
        var byline: Byline?
        var i = header.titleLine + 1
        var writers: [OneLineByline] = []
        for line in header.bylines {
            guard let (marker, name, role) = LivePageClockShapes.bylineLine(line, continuation: !writers.isEmpty) else {
                continue
            }
            writers.append(OneLineByline(marker: marker, name: name, role: role))
        }
        for name in header.namedWriters { writers.append(OneLineByline(marker: "", name: name, role: nil)) }
        if header.clock { clockHeaderLines(from: &i, end: end, labels: &labels, writers: &writers) }
        if !writers.isEmpty {
            let names = writers.map { String($0.name) }.joined(separator: " and ")
            let roles = writers.compactMap { $0.role.map(String.init) }
            byline = Byline(name: names, role: roles.isEmpty ? nil : roles.joined(separator: "; "))
        }

        // Lines glued under the title: labels ("Breaking"), or a byline pair.
        var direct: [Int] = []
        while i < end && !lines[i].isBlank {
            direct.append(i)
            i += 1
        }
        var used = 0
        while used < direct.count {
            let s = lines[direct[used]].content
            let remaining = direct.count - used
            let unknownLabel = LivePageLineShapes.isLabelShaped(s) && !LivePageLineShapes.isNameShaped(s)
            if LivePageLineShapes.isKnownLabel(s)
                || (unknownLabel && (remaining == 1 || (remaining == 3 && bylinePair(direct[used + 1]) != nil)))
            {
                labels.append(String(s))
                used += 1
                continue
            }
            if remaining == 2, byline == nil, let pair = bylinePair(direct[used]) {
                byline = pair
                used += 2
            }
            break
        }
        if used < direct.count { i = direct[used] }

        // After blank lines: a byline pair, or a known label standing alone.
        if used == direct.count {
            while true {
                var j = i
                while j < end && lines[j].isBlank { j += 1 }
                var runEnd = j
                while runEnd < end && !lines[runEnd].isBlank { runEnd += 1 }
                if byline == nil && runEnd - j == 2, let pair = bylinePair(j) {
                    byline = pair
                    i = runEnd
                    continue
                }
                if runEnd - j == 1 && LivePageLineShapes.isKnownLabel(lines[j].content) && byline == nil {
                    labels.append(String(lines[j].content))
                    i = runEnd
                    continue
                }
                break
            }
        }

        // A sign-off below the text: "— Reporting by Jane Doe", "(Jane Doe, in Doha)".
        var end = end
        if writers.isEmpty, byline == nil,
            let last = (i..<end).last(where: { !lines[$0].isBlank && !LivePageLineShapes.isRule(lines[$0].content) }),
            last > i, let before = (i..<last).last(where: { !lines[$0].isBlank }),
            let w = LivePageTrailingByline.mayStart(lines[last].first)
                ? LivePageTrailingByline.byline(lines[last].content, afterQuote: Self.endsQuote(lines[before].content))
                : LivePageTrailingByline.roleByline(lines[last].content)
        {
            writers.append(w)
            byline = Byline(name: String(w.name), role: w.role.map(String.init))
            end = last
        }

        var builder = EntryTextBuilder()
        let (bytes, bodyLines) = textSize(i..<end)
        builder.reserveCapacity(bytes + header.title.utf8.count + 2 + 64 * (writers.count + 1), blocks: bodyLines + 3 + 2 * writers.count)
        if !header.title.isEmpty { builder.append(.title, header.title) }
        if !writers.isEmpty {
            for w in writers {
                builder.append(.bylineName, w.name, marker: "\(w.marker)")
                if let role = w.role { builder.append(.bylineRole, role) }
            }
        } else if let byline {
            builder.append(.bylineName, byline.name)
            if let role = byline.role { builder.append(.bylineRole, role) }
        }
        if let lead = header.lead { builder.append(.paragraph, lead) }
        appendBody(i..<end, to: &builder)
        let (text, blocks) = builder.finish()
        if header.clock { labels = labels.map { String(LivePageClockShapes.labelForm(Substring($0))) } }
        return Entry(
            index: index, title: header.title.isEmpty ? nil : String(header.title),
            published: header.published.map(String.init), labels: labels, byline: byline, text: text, blocks: blocks)
    }

    /// The bytes the lines of `range` hold, with two for each line's end (about what
    /// their blocks take of the entry's text, at most), and the number of lines that are
    /// not blank (at most the number of their blocks).
    func textSize(_ range: Range<Int>) -> (bytes: Int, lines: Int) {
        var bytes = 0
        var nonBlank = 0
        for k in range {
            let n = lines[k].byteCount
            bytes += n + 2
            if n > 0 { nonBlank += 1 }
        }
        return (bytes, nonBlank)
    }

    /// Whether `s` ends with a comma or a semicolon, alone or before a closing quotation
    /// mark (", ”, ’): the sentence goes on. Read from the last bytes.
    static func endsInsideClause(_ s: Substring) -> Bool {
        let u = s.utf8
        guard var last = u.last else { return false }
        var end = u.endIndex
        if last == 0x22 {
            end = u.index(before: end)
        } else if last == 0x9D || last == 0x99, u.count >= 3 {
            // ” (E2 80 9D) or ’ (E2 80 99)
            let a = u.index(end, offsetBy: -3)
            guard u[a] == 0xE2, u[u.index(after: a)] == 0x80 else { return false }
            end = a
        }
        guard end > u.startIndex else { return false }
        last = u[u.index(before: end)]
        return last == 0x2C || last == 0x3B
    }

    /// Whether `s` starts with a lower-case letter (decided on the first byte when ASCII).
    @inline(__always) static func startsLowercase(_ s: Substring) -> Bool {
        guard let b = s.utf8.first else { return false }
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        return s.unicodeScalars.first?.quickIsLowercase == true
    }

    /// Whether `s` ends with a closing quotation mark (after optional end punctuation).
    static func endsQuote(_ s: Substring) -> Bool {
        guard let last = LineText.trimmed(s).unicodeScalars.last else { return false }
        return last == "\"" || last == "\u{201D}" || last == "\u{2019}" || last == "'"
    }

    /// A writer named on one line ("By Jane Doe, Political editor").
    struct OneLineByline {
        var marker: Substring
        var name: Substring
        var role: Substring?
    }

    /// The lines under a clock entry's title, from line `i`: labels (a known one, or one in
    /// capitals) and one-line bylines, "By Jane Doe, Political editor" and a second writer
    /// "and John Roe, Economics editor" below it, or "Reporting by Jane Doe in Lima".
    /// Moves `i` past what it takes.
    func clockHeaderLines(from i: inout Int, end: Int, labels: inout [String], writers: inout [OneLineByline]) {
        var j = i
        while j < end {
            let s = lines[j].content
            if s.isEmpty {
                j += 1
                continue
            }
            if writers.isEmpty, labels.count < 3,
                LivePageLineShapes.isKnownLabel(s) || LivePageClockShapes.isCapitalsLabel(s)
            {
                labels.append(String(s))
                j += 1
                i = j
                continue
            }
            if let (marker, name, role) = LivePageClockShapes.bylineLine(s, continuation: !writers.isEmpty),
                writers.count < 4
            {
                // "By Jane Doe" over a role line: the byline pair, read below.
                if writers.isEmpty && role == nil && j + 1 < end && bylinePair(j) != nil { return }
                writers.append(OneLineByline(marker: marker, name: name, role: role))
                j += 1
                i = j
                continue
            }
            return
        }
    }

    /// The byline of the name line at `k` and the role line below it, when they look so.
    func bylinePair(_ k: Int) -> Byline? {
        guard k + 1 < lines.count else { return nil }
        var name = lines[k].content
        if LineText.hasPrefix(name, "By ") { name = name.dropFirst(3) }
        let role = lines[k + 1].content
        guard LivePageLineShapes.isNameShaped(name), !LivePageLineShapes.isMarker(name),
            LivePageLineShapes.isRoleShaped(role)
        else { return nil }
        return Byline(name: String(name), role: String(role))
    }

    /// Appends the body blocks of `range` to `builder`.
    func appendBody(_ range: Range<Int>, to builder: inout EntryTextBuilder) {
        // The open paragraph: one line, kept as it stands in the page (most paragraphs), or
        // several joined by spaces.
        var single: Substring?
        var paragraph = ""
        var tail: Substring = ""  // the open paragraph's last line
        var paragraphOpen = false  // whether the last line read was part of the paragraph
        func flush(_ builder: inout EntryTextBuilder) {
            if let single {
                builder.append(.paragraph, single)
            } else if !paragraph.isEmpty {
                builder.append(.paragraph, paragraph)
            }
            single = nil
            paragraph = ""
            paragraphOpen = false
        }
        var embed = false  // inside "Skip twitter post by X" ... "End of twitter post by X"
        var k = range.lowerBound
        while k < range.upperBound {
            let line = lines[k].content
            // The first byte settles, for most lines, that they are no rule, furniture,
            // caption or bullet: those tests are run only on lines that may be one.
            let f = lines[k].first
            if lines[k].isBlank {
                paragraphOpen = false
                k += 1
                continue
            }
            let letter = f &- 0x41 < 26 || f &- 0x61 < 26
            if !letter, LivePageLineShapes.isRule(line) {
                flush(&builder)
                k += 1
                continue
            }
            switch f == 0x53 || f == 0x45 || f == 0x41 || f == 0x54 || f == 0x56 ? LivePageLineShapes.furniture(line) : nil {
            case .embedStart:
                flush(&builder)
                let window = k + 1..<min(range.upperBound, k + 60)  // an embed is short; bounded look-ahead
                embed = window.contains { LivePageLineShapes.furniture(lines[$0].content) == .embedEnd }
                k += 1
                continue
            case .embedEnd:
                flush(&builder)
                embed = false
                k += 1
                continue
            case .consent:
                k += 1
                continue
            case nil:
                break
            }
            if embed {
                builder.append(.blockQuote, line)
                k += 1
                continue
            }
            var captionLine: Substring?
            if let at = LineText.firstOffset(of: "Image source,", in: line) {
                flush(&builder)
                let (alt, rest) = LineText.split(line, at: at)
                var credit = LineText.trimmed(rest.dropFirst("Image source,".count))
                // "Image source, ReutersImage caption, The caption": a caption glued to the credit.
                if let glued = LineText.firstOffset(of: "Image caption,", in: credit) {
                    let (name, caption) = LineText.split(credit, at: glued)
                    credit = LineText.trimmed(name)
                    captionLine = caption
                }
                builder.append(.imageDescription, LineText.trimmed(alt))
                builder.append(.imageCredit, credit, marker: "Image source, ")
                if captionLine == nil {
                    k += 1
                    continue
                }
            }
            if captionLine != nil || f == 0x49 || f == 0x4D || f == 0x56 || f == 0x41,
                let (kind, inline) = LivePageLineShapes.caption(captionLine ?? line)
            {
                flush(&builder)
                if !inline.isEmpty {
                    builder.append(kind, inline)
                } else if let next = lines.firstContent(after: k, before: range.upperBound),
                    !LivePageLineShapes.isMarker(lines[next].content)
                {
                    builder.append(kind, lines[next].content)
                    k = next
                }
                k += 1
                continue
            }
            if !letter, let (marker, content) = LivePageLineShapes.bullet(line) {
                flush(&builder)
                builder.append(.listItem, content, marker: "\(marker) ")
                k += 1
                continue
            }
            if isHeading(line, at: k, before: range.upperBound) {
                flush(&builder)
                builder.append(.heading, line)
                k += 1
                continue
            }
            // A hard-wrapped paragraph goes on: the line before stopped mid-sentence, and was
            // long or is continued in lower case.
            // A clause goes on in lower case after a comma, also one that closes a quotation
            // ('... a year,"' over 'said Jane Doe, who ...').
            if paragraphOpen
                && ((!LineText.endsWithPunctuation(tail) && (lines[k - 1].byteCount >= 40 || Self.startsLowercase(line)))
                    || (Self.endsInsideClause(tail) && Self.startsLowercase(line)))
            {
                if let first = single {
                    paragraph = String(first)
                    single = nil
                }
                paragraph += " "
                paragraph.append(contentsOf: line)
            } else {
                flush(&builder)
                single = line
            }
            tail = line
            paragraphOpen = true
            k += 1
        }
        flush(&builder)
    }


    /// A short line without end punctuation, followed (after blank lines) by a list item.
    func isHeading(_ line: Substring, at k: Int, before end: Int) -> Bool {
        // The next line's first byte rules out a bullet on most lines (see `bullet`): that
        // is settled before the line's own last scalar is read.
        guard line.utf8.count <= 240, let next = lines.firstContent(after: k, before: end),
            LivePageLineShapes.mayOpenBullet(lines[next].first), !LineText.endsWithPunctuation(line),
            LivePageLineShapes.bullet(lines[next].content) != nil
        else { return false }
        return LineText.hasAtMostCharacters(line, 80) && LineText.wordCount(line) <= 10
    }
}
