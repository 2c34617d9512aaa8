import ClaimKitModel
import ClaimKitReading
import Foundation
import Testing

/// HTML live pages in the layouts of the plain-text reader: list items stamped "27/11 ·
/// 19:30 ART", and pages whose markup groups no posts but whose headings end in their time
/// ("Barrier closes (14:32)"). Our own pages.
@Suite struct HTMLLiveLayoutTests {
    static func read(_ html: String) throws -> Document {
        try PageReader().read(data: Data(html.utf8), sourceName: "test.html")
    }

    static let body = """
        <p>The operator said the line would stay closed until the evening while engineers checked the wires.</p>\
        <p>Replacement buses ran every ten minutes, a spokeswoman said.</p>
        """

    /// "dd/mm · HH:MM TZ" in a list item's stamp: the time without the date.
    @Test func datedStampsInListItems() throws {
        func item(_ stamp: String, _ title: String) -> String {
            "<li class=\"update\"><span class=\"stamp\">\(stamp)</span><h2>\(title)</h2>\(Self.body)</li>"
        }
        let document = try Self.read("""
            <!doctype html><html><head><title>Strike live</title></head><body><main><h1>Strike: live</h1>
            <ul class="feed">\(item("27/11 · 19:30 ART", "Unions call off protest"))\
            \(item("27/11 · 18:05 ART", "Subway lines reopen"))\(item("27.11.2026 · 4.40 p.m. ART", "Talks offered"))</ul>
            </main></body></html>
            """)
        #expect(document.entries.map(\.title) == ["Unions call off protest", "Subway lines reopen", "Talks offered"])
        #expect(document.entries.map(\.published) == ["19:30 ART", "18:05 ART", "16:40 ART"])
    }

    /// Headings that end in their time, with paragraphs between them and no post markup.
    @Test func headingsWithTrailingTimes() throws {
        let document = try Self.read("""
            <!doctype html><html><head><title>Storm live</title></head><body><main><h1>Storm Lorna: live</h1>
            <p>Rivers are rising across the north.</p><h3>TODAY</h3>
            <h2>Barrier closes at Selby (14:32)</h2>\(Self.body)<h2>Trains cancelled (13:05)</h2>\(Self.body)
            <h3>YESTERDAY</h3><h2>Amber warning issued (21:40)</h2>\(Self.body)</main></body></html>
            """)
        #expect(document.entries.map(\.title) == ["Barrier closes at Selby", "Trains cancelled", "Amber warning issued"])
        #expect(document.entries.map(\.published) == ["14:32", "13:05", "21:40"])
    }

    /// An article whose paragraphs name times stays one entry.
    @Test func articleWithTimesStaysWhole() throws {
        let document = try Self.read("""
            <!doctype html><html><head><title>Timetable</title></head><body><main><h1>New timetable</h1>
            <p>Buses will leave the depot at 05:40 instead of 06:10, the council said on Tuesday.</p>
            <p>The last service (23:15) will be dropped on Sundays, and the first bus — 05:40 — keeps its stop.</p>
            <h2>The first bus — 05:40</h2><h2>The school bus — 07:15</h2><h2>The last bus — 23:15</h2>
            <p>Fares stay the same, a spokeswoman said.</p><p>More changes are planned for the spring.</p>
            </main></body></html>
            """)
        #expect(document.entries.count == 1)
        #expect(document.entries.first?.published == nil)
    }
}
