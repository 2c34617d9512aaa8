/// A parsed HTML page as Swift values: an arena of nodes in document order, addressed by
/// index, with no C type and no class references (so a 10,000-deep page cannot overflow
/// the stack when it is freed). Index 0 is the document root.
///
/// Because nodes are appended in document order, a child's index is always greater than
/// its parent's: a reverse loop over the indices visits children before their parents,
/// which is how the readers aggregate text lengths without recursion.
struct HTMLTree: Sendable {
    /// One element or text node.
    ///
    /// A class: the readers walk the node array many times, and taking a node out of it
    /// (`let node = tree[i]`) then costs one reference count, not one per string and
    /// array the node holds. Only `HTMLTreeBuilder` changes nodes, while it builds.
    final class Node: @unchecked Sendable {
        /// The lower-case element name, or `#text` for text, `#document` for the root.
        let name: String
        /// What the readers ask of the element name, decided once (see `NodeTraits`).
        let traits: NodeTraits
        /// A text node's text (entities decoded), empty for elements.
        var text: String
        /// The attributes the readers use (see `HTMLTreeBuilder.keptAttributes`).
        let attributes: [(name: String, value: String)]
        /// The parent's index; -1 for the root.
        var parent: Int
        /// The first child's index, or -1.
        var firstChild: Int = -1
        /// The last child's index, or -1.
        var lastChild: Int = -1
        /// The next sibling's index, or -1.
        var nextSibling: Int = -1
        /// Distance from the root.
        var depth: Int

        init(name: String, text: String = "", attributes: [(name: String, value: String)] = [], parent: Int, depth: Int) {
            self.name = name
            self.traits = NodeTraits.of(name)
            self.text = text
            self.attributes = attributes
            self.parent = parent
            self.depth = depth
        }

        /// A node whose traits are known (`NodeTraits.of(name)`).
        init(name: String, traits: NodeTraits, text: String = "", attributes: [(name: String, value: String)] = [], parent: Int) {
            self.name = name
            self.traits = traits
            self.text = text
            self.attributes = attributes
            self.parent = parent
            self.depth = 0
        }

        var isText: Bool { traits.contains(.text) }
        var isElement: Bool { traits.contains(.element) }

        /// The value of attribute `name`, if present.
        func attribute(_ name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }

        /// `class` and `id` together, lower-cased, for the boilerplate and content heuristics.
        var classAndID: String {
            guard !attributes.isEmpty else { return "" }  // most elements have neither
            var result = ""
            if let c = attribute("class") { result += c.lowercased() }
            if let i = attribute("id") { result += " " + i.lowercased() }
            return result
        }
    }

    var nodes: [Node]

    init() {
        nodes = [Node(name: "#document", parent: -1, depth: 0)]
    }

    /// Node `index`.
    subscript(index: Int) -> Node {
        _read { yield nodes[index] }
    }

    /// Appends a node as the last child of `parent` and returns its index.
    @discardableResult
    mutating func append(_ node: Node, to parent: Int) -> Int {
        node.parent = parent
        node.depth = nodes[parent].depth + 1
        let index = nodes.count
        nodes.append(node)
        let parentNode = nodes[parent]
        if parentNode.lastChild >= 0 {
            nodes[parentNode.lastChild].nextSibling = index
        } else {
            parentNode.firstChild = index
        }
        parentNode.lastChild = index
        return index
    }

    /// The children of `index`, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            result.append(child)
            child = nodes[child].nextSibling
        }
        return result
    }

    /// The element children of `index`.
    func elementChildren(of index: Int) -> [Int] {
        children(of: index).filter { nodes[$0].isElement }
    }

    /// The last index inside the subtree of `index` (the subtree is `index...end`).
    func subtreeEnd(of index: Int) -> Int {
        var up = index
        while up >= 0 {
            if nodes[up].nextSibling >= 0 { return nodes[up].nextSibling - 1 }
            up = nodes[up].parent
        }
        return nodes.count - 1
    }

    /// Whether `index` lies inside the subtree of `ancestor` (or is it).
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            if current < ancestor { return false }
            current = nodes[current].parent
        }
        return false
    }

    /// The element indices of the subtree of `index` named `name`, in document order.
    func descendants(of index: Int, named names: Set<String>) -> [Int] {
        let end = subtreeEnd(of: index)
        guard index < end else { return [] }
        return (index + 1...end).filter { names.contains(nodes[$0].name) }
    }

    /// All the text under `index`, whitespace collapsed, iteratively.
    func text(of index: Int) -> String {
        var raw = ""
        if nodes[index].isText {
            raw = nodes[index].text
        } else {
            let end = subtreeEnd(of: index)
            if index < end {
                for i in index + 1...end where nodes[i].isText { raw += nodes[i].text }
            }
        }
        return WhitespaceNormalizer.collapse(raw)
    }
}

