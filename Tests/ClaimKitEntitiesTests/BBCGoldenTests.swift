import ClaimKit
import ClaimKitTestSupport
import Foundation
import Testing

/// The BBC live page's entities, against a golden file re-recorded only with RECORD_GOLDEN=1
/// (a re-record still fails the run, so it is never silent).
@Suite struct BBCGoldenTests {
    static let golden = TestPaths.corpus.appendingPathComponent("bbc-live-trump-putin-call.entities.expected.json")

    /// One line per entity: type, name, aliases, roles, mention count; stable across runs.
    static func summary() throws -> String {
        let pipeline = Pipeline(lexicons: EntityTesting.store)
        let data = try Data(contentsOf: TestPaths.bbcPage)
        let extraction = try pipeline.extract(data: data, sourceName: "bbc-live-trump-putin-call.txt")
        let rows = extraction.entities.map { e -> [String: Any] in
            [
                "type": e.type.rawValue, "name": e.name, "aliases": e.aliases, "roles": e.roles,
                "mentions": e.mentions.count,
            ]
        }
        let json = try JSONSerialization.data(
            withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: json, as: UTF8.self) + "\n"
    }

    @Test func bbcEntitiesMatchGolden() throws {
        let actual = try Self.summary()
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try actual.write(to: Self.golden, atomically: true, encoding: .utf8)
            Issue.record("recorded \(Self.golden.lastPathComponent); run again without RECORD_GOLDEN")
            return
        }
        guard let expected = try? String(contentsOf: Self.golden, encoding: .utf8) else {
            Issue.record("missing golden \(Self.golden.path): record it with RECORD_GOLDEN=1")
            return
        }
        #expect(actual == expected)
    }

    @Test func bbcMentionsSliceBack() throws {
        let pipeline = Pipeline(lexicons: EntityTesting.store)
        let extraction = try pipeline.extract(data: try Data(contentsOf: TestPaths.bbcPage), sourceName: "bbc")
        let texts = Dictionary(uniqueKeysWithValues: extraction.document.entries.map { ($0.index, $0.text) })
        var count = 0
        for e in extraction.entities {
            for m in e.mentions {
                #expect(texts[m.entry].map { String($0.slice(m.range)) } == m.text)
                count += 1
            }
        }
        #expect(count > 100)
    }

    @Test func bbcPeopleAreMergedOnce() throws {
        let pipeline = Pipeline(lexicons: EntityTesting.store)
        let extraction = try pipeline.extract(data: try Data(contentsOf: TestPaths.bbcPage), sourceName: "bbc")
        let people = extraction.entities.filter { $0.type == .person }
        for name in [
            "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Viktor Orbán", "Sergey Lavrov", "Andriy Yermak",
            "Marco Rubio",
        ] {
            #expect(people.filter { $0.name == name || $0.aliases.contains(name) }.count == 1, "\(name)")
        }
        #expect(
            people.first { $0.name == "Marco Rubio" }?.roles == ["Secretary of State", "National Security Advisor"])
    }
}
