import ClaimKitModel
import Foundation

/// Builds entries from the parts of a page that the other HTML readers found.
struct HTMLEntryReader {
    let tree: HTMLTree
    let scorer: ContentScorer

    /// Short blocks that are page furniture wherever they appear.
    static let furniturePhrases: Set<String> = [
        "advertisement", "story continues below advertisement", "continue reading", "read more", "share this article",
        "share", "click here", "sign up", "subscribe", "follow us", "supported by", "skip advertisement",
        "article continues below", "scroll to continue with content", "ad", "related", "related articles",
        "related stories", "more on this story", "read next", "recommended", "most popular", "loading",
        "loading...", "image", "more", "getty images", "copy link", "link copied", "copied", "comments",
        "toggle caption", "hide caption", "show caption", "enlarge this image", "expand", "close", "play video",
        "watch",
    ]

    /// Prefixes of one-line promotions inside article text ("READ MORE: ...").
    static let promotionPrefixes = [
        "read more:", "read more -", "related:", "more:", "watch:", "listen:", "see also:",
        "sign up to", "sign up for", "click here", "don't miss", "don’t miss", "latest:", "also read:",
    ]

    /// The blocks under `root`, furniture, link boxes and `excluded` nodes left out.
    func blocks(of roots: [Int], excluding excluded: Set<Int> = []) -> [CollectedBlock] {
        let rootSet = Set(roots)
        let collector = BlockCollector(tree: tree) { index in
            if excluded.contains(index) { return true }
            if rootSet.contains(index) { return false }
            return scorer.furniture[index] || scorer.isLinkBox(index)
        }
        return collector.blocks(in: roots).filter { !Self.isFurnitureText($0.text) }
    }

    static func isFurnitureText(_ text: String) -> Bool {
        guard text.utf8.count < 300 else { return false }
        if let answer = asciiFurnitureAnswer(text) { return answer }
        var lower = text.quickLowercased
        // Punctuation and spaces trimmed on the bytes when both ends are ASCII (the usual
        // case); Foundation's trimming otherwise.
        if let trimmed = trimmedASCII(lower) {
            lower = trimmed
        } else {
            lower = lower.trimmingCharacters(in: trimmedCharacters)
        }
        if furniturePhrases.contains(lower) { return true }
        // A prefix can only match text that starts with its first letter or with a non-ASCII
        // scalar (which the Character comparison of `hasPrefix` must judge).
        let first = lower.utf8.first ?? 0
        if text.hasFewerCharacters(than: 200)
            && promotionPrefixes.contains(where: { (first >= 0x80 || $0.utf8.first == first) && lower.hasPrefix($0) })
        {
            return true
        }
        return false
    }

    /// The longest furniture phrase, in bytes.
    static let longestFurniturePhrase = furniturePhrases.map(\.utf8.count).max() ?? 0

    /// The promotion prefixes' bytes.
    static let promotionPrefixBytes: [[UInt8]] = promotionPrefixes.map { Array($0.utf8) }

    /// `isFurnitureText` decided on the bytes, for an ASCII text (one Character a byte but
    /// for CR LF, lower-cased and trimmed byte by byte) too long, once trimmed, to be a
    /// furniture phrase: whether it starts with a promotion prefix. Nil otherwise.
    static func asciiFurnitureAnswer(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { b -> Bool? in
            var start = 0
            var end = b.count
            var pairs = 0  // CR LF: one Character
            var i = 0
            while i < b.count {
                // Eight ASCII bytes without a line feed at once.
                if i + 8 <= b.count {
                    let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 && !PageLine.hasByte(0x0A, word) {
                        i += 8
                        continue
                    }
                }
                let byte = b[i]
                if byte >= 0x80 { return nil }
                if byte == 0x0A && i > 0 && b[i - 1] == 0x0D { pairs += 1 }
                i += 1
            }
            while start < end && isTrimmedASCII(b[start]) { start += 1 }
            while end > start && isTrimmedASCII(b[end - 1]) { end -= 1 }
            if end - start <= longestFurniturePhrase {
                // Short enough to be a furniture phrase: the trimmed text, lower-cased on the
                // bytes (letters are never trimmed), looked up as `isFurnitureText` would.
                let phrase = String(unsafeUninitializedCapacity: end - start) { out in
                    for k in 0..<(end - start) { out[k] = LineText.lower(b[start + k]) }
                    return end - start
                }
                if furniturePhrases.contains(phrase) { return true }
            }
            guard b.count - pairs < 200 else { return false }  // `hasFewerCharacters(than: 200)`
            for prefix in promotionPrefixBytes where prefix.count <= end - start {
                var k = 0
                while k < prefix.count && LineText.lower(b[start + k]) == prefix[k] { k += 1 }
                if k == prefix.count { return true }
            }
            return false
        }
    }

