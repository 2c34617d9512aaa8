/// What a live post's meta elements say beyond its time: a label beside the time
/// ("Key moment") and a writer with a role ("Jane Doe, Brussels correspondent").
enum LivePagePostMeta {
    /// Whether element `node`, on the short line that holds a post's time, is a label: a
    /// known one, or two or three words in the shape of a label ("Key moment") that read
    /// as no name, in an element that is no link and no heading (a post's title may share
    /// the time's line).
    static func isLabelBesideTime(_ tree: HTMLTree, _ node: Int, _ text: String) -> Bool {
        let s = Substring(text)
        if LivePageLineShapes.isKnownLabel(s) { return true }
        guard tree[node].name != "a", !headings.contains(tree[node].name),
            tree.descendants(of: node, named: headings).isEmpty, LineText.wordCount(s) >= 2,
            LivePageMetaFields.isLabel(s),
            !LivePageLineShapes.isNameShaped(s)
        else { return false }
        return true
    }

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// "Jane Doe, Brussels correspondent": a name, a comma, then a role (a capitalised
    /// phrase of a few words); nil for any other text.
    static func nameAndRole(_ text: String) -> (name: Substring, role: Substring)? {
        let s = LineText.trimmed(Substring(text))
        guard let comma = LineText.firstIndex(ofASCII: 0x2C, in: s) else { return nil }
        let name = LineText.trimmed(s[..<comma])
        let role = LineText.trimmed(s[s.index(after: comma)...])
        guard LivePageLineShapes.isNameShaped(name), LivePageLineShapes.isRoleShaped(role),
            LineText.wordCount(role) <= 5
        else { return nil }
        return (name, role)
    }

    /// The writer that closes a post: its last child element with text, when that text is
    /// "Name, Role" (`nameAndRole`) and is no paragraph of the body.
    static func trailingWriter(_ tree: HTMLTree, post: Int) -> (node: Int, name: Substring, role: Substring)? {
        guard let last = tree.children(of: post).last(where: { tree[$0].isElement && !tree.text(of: $0).isEmpty }),
            tree[last].name != "p"
        else { return nil }
        let text = tree.text(of: last)
        guard text.utf8.count <= 120, let (name, role) = nameAndRole(text) else { return nil }
        return (last, name, role)
    }
}
