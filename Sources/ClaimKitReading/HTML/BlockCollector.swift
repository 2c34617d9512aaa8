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

        // (index, entering, whether a block element) triples; children are pushed in reverse.
        var stack: [(index: Int, entering: Bool, isBlock: Bool)] = roots.reversed().map { ($0, true, false) }
        var children: [Int] = []
        while let (index, entering, wasBlock) = stack.popLast() {
            if tree[index].isText {  // read in place: a text node is never copied
                buffer += tree[index].text
                continue
            }
            if entering {
                if excluded(index) { continue }
                let node = tree[index]
                let isBlock = node.traits.contains(.block) || Self.isCaptionLike(node)
                if isBlock { flush() }
                if node.traits.contains(.rule) { continue }
                // A root's own kind does not apply: a post that is an <li> holds paragraphs.
                if !rootSet.contains(index), let kind = Self.kind(of: node) { kinds.append((index, kind)) }
                stack.append((index, false, isBlock))
                children.removeAll(keepingCapacity: true)
                var child = node.firstChild
                while child >= 0 {
                    children.append(child)
                    child = tree[child].nextSibling
                }
                for child in children.reversed() { stack.append((child, true, false)) }
            } else {
                if wasBlock { flush() }
                if let last = kinds.last, last.node == index { kinds.removeLast() }
            }
        }
        flush()
        return result
    }

    private static func isCaptionLike(_ node: HTMLTree.Node) -> Bool {
        guard node.traits.contains(.captionCandidate), !node.attributes.isEmpty else { return false }
        let marks = node.classAndID
        return marks.containsBytes("caption") || marks.containsBytes("credit")
    }

    private static func kind(of node: HTMLTree.Node) -> Block.Kind? {
        // Most elements are none of the kinds below and carry no attributes.
        if node.attributes.isEmpty && !node.traits.contains(.block) { return nil }
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

    /// The bytes of `prefixes`.
    static let prefixBytes: [[UInt8]] = prefixes.map { Array($0.utf8) }

    /// For each ASCII byte, the indices of the prefixes starting with it.
    static let prefixesByInitial: [[Int]] = (0..<128).map { byte in
        prefixBytes.indices.filter { prefixBytes[$0].first == UInt8(byte) }
    }


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

    /// Whether the leading ASCII bytes of `body` already differ, lower-cased, from every
    /// prefix: no prefix can then start `body.lowercased()`. A prefix that reaches a byte
    /// outside ASCII (in `body` or in itself) is not ruled out.
    static func asciiBytesRuleOut(_ body: Substring) -> Bool {
        body.utf8.withContiguousStorageIfAvailable { b -> Bool in
            // A prefix whose first byte differs from the lower-cased first one of an ASCII
            // `body` is ruled out: only the others are compared.
            guard let c = b.first, c < 0x80 else { return false }
            for prefix in prefixesByInitial[Int(LineText.lower(c))].lazy.map({ prefixBytes[$0] }) {
                var differs = false
                var k = 0
                for p in prefix {
                    guard k < b.count else { break }  // `body` ends first: no prefix of it
                    let c = b[k]
                    if c >= 0x80 { break }
                    // An ASCII scalar lower-cases to ASCII: never to a byte of a longer one.
                    if LineText.lower(c) != p {
                        differs = true
                        break
                    }
                    k += 1
                }
                if !differs && !(k < prefix.count && k == b.count) { return false }
            }
            return true
        } ?? false
    }

    /// A block that is only a credit.
    static func standaloneCredit(in text: String) -> (marker: String, name: String)? {
        // Most blocks start with an ASCII byte that is neither "(" nor the first letter of a
        // credit word: decided on that byte before any Character is compared.
        if let first = text.utf8.first, first < 0x80, first != 0x28, prefixesByInitial[Int(first | 0x20)].isEmpty {
            return nil
        }
        var body = Substring(text)
        // Only a block whose first byte is "(" can start with the Character "(".
        if text.utf8.first == 0x28, body.hasPrefix("("), body.hasSuffix(")") { body = body.dropFirst().dropLast() }
        // Most blocks start with no credit word: look at the first letter before counting
        // characters or lower-casing.
        if let first = body.utf8.first, first < 0x80, prefixesByInitial[Int(first | 0x20)].isEmpty { return nil }
        if asciiBytesRuleOut(body) { return nil }
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
