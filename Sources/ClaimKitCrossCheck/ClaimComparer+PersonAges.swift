import ClaimKitModel

extension ClaimComparer {
    /// Ages keyed by the person they belong to: "Fire chief Jane Doe, 44, said" and "Chief
    /// Doe, 42, asked" are one person's age when the entity stage made "Jane Doe" and "Chief
    /// Doe" one entity (the claim's `subjectID`), though their written names differ. An age
    /// with no entity keeps its key (the whole name as written). Two people of one surname
    /// are two entities, and `namesTwoPeople` still keeps two full names apart.
    static func keyingAgesByPerson(_ claims: [Claim]) -> [Claim] {
        // Read in place (no claim copied out to a closure).
        var any = false
        for i in claims.indices where claims[i].attribute == "age" && claims[i].subjectID != nil && claims[i].subjectKey.hasPrefix("age of ") {
            any = true
            break
        }
        guard any else { return claims }
        // Changed in place: the other claims are not copied one by one.
        var keyed = claims
        for i in keyed.indices where keyed[i].attribute == "age" && keyed[i].subjectID != nil && keyed[i].subjectKey.hasPrefix("age of ") {
            keyed[i].subjectKey = "age of person " + keyed[i].subjectID!.rawValue
        }
        return keyed
    }
}
