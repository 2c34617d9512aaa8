import ClaimKitModel
import Foundation

/// The values a stated figure allows, in its base unit: its bound, widened by its rounding.
///
/// "2,500 km" allows 2,450 to 2,550 km; "over 1,000 miles" anything above 1,000 miles;
/// "about 1,600 km" 10% either way, and its rounding on top.
public struct FigureInterval: Hashable, Sendable, CustomStringConvertible {
    public var lower: Double
    public var upper: Double
    /// The stated value of an approximate figure ("about 950 km"), whose interval is
    /// widened by `approximateShare`: two approximate figures agree when either's value
    /// lies in the other's interval, not whenever their widened intervals touch ("about
    /// 1,100 km" and "about 950 km" are 16% apart: both widened, they would overlap).
    public var center: Double?

    public init(lower: Double, upper: Double, center: Double? = nil) {
        self.lower = lower
        self.upper = upper
        self.center = center
    }

    /// How far "about", "approximately", "nearly" widen a figure, as a share of it.
    public static let approximateShare = 0.1
    /// Slack on an open bound ("more than 2 hours" also allows 1.97 hours stated elsewhere).
    public static let boundSlack = 0.02

    /// The interval `quantity` allows, or nil when its unit does not convert.
    public init?(_ quantity: Quantity) {
        guard let si = quantity.si else { return nil }
        self.init(
            value: quantity.value, upper: quantity.upper, siValue: si.value, siUpper: si.upper, kelvin: si.unit == "K",
            precisionExponent: quantity.precisionExponent, bound: quantity.bound)
    }

    /// `init?(_:)` for the quantity of `claims[index]`, read in place: a copy of the
    /// quantity retains and releases each of its strings, and a compare reads every claim's.
    init?(quantityOf claims: [Claim], at index: Int) {
        guard let siValue = claims[index].quantity.si?.value else { return nil }
        self.init(
            value: claims[index].quantity.value, upper: claims[index].quantity.upper, siValue: siValue,
            siUpper: claims[index].quantity.si?.upper, kelvin: claims[index].quantity.si?.unit == "K",
            precisionExponent: claims[index].quantity.precisionExponent, bound: claims[index].quantity.bound)
    }

    /// The interval of a quantity from its parts: its value and upper end, those of its SI
    /// value, whether its SI unit is kelvin, its precision and its bound.
    private init(
        value quantityValue: Double, upper quantityUpper: Double?, siValue: Double, siUpper: Double?, kelvin: Bool,
        precisionExponent: Int, bound: Bound
    ) {
        let factor: Double
        if let u = quantityUpper, let su = siUpper, u != quantityValue {
            factor = (su - siValue) / (u - quantityValue)
        } else if quantityValue != 0, !kelvin {
            factor = siValue / quantityValue
        } else {
            factor = 1
        }
        let half = 0.5 * pow(10, -Double(precisionExponent)) * abs(factor)
        let value = siValue
        let top = siUpper ?? siValue
        switch bound {
        case .exact:
            self.init(lower: value - half, upper: value + half)
        case .range:
            self.init(lower: value - half, upper: top + half)
        case .approximately:
            let spread = abs(value) * Self.approximateShare
            self.init(lower: value - max(half, spread), upper: value + max(half, spread), center: value)
        case .moreThan, .atLeast:
            self.init(lower: value - abs(value) * Self.boundSlack, upper: .infinity)
        case .lessThan, .atMost:
            self.init(lower: -.infinity, upper: value + abs(value) * Self.boundSlack)
        }
    }

    /// Whether the two figures can state the same value: their intervals overlap, and when
    /// both are approximate, one's stated value lies in the other's interval.
    public func agrees(with other: FigureInterval) -> Bool {
        guard overlaps(other) else { return false }
        guard let mine = center, let theirs = other.center else { return true }
        return (lower <= theirs && theirs <= upper) || (other.lower <= mine && mine <= other.upper)
    }

    /// Whether some value lies in both.
    public func overlaps(_ other: FigureInterval) -> Bool {
        lower <= other.upper && other.lower <= upper
    }

    /// Whether `value` lies in this interval widened by `share` of its edges' magnitude:
    /// a bracketed conversion's value against its figure ("75 km" against "at most 45
    /// miles", 73.9 km). The conversion's own rounding is not added: "1,000 miles" read as
    /// anything from 500 to 1,500 miles would match nearly every figure.
    public func nearlyContains(_ value: Double, share: Double) -> Bool {
        let low = lower.isFinite ? lower - abs(lower) * share : lower
        let high = upper.isFinite ? upper + abs(upper) * share : upper
        return low <= value && value <= high
    }

    /// The values both allow, if any.
    public func intersection(_ other: FigureInterval) -> FigureInterval? {
        overlaps(other) ? FigureInterval(lower: max(lower, other.lower), upper: min(upper, other.upper), center: center) : nil
    }

    public var description: String { "[\(lower), \(upper)]" }
}

/// Claims' effective intervals by claim id: a dictionary whose keys carry an FNV-1a hash
/// of the id's bytes, found once per id (hashing the id string at every look-up was a
/// large share of a compare's hashing). An id with a byte over 0x7F, or "K", ";" or "`"
/// (which a non-ASCII character may equal as Swift compares strings), hashes to 0, so
/// equal ids always hash alike.
struct IntervalsByID {
    struct Key: Hashable {
        let id: ClaimID
        let bytesHash: UInt64

        init(_ id: ClaimID) {
            self.id = id
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var special = false
            let done: Void? = id.utf8.withContiguousStorageIfAvailable { bytes in
                for b in bytes {
                    h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                    if b >= 0x80 || b == 0x4B || b == 0x3B || b == 0x60 { special = true }
                }
            }
            bytesHash = special || done == nil ? 0 : h
        }

        static func == (a: Key, b: Key) -> Bool { a.bytesHash == b.bytesHash && a.id == b.id }
        func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }
    }

    private var table: [Key: FigureInterval] = [:]

    mutating func reserveCapacity(_ count: Int) { table.reserveCapacity(count) }

    subscript(id: ClaimID) -> FigureInterval? {
        get { table[Key(id)] }
        set { table[Key(id)] = newValue }
    }
}
