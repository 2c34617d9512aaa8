import ClaimKitModel

extension RuleID {
    /// The same person with the given name spelled two ways beside the same family name. Matches:
    /// "Kathrin Moll" into "Kathryn Moll", "Stephen Ould" into "Stephan Ould" (one letter swapped for
    /// another; not "Mark Ould" and "Mary Ould", whose given names differ in a consonant).
    public static let aliasGivenNameSpelling: RuleID = "alias.given-name-spelling"
}

extension AliasMerger {
    /// "Kristin Ober … Kristen Ober": two people's names of two or three words with the same family
    /// name, whose given names have the same length (five letters or more) and differ in one letter,
    /// a vowel (or "y") in both spellings, are one person spelled two ways. Names with a different
    /// gender by the lexicon of given names stay apart ("Daniel", "Danielle" differ in length anyway).
    /// Known limit: two relatives really named "Brian Lusk" and "Bryan Lusk" on one page are merged.
    func mergeGivenNameSpellings(_ groups: inout [Group]) {
        var byRest: [String: [Int]] = [:]
        for g in groups.indices where groups[g].alive && groups[g].type == .person {
            let ws = groups[g].fullWords
            guard ws.count == 2 || ws.count == 3, ws[0].count >= 5 else { continue }
            byRest[ws.dropFirst().joined(separator: " "), default: []].append(g)
        }
        for (_, members) in byRest.sorted(by: { $0.key < $1.key }) where members.count >= 2 {
            for (i, a) in members.enumerated() where groups[a].alive {
                for b in members[(i + 1)...] where groups[b].alive {
                    let x = groups[a].fullWords[0], y = groups[b].fullWords[0]
                    guard Self.isVowelVariant(x, y), sameGender(x, y) else {
                        continue
                    }
                    // The spelling written more often stays the name (the first one on a tie).
                    let (into, from) = groups[b].mentions.count > groups[a].mentions.count ? (b, a) : (a, b)
                    absorb(&groups, from, into, .aliasGivenNameSpelling)
                }
            }
        }
    }

    /// Whether two words of the same length differ in exactly one letter, a vowel or "y" in both.
    static func isVowelVariant(_ x: String, _ y: String) -> Bool {
        let a = Array(x.unicodeScalars), b = Array(y.unicodeScalars)
        guard a.count == b.count, a != b else { return false }
        var diffs = 0
        for k in a.indices where a[k] != b[k] {
            diffs += 1
            guard diffs == 1, "aeiouy".unicodeScalars.contains(a[k]), "aeiouy".unicodeScalars.contains(b[k]) else {
                return false
            }
        }
        return diffs == 1
    }

    private func sameGender(_ x: String, _ y: String) -> Bool {
        guard let gx = lexicons.givenNames[x]?.gender, let gy = lexicons.givenNames[y]?.gender else { return true }
        return gx == gy
    }
}
