import ClaimKitModel

extension Claim {
    /// A claim with every field empty: the slot a figure's claim is written into by the
    /// claim reader's rules (`EntryClaimReader.fill(_:for:quantity:subject:attribute:rule:)`).
    /// Made from literals each time: no string of it holds storage to retain.
    static var empty: Claim {
        Claim(
            id: "", entry: 0, subject: "", subjectKey: "", attribute: "",
            quantity: Quantity(value: 0, unit: "", bound: .exact, range: TextRange(utf8Start: 0, utf8End: 0), text: "", rule: ""),
            range: TextRange(utf8Start: 0, utf8End: 0), text: "", rule: "")
    }
}
