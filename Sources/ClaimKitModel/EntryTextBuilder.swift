/// Builds an entry's `text` and `blocks` together, so that every block's range is right
/// by construction. Readers append blocks in page order; the builder puts a blank line
/// between blocks.
///
///     var builder = EntryTextBuilder()
///     builder.append(.title, "Kremlin confirms call")
///     builder.append(.paragraph, "The Kremlin has confirmed ...")
///     let (text, blocks) = builder.finish()
///
/// The text is written as UTF-8 bytes and becomes a `String` once, in `finish()`: the
/// bytes come from strings, so they are valid and are not checked again (`ValidUTF8`).
/// Appending to a `String` block by block cost some 300 instructions an append.
public struct EntryTextBuilder: Sendable {
    private var bytes: [UInt8] = []
    private var blocks: [Block] = []

    /// The separator put between two blocks.
    public static let separator = "\n\n"

    public init() {}

    /// Makes room for `utf8Count` bytes of text and `blocks` blocks, so that a reader that
    /// knows about how much it will append grows the text and the block list once.
    public mutating func reserveCapacity(_ utf8Count: Int, blocks: Int) {
        bytes.reserveCapacity(utf8Count)
        self.blocks.reserveCapacity(blocks)
    }

    /// Whether nothing has been appended yet.
    public var isEmpty: Bool { blocks.isEmpty }

    /// Appends one block. `marker` is text that stands before the content in the block
    /// ("• " for a list item, "Image source, " for a credit) and is not part of its
    /// `contentRange`. Blocks whose content is empty or only whitespace are skipped.
    public mutating func append(_ kind: Block.Kind, _ content: Substring, marker: String = "") {
        guard Self.hasNonWhitespace(content) else { return }
        if !blocks.isEmpty {
            bytes.append(0x0A)  // `separator`
            bytes.append(0x0A)
        }
        let start = bytes.count
        if !marker.isEmpty { appendUTF8(of: marker[...]) }
        let contentStart = bytes.count
        appendUTF8(of: content)
        blocks.append(Block(
            kind: kind,
            range: TextRange(utf8Start: start, utf8End: bytes.count),
            contentRange: TextRange(utf8Start: contentStart, utf8End: bytes.count)))
    }

    /// Appends one block (see the `Substring` form).
    public mutating func append(_ kind: Block.Kind, _ content: String, marker: String = "") {
        append(kind, content[...], marker: marker)
    }

    /// Appends one block (see the `Substring` form).
    public mutating func append(_ kind: Block.Kind, _ content: some StringProtocol, marker: String = "") {
        append(kind, Substring(String(content)), marker: marker)
    }

    /// Copies the UTF-8 bytes of `s`, in place when they are contiguous (a native string).
    private mutating func appendUTF8(of s: Substring) {
        let copied: Void? = s.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: s.utf8) }
    }

    /// Whether `content` holds a character that is not white space, decided on the bytes
    /// while they are ASCII: an ASCII byte other than white space starts a character
    /// (no ASCII byte but a line feed after a carriage return extends one) that is not
    /// white space. From the first non-ASCII byte on, characters decide, as before.
    static func hasNonWhitespace(_ content: Substring) -> Bool {
        for b in content.utf8 {
            if b >= 0x80 { return content.contains(where: { !$0.isWhitespace }) }
            if b != 0x20 && (b < 0x09 || b > 0x0D) { return true }
        }
        return false
    }

    /// The text and its blocks.
    public func finish() -> (text: String, blocks: [Block]) {
        let text = bytes.withUnsafeBufferPointer { ValidUTF8.string($0, isASCII: ValidUTF8.isASCII($0)) }
        return (text, blocks)
    }
}
