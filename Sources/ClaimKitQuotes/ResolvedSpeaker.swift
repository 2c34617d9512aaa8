import ClaimKitModel

/// A speaker as the quote record names it.
struct ResolvedSpeaker: Sendable {
    var name: String
    var id: EntityID?
    var type: EntityType?
    var gender: Entity.Gender?
    /// A plural common noun ("officials"): never "he" or "she".
    var isPlural = false
    /// How the mention was linked (`quote.speaker.entity`, `…pronoun`, …).
    var resolution: RuleID
    /// Scalar range of the mention that names the speaker for this quote.
    var mention: Range<Int>

    /// The speaker was named through a representative ("a spokeswoman for the union").
    var viaRepresentative = false

    /// Whether the speaker can be "he" / "she".
    func isCompatible(withPronoun pronoun: String) -> Bool {
        switch pronoun {
        case _ where isPlural: return false
        case _ where viaRepresentative && ["he", "his", "him", "she", "her"].contains(pronoun): return true
        case "he", "his", "him": return type != .organization && type != .place && type != .other && gender != .female
        case "she", "her": return type != .organization && type != .place && type != .other && gender != .male
        case "it", "its": return type == .organization
        default: return false
        }
    }

    /// Whether two speakers are the same (same entity, or same name).
    func isSame(as other: ResolvedSpeaker) -> Bool {
        if let a = id, let b = other.id { return a == b }
        return name == other.name
    }
}
