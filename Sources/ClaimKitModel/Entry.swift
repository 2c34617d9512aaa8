/// One timestamped update of a live page, or the whole body of an article.
///
/// `text` is what every offset counts in: the title first, then the byline lines, then
/// the body blocks, separated by blank lines. `blocks` says which part of `text` is
/// which, so that a stage can, say, skip image descriptions or read a byline.
public struct Entry: Hashable, Sendable, Codable {
    /// Position in page order, 1-based.
    public var index: Int
    /// The entry's headline, when it has one.
    public var title: String?
    /// The published time as the page states it: `20:49 BST`, or an ISO 8601 time.
    public var published: String?
    /// Labels the page puts on the entry: `Breaking`, `Analysis`, `Key event`.
    public var labels: [String]
    /// Who wrote the entry, when the page says so.
    public var byline: Byline?
    /// The entry's text: title, byline, then body blocks, separated by blank lines.
    public var text: String
    /// The parts of `text`, in order, each with its kind and range.
    public var blocks: [Block]

    public init(
        index: Int, title: String? = nil, published: String? = nil, labels: [String] = [],
        byline: Byline? = nil, text: String, blocks: [Block]
    ) {
        self.index = index
        self.title = title
        self.published = published
        self.labels = labels
        self.byline = byline
        self.text = text
        self.blocks = blocks
    }

    /// The image credits of the entry ("Reuters" for "Image source, Reuters").
    public var imageCredits: [String] {
        blocks.filter { $0.kind == .imageCredit }.map { String(text.slice($0.contentRange)) }
    }

    /// The image and media captions of the entry.
    public var captions: [String] {
        blocks.filter { $0.kind == .imageCaption || $0.kind == .mediaCaption }
            .map { String(text.slice($0.contentRange)) }
    }
}

/// Who wrote an entry.
public struct Byline: Hashable, Sendable, Codable {
    /// The writer's name.
    public var name: String
    /// The writer's role or whereabouts, such as `Live reporter` or `Reporting from the White House`.
    public var role: String?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}

/// One part of an entry's text: a paragraph, a list item, an image credit.
public struct Block: Hashable, Sendable, Codable {
    /// What kind of text a block holds.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The entry's headline.
        case title
        /// The byline's name line.
        case bylineName
        /// The byline's role line.
        case bylineRole
        /// A body paragraph.
        case paragraph
        /// A bullet or numbered list item.
        case listItem
        /// A heading inside the body.
        case heading
        /// A block quotation.
        case blockQuote
        /// An image's description (alt text).
        case imageDescription
        /// An image's credit: the `contentRange` holds the credited name only.
        case imageCredit
        /// An image's caption.
        case imageCaption
        /// A video's or audio's caption.
        case mediaCaption
    }

    /// What kind of text the block holds.
    public var kind: Kind
    /// The whole block in the entry text, markers included ("• ", "Image source, ").
    public var range: TextRange
    /// The block's content without its markers: the list item without its bullet, the
    /// credited name without "Image source, ".
    public var contentRange: TextRange

    public init(kind: Kind, range: TextRange, contentRange: TextRange? = nil) {
        self.kind = kind
        self.range = range
        self.contentRange = contentRange ?? range
    }

    /// Whether the block is running prose that quotes, names and figures are read from
    /// (title, paragraphs, list items, headings, block quotes, captions).
    public var isProse: Bool {
        switch kind {
        case .title, .paragraph, .listItem, .heading, .blockQuote, .imageCaption, .mediaCaption: true
        case .bylineName, .bylineRole, .imageDescription, .imageCredit: false
        }
    }
}
