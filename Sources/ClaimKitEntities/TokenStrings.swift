import ClaimKitText
import ClaimKitModel

/// The strings of an entry's tokens (each as written, and folded), built the first time a rule
/// reads them.
///
/// Most tokens of running text are lower-case words that no rule reads: a rule looks at a
/// capitalised sequence and the few tokens around it. Building every token's two strings up
/// front cost a few hundred instructions per token, and as much again to free them; here a
/// token's strings are made from the entry's bytes on first use (the same strings the eager
/// version made, by the same code) and kept. A class, so that the matcher's non-mutating rules
/// can fill it; one allocation of each kind per entry.
///
/// Memory (issue 7, a 200 MB paragraph is one entry of some 40 million tokens): the strings made
/// are kept in one growing store, and each token holds only the 4-byte index of each of its two
/// strings there (it held two 16-byte string slots, made or not). Session 9: no surface hash kept
/// (a token's surface is looked up once, `TokenFacts.fillSurface`), the fold's state and length in
/// one 16-bit field, the store in chunks that never move (no doubling copy): 18 bytes per token
/// and 2 per text byte, was 30 and 2.
final class TokenStrings {
    /// The buffers below, lent by a pool for the life of this object (nil when it allocated its own).
    private let lent: TokenBuffers?
    private let pool: TokenBufferPool?
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let tokens: [Token]
    /// The number of UTF-8 bytes of the text (`bytes` holds at least one).
    private let textCount: Int
    /// Per token: the index in the store of its folded string, and of its surface string; -1 until
    /// made (each on first read).
    private let foldSlots: UnsafeMutablePointer<Int32>
    private let surfaceSlots: UnsafeMutablePointer<Int32>
    /// The strings made so far (`store.pointee`), in a buffer that grows; raw memory behind `let`
    /// pointers, so that a read needs no exclusivity check of a class property.
    private let store: UnsafeMutablePointer<StringStore>
    /// Each token's folded word as bytes, at the token's own offset (a fold is never longer than
    /// the token), for ASCII words; written the first time a rule looks a token's word up.
    private let foldBytes: UnsafeMutablePointer<UInt8>
    /// Per token: 0 not looked at yet, 1 other (looked up by string), else 2 + the number of bytes
    /// of an ASCII fold (bytes above, hash below); a fold of 65,534 bytes or more is looked up by
    /// string (the same answers, see `WordKey`).
    private let foldInfo: UnsafeMutablePointer<UInt16>
    private let foldHashes: UnsafeMutablePointer<UInt64>
    let count: Int

    /// The strings of `tokens` of `text`, in buffers of their own.
    convenience init(text: String, tokens: [Token]) {
        self.init(text: text, tokens: tokens, pool: nil)
    }

    /// The strings of `tokens` of `text`, in buffers lent by `pool` when it has free ones big enough
    /// (the entries of a document reuse one set: no ten allocations and frees per entry).
    init(text: String, tokens: [Token], pool: TokenBufferPool?) {
        var text = text
        let utf8Count = text.utf8.count
        count = tokens.count
        let buffers = pool?.lend(tokens: max(count, 1), bytes: max(utf8Count, 1))
            ?? TokenBuffers(tokens: max(count, 1), bytes: max(utf8Count, 1))
        lent = pool == nil ? nil : buffers
        self.pool = pool
        let copy = buffers.bytes
        text.withUTF8 { source in
            if let base = source.baseAddress, let target = copy.baseAddress {
                target.update(from: base, count: source.count)
            }
        }
        bytes = copy
        textCount = utf8Count
        self.tokens = tokens
        foldSlots = buffers.foldSlots
        foldSlots.initialize(repeating: -1, count: max(count, 1))
        surfaceSlots = buffers.surfaceSlots
        surfaceSlots.initialize(repeating: -1, count: max(count, 1))
        store = buffers.store
        foldBytes = buffers.foldBytes
        foldInfo = buffers.foldInfo
        foldInfo.initialize(repeating: 0, count: max(count, 1))
        foldHashes = buffers.foldHashes
        ownBuffers = pool == nil ? buffers : nil
    }

