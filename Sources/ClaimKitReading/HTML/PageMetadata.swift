import Foundation

/// A page's own title, byline, date and address, from JSON-LD, meta tags, then markup.
struct PageMetadata {
    var title: String?
    var authors: [String] = []
    var published: String?
    var url: String?
    var siteName: String?

    init(tree: HTMLTree, structured: StructuredData) {
        var meta: [String: String] = [:]
        var documentTitle: String?
        var firstH1: String?
        var bylineText: String?
        var timeValue: String?
        for index in tree.nodes.indices {
            let node = tree[index]
            switch node.name {
            case "meta":
                guard let content = node.attribute("content")?.trimmingSpaces, !content.isEmpty else { continue }
                for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop")].compactMap({ $0?.lowercased() })
                where meta[key] == nil {
                    meta[key] = content
                }
            case "title":
                if documentTitle == nil { documentTitle = tree.text(of: index) }
            case "h1":
                if firstH1 == nil { let text = tree.text(of: index); if !text.isEmpty { firstH1 = text } }
            case "link":
                if url == nil, node.attribute("rel")?.lowercased() == "canonical" { url = node.attribute("href") }
            case "time":
                if timeValue == nil { timeValue = node.attribute("datetime") }
            default:
                break
            }
            if bylineText == nil, node.isElement {
                let marks = node.classAndID
                if node.attribute("rel") == "author" || node.attribute("itemprop") == "author"
                    || (marks.contains("byline") && !marks.contains("time") && !marks.contains("date")) {
                    let text = tree.text(of: index)
                    if !text.isEmpty && text.count < 120 { bylineText = text }
                }
            }
        }
        let articles = structured.objects(
            ofType: ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "LiveBlogPosting",
                     "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "WebPage"],
            suffixes: ["NewsArticle"])
        // Prefer an article-type object over WebPage.
        let article = articles.first { !StructuredData.types(of: $0).contains("WebPage") } ?? articles.first
        title = StructuredData.string(article?["headline"]) ?? meta["og:title"] ?? meta["twitter:title"] ?? firstH1
            ?? documentTitle.map(Self.strippingSiteName)
        if let h1 = firstH1, let current = title, h1.count > 15, Self.words(h1) == Self.words(current) { title = h1 }
        authors = StructuredData.names(article?["author"])
        if authors.isEmpty, let author = meta["author"] ?? meta["article:author"] ?? meta["byl"], !author.hasPrefix("http") {
            authors = [Self.strippingBy(author)]
        }
        if authors.isEmpty, let byline = bylineText { authors = [Self.strippingBy(byline)] }
        authors = authors.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        published = StructuredData.string(article?["datePublished"]) ?? meta["article:published_time"]
            ?? meta["datepublished"] ?? meta["date"] ?? meta["pubdate"] ?? timeValue
        url = url ?? StructuredData.string(article?["url"]) ?? meta["og:url"]
        siteName = meta["og:site_name"]
    }

    /// "By Jane Doe" -> "Jane Doe".
    static func strippingBy(_ text: String) -> String {
        var result = text.trimmingSpaces
        for prefix in ["By ", "by ", "BY "] where result.hasPrefix(prefix) { result = String(result.dropFirst(prefix.count)) }
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

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
