/// A parsed HTML page as Swift values: an arena of nodes in document order, addressed by
/// index, with no C type and no class references (so a 10,000-deep page cannot overflow
/// the stack when it is freed). Index 0 is the document root.
///
/// Because nodes are appended in document order, a child's index is always greater than
/// its parent's: a reverse loop over the indices visits children before their parents,
/// which is how the readers aggregate text lengths without recursion.
struct HTMLTree: Sendable {
    /// One element or text node.
    struct Node: Sendable {
        /// The lower-case element name, or `#text` for text, `#document` for the root.
        var name: String
        /// A text node's text (entities decoded), empty for elements.
        var text: String = ""
        /// The attributes the readers use (see `HTMLTreeBuilder.keptAttributes`).
        var attributes: [(name: String, value: String)] = []
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

        var isText: Bool { name == "#text" }
        var isElement: Bool { !isText && name != "#document" }

        /// The value of attribute `name`, if present.
        func attribute(_ name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }

        /// `class` and `id` together, lower-cased, for the boilerplate and content heuristics.
        var classAndID: String {
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

    /// Node `index`, lent rather than copied: `tree[i].name` reads one field without
    /// retaining the node's text and attributes.
    subscript(index: Int) -> Node {
        _read { yield nodes[index] }
    }

    /// Appends a node as the last child of `parent` and returns its index.
    @discardableResult
    mutating func append(_ node: Node, to parent: Int) -> Int {
        var node = node
        node.parent = parent
        node.depth = nodes[parent].depth + 1
        let index = nodes.count
        nodes.append(node)
        if nodes[parent].lastChild >= 0 {
            nodes[nodes[parent].lastChild].nextSibling = index
        } else {
            nodes[parent].firstChild = index
        }
        nodes[parent].lastChild = index
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
