/// The contract written member by member, keys in sorted (UTF-8) order, nulls and absent
/// keys exactly as the `Encodable` conformances of `ContractReport` give them.
extension ContractReport {
    func write(to w: inout JSONBytesWriter) {
        w.beginObject()
        w.key("claims"); w.array(extraction.claims) { claimOut($1).write(to: &$0) }
        w.key("contradictions"); w.array(extraction.contradictions) { Self.contradictionOut($1).write(to: &$0) }
        w.key("diagnostics"); w.array(extraction.diagnostics) { w, d in
            w.beginObject()
            w.key("code"); w.value(d.code)
            if let entry = d.entry { w.key("entry"); w.value(entry) }
            w.key("message"); w.value(d.message)
            w.key("severity"); w.value(d.severity.rawValue)
            w.endObject()
        }
        w.key("entities"); w.array(extraction.entities) { entityOut($1).write(to: &$0) }
        w.key("entries"); w.array(extraction.document.entries) { entryOut($1).write(to: &$0) }
        w.key("quotes"); w.array(extraction.quotes) { quoteOut($1).write(to: &$0) }
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
}

extension ContractReport.EntryOut {
    func write(to w: inout JSONBytesWriter) {
        w.beginObject()
        w.key("blocks"); w.array(blocks) { w, b in
            w.beginObject()
            w.key("end"); w.value(b.end)
            w.key("kind"); w.value(b.kind)
            w.key("start"); w.value(b.start)
            w.endObject()
        }
        w.key("byline")
        if let byline {
            w.beginObject()
            w.key("name"); w.value(byline.name)
            w.key("role"); w.value(byline.role)
            w.endObject()
        } else {
            w.null()
        }
        w.key("index"); w.value(index)
        w.key("labels"); w.strings(labels)
        w.key("published"); w.value(published)
        w.key("text"); w.value(text)
        w.key("title"); w.value(title)
        w.endObject()
    }
}

extension ContractReport.EntityOut {
    func write(to w: inout JSONBytesWriter) {
        w.beginObject()
        w.key("aliases"); w.strings(aliases)
        if let gender { w.key("gender"); w.value(gender) }
        w.key("id"); w.value(id)
        w.key("mentions"); w.array(mentions) { w, m in
            w.beginObject()
            w.key("end"); w.value(m.end)
            w.key("entry"); w.value(m.entry)
            if let source = m.source { w.key("lexicon"); w.value(source.file, colon: source.line) }
            w.key("rule"); w.value(m.rule)
            w.key("start"); w.value(m.start)
            w.key("text"); w.value(m.text)
            w.endObject()
        }
        w.key("merges"); w.array(merges) { w, m in
            w.beginObject()
            w.key("alias"); w.value(m.alias)
            w.key("into"); w.value(m.into)
            w.key("rule"); w.value(m.rule)
            w.endObject()
        }
        w.key("name"); w.value(name)
        w.key("roles"); w.strings(roles)
        if let rule { w.key("rule"); w.value(rule) }
        w.key("type"); w.value(type)
        w.endObject()
    }
}

extension ContractReport.QuoteOut {
    func write(to w: inout JSONBytesWriter) {
        w.beginObject()
        if let channel { w.key("channel"); w.value(channel) }
        w.key("cue"); w.value(cue)
        w.key("end"); w.value(end)
        w.key("entry"); w.value(entry)
        w.key("id"); w.value(id)
        w.key("kind"); w.value(kind)
        w.key("rule"); w.value(rule)
        w.key("speaker"); w.value(speaker)
        if let speakerEnd { w.key("speakerEnd"); w.value(speakerEnd) }
        w.key("speakerId"); w.value(speakerId)
        if let speakerRule { w.key("speakerRule"); w.value(speakerRule) }
        if let speakerStart { w.key("speakerStart"); w.value(speakerStart) }
        w.key("start"); w.value(start)
        w.key("text"); w.value(text)
        w.endObject()
    }
}

extension ContractReport.ClaimOut {
    func write(to w: inout JSONBytesWriter) {
        w.beginObject()
        w.key("alternatives"); w.array(alternatives) { w, a in
            w.beginObject()
            w.key("bound"); w.value(a.bound)
            w.key("end"); w.value(a.end)
            w.key("start"); w.value(a.start)
            w.key("text"); w.value(a.text)
            w.key("unit"); w.value(a.unit)
            if let upper = a.upper { w.key("upper"); w.value(upper) }
            w.key("value"); w.value(a.value)
            w.endObject()
        }
        w.key("attribute"); w.value(attribute)
        w.key("bound"); w.value(bound)
        w.key("end"); w.value(end)
        w.key("entry"); w.value(entry)
        w.key("id"); w.value(id)
        w.key("rule"); w.value(rule)
        if let scope { w.key("scope"); w.value(scope) }
        w.key("si")
        if let si {
            w.beginObject()
            w.key("unit"); w.value(si.unit)
            if let upper = si.upper { w.key("upper"); w.value(upper) }
            w.key("value"); w.value(si.value)
            w.endObject()
        } else {
            w.null()
        }
        if let source { w.key("source"); w.value(source) }
        w.key("start"); w.value(start)
        w.key("subject"); w.value(subject)
        w.key("subjectId"); w.value(subjectId)
        w.key("text"); w.value(text)
        w.key("unit"); w.value(unit)
        w.key("upper"); w.value(upper)
        w.key("value"); w.value(value)
        w.endObject()
    }
}

extension ContractReport.ContradictionOut {
    func write(to w: inout JSONBytesWriter) {
        w.beginObject()
        w.key("attribute"); w.value(attribute)
        w.key("claims"); w.strings(claims)
        w.key("entries"); w.ints(entries)
        w.key("reason"); w.value(reason)
        w.key("rule"); w.value(rule)
        w.key("subject"); w.value(subject)
        w.endObject()
    }
}
