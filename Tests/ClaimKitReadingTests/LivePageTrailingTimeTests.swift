import ClaimKitModel
import ClaimKitReading
import Testing

/// Live-page layouts whose times stand where the clock rules did not look: after the title
/// ("Title (14:32)", "Title — 2:32pm"), after a date in digits ("27/11 · 19:30 ART"), after
/// "Updated", under an age ("1h ago"), with day headers that reset the date ("TODAY",
/// "27.11.2026") above runs of time-only entries. Our own short pages, one per layout.
@Suite struct LivePageTrailingTimeTests {
    /// Entry headers: `index|title|published|labels|byline name/role` per entry.
    @Test(arguments: [
        // a bracketed time after the title, under "TODAY" and "YESTERDAY"
        (
            page(
                "Storm Lorna live", "", "TODAY", "", "Barrier closes at Selby (14:32)", "The river rose 40cm.", "",
                "Trains cancelled (13:05)", "Northern stopped all services.", "", "YESTERDAY", "",
                "Amber warning issued (21:40)", "The warning runs until Monday.", "", "Schools close early (16:15)",
                "Pupils were sent home."),
            "1|Barrier closes at Selby|14:32|| ¶ 2|Trains cancelled|13:05|| ¶ 3|Amber warning issued|21:40|| ¶ 4|Schools close early|16:15||"
        ),
        // a 12-hour time after a dash, under weekday headers
        (
            page(
                "Election night", "", "Friday 27 November", "", "Polls close in the capital — 9:02pm", "",
                "Turnout was 64%.", "", "Exit poll puts Greens ahead — 8:47pm", "", "The poll gives them 31%.", "",
                "Thursday 26 November", "", "Final rallies draw thousands – 7:15 p.m.", "", "Police counted 12,000."),
            "1|Polls close in the capital|21:02|| ¶ 2|Exit poll puts Greens ahead|20:47|| ¶ 3|Final rallies draw thousands|19:15||"
        ),
        // square brackets with a zone, a bar, a middle dot
        (
            page(
                "Ferry strike", "", "Crews walk out [13:05 GMT]", "", "Body a.", "", "Talks called | 12:40 GMT", "",
                "Body b.", "", "Union sets terms · 11:55 GMT", "", "Body c."),
            "1|Crews walk out|13:05 GMT|| ¶ 2|Talks called|12:40 GMT|| ¶ 3|Union sets terms|11:55 GMT||"
        ),
        // a label after the time, day headers framed by dashes or written in digits
        (
            page(
                "Bridge live", "", "TODAY —", "", "Bridge reopens (10:15) · Latest", "Cars crossed at 10:20.", "",
                "Engineers sign off (09:40)", "The inspection took six hours.", "", "27.11.2026", "",
                "Crack found in pier (22:05) · Key event", "Divers found it at dusk.", "",
                "BREAKING: Bridge shut (21:30)", "Police closed both lanes."),
            "1|Bridge reopens|10:15|Latest| ¶ 2|Engineers sign off|09:40|| ¶ 3|Crack found in pier|22:05|Key event| ¶ 4|Bridge shut|21:30|Breaking|"
        ),
        // list items stamped "dd/mm · HH:MM TZ", the title below
        (
            page(
                "Transport strike", "", "27/11 · 19:30 ART", "Unions call off protest", "The march will not go ahead.",
                "", "27/11 · 18:05 ART", "Subway lines reopen", "Four lines were running by 18:00.", "",
                "27/11 · 16:40 ART", "Talks offered", "The minister invited the unions."),
            "1|Unions call off protest|19:30 ART|| ¶ 2|Subway lines reopen|18:05 ART|| ¶ 3|Talks offered|16:40 ART||"
        ),
        (
            page(
                "Transport strike", "", "27.11.2026, 7.30 p.m. ART", "Unions call off protest", "The march is off.", "",
                "27.11.2026, 6:05 p.m. ART", "Subway lines reopen", "Four lines run.", "", "27.11.2026, 4:40 p.m. ART",
                "Talks offered", "The minister called."),
            "1|Unions call off protest|19:30 ART|| ¶ 2|Subway lines reopen|18:05 ART|| ¶ 3|Talks offered|16:40 ART||"
        ),
        // a new date between two items starts a new day: the times may go up again
        (
            page(
                "Transport strike", "", "27/11 · 08:10 ART", "Strike ends", "Trains run again.", "",
                "26/11 · 23:40 ART", "Talks collapse", "The unions left the ministry.", "", "26/11 · 19:05 ART",
                "March reaches the square", "Thousands marched."),
            "1|Strike ends|08:10 ART|| ¶ 2|Talks collapse|23:40 ART|| ¶ 3|March reaches the square|19:05 ART||"
        ),
        // "HH:MM TZ ·" with a dotted 12-hour time
        (
            page(
                "Ferry fire", "", "10.45 a.m. CET · Boats reach the ferry", "Body a.", "",
                "10.12 a.m. CET · Passengers on deck", "Body b.", "", "9.58 a.m. CET · Fire in engine room", "Body c."),
            "1|Boats reach the ferry|10:45 CET|| ¶ 2|Passengers on deck|10:12 CET|| ¶ 3|Fire in engine room|09:58 CET||"
        ),
        // zones that do not end in T
        (
            page(
                "Banjir Jakarta", "", "21:40 WIB · Air mulai surut", "Body a.", "", "19:05 WIB · Warga mengungsi",
                "Body b.", "", "17:30 WIB · Sekolah ditutup", "Body c."),
            "1|Air mulai surut|21:40 WIB|| ¶ 2|Warga mengungsi|19:05 WIB|| ¶ 3|Sekolah ditutup|17:30 WIB||"
        ),
        (
            page(
                "Hochwasser", "", "Pegel sinkt (21:40 MESZ)", "Body a.", "", "Damm hält (19:05 MESZ)", "Body b.", "",
                "Straße gesperrt (17:30 MESZ)", "Body c."),
            "1|Pegel sinkt|21:40 MESZ|| ¶ 2|Damm hält|19:05 MESZ|| ¶ 3|Straße gesperrt|17:30 MESZ||"
        ),
        // "Updated HH:MM" over the title, labels above it
        (
            page(
                "Wildfires live", "", "Pinned", "Updated 16:05", "What we know so far", "Crews fight four blazes.", "",
                "Key event", "Updated 15:40", "Evacuation ordered in Lagoa", "Residents were told to leave.", "",
                "Updated at 15:12", "Wind expected to strengthen", "Gusts could reach 70km/h.", "", "Breaking",
                "Updated: 14:55 BST", "Motorway closed near Faro", "The A22 was shut."),
            "1|What we know so far|16:05|Pinned| ¶ 2|Evacuation ordered in Lagoa|15:40|Key event| ¶ 3|Wind expected to strengthen|15:12|| ¶ 4|Motorway closed near Faro|14:55 BST|Breaking|"
        ),
        // an age over the time, a label above both
        (
            page(
                "Heatwave live", "", "Key event", "1h ago", "14.32 GMT", "Record broken at Kew", "It reached 36C.", "",
                "2h ago", "13.05 GMT", "Hosepipe ban announced", "The ban starts on Monday.", "", "Pinned",
                "3h ago", "12.10 GMT", "What we know", "Temperatures keep rising."),
            "1|Record broken at Kew|14:32 GMT|Key event| ¶ 2|Hosepipe ban announced|13:05 GMT|| ¶ 3|What we know|12:10 GMT|Pinned|"
        ),
    ])
    func entryHeaders(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// The day headers and the age lines belong to no entry's text.
    @Test func dayHeadersAndAgesLeaveTheText() {
        let text = page(
            "Heatwave live", "", "TODAY", "", "Record broken (14:32)", "It reached 36C.", "", "1h ago",
            "Hosepipe ban (13:05)", "The ban starts on Monday.", "", "27.11.2026", "", "Warning issued (21:40)",
            "It runs until Monday.")
        let document = LivePageTextReader().read(text: text, sourceName: "test")
        #expect(document.preamble == ["Heatwave live", "TODAY"])
        #expect(
            document.entries.map(\.text) == [
                "Record broken\n\nIt reached 36C.", "Hosepipe ban\n\nThe ban starts on Monday.",
                "Warning issued\n\nIt runs until Monday.",
            ])
    }

