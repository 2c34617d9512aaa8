/// A finding about the input that did not stop processing: a recovered HTML error, text
/// decoded with replacement characters, an unbalanced quotation mark.
///
/// Readers and extractors never throw for doubtful input; they attach diagnostics with
/// stable codes, and the command line prints them on stderr.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious the finding is.
    public enum Severity: String, Hashable, Sendable, Codable {
        case note, warning, error
    }

    /// A stable code such as `reading.invalid-utf8`.
    public var code: String
    /// How serious it is.
    public var severity: Severity
    /// What happened, for a person.
    public var message: String
    /// The entry it concerns, when one does (1-based).
    public var entry: Int?

    public init(code: String, severity: Severity = .warning, message: String, entry: Int? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.entry = entry
    }

    public var description: String {
        let place = entry.map { " (entry \($0))" } ?? ""
        return "\(severity.rawValue): \(message)\(place) [\(code)]"
    }
}
