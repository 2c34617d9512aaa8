import ClaimKitModel
import Foundation

extension RuleID {
    /// Two speeds of the one delivery that dismissed a batter: "the ball that bowled him was
    /// 148.6 km/h" against "the 141.6km/h yorker that bowled Smith". A ball is bowled once
    /// and its speed measured once.
    public static let crossCheckDismissalDelivery: RuleID = "crosscheck.dismissal-delivery"
}

extension ClaimComparer {
    /// Nouns for one delivery of a ball.
    static let deliveryNouns: Set<String> = [
        "ball", "delivery", "yorker", "bouncer", "bumper", "inswinger", "outswinger", "inswing", "beamer", "full-toss", "slower",
    ]

    /// Letters one of which every word of `deliveryNouns` holds ("toss" for "full-toss",
    /// "inswing" for "inswinger"): a sentence without any names no delivery
    /// (`ClaimContexts.sentenceMayHold`).
    static let deliveryNeedles = ClaimContext.Needles(["ball", "delivery", "yorker", "bouncer", "bumper", "inswing", "outswinger", "beamer", "toss", "slower"])

    /// Verbs of a dismissal the delivery did itself.
    static let dismissalVerbs: Set<String> = ["bowled", "castled", "yorked", "trapped", "clean-bowled"]

    /// The dismissed batter of a speed's sentence when the speed is a delivery's ("the ball
    /// that bowled him was 148.6 km/h", "the 141.6km/h yorker that bowled Smith"): the word
    /// after the verb of dismissal, "" for a pronoun. Nil when the sentence names no
    /// delivery noun or no such verb.
    static func dismissedBatter(_ context: ClaimContext) -> String? {
        guard context.words.contains(where: { deliveryNouns.contains($0) }) else { return nil }
        let words = context.originalBefore + context.originalAfter
        guard let v = words.firstIndex(where: { dismissalVerbs.contains($0.lowercased()) }), v + 1 < words.count else { return nil }
        let object = words[v + 1]
        if ["him", "her", "them"].contains(object.lowercased()) { return "" }
        return object.first?.isUppercase == true ? object : nil
    }

    /// Speeds of the delivery that dismissed one batter, stated two ways in different
    /// sentences (`dismissedBatter`). Quiet when the page has more than two such speeds'
    /// values, two named batters, or a figure that is not a speed as stated.
    func dismissalDeliveryContradictions(
        _ claims: [Claim], contexts: ClaimContexts, effective: IntervalsByID, describer: FigureDescriber
    ) -> [Contradiction] {
        var members: [(claim: Claim, batter: String)] = []
        var referred: [Claim] = []
        // Only the claims that pass are copied out.
        let facts = contexts.facts
        for index in claims.indices where facts[index].contains(.attributeSpeed) {
            let claim = claims[index]
            // Both ways below need a delivery noun among the sentence's words.
            guard contexts.sentenceMayHold(index, Self.deliveryNeedles), let context = contexts[index] else { continue }
            if let batter = Self.dismissedBatter(context) {
                members.append((claim, batter))
            } else if context.before.last == "the", let noun = context.after.first, Self.deliveryNouns.contains(noun) {
                // "the 141.6km/h yorker": a definite delivery the page has spoken of, the
                // dismissal ball when the page has no other delivery speed.
                referred.append(claim)
            }
        }
        if !members.isEmpty { members += referred.map { ($0, "") } }
        let names = Set(members.map(\.batter).filter { !$0.isEmpty })
        guard members.count >= 2, names.count <= 1, Set(members.map(\.claim.quantity.value)).count == 2 else { return [] }
        let pairs = members.compactMap { m in effective[m.claim.id].map { (m.claim, $0) } }
        let clusters = Self.clusters(pairs)
        guard clusters.count == 2, let a = clusters[0].first?.0, let b = clusters[1].first?.0, describer.inDifferentSentences(a, b) else { return [] }
        let batter = names.first.map { " that dismissed \($0)" } ?? " that dismissed the batter"
        let group = members.map(\.claim)
        return [Contradiction(
            subject: "the delivery" + batter, attribute: "speed", claims: clusters.flatMap { $0.map(\.0.id) },
            entries: Array(Set(group.map(\.entry))).sorted(),
            reason: "the delivery\(batter), speed: "
                + clusters.map { c in c[0].0.quantity.text + " in " + describer.entryList(c.map(\.0.entry)) }.joined(separator: " vs ")
                + "; one ball has one speed",
            rule: .crossCheckDismissalDelivery)]
    }
}