    /// Prose and lists that hold times after words stay what they were.
    @Test(arguments: [
        // times inside sentences, in brackets and after dashes
        (
            page(
                "Council approves new timetable", "", "Buses will leave at 05:40 instead of 06:10.", "",
                "The last service (23:15) will be dropped on Sundays.", "",
                "The old cut-off was different — 14:30 was the time for school runs.", "", "More text."),
            "1|-|-||"
        ),
        // a timetable: titles and times on consecutive lines with nothing between
        (
            page(
                "Timetable", "", "The first bus — 05:40", "The school bus — 07:15", "The last bus — 23:15", "",
                "Fares stay the same."),
            "1|-|-||"
        ),
        // ranges and scores end in digits before the time
        (
            page(
                "Road works", "", "Lane closed 13:00 – 14:32", "", "Body a.", "", "Lane closed 10:00 – 12:15", "",
                "Body b.", "", "Lane closed 08:00 – 09:05", "", "Body c."),
            "1|-|-||"
        ),
        // sentences ending in a bracketed time
        (
            page(
                "Diary", "", "The minister arrived late (14:32).", "", "Body a.", "", "The talks ended early (13:05).",
                "", "Body b.", "", "The press left at last (12:10).", "", "Body c."),
            "1|-|-||"
        ),
        // two trailing times are not enough without order and marks; out of order they are none
        (
            page(
                "Flights", "", "Arrival (21:34)", "", "Body a.", "", "Departure (09:10)", "", "Body b.", "",
                "Transfer (23:50)", "", "Body c.", "", "Check-in (11:00)", "", "Body d.", "", "Boarding (14:00)", "",
                "Body e.", "", "Landing (08:00)", "", "Body f."),
            "1|-|-||"
        ),
        // a page of times at the start keeps them; a trailing time in a body starts nothing
        (
            page(
                "21:34", "Bridge closes", "", "Ferry leaves — 21:20", "", "Body a.", "", "21:10", "Ferries added", "",
                "Body b.", "", "20:50", "Divers sent", "", "Body c."),
            "1|Bridge closes|21:34|| ¶ 2|Ferries added|21:10|| ¶ 3|Divers sent|20:50||"
        ),
    ])
    func notTakenForEntries(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// Day headers: words, digits, and separators framing them.
    @Test(arguments: [
        ("TODAY —", true), ("— YESTERDAY —", true), ("Friday 27 November:", true), ("27.11.2026", true),
        ("27/11/2026", true), ("11/27/26", true), ("2026-11-27", true), ("27/11", true), ("27.11.", true),
        ("Fri 27.11.", true),
        ("27.11", false), ("3/45", false), ("2026-13-40", false), ("1.5 million", false),
        ("— Sources —", false),
    ])
    func dayHeaders(line: String, isDayHeader: Bool) {
        let between = page(
            "21:34", "Bridge closes", "", "Body a.", "", line, "", "21:10", "Ferries added", "", "Body b.", "", "20:50",
            "Divers sent", "", "Body c.")
        let first = LivePageTextReader().read(text: between, sourceName: "test").entries[0]
        #expect(first.text.hasSuffix(line) == !isDayHeader)
    }
}
