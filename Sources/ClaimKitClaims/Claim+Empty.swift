import ClaimKitModel

extension Claim {
    /// A claim with every field empty: the slot a figure's claim is written into by the
    /// claim reader's rules (`EntryClaimReader.fill(_:for:quantity:subject:attribute:rule:)`).
    /// Made once: a copy retains nothing (no string of it holds storage), where a claim
    /// made per figure from its fields cost as much as the copies the slot saves.
    static let empty = Claim(
        id: "", entry: 0, subject: "", subjectKey: "", attribute: "",
        quantity: Quantity(value: 0, unit: "", bound: .exact, range: TextRange(utf8Start: 0, utf8End: 0), text: "", rule: ""),
        range: TextRange(utf8Start: 0, utf8End: 0), text: "", rule: "")
}
