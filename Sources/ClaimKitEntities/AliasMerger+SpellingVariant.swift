import ClaimKitModel

extension RuleID {
    /// The same person with the given name spelled two ways beside the same family name. Matches:
    /// "Kathrin Moll" into "Kathryn Moll", "Stephen Ould" into "Stephan Ould" (one letter swapped for
    /// another; not "Mark Ould" and "Mary Ould", whose given names differ in a consonant).
    public static let aliasGivenNameSpelling: RuleID = "alias.given-name-spelling"
    /// A family name alone, misspelt, into the one full name whose family name it nearly is. Matches:
    /// "Harrow" into "Ann Harow", "Lindqvsit" into "Per Lindqvist" (one letter off, two in a long name).
    public static let aliasSurnameSpelling: RuleID = "alias.surname-spelling"
}

extension AliasMerger {
    /// "Kristin Ober … Kristen Ober": two people's names of two or three words with the same family
    /// name, whose given names have the same length (five letters or more) and differ in one letter,
    /// a vowel (or "y") in both spellings, are one person spelled two ways. Names with a different
    /// gender by the lexicon of given names stay apart ("Daniel", "Danielle" differ in length anyway).
    /// Known limit: two relatives really named "Brian Lusk" and "Bryan Lusk" on one page are merged.
    func mergeGivenNameSpellings(_ groups: inout [Group]) {
        // (A WordMap and the keys in a list: no SipHash; only the names shared by two groups or more
        // are sorted, in the same order as sorting them all.)
        var byRest = GroupLists()
        var rests: [String] = []
        for g in groups.indices where groups[g].alive && groups[g].type == .person {
            let ws = groups[g].fullWords
            guard ws.count == 2 || ws.count == 3, ws[0].utf8.count >= 5, ws[0].count >= 5 else { continue }
            let rest = ws.count == 2 ? ws[1] : Self.joinedBytes(CollectionOfTwo(ws[1], ws[2]), spaced: true)
            // (One probe of the table: the rest is listed the first time it is added.)
            if byRest.append(g, to: rest) { rests.append(rest) }
        }
        let shared = rests.filter { byRest[$0]!.count >= 2 }.sorted()
        for members in shared.map({ byRest[$0]! }) {
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

    /// "said Harrow" with "Ann Harow" on the page: a one-word person that joined no full name (no
    /// surname or given name merge took it) joins the one person named in full whose family name is one
    /// edit away (two for names of eight letters or more), with the same first letter, five letters or
    /// more. With two such people it stays alone. (Two people really named "Clark" and "Clarke", one of
    /// them by family name alone, would be merged: the page's misspellings are more common.)
    func mergeSurnameSpellings(_ groups: inout [Group]) {
        // (By index: a closure over the elements would copy each group to test it.)
        var anyAlone = false
        for g in groups.indices where groups[g].alive && groups[g].type == .person && groups[g].fullWords.count == 1 {
            anyAlone = true
            break
        }
        guard anyAlone else { return }
        var full: [(group: Int, surname: [Unicode.Scalar])] = []
        for g in groups.indices where groups[g].alive && groups[g].type == .person && groups[g].fullWords.count >= 2 {
            if let last = groups[g].fullWords.last { full.append((g, Array(last.unicodeScalars))) }
        }
        guard !full.isEmpty else { return }
        for g in groups.indices where groups[g].alive && groups[g].type == .person && groups[g].fullWords.count == 1 {
            guard groups[g].hasNoHandle else { continue }
            let w = Array(groups[g].fullWords[0].unicodeScalars)
            guard w.count >= 5 else { continue }
            let limit = w.count >= 8 ? 2 : 1
            let near = full.filter { f in
                f.surname.count >= 5 && f.surname.first == w.first && f.surname != w
                    && Self.editDistance(f.surname, w, atMost: limit) <= limit
            }
            guard near.count == 1, Set(near.map(\.group)).count == 1 else { continue }
            absorb(&groups, g, near[0].group, .aliasSurnameSpelling)
        }
    }

    /// Levenshtein distance of two short words, or `atMost + 1` once it is known to be larger.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost: Int) -> Int {
        if abs(a.count - b.count) > atMost { return atMost + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            if current.min()! > atMost { return atMost + 1 }
            previous = current
        }
        return previous[b.count]
    }
}
