import Foundation

/// A small JSON writer into a byte buffer that produces exactly what Foundation's
/// `JSONEncoder` does with `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted`
/// when asked): the same escapes, the same spacing ("key" : value, two-space indent),
/// the same numbers. The caller writes the keys of each object in sorted order.
///
/// It is some ten times faster than `JSONEncoder`, which builds a tree of boxed values
/// and sorts every object's keys for every document.
///
/// The buffer is one `malloc` block grown with `realloc` (which moves a large block by
/// remapping its pages, so that growing never holds the old and the new copy at once)
/// and handed to the `Data` that `finish()` returns without a copy: a page whose JSON is
/// 1 GB needs about 1 GB for it, not three.
struct JSONBytesWriter {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    let pretty: Bool
    private var indent = 0
    /// For each open object or array (bit k for depth k), whether nothing has been written
    /// into it yet: a bit stack, as the contract nests a few levels only.
    private var firsts: UInt64 = 0
    private var depth = 0
    /// Where a streaming writer hands its output (nil: it all stays in the buffer).
    private let sink: ((UnsafeRawBufferPointer) -> Void)?
    /// The buffered byte count at which a streaming writer hands its output on, checked
    /// between array elements and inside long strings (`Int.max` when not streaming).
    private let flushAt: Int

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
        sink = nil
        flushAt = .max
    }

    /// A writer that hands its output to `sink` whenever `flushAt` bytes or more wait in
    /// the buffer (and at `flush()`); the bytes handed on are exactly those an unstreamed
    /// writer would hold. The caller must call `flush()` at the end.
    init(pretty: Bool, capacity: Int, sink: @escaping (UnsafeRawBufferPointer) -> Void, flushAt: Int) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
        self.sink = sink
        self.flushAt = max(flushAt, 1)
    }

    /// Hands the buffered output to the sink and frees the buffer (a streaming writer,
    /// at its end; the writer must not be used after).
    mutating func flush() {
        drain()
        free(base)
        base = malloc(64)!.assumingMemoryBound(to: UInt8.self)
        capacity = 64
    }

    /// Hands the buffered output to the sink and empties the buffer.
    private mutating func drain() {
        guard let sink, count > 0 else { return }
        sink(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    @inline(__always)
    private mutating func drainIfFull() {
        if count >= flushAt { drain() }
    }

    /// The output so far (for tests and callers that look before finishing).
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The output as `Data`, which takes over the buffer; the writer must not be used after.
    mutating func finish() -> Data {
        if count < capacity / 2 && capacity > 1 << 20, let smaller = realloc(base, max(count, 1)) {
            base = smaller.assumingMemoryBound(to: UInt8.self)
        }
        return Data(bytesNoCopy: base, count: count, deallocator: .free)
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(extra) }
    }

    /// Grows the buffer to hold `extra` more bytes (kept out of line: the inlined check
    /// in every writer call stays two instructions).
    @inline(never)
    private mutating func grow(_ extra: Int) {
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        base = realloc(base, newCapacity)!.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if count == capacity { reserve(1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, buffer.count > 0 else { return }
        reserve(buffer.count)
        (base + count).update(from: source, count: buffer.count)
        count += buffer.count
    }

    private mutating func append(contentsOf string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    private mutating func writeIndent() {
        for _ in 0..<indent { append(0x20); append(0x20) }
    }

    @inline(__always)
    private mutating func open(_ mark: UInt8) {
        precondition(depth < 64, "JSONBytesWriter nests at most 64 levels")
        firsts |= 1 &<< UInt64(truncatingIfNeeded: depth)
        depth &+= 1
        if pretty { return openPretty(mark) }
        if count == capacity { grow(1) }
        base[count] = mark
        count &+= 1
    }

    @inline(never)
    private mutating func openPretty(_ mark: UInt8) {
        append(mark)
        append(0x0A)
        indent += 1
    }

    @inline(__always)
    private mutating func close(_ mark: UInt8) {
        depth &-= 1
        if pretty { return closePretty(mark) }
        if count == capacity { grow(1) }
        base[count] = mark
        count &+= 1
    }

    @inline(never)
    private mutating func closePretty(_ mark: UInt8) {
        append(0x0A)
        indent -= 1
        writeIndent()
        append(mark)
    }

    @inline(__always)
    private mutating func separate() {
        let bit: UInt64 = 1 << UInt64(depth - 1)
        if firsts & bit != 0 {
            firsts &= ~bit
        } else {
            append(0x2C)
            if pretty { append(0x0A) }
        }
        if pretty { writeIndent() }
    }

    // Inlined: a mark and a bit of the nesting stack, cheaper than a call (and merged into
    // one function of the four, they were calls).
    @inline(__always) mutating func beginObject() { open(0x7B) }
    @inline(__always) mutating func endObject() { close(0x7D) }
    @inline(__always) mutating func beginArray() { open(0x5B) }
    @inline(__always) mutating func endArray() { close(0x5D) }

    /// Starts the next member of the open object; its value follows.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        if pretty { return prettyKey(name) }
        // Compact: the comma, the quoted name and the colon in one pass, the buffer
        // checked once (most of the output's members are short keys and values); inlined,
        // the name's length is a constant and the copy one or two stores.
        let n = name.utf8CodeUnitCount
        reserve(n &+ 4)
        let bit: UInt64 = 1 &<< UInt64(truncatingIfNeeded: depth &- 1)
        var at = count
        if firsts & bit != 0 {
            firsts &= ~bit
        } else {
            base[at] = 0x2C
            at &+= 1
        }
        base[at] = 0x22
        Self.copy(name.utf8Start, n, to: base + at + 1)
        at &+= n &+ 1
        base[at] = 0x22
        base[at &+ 1] = 0x3A
        count = at &+ 2
    }

    /// `key(_:)` in the pretty layout: the separator, the indent, `"name" : `.
    @inline(never)
    private mutating func prettyKey(_ name: StaticString) {
        let n = name.utf8CodeUnitCount
        separate()
        reserve(n + 5)
        var at = count
        base[at] = 0x22
        (base + at + 1).update(from: name.utf8Start, count: n)
        at += n + 1
        base[at] = 0x22
        if pretty {
            base[at + 1] = 0x20; base[at + 2] = 0x3A; base[at + 3] = 0x20
            at += 4
        } else {
            base[at + 1] = 0x3A
            at += 2
        }
        count = at
    }

    /// Copies the `n` bytes at `from` to `to`: up to sixteen as two words that may overlap
    /// (each read and written inside the `n` bytes), more with `update(from:count:)`.
    @inline(__always)
    static func copy(_ from: UnsafePointer<UInt8>, _ n: Int, to: UnsafeMutablePointer<UInt8>) {
        let source = UnsafeRawPointer(from)
        let target = UnsafeMutableRawPointer(to)
        if n >= 8 && n <= 16 {
            let a = source.loadUnaligned(as: UInt64.self)
            let b = source.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            target.storeBytes(of: a, as: UInt64.self)
            target.storeBytes(of: b, toByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 && n < 8 {
            let a = source.loadUnaligned(as: UInt32.self)
            let b = source.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            target.storeBytes(of: a, as: UInt32.self)
            target.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
        } else if n > 16 {
            to.update(from: from, count: n)
        } else {
            for k in 0..<n { to[k] = from[k] }
        }
    }

    /// A line feed after the value (the end of a JSONL line).
    mutating func lineFeed() { append(0x0A) }

    /// Starts the next element of the open array; its value follows.
    @inline(__always)
    mutating func element() {
        drainIfFull()
        separate()
    }

    mutating func null() {
        reserve(4)
        base[count] = 0x6E; base[count + 1] = 0x75; base[count + 2] = 0x6C; base[count + 3] = 0x6C
        count += 4
    }

    /// An integer in decimal, written straight into the buffer.
    @inline(__always)
    mutating func value(_ n: Int) {
        reserve(20)
        if n >= 0 && n < 100 {
            // One or two digits (most offsets in short entries, indexes, line numbers).
            if n < 10 {
                base[count] = UInt8(truncatingIfNeeded: n) &+ 0x30
                count += 1
            } else {
                base[count] = UInt8(truncatingIfNeeded: n / 10) &+ 0x30
                base[count + 1] = UInt8(truncatingIfNeeded: n % 10) &+ 0x30
                count += 2
            }
            return
        }
        var magnitude = n.magnitude
        if n < 0 {
            base[count] = 0x2D
            count += 1
        }
        var digits = 1
        var bound: UInt = 10
        while digits < 20 && magnitude >= bound {
            digits += 1
            if digits == 20 { break }
            bound = bound &* 10
        }
        var at = count + digits - 1
        while magnitude > 0 {
            base[at] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
            magnitude /= 10
            at -= 1
        }
        count += digits
    }

    /// A finite double as `JSONEncoder` writes it: Swift's shortest description, without a
    /// trailing ".0". A non-finite one (which `JSONEncoder` refuses) is written as null.
    mutating func value(_ d: Double) {
        guard d.isFinite else { return null() }
        // A whole number below 10^15 (not zero, whose sign shows): Swift's description is
        // its digits and ".0", so the digits alone are what JSONEncoder writes.
        if d != 0, d.magnitude < 1e15, d.rounded(.towardZero) == d { return value(Int(d)) }
        var text = d.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        append(contentsOf: text)
    }

    mutating func value(_ string: String) {
        // A native string's bytes are read in place; another (bridged) one is copied first.
        if let done: Void = string.utf8.withContiguousStorageIfAvailable({ write(escaping: $0) }) { return done }
        var s = string
        s.withUTF8 { write(escaping: $0) }
    }

    /// A string's UTF-8 bytes in quotes, escaped as `JSONEncoder` escapes them. A streaming
    /// writer escapes a long string a piece at a time, handing on the output between pieces.
    /// Inlined into `value(_:)`, its only caller: a call less for each of the report's strings.
    @inline(__always)
    private mutating func write(escaping buffer: UnsafeBufferPointer<UInt8>) {
        guard sink != nil && buffer.count > flushAt else {
            let n = buffer.count
            reserve(n + 2)
            base[count] = 0x22
            count += 1
            // Most strings need no escape: their bytes are copied eight at a time while
            // they are checked, and only a string with a byte to escape goes on byte by
            // byte from the first word that holds one.
            guard let source = buffer.baseAddress else {
                append(0x22)
                return
            }
            let from = UnsafeRawPointer(source)
            let to = UnsafeMutableRawPointer(base + count)
            var i = 0
            while i + 8 <= n {
                let word = from.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if Self.mayNeedEscape(word) { break }
                to.storeBytes(of: word, toByteOffset: i, as: UInt64.self)
                i += 8
            }
            if n >= 8 {
                if i + 8 > n && i < n {
                    // The last bytes: the string's last eight (overlapping those copied).
                    let word = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                    if !Self.mayNeedEscape(word) {
                        to.storeBytes(of: word, toByteOffset: n - 8, as: UInt64.self)
                        i = n
                    }
                }
            } else if n >= 4 {
                // Four to seven bytes: two words of four that may overlap.
                let a = from.loadUnaligned(as: UInt32.self)
                let b = from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                if !Self.mayNeedEscape(UInt64(a) | UInt64(b) << 32) {
                    to.storeBytes(of: a, as: UInt32.self)
                    to.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
                    i = n
                }
            } else {
                while i < n {
                    let b = source[i]
                    if b < 0x20 || b == 0x22 || b == 0x5C { break }
                    base[count + i] = b
                    i += 1
                }
            }
            count += i
            if i < n {
                escape(UnsafeBufferPointer(rebasing: buffer[i..<n]))
                append(0x22)
            } else {
                base[count] = 0x22  // room: reserved above
                count += 1
            }
            return
        }
        append(0x22)
        var from = 0
        while from < buffer.count {
            let to = min(buffer.count, from + flushAt)
            escape(UnsafeBufferPointer(rebasing: buffer[from..<to]))
            drainIfFull()
            from = to
        }
        append(0x22)
    }

    /// The bytes of `buffer`, escaped as `JSONEncoder` escapes a string's (no quotes).
    private mutating func escape(_ buffer: UnsafeBufferPointer<UInt8>) {
        reserve(buffer.count)
        var mark = 0
        var i = 0
        let n = buffer.count
        while i < n {
            // Eight bytes at a time while none needs an escape (the common case); in a word
            // that holds one, on to the first such byte at once.
            if i + 8 <= n {
                let mask = Self.escapeMask(UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self))
                if mask == 0 {
                    i += 8
                    continue
                }
                i += mask.trailingZeroBitCount >> 3
            }
            let b = buffer[i]
            i += 1
            guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
            let at = i - 1
            if at > mark { append(UnsafeBufferPointer(rebasing: buffer[mark..<at])) }
            mark = at + 1
            append(0x5C)
            switch b {
            case 0x22: append(0x22)
            case 0x5C: append(0x5C)
            case 0x08: append(0x62)
            case 0x0C: append(0x66)
            case 0x0A: append(0x6E)
            case 0x0D: append(0x72)
            case 0x09: append(0x74)
            default:
                let hex: StaticString = "0123456789abcdef"
                append(0x75); append(0x30); append(0x30)
                append(hex.utf8Start[Int(b >> 4)]); append(hex.utf8Start[Int(b & 0xF)])
            }
        }
        if buffer.count > mark { append(UnsafeBufferPointer(rebasing: buffer[mark..<buffer.count])) }
    }

    /// Whether any of the eight bytes of `word` is below 0x20, a quote or a backslash.
    ///
    /// One test without branches: a byte below 0x20 borrows into its high bit when 0x20 is
    /// subtracted, a quote (backslash) when 1 is subtracted from it XOR 0x22 (0x5C); the
    /// XORs keep each byte's high bit, so `~word` masks off the bytes of 0x80 and more for
    /// all three at once. A borrow runs on only from a byte that matched, so the answer is
    /// exact.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool { escapeMask(word) != 0 }

    /// The high bits of the bytes of `word` that `mayNeedEscape` flags. The lowest is exact
    /// (a borrow runs only upwards, from a byte that matched): the first byte to escape.
    @inline(__always)
    static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = word &- ones &* 0x20
        let quote = (word ^ (ones &* 0x22)) &- ones
        let backslash = (word ^ (ones &* 0x5C)) &- ones
        return (control | quote | backslash) & ~word & high
    }

    /// The string `"\(string):\(number)"`, written without building it.
    mutating func value(_ string: String, colon number: Int) {
        value(string)
        count -= 1  // the closing quote
        append(0x3A)
        value(number)
        append(0x22)
    }

    mutating func value(_ string: String?) {
        if let string { value(string) } else { null() }
    }

    mutating func value(_ n: Int?) {
        if let n { value(n) } else { null() }
    }

    mutating func value(_ d: Double?) {
        if let d { value(d) } else { null() }
    }

    mutating func array<T>(_ items: [T], _ write: (inout JSONBytesWriter, T) -> Void) {
        beginArray()
        // Elements read in place through the buffer (iterating copied each one out: a
        // retain and a release of every string of every element).
        items.withUnsafeBufferPointer { buffer in
            for i in buffer.indices {
                element()
                write(&self, buffer[i])
            }
        }
        endArray()
    }

    mutating func strings(_ items: [String]) { array(items) { $0.value($1) } }
    mutating func ints(_ items: [Int]) { array(items) { $0.value($1) } }
}
