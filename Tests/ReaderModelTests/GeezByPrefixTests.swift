import Testing
@testable import ReaderModel

/// Amharic and Tigrinya write "by" as a syllable glued to the writer's name: the byline is the
/// name without it, and a name that itself opens with that syllable keeps it (`GeezByPrefix`).
/// Invented lines and pages.
@Suite struct GeezByPrefixTests {
    @Test func dropsTheGluedPrefixBeforeAVowelSyllable() {
        #expect(GeezByPrefix.stripped("በእሌኒ ገብሩ") == "እሌኒ ገብሩ")
        #expect(GeezByPrefix.stripped("ብኣማኑኤል ሃብተ") == "ኣማኑኤል ሃብተ")
        #expect(GeezByPrefix.stripped("በዓለምፀሐይ ወርቁ") == "ዓለምፀሐይ ወርቁ")
    }

    @Test func dropsTheSpacedPrefix() {
        #expect(GeezByPrefix.stripped("በ ሰላም ተስፋዬ") == "ሰላም ተስፋዬ")
    }

    /// "በረከት", "በቀለ" are names: the syllable after "በ" is no vowel carrier.
    @Test func keepsNamesThatOpenWithTheSyllable() {
        #expect(GeezByPrefix.stripped("በረከት ሙሉጌታ") == "በረከት ሙሉጌታ")
        #expect(GeezByPrefix.stripped("በቀለ ወልደ") == "በቀለ ወልደ")
        #expect(GeezByPrefix.stripped("Anna Example") == "Anna Example")
        #expect(GeezByPrefix.stripped("በ") == "በ")
    }

    static let body = [
        "የከተማው ሕዝብ ቤተ መጻሕፍት ለተማሪዎች የሚሆን አዲስ የንባብ ክፍል ትናንት ከፈተ። ክፍሉ ከሦስት መቶ በላይ አዳዲስ መጻሕፍትን ይዟል።",
        "የቤተ መጻሕፍቱ ኃላፊ እንደገለጹት፣ ክፍሉ በየቀኑ እስከ ምሽቱ ሁለት ሰዓት ክፍት ይሆናል፤ ወላጆችም ልጆቻቸውን ይዘው መምጣት ይችላሉ።",
        "በሚቀጥለው ወር ለልጆች የንባብ ውድድር ይዘጋጃል፤ አሸናፊዎቹም የመጻሕፍት ሽልማት ያገኛሉ ተብሏል።",
    ]

    @Test func textCopyBylineLosesThePrefix() {
        let text = (["ዜና", "", "የከተማው ቤተ መጻሕፍት አዲስ የንባብ ክፍል ከፈተ", "", "በእሌኒ ገብሩ", "መጋቢት 12, 2017 ዓ.ም", ""]
            + Self.body.flatMap { [$0, ""] }).joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(doc.byline == "እሌኒ ገብሩ")
        #expect(doc.published != nil)
    }

    @Test func savedPageBylineLosesThePrefix() {
        let html = """
        <html lang="am"><head><meta charset="utf-8"><title>የከተማው ቤተ መጻሕፍት አዲስ የንባብ ክፍል ከፈተ</title></head><body>
        <article><h1>የከተማው ቤተ መጻሕፍት አዲስ የንባብ ክፍል ከፈተ</h1>
        <div class="article-meta"><span>በእሌኒ ገብሩ</span><span>መጋቢት 12, 2017 ዓ.ም</span></div>
        \(Self.body.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></body></html>
        """
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: html))
        #expect(doc.byline == "እሌኒ ገብሩ")
    }

    /// A name that opens with "በ" before a consonant syllable keeps it in a text copy.
    @Test func textCopyKeepsANameOpeningWithTheSyllable() {
        let text = (["ዜና", "", "የከተማው ቤተ መጻሕፍት አዲስ የንባብ ክፍል ከፈተ", "", "በረከት ሙሉጌታ", "መጋቢት 12, 2017 ዓ.ም", ""]
            + Self.body.flatMap { [$0, ""] }).joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(doc.byline == "በረከት ሙሉጌታ")
    }
}