    private static let trimmedCharacters = CharacterSet.punctuationCharacters.union(.whitespaces)

    /// `text` without the punctuation (Unicode category P) and spaces (space, tab) at its
    /// ends, as `trimmingCharacters(in: trimmedCharacters)` gives it, when the trimming
    /// stops at ASCII bytes at both ends; nil when it reaches a non-ASCII byte.
    static func trimmedASCII(_ text: String) -> String? {
        let u = text.utf8
        var start = u.startIndex
        while start < u.endIndex {
            let b = u[start]
            guard b < 0x80 else { return nil }
            guard isTrimmedASCII(b) else { break }
            start = u.index(after: start)
        }
        var end = u.endIndex
        while end > start {
            let before = u.index(before: end)
            let b = u[before]
            guard b < 0x80 else { return nil }
            guard isTrimmedASCII(b) else { break }
            end = before
        }
        if start == u.startIndex && end == u.endIndex { return text }
        return String(text[start..<end])
    }

    /// ASCII punctuation (category P) and the spaces of `CharacterSet.whitespaces`.
    private static func isTrimmedASCII(_ b: UInt8) -> Bool {
        switch b {
        case 0x09, 0x20, 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B,
            0x3F, 0x40, 0x5B, 0x5C, 0x5D, 0x5F, 0x7B, 0x7D:
            true
        default: false
        }
    }

