import ClaimKitLexicon
import ClaimKitModel
import ClaimKitText

/// Finds the people, places and organisations of a document and merges their aliases.
/// (Interface; the rules come with the entities issue.)
public struct EntityRecognizer: Sendable {
    public let lexicons: LexiconStore

    public init(lexicons: LexiconStore) {
        self.lexicons = lexicons
    }

    /// The entities of a document's entries, each once, with all its mentions.
    public func entities(in entries: [AnalyzedEntry]) -> [Entity] {
        []
    }
}
