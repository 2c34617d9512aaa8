import ClaimKitModel
import Foundation

/// Quotes grouped by speaker, the view `claimkit quotes` prints: each speaker with canonical
/// name, aliases and roles, each quote with its entry's time and title.
///
///     let report = QuotesBySpeaker([extraction], order: .time).matching(speaker: "orban")
///     print(report.text())
public struct QuotesBySpeaker: Sendable, Encodable {
    /// How quotes are ordered inside a speaker (and speakers by their first quote).
    public enum Order: String, Sendable, CaseIterable {
        /// As they stand on the page.
        case page
        /// By the entry's published time, earliest first (a live page lists newest first).
        case time
    }

    /// One quote as the report lists it.
    public struct Line: Sendable, Encodable {
        /// The document the quote comes from.
        public var source: String
        /// The entry (1-based).
        public var entry: Int
        /// The entry's published time as the page states it.
        public var published: String?
        /// The entry's headline.
        public var title: String?
        /// The words inside the marks.
        public var text: String
        /// direct, partial or headline.
        public var kind: String
        /// The reporting verb or phrase.
        public var cue: String?
        /// The channel the page names (X, Telegram, statement …).
        public var channel: String?
        /// The attribution rule that fired.
        public var rule: String
    }

    /// One speaker and their quotes.
    public struct Speaker: Sendable, Encodable {
        /// The canonical name (the entity's, or the name as the page gives it).
        public var name: String
        /// The entity's id in its document, when the speaker is an entity.
        public var id: String?
        /// person, organization, place or other, when the speaker is an entity.
        public var type: String?
        /// Every other name the page uses for the speaker.
        public var aliases: [String]
        /// Titles and offices the page gives the speaker.
        public var roles: [String]
        /// The speaker's quotes, in the report's order.
        public var quotes: [Line]
    }

    /// The speakers, ordered by their first quote.
    public private(set) var speakers: [Speaker]
    /// Quotes no rule gave a speaker (scare quotes, nested quotes, titles).
    public private(set) var unattributed: [Line]

