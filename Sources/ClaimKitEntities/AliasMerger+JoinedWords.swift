extension AliasMerger {
    /// `words.joined(separator: " ")`, or `words.joined()` when `spaced` is false, with every `skipping`
    /// byte left out: the words' bytes copied into one string made at its final length (the generic
    /// `joined` grew its result word by word). The same bytes, so the same string.
    ///
    /// `skipping` must be an ASCII byte (a whole character wherever it occurs in UTF-8).
    static func joinedBytes<C: Collection<String>>(_ words: C, spaced: Bool, skipping: UInt8? = nil) -> String {
        var total = 0
        for w in words { total += w.utf8.count }
        if spaced && total + words.count > 1 { total += words.count - 1 }
        guard total > 0 else { return "" }
        return String(unsafeUninitializedCapacity: total) { out in
            var n = 0
            var first = true
            for var w in words {
                if spaced && !first {
                    out[n] = 0x20
                    n += 1
                }
                first = false
                w.withUTF8 { bytes in
                    if let skipping {
                        for b in bytes where b != skipping {
                            out[n] = b
                            n += 1
                        }
                    } else if let from = bytes.baseAddress {
                        (out.baseAddress! + n).initialize(from: from, count: bytes.count)
                        n += bytes.count
                    }
                }
            }
            return n
        }
    }
}

/// Two values as a collection, with no array allocated: the two words of a key for `joinedBytes`.
struct CollectionOfTwo<Element>: RandomAccessCollection {
    let one: Element
    let two: Element

    init(_ one: Element, _ two: Element) {
        self.one = one
        self.two = two
    }

    var startIndex: Int { 0 }
    var endIndex: Int { 2 }

    subscript(position: Int) -> Element { position == 0 ? one : two }
}
