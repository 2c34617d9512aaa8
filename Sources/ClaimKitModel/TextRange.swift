/// A half-open range of UTF-8 byte offsets into one entry's text.
///
/// Every token, mention, quote and claim carries one. Slicing the entry's text by the
/// range gives back the surface the span claims (the invariant every stage keeps). The
/// JSON report converts these to Unicode-scalar offsets, which the contract counts.
///
/// The offsets are stored in 32 bits (a token is 12 bytes, not 32: a 200 MB paragraph has
/// some 40 million of them), so one entry's text may hold up to 4 GiB; the API is `Int`.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    private var start: UInt32
    private var end: UInt32

    /// The first UTF-8 offset in the range.
    public var utf8Start: Int {
        get { Int(start) }
        set { start = Self.stored(newValue) }
    }
    /// The UTF-8 offset just past the range.
    public var utf8End: Int {
        get { Int(end) }
        set { end = Self.stored(newValue) }
    }

    /// Creates a range from `utf8Start` (inclusive) to `utf8End` (exclusive).
    public init(utf8Start: Int, utf8End: Int) {
        precondition(utf8Start <= utf8End, "TextRange start \(utf8Start) is after end \(utf8End)")
        start = Self.stored(utf8Start)
        end = Self.stored(utf8End)
    }

    @inline(__always)
    private static func stored(_ offset: Int) -> UInt32 {
        guard let value = UInt32(exactly: offset) else {
            preconditionFailure("TextRange offset \(offset) is outside 0..<4 GiB: an entry's text is limited to 4 GiB")
        }
        return value
    }

    /// Hashes the two offsets as `Int`s, as the type did when it stored them so (hash
    /// values, and so the order of sets and dictionaries, are unchanged).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(utf8Start)
        hasher.combine(utf8End)
    }

    public static func == (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start == rhs.start && lhs.end == rhs.end
    }

    private enum CodingKeys: String, CodingKey { case utf8Start, utf8End }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(utf8Start: try c.decode(Int.self, forKey: .utf8Start), utf8End: try c.decode(Int.self, forKey: .utf8End))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(utf8Start, forKey: .utf8Start)
        try c.encode(utf8End, forKey: .utf8End)
    }

    /// Creates a range from a Swift half-open range of UTF-8 offsets.
    public init(_ range: Range<Int>) {
        self.init(utf8Start: range.lowerBound, utf8End: range.upperBound)
    }

    /// The number of UTF-8 bytes covered.
    public var utf8Count: Int { utf8End - utf8Start }
    /// Whether the range covers no byte.
    public var isEmpty: Bool { utf8Start == utf8End }
    /// The range as a Swift `Range<Int>`.
    public var offsets: Range<Int> { utf8Start..<utf8End }

    /// Whether `other` lies wholly inside this range.
    public func contains(_ other: TextRange) -> Bool {
        other.utf8Start >= utf8Start && other.utf8End <= utf8End
    }

    /// Whether the two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool {
        other.utf8Start < utf8End && utf8Start < other.utf8End
    }

    /// The smallest range covering both.
    public func union(_ other: TextRange) -> TextRange {
        TextRange(utf8Start: min(utf8Start, other.utf8Start), utf8End: max(utf8End, other.utf8End))
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.utf8Start, lhs.utf8End) < (rhs.utf8Start, rhs.utf8End)
    }

    public var description: String { "\(utf8Start)..<\(utf8End)" }
}

extension String {
    /// The substring that a UTF-8 `TextRange` covers.
    ///
    /// The range must fall on Unicode scalar boundaries, as every range the stages
    /// produce does.
    public func slice(_ range: TextRange) -> Substring {
        let u = utf8
        let lower = u.index(u.startIndex, offsetBy: range.utf8Start)
        let upper = u.index(lower, offsetBy: range.utf8Count)
        return self[lower..<upper]
    }
}
