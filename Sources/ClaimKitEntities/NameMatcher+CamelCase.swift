/// Brand-shaped words: one word glued from capitalised parts ("MetService", "PayPal",
/// "BlackRock", "JetBlue") names a company or a service, not a person, when it stands alone.
extension NameMatcher {
    /// Whether token `u` is an ASCII word of letters whose first part, before a capital inside
    /// it, has three letters or more and is no family-name prefix ("Mac", "Van", "Fitz"...):
    /// "MetService" and "YouTube" are, "McAllister", "DeShawn", "MacDonald" and "LaToya" not.
    func isCamelCaseBrand(_ u: Int) -> Bool {
        let b = strings.tokenBytes(u)
        guard b.count >= 5, b.count <= 20, let first = b.first, first &- 0x41 < 26 else { return false }
        var inner: Int?
        for k in 1..<b.count {
            let c = b[k]
            if c &- 0x41 < 26 {
                guard b[k - 1] &- 0x61 < 26, inner == nil else { return false }  // one inner capital, after a lower-case letter
                inner = k
            } else if c &- 0x61 >= 26 {
                return false
            }
        }
        guard let inner, inner >= 3, b.count - inner >= 2 else { return false }
        let prefix = String(decoding: b[0..<inner], as: UTF8.self)
        return !Self.familyNamePrefixes.contains(prefix)
    }

    /// First parts of family names written with an inner capital ("MacDonald", "VanDyke",
    /// "FitzGerald", "DelVecchio", "DiMaggio" is caught by length).
    static let familyNamePrefixes: Set<String> = ["Mac", "Van", "Von", "Fitz", "Del", "Dal", "Della", "Ver", "Ten", "Ter"]
}
