/// The type of an entity from the types its mentions were given (per article, by `NameCandidate.resolve`).
enum TypeVote {
    /// Most mentions wins, except that "other" means untyped: a name typed person, organization or
    /// place in some article ("the port of Chornomorsk") is that everywhere, though most articles name it
    /// without a cue. Demonyms ("Ukrainian") stay "other" whatever a stray cue said.
    static func winner(_ votes: [EntityType: Int], name: String) -> EntityType {
        var counted = votes
        let typed = votes.filter { $0.key != .other && $0.key != .date && $0.key != .money && $0.value > 0 }
        if !typed.isEmpty, votes[.other] != nil, !isDemonym(name) { counted[.other] = nil }
        return counted.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
    }

    /// The first word is a nationality ("Ukrainian", "Norwegian officials").
    private static func isDemonym(_ name: String) -> Bool {
        Gazetteer.isDemonym(String(name.split(separator: " ").first ?? ""))
    }
}
