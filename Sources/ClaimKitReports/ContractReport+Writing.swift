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
            // Each element read in place through its address: `items[k]` copied the whole
            // value out (retaining every string and array it holds) and destroyed it after.
            for k in items.indices {
                w.element()
                writeClaim(items.baseAddress! + k, to: &w)
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
            // Each element read in place through its address (see the claims).
            for k in items.indices {
                w.element()
                writeEntity(items.baseAddress! + k, to: &w)
            }
        }
        w.endArray()
        w.key("entries")
        w.beginArray()
        let entries = extraction.document.entries
        entries.withUnsafeBufferPointer { items in
            // Each element read in place through its address (see the claims).
            for k in items.indices {
                w.element()
                writeEntry(items.baseAddress! + k, to: &w)
            }
        }
        w.endArray()
        w.key("quotes")
        w.beginArray()
        let quotes = extraction.quotes
        quotes.withUnsafeBufferPointer { items in
            // Each element read in place through its address (see the claims).
            for k in items.indices {
                w.element()
                writeQuote(items.baseAddress! + k, to: &w)
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

    /// An entry as `EntryOut` encodes it. The entry is read in place through its address,
    /// a field at a time (a copy of the whole value retained and released all it holds).
    func writeEntry(_ entry: UnsafePointer<Entry>, to w: inout JSONBytesWriter) {
        let map = maps[entry.pointee.index - 1]
        w.beginObject()
        w.key("blocks")
        w.beginArray()
        entry.pointee.blocks.withUnsafeBufferPointer { blocks in
            for k in blocks.indices {
                w.element()
                w.beginObject()
                w.key("end"); w.value(map.scalarOffset(blocks[k].contentRange.utf8End))
                w.key("kind"); w.value(blocks[k].kind.rawValue)
                w.key("start"); w.value(map.scalarOffset(blocks[k].contentRange.utf8Start))
                w.endObject()
            }
        }
        w.endArray()
        w.key("byline")
        if let byline = entry.pointee.byline {
            w.beginObject()
            w.key("name"); w.value(byline.name)
            w.key("role"); w.value(byline.role)
            w.endObject()
        } else {
            w.null()
        }
        w.key("index"); w.value(entry.pointee.index)
        w.key("labels"); w.strings(entry.pointee.labels)
        w.key("published"); w.value(entry.pointee.published)
        w.key("text"); w.value(entry.pointee.text)
        w.key("title"); w.value(entry.pointee.title)
        w.endObject()
    }

    /// An entity as `EntityOut` encodes it, read in place (see `writeEntry`).
    func writeEntity(_ entity: UnsafePointer<Entity>, to w: inout JSONBytesWriter) {
        w.beginObject()
        w.key("aliases"); w.strings(entity.pointee.aliases)
        if let gender = entity.pointee.gender { w.key("gender"); w.value(gender.rawValue) }
        w.key("id"); w.value(entity.pointee.id.rawValue)
        w.key("mentions")
        w.beginArray()
        // Each mention read in place through its address: no copy of it, no closure context.
        entity.pointee.mentions.withUnsafeBufferPointer { mentions in
            for k in mentions.indices {
                w.element()
                let mention = mentions.baseAddress! + k
                let entry = mention.pointee.entry
                let (start, end) = Self.span(maps, entry, mention.pointee.range)
                w.beginObject()
                w.key("end"); w.value(end)
                w.key("entry"); w.value(entry)
                if let source = mention.pointee.provenance.lexicon { w.key("lexicon"); w.value(source.file, colon: source.line) }
                w.key("rule"); w.value(mention.pointee.provenance.rule.rawValue)
                w.key("start"); w.value(start)
                w.key("text"); w.value(mention.pointee.text)
                w.endObject()
            }
        }
        w.endArray()
        w.key("merges"); w.array(entity.pointee.merges) { w, m in
            w.beginObject()
            w.key("alias"); w.value(m.alias)
            w.key("into"); w.value(m.into)
            w.key("rule"); w.value(m.rule.rawValue)
            w.endObject()
        }
        w.key("name"); w.value(entity.pointee.name)
        w.key("roles"); w.strings(entity.pointee.roles)
        if let rule = entity.pointee.typeRule { w.key("rule"); w.value(rule.rawValue) }
        w.key("type"); w.value(entity.pointee.type.rawValue)
        w.endObject()
    }

    /// A quote as `QuoteOut` encodes it, read in place (see `writeEntry`).
    func writeQuote(_ q: UnsafePointer<Quote>, to w: inout JSONBytesWriter) {
        let entry = q.pointee.entry
        let (start, end) = Self.span(maps, entry, q.pointee.range)
        w.beginObject()
        if let channel = q.pointee.channel { w.key("channel"); w.value(channel) }
        w.key("cue"); w.value(q.pointee.cue)
        w.key("end"); w.value(end)
        w.key("entry"); w.value(entry)
        w.key("id"); w.value(q.pointee.id)
        w.key("kind"); w.value(q.pointee.kind.rawValue)
        w.key("rule"); w.value(q.pointee.rule.rawValue)
        w.key("speaker"); w.value(q.pointee.speaker)
        let speakerSpan = q.pointee.speakerMention.map { Self.span(maps, entry, $0) }
        if let speakerSpan { w.key("speakerEnd"); w.value(speakerSpan.1) }
        w.key("speakerId"); w.value(q.pointee.speakerID?.rawValue)
        if let rule = q.pointee.speakerRule { w.key("speakerRule"); w.value(rule.rawValue) }
        if let speakerSpan { w.key("speakerStart"); w.value(speakerSpan.0) }
        w.key("start"); w.value(start)
        w.key("text"); w.value(q.pointee.text)
        w.endObject()
    }

    /// A claim as `ClaimOut` encodes it, read in place (see `writeEntry`).
    func writeClaim(_ c: UnsafePointer<Claim>, to w: inout JSONBytesWriter) {
        let entry = c.pointee.entry  // the closure below captures this, not the claim
        let (start, end) = Self.span(maps, entry, c.pointee.range)
        w.beginObject()
        w.key("alternatives"); w.array(c.pointee.alternatives) { [maps] w, a in
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
        w.key("attribute"); w.value(c.pointee.attribute)
        w.key("bound"); w.value(c.pointee.quantity.bound.rawValue)
        w.key("end"); w.value(end)
        w.key("entry"); w.value(entry)
        w.key("id"); w.value(c.pointee.id)
        w.key("rule"); w.value(c.pointee.rule.rawValue)
        if let scope = c.pointee.scope { w.key("scope"); w.value(scope) }
        w.key("si")
        if let si = c.pointee.si {
            w.beginObject()
            w.key("unit"); w.value(si.unit)
            if let upper = si.upper { w.key("upper"); w.value(upper) }
            w.key("value"); w.value(si.value)
            w.endObject()
        } else {
            w.null()
        }
        if let source = c.pointee.source { w.key("source"); w.value(source) }
        w.key("start"); w.value(start)
        w.key("subject"); w.value(c.pointee.subject)
        w.key("subjectId"); w.value(c.pointee.subjectID?.rawValue)
        w.key("text"); w.value(c.pointee.text)
        w.key("unit"); w.value(c.pointee.quantity.unit)
        w.key("upper"); w.value(c.pointee.quantity.upper)
        w.key("value"); w.value(c.pointee.quantity.value)
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
