import ClaimKit
import ClaimKitTestSupport
import Foundation
import Testing

/// The `claimkit quotes` view: grouping, speaker matching, order, formats.
@Suite struct QuotesBySpeakerTests {
    static func extraction() -> Extraction {
        var builder = EntryTextBuilder()
        builder.append(.title, "Orbán reacts")
        builder.append(.paragraph, "\"We are ready!\" Orbán says in a post on X.")
        let (t1, b1) = builder.finish()
        var b = EntryTextBuilder()
        b.append(.title, "Trump speaks")
        b.append(.paragraph, "\"It went well,\" Trump said.")
        let (t2, b2) = b.finish()
        let entries = [
            Entry(index: 1, title: "Orbán reacts", published: "20:36 BST", text: t1, blocks: b1),
            Entry(index: 2, title: "Trump speaks", published: "18:18 BST", text: t2, blocks: b2),
        ]
        let people = [
            QuoteFixture.Person("Viktor Orbán", gender: .male, surfaces: ["Viktor Orbán", "Orbán"]),
            QuoteFixture.Person("Donald Trump", gender: .male, surfaces: ["Donald Trump", "Trump"]),
        ]
        var entities: [Entity] = []
        for (i, p) in people.enumerated() {
            var mentions: [Mention] = []
            for e in entries {
                let m = QuoteFixture.entities([p], in: e)[0].mentions.map {
                    Mention(entry: e.index, range: $0.range, text: $0.text, provenance: $0.provenance)
                }
                mentions += m
            }
            entities.append(
                Entity(
                    id: EntityID("e\(i + 1)"), type: .person, name: p.name, aliases: Array(p.surfaces.dropFirst()),
                    roles: i == 0 ? ["Prime Minister"] : [], mentions: mentions, gender: p.gender))
        }
        let quotes = QuoteFixture.extractor.quotes(in: entries.map { AnalyzedEntry(entry: $0) }, entities: entities)
        return Extraction(
            document: Document(sourceName: "test", format: .text, entries: entries), entities: entities, quotes: quotes)
    }

    @Test(arguments: ["orban", "ORBÁN", "Viktor Orban", "viktor"])
    func findsTheSpeakerByAnyAliasWithoutAccents(_ query: String) {
        let report = QuotesBySpeaker([Self.extraction()]).matching(speaker: query)
        #expect(report.speakers.map(\.name) == ["Viktor Orbán"])
        #expect(report.speakers.first?.quotes.map(\.text) == ["We are ready!"])
    }

    @Test(arguments: ["orbán trump", "zelensky", "or"])
    func matchesNoOtherSpeaker(_ query: String) {
        #expect(QuotesBySpeaker([Self.extraction()]).matching(speaker: query).speakers.isEmpty)
    }

    @Test func ordersByPageOrByTime() {
        #expect(
            QuotesBySpeaker([Self.extraction()], order: .page).speakers.map(\.name) == ["Viktor Orbán", "Donald Trump"])
        #expect(
            QuotesBySpeaker([Self.extraction()], order: .time).speakers.map(\.name) == ["Donald Trump", "Viktor Orbán"])
    }

    @Test func printsNameAliasesRolesTimeAndTitle() throws {
        let report = QuotesBySpeaker([Self.extraction()]).matching(speaker: "orban")
        let text = report.text()
        #expect(text.contains("Viktor Orbán (1 quote)"))
        #expect(text.contains("aliases: Orbán"))
        #expect(text.contains("roles: Prime Minister"))
        #expect(text.contains("[entry 1, 20:36 BST] Orbán reacts"))
        #expect(text.contains("\u{201C}We are ready!\u{201D} (direct; says; via X)"))
        #expect(report.markdown().hasPrefix("## Viktor Orbán\n"))
        let json = try JSONSerialization.jsonObject(with: report.json()) as? [String: Any]
        let speakers = json?["speakers"] as? [[String: Any]]
        #expect(speakers?.first?["name"] as? String == "Viktor Orbán")
    }

    @Test func theCommandListsOrbansFiveQuotes() throws {
        let result = try CommandRunner.run(["quotes", TestPaths.bbcPage.path, "--speaker", "orban"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Viktor Orbán (5 quotes)"), "\(result.stdout)")
        for text in [
            "I just got off the phone", "preparations for the USA-Russia peace summit are under way",
            "Hungary is the island of PEACE!",
            "The planned meeting between the American and Russian presidents", "We are ready!",
        ] {
            #expect(result.stdout.contains(text))
        }
    }

    @Test func anUnknownSpeakerSaysSoOnStandardError() throws {
        let result = try CommandRunner.run([
            "quotes", TestPaths.bbcPage.path, "--speaker", "nobody-here", "--format", "json",
        ])
        #expect(result.status == 0)
        #expect(result.stderr.contains("no quotes by a speaker matching"))
    }
}
