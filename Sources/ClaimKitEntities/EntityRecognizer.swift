import ClaimKitLexicon
import ClaimKitModel
import ClaimKitText

/// Finds the people, places and organisations of a document and merges their aliases.
///
/// Two steps, each its own type: `NameMatcher` finds names entry by entry and types them
/// from evidence (titles, given names, gazetteers, keywords, reporting verbs, bylines);
/// `AliasMerger` merges the names of the whole document into one entity per referent,
/// recording each merge with its rule.
///
///     let recognizer = EntityRecognizer(lexicons: try LexiconStore(roots: [lexiconFolder]))
///     let entities = recognizer.entities(in: analyzedEntries)
///     print(entities.map { "\($0.type) \($0.name)" })
///
/// Speed (issue 7): the stage reads bytes where it can. Token surfaces and mention texts are
/// strings built from the entry's UTF-8 bytes (`entityString`), not `String` slices whose
/// indices are checked for alignment; byte facts a rule needs next to a token are computed
/// once per token (`TokenNeighbours`); every word table is a `WordMap` (FNV over bytes, slots
/// initialised on insert), including the merger's per-document indexes; mentions are read by
/// index, not copied, where only a few fields are needed. Session 5: a token's strings are made
/// the first time a rule reads them (`TokenStrings`; most tokens are never read), the gazetteer
/// name at a token is looked up once per token and end (`NameMatchMemo`), a mention's strings
/// sit in one copy-on-write box (copying a mention retains one object), lexicon membership is
/// asked of the tables' class (a method of the tables struct copied all of it per call), and
/// word hashes read the bytes in place. Output is byte-identical to the string-based version
/// (`/work/baseline/compare.sh`). Session 9 (memory of one huge entry): the per-token tables keep
/// no surface hash, a 16-bit fold state, 32-bit lexicon facts and no per-token memo slot, the
/// token strings sit in chunks that never move, and a mention is 32 bytes inline with its rare
/// fields behind one optional reference (`NameMention`).
public struct EntityRecognizer: Sendable {
    public let lexicons: LexiconStore
    /// The lookup tables, behind a reference so that copies of the recognizer stay cheap.
    private let box: SharedEntityLexicons

    var tables: EntityLexicons { box.tables }

    /// Builds the lookup tables from the lexicons once.
    public init(lexicons: LexiconStore) {
        self.lexicons = lexicons
        self.box = SharedEntityLexicons(EntityLexicons(store: lexicons))
    }

    /// The entities of a document's entries, each once, with all its mentions.
    public func entities(in entries: [AnalyzedEntry]) -> [Entity] {
        var mentions: [NameMention] = []
        let tables = box
        // (One set of token buffers for the document's entries, matched one after another.)
        let pool = TokenBufferPool()
        for entry in entries {
            let matcher = NameMatcher(lexicons: tables, entry: entry, pool: pool)
            let first = mentions.count
            matcher.match(appendingTo: &mentions)
            ContextEvidence(shared: tables, entry: entry, strings: matcher.surfaces.strings).apply(to: &mentions, from: first)
        }
        return AliasMerger(shared: tables).merge(mentions)
    }
}
