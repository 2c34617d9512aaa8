import Foundation

/// One update of a live page as found in its markup.
struct LivePost {
    /// The post element.
    var node: Int
    /// The time as the page gives it (a `datetime` attribute, else the shown text).
    var published: String?
    /// The post's headline, when it has one.
    var title: String?
    /// The writer's name, when the post names one.
    var byline: String?
    /// Labels such as "Key event" or "Breaking".
    var labels: [String] = []
    /// Where the writer files from, when the byline names a place after the name.
    var bylinePlace: String?
    /// Nodes whose text is the post's metadata (time, headline, byline, labels), not its body.
    var metadataNodes: [Int] = []
}

/// Finds the updates of a live page without structured data: sibling elements of one
/// kind (same tag and first class word) that each carry a time, most of them with a
/// heading, with prose in them. Works from the shape of the markup, not from any site's
/// class names.
struct LiveBlogDetector {
    let tree: HTMLTree
    let scorer: ContentScorer
    /// The fewest sibling posts that make a live page.
    var minimumPosts = 3

    nonisolated(unsafe) private static let timePattern = try! Regex(
        #"^\s*((posted|published|updated)( at)?:?\s+)?"#
            + #"(\d{1,2}[:.]\d{2}(\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|\d{1,2}\s*(m|min|mins|minutes?|h|hr|hrs|hours?)\s+ago)"#
            + #"(\s+[A-Z]{2,5})?\s*$"#
    ).ignoresCase()

    /// Nodes that carry a time: `<time>`, elements with a time attribute, and short
    /// elements whose whole text is a clock time.
    func timeNodes() -> [Int] {
        tree.nodes.indices.filter { timeRank($0) != nil }
    }

    /// How good a carrier of a post's time the element is (lower is better), or nil when
    /// it carries none: `<time datetime>`, `<time>`, a `datetime` attribute, a `data-*`
    /// time attribute, a short element whose whole text is a clock time.
    func timeRank(_ index: Int) -> Int? {
        guard tree[index].isElement else { return nil }  // most nodes: decided without copying one
        let node = tree[index]
        if node.traits.contains(.time) {
            return node.attribute("datetime") != nil || Self.timeAttribute(of: node) != nil ? 0 : 1
        }
        if node.attribute("datetime") != nil { return 2 }
        if Self.timeAttribute(of: node) != nil { return 3 }
        if node.firstChild >= 0, tree[node.firstChild].isText, tree[node.firstChild].nextSibling < 0 {
            let text = tree[node.firstChild].text
            if Self.isClockText(text) { return 4 }
        }
        return nil
    }

    /// Whether a short text is only a time of day or a recent time ("17:25", "4.14pm",
    /// "Posted at 10:32 BST", "5 mins ago", "17:25 Brussels time").
    static func isClockText(_ text: String) -> Bool {
        // Every time holds a digit (`\d` also matches non-ASCII digits): test that first.
        (text.utf8.count <= 32 && text.utf8.contains { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }
            && mayStartClockText(text)
            && (isSimpleClockTime(text, dot: true, spaced: true) || (try? timePattern.wholeMatch(in: text)) != nil
                || LivePageZonePhrase.isClockWithZonePhrase(text)))
            || datedClock(text) != nil
    }

    /// The time of a short text that is a date, then a time, and nothing else ("27/11 · 19:30
    /// ART", "27.11.2026 19.30", "Nov 27, 8:02 PM EST"), read as `LivePageClockShapes` reads
    /// a dated line; nil for any other text.
    static func datedClock(_ text: String) -> LivePageClockShapes.ClockStart? {
        guard text.utf8.count <= 48, let f = text.utf8.first, f &- 0x30 < 10 || f &- 0x41 < 26,
            text.utf8.contains(0x3A) || text.utf8.contains(0x2E),
            let clock = LivePageClockShapes.datedStart(LineText.trimmed(Substring(text))), clock.rest.isEmpty
        else { return nil }
        return clock
    }

