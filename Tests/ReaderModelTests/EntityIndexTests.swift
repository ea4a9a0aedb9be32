import Testing
@testable import ReaderModel

/// Merge rules and false-merge guards on original fixture documents.
@Suite struct EntityIndexTests {
    func index(_ docs: [[String]]) -> EntityIndex {
        EntityIndex(documents: docs.enumerated().map { i, p in Document(source: "d\(i)", title: p.first, paragraphs: Array(p.dropFirst())) })
    }

    func entity(_ index: EntityIndex, _ name: String) -> Entity? {
        index.entities.first { $0.name == name || $0.aliases.contains(name) }
    }

    @Test func surnameJoinsFullNameInTheSameArticle() {
        let idx = index([["Harbour talks", "Minister Ilse Dravnik opened the port.", "Dravnik’s plan was praised, and Dravnik smiled."]])
        let e = entity(idx, "Ilse Dravnik")
        #expect(e?.type == .person)
        #expect(e?.mentions.count == 3)
        #expect(e?.aliases == ["Dravnik"])
    }

    @Test func transliterationVariantsJoinAcrossArticles() {
        let idx = index([["One", "President Oleh Marchenkiy visited Kiev."],
                         ["Two", "Oleh Marchenky spoke in Kyiv."],
                         ["Three", "Later Marchenkyy left Kyiv again."]])
        let e = entity(idx, "Oleh Marchenkiy")
        #expect(e?.documentCount == 3)
        #expect((e?.aliases ?? []).contains("Marchenkyy"))
        let kyiv = entity(idx, "Kyiv")
        #expect(kyiv?.documentCount == 3)
        #expect(kyiv?.aliases.contains("Kiev") == true || kyiv?.name == "Kiev")
    }

    @Test func acronymJoinsItsExpansion() {
        let idx = index([["One", "The World Trade Organization met. The WTO said little."],
                         ["Two", "The WTO ruled on Monday."],
                         ["Three", "Officials in the U.S. and the United States Senate waited, as did the EU and the European Union."]])
        let wto = entity(idx, "WTO")
        #expect(wto?.aliases.contains("World Trade Organization") == true || wto?.name == "World Trade Organization")
        #expect(wto?.documentCount == 2)
        let eu = entity(idx, "EU")
        #expect(eu?.mentions.count == 2)
        #expect(entity(idx, "U.S.")?.aliases.contains("United States Senate") == false)
    }

    @Test func differentFirstNamesNeverMerge() {
        let idx = index([["One", "Judge Carla Brenning and Judge Tomas Brenning disagreed. Brenning left first."],
                         ["Two", "Carla Brenning spoke."]])
        let carla = entity(idx, "Carla Brenning")
        let tomas = entity(idx, "Tomas Brenning")
        #expect(carla != nil && tomas != nil && carla?.id != tomas?.id)
        #expect(carla?.aliases.contains("Tomas Brenning") == false)
    }

    @Test func bareSurnameInAnotherArticleJoinsTheKnownPerson() {
        let idx = index([["One", "Envoy Marta Quell arrived."], ["Two", "Talks would continue, Quell said."]])
        #expect(entity(idx, "Marta Quell")?.documentCount == 2)
    }

    @Test func canonicalNameIsTheFullestPersonForm() {
        let idx = index([["One", "Quell said no.", "Quell said yes."], ["Two", "Ambassador Marta Quell spoke."]])
        #expect(idx.entities.first { $0.type == .person }?.name == "Marta Quell")
    }

    @Test func nextAndPreviousMentionWrapAcrossArticles() throws {
        let idx = index([["One", "Lisbon woke. Lisbon slept."], ["Two", "Rain fell on Lisbon."]])
        let e = try #require(entity(idx, "Lisbon"))
        #expect(e.mentions.count == 3)
        let first = try #require(idx.nextMention(of: e.id, after: nil))
        #expect(first == e.mentions[0])
        #expect(idx.nextMention(of: e.id, after: e.mentions[0]) == e.mentions[1])
        #expect(idx.nextMention(of: e.id, after: e.mentions[2]) == e.mentions[0])
        #expect(idx.previousMention(of: e.id, before: e.mentions[0]) == e.mentions[2])
        #expect(idx.previousMention(of: e.id, before: e.mentions[2])?.document == 0)
        #expect(idx.nextMention(of: 9999, after: nil) == nil)
    }

