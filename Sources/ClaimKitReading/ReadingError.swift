/// Why a page could not be read at all. Doubtful but usable input does not throw: it is
/// read with `Diagnostic`s attached.
public enum ReadingError: Error, Equatable, CustomStringConvertible {
    /// The input holds no bytes, or only white space.
    case empty
    /// The input looks like binary data (NUL bytes or many control characters), not text or HTML.
    case binary(reason: String)

    public var description: String {
        switch self {
        case .empty: "the input is empty"
        case let .binary(reason): "the input is binary data, not text or HTML (\(reason))"
        }
    }
}