    /// Whether `text` is, in ASCII without carriage returns, a clock time ("21:34", or
    /// "15.01" when `dot`) alone or followed by white space and a zone of two to five
    /// capitals ("16:00 PKT"), with white space around it only when `spaced`: a shape that
    /// `timePattern` (spaced, with dots) and `TimestampedUpdateSplitter`'s pattern (neither)
    /// always match, decided without the regular expression. False means only "not sure".
    static func isSimpleClockTime(_ text: String, dot: Bool, spaced: Bool) -> Bool {
        var text = text
        return text.withUTF8 { u in
            let n = u.count
            @inline(__always) func space(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0C) }
            @inline(__always) func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            var i = 0
            if spaced { while i < n && space(u[i]) { i += 1 } }
            let first = i
            while i < n && i - first < 3 && digit(u[i]) { i += 1 }
            guard i - first >= 1, i - first <= 2, i < n, u[i] == 0x3A || (dot && u[i] == 0x2E) else { return false }
            i += 1
            guard i + 2 <= n, digit(u[i]), digit(u[i + 1]) else { return false }
            i += 2
            var end = n
            if spaced { while end > i && space(u[end - 1]) { end -= 1 } }
            if i == end { return true }
            let gap = i
            while i < end && space(u[i]) { i += 1 }
            guard i > gap, end - i >= 2, end - i <= 5 else { return false }
            for k in i..<end where u[k] < 0x41 || u[k] > 0x5A { return false }
            return true
        }
    }

    /// False when the ASCII bytes after leading ASCII white space rule `timePattern` out:
    /// neither a digit nor "posted", "published", "updated" (either case) first, or one
    /// or two digits followed by something no time has there (a third digit, a letter
    /// other than a, p, m, h, other punctuation than ":" and "."). A non-ASCII byte where
    /// it matters leaves the text to the pattern, as does everything else.
    static func mayStartClockText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { u in
            let n = u.count
            var i = 0
            while i < n && (u[i] == 0x20 || (u[i] >= 0x09 && u[i] <= 0x0D)) { i += 1 }
            guard i < n else { return true }
            let byte = u[i]
            if byte >= 0x80 { return true }
            if byte >= 0x30 && byte <= 0x39 {
                var j = i + 1
                if j < n && u[j] >= 0x30 && u[j] <= 0x39 { j += 1 }
                guard j < n else { return false }
                if u[j] >= 0x80 { return true }
                if u[j] == 0x3A || u[j] == 0x2E {
                    // Only "\d{2}" may follow ":" or "." ("4. Title" is no time).
                    for k in j + 1...j + 2 {
                        guard k < n else { return false }
                        if u[k] >= 0x80 { return true }
                        if u[k] < 0x30 || u[k] > 0x39 { return false }
                    }
                    return true
                }
                while j < n && (u[j] == 0x20 || (u[j] >= 0x09 && u[j] <= 0x0D)) { j += 1 }
                guard j < n else { return false }
                let next = u[j] | 0x20
                return u[j] >= 0x80 || next == 0x61 || next == 0x70 || next == 0x6D || next == 0x68  // a p m h
            }
            let lower = byte | 0x20
            guard lower == 0x70 || lower == 0x75 else { return false }  // p, u
            for word: StaticString in ["posted", "published", "updated"] {
                let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
                var k = 0
                while k < w.count && i + k < n {
                    let b = u[i + k]
                    if b >= 0x80 { return true }
                    if b | 0x20 != w[k] || !(b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) { break }
                    k += 1
                }
                if k == w.count { return true }
            }
            return false
        }
    }

    /// A `data-*` attribute named for a time or date (`data-time`, `data-published-at`,
    /// `data-timestamp`, `data-ts`) whose value holds digits.
    static func timeAttribute(of node: HTMLTree.Node) -> String? {
        for attribute in node.attributes where isTimeAttributeName(attribute.name) {
            if attribute.value.contains(where: \.isNumber) { return attribute.value }
        }
        return nil
    }

    /// Whether a (lower-case) attribute name is a `data-*` name for a time or date:
    /// "time", "date" or "publish" in it, or "ts" as its last part (`data-ts`, `data-post-ts`).
    static func isTimeAttributeName(_ name: String) -> Bool {
        guard name.hasPrefix("data-") else { return false }
        return name.containsBytes("time") || name.containsBytes("date") || name.containsBytes("publish")
            || name.hasSuffix("-ts")
    }

    /// The time as a carrier gives it: its attribute (epoch seconds or milliseconds made
    /// ISO 8601), else its text.
    func timeValue(of index: Int) -> String? {
        let node = tree[index]
        if let value = node.attribute("datetime"), !value.isEmpty { return value }
        if let value = Self.timeAttribute(of: node) {
            if value.allSatisfy(\.isNumber), value.count == 10 || value.count == 13, let number = Double(value) {
                let seconds = value.count == 13 ? number / 1000 : number
                return ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
            }
            return value
        }
        let text = tree.text(of: index)
        // "27/11 · 19:30 ART": the time without the date before it.
        if let clock = Self.datedClock(text) { return String(clock.published) }
        return text.isEmpty ? nil : text
    }

    /// The best time carrier in the post (the post itself included).
    func bestTime(in post: Int) -> Int? {
        var best: (index: Int, rank: Int)?
        let end = tree.subtreeEnd(of: post)
        for index in post...max(post, end) {
            guard let rank = timeRank(index) else { continue }
            if best == nil || rank < best!.rank { best = (index, rank) }
            if rank == 0 { break }
        }
        return best?.index
    }

    /// The posts in page order, or none when the page does not look like a live page.
    func posts() -> [LivePost] {
        let times = timeNodes()
        guard times.count >= minimumPosts else { return [] }
        struct Group {
            var parent: Int
            var signature: String
            var members: [Int] = []
            var times: [Int: Int] = [:]
        }
        var groups: [String: Group] = [:]
        for time in times {
            var member = time
            var level = 0
            while level < 10, tree[member].parent > 0 {
                let parent = tree[member].parent
                let signature = Self.signature(tree[member])
                let key = "\(parent)|\(signature)"
                var group = groups[key] ?? Group(parent: parent, signature: signature)
                if group.times[member] == nil {
                    group.times[member] = time
                    group.members.append(member)
                }
                groups[key] = group
                member = parent
                level += 1
            }
        }
        let candidates = groups.values.filter { group in
            guard group.members.count >= minimumPosts, !scorer.furniture[group.parent] else { return false }
            let members = group.members.filter { !scorer.furniture[$0] }
            guard members.count >= minimumPosts else { return false }
            let lengths = members.map { scorer.textLength[$0] }
            let average = lengths.reduce(0, +) / members.count
            let links = members.map { scorer.linkDensity($0) }.reduce(0, +) / Double(members.count)
            let withProse = members.filter { hasProse($0) }.count
            return average >= 120 && links < 0.5 && withProse * 2 >= members.count
        }
        guard
            let best = candidates.max(by: { lhs, rhs in
                let l = lhs.members.count * 1000 + scoreDepth(lhs.parent)
                let r = rhs.members.count * 1000 + scoreDepth(rhs.parent)
                return l < r
            })
        else { return [] }
        let headed = best.members.filter { heading(in: $0, excluding: best.times[$0]) != nil }.count
        // Mostly headed posts, or many prose posts: a live page either way.
        let plainProse = best.members.count >= 5 && best.members.allSatisfy { scorer.linkDensity($0) < 0.35 }
        guard headed * 3 >= best.members.count || plainProse else { return [] }
        return best.members.filter { !scorer.furniture[$0] }.sorted().map { post(at: $0, time: best.times[$0]) }
    }

    private func scoreDepth(_ index: Int) -> Int { min(tree[index].depth, 999) }

    private func hasProse(_ index: Int) -> Bool {
        !tree.descendants(of: index, named: ["p", "li", "blockquote"]).filter { scorer.textLength[$0] >= 40 }.isEmpty
            || scorer.textLength[index] >= 200
    }

    /// Tag and first class word, digits removed: the kind of a repeated element.
    static func signature(_ node: HTMLTree.Node) -> String {
        let firstClass = node.attribute("class")?.split(separator: " ").first.map { $0.filter { !$0.isNumber } } ?? ""
        return node.name + "." + firstClass
    }

    /// The headline element of a post: its first heading, or a short element called a title.
    func heading(in post: Int, excluding time: Int?) -> Int? {
        let end = tree.subtreeEnd(of: post)
        guard post < end else { return nil }
        for index in post + 1...end {
            let node = tree[index]
            guard node.isElement else { continue }
            if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(node.name), scorer.textLength[index] > 0 { return index }
        }
        for index in post + 1...end {
            let node = tree[index]
            guard node.isElement, node.name != "a" else { continue }
            let marks = node.classAndID
            if (marks.containsBytes("headline") || marks.containsBytes("title") || marks.containsBytes("head"))
                && !marks.containsBytes("header"),
                scorer.textLength[index] > 0, scorer.textLength[index] < 250,
                time.map({ !tree.isInside($0, index) }) ?? true
            {
                return index
            }
        }
        return nil
    }

    /// Whether `href` leads to a writer's page ("/authors/jane-doe", "/people/jane-doe",
    /// "/profile/jdoe"): a link to its writer in a post whose classes say nothing.
    static func isAuthorLink(_ href: String?) -> Bool {
        guard let href, href.utf8.count < 300 else { return false }
        let segments = href.lowercased().split(separator: "/")
        return segments.dropLast().contains { authorPathSegments.contains(String($0)) }
    }

    /// Path segments of writers' pages.
    static let authorPathSegments: Set<String> = [
        "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "journalist", "journalists", "people",
        "staff", "writers", "contributors", "contributor", "profile", "profiles", "byline", "reporters",
    ]

    /// Labels a post's own `class` gives it (`post--pinned`, `block--key-event`).
    static let classLabels: [(fragment: String, label: String)] = [
        ("pinned", "Pinned"), ("key-event", "Key event"), ("keyevent", "Key event"), ("key_event", "Key event"),
        ("breaking", "Breaking"), ("highlight", "Highlight"), ("summary", "Summary"), ("analysis", "Analysis"),
    ]

    func post(at index: Int, time: Int?) -> LivePost {
        var post = LivePost(node: index)
        let time = bestTime(in: index) ?? time
        let ownMarks = tree[index].attribute("class")?.lowercased() ?? ""
        for (fragment, label) in Self.classLabels where ownMarks.contains(fragment) && !post.labels.contains(label) {
            post.labels.append(label)
        }
        if let time {
            post.published = timeValue(of: time)
        }
        // An epoch on the post itself (`data-timestamp`): the clock the post shows gives the
        // local time, so the moment is written with the page's own offset, and the clock's
        // line is the post's metadata line.
        var anchor = time
        if let time, time == index || tree.text(of: time).isEmpty, let clock = shownClock(in: index, excluding: time) {
            if let epoch = epochSeconds(of: time), let local = Self.localISO(epoch: epoch, shownMinutes: clock.minutes) {
                post.published = local
            }
            anchor = clock.node
        }
        if let time = anchor, time != index {
            post.metadataNodes.append(time)
            // The short line the time sits in ("21 mins ago 11:48 Jon King") is metadata too.
            var line = tree[time].parent
            var metaLine: Int?
            while line > index {
                if BlockCollector.blockElements.contains(tree[line].name) {
                    if tree.text(of: line).count < 120 { metaLine = line }
                    break
                }
                line = tree[line].parent
            }
            if let metaLine {
                post.metadataNodes.append(metaLine)
                // "19:20 Breaking": a known label beside the time on its line.
                let lineEnd = tree.subtreeEnd(of: metaLine)
                if metaLine < lineEnd {
                    for inner in metaLine + 1...lineEnd where tree[inner].isElement && inner != time && !tree.isInside(time, inner) {
                        let text = tree.text(of: inner)
                        if text.count <= 30, LivePagePostMeta.isLabelBesideTime(tree, inner, text), !post.labels.contains(text) {
                            post.labels.append(text)
                        }
                    }
                }
            }
        }
        if let heading = heading(in: index, excluding: time) {
            post.title = nilIfEmpty(tree.text(of: heading))
            post.metadataNodes.append(heading)
        }
        let end = tree.subtreeEnd(of: index)
        if index < end {
            for inner in index + 1...end where tree[inner].isElement {
                let node = tree[inner]
                let marks = node.classAndID
                if post.byline == nil,
                    node.attribute("rel") == "author" || node.attribute("itemprop") == "author"
                        || marks.containsBytes("author") || marks.containsBytes("byline") || marks.containsBytes("contributor")
                        || (node.name == "a" && Self.isAuthorLink(node.attribute("href")))
                {
                    let text = PageMetadata.strippingBy(tree.text(of: inner))
                    if !text.isEmpty && text.count < 80 && !post.metadataNodes.contains(inner) {
                        post.byline = text
                        // "Lena Hoffmann, Berlin": the writer, then where she writes from.
                        if text.contains(","), let (name, place) = LivePageTrailingByline.nameAndPlace(Substring(text)),
                            let place
                        {
                            post.byline = String(name)
                            post.bylinePlace = String(place)
                        } else if let (name, role) = LivePagePostMeta.nameAndRole(text) {
                            // "Jane Doe, Brussels correspondent": the writer, then her role.
                            post.byline = String(name)
                            post.bylinePlace = String(role)
                        }
                        post.metadataNodes.append(inner)
                    }
                }
                if marks.containsBytes("label") || marks.containsBytes("badge") || marks.containsBytes("kicker")
                    || marks.containsBytes("key-event")
                    || marks.containsBytes("pinned") || marks.containsBytes("breaking")
                {
                    let text = tree.text(of: inner)
                    if !text.isEmpty && text.count <= 30 && !post.labels.contains(text) {
                        post.labels.append(text)
                        post.metadataNodes.append(inner)
                    }
                }
            }
        }
        if post.byline == nil, let (node, name, role) = LivePagePostMeta.trailingWriter(tree, post: index) {
            // "Jane Doe, Brussels correspondent" closing the post, whatever its classes.
            post.byline = String(name)
            post.bylinePlace = String(role)
            post.metadataNodes.append(node)
        }
        return post
    }

    private func nilIfEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// The first short element of a post whose text is a clock time alone ("19.20 Uhr",
    /// "4.50pm", "18h40", "21:34 CET"), with its minutes since midnight.
    func shownClock(in post: Int, excluding time: Int?) -> (node: Int, minutes: Int)? {
        let end = tree.subtreeEnd(of: post)
        guard post < end else { return nil }
        for index in post + 1...end where tree[index].isElement && index != time {
            let text = tree.text(of: index)
            guard !text.isEmpty, text.utf8.count <= 40 else { continue }
            if let clock = LivePageClockShapes.clockStart(Substring(text)), clock.rest.isEmpty { return (index, clock.minutes) }
        }
        return nil
    }

    /// The seconds since 1970 an epoch attribute of the node gives (seconds or milliseconds).
    func epochSeconds(of node: Int) -> Double? {
        guard tree[node].attribute("datetime") == nil, let value = Self.timeAttribute(of: tree[node]),
            value.allSatisfy(\.isNumber), value.count == 10 || value.count == 13, let number = Double(value)
        else { return nil }
        return value.count == 13 ? number / 1000 : number
    }

    /// The moment `epoch` in ISO 8601 with the offset that makes its clock read
    /// `shownMinutes`: a whole quarter hour between UTC-12 and UTC+14, else nil.
    static func localISO(epoch: Double, shownMinutes: Int) -> String? {
        let utcMinutes = Int((epoch / 60).rounded(.down)) % 1440
        var offset = (shownMinutes - utcMinutes + 1440) % 1440
        if offset > 840 { offset -= 1440 }
        guard offset % 15 == 0, offset >= -720 else { return nil }
        let formatter = ISO8601DateFormatter()
        guard let zone = TimeZone(secondsFromGMT: offset * 60) else { return nil }
        formatter.timeZone = zone
        return formatter.string(from: Date(timeIntervalSince1970: epoch))
    }
}