    /// One entry: title, byline, then body blocks.
    func entry(
        index: Int, title: String?, published: String?, labels: [String], authors: [String],
        role: String? = nil, blocks: [CollectedBlock]
    ) -> Entry {
        var builder = EntryTextBuilder()
        let title = title.map { $0.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        if let title { builder.append(.title, title) }
        let name = authors.isEmpty ? nil : ListFormatter.join(authors)
        if let name { builder.append(.bylineName, name) }
        let role = authors.count == 1 ? role : nil
        if let role { builder.append(.bylineRole, role) }
        var previous: String?
        for block in blocks {
            if let title, block.text == title, block.kind == .heading || block.kind == .paragraph { continue }
            if block.text == previous { continue }
            builder.append(block.kind, block.text, marker: block.marker)
            previous = block.text
        }
        let (text, built) = builder.finish()
        return Entry(
            index: index, title: title, published: published, labels: labels,
            byline: name.map { Byline(name: $0, role: role) }, text: text, blocks: built)
    }

    // MARK: Live pages

    /// Entries for posts found in the markup.
    func entries(for posts: [LivePost]) -> [Entry] {
        posts.enumerated().map { offset, post in
            entry(
                index: offset + 1, title: post.title, published: post.published, labels: post.labels,
                authors: post.byline.map { [$0] } ?? [], role: post.bylinePlace,
                blocks: blocks(of: [post.node], excluding: Set(post.metadataNodes)))
        }
    }

    /// Entries for JSON-LD updates, each with its HTML body when the page holds it.
    ///
    /// When the page shows more posts than the structured data lists (a feed that carries
    /// only the latest updates), the page's posts are read in page order instead, each
    /// taking its headline, time and authors from its JSON-LD update where one matches.
    func entries(for updates: [LiveBlogUpdates.Update], posts: [LivePost]) -> [Entry] {
        var ids: [String: Int] = [:]
        for index in tree.nodes.indices {
            if let id = tree[index].attribute("id"), ids[id] == nil { ids[id] = index }
        }
        let detector = LiveBlogDetector(tree: tree, scorer: scorer)
        let timeNodes = Set(detector.timeNodes())
        var matcher = PostMatcher(posts: posts, tree: tree)
        let found: [LivePost?] = updates.map { update in
            if let fragment = update.fragment, var element = ids[fragment] ?? ids["block-" + fragment] {
                // An anchor inside a post names the post.
                if let holder = posts.first(where: { tree.isInside(element, $0.node) && $0.node != element }) {
                    element = holder.node
                }
                var climbs = 0
                while scorer.textLength[element] < 40 && tree[element].parent > 0 && climbs < 4 {
                    element = tree[element].parent
                    climbs += 1
                }
                let end = tree.subtreeEnd(of: element)
                let time = element < end ? (element + 1...end).first { timeNodes.contains($0) } : nil
                let post = detector.post(at: element, time: time)
                matcher.markUsed(post.node)
                return post
            }
            return matcher.match(update)
        }
        if posts.count >= 3 && posts.count > updates.count {
            var updateOfPost: [Int: Int] = [:]
            for (offset, post) in found.enumerated() { if let post { updateOfPost[post.node] = offset } }
            var ordered: [(LivePost?, LiveBlogUpdates.Update?)] = posts.map { post in
                (post, updateOfPost[post.node].map { updates[$0] })
            }
            for (offset, update) in updates.enumerated()
            where found[offset] == nil || !posts.contains(where: { $0.node == found[offset]!.node }) {
                ordered.append((found[offset], update))
            }
            return ordered.enumerated().map { offset, pair in entry(index: offset + 1, post: pair.0, update: pair.1) }
        }
        return updates.enumerated().map { offset, update in
            entry(index: offset + 1, post: found[offset], update: update)
        }
    }

    /// One live entry from a post on the page, its structured-data update, or both.
    private func entry(index: Int, post: LivePost?, update: LiveBlogUpdates.Update?) -> Entry {
        var body: [CollectedBlock] = []
        if let post {
            body = blocks(of: [post.node], excluding: Set(post.metadataNodes))
            if let headline = update?.headline, let first = body.first, first.text == headline { body.removeFirst() }
        }
        if body.isEmpty, let text = update?.body {
            body = text.split(whereSeparator: \.isNewline).map {
                CollectedBlock(kind: .paragraph, text: WhitespaceNormalizer.collapse($0))
            }
        }
        let structuredAuthors = update?.authors ?? []
        let authors = structuredAuthors.isEmpty ? (post?.byline.map { [$0] } ?? []) : structuredAuthors
        let structuredLabels = update?.labels ?? []
        let labels = structuredLabels.isEmpty ? (post?.labels ?? []) : structuredLabels
        return entry(
            index: index, title: update?.headline ?? post?.title, published: update?.published ?? post?.published,
            labels: labels, authors: authors, blocks: body)
    }

    /// Finds the post that holds an update: same headline, or its text starts the same way.
    /// Each post's text key is computed once.
    struct PostMatcher {
        let posts: [LivePost]
        let titleKeys: [String?]
        let textKeys: [String]
        var used = Set<Int>()

        init(posts: [LivePost], tree: HTMLTree) {
            self.posts = posts
            titleKeys = posts.map { $0.title.map(HTMLEntryReader.key) }
            textKeys = posts.map { HTMLEntryReader.key(tree.text(of: $0.node)) }
        }

        mutating func markUsed(_ node: Int) { used.insert(node) }

        mutating func match(_ update: LiveBlogUpdates.Update) -> LivePost? {
            var pick: Int?
            if let headline = update.headline.map(HTMLEntryReader.key), !headline.isEmpty {
                pick = posts.indices.first { !used.contains(posts[$0].node) && titleKeys[$0] == headline }
            }
            if pick == nil, let body = update.body.map(HTMLEntryReader.key), !body.isEmpty {
                let probe = String(body.prefix(60))
                pick = posts.indices.first { !used.contains(posts[$0].node) && textKeys[$0].contains(probe) }
            }
            guard let pick else { return nil }
            used.insert(posts[pick].node)
            return posts[pick]
        }
    }

    /// Letters and digits only, lower-cased: for matching text across markup.
    static func key(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) {
                    result.append(scalar)
                } else if value >= 0x41 && value <= 0x5A {
                    result.append(Unicode.Scalar(value + 0x20)!)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    // MARK: Articles

    /// The number of characters in the blocks' texts, or some number at least `limit`
    /// once it reaches `limit` (a long article is not counted to its end).
    static func characterCount(of blocks: [CollectedBlock], upTo limit: Int) -> Int {
        var total = 0
        for block in blocks {
            // ASCII text has a Character a byte (CR LF aside): counted on the bytes.
            if let count = asciiCharacterCount(block.text) {
                if total + count >= limit { return max(total, limit) }
                total += count
                continue
            }
            for _ in block.text {
                total += 1
                if total >= limit { return total }
            }
        }
        return total
    }

    /// The number of Characters of an ASCII `text` (its bytes, a CR LF pair counting
    /// once), or nil when it holds a byte outside ASCII.
    static func asciiCharacterCount(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var pairs = 0
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x0A && previous == 0x0D { pairs += 1 }
                previous = byte
            }
            return bytes.count - pairs
        }
    }

