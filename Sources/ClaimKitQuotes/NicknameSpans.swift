import ClaimKitModel

/// Nicknames in double marks inside a name ("Carlos "Chava" Sastre", "Earvin "Magic"
/// Johnson") are part of the name, not quotes (`quote.nickname`): such spans are dropped
/// before attribution, and `SpeakerFinder` reads the marks as part of the name.
enum NicknameSpans {
    /// Whether `span` is a nickname: double marks around one or two capitalised words,
    /// right between a capitalised word (not possessive) and a capitalised word, outside
    /// titles (whose words are all capitalised anyway).
    static func isNickname(_ span: QuoteSpan, text: EntryScalars, blocks: [Block]) -> Bool {
        guard !span.isSingle, !span.isNested, let close = span.close, blocks[span.block].kind != .title,
            span.open >= 2, close + 2 < text.count
        else { return false }
        let s = text.scalars
        // One or two words, each capitalised, letters and hyphens only.
        var words = 0
        var atStart = true
        for i in span.inner {
            let c = s[i]
            if c == " " {
                guard !atStart else { return false }
                atStart = true
                continue
            }
            if atStart {
                guard c.isUpper else { return false }
                words += 1
                atStart = false
            } else if !c.isLetter && c != "-" && c != "'" && c != "\u{2019}" {
                return false
            }
        }
        guard words >= 1, words <= 2, !atStart else { return false }
        // A capitalised word before (not "X's"), a capitalised word after.
        guard s[span.open - 1] == " ", s[close + 1] == " ", s[close + 2].isUpper else { return false }
        var k = span.open - 2
        while k > 0, s[k - 1].isLetter || s[k - 1] == "-" { k -= 1 }
        // (A possessive "Biden's" stops the walk at its "s", which is not capitalised.)
        guard s[span.open - 2].isLetter, s[k].isUpper, k == 0 || !(s[k - 1] == "'" || s[k - 1] == "\u{2019}")
        else { return false }
        // The word before is a name, not a sentence-initial function word ("The "Big" Ones").
        let before = text.string(k, span.open - 1).lowercased()
        return !Words.capitalisedFunctionWords.contains(before)
    }
}
