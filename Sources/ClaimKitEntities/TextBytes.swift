import ClaimKitModel

extension String {
    /// `String(slice(range))`, built from the UTF-8 bytes: the same text, without the index
    /// alignment checks of a `String` subscript (a few hundred instructions a call), and with
    /// no allocation for small strings. The range must lie on scalar boundaries (token and
    /// mention ranges do).
    func entityString(_ range: TextRange) -> String {
        var text = self
        return text.withUTF8 {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range.utf8Start..<range.utf8End]), as: UTF8.self)
        }
    }

    /// `slice(range)` as a substring of its own (see `entityString`).
    func entitySubstring(_ range: TextRange) -> Substring { Substring(entityString(range)) }
}