    /// The buffers when no pool lent them (freed with this object).
    private let ownBuffers: TokenBuffers?

    deinit {
        store.pointee.removeAll()
        if let lent, let pool { pool.giveBack(lent) }
    }

    /// Token `k`'s bytes in the entry's text (valid while this object lives).
    @inline(__always)
    func tokenBytes(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        let range = tokens[k].range
        return UnsafeBufferPointer(start: bytes.baseAddress! + range.utf8Start, count: range.utf8End - range.utf8Start)
    }

    /// The number of UTF-8 bytes of token `k`.
    @inline(__always)
    func byteCount(_ k: Int) -> Int {
        let range = tokens[k].range
        return range.utf8End - range.utf8Start
    }

    /// Whether token `k` is written exactly `text` (byte equality: the surface string is made of
    /// the token's bytes, and `==` of two strings with equal bytes is true; for the ASCII literals
    /// the rules use, other than ";", "`" and "K", or "’", unequal bytes mean unequal strings).
    @inline(__always)
    func surfaceIs(_ k: Int, _ text: StaticString) -> Bool {
        let range = tokens[k].range
        let n = range.utf8End - range.utf8Start
        guard n == text.utf8CodeUnitCount else { return false }
        let p = bytes.baseAddress! + range.utf8Start
        return text.withUTF8Buffer { t in
            for i in 0..<n where p[i] != t[i] { return false }
            return true
        }
    }

    /// Token `k`'s folded word as a lookup key (see `WordKey`): the same word as `folded(k)`,
    /// as bytes and a hash for ASCII words, made once per token.
    @inline(__always)
    func foldedKey(_ k: Int) -> WordKey {
        var info = foldInfo[k]
        if info == 0 {
            buildFold(k)
            info = foldInfo[k]
        }
        if info >= 2 {
            return WordKey(
                ascii: UnsafeBufferPointer(start: foldBytes + tokens[k].range.utf8Start, count: Int(info &- 2)),
                hash: foldHashes[k])
        }
        return WordKey(string: folded(k))
    }

    /// Token `k` as written, as a lookup key: the same word as `surface(k)`. (Asked once per token,
    /// by `TokenFacts.fillSurface`: its hash is not kept.)
    @inline(__always)
    func surfaceKey(_ k: Int) -> WordKey {
        if let h = WordMap<Bool>.asciiHash(bytes: tokenBytes(k)) { return WordKey(ascii: tokenBytes(k), hash: h) }
        return WordKey(string: surface(k))
    }

