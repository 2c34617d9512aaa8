import Foundation

/// A page's own title, byline, date and address, from JSON-LD, meta tags, then markup.
struct PageMetadata {
    var title: String?
    var authors: [String] = []
    /// The writer's role or whereabouts as the byline gives it ("Staff Writer"), for a single writer.
    var authorRole: String?
    var published: String?
    var url: String?
    var siteName: String?
    /// The article's text as its JSON-LD gives it (`articleBody`), for pages whose HTML lacks it.
    var articleBody: String?
    /// The page's summary (`og:description` or `description`).
    var description: String?

    init(tree: HTMLTree, structured: StructuredData) {
        var meta: [String: String] = [:]
        var documentTitle: String?
        var headings: [String] = []
        var bylineCandidates: [(text: String, role: String?)] = []
        var timeValue: String?
        for index in tree.nodes.indices {
            let node = tree[index]
            guard node.isElement else { continue }  // text: none of the cases below
            switch node.name {
            case "meta":
                guard let content = node.attribute("content")?.trimmingSpaces, !content.isEmpty else { continue }
                for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop")].compactMap({
                    $0?.lowercased()
                })
                where meta[key] == nil {
                    meta[key] = content
                }
            case "title":
                if documentTitle == nil { documentTitle = tree.text(of: index) }
            case "h1":
                if headings.count < 10 {
                    let text = tree.text(of: index)
                    if !text.isEmpty { headings.append(text) }
                }
            case "link":
                if url == nil, node.attribute("rel")?.lowercased() == "canonical" { url = node.attribute("href") }
            case "time":
                if timeValue == nil { timeValue = node.attribute("datetime") }
            default:
                break
            }
            if bylineCandidates.count < 12, !node.attributes.isEmpty {  // no attribute: no byline mark
                let marks = node.classAndID
                if node.attribute("rel") == "author" || node.attribute("itemprop") == "author"
                    || ((marks.containsBytes("byline") || marks.containsBytes("author")) && !marks.containsBytes("time")
                        && !marks.containsBytes("date")
                        && !marks.containsBytes("bio") && !marks.containsBytes("image") && !marks.containsBytes("photo"))
                {
                    // A part called a title or role ("Staff Writer") is the writer's role.
                    let roleNodes = tree.descendants(of: index, named: ["span", "div", "p", "small", "em"]).filter {
                        let marks = tree[$0].classAndID
                        return marks.containsBytes("title") || marks.containsBytes("role") || marks.containsBytes("job")
                            || marks.containsBytes("position")
                    }
                    let roles = Set(roleNodes)
                    let parts = BlockCollector(tree: tree, excluded: { roles.contains($0) }).blocks(in: [index]).map(
                        \.text)
                    let text = parts.joined(separator: " | ")
                    let role = roleNodes.first.map { tree.text(of: $0) }.flatMap {
                        $0.isEmpty || $0.count > 60 ? nil : $0
                    }
                    if !text.isEmpty && text.count < 160 { bylineCandidates.append((text, role)) }
                }
            }
        }
        let articles = structured.objects(
            ofType: [
                "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                "LiveBlogPosting",
                "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "WebPage",
            ],
            suffixes: ["NewsArticle"])
        // Prefer an article-type object over WebPage.
        let article = articles.first { !StructuredData.types(of: $0).contains("WebPage") } ?? articles.first
        // The page's main heading: the h1 that shares most words with <title>, else the first.
        let titleWords = Set(Self.words(documentTitle ?? ""))
        let firstH1 =
            headings.max { lhs, rhs in
                Self.overlap(lhs, titleWords) < Self.overlap(rhs, titleWords)
            }.flatMap { Self.overlap($0, titleWords) > 0.5 ? $0 : nil } ?? (titleWords.isEmpty ? headings.first : nil)
        title =
            StructuredData.string(article?["headline"]) ?? meta["og:title"] ?? meta["twitter:title"] ?? firstH1
            ?? documentTitle.map(Self.strippingSiteName)
        if let h1 = firstH1, let current = title, h1.count > 15, Self.words(h1) == Self.words(current) { title = h1 }
        authors = StructuredData.personNames(article?["author"]).compactMap(Self.cleanName)
        if authors.isEmpty, let author = meta["author"] ?? meta["article:author"] ?? meta["byl"],
            let name = Self.cleanName(author)
        {
            authors = [name]
        }
        for candidate in bylineCandidates {
            guard let name = Self.cleanName(candidate.text) else { continue }
            if authors.isEmpty { authors = [name] }
            if authors == [name] {
                authorRole = candidate.role
                break
            }
        }
        authors = authors.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        published = [
            StructuredData.string(article?["datePublished"]), meta["article:published_time"], meta["datepublished"],
            meta["date"], meta["pubdate"], timeValue,
        ].lazy.compactMap { $0 }.first(where: Self.isPlausibleDate)
        url = url ?? StructuredData.string(article?["url"]) ?? meta["og:url"]
        siteName = meta["og:site_name"]
        articleBody = (article?["articleBody"] as? String).map(EntityDecoder.decode)
        description = meta["og:description"] ?? meta["description"] ?? meta["twitter:description"]
    }

    /// A byline cleaned to a name ("By Jane Doe" -> "Jane Doe"), or nil when it does not
    /// read as one (a date, a handle, a link, a run of page text).
    static func cleanName(_ text: String) -> String? {
        var name = strippingBy(WhitespaceNormalizer.collapse(text))
        for separator in [" | ", " • ", "\n", " Updated", " Published", " Twitter", " Email", " @"] {
            if let range = name.range(of: separator) { name = String(name[..<range.lowerBound]) }
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–—"))
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 8, name.count <= 80 else { return nil }
        guard !name.contains(where: { $0.isNumber || $0 == "@" || $0 == "/" }), !name.hasPrefix("http") else {
            return nil
        }
        let lower = name.lowercased()
        guard !["by", "and", "staff", "author", "authors", "more"].contains(lower) else { return nil }
        let capitalised = words.filter { $0.first?.isUppercase == true }.count
        return capitalised * 2 >= words.count ? name : nil
    }

    /// Whether a date string is plausible (not a placeholder such as year 1 or 1970).
    static func isPlausibleDate(_ text: String) -> Bool {
        guard let year = Int(text.prefix(4)) else { return !text.isEmpty }
        return year > 1990 && year < 2200
    }

    /// "By Jane Doe" -> "Jane Doe".
    static func strippingBy(_ text: String) -> String {
        var result = text.trimmingSpaces
        for prefix in ["By ", "by ", "BY "] where result.hasPrefix(prefix) {
            result = String(result.dropFirst(prefix.count))
        }
        return result
    }

    /// "Headline | Site" -> "Headline".
    static func strippingSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — "] {
            if let range = title.range(of: separator, options: .backwards) {
                let head = String(title[..<range.lowerBound])
                if head.split(separator: " ").count >= 3 { return head }
            }
        }
        return title
    }

    /// The share of `text`'s words found in `words`.
    static func overlap(_ text: String, _ words: Set<String>) -> Double {
        let own = Self.words(text)
        guard !own.isEmpty else { return 0 }
        return Double(own.filter { words.contains($0) }.count) / Double(own.count)
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
