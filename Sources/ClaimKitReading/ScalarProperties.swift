/// The Unicode properties the line shapes test, answered for ASCII scalars without the
/// property tables (a look-up costs hundreds of instructions). For ASCII the tables say:
/// digits are the only numerics, A-Z and a-z the only upper- and lower-case letters and
/// the only alphabetic ones, tab to carriage return and space the only white space.
/// Other scalars ask the tables, so every answer is the property's.
extension Unicode.Scalar {
    /// `properties.numericType != nil`.
    @inline(__always) var quickIsNumeric: Bool {
        value < 0x80 ? value &- 0x30 < 10 : properties.numericType != nil
    }

    /// `properties.isUppercase`.
    @inline(__always) var quickIsUppercase: Bool {
        value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase
    }

    /// `properties.isLowercase`.
    @inline(__always) var quickIsLowercase: Bool {
        value < 0x80 ? value &- 0x61 < 26 : properties.isLowercase
    }

    /// `properties.isAlphabetic`.
    @inline(__always) var quickIsAlphabetic: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }

    /// `properties.isWhitespace`.
    @inline(__always) var quickIsWhitespace: Bool {
        value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace
    }
}
