import ClaimKitLexicon
import Testing

@Suite struct LexiconParseTests {
    @Test func readsHeaderCommentsAndRows() throws {
        let lexicon = try Lexicon.parse("# source: hand-made\nname\tgender\n\nAndriy\tmale\nOlga\tfemale\n", file: "people/given-names.tsv")
        #expect(lexicon.columns == ["name", "gender"])
        #expect(lexicon.rows.map(\.key) == ["Andriy", "Olga"])
        #expect(lexicon.rows.map(\.line) == [4, 5])
        #expect(lexicon.folder == "people")
        #expect(lexicon.name == "given-names")
    }

    @Test(arguments: [
        ("name\tgender\nAndriy\n", 2),
        ("name\tgender\nAndriy\tmale\tx\n", 2),
        ("# c\nname\n\tmale\n", 3),
    ])
    func rejectsMalformedRowsWithTheirLine(text: String, line: Int) {
        #expect(throws: LexiconError.self) { try Lexicon.parse(text, file: "x/y.tsv") }
        do {
            _ = try Lexicon.parse(text, file: "x/y.tsv")
        } catch let LexiconError.malformedRow(file, badLine, _) {
            #expect(file == "x/y.tsv")
            #expect(badLine == line)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
