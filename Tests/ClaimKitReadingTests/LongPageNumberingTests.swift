import ClaimKitModel
import ClaimKitReading
import Testing

/// Entry numbers past four digits (a page of a million entries) start entries only with a
/// time.
@Suite struct LongPageNumberingTests {
    @Test(arguments: [
        // Positive: five- to seven-digit numbers with a time start entries.
        (
            page(
                "  9999. Ninepublished at 10:00 BST", "", "    Body one.", "",
                "  10000. Tenpublished at 10:01 BST", "", "    Body two.", "",
                "  1000000. Millionpublished at 10:02 BST", "", "    Body three."),
            "1|Nine|10:00 BST|| ¶ 2|Ten|10:01 BST|| ¶ 3|Million|10:02 BST||"
        ),
        // Negative: a five-digit number without a time stays in the body.
        (
            page(
                "  1. Onepublished at 10:00 BST", "", "    Body.", "", "  12345. Not an entry", "",
                "  2. Twopublished at 10:05 BST", "", "    Body."),
            "1|One|10:00 BST|| ¶ 2|Two|10:05 BST||"
        ),
        // Negative: eight digits are no header, time or not.
        (
            page(
                "  1. Onepublished at 10:00 BST", "", "    Body.", "",
                "  12345678. Too longpublished at 10:03 BST", "", "    Body."),
            "1|One|10:00 BST||"
        ),
    ])
    func longNumbers(text: String, expected: String) {
        #expect(headers(text) == expected)
    }
}
