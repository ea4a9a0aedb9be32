import Testing
@testable import ReaderModel

/// Acronyms with their spelled-out names, and small places named in a place context (issue 13 item 5).
@Suite struct EntityQualityTests {
    func spans(_ paragraphs: [String]) -> [EntitySpan] {
        EntityRecognizer().recognize(Document(source: "t", paragraphs: paragraphs))
    }

    func type(of text: String, in paragraphs: [String]) -> EntityType? {
        spans(paragraphs).first { $0.text == text }?.type
    }

    @Test func portsDistrictsAndVillagesInAPlaceContextArePlaces() {
        #expect(type(of: "Vorskelny", in: ["A ferry left the port of Vorskelny before dawn."]) == .place)
        #expect(type(of: "Tallowmere", in: ["Flooding closed roads in the Tallowmere district on Sunday."]) == .place)
        #expect(type(of: "Brenhollow", in: ["Rescuers reached the village of Brenhollow by boat."]) == .place)
        #expect(type(of: "Quessant", in: ["Two trawlers sheltered in Quessant harbour overnight."]) == .place)
    }

    @Test func aPlaceTypedInOneArticleIsAPlaceInAll() {
        let docs = [
            Document(source: "a", paragraphs: ["A ferry left the port of Vorskelny before dawn with grain."]),
            Document(source: "b", paragraphs: ["Cranes at Vorskelny stood idle.", "Vorskelny will reopen on Monday, officials said."]),
        ]
        let index = EntityIndex(documents: docs)
        let entity = index.entities.first { $0.name == "Vorskelny" }
        #expect(entity?.type == .place)
        #expect(entity?.documentCount == 2)
    }

    @Test func demonymsStayOther() {
        #expect(TypeVote.winner([.other: 5, .place: 1], name: "Norwegian") == .other)
        #expect(TypeVote.winner([.other: 5, .place: 1], name: "Vorskelny") == .place)
        #expect(TypeVote.winner([.person: 2, .organization: 3], name: "Quill") == .organization)
    }

    @Test func anAcronymAfterItsNameInParenthesesIsOneEntity() {
        let index = EntityIndex(documents: [Document(source: "a", paragraphs: [
            "The Coastal Grain Exchange (CGE) opened a second hall on Friday.",
            "Traders said CGE would publish daily prices from June.",
        ])])
        let merged = index.entities.filter { $0.name == "CGE" || $0.name == "Coastal Grain Exchange" }
        #expect(merged.count == 1)
        #expect(Set(merged.first.map { [$0.name] + $0.aliases } ?? []) == ["CGE", "Coastal Grain Exchange"])
    }

    @Test func initialsMayCountJoinersAndHyphenatedParts() {
        #expect(AliasResolver.initialsVariants("Bank of England").contains("BOE"))
        #expect(AliasResolver.initialsVariants("Bank of England").contains("BE"))
        #expect(AliasResolver.initialsVariants("Council for Trade Co-operation").contains("CTCO"))
        #expect(AliasResolver.initialsVariants("Kyiv").isEmpty)
    }
}
