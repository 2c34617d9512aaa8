import ClaimKitModel

/// A very long text (a page that is one 200 MB paragraph) read in windows, so that the
/// lexer's items and the parse's lists are those of one window at a time, not of the whole
/// text (the items alone took some eighteen bytes per byte of text: 3.6 GB for 200 MB).
///
/// Each window is a core of `core` bytes with `margin` bytes of context on each side; the
/// figures kept from it are those that start in its core. A figure and the words its rules
/// read lie well within a margin, so every kept figure is the one the whole parse finds;
/// should a kept figure reach into the last half of the right margin (a figure as long as
/// the margin), the window is read again with four times the margin.
extension QuantityParser {
    /// The text size (UTF-8 bytes) from which `quantities(gatedText:...)` reads in windows.
    static let windowedFrom = 4 << 20
    /// The bytes whose figures one window keeps.
    static let windowCore = 1 << 20
    /// The context read on each side of a window's core.
    static let windowMargin = 16 << 10

    /// The quantities of `text`, read window by window: the same as one parse of the whole.
    func quantitiesInWindows(
        _ text: String, core: Int = windowCore, margin: Int = windowMargin,
        joiningDurationsAcrossWords: Bool, readingRates: Bool
    ) -> [Quantity] {
        var text = text
        text.makeContiguousUTF8()
        let n = text.utf8.count
        // Window edges: a space within 256 bytes (a window starts between words), else the
        // next scalar boundary.
        func edge(_ offset: Int) -> Int {
            guard offset > 0 else { return 0 }
            guard offset < n else { return n }
            return text.utf8.withContiguousStorageIfAvailable { b -> Int in
                var i = offset
                while i < n && i < offset + 256 && b[i] != 0x20 { i += 1 }
                if i < n && b[i] == 0x20 { return i }
                i = offset
                while i < n && b[i] & 0xC0 == 0x80 { i += 1 }
                return i
            } ?? n
        }
        var out: [Quantity] = []
        var start = 0
        while start < n {
            let end = start + core >= n ? n : max(start + 1, edge(start + core))
            var width = margin
            while true {
                let lo = start == 0 ? 0 : edge(max(0, start - width))
                let hi = end == n ? n : edge(min(n, end + width))
                let window = String(text.slice(TextRange(utf8Start: lo, utf8End: hi)))
                let found = quantities(in: window, joiningDurationsAcrossWords: joiningDurationsAcrossWords, readingRates: readingRates)
                var kept: [Quantity] = []
                var cut = false
                for var q in found {
                    let from = q.range.utf8Start + lo
                    guard from >= start && from < end else { continue }
                    if hi < n && q.range.utf8End + lo > hi - width / 2 {
                        cut = true
                        break
                    }
                    q.range = TextRange(utf8Start: from, utf8End: q.range.utf8End + lo)
                    kept.append(q)
                }
                if !cut || (lo == 0 && hi == n) {
                    out.append(contentsOf: kept)
                    break
                }
                width *= 4
            }
            start = end
        }
        return out
    }
}
