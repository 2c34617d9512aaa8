import ClaimKitModel

/// A nationality noun for a person named just before: ""…," the Spaniard said." after "the
/// Spanish coach Ana Ruiz" (`RuleID.speakerDescriptor`).
extension QuoteAttributor {
    /// Whether `ref` is "the" and a nationality noun ("the Spaniard", "the Brazilian").
    func isNationalityNoun(_ ref: SpeakerReference) -> Bool {
        guard !Self.hasSpace(ref.surface), precededByThe(ref.range.lowerBound) else { return false }
        let word = ref.surface.lowercased()
        return lexicon.nationalityNouns[word] != nil || lexicon.demonyms.contains(word)
    }

    /// `surface.contains(" ")` (Foundation's search, a hot spot: it ran on every name linked),
    /// answered from the UTF-8 bytes when no space may belong to a combining sequence.
    static func hasSpace(_ surface: String) -> Bool {
        var prev: UInt8 = 0
        for b in surface.utf8 {
            if prev == 0x20 {
                // A space before an ASCII byte stands alone; before another, ask Foundation.
                return b < 0x80 ? true : surface.contains(" ")
            }
            prev = b
        }
        return prev == 0x20
    }

    /// The one person named with the nationality of `ref` ("the Spaniard") in the sentences
    /// of the last few blocks up to sentence `si`: its adjective within six items before
    /// the name. Nil when no person or more than one fits.
    func nationalityReference(_ ref: SpeakerReference, si: Int, mention: Range<Int>) -> ResolvedSpeaker? {
        guard si >= 0, !Self.hasSpace(ref.surface), precededByThe(ref.range.lowerBound) else { return nil }
        let word = ref.surface.lowercased()
        guard let adjective = lexicon.nationalityNouns[word] ?? (lexicon.demonyms.contains(word) ? word : nil) else {
            return nil
        }
        var found: [ResolvedSpeaker] = []
        var s = si
        while s >= 0, sentences[s].block + 3 >= sentences[si].block {
            let items = self.items(s)
            for c in candidates(in: s) where c.speaker.type == .person && !c.isWeak && c.item < items.count {
                guard items[max(0, c.item - 6)..<c.item].contains(where: { $0.isWord && $0.lower == adjective }),
                    !found.contains(where: { $0.isSame(as: c.speaker) })
                else { continue }
                found.append(c.speaker)
            }
            s -= 1
        }
        guard found.count == 1, var speaker = found.first else { return nil }
        speaker.resolution = .speakerDescriptor
        speaker.mention = mention
        return speaker
    }
}

/// The writer of a note read out: "In a letter written by shift leader Jo Park, the crew
/// said: "…"" (`RuleID.speakerWriter`).
extension QuoteAttributor {
    static let writtenThings: WordSet = ["note", "letter", "message", "statement", "email", "e-mail", "text", "post"]
    static let writingVerbs: WordSet = ["written", "signed", "sent", "penned", "scrawled", "authored"]

    /// The person named after "a note written by" before item `end` of `items`.
    func writerOfNote(before end: Int, in items: [Item]) -> ResolvedSpeaker? {
        guard end >= 4 else { return nil }
        var k = 0
        while k + 3 < end {
            if items[k].isWord, Self.writtenThings.contains(items[k]), Self.writingVerbs.contains(items[k + 1]),
                items[k + 2].lower == "by"
            {
                // Role words may stand before the name ("foreman", "shift leader").
                var n = k + 3
                while n < min(end, k + 7), items[n].isWord, !items[n].isCapitalized { n += 1 }
                guard n < end, items[n].isWord, items[n].isCapitalized else { return nil }
                let e = min(finder.nameEnd(from: n, in: items), end - 1)
                guard let ref = finder.nameRun(endingAt: e, in: items, from: n) else { return nil }
                var s = linker.link(name: ref, mention: ref.head, known: [])
                guard s.type == .person || s.type == nil else { return nil }
                s.resolution = .speakerWriter
                return s
            }
            k += 1
        }
        return nil
    }
}
