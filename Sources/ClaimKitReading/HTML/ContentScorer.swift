import Foundation

/// Finds an article's main text in a page, the way content extractors do, in our own
/// words: paragraphs vote for their ancestors (more for long text and commas, less the
/// further up), containers are weighted by tag and by `class`/`id` words and discounted by
/// their link density, the best container wins, and siblings that score close to it or
/// read like prose join it. Furniture (see `BoilerplateClassifier`) takes no part, and
/// link-heavy boxes inside the winner are cleaned out.
///
/// Every pass is a loop over the node array (children follow their parents), so nothing
/// recurses.
struct ContentScorer {
    let tree: HTMLTree
    /// Whether each node lies inside furniture (its own markup or an ancestor's).
    private(set) var furniture: [Bool]
    /// Visible text length under each node, furniture left out.
    private(set) var textLength: [Int]
    /// The part of `textLength` inside links.
    private(set) var linkLength: [Int]
    private var commas: [Int]
    private var paragraphCount: [Int]
    private var hasBlockChild: [Bool]

    /// Elements that break a line without making their parent a container of blocks.
    static let lineBreaks: Set<String> = ["br", "hr", "img", "picture"]
    static let paragraphTags: Set<String> = ["p", "pre", "td", "dd"]
    static let phrasingContainers: Set<String> = ["div", "section", "article", "span", "font", "center"]

    /// - Parameter trustClassNames: whether `class`/`id` words may mark furniture (a second
    ///   try without them rescues pages whose wrappers have unlucky names).
    init(tree: HTMLTree, classifier: BoilerplateClassifier = BoilerplateClassifier(), trustClassNames: Bool = true) {
        self.tree = tree
        let count = tree.nodes.count
        // Raw text per subtree, to keep a page-sized wrapper from being called furniture.
        var raw = Array(repeating: 0, count: count)
        var rawLinks = Array(repeating: 0, count: count)
        var rawParagraphs = Array(repeating: 0, count: count)
        var textCommas = Array(repeating: 0, count: count)  // of text nodes, counted in the same pass
        for index in stride(from: count - 1, to: 0, by: -1) {
            let node = tree[index]
            if node.isText {
                (raw[index], textCommas[index]) = WhitespaceNormalizer.visibleLengthAndCommas(node.text)
            }
            if node.traits.contains(.anchor) { rawLinks[index] = raw[index] }
            if node.traits.contains(.paragraph) && raw[index] >= 80 { rawParagraphs[index] += 1 }
            raw[node.parent] += raw[index]
            rawLinks[node.parent] += rawLinks[index]
            rawParagraphs[node.parent] += rawParagraphs[index]
        }
        let pageText = max(raw[0], 1)
        furniture = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphCount = Array(repeating: 0, count: count)
        hasBlockChild = Array(repeating: false, count: count)
        var inLink = Array(repeating: false, count: count)
        for index in 1..<max(count, 1) {
            let node = tree[index]
            let parent = node.parent
            if furniture[parent] {
                furniture[index] = true
            } else {
                switch classifier.verdict(node) {
                case .content: break
                case .markup: furniture[index] = true
                case .certainClassNames: furniture[index] = trustClassNames
                case .classNames:
                    // A page-sized wrapper, or a run of prose paragraphs, is not a widget.
                    let prose = rawParagraphs[index] >= 3 && raw[index] >= 1000 && rawLinks[index] * 4 < raw[index]
                    furniture[index] = trustClassNames && raw[index] * 2 < pageText && !prose
                }
            }
            inLink[index] = inLink[parent] || node.traits.contains(.anchor)
            if node.isText && !furniture[index] {
                let length = raw[index]
                textLength[index] = length
                if inLink[index] { linkLength[index] = length }
                commas[index] = textCommas[index]
            }
            if node.traits.contains(.paragraph) && !furniture[index] { paragraphCount[index] = 1 }
        }
        for index in stride(from: count - 1, to: 0, by: -1) {
            let node = tree[index]
            let parent = node.parent
            guard parent >= 0, !furniture[index] else { continue }
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
            paragraphCount[parent] += paragraphCount[index]
            // "#text" is no block element.
            if node.traits.contains(.block) && !node.traits.contains(.lineBreak) { hasBlockChild[parent] = true }
        }
    }

