import ClaimKitModel

/// A nationality noun for a person named just before: ""…," the Spaniard said." after "the
/// Spanish coach Ana Ruiz" (`RuleID.speakerDescriptor`).
extension QuoteAttributor {
    /// Nationality nouns whose adjective differs from them ("Spaniard" for "Spanish"); a
    /// demonym that is also a noun ("the Brazilian") stands for itself.
    static let nationalityNouns: [String: String] = [
        "spaniard": "spanish", "dane": "danish", "frenchman": "french", "frenchwoman": "french", "swede": "swedish",
        "finn": "finnish", "pole": "polish", "scot": "scottish", "scotsman": "scottish", "scotswoman": "scottish",
        "briton": "british", "brit": "british", "turk": "turkish", "dutchman": "dutch", "dutchwoman": "dutch",
        "englishman": "english", "englishwoman": "english", "welshman": "welsh", "welshwoman": "welsh",
        "irishman": "irish", "irishwoman": "irish", "icelander": "icelandic", "swiss": "swiss",
    ]

    /// Whether `ref` is "the" and a nationality noun ("the Spaniard", "the Brazilian").
    func isNationalityNoun(_ ref: SpeakerReference) -> Bool {
        guard !ref.surface.contains(" "), precededByThe(ref.range.lowerBound) else { return false }
        let word = ref.surface.lowercased()
        return Self.nationalityNouns[word] != nil || lexicon.demonyms.contains(word)
    }

    /// The one person named with the nationality of `ref` ("the Spaniard") in the sentences
    /// of the last few blocks up to sentence `si`: its adjective within six items before
    /// the name. Nil when no person or more than one fits.
    func nationalityReference(_ ref: SpeakerReference, si: Int, mention: Range<Int>) -> ResolvedSpeaker? {
        guard si >= 0, !ref.surface.contains(" "), precededByThe(ref.range.lowerBound) else { return nil }
        let word = ref.surface.lowercased()
        guard let adjective = Self.nationalityNouns[word] ?? (lexicon.demonyms.contains(word) ? word : nil) else {
            return nil
        }
        var found: [ResolvedSpeaker] = []
        var s = si
        while s >= 0, sentences[s].block + 3 >= sentences[si].block {
            let items = sentences[s].items
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
