import ClaimKitModel

/// The contract written member by member, keys in sorted (UTF-8) order, nulls and absent
/// keys exactly as the `Encodable` conformances of `ContractReport` give them.
///
/// Each member is written straight from the extraction's model values (no `...Out` value
/// is built per claim, mention or quote: that copied and released every string of the
/// report once more); the `...Out` types stay the reference `JSONEncoder` path.
extension ContractReport {
    func write(to w: inout JSONBytesWriter) {
        w.beginObject()
        w.key("claims")
        w.beginArray()
        let claims = extraction.claims
        claims.withUnsafeBufferPointer { items in
            // Each element lent in place (indexing the array copied it out and destroyed it).
            for k in items.indices {
                w.element()
                writeClaim(items[k], to: &w)
            }
        }
        w.endArray()
        w.key("contradictions"); w.array(extraction.contradictions) { w, c in Self.writeContradiction(c, to: &w) }
        w.key("diagnostics"); w.array(extraction.diagnostics) { w, d in
            w.beginObject()
            w.key("code"); w.value(d.code)
            if let entry = d.entry { w.key("entry"); w.value(entry) }
            w.key("message"); w.value(d.message)
            w.key("severity"); w.value(d.severity.rawValue)
            w.endObject()
        }
        w.key("entities")
        w.beginArray()
        let entities = extraction.entities
        entities.withUnsafeBufferPointer { items in
            // Each element lent in place (indexing the array copied it out and destroyed it).
            for k in items.indices {
                w.element()
                writeEntity(items[k], to: &w)
            }
        }
        w.endArray()
        w.key("entries")
        w.beginArray()
        let entries = extraction.document.entries
        entries.withUnsafeBufferPointer { items in
            // Each element lent in place (indexing the array copied it out and destroyed it).
            for k in items.indices {
                w.element()
                writeEntry(items[k], to: &w)
            }
        }
        w.endArray()
        w.key("quotes")
        w.beginArray()
        let quotes = extraction.quotes
        quotes.withUnsafeBufferPointer { items in
            // Each element lent in place (indexing the array copied it out and destroyed it).
            for k in items.indices {
                w.element()
                writeQuote(items[k], to: &w)
            }
        }
        w.endArray()
        w.key("series"); w.array(extraction.series) { w, s in
            w.beginObject()
            w.key("attribute"); w.value(s.attribute)
            w.key("claims"); w.strings(s.claims)
            w.key("subject"); w.value(s.subject)
            w.endObject()
        }
        w.key("source")
        w.beginObject()
        w.key("format"); w.value(source.format)
        w.key("name"); w.value(source.name)
        w.key("title"); w.value(source.title)
        w.key("url"); w.value(source.url)
        w.endObject()
        w.key("version"); w.value(version)
        w.endObject()
    }

    /// An entry as `EntryOut` encodes it.
    func writeEntry(_ entry: Entry, to w: inout JSONBytesWriter) {
        let map = maps[entry.index - 1]
        w.beginObject()
        w.key("blocks")
        w.beginArray()
        let blocks = entry.blocks
        for k in blocks.indices {
            w.element()
            w.beginObject()
            w.key("end"); w.value(map.scalarOffset(blocks[k].contentRange.utf8End))
            w.key("kind"); w.value(blocks[k].kind.rawValue)
            w.key("start"); w.value(map.scalarOffset(blocks[k].contentRange.utf8Start))
            w.endObject()
        }
        w.endArray()
        w.key("byline")
        if let byline = entry.byline {
            w.beginObject()
            w.key("name"); w.value(byline.name)
            w.key("role"); w.value(byline.role)
            w.endObject()
        } else {
            w.null()
        }
        w.key("index"); w.value(entry.index)
        w.key("labels"); w.strings(entry.labels)
        w.key("published"); w.value(entry.published)
        w.key("text"); w.value(entry.text)
        w.key("title"); w.value(entry.title)
        w.endObject()
    }

