/// The name a found byline leaves once the credit's own words are taken off it: a host's "with"
/// before it (`HostCreditPreposition`), a Greek genitive article for "by" (`GreekGenitiveLabel`) and
/// the writer's role after it (`WriterRoleTail`).
enum BylineNameOnly {
    /// The name and the evidence that trimmed it, or nil when `byline` is a name already.
    static func trim(_ byline: String) -> (name: String, evidence: String)? {
        if let name = HostCreditPreposition.name(in: byline) {
            return (WriterRoleTail.name(in: name) ?? name, HostCreditPreposition.evidence)
        }
        if let name = GreekGenitiveLabel.name(in: byline) {
            return (WriterRoleTail.name(in: name) ?? name, GreekGenitiveLabel.evidence)
        }
        if let name = WriterRoleTail.name(in: byline) { return (name, WriterRoleTail.evidence) }
        return nil
    }
}
