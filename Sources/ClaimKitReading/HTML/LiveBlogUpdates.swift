/// The updates of a schema.org `LiveBlogPosting` (`liveBlogUpdate` as one object or a
/// list, the posting itself anywhere in a script or an `@graph`).
struct LiveBlogUpdates {
    struct Update {
        var headline: String?
        var published: String?
        var authors: [String]
        var body: String?
        /// The fragment of the update's URL or `@id` (`live-1924698-qq0im`), which names its element.
        var fragment: String?
        var labels: [String]
    }

    /// Words that label an update rather than name its topic.
    static let labelWords: Set<String> = [
        "breaking", "breaking news", "key event", "key events", "pinned", "analysis", "summary", "update", "exclusive",
        "correction", "explainer", "opinion", "fact check", "recap", "latest",
    ]

    var headline: String?
    var description: String?
    var updates: [Update] = []

    init?(structured: StructuredData) {
        let postings = structured.objects(ofType: ["LiveBlogPosting"])
        guard let posting = postings.first(where: { $0["liveBlogUpdate"] != nil }) else { return nil }
        headline = StructuredData.string(posting["headline"])
        description = StructuredData.string(posting["description"])
        var raw: [[String: Any]] = []
        if let one = posting["liveBlogUpdate"] as? [String: Any] { raw = [one] }
        if let list = posting["liveBlogUpdate"] as? [Any] { raw = list.compactMap { $0 as? [String: Any] } }
        updates = raw.map { object in
            let address = StructuredData.string(object["url"]) ?? StructuredData.string(object["@id"])
            let fragment = address.flatMap { $0.split(separator: "#", maxSplits: 1).dropFirst().first.map(String.init) }
            // Keywords and sections often hold topics; only label words count as labels.
            var candidates: [String] = []
            if let keywords = object["keywords"] as? [Any] {
                candidates = keywords.compactMap { StructuredData.string($0) }
            }
            if let keywords = object["keywords"] as? String {
                candidates = keywords.split(separator: ",").map { $0.trimmingSpaces }
            }
            if let section = StructuredData.string(object["articleSection"]) { candidates.append(section) }
            let labels = candidates.filter { Self.labelWords.contains($0.lowercased()) }
            return Update(
                headline: StructuredData.string(object["headline"]) ?? StructuredData.string(object["name"]),
                published: StructuredData.string(object["datePublished"]) ?? StructuredData.string(
                    object["dateCreated"])
                    ?? StructuredData.string(object["dateModified"]),
                authors: StructuredData.personNames(object["author"]),
                body: (object["articleBody"] as? String).map(EntityDecoder.decode)
                    ?? StructuredData.string(object["text"]),
                fragment: fragment, labels: labels)
        }
        // A headline repeated on every update is the page's, not the updates'.
        let headlines = Set(updates.compactMap(\.headline))
        if updates.count >= 3, headlines.count == 1, updates.allSatisfy({ $0.headline != nil }) {
            for index in updates.indices { updates[index].headline = nil }
        }
    }
}
