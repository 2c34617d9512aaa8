/// A lookup key of several folded words joined by spaces ("secretary of state", "new york city"),
/// built word by word as bytes with its FNV-1a state carried along: looking the key up after each
/// word makes no string and hashes no byte twice (a rule that grew a `String` key one word at a time
/// made and hashed a new string per word).
///
/// The bytes are those of the folded words' strings joined by " " while every word is ASCII
/// (`WordKey.hash != 0`); a key whose words are not all ASCII, or that outgrows the buffer, is `nil`
/// and its caller looks it up by string. An ASCII key found by its bytes and hash is the key found by
/// its string (`WordMap`), so the answers are those of the string keys.
struct MultiWordKey {
    /// The bytes a key may hold (longer keys are looked up by string).
    static let capacity = 512

    private let buffer: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    /// FNV-1a over the bytes so far, before `WordMap.asciiHash`'s final `| 1`.
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// An empty key written into `buffer` (owned by the caller for as long as this key is used).
    init(buffer: UnsafeMutablePointer<UInt8>) {
        self.buffer = buffer
    }

    /// Appends `word` (a space first unless the key is empty); false when it is not ASCII or there is
    /// no room, and then the key must not be used any more.
    @inline(__always)
    mutating func append(_ word: WordKey) -> Bool {
        guard word.hash != 0 else { return false }
        let b = word.bytes
        let spaced = count > 0 ? 1 : 0
        guard count + spaced + b.count <= MultiWordKey.capacity else { return false }
        var h = state
        var n = count
        if spaced == 1 {
            buffer[n] = 0x20
            h = (h ^ 0x20) &* 0x100_0000_01b3
            n += 1
        }
        for byte in b {
            buffer[n] = byte
            h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
            n += 1
        }
        state = h
        count = n
        return true
    }

    /// The key as a `WordKey` (valid while the buffer is not written again).
    @inline(__always)
    var key: WordKey { WordKey(ascii: UnsafeBufferPointer(start: buffer, count: count), hash: state | 1) }
}

extension NameMatcher {
    /// Whether the folded words of tokens `u..<v` joined by spaces are a gazetteer name: the same
    /// answer as `names.contains(folded[u..<v].joined(separator: " "))`, from the words' bytes when
    /// they are ASCII (no string made).
    func namesContain(_ u: Int, _ v: Int) -> Bool {
        var bytes = MultiWordKey(buffer: state.keyBytes)
        var k = u
        while k < v && bytes.append(fkey(k)) { k += 1 }
        if k == v && v > u { return shared.tables.names.contains(bytes.key) }
        return shared.tables.names.contains((u..<v).map { folded[$0] }.joined(separator: " "))
    }
}
