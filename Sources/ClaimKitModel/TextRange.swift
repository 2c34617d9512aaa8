/// A half-open range of UTF-8 byte offsets into one entry's text.
///
/// Every token, mention, quote and claim carries one. Slicing the entry's text by the
/// range gives back the surface the span claims (the invariant every stage keeps). The
/// JSON report converts these to Unicode-scalar offsets, which the contract counts.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The first UTF-8 offset in the range.
    public var utf8Start: Int
    /// The UTF-8 offset just past the range.
    public var utf8End: Int

    /// Creates a range from `utf8Start` (inclusive) to `utf8End` (exclusive).
    public init(utf8Start: Int, utf8End: Int) {
        precondition(utf8Start <= utf8End, "TextRange start \(utf8Start) is after end \(utf8End)")
        self.utf8Start = utf8Start
        self.utf8End = utf8End
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
