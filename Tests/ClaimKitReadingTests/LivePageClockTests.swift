import ClaimKitModel
import ClaimKitReading
import Testing

/// Live pages whose entries start at a clock time, not at a number and "published at".
@Suite struct LivePageClockTests {
    /// Entry headers: `index|title|published|labels|byline name/role` per entry.
    @Test(arguments: [
        // the time alone on its line, the title below
        (
            page("21:34", "", "Bridge closes", "", "Body a.", "", "21:10", "", "Ferries added", "", "Body b."),
            "1|Bridge closes|21:34|| ¶ 2|Ferries added|21:10||"
        ),
        // ascending order, glued lines, no blank lines at all
        (
            page("09:05", "Polls open", "Body a.", "10:15", "Queues form", "Body b.", "11:30", "Turnout up", "Body c."),
            "1|Polls open|09:05|| ¶ 2|Queues form|10:15|| ¶ 3|Turnout up|11:30||"
        ),
        // a label in capitals below the time, above it, or a known label in mixed case
        (
            page(
                "21:34", "ANALYSIS", "What it means", "", "Body a.", "", "BREAKING", "21:10", "Bridge shut", "",
                "Body b.", "", "21:00", "Key event", "Divers sent", "", "Body c."),
            "1|What it means|21:34|Analysis| ¶ 2|Bridge shut|21:10|Breaking| ¶ 3|Divers sent|21:00|Key event|"
        ),
        // a label on the time's line; a title in capitals is no label
        (
            page(
                "21:34 BREAKING", "Bridge closes", "", "Body a.", "", "21:10 | ANALYSIS", "", "What it means", "",
                "Body b.", "", "20:50", "DIVERS REACH THE PIER", "", "Body c."),
            "1|Bridge closes|21:34|Breaking| ¶ 2|What it means|21:10|Analysis| ¶ 3|DIVERS REACH THE PIER|20:50||"
        ),
        // a marker glyph before the time and its label; "Reporting:" and "Words:" bylines
        (
            page(
                "■ 16:45 | LATEST", "Plume crosses border", "Reporting: Dóra Kovács", "", "Body a.", "", "■ 14:20",
                "Samples taken", "Words: Ana Beltran", "", "Body b."),
            "1|Plume crosses border|16:45|Latest|Dóra Kovács/ ¶ 2|Samples taken|14:20||Ana Beltran/"
        ),
        // a day in brackets after the time is no title
        (
            page("0840 hrs", "Last group lifted", "", "Body a.", "", "2330 hrs (Monday)", "Ship loses power", "", "Body b."),
            "1|Last group lifted|08:40|| ¶ 2|Ship loses power|23:30||"
        ),
        // an entry without a title: the time is followed by a paragraph
        (
            page(
                "21:34", "", "Bridge closes", "", "Body a.", "", "21:10", "",
                "The harbour master said the ship lost power. \"The crew did everything,\" she said.", "", "20:50",
                "", "Divers sent", "", "Body c."),
            "1|Bridge closes|21:34|| ¶ 2|-|21:10|| ¶ 3|Divers sent|20:50||"
        ),
        // time and title on one line: brackets and zones, bars, dashes, colons
        (
            page(
                "[23:05 CLT] Drill reaches 310 metres", "", "Body a.", "", "[22:40 CLT] Contact made", "", "Body b."),
            "1|Drill reaches 310 metres|23:05 CLT|| ¶ 2|Contact made|22:40 CLT||"
        ),
        (
            page("10:05 EDT | Senate votes", "Body a.", "", "09:40 EDT | House waits", "Body b."),
            "1|Senate votes|10:05 EDT|| ¶ 2|House waits|09:40 EDT||"
        ),
        (
            page(
                "14:20 – Talks resume", "Body a.", "", "13:05 — Talks pause", "Body b.", "", "12:00 - Talks open",
                "Body c."),
            "1|Talks resume|14:20|| ¶ 2|Talks pause|13:05|| ¶ 3|Talks open|12:00||"
        ),
        (
            page("(21:34 GMT+5) Vote counted", "", "Body a.", "", "(21:02 GMT+5) Count starts", "", "Body b."),
            "1|Vote counted|21:34 GMT+5|| ¶ 2|Count starts|21:02 GMT+5||"
        ),
        // 12-hour times, with a dot or a colon, are kept as 24-hour times with their zone
        (
            page("9.45pm BST: Results due", "", "Body a.", "", "9.05pm BST: Polls close", "", "Body b."),
            "1|Results due|21:45 BST|| ¶ 2|Polls close|21:05 BST||"
        ),
        (
            page(
                "11:50 a.m. - Storm nears", "Body a.", "", "12:10 p.m. - Storm lands", "Body b.", "",
                "1.05pm - Power cut", "Body c."),
            "1|Storm nears|11:50|| ¶ 2|Storm lands|12:10|| ¶ 3|Power cut|13:05||"
        ),
        // a label in capitals as a title prefix
        (
            page(
                "[22:40 CLT] BREAKING: Contact made", "", "Body a.", "", "[22:15 CLT] ANALYSIS | Why it took so long",
                "", "Body b."),
            "1|Contact made|22:40 CLT|Breaking| ¶ 2|Why it took so long|22:15 CLT|Analysis|"
        ),
        // a time followed by a paragraph on the same line: no title
        (
            page(
                "21:50 - Rescuers say the shaft is stable and work will go on through the night.", "",
                "21:20 - The second rig is on its way. It should arrive before dawn.", "", "21:00 - Rig leaves", "",
                "Body."),
            "1|-|21:50|| ¶ 2|-|21:20|| ¶ 3|Rig leaves|21:00||"
        ),
        // one-line bylines: "By NAME, ROLE" with a second writer, "Reporting by NAME in PLACE"
        (
            page(
                "21:34", "Bridge closes", "By Mara Lind, Transport correspondent", "and Tom Berg, Local reporter", "",
                "Body a.", "", "21:10", "Ferries added", "", "Reporting by Ana Beltran in Lima", "", "Body b.", "",
                "20:40", "Divers sent", "By Per Holm", "", "Body c."),
            "1|Bridge closes|21:34||Mara Lind and Tom Berg/Transport correspondent; Local reporter ¶ 2|Ferries added|21:10||Ana Beltran/in Lima ¶ 3|Divers sent|20:40||Per Holm/"
        ),
        // bylines before the title: on the time's line, or between the time and the title
        (
            page(
                "21:34 | By Mara Lind", "Bridge closes", "", "Body a is a sentence.", "", "21:10",
                "By Ana Beltran, Reporter",
                "and Tom Berg, Editor", "Ferries added", "", "Body b is a sentence.", "", "20:40", "By Per Holm",
                "", "Divers sent", "Body c is a sentence."),
            "1|Bridge closes|21:34||Mara Lind/ ¶ 2|Ferries added|21:10||Ana Beltran and Tom Berg/Reporter; Editor ¶ 3|Divers sent|20:40||Per Holm/"
        ),
        // the BBC's byline pair under a clock title
        (
            page(
                "21:34", "Bridge closes", "", "Jane Doe", "Live reporter", "", "Body a.", "", "21:10", "Ferries added",
                "", "Body b."),
            "1|Bridge closes|21:34||Jane Doe/Live reporter ¶ 2|Ferries added|21:10||"
        ),
        // a day header between entries: a day apart, the order starts again
        (
            page(
                "Thursday 19 November 2026", "", "00:20", "Night falls quiet", "", "Body a.", "",
                "WEDNESDAY 18 NOVEMBER", "",
                "23:40", "Ship leaves", "", "Body b.", "", "22:10", "Crew boards", "", "Body c."),
            "1|Night falls quiet|00:20|| ¶ 2|Ship leaves|23:40|| ¶ 3|Crew boards|22:10||"
        ),
        // a date after the time ("6:35 p.m. ET, November 27, 2024"); seconds ("23:40:12")
        (
            page(
                "6:35 p.m. ET, November 27, 2024", "Power restored", "Body a.", "", "5:50 p.m. ET, November 27, 2024",
                "Emergency declared", "Body b."),
            "1|Power restored|18:35 ET|| ¶ 2|Emergency declared|17:50 ET||"
        ),
        (
            page("23:40:12", "Count begins", "Body a.", "", "23:15:00", "Turnout up", "Body b."),
            "1|Count begins|23:40|| ¶ 2|Turnout up|23:15||"
        ),
        // a date before the time
        (
            page(
                "Nov. 27, 2024, 8:02 PM EST", "Storm makes landfall", "Body a.", "", "Nov. 27, 2024, 7:15 PM EST",
                "Evacuations ordered", "Body b."),
            "1|Storm makes landfall|20:02 EST|| ¶ 2|Evacuations ordered|19:15 EST||"
        ),
        (
            page(
                "27 November 2024 at 21:34 - Vote passes", "", "Body a.", "",
                "Thursday 27 November 21:10 | Vote called",
                "", "Body b."),
            "1|Vote passes|21:34|| ¶ 2|Vote called|21:10||"
        ),
        // a pinned entry on top, out of order
        (
            page(
                "Pinned", "21:58", "What we know", "Body.", "", "23:40", "Count begins", "Body.", "", "23:15",
                "Turnout up", "Body.", "", "22:05", "Polls close", "Body."),
            "1|What we know|21:58|Pinned| ¶ 2|Count begins|23:40|| ¶ 3|Turnout up|23:15|| ¶ 4|Polls close|22:05||"
        ),
        // the title above the time ("Posted at 21:40", "published at 20:52 BST" alone on a line)
        (
            page(
                "Storm live", "", "Divers reach the pier", "Posted at 21:40", "By Jane Doe",
                "Divers have reached the pier, the agency says.", "", "Ferries added", "Posted at 21:10",
                "Two extra ferries will run tonight.", "", "BREAKING", "Bridge closed", "published at 20:52 BST",
                "Police have closed the bridge."),
            "1|Divers reach the pier|21:40||Jane Doe/ ¶ 2|Ferries added|21:10|| ¶ 3|Bridge closed|20:52 BST|Breaking|"
        ),
        (
            page(
                "Divers reach the pier", "21:40", "Divers have reached the pier, the agency says.", "", "Ferries added",
                "21:10", "Two extra ferries will run tonight.", "", "Bridge closed", "20:52",
                "Police have closed the bridge."),
            "1|Divers reach the pier|21:40|| ¶ 2|Ferries added|21:10|| ¶ 3|Bridge closed|20:52||"
        ),
        // titles above the times, but one entry's title below its time: no title is read twice
        // (found by fuzzing: the next entry started on the line before this one's end)
        (
            page(
                "Divers reach the pier", "21:40", "Divers are there, the agency says.", "", "Ferries added", "21:10",
                "Two extra ferries will run.", "", "Rig leaves", "21:00", "The rig has left.", "", "Rig arrives",
                "20:58", "The rig is here.", "", "20:52", "", "Bridge closed", "20:30", "Police closed the bridge."),
            "1|Divers reach the pier|21:40|| ¶ 2|Ferries added|21:10|| ¶ 3|Rig leaves|21:00|| ¶ 4|Rig arrives|20:58|| ¶ 5|Bridge closed|20:52|| ¶ 6|-|20:30||"
        ),
        // a list of times and titles on top summarises the entries: preamble
        (
            page(
                "Key events", "", "3.05pm GMT", "Chancellor sits down", "2.10pm GMT", "Fuel duty frozen", "",
                "3.05pm GMT", "", "Chancellor sits down", "", "Body a.", "", "2.10pm GMT", "", "Fuel duty frozen", "",
                "Body b."),
            "1|Chancellor sits down|15:05 GMT|| ¶ 2|Fuel duty frozen|14:10 GMT||"
        ),
        (
            page(
                "Key events", "9.40pm GMT Budget passes", "8.15pm GMT Amendment defeated", "", "Show key events only",
                "",
                "9.40pm GMT Budget passes", "", "Body a.", "", "8.50pm GMT Debate ends", "", "Body b.", "",
                "8.15pm GMT Amendment defeated", "", "Body c."),
            "1|Budget passes|21:40 GMT|| ¶ 2|Debate ends|20:50 GMT|| ¶ 3|Amendment defeated|20:15 GMT||"
        ),
        // the page header's date and time over a list of the titles below (no times): preamble
        (
            page(
                "Harbour fire - live", "", "Mara Lind", "Tue 3 Mar 2026 16.20 GMT", "", "Key events",
                "Crane collapses", "Ferries halted", "", "16.05 GMT", "Key event", "Crane collapses", "", "Body a.", "",
                "15.40 GMT", "", "Smoke over the quay", "", "Body b.", "", "15.10 GMT", "Key event", "Ferries halted", "",
                "Body c."),
            "1|Crane collapses|16:05 GMT|Key event| ¶ 2|Smoke over the quay|15:40 GMT|| ¶ 3|Ferries halted|15:10 GMT|Key event|"
        ),
        // the French "14h32" alone on its line, a known label before the title with a bar
        (
            page(
                "Dimanche 3 mai 2026", "", "14h32", "RECAP | What happened", "", "Body a.", "", "13h05", "",
                "Riders cross the bridge", "", "Body b.", "", "12h40", "Crowds gather", "", "Body c."),
            "1|What happened|14:32|Recap| ¶ 2|Riders cross the bridge|13:05|| ¶ 3|Crowds gather|12:40||"
        ),
        // the title above a relative age and the time ("Posted 35 min ago · 16:40 CET"),
        // a known label before that title
        (
            page(
                "Snow live", "", "Search paused for the night", "Posted 35 min ago · 16:40 CET", "By Jane Doe in Bern",
                "", "Rescuers have stopped for the night.", "", "FACT CHECK: Was the pass closed?",
                "Posted 1 hour ago · 15:55 CET", "", "It was open, records show.", "", "Dogs arrive",
                "Posted 2h ago | 15:10 CET", "", "Four dogs arrived by helicopter."),
            "1|Search paused for the night|16:40 CET||Jane Doe/in Bern ¶ 2|Was the pass closed?|15:55 CET|Fact check| ¶ 3|Dogs arrive|15:10 CET||"
        ),
        // a label in square brackets on its own line
        (
            page(
                "7:05 PM ET", "[RECAP]", "Match level", "", "Body a.", "", "6:12 PM ET", "[KEY MOMENT]", "Black resigns",
                "", "Body b.", "", "5:20 PM ET", "Opening moves", "", "Body c."),
            "1|Match level|19:05 ET|Recap| ¶ 2|Black resigns|18:12 ET|Key moment| ¶ 3|Opening moves|17:20 ET||"
        ),
        // numbered updates with military times ("UPDATE 3 · 1410 hrs"), a label of the
        // page's own on the time's line over the title, and writers signing off at the foot
        (
            page(
                "Desk live file", "", "UPDATE 3 · 1410 hrs · Official", "Ministry confirms release", "",
                "The ministry said the three were safe.", "", "(Jane Doe, in Bamako)", "", "UPDATE 2 · 1245hrs",
                "Who are the three?", "", "All three worked for a clinic.", "", "UPDATE 1 · 0930 HRS · Breaking",
                "Three freed", "", "Three workers were freed.", "", "— Reporting by John Roe"),
            "1|Ministry confirms release|14:10|Official|Jane Doe/Bamako ¶ 2|Who are the three?|12:45|| ¶ 3|Three freed|09:30|Breaking|John Roe/"
        ),
        // entries stamped with their age ("12 min ago | Latest"), read against the page's
        // "last updated" time; rules of "=" between entries; a dashed sign-off above a rule
        (
            page(
                "Grid live", "Page last updated: Saturday 28 November 2026, 21:40 MYT (GMT+8)", "",
                "==========", "", "12 min ago | Latest", "Power back in the north", "", "Body a.", "",
                "— Jane Doe", "", "==========", "", "1h 20m ago", "Operator speaks", "", "Body b.", "",
                "==========", "", "2 hours ago · Breaking", "Lights go out", "", "Body c."),
            "1|Power back in the north|21:28 MYT|Latest|Jane Doe/ ¶ 2|Operator speaks|20:20 MYT|| ¶ 3|Lights go out|19:40 MYT|Breaking|"
        ),
        // ages without a page time are kept as stated; "an hour ago"; across midnight
        (
            page(
                "Updated 00:30", "", "45 min ago", "Trains resume", "", "Body a.", "", "an hour ago", "Depot reopens",
                "", "Body b.", "", "2h ago", "Strike called off", "", "Body c."),
            "1|Trains resume|23:45|| ¶ 2|Depot reopens|23:30|| ¶ 3|Strike called off|22:30||"
        ),
        (
            page(
                "Roads live", "", "5 min ago", "Pass reopens", "", "Body a.", "", "50 min ago", "Snowploughs out",
                "", "Body b.", "", "3h ago", "Pass shut", "", "Body c."),
            "1|Pass reopens|5 min ago|| ¶ 2|Snowploughs out|50 min ago|| ¶ 3|Pass shut|3h ago||"
        ),
        // the title above the time, with a label after the time ("16:25 CET · Latest") and a
        // byline below it; rows of asterisks between entries
        (
            page(
                "Cable car live", "All times CET", "", "**********", "", "Last cabin reaches the valley",
                "16:25 CET · Latest", "By Jane Doe", "", "Body a.", "", "**********", "", "Rope rescue begins",
                "14:55 CET", "By John Roe", "", "Body b.", "", "**********", "", "What is a haul rope?",
                "14:10 CET · Explainer", "By Jane Doe", "", "Body c."),
            "1|Last cabin reaches the valley|16:25 CET|Latest|Jane Doe/ ¶ 2|Rope rescue begins|14:55 CET||John Roe/ ¶ 3|What is a haul rope?|14:10 CET|Explainer|Jane Doe/"
        ),
        // "Words: NAME" at the foot; a pull quote's dashed speaker is no sign-off; a last
        // line that is a sentence stays in the text
        (
            page(
                "16:55", "Bridge shut", "", "Body a.", "", "Words: Ana Ruiz", "", "16:20", "Mayor speaks", "",
                "\"We will rebuild,\" she said.", "\"Not today.\"", "— Marta Bellini, mayor", "", "15:40",
                "Traffic diverted", "", "Drivers face delays.", "", "Police asked drivers to avoid the area."),
            "1|Bridge shut|16:55||Ana Ruiz/ ¶ 2|Mayor speaks|16:20|| ¶ 3|Traffic diverted|15:40||"
        ),
        // "[Label] Title": a bracketed label before the title, known or not; "NAME reports"
        // under the title is the byline; German "19.20 Uhr" times. A bracket that holds no
        // label ("[1] ...", lower case) stays in the title.
        (
            page(
                "4.50pm", "[Key event] Panel reserves its decision", "Ana Ruiz reports", "", "Body a.", "",
                "3.35pm", "[Evidence] The reading at the heart of the case", "Tom Berg reports", "", "Body b.", "",
                "1.10pm", "[see below] Defence calls two experts", "", "Body c."),
            "1|Panel reserves its decision|16:50|Key event|Ana Ruiz/ ¶ 2|The reading at the heart of the case|15:35|Evidence|Tom Berg/ ¶ 3|[see below] Defence calls two experts|13:10||"
        ),
        (
            page("19.20 Uhr", "Operator apologises", "", "Body a.", "", "16.05 Uhr", "Stranded at the station", "", "Body b."),
            "1|Operator apologises|19:20|| ¶ 2|Stranded at the station|16:05||"
        ),
    ])
    func entryHeaders(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// Page text around the entries: headline and date before them are the preamble; a day
    /// header between entries is no part of either.
    @Test func preambleAndDayHeaders() {
        let text = page(
            "Bridge closed after ship strikes pier", "", "Engineers inspect the bridge.", "",
            "Thursday 19 November 2026", "", "21:34", "Bridge closes", "", "Body a.", "", "WEDNESDAY 18 NOVEMBER", "",
            "23:40", "Ship leaves", "", "Body b.", "", "23:10", "Crew boards", "", "Body c.")
        let document = LivePageTextReader().read(text: text, sourceName: "test")
        #expect(
            document.preamble == [
                "Bridge closed after ship strikes pier", "Engineers inspect the bridge.", "Thursday 19 November 2026",
            ])
        #expect(
            document.entries.map(\.text) == [
                "Bridge closes\n\nBody a.", "Ship leaves\n\nBody b.", "Crew boards\n\nBody c.",
            ])
        #expect(document.diagnostics.isEmpty)
    }

    /// Body blocks: the paragraph on an untitled entry's time line, and one-line bylines
    /// with their markers.
    @Test(arguments: [
        (
            page(
                "21:50 - The shaft is stable, rescuers say.", "", "More.", "", "21:20 - Rig leaves", "", "Body.", "",
                "21:00 - Rig ready", "Body."),
            "paragraph:The shaft is stable, rescuers say. ¶ paragraph:More."
        ),
        (
            page(
                "21:34", "Bridge closes", "By Mara Lind, Transport correspondent", "", "Body a.", "", "21:10",
                "Ferries added", "", "Body b."),
            "title:Bridge closes ¶ bylineName:Mara Lind ¶ bylineRole:Transport correspondent ¶ paragraph:Body a."
        ),
        // the writer credited through the outlet's possessive, under the title
        (
            page(
                "9:40 p.m. PT, March 3, 2026", "Crane collapses", "From Harbour Daily's Mara Lind", "", "Body a.", "",
                "8:10 p.m. PT, March 3, 2026", "Ferries halted", "", "Body b."),
            "title:Crane collapses ¶ bylineName:Mara Lind ¶ bylineRole:Harbour Daily ¶ paragraph:Body a."
        ),
        // "From" before a place is no byline
        (
            page(
                "9:40 p.m. PT, March 3, 2026", "Crane collapses", "From Harbour Daily's quay, smoke rose.", "",
                "8:10 p.m. PT, March 3, 2026", "Ferries halted", "", "Body b."),
            "title:Crane collapses ¶ paragraph:From Harbour Daily's quay, smoke rose."
        ),
    ])
    func bodyBlocks(text: String, expected: String) {
        #expect(blocks(text) == expected)
    }

    /// What must stay one article (or the entries it already was).
    @Test(arguments: [
        // an article that quotes times
        (
            page("The train left at 21:05.", "", "At 21:34 the train stopped.", "", "By 22:10 the line had reopened."),
            "1|-|-||"
        ),
        // an article with one paragraph starting at a time
        (page("21:34 was when the train stopped.", "", "Nobody was hurt."), "1|-|-||"),
        (page("21:34 - The train stops", "", "Nobody was hurt in the incident, police said."), "1|-|-||"),
        // a timeline: times on consecutive lines with nothing between them
        (
            page(
                "What happened:", "", "09:00 - Polls open", "12:30 - Turnout at 30%", "22:00 - Polls close", "",
                "Counting goes on."),
            "1|-|-||"
        ),
        // times out of order
        (
            page(
                "21:34 - A", "", "Body a.", "", "09:10 - B", "", "Body b.", "", "23:50 - C", "", "Body c.", "",
                "11:00 - D", "", "Body d.", "", "14:00 - E", "", "Body e.", "", "08:00 - F", "", "Body f."),
            "1|-|-||"
        ),
        // times in plain paragraphs without any separator or zone
        (
            page(
                "06:10 Police arrive at the scene of the crash.", "", "06:45 The first ambulance leaves.", "",
                "07:30 The road reopens to traffic."),
            "1|-|-||"
        ),
        // numbers that are no times
        (
            page(
                "10.30 per cent of voters stayed home.", "", "12.50 is the price.", "", "25:00 hours on.", "",
                "9.75 - a record"), "1|-|-||"
        ),
        // "Updated" times are no entries, nor times after words that are no date
        (
            page(
                "Updated 21:34", "", "Body a.", "", "Updated 21:10", "", "Body b.", "", "Updated 20:50", "", "Body c."),
            "1|-|-||"
        ),
        (
            page(
                "Police said 21:34 - A", "", "Body a.", "", "Trains ran 21:10 - B", "", "Body b.", "",
                "Flights 20:50 - C", "", "Body c."), "1|-|-||"
        ),
        // "4h30" glued to lower-case text is a duration, not a time; a relative age
        // without a time is none either
        (
            page(
                "4h30 of racing remain.", "", "Body a.", "", "3h10 later the leaders arrived.", "", "Body b.", "",
                "2h05 is the record.", "", "Body c."), "1|-|-||"
        ),
        (
            page(
                "Bridge shut", "Posted 35 min ago", "", "Body a.", "", "Ferries added", "Posted 1 hour ago", "",
                "Body b.", "", "Trains stop", "Posted 2 hours ago", "", "Body c."), "1|-|-||"
        ),
        // ages in sentences ("12 days ago, the ...") start no entry
        (
            page(
                "12 days ago, the dam was inspected.", "", "Body a.", "", "3 weeks ago, nobody knew.", "", "Body b.",
                "", "2 days ago, it broke.", "", "Body c."), "1|-|-||"
        ),
        // two unmarked times are not enough
        (page("21:34 Bridge closes", "", "Body a.", "", "21:10 Ferries added", "", "Body b."), "1|-|-||"),
        // a BBC page with times in its entries stays as it was
        (
            page(
                "  1. Apublished at 9:05 GMT", "", "    21:34 - one", "", "    Body.", "", "    21:10 - two", "",
                "    More.", "", "    20:50 - three", "", "    Body.", "", "  2. Bpublished at 8:05 GMT", "",
                "    Body b."),
            "1|A|9:05 GMT|| ¶ 2|B|8:05 GMT||"
        ),
    ])
    func notTakenForClockEntries(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// Line shapes: what is a day header and what is a label in capitals.
    @Test(arguments: [
        ("WEDNESDAY 27 MAY", true), ("Thursday 19 November 2026", true), ("Sat, 3 May", true),
        ("Monday May 4, 2026", true), ("19 November 2026", true), ("Yesterday", true),
        ("May", false), ("Wednesday was quiet", false), ("27 ships", false), ("Ships at sea", false),
    ])
    func dayHeaders(line: String, isDayHeader: Bool) {
        let text = page(
            "Head", "", line, "", "21:34", "Bridge closes", "", "Body a.", "", "21:10", "Ferries added", "", "Body b.")
        let document = LivePageTextReader().read(text: text, sourceName: "test")
        #expect(document.preamble.contains(line))  // before the first entry either way
        let between = page(
            "21:34", "Bridge closes", "", "Body a.", "", line, "", "21:10", "Ferries added", "", "Body b.")
        let first = LivePageTextReader().read(text: between, sourceName: "test").entries[0]
        #expect(first.text.hasSuffix(line) == !isDayHeader)
    }
}
