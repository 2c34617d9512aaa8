import Foundation

/// Splits an article whose updates are paragraphs headed by a bare clock time ("10 p.m.",
/// "4:14 p.m.") and separated by rules ("___"), as AP's "The Latest" pages are, into one
/// update per time. Text before the first time is the preamble.
enum TimestampedUpdateSplitter {
    struct Update {
        var time: String
        var blocks: [CollectedBlock]
    }

    nonisolated(unsafe) private static let timeLine = try! Regex(
        #"^(\d{1,2}(:\d{2})?\s*[ap]\.\s?m\.|\d{1,2}:\d{2}(\s*[ap]\.?\s?m\.?)?|noon|midnight)(\s+[A-Z]{2,5})?$"#
    ).ignoresCase()

    static func split(_ blocks: [CollectedBlock]) -> (preamble: [CollectedBlock], updates: [Update])? {
        let marks = blocks.indices.filter {
            // A block's white space is collapsed: a time line is short (the expression then
            // has at most one space to match at each `\s`); a long paragraph is never one.
            blocks[$0].kind == .paragraph && blocks[$0].text.utf8.count <= 64 && mayBeTime(blocks[$0].text)
                && (LiveBlogDetector.isSimpleClockTime(blocks[$0].text, dot: false, spaced: false)
                    || (try? timeLine.wholeMatch(in: blocks[$0].text)) != nil)
        }
        guard marks.count >= 2 else { return nil }
        var updates: [Update] = []
        for (n, mark) in marks.enumerated() {
            let end = n + 1 < marks.count ? marks[n + 1] : blocks.count
            let body = blocks[(mark + 1)..<end].filter { !isRule($0.text) }
            updates.append(Update(time: blocks[mark].text, blocks: Array(body)))
        }
        guard updates.allSatisfy({ !$0.blocks.isEmpty }) else { return nil }
        return (Array(blocks[..<marks[0]].filter { !isRule($0.text) }), updates)
    }

    /// A cheap test before the regular expression: a time line starts with one or two
    /// digits followed by ":" or (after white space) "a" or "p", or with "noon" or
    /// "midnight" (either case). A non-ASCII byte where it matters is left to the
    /// expression.
    static func mayBeTime(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { u in
            let n = u.count
            guard n > 0 else { return false }
            let first = u[0]
            if first >= 0x80 { return true }
            if first >= 0x30 && first <= 0x39 {
                var j = 1
                if j < n && u[j] >= 0x30 && u[j] <= 0x39 { j += 1 }
                guard j < n else { return false }
                if u[j] >= 0x80 || u[j] == 0x3A { return true }
                while j < n && (u[j] == 0x20 || (u[j] >= 0x09 && u[j] <= 0x0D)) { j += 1 }
                guard j < n else { return false }
                return u[j] >= 0x80 || u[j] | 0x20 == 0x61 || u[j] | 0x20 == 0x70  // a, p
            }
            guard first | 0x20 == 0x6E || first | 0x20 == 0x6D else { return false }  // n, m
            for word: StaticString in ["noon", "midnight"] {
                let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
                var k = 0
                while k < w.count && k < n {
                    let b = u[k]
                    if b >= 0x80 { return true }
                    if b | 0x20 != w[k] || !(b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) { break }
                    k += 1
                }
                if k == w.count { return true }
            }
            return false
        }
    }

    static func isRule(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 == "_" || $0 == "-" || $0 == "*" || $0 == "—" || $0 == " " }
    }
}
