/// Decides from an element's own markup (tag, role, `class`/`id`, hidden flags) whether it
/// is page furniture rather than content: navigation, related links, ads, share widgets,
/// newsletter boxes, cookie banners, comments.
///
/// The patterns follow the idea of readability's "unlikely candidate" and trafilatura's
/// boilerplate lists (class and id words), written as data here: strong words always
/// mark furniture; weak words do unless a content word ("article", "body", "story") is
/// there too.
struct BoilerplateClassifier: Sendable {
    /// Tags that are furniture wherever they appear.
    static let furnitureTags: Set<String> = ["nav", "aside", "footer", "menu"]

    /// ARIA roles of furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "complementary", "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search",
        "banner", "toolbar", "tablist",
    ]

    /// Class or id fragments that mark furniture even next to a content word.
    static let strongFragments: [String] = [
        "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter", "subscribe",
        "subscription", "signup", "sign-up", "cookie", "consent", "gdpr", "outbrain", "taboola", "promo",
        "advert", "sponsor", "most-read", "mostread", "most-popular", "mostpopular", "breadcrumb", "trending",
        "more-on", "more-from", "morefrom", "more-stories", "read-more", "readmore", "also-read", "paywall-prompt",
        "skip-link", "skiplink", "off-screen", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader",
        "offscreen",
        "print-only", "popup", "modal", "overlay", "toolbar", "navbar", "nav-bar", "masthead", "site-header",
        "site-footer", "pagination", "author-bio", "authorbio", "tag-list", "taglist", "topic-list", "keywords",
        "follow", "donate", "byline", "dateline", "timestamp", "publish-date", "article-meta", "post-meta",
        "story-meta", "flyout", "signin", "login", "widget", "sidebar", "inline-link-list", "editors-pick",
        "recirc", "jump-link", "ad-slot", "adslot", "ad-container", "ad-wrapper", "adwrapper", "dfp", "gpt-ad",
        "native-ad", "featured-video", "video-player", "playlist", "podcast-promo",
    ]

    /// The strong fragments that no article body carries, however long the element is.
    static let certainFragments: [String] = [
        "comment", "disqus", "related", "recommend", "newsletter", "outbrain", "taboola", "cookie", "consent",
        "most-read", "mostread", "most-popular", "mostpopular", "trending",
    ]

    /// Class or id fragments that mark furniture unless a content word is there too.
    static let weakFragments: [String] = [
        "banner", "footer", "menu", "navigation", "extra", "supplement", "rail", "teaser", "card-list",
        "tools", "utility", "meta", "header", "links", "caption-credit",
    ]

    /// Whole class or id words (split on non-letters) that mark furniture.
    static let furnitureWords: Set<String> = [
        "ad", "ads", "advertisement", "nav", "hide", "hidden", "tags", "tag", "aside", "sticky", "hid", "print",
    ]

    /// Fragments of content containers.
    static let contentFragments: [String] = [
        "article", "body", "content", "entry", "main", "post", "text", "story", "blog", "prose", "paragraph",
    ]

    /// Why an element is furniture, if it is.
    enum Verdict: Sendable {
        /// Not furniture.
        case content
        /// Furniture by tag, role or a hidden flag: certain.
        case markup
        /// Furniture by its `class` or `id` words: a guess, which a big container overrules.
        case classNames
        /// Furniture by a word that content never carries ("comment", "related", "newsletter").
        case certainClassNames
    }

    /// Whether the element is furniture by its own markup.
    func isFurniture(_ node: HTMLTree.Node) -> Bool { verdict(node) != .content }

    /// Whether, and why, the element is furniture by its own markup.
    func verdict(_ node: HTMLTree.Node) -> Verdict {
        guard node.isElement else { return .content }
        if node.traits.contains(.root) { return .content }
        if node.traits.contains(.furnitureTag) { return .markup }
        guard !node.attributes.isEmpty else { return .content }  // most elements: no role, class or id
        if node.attribute("hidden") != nil { return .markup }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return .markup }
        if let role = node.attribute("role")?.lowercased(), Self.furnitureRoles.contains(role) { return .markup }
        let marks = node.classAndID
        guard !marks.isEmpty else { return .content }
        if Self.strongFragments.contains(where: { marks.containsBytes($0) }) || Self.hasFurnitureWord(marks) {
            if Self.isExemptContainer(node, marks) { return .content }
            return Self.certainFragments.contains(where: { marks.containsBytes($0) }) ? .certainClassNames : .classNames
        }
        if Self.weakFragments.contains(where: { marks.containsBytes($0) }) {
            return Self.contentFragments.contains(where: { marks.containsBytes($0) }) ? .content : .classNames
        }
        return .content
    }

    /// Main containers are not dropped for a furniture word unless it is their main word.
    private static func isExemptContainer(_ node: HTMLTree.Node, _ marks: String) -> Bool {
        guard node.name == "main" || node.name == "article" else { return false }
        return
            !(marks.containsBytes("comment") || marks.containsBytes("related") || marks.containsBytes("promo")
            || marks.containsBytes("recommend"))
    }

    private static func hasFurnitureWord(_ marks: String) -> Bool {
        var word = ""
        for character in marks {
            if character.isLetter && character.isLowercase {
                word.append(character)
            } else {
                if furnitureWords.contains(word) { return true }
                word = ""
            }
        }
        return furnitureWords.contains(word)
    }

    /// Whether `marks` (class and id) hint at a content container.
    static func contentWeight(_ node: HTMLTree.Node) -> Double {
        let marks = node.classAndID
        var weight = 0.0
        if marks.isEmpty { return 0 }
        if contentFragments.contains(where: { marks.containsBytes($0) }) { weight += 25 }
        if strongFragments.contains(where: { marks.containsBytes($0) })
            || weakFragments.contains(where: { marks.containsBytes($0) })
        {
            weight -= 25
        }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { weight += 50 }
        return weight
    }
}