    /// Folds an ASCII token into `foldBytes` as `build` folds it (non-words fold to "", words drop
    /// periods and lower their capitals); other tokens are left to their strings.
    private func buildFold(_ k: Int) {
        let token = tokens[k]
        let start = token.range.utf8Start
        let isWordLike = token.kind == .word || token.kind == .number || token.kind == .possessive
        var n = 0
        // (The FNV-1a hash of `WordMap.asciiHash` computed in the same pass as the fold.)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        if isWordLike {
            let word = tokenBytes(k)
            let out = foldBytes + start
            guard word.count < 65_534 else {
                foldInfo[k] = 1
                return
            }
            for b in word {
                if b >= 0x80 {
                    foldInfo[k] = 1
                    return
                }
                if b == 0x2E { continue }
                let f = b &- 0x41 < 26 ? b | 0x20 : b
                out[n] = f
                h = (h ^ UInt64(f)) &* 0x100_0000_01b3
                n += 1
            }
        }
        foldHashes[k] = h | 1
        foldInfo[k] = UInt16(truncatingIfNeeded: n &+ 2)
    }

    /// Token `k` folded ("" for non-words).
    @inline(__always)
    func folded(_ k: Int) -> String {
        let slot = foldSlots[k]
        if slot < 0 { return buildFolded(k) }
        return store.pointee[Int(slot)]
    }

    /// Token `k` as written.
    @inline(__always)
    func surface(_ k: Int) -> String {
        let slot = surfaceSlots[k]
        if slot < 0 { return buildSurface(k) }
        return store.pointee[Int(slot)]
    }

    /// Whether the first byte after token `k`, spaces skipped, is a digit (`TokenNeighbours.digitAfter`,
    /// without the other facts).
    @inline(__always)
    func digitAfter(_ k: Int) -> Bool {
        var i = tokens[k].range.utf8End
        while i < textCount && bytes[i] == 0x20 { i += 1 }
        return i < textCount && bytes[i] &- 0x30 < 10
    }

    /// Whether the last byte before token `k`, spaces skipped, is a digit (`TokenNeighbours.digitBefore`).
    @inline(__always)
    func digitBefore(_ k: Int) -> Bool {
        var i = tokens[k].range.utf8Start - 1
        while i >= 0 && bytes[i] == 0x20 { i -= 1 }
        return i >= 0 && bytes[i] &- 0x30 < 10
    }

    /// Whether token `k` is "v", "vs" or "vs." (`TokenNeighbours.versus`).
    @inline(__always)
    func isVersus(_ k: Int) -> Bool {
        let range = tokens[k].range
        let start = range.utf8Start
        let n = range.utf8End - start
        return n >= 1 && n <= 3 && bytes[start] == 0x76
            && (n == 1 || bytes[start + 1] == 0x73 && (n == 2 || bytes[start + 2] == 0x2E))
    }

    /// The byte facts next to token `k` (see `TokenNeighbours`), read from the entry's bytes.
    func neighbours(_ k: Int) -> TokenNeighbours {
        let range = tokens[k].range
        return TokenNeighbours(UnsafeBufferPointer(start: bytes.baseAddress, count: textCount), range.utf8Start, range.utf8End)
    }

    /// Makes token `k`'s folded string from its bytes (small strings need no allocation, and no
    /// index of the entry's text is checked for alignment as `slice` does). Each of a token's two
    /// strings is made on its own first read: most tokens a rule reads need only one.
    private func buildFolded(_ k: Int) -> String {
        let token = tokens[k]
        let word = tokenBytes(k)
        let isWordLike = token.kind == .word || token.kind == .number || token.kind == .possessive
        let fold: String
        if !isWordLike {
            fold = ""
        } else if word.count == 1 && word[0] < 0x80 && word[0] != 0x2E {
            // One ASCII byte ("a", "I", "&"): strings made once, no byte validated.
            let b = word[0]
            fold = NameMatcher.oneByteStrings[Int(b &- 0x41 < 26 ? b | 0x20 : b)]
        } else if let f = NameFolding.foldASCII(word) {
            fold = f
        } else {
            fold = NameFolding.fold(surface(k))
        }
        foldSlots[k] = store.pointee.append(fold)
        return fold
    }

    /// Makes token `k`'s surface string: its bytes as a string.
    private func buildSurface(_ k: Int) -> String {
        let word = tokenBytes(k)
        let surface: String
        if word.count == 1 && word[0] < 0x80 {
            surface = NameMatcher.oneByteStrings[Int(word[0])]
        } else if word.allSatisfy({ $0 < 0x80 }) {
            surface = NameFolding.asciiString(word)
        } else {
            surface = String(decoding: word, as: UTF8.self)
        }
        surfaceSlots[k] = store.pointee.append(surface)
        return surface
    }
}

/// The strings a `TokenStrings` made, in chunks of 1,024 that are never moved (the chunks are kept
/// by the pool for the next entry, emptied). Memory: a store that doubled kept up to twice the
/// strings' room, and both buffers while it grew (a 200 MB paragraph makes some 20 million strings).
struct StringStore {
    private static let shift = 10
    private static let chunkSize = 1 << shift
    private var chunks: [UnsafeMutablePointer<String>] = []
    private(set) var count = 0

    init() {}

    /// String `i`.
    @inline(__always)
    subscript(i: Int) -> String {
        chunks[i &>> StringStore.shift][i & (StringStore.chunkSize - 1)]
    }

    /// Adds `s` and returns its index.
    @inline(__always)
    mutating func append(_ s: String) -> Int32 {
        let n = count
        if n &>> StringStore.shift == chunks.count { chunks.append(.allocate(capacity: StringStore.chunkSize)) }
        (chunks[n &>> StringStore.shift] + (n & (StringStore.chunkSize - 1))).initialize(to: s)
        count = n + 1
        return Int32(truncatingIfNeeded: n)
    }

