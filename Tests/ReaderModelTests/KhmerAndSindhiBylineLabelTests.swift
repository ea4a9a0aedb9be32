import Testing
@testable import ReaderModel

/// Khmer "ដោយ៖" ("by" with the Khmer colon) and Sindhi "رپورٽ:" ("report:") label the writer in a
/// byline box that sets name and date in fields of their own: the text copy's label line and the
/// saved page's first field both give the name. Invented pages.
@Suite struct KhmerAndSindhiBylineLabelTests: TextPageCleaning {
    @Test func readsTheLabels() {
        #expect(BylineLabels.name(in: "ដោយ៖ ចាន់ សុភា", anywhere: false) == "ចាន់ សុភា")
        #expect(BylineLabels.name(in: "ដោយ៖ចាន់ សុភា", anywhere: false) == "ចាន់ សុភា")
        #expect(BylineLabels.name(in: "رپورٽ: شازيه جوڻيجو", anywhere: false) == "شازيه جوڻيجو")
    }

    static let khmerTitle = "សិស្សសាលាភូមិដាំសួនបន្លែសម្រាប់អាហារថ្ងៃត្រង់"
    static let khmerBody = [
        "សិស្សនៅសាលាបឋមសិក្សាក្នុងភូមិបានដាំសួនបន្លែមួយនៅខាងក្រោយអគារសិក្សា ហើយថែទាំវារៀងរាល់ព្រឹកមុនម៉ោងរៀន។",
        "គ្រូបង្រៀនបាននិយាយថា បន្លែទាំងនោះនឹងត្រូវប្រើសម្រាប់អាហារថ្ងៃត្រង់របស់សិស្ស ហើយឪពុកម្ដាយក៏មកជួយដាំផងដែរ។",
        "សាលាគ្រោងនឹងពង្រីកសួននេះនៅឆ្នាំក្រោយ ដើម្បីឱ្យសិស្សគ្រប់ថ្នាក់មានកន្លែងរៀនពីការដាំដុះ។",
    ]

    @Test func khmerTextCopy() {
        let doc = clean(["ទំព័រដើម", "", Self.khmerTitle, "", "ដោយ៖ ចាន់ សុភា", "ថ្ងៃទី ២០ ខែមីនា ឆ្នាំ ២០២៥", ""]
                        + Self.khmerBody.flatMap { [$0, ""] })
        #expect(doc.byline == "ចាន់ សុភា")
        #expect(doc.published == "2025-03-20")
    }

    @Test func khmerSavedPageFirstField() {
        let html = """
        <html lang="km"><head><meta charset="utf-8"><title>\(Self.khmerTitle)</title></head><body>
        <main><article><h1>\(Self.khmerTitle)</h1>
        <div class="article-meta"><span>ដោយ៖ ចាន់ សុភា</span><span>ថ្ងៃទី ២០ ខែមីនា ឆ្នាំ ២០២៥</span></div>
        \(Self.khmerBody.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></main></body></html>
        """
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: html))
        #expect(doc.byline == "ចាន់ សុភា")
    }

    static let sindhiTitle = "ڳوٺ جي ڇوڪرين لاءِ نئون اسڪول کليو"
    static let sindhiBody = [
        "ڳوٺ ۾ ڇوڪرين لاءِ پهريون پرائمري اسڪول سومر تي کليو، جنهن ۾ پهرين ڏينهن ئي سٺ ڇوڪريون داخل ٿيون.",
        "اسڪول جي استاد ٻڌايو ته ايندڙ سال ٻه نوان ڪلاس به شروع ڪيا ويندا ۽ ڳوٺ جا ماڻهو عمارت جي مرمت ۾ مدد ڪري رهيا آهن.",
        "ڳوٺ جي هڪ ماءُ چيو ته هاڻي سندس ڌيئرن کي پڙهڻ لاءِ شهر نه وڃڻو پوندو.",
    ]

    @Test func sindhiTextCopyCreditLine() {
        let doc = clean(["مکيه صفحو", "خبرون", "", Self.sindhiTitle, "", "رپورٽ: شازيه جوڻيجو", "3 مارچ 2025، 09:10", ""]
                        + Self.sindhiBody.flatMap { [$0, ""] })
        #expect(doc.byline == "شازيه جوڻيجو")
        #expect(doc.published?.hasPrefix("2025-03-03") == true)
    }

    @Test func sindhiSavedPageCreditLine() {
        let html = """
        <html lang="sd" dir="rtl"><head><meta charset="utf-8"><title>\(Self.sindhiTitle)</title></head><body>
        <main><article><h1>\(Self.sindhiTitle)</h1>
        <div class="meta"><span class="byline">رپورٽ: شازيه جوڻيجو</span> <time datetime="2025-03-03T09:10">3 مارچ 2025، 09:10</time></div>
        \(Self.sindhiBody.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></main></body></html>
        """
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: html))
        #expect(doc.byline == "شازيه جوڻيجو")
    }
}
