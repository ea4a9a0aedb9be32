import Testing
@testable import ReaderModel

/// Each recognition rule on original fixture sentences.
@Suite struct EntityRecognizerTests {
    func spans(_ paragraphs: [String], title: String? = nil) -> [EntitySpan] {
        EntityRecognizer().recognize(Document(source: "t", title: title, paragraphs: paragraphs))
    }

    func type(of text: String, in paragraphs: [String]) -> EntityType? {
        spans(paragraphs).first { $0.text == text }?.type
    }

    @Test func titlesMarkPeopleAndAreStripped() {
        let s = spans(["The talks were chaired by Prime Minister Lena Vorhaug and Ambassador Tobiah Quell."])
        #expect(s.contains { $0.text == "Lena Vorhaug" && $0.type == .person })
        #expect(s.contains { $0.text == "Tobiah Quell" && $0.type == .person })
        #expect(!s.contains { $0.text.contains("Minister") || $0.text.contains("Ambassador") })
    }

    @Test func organizationBeforeTitleIsSplitOff() {
        let s = spans(["A visit by OSCE Secretary General Marek Dunavy was announced."])
        #expect(s.contains { $0.text == "OSCE" && $0.type == .organization })
        #expect(s.contains { $0.text == "Marek Dunavy" && $0.type == .person })
    }

    @Test func lowerCaseRoleAndSpeechVerbMarkPeople() {
        #expect(type(of: "Quintavalle", in: ["The plan was criticised by spokesman Quintavalle on radio."]) == .person)
        #expect(type(of: "Brannagh", in: ["Ministers met late.", "Brannagh said the vote would wait."]) == .person)
    }

    @Test func organizationHeadsAndOpeners() {
        #expect(type(of: "Harbour Freight Agency", in: ["Records from the Harbour Freight Agency were sealed."]) == .organization)
        #expect(type(of: "Ministry of Water Resources", in: ["Officials at the Ministry of Water Resources disagreed."]) == .organization)
        #expect(type(of: "Velmora Workers Party", in: ["The Velmora Workers Party won two seats."]) == .organization)
    }

    @Test func placeHeadsAndGazetteer() {
        #expect(type(of: "Kharkiv Oblast", in: ["Shelling hit villages in Kharkiv Oblast overnight."]) == .place)
        #expect(type(of: "Lisbon", in: ["Delegates flew to Lisbon for the vote."]) == .place)
        #expect(type(of: "Vilnius", in: ["Vilnius will host the next round."]) == .place)
    }

    @Test func placeContextAndListsShareType() {
        let s = spans(["Troops left the villages of Dorvanka, Peltsy and Osmorivka last week."])
        for name in ["Dorvanka", "Peltsy", "Osmorivka"] {
            #expect(s.contains { $0.text == name && $0.type == .place }, "\(name)")
        }
    }

    @Test func acronymsAreOrganizationsUnlessPlaces() {
        #expect(type(of: "WTO", in: ["The WTO ruled against the tariff."]) == .organization)
        #expect(type(of: "U.S.", in: ["The U.S. embassy stayed open."]) == .place)
    }

    @Test func demonymsAreOther() {
        #expect(type(of: "Norwegian", in: ["A Norwegian frigate joined the drill."]) == .other)
    }