    /// Frees the strings (the chunks stay).
    mutating func removeAll() {
        var left = count
        for chunk in chunks where left > 0 {
            let n = min(left, StringStore.chunkSize)
            chunk.deinitialize(count: n)
            left -= n
        }
        count = 0
    }

    /// Frees the chunks (the store must be empty).
    func deallocate() {
        for chunk in chunks { chunk.deallocate() }
    }
}

/// The raw buffers of a `TokenStrings`, for `tokens` tokens and `bytes` bytes of text (the
/// strings of `store` are added and freed by their `TokenStrings`; the slots and state bytes are
/// set by it for its own count).
final class TokenBuffers {
    let tokenCapacity: Int
    let byteCapacity: Int
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let foldSlots: UnsafeMutablePointer<Int32>
    let surfaceSlots: UnsafeMutablePointer<Int32>
    let store: UnsafeMutablePointer<StringStore>
    let foldBytes: UnsafeMutablePointer<UInt8>
    let foldInfo: UnsafeMutablePointer<UInt16>
    let foldHashes: UnsafeMutablePointer<UInt64>

    init(tokens: Int, bytes byteCount: Int) {
        tokenCapacity = tokens
        byteCapacity = byteCount
        bytes = .allocate(capacity: byteCount)
        foldSlots = .allocate(capacity: tokens)
        surfaceSlots = .allocate(capacity: tokens)
        store = .allocate(capacity: 1)
        store.initialize(to: StringStore())
        foldBytes = .allocate(capacity: byteCount)
        foldInfo = .allocate(capacity: tokens)
        foldHashes = .allocate(capacity: tokens)
    }

    deinit {
        bytes.deallocate()
        foldSlots.deallocate()
        surfaceSlots.deallocate()
        store.pointee.removeAll()
        store.pointee.deallocate()
        store.deinitialize(count: 1)
        store.deallocate()
        foldBytes.deallocate()
        foldInfo.deallocate()
        foldHashes.deallocate()
    }
}

/// One set of `TokenBuffers` lent to one `TokenStrings` at a time (the entries of one call to
/// `EntityRecognizer.entities(in:)` are matched one after another). A set in use is never lent
/// again: a second `TokenStrings` alive at the same time gets buffers of its own.
final class TokenBufferPool {
    private var free: TokenBuffers?

    /// Free buffers with room for `tokens` tokens and `bytes` bytes, or nil (the caller allocates).
    func lend(tokens: Int, bytes: Int) -> TokenBuffers? {
        if let buffers = free {
            free = nil
            if buffers.tokenCapacity >= tokens && buffers.byteCapacity >= bytes { return buffers }
        }
        // Room for this entry and some growth: the next entries of the page rarely need more.
        return TokenBuffers(tokens: max(tokens, 256), bytes: max(bytes, 2048))
    }

    /// Takes back buffers lent by `lend`.
    func giveBack(_ buffers: TokenBuffers) { free = buffers }
}

/// The folded words of an entry's tokens, read like an array (`folded[k]`), built on first read.
struct TokenFolds {
    let strings: TokenStrings
    var count: Int { strings.count }
    subscript(k: Int) -> String { strings.folded(k) }
    /// The folded words of tokens `r`, in order.
    subscript(r: Range<Int>) -> [String] { r.map { strings.folded($0) } }
}

/// The surfaces of an entry's tokens, read like an array (`surfaces[k]`), built on first read.
struct TokenSurfaces {
    let strings: TokenStrings
    var count: Int { strings.count }
    subscript(k: Int) -> String { strings.surface(k) }
}

/// The byte facts next to an entry's tokens, read like an array (`neighbours[k]`), computed
/// when a rule asks (only the sports-club rule does, next to a few names).
struct TokenNeighbourFacts {
    let strings: TokenStrings
    subscript(k: Int) -> TokenNeighbours { strings.neighbours(k) }
}