    /// The article's entry (or entries, for a "The Latest" page) and any preamble.
    /// The entries of a live page whose markup groups no posts but whose blocks, read as
    /// lines, follow a layout of the plain-text reader (`LivePageTextReader`): "Title (14:32)",
    /// "27/11 · 19:30 ART" over a title, "Updated 15:40" over a title, and the others. Nil
    /// unless the reader finds three entries or more, each with a time.
    static func livePageLayout(_ blocks: [CollectedBlock]) -> (entries: [Entry], preamble: [String])? {
        // Every such layout has a short block holding a clock time ("d:dd", "d.dd").
        guard blocks.count >= 6,
            blocks.contains(where: { $0.text.utf8.count <= 120 && LivePageTrailingClock.hasClockDigits(Substring($0.text)) })
        else { return nil }
        let text = blocks.map(\.text).joined(separator: "\n\n")
        let document = LivePageTextReader().read(text: text, sourceName: "")
        guard document.entries.count >= 3, document.entries.allSatisfy({ $0.published != nil }) else { return nil }
        return (document.entries, document.preamble)
    }

    func article(metadata: PageMetadata) -> (entries: [Entry], preamble: [String]) {
        let body = tree.nodes.indices.first { tree[$0].name == "body" } ?? 0
        var collected = blocks(of: scorer.mainContent(within: body))
        // Too little text for the page: the class words misled; try again without them.
        // Counted only up to 500 characters: past that the retry never happens.
        let found = Self.characterCount(of: collected, upTo: 500)
        if found < 500 && scorer.textLength[body] > 2 * max(found, 250) {
            let retry = HTMLEntryReader(tree: tree, scorer: ContentScorer(tree: tree, trustClassNames: false))
            let second = retry.blocks(of: retry.scorer.mainContent(within: body))
            if second.reduce(0, { $0 + $1.text.count }) > found * 2 { collected = second }
        }
        // Script-rendered pages: the HTML holds little of the text that the JSON-LD gives.
        if let articleBody = metadata.articleBody {
            let structuredWords = articleBody.split(whereSeparator: \.isWhitespace).count
            let foundWords = collected.reduce(0) { $0 + $1.text.split(separator: " ").count }
            if structuredWords >= 50 && foundWords * 2 < structuredWords {
                collected = articleBody.split(whereSeparator: \.isNewline)
                    .map { CollectedBlock(kind: .paragraph, text: WhitespaceNormalizer.collapse($0)) }
                    .filter { !$0.text.isEmpty }
            }
        }
        // The headline and the byline stand in their own blocks.
        if let title = metadata.title, case let titleKey = Self.key(title) {
            collected.removeAll {
                ($0.kind == .heading || $0.kind == .paragraph) && $0.text.utf8.count <= title.utf8.count * 2
                    && Self.key($0.text) == titleKey
            }
        }
        collected.removeAll { block in
            (block.text.hasPrefix("By ") || block.text.hasPrefix("BY ")) && block.text.count < 80
                && metadata.authors.contains { block.text.contains($0) }
        }
        if let split = TimestampedUpdateSplitter.split(collected) {
            let entries = split.updates.enumerated().map { offset, update in
                entry(
                    index: offset + 1, title: nil, published: update.time, labels: [], authors: [],
                    blocks: update.blocks)
            }
            return (entries, split.preamble.map(\.text))
        }
        if let live = Self.livePageLayout(collected) { return live }
        return (
            [
                entry(
                    index: 1, title: metadata.title, published: metadata.published, labels: [],
                    authors: metadata.authors, role: metadata.authorRole, blocks: collected)
            ], []
        )
    }
}