    /// The share of `index`'s text inside links.
    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    /// The main content: the winning container and the siblings that join it, in page order.
    func mainContent(within scope: Int = 0) -> [Int] {
        var score: [Int: Double] = [:]
        let end = tree.subtreeEnd(of: scope)
        guard scope < end else { return [scope] }
        for index in scope + 1...end where !furniture[index] {
            let node = tree[index]
            guard node.isElement else { continue }
            let isParagraph =
                node.traits.contains(.paragraphTag)
                || (node.traits.contains(.phrasingContainer) && !hasBlockChild[index])
            guard isParagraph, textLength[index] >= 25 else { continue }
            let contentScore = 1.0 + Double(commas[index]) + Double(min(textLength[index] / 100, 3))
            var ancestor = node.parent
            var level = 0
            while ancestor > 0 && level < 5 && ancestor >= scope {
                if score[ancestor] == nil { score[ancestor] = Self.initialScore(tree[ancestor]) }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3)
                score[ancestor, default: 0] += contentScore / divider
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
        var finalScore: [Int: Double] = [:]
        for (index, value) in score where !furniture[index] {
            finalScore[index] = value * (1 - linkDensity(index))
        }
        guard var top = finalScore.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
        else {
            return [scope]
        }
        let topScore = finalScore[top] ?? 0
        // Several strong candidates under one ancestor: the article is split; take the ancestor.
        let alternatives = finalScore.filter { $0.key != top && $0.value >= topScore * 0.75 }.map(\.key)
        if alternatives.count >= 2 {
            var ancestor = tree[top].parent
            while ancestor > scope {
                let inside = alternatives.filter { tree.isInside($0, ancestor) }.count
                if inside >= 2 {
                    top = ancestor
                    break
                }
                ancestor = tree[ancestor].parent
            }
        }
        // An ancestor scoring nearly as well holds the rest of a split article.
        var ancestor = tree[top].parent
        var steps = 0
        while ancestor > scope && steps < 3 {
            if let value = finalScore[ancestor], value >= topScore * 0.9 { top = ancestor }
            ancestor = tree[ancestor].parent
            steps += 1
        }
        // A lone child says nothing its parent does not.
        while tree[top].parent > scope, tree.elementChildren(of: tree[top].parent).count == 1,
            tree[tree[top].parent].name != "body"
        {
            top = tree[top].parent
        }
        // Siblings that score near the winner or read as prose.
        let parent = tree[top].parent
        guard parent >= 0 else { return [top] }
        let best = finalScore[top] ?? topScore
        let threshold = max(10, best * 0.2)
        let topClass = tree[top].attribute("class")
        var selected: [Int] = []
        for sibling in tree.elementChildren(of: parent) where !furniture[sibling] {
            if sibling == top {
                selected.append(sibling)
                continue
            }
            var siblingScore = finalScore[sibling] ?? 0
            if let topClass, !topClass.isEmpty, tree[sibling].attribute("class") == topClass {
                siblingScore += best * 0.2
            }
            if siblingScore >= threshold {
                selected.append(sibling)
            } else if tree[sibling].name == "figure"
                || (textLength[sibling] < 400 && !tree.descendants(of: sibling, named: ["figcaption"]).isEmpty)
            {
                selected.append(sibling)  // the article's picture and its caption
            } else if tree[sibling].name == "p" {
                let density = linkDensity(sibling)
                let length = textLength[sibling]
                if (length > 80 && density < 0.25)
                    || (length > 0 && density == 0 && tree.text(of: sibling).contains(". "))
                {
                    selected.append(sibling)
                }
            }
        }
        // An article split into several containers of one kind (ads between them): take them all.
        if let firstClass = tree[top].attribute("class")?.split(separator: " ").first, firstClass.count >= 4 {
            let signature = LiveBlogDetector.signature(tree[top])
            for index in scope + 1...end
            where !furniture[index] && tree[index].name == tree[top].name
                && LiveBlogDetector.signature(tree[index]) == signature && textLength[index] >= 50
                && linkDensity(index) < 0.3
                && !selected.contains(where: { tree.isInside(index, $0) || tree.isInside($0, index) })
            {
                selected.append(index)
            }
            selected.sort()
        }
        return selected
    }

    /// A container's starting score, by tag and by `class`/`id` words.
    static func initialScore(_ node: HTMLTree.Node) -> Double {
        var score: Double
        switch node.name {
        case "div", "article", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        return score + BoilerplateClassifier.contentWeight(node)
    }

    /// Whether a box inside the main content is a link list or widget to clean out.
    func isLinkBox(_ index: Int) -> Bool {
        let node = tree[index]
        // div, section, ul, ol, table, header, figure, dl, p.
        guard node.traits.contains(.linkBoxCandidate) else { return false }
        let length = textLength[index]
        guard length > 0 else { return false }
        let density = linkDensity(index)
        if node.name == "p" { return density > 0.9 && length < 160 }
        if density > 0.5 { return true }
        if paragraphCount[index] == 0 && density > 0.25 && length < 200 && node.name != "ul" && node.name != "ol" {
            return true
        }
        return false
    }
}
