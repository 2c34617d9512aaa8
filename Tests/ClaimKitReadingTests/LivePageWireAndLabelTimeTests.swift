import ClaimKitModel
@testable import ClaimKitReading
import Testing

/// Two plain-text layouts: a 12-hour time with a label in capitals after it ("4:50 PM
/// KEY EVENT", "Posted by Jane Doe" under the title), and a wire ticker (a dated time, a
/// label such as "UPDATE 2", a headline, a dateline body and "(Reporting by ...; Editing
/// by ...)"). Our own short pages.
@Suite struct LivePageWireAndLabelTimeTests {
    /// Entry headers: `index|title|published|labels|byline name/role` per entry.
    @Test(arguments: [
        // times with a capitals label after them, newest first, "Posted by" under the title
        (
            page(
                "Harbour bridge closure: live updates", "All times AEDT", "", "4:50 PM   KEY EVENT",
                "Bridge to reopen on Monday", "Posted by Alice Tran", "", "The minister said it would reopen.", "",
                "3:15 PM", "Traffic diverted through the tunnel", "Posted by Ben Ortiz", "",
                "About 40,000 vehicles were diverted.", "", "11:05 AM   BREAKING", "Ship strikes bridge pylon", "",
                "A cargo ship struck a pylon, officials said."),
            "1|Bridge to reopen on Monday|16:50|Key event|Alice Tran/ ¶ 2|Traffic diverted through the tunnel|15:15||Ben Ortiz/ ¶ 3|Ship strikes bridge pylon|11:05|Breaking|"
        ),
        (
            page(
                "Storm live", "Times in NZDT", "", "9:40 PM  UPDATE", "Power back in Napier", "Posted by Mere Walker",
                "", "Lines crews restored power to 8,000 homes.", "", "7:05 PM  ANALYSIS", "Why the grid failed", "",
                "Two substations flooded within an hour.", "", "12:30 PM", "Red warning issued", "Posted by Sam Lee",
                "", "MetService issued a red warning."),
            "1|Power back in Napier|21:40|Update|Mere Walker/ ¶ 2|Why the grid failed|19:05|Analysis| ¶ 3|Red warning issued|12:30||Sam Lee/"
        ),
        // a wire ticker, oldest first over two days; the label below the time or on its line
        (
            page(
                "Port strike - wire", "", "27 Nov 2026 08:42 SGT", "URGENT", "Dock workers walk out", "",
                "SINGAPORE, Nov 27 (Wire) - Dock workers walked out on Friday, the union said.", "",
                "(Reporting by Lena Koh and Raj Patel; Editing by Mark Doyle)", "", "27 Nov 2026 13:10 SGT",
                "UPDATE 1", "Port says talks to resume", "", "SINGAPORE - The port authority said talks would resume.", "",
                "(Reporting by Raj Patel; Editing by Mark Doyle)", "", "28 Nov 2026 09:05 SGT ANALYSIS",
                "Strike exposes fragile lanes", "", "SINGAPORE, Nov 28 (Wire) - The strike cost $45 million. (Reporting by Lena Koh in Singapore; Editing by Sara Lim)"),
            "1|Dock workers walk out|08:42 SGT|Urgent|Lena Koh/ ¶ 2|Port says talks to resume|13:10 SGT|Update 1|Raj Patel/ ¶ 3|Strike exposes fragile lanes|09:05 SGT|Analysis|Lena Koh/"
        ),
        (
            page(
                "Rupee slides - live wire", "", "Nov 27, 2026 - 14:02 IST", "UPDATE 2", "Rupee hits record low", "",
                "MUMBAI, Nov 27 (Wire) - The rupee fell to 91.2 per dollar.", "",
                "(Reporting by Nikhil Rao, Priya Das; Editing by Tom Hale)", "", "Nov 27, 2026 - 16:45 IST",
                "UPDATE 3", "Central bank steps in", "", "MUMBAI - The central bank sold dollars, traders said.", "",
                "(Reporting by Priya Das; Writing by Nikhil Rao; Editing by Tom Hale)", "", "Nov 28, 2026 - 09:15 IST",
                "URGENT", "Rupee recovers at open", "", "MUMBAI - The rupee opened at 90.4.", "",
                "(Reporting by Nikhil Rao; Editing by Ann Fox)"),
            "1|Rupee hits record low|14:02 IST|Update 2|Nikhil Rao/ ¶ 2|Central bank steps in|16:45 IST|Update 3|Priya Das/ ¶ 3|Rupee recovers at open|09:15 IST|Urgent|Nikhil Rao/"
        ),
        // prose that mentions a time is one entry without a title
        (
            page(
                "The ferry left at 4:50 PM on Friday, an hour late.", "",
                "4:50 PM was the last sailing, the operator said.", "", "Passengers waited in the rain."),
            "1|-|-||"
        ),
        // a timetable: times one under another, nothing between them
        (
            page(
                "Ferry timetable", "", "6:15 AM   MANLY", "7:40 AM   WATSONS BAY", "9:05 AM   MANLY",
                "10:30 AM   CIRCULAR QUAY", "", "Fares are listed on the wharf."),
            "1|-|-||"
        ),
        // dateline paragraphs and credits without a date-time line
        (
            page(
                "SINGAPORE, Nov 27 (Wire) - Dock workers walked out on Friday.", "",
                "(Reporting by Lena Koh; Editing by Mark Doyle)", "", "SINGAPORE - Talks resume on Saturday.", "",
                "(Reporting by Raj Patel; Editing by Mark Doyle)"),
            "1|-|-||"
        ),
    ])
    func entries(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// The credit forms on their own: the first reporter, or "-".
    @Test(arguments: [
        ("(Reporting by Lena Koh; Editing by Mark Doyle)", "Lena Koh"),
        ("(Reporting by Lena Koh and Raj Patel; Editing by Mark Doyle)", "Lena Koh"),
        ("(Reporting by Nikhil Rao, Priya Das; Editing by Tom Hale)", "Nikhil Rao"),
        ("(Reporting by Ana Ruiz in Lima; Editing by Tom Hale).", "Ana Ruiz"),
        ("The port closed. (Reporting by Lena Koh; Editing by Sara Lim)", "Lena Koh"),
        ("The port closed (Reporting by Lena Koh; Editing by Sara Lim)", "-"),
        ("(Editing by Mark Doyle)", "-"),
        ("(Reporting by the union; Editing by Mark Doyle)", "-"),
        ("(Reporting by Lena Koh) was praised by the editors.", "-"),
    ])
    func credits(text: String, expected: String) {
        #expect(LivePageWireCredit.firstReporter(in: Substring(text)).map(String.init) ?? "-" == expected)
    }

    /// Labels in capitals with a wire's update count.
    @Test(arguments: [
        ("UPDATE 1", true), ("UPDATE 12", true), ("KEY EVENT", true), ("UPDATE 123", false), ("KEY EVENT 2", false),
        ("MAY 27", false), ("Update 1", false), ("G 7", false), ("2026", false),
    ])
    func capitalsLabels(text: String, expected: Bool) {
        #expect(LivePageClockShapes.isCapitalsLabel(Substring(text)) == expected)
    }
}