    /// Groups the quotes of `extractions` (one per document) by speaker.
    public init(_ extractions: [Extraction], order: Order = .page) {
        var groups: [String: Speaker] = [:]
        var keys: [String] = []
        var loose: [(Line, (Int, Int, Int))] = []
        var lineKeys: [String: [(Line, (Int, Int, Int))]] = [:]
        for (d, extraction) in extractions.enumerated() {
            let entries = extraction.document.entries
            let entities = Dictionary(extraction.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for (n, quote) in extraction.quotes.enumerated() {
                let entry = quote.entry >= 1 && quote.entry <= entries.count ? entries[quote.entry - 1] : nil
                let line = Line(
                    source: extraction.document.sourceName, entry: quote.entry, published: entry?.published,
                    title: entry?.title,
                    text: quote.text, kind: quote.kind.rawValue, cue: quote.cue, channel: quote.channel,
                    rule: quote.rule.rawValue)
                let sortKey = (d, order == .time ? Self.minutes(entry?.published) ?? quote.entry : quote.entry, n)
                guard let name = quote.speaker else {
                    loose.append((line, sortKey))
                    continue
                }
                let entity = quote.speakerID.flatMap { entities[$0] }
                let key = Self.fold(entity?.name ?? name)
                if groups[key] == nil {
                    keys.append(key)
                    groups[key] = Speaker(
                        name: entity?.name ?? name, id: entity?.id.rawValue, type: entity?.type.rawValue,
                        aliases: entity?.aliases ?? [], roles: entity?.roles ?? [], quotes: [])
                }
                if let entity {
                    for alias in entity.aliases where !groups[key]!.aliases.contains(alias) {
                        groups[key]!.aliases.append(alias)
                    }
                    for role in entity.roles where !groups[key]!.roles.contains(role) {
                        groups[key]!.roles.append(role)
                    }
                }
                lineKeys[key, default: []].append((line, sortKey))
            }
        }
        // Sort by (document, entry, n) for page order and (document, minutes, n) for time order.
        func sorted(_ lines: [(Line, (Int, Int, Int))]) -> [Line] {
            lines.sorted { a, b in a.1 < b.1 }.map(\.0)
        }
        speakers = keys.map { key in
            var s = groups[key]!
            s.quotes = sorted(lineKeys[key] ?? [])
            return s
        }
        let firstLine: (Speaker) -> (Int, Int, Int) = { s in
            let l = s.quotes[0]
            return (0, order == .time ? Self.minutes(l.published) ?? l.entry : l.entry, 0)
        }
        speakers.sort { firstLine($0) < firstLine($1) }
        unattributed = sorted(loose)
    }

    /// Only the speakers whose name or any alias matches `query`, ignoring case and
    /// diacritics ("orban" finds "Viktor Orbán"); every word of the query must be a word of
    /// the name or alias.
    public func matching(speaker query: String) -> QuotesBySpeaker {
        var copy = self
        let q = Self.words(query)
        copy.speakers = speakers.filter { s in
            ([s.name] + s.aliases).contains { name in
                let w = Self.words(name)
                return !q.isEmpty && q.allSatisfy { w.contains($0) } || Self.fold(name) == Self.fold(query)
            }
        }
        copy.unattributed = []
        return copy
    }

    /// A copy without the unattributed quotes.
    public func attributedOnly() -> QuotesBySpeaker {
        var copy = self
        copy.unattributed = []
        return copy
    }

    // MARK: - Rendering

    /// Plain text: one block per speaker.
    public func text() -> String {
        var out = ""
        let multi = Set(speakers.flatMap { $0.quotes.map(\.source) } + unattributed.map(\.source)).count > 1
        func line(_ l: Line) -> String {
            var head = "  [" + (multi ? "\(l.source) " : "") + "entry \(l.entry)"
            if let p = l.published { head += ", \(p)" }
            head += "]"
            if let t = l.title { head += " \(t)" }
            var details = [l.kind]
            if let c = l.cue { details.append(c) }
            if let ch = l.channel { details.append("via \(ch)") }
            return head + "\n    \u{201C}\(l.text)\u{201D} (\(details.joined(separator: "; ")))\n"
        }
        for s in speakers {
            out += "\(s.name) (\(s.quotes.count) quote\(s.quotes.count == 1 ? "" : "s"))\n"
            if !s.aliases.isEmpty { out += "  aliases: \(s.aliases.joined(separator: ", "))\n" }
            if !s.roles.isEmpty { out += "  roles: \(s.roles.joined(separator: ", "))\n" }
            for l in s.quotes { out += line(l) }
            out += "\n"
        }
        if !unattributed.isEmpty {
            out += "(no speaker) (\(unattributed.count))\n"
            for l in unattributed { out += line(l) }
            out += "\n"
        }
        return out
    }

    /// Markdown: a heading per speaker, a bullet per quote.
    public func markdown() -> String {
        var out = ""
        func bullet(_ l: Line) -> String {
            var place = "entry \(l.entry)"
            if let p = l.published { place = "**\(p)** (\(place))" }
            if let t = l.title { place += " *\(Self.escape(t))*" }
            var details = [l.kind]
            if let c = l.cue { details.append(c) }
            if let ch = l.channel { details.append("via \(ch)") }
            return "- \(place): \u{201C}\(Self.escape(l.text))\u{201D} — \(details.joined(separator: ", "))\n"
        }
        for s in speakers {
            out += "## \(Self.escape(s.name))\n\n"
            if !s.aliases.isEmpty { out += "Aliases: \(s.aliases.map(Self.escape).joined(separator: ", "))  \n" }
            if !s.roles.isEmpty { out += "Roles: \(s.roles.map(Self.escape).joined(separator: ", "))  \n" }
            if !s.aliases.isEmpty || !s.roles.isEmpty { out += "\n" }
            for l in s.quotes { out += bullet(l) }
            out += "\n"
        }
        if !unattributed.isEmpty {
            out += "## No speaker\n\n"
            for l in unattributed { out += bullet(l) }
            out += "\n"
        }
        return out
    }

    /// JSON with sorted keys.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    // MARK: - Helpers

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    static func words(_ s: String) -> [String] {
        fold(s).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "*_`[]#<>|\\".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Minutes since midnight of "20:49 BST" or of an ISO 8601 time, for ordering.
    static func minutes(_ published: String?) -> Int? {
        guard let p = published else { return nil }
        if p.count >= 16, p.contains("T") {
            // 2025-10-16T20:49:00Z: days matter across dates.
            let digits = p.filter(\.isNumber)
            if digits.count >= 12, let v = Int(digits.prefix(12)) { return v }
        }
        guard let r = p.range(of: #"\d{1,2}:\d{2}"#, options: .regularExpression) else { return nil }
        let parts = p[r].split(separator: ":")
        guard let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        var minutes = h * 60 + m
        let lower = p.lowercased()
        if lower.contains("pm"), h < 12 { minutes += 720 }
        if lower.contains("am"), h == 12 { minutes -= 720 }
        return minutes
    }
}