/// What the readers ask of an element's name, decided once per node from a table instead
/// of by string comparisons and set lookups on every pass over the tree.
struct NodeTraits: OptionSet, Sendable {
    let rawValue: UInt32

    /// A text node (`#text`).
    static let text = NodeTraits(rawValue: 1 << 0)
    /// An element (neither text nor the document root).
    static let element = NodeTraits(rawValue: 1 << 1)
    /// One of `BlockCollector.blockElements`.
    static let block = NodeTraits(rawValue: 1 << 2)
    /// One of `ContentScorer.lineBreaks`.
    static let lineBreak = NodeTraits(rawValue: 1 << 3)
    /// One of `ContentScorer.paragraphTags`.
    static let paragraphTag = NodeTraits(rawValue: 1 << 4)
    /// One of `ContentScorer.phrasingContainers`.
    static let phrasingContainer = NodeTraits(rawValue: 1 << 5)
    /// `a`.
    static let anchor = NodeTraits(rawValue: 1 << 6)
    /// `p`.
    static let paragraph = NodeTraits(rawValue: 1 << 7)
    /// `h1` ... `h6`.
    static let heading = NodeTraits(rawValue: 1 << 8)
    /// `br` or `hr`.
    static let rule = NodeTraits(rawValue: 1 << 9)
    /// `span`, `div`, `small` or `p`: may be a caption by its class.
    static let captionCandidate = NodeTraits(rawValue: 1 << 10)
    /// One of `BoilerplateClassifier.furnitureTags`.
    static let furnitureTag = NodeTraits(rawValue: 1 << 11)
    /// `html` or `body`.
    static let root = NodeTraits(rawValue: 1 << 12)
    /// `time`.
    static let time = NodeTraits(rawValue: 1 << 13)
    /// `script`.
    static let script = NodeTraits(rawValue: 1 << 14)
    /// One of `HTMLTreeBuilder.droppedElements`.
    static let dropped = NodeTraits(rawValue: 1 << 15)
    /// A box that `ContentScorer.isLinkBox` may clean out: div, section, ul, ol, table,
    /// header, figure, dl, p.
    static let linkBoxCandidate = NodeTraits(rawValue: 1 << 16)

    /// The traits of the element (or `#text`, `#document`) called `name`.
    static func of(_ name: String) -> NodeTraits {
        if name == "#text" { return .text }
        if name == "#document" { return [] }
        return table[name] ?? .element
    }

    /// The traits of every element name that has more than `.element`.
    static let table: [String: NodeTraits] = {
        var table: [String: NodeTraits] = [:]
        func add(_ names: some Sequence<String>, _ trait: NodeTraits) {
            for name in names { table[name, default: .element].insert(trait) }
        }
        add(BlockCollector.blockElements, .block)
        add(ContentScorer.lineBreaks, .lineBreak)
        add(ContentScorer.paragraphTags, .paragraphTag)
        add(ContentScorer.phrasingContainers, .phrasingContainer)
        add(["a"], .anchor)
        add(["p"], .paragraph)
        add(["h1", "h2", "h3", "h4", "h5", "h6"], .heading)
        add(["br", "hr"], .rule)
        add(["span", "div", "small", "p"], .captionCandidate)
        add(BoilerplateClassifier.furnitureTags, .furnitureTag)
        add(["html", "body"], .root)
        add(["time"], .time)
        add(["script"], .script)
        add(HTMLTreeBuilder.droppedElements, .dropped)
        add(["div", "section", "ul", "ol", "table", "header", "figure", "dl", "p"], .linkBoxCandidate)
        return table
    }()
}
