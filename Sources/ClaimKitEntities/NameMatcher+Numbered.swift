import ClaimKitModel

/// Number words at the head of a capitalised sequence: a count opens no name ("Two Navy helicopters"),
/// and an ordinal before an armed service's adjective and a command's word names a military command
/// ("the Third Naval Zone").
extension NameMatcher {
    /// Cardinal number words written out, as folded: "Two Navy helicopters".
    static let numberWords: WordSet = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousands", "dozens", "dozen",
    ]

    /// Ordinal words, as folded: "Third Naval Zone".
    static let ordinalWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th",
    ]

    /// Armed services' adjectives and nouns between the ordinal and the command's word.
    static let serviceAdjectives: WordSet = ["naval", "military", "air", "army", "marine", "navy", "police"]

    /// Command words that end a military command's name.
    static let commandWords: WordSet = ["zone", "district", "region", "command", "fleet", "division", "corps"]

    /// True when the number word at `s` opens the sequence `s..<end`, a lower-case word (the things
    /// counted) follows the sequence, and no gazetteer name of two words or more starts with it ("Two
    /// Navy helicopters"; "to Nine News." and "One Nation", a known name, keep their words).
    func opensWithNumberWord(_ s: Int, _ end: Int) -> Bool {
        guard end - s >= 2, end < capitalized.count, !capitalized[end], entry.tokens[end].kind == .word,
            blockOf[end] == blockOf[s], strings.byteCount(s) <= 9, Self.numberWords.contains(fkey(s))
        else { return false }
        if let (length, _) = nameMatch(s, end), length >= 2 { return false }
        return true
    }

    /// The length of a military command at `s`: an ordinal, one or two service words and a command's
    /// word ("Third Naval Zone", "Second Military District", "5th Air Force Command"); nil otherwise.
    func militaryCommandLength(_ s: Int, _ end: Int) -> Int? {
        guard end - s >= 3, strings.byteCount(s) <= 8, Self.ordinalWords.contains(fkey(s)),
            Self.serviceAdjectives.contains(fkey(s + 1))
        else { return nil }
        var k = s + 2
        if k < end - 1, !Self.commandWords.contains(fkey(k)) { k += 1 }
        guard k < end, Self.commandWords.contains(fkey(k)) else { return nil }
        return k + 1 - s
    }
}

/// Gazetteer names whose last word is a function word elsewhere: "Hoi An", "Hội An".
extension NameMatcher {
    /// True when a gazetteer name of two words or more inside `s..<end` ends at `end` (asked only
    /// before a sequence's last function word is cut off).
    func gazetteerNameEnds(_ s: Int, _ end: Int) -> Bool {
        var k = end - 2
        while k >= s && k >= end - 4 {
            if let (length, _) = nameMatch(k, end), k + length == end { return true }
            k -= 1
        }
        return false
    }
}
