import ClaimKitModel

/// Binary searches over tokens in text order (which never overlap, so that both their
/// starts and their ends are sorted): where a block's tokens begin and end, found in a few
/// steps instead of by stepping over every token before.
enum TokenSearch {
    /// The first index from `from` whose token starts at or after UTF-8 offset `offset`
    /// (`tokens.count` when none does).
    @inline(__always)
    static func firstStarting(atOrAfter offset: Int, in tokens: UnsafeBufferPointer<Token>, from: Int) -> Int {
        var low = from
        var high = tokens.count
        while low < high {
            let mid = low &+ (high &- low) >> 1
            if tokens[mid].range.utf8Start < offset { low = mid &+ 1 } else { high = mid }
        }
        return low
    }

    /// The first index from `from` whose token ends after UTF-8 offset `offset`
    /// (`tokens.count` when none does).
    @inline(__always)
    static func firstEnding(after offset: Int, in tokens: UnsafeBufferPointer<Token>, from: Int) -> Int {
        var low = from
        var high = tokens.count
        while low < high {
            let mid = low &+ (high &- low) >> 1
            if tokens[mid].range.utf8End <= offset { low = mid &+ 1 } else { high = mid }
        }
        return low
    }
}
