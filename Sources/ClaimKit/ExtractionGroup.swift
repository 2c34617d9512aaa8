/// Documents collected to be extracted together: a batch driver reads documents into the
/// group one by one and extracts the group when it is full, so that every stage runs over
/// several documents before the next stage (see `Pipeline.extract(from:)` on a list).
///
///     var group = ExtractionGroup<Int>()
///     for (i, page) in pages.enumerated() {
///         group.append(try pipeline.read(data: page, sourceName: "page-\(i)"), tag: i)
///         if group.isFull { for (i, extraction) in group.extract(with: pipeline) { write(i, extraction) } }
///     }
///     for (i, extraction) in group.extract(with: pipeline) { write(i, extraction) }
///
/// A group holds at most `maxDocuments` documents and closes once its text reaches
/// `maxBytes`, so memory stays bounded whatever the batch: a large document makes a group
/// of its own, where grouping gains nothing anyway. Results are the same as extracting
/// each document alone.
public struct ExtractionGroup<Tag> {
    /// The most documents a group holds. Session 7 (`claimkit-benchmark --megabytes 3 --only
    /// end-to-end`, pages of 3.5 KB): 16 documents and 128 KB 4.3 MB/s, 32 and 256 KB 4.6,
    /// 64 and 512 KB 4.8, 128 and 1 MB 4.8; a batch's peak memory did not move (92 to 96 MB).
    public static var maxDocuments: Int { 64 }
    /// The text size, in UTF-8 bytes, at which a group is full.
    public static var maxBytes: Int { 512 * 1024 }

    private var documents: [Document] = []
    private var tags: [Tag] = []
    private var bytes = 0

    public init() {}

    /// How many documents wait in the group.
    public var count: Int { documents.count }

    /// Whether the group should be extracted before another document is added.
    public var isFull: Bool { documents.count >= Self.maxDocuments || bytes >= Self.maxBytes }

    /// Adds a document that has been read, with the caller's tag for it (an index, a name).
    public mutating func append(_ document: Document, tag: Tag) {
        documents.append(document)
        tags.append(tag)
        bytes += document.entries.reduce(0) { $0 + $1.text.utf8.count }
    }

    /// Extracts every document of the group, in the order they were added, and empties it.
    public mutating func extract(with pipeline: Pipeline) -> [(tag: Tag, extraction: Extraction)] {
        guard !documents.isEmpty else { return [] }
        let extractions = pipeline.extract(from: documents)
        let out = Array(zip(tags, extractions))
        documents.removeAll()
        tags.removeAll()
        bytes = 0
        return out.map { (tag: $0.0, extraction: $0.1) }
    }
}
