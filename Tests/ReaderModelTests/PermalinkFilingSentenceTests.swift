import Testing
@testable import ReaderModel

/// Invented blog posts in several languages closed by their theme's filing sentence, which points at
/// the post's permanent link: the sentence (and a dated footer line the copy split from it) goes; a
/// short last paragraph above it and an article's own sentence about permanent links stay.
@Suite struct PermalinkFilingSentenceTests: TextPageCleaning {
    static let post = [
        "The beekeepers on the hill moved their hives to the orchard this spring, after two winters in which the wind off the moor cost them half their colonies.",
        "The orchard owner asked for nothing but a few jars each autumn, and the blossom on the old pear trees has never set so much fruit as it did this year.",
        "Next month the group will show visitors how the frames are lifted and checked, on the first Saturday if the weather is kind.",
    ]

    static func page(_ post: [String], footer: [String]) -> [String] {
        ["Hill Bees", "Home", "About", "", "The hives have a new home", "", "Posted on May 2, 2024 by Ilse Example", ""]
            + post.flatMap { [$0, ""] } + footer + ["", "Leave a Reply", "Name *", "Email *"]
    }

    @Test func theFilingSentenceLeavesThePostInEachLanguage() {
        let french = [
            "Les apiculteurs de la colline ont installé leurs ruches dans le verger ce printemps, après deux hivers où le vent leur a coûté la moitié des colonies.",
            "Le propriétaire du verger ne demande que quelques pots chaque automne, et les vieux poiriers n'ont jamais porté autant de fruits que cette année.",
        ]
        let spanish = [
            "Los apicultores de la colina trasladaron sus colmenas al huerto esta primavera, después de dos inviernos en los que el viento se llevó la mitad de las colonias.",
            "El dueño del huerto solo pide unos tarros cada otoño, y los perales viejos nunca habían dado tanta fruta como este año.",
        ]
        let german = [
            "Die Imker vom Hügel haben ihre Stöcke in diesem Frühjahr in den Obstgarten gebracht, nachdem der Wind ihnen zwei Winter lang die Hälfte der Völker gekostet hatte.",
            "Der Besitzer des Gartens verlangt nur ein paar Gläser im Herbst, und die alten Birnbäume trugen noch nie so viele Früchte wie in diesem Jahr.",
        ]
        let cases: [([String], String)] = [
            (Self.post, "This note was filed in Orchard and Hives by Ilse Example. Save the permalink."),
            (french, "Cette note a été classée dans Verger, Ruches. Gardez le permalien dans vos favoris."),
            (spanish, "Esta nota se archivó en Huerto y Colmenas. Guarda el enlace permanente."),
            (german, "Dieser Eintrag wurde unter Garten abgelegt. Merke dir den Permalink."),
        ]
        for (post, filing) in cases {
            let doc = clean(Self.page(post, footer: [filing]))
            #expect(doc.paragraphs == post, "\(filing)")
            #expect(doc.evidence(of: filing).contains(PermalinkFilingSentence.evidence), "\(filing)")
        }
    }

    @Test func aDatedFooterLineTheCopySplitGoesWithIt() {
        let footer = ["Written by ilse, posted on 5/2/2024 at 9:15 am.", "", "Filed under hives.", "",
                      "Save the permalink. Follow replies to this note with its feed."]
        let doc = clean(Self.page(Self.post, footer: footer))
        #expect(doc.paragraphs == Self.post)
        #expect(doc.evidence(of: footer[0]).contains(PermalinkFilingSentence.evidence))
    }

    @Test func aShortLastParagraphAboveTheSentenceStays() {
        let post = Self.post + ["See you at the hives."]
        let doc = clean(Self.page(post, footer: ["Filed in Hives. Save the permalink."]))
        #expect(doc.paragraphs == post)
        // A dated last paragraph stays when the filing sentence is not the rest of a split footer.
        let dated = Self.post + ["The demonstration starts on 6/1/2024 at 10:30 by the gate."]
        #expect(clean(Self.page(dated, footer: ["Filed in Hives. Save the permalink."])).paragraphs == dated)
    }

    @Test func anArticleSentenceAboutPermanentLinksStays() {
        let closing = "Every page on the group's new site now has a permalink that stays the same when a title changes, so old links keep working."
        let post = Self.post + [closing]
        #expect(clean(Self.page(post, footer: [])).paragraphs == post)
        #expect(PermalinkFilingSentence.permalinkSentence(Substring(closing)) == nil)
    }

    @Test func theSentenceIsFoundByItsBytes() {
        #expect(PermalinkFilingSentence.permalinkSentence("Filed in Hives. Save the PERMALINK.") == 16)
        #expect(PermalinkFilingSentence.permalinkSentence("Save the permalink. Follow the feed.") == 0)
        #expect(PermalinkFilingSentence.permalinkSentence("養蜂カテゴリーに投稿されました。パーマリンクをブックマークする。") != nil)
        #expect(PermalinkFilingSentence.permalinkSentence("A thermal imaging camera watched the hive all night.") == nil)
        // The byte lengths the word gate lets through cover every word of the list.
        #expect(PermalinkFilingSentence.linkWords.allSatisfy { PermalinkFilingSentence.mayBeLinkWord(bytes: $0.utf8.count) })
        #expect(PermalinkFilingSentence.hasClockTime("posted at 9:15 am"))
        #expect(!PermalinkFilingSentence.hasClockTime("Chapter 3: the queen"))
    }
}
