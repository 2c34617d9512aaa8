import Foundation
import Testing

@testable import ClaimKitCrossCheck

/// `FigureDescriber.format` writes whole numbers itself (a `NumberFormatter` per call cost
/// more than the rest of the cross-check): it must give what the formatter gives.
@Suite struct FigureFormatTests {
    /// The formatter set up as `format` sets it up for a value that is already rounded.
    static func reference(_ v: Double) -> String {
        let rounded = (v * 100).rounded() / 100
        let f = NumberFormatter()
        f.numberStyle = .decimal
        f.maximumFractionDigits = rounded == rounded.rounded() || abs(rounded) >= 100 ? 0 : 2
        f.locale = Locale(identifier: "en_US_POSIX")
        f.usesGroupingSeparator = true
        f.groupingSeparator = ","
        f.groupingSize = 3
        return f.string(from: NSNumber(value: rounded)) ?? String(v)
    }

    @Test(arguments: [
        1.0, 7, 12, 999, 1000, 2500, 12_345, 100_000, 999_999, 1_000_000, 1_234_567, 10_000_000_000,
        999_999_999_999_999, -1, -999, -1000, -2_500_000, 2499.999, 0.999, 99.996, 1e15 - 1,
    ])
    func wholeNumbersMatchTheFormatter(_ v: Double) {
        #expect(FigureDescriber.format(v) == Self.reference(v), "\(v)")
    }

    @Test(arguments: [0.0, -0.0, 0.5, 2.25, -3.75, 100.5, 101.5, 1234.56, 1e15, 1e16, 0.001])
    func otherNumbersStillUseTheFormatter(_ v: Double) {
        #expect(FigureDescriber.format(v) == Self.reference(v), "\(v)")
    }
}