    @Test func salienceFavoursTitleAndMentions() {
        let docs = [Document(source: "a", title: "Porto prepares", paragraphs: ["Lisbon and Lisbon and Porto and Madrid met."],
                             captions: ["Madrid at night"])]
        let idx = EntityIndex(documents: docs)
        let ranked = idx.entities(inDocument: 0).map(\.entity.name)
        #expect(ranked.first == "Porto")
        #expect(ranked.contains("Madrid"))
        #expect(idx.entities.first { $0.name == "Madrid" }?.mentions.contains { $0.isCaption } == true)
    }

    @Test func datesAndMoneyMergeByValue() {
        let idx = index([["One", "It began on April 3, 2022 and cost $2 million."], ["Two", "Since 3 April 2022 costs reached $2m."]])
        let date = idx.entities.first { $0.type == .date && $0.normalized == "2022-04-03" }
        #expect(date?.mentions.count == 2)
        #expect(idx.entities.first { $0.type == .money && $0.normalized == "USD 2000000" }?.mentions.count == 2)
    }

    @Test func prebuiltEntitiesKeepTheirIDs() {
        let m = [Mention(document: 0, field: .paragraph(0), range: 0..<4, text: "Oslo"),
                 Mention(document: 2, field: .title, range: 3..<7, text: "Oslo")]
        let idx = EntityIndex(entities: [Entity(id: 42, name: "Oslo", type: .place, mentions: m)])
        #expect(idx.entity(42)?.name == "Oslo")
        #expect(idx.nextMention(of: 42, after: m[0]) == m[1])
        #expect(idx.previousMention(of: 42, before: m[0]) == m[1])
        #expect(idx.entities(inDocument: 2).first?.count == 1)
    }

    @Test func mentionsOfADocumentInReadingOrder() {
        let idx = index([["One", "Lisbon met Porto."], ["Two", "Porto met Lisbon and Madrid."]])
        let m = idx.mentions(inDocument: 1)
        #expect(m.map(\.mention.text) == ["Porto", "Lisbon", "Madrid"])
        #expect(m.allSatisfy { idx.entity($0.entityID)?.mentions.contains($0.mention) == true })
    }

    @Test func ukrainianRussianAndCyrillicSpellingsJoin() {
        let idx = index([["One", "Director Mykola Hryhorenko met donors."], ["Two", "Mykola Grigorenko, the director, declined."],
                         ["Three", "Микола Григоренко signed the order."]])
        let e = idx.entities.first { $0.type == .person }
        #expect(e?.documentCount == 3)
        #expect(idx.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func headingGluedToANameIsSplitOff() {
        let idx = index([["One", "Harbour Recovery Marta Quell said the work was done."]])
        #expect(idx.entities.contains { $0.name == "Marta Quell" && $0.type == .person })
    }

    @Test func untypedFullNameJoinsThePersonElsewhere() {
        let idx = index([["One", "Captain Torvald Lie steered the ship."], ["Two", "The crew praised Torvald Lie at the harbour."]])
        let e = idx.entities.first { $0.name == "Torvald Lie" }
        #expect(e?.type == .person)
        #expect(e?.documentCount == 2)
    }

    @Test func cachedSpansBuildTheSameIndex() {
        let docs = [Document(source: "a", title: "Lisbon talks", paragraphs: ["Envoy Marta Quell met the WTO in Lisbon."]),
                    Document(source: "b", paragraphs: ["Quell flew home."])]
        let direct = EntityIndex(documents: docs)
        let cached = EntityIndex(spans: docs.map { EntityRecognizer().recognize($0) })
        #expect(direct.entities == cached.entities)
    }

    @Test func similarEnglishSurnamesStayApart() {
        let idx = index([["One", "Inspector Laura Gill questioned Laura Hill on Monday."]])
        #expect(idx.entities.filter { $0.type == .person }.count == 2)
    }
}
