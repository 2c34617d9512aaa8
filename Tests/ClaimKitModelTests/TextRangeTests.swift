import ClaimKitModel
import Testing

@Suite struct TextRangeTests {
    @Test(arguments: [
        ("Orbán says", 0, 6, "Orbán"),
        ("Orbán says", 7, 11, "says"),
        ("“Ready!”", 3, 9, "Ready!"),
    ])
    func sliceGivesTheSurface(text: String, start: Int, end: Int, surface: String) {
        #expect(text.slice(TextRange(utf8Start: start, utf8End: end)) == surface)
    }

    @Test func overlapAndContainment() {
        let a = TextRange(utf8Start: 0, utf8End: 10)
        #expect(a.contains(TextRange(utf8Start: 2, utf8End: 5)))
        #expect(!a.contains(TextRange(utf8Start: 5, utf8End: 11)))
        #expect(a.overlaps(TextRange(utf8Start: 9, utf8End: 12)))
        #expect(!a.overlaps(TextRange(utf8Start: 10, utf8End: 12)))
        #expect(a.union(TextRange(utf8Start: 8, utf8End: 14)) == TextRange(utf8Start: 0, utf8End: 14))
    }
}

@Suite struct EntryTextBuilderTests {
    @Test func blocksSliceBackAndSkipEmptyContent() {
        var builder = EntryTextBuilder()
        builder.append(.title, "Kremlin confirms call")
        builder.append(.paragraph, "   ")
        builder.append(.imageCredit, "Reuters", marker: "Image source, ")
        builder.append(.listItem, "Trump says plans are being made", marker: "• ")
        let (text, blocks) = builder.finish()
        #expect(text == "Kremlin confirms call\n\nImage source, Reuters\n\n• Trump says plans are being made")
        #expect(blocks.map(\.kind) == [.title, .imageCredit, .listItem])
        #expect(text.slice(blocks[1].contentRange) == "Reuters")
        #expect(text.slice(blocks[1].range) == "Image source, Reuters")
        #expect(text.slice(blocks[2].contentRange) == "Trump says plans are being made")
    }

    @Test(arguments: [
        ["Orbán says", "“We are ready!”"],
        ["Київ", "plain", "naïve café"],
        ["ASCII", "only"],
    ])
    func textIsTheBlocksJoinedByBlankLines(contents: [String]) {
        var builder = EntryTextBuilder()
        for content in contents { builder.append(.paragraph, content[...]) }
        let (text, blocks) = builder.finish()
        #expect(text == contents.joined(separator: EntryTextBuilder.separator))
        #expect(blocks.map { String(text.slice($0.contentRange)) } == contents)
    }
}
