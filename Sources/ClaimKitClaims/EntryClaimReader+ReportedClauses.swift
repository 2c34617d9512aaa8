import ClaimKitModel

extension EntryClaimReader {
    /// Whether the "that" at token `t` opens the clause a report verb reports, so a figure
    /// after it takes its subject from that clause, not from the source: "The agency said
    /// on Monday that the fissure was 3.5 kilometres long" (a verb up to four tokens
    /// before), "The Met Office, which monitors the volcano, said in its first update that
    /// the fissure was ..." (a verb up to eight words before, with only words between: a
    /// comma or a quote there ends the search).
    func opensReportedClause(_ t: Int, from k: Int) -> Bool {
        guard t > k, lower.eq(t, "that") else { return false }
        if (max(k, t - 4)..<t).contains(where: { lower.in($0, Self.reportVerbs) }) { return true }
        var p = t - 1
        while p >= max(k, t - 8), isWord(p) {
            if lower.in(p, Self.reportVerbs) { return true }
            p -= 1
        }
        return false
    }
}
