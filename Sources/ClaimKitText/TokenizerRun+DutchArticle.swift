/// The Dutch article "'t" inside names ("Joost van 't Hoff", "Gerard 't Hooft"): an apostrophe after a
/// space, then "t", a space and a capital letter, is one word, not a single quote mark that opens.
extension TokenizerRun {
    /// The end of the word "'t" (or "’t") that starts at `i`, nil when there is none.
    func dutchArticleEnd(at i: Int, _ v: UInt32, _ w: Int, prevOpens: Bool) -> Int? {
        guard prevOpens, v == 0x27 || v == 0x2019, i + w + 2 < n, s.bytes[i + w] == 0x74, s.bytes[i + w + 1] == 0x20
        else { return nil }
        let capital = s.bytes[i + w + 2]
        guard capital &- 0x41 < 26 else { return nil }
        // After a word: "van 't", "op 't", "Gerard 't" (not an apostrophe opening a line or a quotation).
        guard let (p, _) = s.scalar(before: i), p == 0x20, i >= 2, s.bytes[i - 2] &- 0x41 < 58 else { return nil }
        return i + w + 1
    }
}
