/// The credit that closes a wire-service item, in brackets at the end of its last paragraph
/// (or as that paragraph):
///
///     (Reporting by Lena Koh and Raj Patel in Jakarta; Editing by Mark Doyle)
///
/// The reporters are the item's writers; the byline is the first of them ("Lena Koh").
/// Editors and the like, after a ";", are not. The credit must close the paragraph and
/// stand after the end of a sentence, so that a bracket in the middle of prose is none.
enum LivePageWireCredit {
    /// The first reporter the credit at the end of `paragraph` names, or nil when it ends otherwise.
    static func firstReporter(in paragraph: Substring) -> Substring? {
        let s = LineText.trimmed(paragraph)
        guard s.utf8.last == 0x29 || (s.utf8.last == 0x2E && s.utf8.dropLast().last == 0x29),
            let at = LineText.lastOffset(of: "(Reporting by ", in: s)
        else { return nil }
        let (before, credit) = LineText.split(s, at: at)
        let sentence = LineText.trimmed(before)
        if let end = sentence.unicodeScalars.last, !".!?\"'\u{201D}\u{2019})".unicodeScalars.contains(end) {
            return nil
        }
        var names = LineText.split(credit, at: "(Reporting by ".utf8.count).1
        guard let close = LineText.firstIndex(ofASCII: 0x29, in: names) else { return nil }
        names = names[..<close]
        if let semicolon = LineText.firstIndex(ofASCII: 0x3B, in: names) { names = names[..<semicolon] }
        // "Lena Koh, Raj Patel and Tom Marsh in Jakarta": the first name of the list.
        let joints: [StaticString] = [",", " and ", " & ", " in ", " from "]
        for joint in joints {
            if let cut = LineText.firstOffset(of: joint, in: names) { names = LineText.split(names, at: cut).0 }
        }
        let name = LineText.trimmed(names)
        return LivePageLineShapes.isNameShaped(name) ? name : nil
    }
}
