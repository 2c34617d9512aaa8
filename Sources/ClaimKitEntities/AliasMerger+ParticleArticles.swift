/// Family names that open with a particle and its article: "Van den Broeck", "de los Santos".
extension AliasMerger {
    /// Whether folded word `w` may stand in a family name before its last word: a particle
    /// (`isParticle`) or a particle's article ("den", "los", "les"; people/name-particles.tsv, kind
    /// article), so that "Van den Broeck" alone joins "Joris Van den Broeck".
    func isSurnameParticle(_ w: String) -> Bool {
        isParticle(w) || lexicons.particleArticles.contains(w)
    }
}
