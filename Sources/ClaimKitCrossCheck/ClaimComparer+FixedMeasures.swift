import ClaimKitModel

extension ClaimComparer {
    /// Whether a group's subject is one thing on a page whatever its article: the speed
    /// limit of a named or definite place ("a speed limit of 5 knots applies in the
    /// harbour" and "the 8-knot limit in the harbour"; the claim stage keys it with its
    /// place, `claim.fixed-measure`). A limit with no place may be any of several.
    static func isOneOnPage(_ key: GroupKey) -> Bool {
        key.attribute == "speed" && key.subject.hasPrefix("speed limit ")
    }
}
