import ClaimKitModel
import ClaimKitText
import Testing

/// The sentences of `text` (one block per blank-line-separated part), joined by " | ".
func sentences(_ text: String, blocks: [Block] = []) -> String {
    let tokens = Tokenizer().tokenize(text)
    return SentenceSplitter().sentences(in: text, tokens: tokens, blocks: blocks)
        .map { String(text.slice($0.range)) }.joined(separator: " | ")
}

@Suite struct SentenceSplitterTests {
    /// Positive rows: boundaries that must be found.
    @Test(arguments: [
        ("He left. She stayed.", "He left. | She stayed."),
        ("Really? Yes!", "Really? | Yes!"),
        ("He said “go.” Then he left.", "He said “go.” | Then he left."),
        ("They met in the U.S. The talks failed.", "They met in the U.S. | The talks failed."),
        ("It ended at 9 a.m. Then it rained.", "It ended at 9 a.m. | Then it rained."),
        ("Wait… Then it came.", "Wait… | Then it came."),
        ("It cost £5. 20 people came.", "It cost £5. | 20 people came."),
        ("He left. \"We are ready,\" she said.", "He left. | \"We are ready,\" she said."),
        ("First line\n\nSecond line", "First line | Second line"),
        ("It was over (finally). Next came.", "It was over (finally). | Next came."),
        ("He left.) Then.", "He left.) | Then."),
        ("\"We are ready!\" Orbán adds. Then he left.", "\"We are ready!\" Orbán adds. | Then he left."),
        ("\"Go!\" The crowd ran.", "\"Go!\" | The crowd ran."),
        ("It was 3:05 a.m. Anthony Rodriguez heard it.", "It was 3:05 a.m. | Anthony Rodriguez heard it."),
        (
            "as “watching paint dry.” One Nevada Democrat asked why.",
            "as “watching paint dry.” | One Nevada Democrat asked why."
        ),
        ("He said: 'That's it.' \"", "He said: 'That's it.' \""),
        (
            "He replied: \"We'll see... I may.\" The missiles came.",
            "He replied: \"We'll see... I may.\" | The missiles came."
        ),
        ("\"Go home. Now,\" he said.", "\"Go home. | Now,\" he said."),
    ])
    func splits(text: String, expected: String) {
        #expect(sentences(text) == expected)
    }

    /// Negative rows: no boundary inside these.
    @Test(arguments: [
        "Mr. Trump spoke to Gen. Smith today.",
        "The U.S. President spoke.",
        "It lasted 2.5 hours and cost $1.2bn.",
        "\"... peace,\" he adds.",
        "\"We are ready!\" he adds.",
        "\"Hungary is the island of PEACE!\" he adds.",
        "\"We are ready!\" Viktor Orbán said.",
        "\"We will… see,\" he said.",
        "\"Wait…\" she said.",
        "Donald J. Trump spoke.",
        "Call No. 10 now.",
        "It was e.g. fine.",
        "Yahoo! is a company.",
        "Storms could fire as early as 1 p.m. Central time.",
        "It happened at 8:30 p.m. Saturday, injuring 29.",
        "It starts at 9 a.m. GMT tomorrow.",
        "What? he asked.",
        "He said: \"Go now!\", and left.",
        "He replied: \"We'll see... I may.\"",
        "“I think the time’s right… we need to move,” he said.",
    ])
    func doesNotSplit(text: String) {
        #expect(sentences(text) == text)
    }

    @Test func neverCrossesABlock() {
        var builder = EntryTextBuilder()
        builder.append(.title, "Talks in Budapest")
        builder.append(.paragraph, "Mr. Trump said so")
        builder.append(.listItem, "Putin agreed", marker: "• ")
        let (text, blocks) = builder.finish()
        #expect(sentences(text, blocks: blocks) == "Talks in Budapest | Mr. Trump said so | • Putin agreed")
    }

    @Test func marksSentenceAndBlockStarts() {
        var builder = EntryTextBuilder()
        builder.append(.title, "Talks")
        builder.append(.paragraph, "He left. She stayed.")
        let (text, blocks) = builder.finish()
        let analyzed = AnalyzedEntry(entry: Entry(index: 1, text: text, blocks: blocks))
        let starts = analyzed.tokens.indices.filter { analyzed.tokens[$0].flags.contains(.sentenceStart) }
        #expect(starts.map { String(analyzed.surface($0)) } == ["Talks", "He", "She"])
        let blockStarts = analyzed.tokens.indices.filter { analyzed.tokens[$0].flags.contains(.blockStart) }
        #expect(blockStarts.map { String(analyzed.surface($0)) } == ["Talks", "He"])
    }
}
