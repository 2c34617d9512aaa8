import ClaimKitModel

extension ClaimComparer {
    /// Ages keyed by the person they belong to: "Fire chief Jane Doe, 44, said" and "Chief
    /// Doe, 42, asked" are one person's age when the entity stage made "Jane Doe" and "Chief
    /// Doe" one entity (the claim's `subjectID`), though their written names differ. An age
    /// with no entity keeps its key (the whole name as written). Two people of one surname
    /// are two entities, and `namesTwoPeople` still keeps two full names apart.
    static func keyingAgesByPerson(_ claims: [Claim]) -> [Claim] {
        guard claims.contains(where: { $0.attribute == "age" && $0.subjectID != nil && $0.subjectKey.hasPrefix("age of ") }) else { return claims }
        return claims.map { claim in
            guard claim.attribute == "age", let id = claim.subjectID, claim.subjectKey.hasPrefix("age of ") else { return claim }
            var keyed = claim
            keyed.subjectKey = "age of person " + id.rawValue
            return keyed
        }
    }
}
