import ClaimKitModel

/// One block of text found in HTML, before it goes into an `EntryTextBuilder`.
struct CollectedBlock: Hashable, Sendable {
    var kind: Block.Kind
    /// The block's content, white space collapsed.
    var text: String
    /// Text standing before the content and not part of it ("• ", "Photograph: ").
    var marker: String = ""
}

/// Turns a part of an `HTMLTree` into blocks: paragraphs, list items, headings, block
/// quotes, image captions and credits, in page order, white space collapsed, with a
/// break wherever the page breaks a line (block elements and `<br>`).
///
/// The walk is iterative, so nesting depth costs no stack.
struct BlockCollector {
    let tree: HTMLTree
    /// Subtrees left out (furniture, the entry's own headline or time).
    let excluded: (Int) -> Bool

    /// Elements that break the text into blocks.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl",
        "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table", "tr",
        "td", "th", "caption", "pre", "address", "hr", "br", "form", "fieldset", "details", "summary", "center",
        "tbody", "thead", "tfoot", "body", "html", "picture", "img", "hgroup", "legend",
    ]

    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The blocks under `roots`, in order.
    func blocks(in roots: [Int]) -> [CollectedBlock] {
        var result: [CollectedBlock] = []
        var buffer = ""
        var kinds: [(node: Int, kind: Block.Kind)] = []
        let rootSet = Set(roots)

        func flush() {
            defer { buffer = "" }
            let text = WhitespaceNormalizer.collapse(buffer)
            guard !text.isEmpty else { return }
            let kind = kinds.last?.kind ?? .paragraph
            switch kind {
            case .listItem:
                result.append(CollectedBlock(kind: .listItem, text: text, marker: "• "))
            case .imageCaption, .imageCredit:
                if let credit = CreditParser.credit(in: text) {
                    if !credit.caption.isEmpty {
                        result.append(CollectedBlock(kind: .imageCaption, text: credit.caption))
                    }
                    result.append(CollectedBlock(kind: .imageCredit, text: credit.name, marker: credit.marker))
                } else {
                    result.append(CollectedBlock(kind: kind, text: text))
                }
            default:
                if let credit = CreditParser.standaloneCredit(in: text) {
                    result.append(CollectedBlock(kind: .imageCredit, text: credit.name, marker: credit.marker))
                } else {
                    result.append(CollectedBlock(kind: kind, text: text))
                }
            }
        }

        // (index, entering) pairs; children are pushed in reverse.
        var stack: [(Int, Bool)] = roots.reversed().map { ($0, true) }
        while let (index, entering) = stack.popLast() {
            let node = tree[index]
            if node.isText {
                buffer += node.text
                continue
            }
            if entering {
                if excluded(index) { continue }
                let isBlock = Self.blockElements.contains(node.name) || Self.isCaptionLike(node)
                if isBlock { flush() }
                if node.name == "br" || node.name == "hr" { continue }
                // A root's own kind does not apply: a post that is an <li> holds paragraphs.
                if !rootSet.contains(index), let kind = Self.kind(of: node) { kinds.append((index, kind)) }
                stack.append((index, false))
                var children: [Int] = []
                var child = node.firstChild
                while child >= 0 {
                    children.append(child)
                    child = tree[child].nextSibling
                }
                for child in children.reversed() { stack.append((child, true)) }
            } else {
                let isBlock = Self.blockElements.contains(node.name) || Self.isCaptionLike(node)
                if isBlock { flush() }
                if let last = kinds.last, last.node == index { kinds.removeLast() }
            }
        }
        flush()
        return result
    }

    private static func isCaptionLike(_ node: HTMLTree.Node) -> Bool {
        guard node.name == "span" || node.name == "div" || node.name == "small" || node.name == "p" else {
            return false
        }
        let marks = node.classAndID
        return marks.containsBytes("caption") || marks.containsBytes("credit")
    }

    private static func kind(of node: HTMLTree.Node) -> Block.Kind? {
        switch node.name {
        case "li": return .listItem
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
        case "blockquote": return .blockQuote
        case "figcaption": return .imageCaption
        default: break
        }
        if isCaptionLike(node) {
            let marks = node.classAndID
            if marks.containsBytes("credit") || marks.containsBytes("copyright") { return .imageCredit }
            return .imageCaption
        }
        if node.attribute("itemprop") == "copyrightHolder" { return .imageCredit }
        return nil
    }
}

/// Finds the credited name in an image credit: "Photograph: Reuters", "(Image: Getty)",
/// "Image source, EPA", "Credit: AP Photo/Jane Doe".
enum CreditParser {
    static let prefixes = [
        "image source, ", "image copyright, ", "photograph: ", "photo: ", "photos: ", "photo credit: ", "image: ",
        "images: ", "picture: ", "pictures: ", "pic: ", "credit: ", "credits: ", "copyright ", "© ", "illustration: ",
        "video: ", "source: ", "credit...", "credit…", "photo illustration: ",
    ]

    /// The lower-cased first bytes of the ASCII prefixes.
    static let creditInitials: Set<UInt8> = Set(prefixes.compactMap { $0.utf8.first }.filter { $0 < 0x80 })

    /// A caption's trailing or whole credit.
    static func credit(in text: String) -> (caption: String, marker: String, name: String)? {
        if let whole = standaloneCredit(in: text) { return ("", whole.marker, whole.name) }
        // "Caption text (Image: Getty)" / "Caption text Photograph: Reuters"
        let lower = text.lowercased()
        for prefix in prefixes where prefix.count > 4 {
            let trimmed = prefix.hasSuffix(" ") ? String(prefix.dropLast()) : prefix
            if let range = lower.range(of: " (" + trimmed, options: .backwards)
                ?? lower.range(of: " " + trimmed, options: .backwards)
            {
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                let start = text.index(text.startIndex, offsetBy: offset)
                let caption = String(text[..<start]).trimmingSpaces
                let tail = String(text[start...]).trimmingSpaces
                if let credit = standaloneCredit(in: tail), !caption.isEmpty {
                    return (caption, credit.marker, credit.name)
                }
            }
        }
        return nil
    }

    /// A block that is only a credit.
    static func standaloneCredit(in text: String) -> (marker: String, name: String)? {
        var body = Substring(text)
        if body.hasPrefix("("), body.hasSuffix(")") { body = body.dropFirst().dropLast() }
        // Most blocks start with no credit word: look at the first letter before counting
        // characters or lower-casing.
        if let first = body.utf8.first, first < 0x80, !creditInitials.contains(first | 0x20) { return nil }
        guard text.hasFewerCharacters(than: 120) else { return nil }
        let lower = body.lowercased()
        for prefix in prefixes where lower.hasPrefix(prefix) {
            let name = body.dropFirst(prefix.count).trimmingSpaces
            guard !name.isEmpty, name.count < 80 else { return nil }
            return (String(body.prefix(prefix.count)), name)
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !WhitespaceNormalizer.isSpace($0) }),
            let last = scalars.lastIndex(where: { !WhitespaceNormalizer.isSpace($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