    @Test func sentenceInitialWordsAreNotNames() {
        let s = spans(["During the night the convoy moved. Moreover, the bridge held. However, Lisbon slept.",
                       "Nevertheless talks resumed. Despite rain, crowds gathered."])
        let names = Set(s.map(\.text))
        for word in ["During", "Moreover", "However", "Nevertheless", "Despite"] { #expect(!names.contains(word), "\(word)") }
        #expect(names.contains("Lisbon"))
    }

    @Test func monthsAndWeekdaysAreDatesNotNames() {
        let s = spans(["The envoy Ilse Dravnik arrived on Tuesday and left on March 3, 2021 after meeting in April."])
        #expect(s.contains { $0.text == "March 3, 2021" && $0.type == .date && $0.normalized == "2021-03-03" })
        #expect(s.contains { $0.text == "Tuesday" && $0.type == .date })
        #expect(s.contains { $0.text == "April" && $0.type == .date })
        #expect(!s.contains { $0.type != .date && ($0.text.contains("Tuesday") || $0.text.contains("April")) })
    }

    @Test func possessivesAreStripped() {
        let s = spans(["Dravnik’s plan and the WTO's ruling were both delayed, Ilse Dravnik said."])
        #expect(s.contains { $0.text == "Dravnik" && $0.type == .person })
        #expect(s.contains { $0.text == "WTO" })
    }

    @Test func oneStringOneTypePerDocument() {
        let s = spans(["Minister Oskar Tamberlane spoke first.", "Later Tamberlane left, and Tamberlane returned at noon."])
        #expect(s.filter { $0.text == "Tamberlane" }.allSatisfy { $0.type == .person })
        #expect(s.filter { $0.text == "Tamberlane" }.count == 2)
    }

    @Test func shoutedHeadlineWordsAreNotAcronyms() {
        let s = spans(["MORE STORIES FROM JAPAN", "FOOTBALL - BRAZIL BEAT CHILE IN FRIENDLY ."])
        let names = Set(s.map(\.text))
        #expect(!names.contains("MORE") && !names.contains("STORIES") && !names.contains("FRIENDLY"))
        #expect(s.contains { $0.text == "JAPAN" && $0.type == .place })
        #expect(s.contains { $0.text == "CHILE" && $0.type == .place })
    }

    @Test func offsetsAreUTF8BytesIntoTheField() {
        let text = "“Ça va,” said Renée Okafor in Kraków."
        let doc = Document(source: "t", paragraphs: [text])
        for span in EntityRecognizer().recognize(doc) {
            let bytes = Array(text.utf8)[span.range]
            #expect(String(decoding: bytes, as: UTF8.self) == span.text)
        }
        #expect(EntityRecognizer().recognize(doc).contains { $0.text == "Kraków" && $0.type == .place })
    }

    @Test func moneySpansAreNormalised() {
        let s = spans(["The fund holds 40 billion euros ($43.2 billion), and donors added $12 million."])
        #expect(s.contains { $0.type == .money && $0.text == "40 billion euros ($43.2 billion)" && $0.normalized == "EUR 40000000000" })
        #expect(s.contains { $0.type == .money && $0.normalized == "USD 12000000" })
    }

    @Test func shoutedDatelineIsAPlace() {
        let s = spans(["TALLINN , Estonia 2019-05-14", "OSLOBERG ( Reuters ) - Ministers met."])
        #expect(s.contains { $0.text == "TALLINN" && $0.type == .place })
        #expect(s.contains { $0.text == "OSLOBERG" && $0.type == .place })
    }

    @Test func resultsLinesNameClubsButCountriesStayPlaces() {
        let s = spans(["Fenwick Rovers 2 Dunmore 1", "Portugal 3 Norway 0", "Standings :", "Valencia 5 3 1 1 9 4 10"])
        #expect(s.contains { $0.text == "Valencia" && $0.type == .organization })
        #expect(spans(["Standings :", "Arsenal 5 3 1 1 9 4 10"]).contains { $0.text == "Arsenal" && $0.type == .organization })
        #expect(s.contains { $0.text == "Fenwick Rovers" && $0.type == .organization })
        #expect(s.contains { $0.text == "Dunmore" && $0.type == .organization })
        #expect(s.contains { $0.text == "Portugal" && $0.type == .place })
    }

    @Test func titleCaseHeadlineCapitalsAreTypography() {
        let s = spans(["Harbour Talks Collapse As Storm Nears Lisbon"])
        let names = Set(s.map(\.text))
        #expect(!names.contains("Harbour Talks Collapse") && !names.contains("Storm"))
        #expect(names.contains("Lisbon"))
    }

    @Test func ofJoinsOnlyAfterHeads() {
        let s = spans(["The Bank of Portugal hired Ilse Dravnik of Norway."])
        #expect(s.contains { $0.text == "Bank of Portugal" && $0.type == .organization })
        #expect(s.contains { $0.text == "Ilse Dravnik" && $0.type == .person })
        #expect(s.contains { $0.text == "Norway" && $0.type == .place })
    }

    @Test func companyFirstWordNamesTheCompany() {
        let s = spans(["Kestrel Motor Co cut jobs on Monday.", "Shares in Kestrel fell, and the Nigerian unit was sold."])
        #expect(s.contains { $0.text == "Kestrel Motor Co" && $0.type == .organization })
        #expect(s.contains { $0.text == "Kestrel" && $0.type == .organization })
        #expect(s.contains { $0.text == "Nigerian" && $0.type == .other })
    }

    @Test func townsThatPlayAreClubsButCountriesArePlaces() {
        let s = spans(["Getafe beat Dunmore 2-1 on Sunday, while Portugal beat Norway 3-0."])
        #expect(s.contains { $0.text == "Getafe" && $0.type == .organization })
        #expect(spans(["Lisbon defeated the motion 52-48."]).contains { $0.text == "Lisbon" && $0.type == .place })
        #expect(s.contains { $0.text == "Portugal" && $0.type == .place })
        #expect(s.contains { $0.text == "Norway" && $0.type == .place })
    }

    @Test func sentenceInitialWordSeenLowerCaseElsewhereIsNotAName() {
        let s = spans(["Dronewatchers gathered at dawn.", "Local dronewatchers counted twelve."])
        #expect(!s.contains { $0.text == "Dronewatchers" })
        let t = spans(["Brannagh arrived at dawn.", "Nobody expected Brannagh so early."])
        #expect(t.contains { $0.text == "Brannagh" })
    }

    @Test func longOfficialNamesKeepTheirJoiners() {
        let s = spans(["Observers from the Organisation for Trade and Cooperation in Asia arrived."])
        #expect(s.contains { $0.text == "Organisation for Trade and Cooperation in Asia" && $0.type == .organization })
    }

    @Test func townsNamedLikeWordsNeedAPreposition() {
        let s = spans(["Police Chief Ilse Dravnik spoke first.", "She grew up in Mobile and moved to Lisbon."])
        #expect(!s.contains { $0.text == "Police" && $0.type == .place })
        #expect(s.contains { $0.text == "Mobile" && $0.type == .place })
        #expect(s.contains { $0.text == "Ilse Dravnik" && $0.type == .person })
    }

    @Test func capitalisedModifiersOfLowerCaseNounsAreFragments() {
        let s = spans(["The photo came from the Estonian Presidential press office on Monday."])
        #expect(!s.contains { $0.text.contains("Presidential") })
    }

    @Test func photoCreditsAreNoise() {
        let doc = Document(source: "t", paragraphs: ["Marta Quell spoke in Lisbon. Harbour Press Service via AFP - Getty Images"],
                           captions: ["Marta Quell in Lisbon on Monday (Presidential Office)", "Crowds in Porto. EPA-EFE/JANE DOVERTON"])
        let s = EntityRecognizer().recognize(doc)
        let names = Set(s.map(\.text))
        #expect(names.isSuperset(of: ["Marta Quell", "Lisbon", "Porto"]))
        for credit in ["AFP", "Getty Images", "Presidential Office", "JANE DOVERTON", "Harbour Press Service"] { #expect(!names.contains(credit), "\(credit)") }
        #expect(spans(["The envoy travelled to Lisbon via Madrid."]).contains { $0.text == "Madrid" })
    }

    @Test func hyphenatedModifiersAndGreaterPlaces() {
        let s = spans(["A Panama-flagged tanker left Greater Lisbon for the EU-funded terminal."])
        let names = Set(s.map(\.text))
        #expect(!names.contains("Panama-flagged") && !names.contains("EU-funded"))
        #expect(s.contains { $0.text == "Greater Lisbon" && $0.type == .place })
    }

    @Test func portfolioWordsBelongToTheTitleAndParticlesToTheName() {
        let s = spans(["Portuguese Fisheries Minister Ana van der Berg met spokesman Luis de la Costa."])
        #expect(s.contains { $0.text == "Ana van der Berg" && $0.type == .person })
        #expect(s.contains { $0.text == "Portuguese" && $0.type == .other })
        #expect(!s.contains { $0.text.contains("Fisheries") })
        #expect(s.contains { $0.text == "Luis de la Costa" && $0.type == .person })
    }

    @Test func sharesInACompany() {
        #expect(type(of: "Vestrabank-Holm", in: ["Shares in Vestrabank-Holm rose 2 percent in Lisbon."]) == .organization)
    }

    @Test func reportingVerbsMarkUnknownSurnames() {
        #expect(type(of: "Fenwright", in: ["The plan was dropped after Fenwright proposed a delay."]) == .person)
    }
}
