import ClaimKit
import ClaimKitTestSupport
import Foundation

/// Builds small entries and hand-made entities for the quote tests.
enum QuoteFixture {
    /// The built-in lexicons, loaded once.
    static let lexicons: LexiconStore = {
        (try? LexiconStore(roots: [TestPaths.packageRoot.appendingPathComponent("Lexicons")])) ?? LexiconStore()
    }()

    static let extractor = QuoteExtractor(lexicons: lexicons)

    /// A hand-made entity: its surfaces are found in the entry text to make its mentions.
    struct Person {
        var name: String
        var type: EntityType = .person
        var gender: Entity.Gender?
        var surfaces: [String]
        var roles: [String] = []

        init(
            _ name: String, _ type: EntityType = .person, gender: Entity.Gender? = nil, surfaces: [String] = [],
            roles: [String] = []
        ) {
            self.name = name
            self.roles = roles
            self.type = type
            self.gender = gender
            self.surfaces = surfaces.isEmpty ? [name] : surfaces
        }
    }

    /// An entry of a title (optional) and paragraphs separated by blank lines.
    static func entry(_ text: String, title: String? = nil) -> Entry {
        var builder = EntryTextBuilder()
        if let title { builder.append(.title, title) }
        for paragraph in text.components(separatedBy: "\n\n") { builder.append(.paragraph, paragraph) }
        let (t, blocks) = builder.finish()
        return Entry(index: 1, title: title, text: t, blocks: blocks)
    }

    /// Entities whose mentions are every occurrence of their surfaces (longest first, no overlaps).
    static func entities(_ people: [Person], in entry: Entry) -> [Entity] {
        var taken: [Range<Int>] = []
        var out: [Entity] = []
        let bytes = Array(entry.text.utf8)
        let order = people.enumerated().flatMap { i, p in p.surfaces.map { (i, $0) } }.sorted {
            $0.1.utf8.count > $1.1.utf8.count
        }
        var mentions: [Int: [Mention]] = [:]
        for (i, surface) in order {
            let s = Array(surface.utf8)
            var k = 0
            while k + s.count <= bytes.count {
                if Array(bytes[k..<(k + s.count)]) == s, !taken.contains(where: { $0.overlaps(k..<(k + s.count)) }) {
                    let r = TextRange(utf8Start: k, utf8End: k + s.count)
                    mentions[i, default: []].append(
                        Mention(entry: entry.index, range: r, text: surface, provenance: Provenance(rule: "test")))
                    taken.append(k..<(k + s.count))
                    k += s.count
                } else {
                    k += 1
                }
            }
        }
        for (i, p) in people.enumerated() {
            out.append(
                Entity(
                    id: EntityID("e\(i + 1)"), type: p.type, name: p.name, aliases: p.surfaces.filter { $0 != p.name },
                    roles: p.roles,
                    mentions: (mentions[i] ?? []).sorted { $0.range < $1.range }, gender: p.gender))
        }
        return out
    }

    /// The quotes of one entry.
    static func quotes(_ text: String, title: String? = nil, people: [Person] = []) -> [Quote] {
        let e = entry(text, title: title)
        return extractor.quotes(in: [AnalyzedEntry(entry: e)], entities: entities(people, in: e))
    }
}