    /// An entity as `EntityOut` encodes it.
    func writeEntity(_ entity: Entity, to w: inout JSONBytesWriter) {
        w.beginObject()
        w.key("aliases"); w.strings(entity.aliases)
        if let gender = entity.gender { w.key("gender"); w.value(gender.rawValue) }
        w.key("id"); w.value(entity.id.rawValue)
        w.key("mentions")
        w.beginArray()
        // Read in place by index: no closure context and no copy of each mention.
        let mentions = entity.mentions
        for k in mentions.indices {
            w.element()
            let entry = mentions[k].entry
            let (start, end) = Self.span(maps, entry, mentions[k].range)
            w.beginObject()
            w.key("end"); w.value(end)
            w.key("entry"); w.value(entry)
            if let source = mentions[k].provenance.lexicon { w.key("lexicon"); w.value(source.file, colon: source.line) }
            w.key("rule"); w.value(mentions[k].provenance.rule.rawValue)
            w.key("start"); w.value(start)
            w.key("text"); w.value(mentions[k].text)
            w.endObject()
        }
        w.endArray()
        w.key("merges"); w.array(entity.merges) { w, m in
            w.beginObject()
            w.key("alias"); w.value(m.alias)
            w.key("into"); w.value(m.into)
            w.key("rule"); w.value(m.rule.rawValue)
            w.endObject()
        }
        w.key("name"); w.value(entity.name)
        w.key("roles"); w.strings(entity.roles)
        if let rule = entity.typeRule { w.key("rule"); w.value(rule.rawValue) }
        w.key("type"); w.value(entity.type.rawValue)
        w.endObject()
    }

    /// A quote as `QuoteOut` encodes it.
    func writeQuote(_ q: Quote, to w: inout JSONBytesWriter) {
        let (start, end) = Self.span(maps, q.entry, q.range)
        w.beginObject()
        if let channel = q.channel { w.key("channel"); w.value(channel) }
        w.key("cue"); w.value(q.cue)
        w.key("end"); w.value(end)
        w.key("entry"); w.value(q.entry)
        w.key("id"); w.value(q.id)
        w.key("kind"); w.value(q.kind.rawValue)
        w.key("rule"); w.value(q.rule.rawValue)
        w.key("speaker"); w.value(q.speaker)
        let entry = q.entry  // the closure below captures this, not the quote
        let speakerSpan = q.speakerMention.map { Self.span(maps, entry, $0) }
        if let speakerSpan { w.key("speakerEnd"); w.value(speakerSpan.1) }
        w.key("speakerId"); w.value(q.speakerID?.rawValue)
        if let rule = q.speakerRule { w.key("speakerRule"); w.value(rule.rawValue) }
        if let speakerSpan { w.key("speakerStart"); w.value(speakerSpan.0) }
        w.key("start"); w.value(start)
        w.key("text"); w.value(q.text)
        w.endObject()
    }

    /// A claim as `ClaimOut` encodes it.
    func writeClaim(_ c: Claim, to w: inout JSONBytesWriter) {
        let entry = c.entry  // the closure below captures this, not the claim (a copy of each claim)
        let (start, end) = Self.span(maps, entry, c.range)
        w.beginObject()
        w.key("alternatives"); w.array(c.alternatives) { [maps] w, a in
            let (aStart, aEnd) = Self.span(maps, entry, a.range)
            w.beginObject()
            w.key("bound"); w.value(a.bound.rawValue)
            w.key("end"); w.value(aEnd)
            w.key("start"); w.value(aStart)
            w.key("text"); w.value(a.text)
            w.key("unit"); w.value(a.unit)
            if let upper = a.upper { w.key("upper"); w.value(upper) }
            w.key("value"); w.value(a.value)
            w.endObject()
        }
        w.key("attribute"); w.value(c.attribute)
        w.key("bound"); w.value(c.quantity.bound.rawValue)
        w.key("end"); w.value(end)
        w.key("entry"); w.value(c.entry)
        w.key("id"); w.value(c.id)
        w.key("rule"); w.value(c.rule.rawValue)
        if let scope = c.scope { w.key("scope"); w.value(scope) }
        w.key("si")
        if let si = c.si {
            w.beginObject()
            w.key("unit"); w.value(si.unit)
            if let upper = si.upper { w.key("upper"); w.value(upper) }
            w.key("value"); w.value(si.value)
            w.endObject()
        } else {
            w.null()
        }
        if let source = c.source { w.key("source"); w.value(source) }
        w.key("start"); w.value(start)
        w.key("subject"); w.value(c.subject)
        w.key("subjectId"); w.value(c.subjectID?.rawValue)
        w.key("text"); w.value(c.text)
        w.key("unit"); w.value(c.quantity.unit)
        w.key("upper"); w.value(c.quantity.upper)
        w.key("value"); w.value(c.quantity.value)
        w.endObject()
    }

    /// A contradiction as `ContradictionOut` encodes it.
    static func writeContradiction(_ c: Contradiction, to w: inout JSONBytesWriter) {
        w.beginObject()
        w.key("attribute"); w.value(c.attribute)
        w.key("claims"); w.strings(c.claims)
        w.key("entries"); w.ints(c.entries)
        w.key("reason"); w.value(c.reason)
        w.key("rule"); w.value(c.rule.rawValue)
        w.key("subject"); w.value(c.subject)
        w.endObject()
    }
}
