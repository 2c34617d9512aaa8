import ClaimKitModel
import Foundation

extension RuleID {
    /// A change stated right before the two levels it went between, that the levels do not
    /// give: "System demand collapsed by 40%, from 17.6 GW to 13.2 GW" (a fall of 25%), "rose
    /// by 46, from 812 to 838" (26). The change and its levels are one statement.
    public static let crossCheckStatedChange: RuleID = "crosscheck.stated-change"
}

extension ClaimComparer {
    /// Three claims in a row of one entry, the change `S` then the levels `A` and `B`, with
    /// only ", from " (or " from ") between `S` and `A` and only " to " between `A` and `B`,
    /// `A` and `B` exact in one unit. A percentage change is compared with the levels'
    /// relative change (and, for levels that are percentages themselves, with their
    /// difference in points too); a change in the levels' own unit with their difference.
    /// A contradiction when no reading agrees within a tenth of the stated change (one
    /// point at least for a percentage) and the rounding of the figures written.
    func statedChangeContradictions(_ claims: [Claim], entries: [Entry], positions: [Int: Int], describer: FigureDescriber) -> [Contradiction] {
        var out: [Contradiction] = []
        guard claims.count >= 2 else { return out }
        for i in 0..<(claims.count - 1) {
            let a = i + 1
            // Rising levels may be one claim, a range ("from 4.0 GW to 5.0 GW"); falling ones two.
            let isRange = claims[a].quantity.bound == .range
            let b = isRange ? a : i + 2
            // Cheap tests in place first: one entry, figures in order and close together.
            guard b < claims.count, claims[i].entry == claims[a].entry, claims[a].entry == claims[b].entry else { continue }
            let sEnd = claims[i].range.utf8End
            let aStart = claims[a].range.utf8Start
            let aEnd = claims[a].range.utf8End
            let bStart = claims[b].range.utf8Start
            guard aStart > sEnd, aStart - sEnd <= 7, isRange || (bStart >= aEnd && bStart - aEnd <= 5),
                claims[a].quantity.unit == claims[b].quantity.unit,
                isRange ? claims[a].quantity.upper != nil : (claims[a].quantity.bound == .exact && claims[b].quantity.bound == .exact),
                claims[i].quantity.bound == .exact || claims[i].quantity.bound == .approximately,
                let position = positions[claims[i].entry]
            else { continue }
            let text = entries[position].text
            let gaps = text.utf8.withContiguousStorageIfAvailable { bytes -> (String, String)? in
                guard bStart <= bytes.count, aEnd <= bytes.count else { return nil }
                return (
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[sEnd..<aStart]), as: UTF8.self),
                    isRange ? "" : String(decoding: UnsafeBufferPointer(rebasing: bytes[aEnd..<bStart]), as: UTF8.self)
                )
            } ?? nil
            // A level's own text may hold its "from " or "to " ("from 17.6 GW": the change-from-to rule's).
            guard var (first, second) = gaps else { continue }
            if claims[a].text.hasPrefix("from ") { first += "from " }
            if isRange {
                guard claims[a].text.contains(" to ") else { continue }
                second = " to "
            } else if claims[b].text.hasPrefix("to ") {
                second += "to "
            }
            guard first == ", from " || first == " from ", second == " to " else { continue }
            let s = claims[i].quantity
            var levelA = claims[a].quantity
            var levelB = claims[b].quantity
            if isRange, let upper = levelA.upper {
                // The range's two ends, each as a level of its own.
                levelB.value = upper
                levelB.upper = nil
                levelB.bound = .exact
                levelA.upper = nil
                levelA.bound = .exact
            }
            let stated = abs(s.value)
            let difference = abs(levelB.value - levelA.value)
            var readings: [Double] = []
            var tolerance = max(0.1 * stated, 0.5 * pow(10, -Double(max(s.precisionExponent, 0))))
            if s.unit == "%" {
                guard levelA.value != 0 else { continue }
                readings.append(100 * difference / abs(levelA.value))
                if levelA.unit == "%" { readings.append(difference) }
                tolerance = max(tolerance, 1)
            } else if s.unit == levelA.unit || (s.unit == "pp" && levelA.unit == "%") {
                readings.append(difference)
                // The levels' own rounding adds to the difference's.
                tolerance += 0.5 * pow(10, -Double(max(levelA.precisionExponent, 0))) + 0.5 * pow(10, -Double(max(levelB.precisionExponent, 0)))
            } else {
                continue
            }
            guard !readings.contains(where: { abs($0 - stated) <= tolerance + 1e-9 }) else { continue }
            let change = claims[i]
            let subject = !change.subject.isEmpty ? change.subject : claims[a].subject
            let actual = readings[0]
            let unitText = s.unit == "%" ? "%" : " " + s.unit
            out.append(Contradiction(
                subject: subject, attribute: "change", claims: isRange ? [change.id, claims[a].id] : [change.id, claims[a].id, claims[b].id], entries: [change.entry],
                reason: "\(subject), change: \(FigureDescriber.figure(s)) in \(describer.entryList([change.entry])) vs "
                    + "\(FigureDescriber.format((actual * 10).rounded() / 10))\(unitText) from \(FigureDescriber.figure(levelA)) to \(FigureDescriber.figure(levelB)); "
                    + "a change and the levels it went between in one sentence",
                rule: .crossCheckStatedChange))
        }
        return out
    }
}
