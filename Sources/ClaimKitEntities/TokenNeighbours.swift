/// What the bytes next to a token say, for tests that would otherwise index the text: whether
/// the token is "v", "vs" or "vs.", and whether the first byte after it (spaces skipped) or the
/// last byte before it is a digit.
struct TokenNeighbours: OptionSet {
    let rawValue: UInt8
    static let versus = TokenNeighbours(rawValue: 1)
    static let digitAfter = TokenNeighbours(rawValue: 2)
    static let digitBefore = TokenNeighbours(rawValue: 4)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var flags: UInt8 = 0
        let n = end - start
        if n >= 1 && n <= 3 && bytes[start] == 0x76
            && (n == 1 || bytes[start + 1] == 0x73 && (n == 2 || bytes[start + 2] == 0x2E))
        {
            flags |= 1
        }
        var k = end
        while k < bytes.count && bytes[k] == 0x20 { k += 1 }
        if k < bytes.count && bytes[k] &- 0x30 < 10 { flags |= 2 }
        k = start - 1
        while k >= 0 && bytes[k] == 0x20 { k -= 1 }
        if k >= 0 && bytes[k] &- 0x30 < 10 { flags |= 4 }
        rawValue = flags
    }
}
