import Testing
@testable import ReaderModel

/// Date forms of round 21: Maltese "ta'" between day and month, Turkmen ordinal days ("14-nji"),
/// a clock time after the Arabic or Ethiopic comma, year-first dates in scripts without capitals
/// (Malayalam, Sinhala, Burmese), Lao, Khmer, Telugu and Somali month names, Ethiopian calendar
/// dates (given as the Gregorian day), and years in the digits of other scripts that the line gate
/// must let through. All lines are invented.
@Suite struct RegionalDateFormsTests {
    @Test(arguments: [
        // Maltese, with the typographic and the plain apostrophe
        ("14 ta’ Awwissu 2025, 10:30", "2025-08-14T10:30"),
        ("Ippubblikat: 3 ta' Marzu 2024", "2024-03-03"),
        // Turkmen ordinal days
        ("14-nji awgust 2025, 10:30", "2025-08-14T10:30"),
        ("30-njy sentýabr 2024", "2024-09-30"),
        // A time after the Arabic comma (Uyghur, Urdu) and the Ethiopic comma
        ("14-ئاۋغۇست 2025، 10:30", "2025-08-14T10:30"),
        ("9 مارچ 2025، 16:45", "2025-03-09T16:45"),
        // Year first in scripts without capitals
        ("പ്രസിദ്ധീകരിച്ചത്: 2025 ഫെബ്രുവരി 11, 08:30 AM", "2025-02-11T08:30"),
        ("2024 ഒക്ടോബർ 3", "2024-10-03"),
        ("2025 ජූනි 03", "2025-06-03"),
        ("၂၀၂၅ ဇန်နဝါရီ ၁၂", "2025-01-12"),
        // Day first with the new names
        ("12 ມີນາ 2025", "2025-03-12"),
        ("ថ្ងៃទី ៨ ខែមីនា ឆ្នាំ ២០២៥", "2025-03-08"),
        ("៨ មីនា ២០២៥", "2025-03-08"),
        ("ప్రచురణ: 10 మార్చి 2025", "2025-03-10"),
        ("14 Maarso 2025", "2025-03-14"),
        // Ethiopian calendar, month first and day first, Amharic and Tigrinya spellings
        ("መጋቢት 5, 2017 ዓ.ም", "2025-03-14"),
        ("መስከረም 1, 2016", "2023-09-12"),
        ("ጳጉሜን 6, 2015", "2023-09-11"),
        ("12 ጥቅምት 2017", "2024-10-22"),
        // Tigrinya spellings Eritrea gives the Gregorian months (`MonthNames`) stay Gregorian
        ("12 ጥቅምቲ 2025", "2025-10-12"),
        ("ሚያዝያ 3, 2017፣ 10:20", "2025-04-11T10:20"),
        // Vietnamese: day first, told by the line's Vietnamese letters; an English line stays month first
        ("Thứ ba, 8/4/2025, 07:15 (GMT+7)", "2025-04-08T07:15"),
        ("Cập nhật: 3/9/2024", "2024-09-03"),
        ("Thứ bảy, 15/3/2025, 08:30", "2025-03-15T08:30"),
        ("Updated 8/4/2025", "2025-08-04"),
    ])
    func regionalForms(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    /// An ordinal ending with no month, a sixth day of the thirteenth month in a common year, a
    /// year-first line whose next word is no month: no date.
    @Test func nonDates() {
        #expect(DateNormalizer.iso("14-nji synp 2025") == nil)
        #expect(DateNormalizer.iso("ጳጉሜን 6, 2016") == nil)
        #expect(DateNormalizer.iso("2025 വർഷം 11") == nil)
        #expect(DateNormalizer.iso("ta' Awwissu 2025") == nil)
    }

    /// The Ethiopian calendar against known Gregorian days: the new year on 11 or 12 September.
    @Test func ethiopianToGregorian() {
        #expect(EthiopianDate.gregorian(year: 2018, month: 1, day: 1)! == (2025, 9, 11))
        #expect(EthiopianDate.gregorian(year: 2016, month: 1, day: 1)! == (2023, 9, 12))
        #expect(EthiopianDate.gregorian(year: 2017, month: 4, day: 29)! == (2025, 1, 7))
        #expect(EthiopianDate.gregorian(year: 2017, month: 13, day: 6) == nil)
        #expect(EthiopianDate.gregorian(year: 2017, month: 2, day: 31) == nil)
    }

    /// A word opening with a year in another script's digits passes the line gate; a number of
    /// other lengths, a year out of range or letters do not.
    @Test func otherScriptYearOpensTheWord() {
        for word in ["༢༠༢༥", "۱۴۰۳/۱۲/۱۸", "២០២៥", "၂၀၂၅", "২০২৫", "२०२४", "๒๕๖๘", "٢٠٢٥"] {
            #expect(DateNormalizer.startsWithYear(word), "\(word)")
        }
        for word in ["༢༠༢", "༡༢༣༤༥", "۱۲۰۰", "བོད", "سلام", "१२३"] {
            #expect(!DateNormalizer.startsWithYear(word), "\(word)")
        }
    }

    static func clean(_ text: String, _ source: String = "invented.txt") -> Document {
        Cleaner().clean(Article(source: source, format: source.hasSuffix(".html") ? .html : .text, text: text))
    }

    /// A Tibetan date line with the bare year in Tibetan digits (no "ཕྱི་ལོ") dates the text copy.
    @Test func tibetanDigitsDateLineWithoutYearWord() {
        let doc = Self.clean("""
        གཙོ་ངོས།

        ས་གནས་ཀྱི་སློབ་གྲྭ་ཆུང་ངུར་དཔེ་མཛོད་གསར་པ་ཞིག་ཕྱེ་བ།

        ༢༠༢༤ ཟླ་༡༡ ཚེས་༢༧

        ས་གནས་ཀྱི་མི་མང་གིས་ལོ་གཉིས་རིང་དཔེ་ཆ་བསགས་ནས་སློབ་གྲྭ་ཆུང་ངུ་ཞིག་ཏུ་དཔེ་མཛོད་གསར་པ་ཞིག་ཕྱེ་ཡོད། ཕྲུ་གུ་ཚོས་ཉིན་རེར་དེར་དཔེ་ཆ་ཀློག་གི་ཡོད།
        དཔེ་མཛོད་དེ་ཉིན་རེར་ཆུ་ཚོད་གསུམ་རིང་ཁ་ཕྱེ་ཡོད་པ་དང་། ཕ་མ་ཚོས་ཀྱང་རོགས་རམ་བྱེད་ཀྱི་ཡོད་པ་རེད།
        """)
        #expect(doc.published == "2024-11-27")
    }

    /// A Vietnamese date line closing on its time zone in brackets is the date, day first, not a
    /// caption's bracketed credit; a bracketed name still closes a caption.
    @Test func vietnameseDateLineWithBracketedTimeZone() {
        let doc = Self.clean("""
        Trang chủ

        Người dân xóm chài tự sửa lại bến thuyền cũ

        Thứ năm, 6/2/2025, 09:20 (GMT+7)

        Sau nhiều năm xuống cấp, bến thuyền cũ của xóm chài đã được chính người dân góp tiền và công sức sửa lại, giúp ngư dân ra khơi an toàn hơn trong mùa mưa bão.
        Các hộ gia đình thay nhau làm việc vào buổi chiều, còn các cụ cao tuổi nấu cơm cho thợ. Chính quyền xã cho biết sẽ hỗ trợ thêm đèn chiếu sáng cho bến.
        """)
        #expect(doc.published == "2025-02-06T09:20")
        #expect(BracketedTimeZone.closes("07:15 (GMT+7)"))
        #expect(BracketedTimeZone.closes("14:20 (UTC)"))
        #expect(BracketedTimeZone.closes("10:00 (GMT-03:00)"))
        #expect(!BracketedTimeZone.closes("Fishermen mend the pier (Jane Doe)"))
        #expect(!BracketedTimeZone.closes("A boat at dawn (GMTV)"))
        #expect(CaptionDetector.isCaption(TextLine(text: "Fishermen mend the old pier at dawn (Jane Doe)", offset: 0, blankBefore: true, lineNumber: 1)))
    }

    /// A Persian text copy dated in Solar Hijri digits only ("۱۴۰۳/۰۹/۰۵") is dated.
    @Test func solarHijriDigitsDateLine() {
        let doc = Self.clean("""
        صفحه نخست

        بازگشایی کتابخانه روستا پس از بازسازی

        تاریخ انتشار: ۱۴۰۳/۰۹/۰۵ - ۱۰:۱۵

        کتابخانه قدیمی روستا پس از دو سال بازسازی با کمک اهالی دوباره درهای خود را به روی کودکان و نوجوانان گشود و هر روز عصر میزبان آنان است.
        اهالی می‌گویند بیشتر کتاب‌ها را خانواده‌ها اهدا کرده‌اند و قرار است کلاس‌های کتاب‌خوانی هم برگزار شود.
        """)
        #expect(doc.published?.hasPrefix("2024-11-25") == true)
    }
}

/// A saved page's byline box that sets the writer (or the desk's staff credit) and the date in
/// inline elements of their own, without a label: the first field is the byline, in Armenian,
/// Bengali, Urdu and Cyrillic. A box whose first field is one word, or with no date, gives none.
/// Invented pages.
@Suite struct FirstFieldBylineTests {
    static func page(_ lang: String, _ title: String, _ meta: String, _ body: String) -> String {
        """
        <!DOCTYPE html><html lang="\(lang)"><head><meta charset="utf-8"><title>\(title)</title></head><body>
        <main><article><h1>\(title)</h1>
        <div class="article-meta">\(meta)</div>
        <p>\(body)</p><p>\(body)</p>
        </article></main></body></html>
        """
    }

    static func clean(_ html: String) -> Document {
        Cleaner().clean(Article(source: "invented.html", format: .html, text: html))
    }

    @Test(arguments: [
        ("hy", "Գյուղում նոր կամուրջ են կառուցել", "<span>Արամ Պետրոսյան</span><span>3 հոկտեմբերի, 2025</span><span>Դիտումներ՝ 1 204</span>",
         "Գյուղի բնակիչները երկու ամսում սեփական ուժերով վերակառուցել են գետի վրայի հին կամուրջը, որն այժմ կրկին ծառայում է երեխաներին և ֆերմերներին։",
         "Արամ Պետրոսյան"),
        ("bn", "গ্রামের স্কুলে নতুন পাঠাগার", "<span>স্টাফ রিপোর্টার</span><span>প্রকাশ: ৫ এপ্রিল ২০২৫, ০৯:১০</span>",
         "গ্রামের মানুষ নিজেদের উদ্যোগে স্কুলের একটি পুরোনো ঘরে নতুন পাঠাগার চালু করেছেন। প্রতিদিন বিকেলে শিক্ষার্থীরা সেখানে বই পড়তে আসে।",
         "স্টাফ রিপোর্টার"),
        ("ur", "گاؤں میں نیا کتب خانہ کھل گیا", "<span>اسٹاف رپورٹر</span><span>شائع 5 اپریل 2025</span>",
         "گاؤں کے لوگوں نے اپنی مدد آپ کے تحت ایک پرانے کمرے میں نیا کتب خانہ کھولا ہے جہاں روزانہ شام کو بچے کتابیں پڑھنے آتے ہیں۔",
         "اسٹاف رپورٹر"),
        ("ru", "В селе открыли новую библиотеку", "<span>Ольга Смирнова</span><span>5 апреля 2025, 09:10</span>",
         "Жители села своими силами отремонтировали старый дом и открыли в нём библиотеку, куда каждый вечер приходят школьники и их родители.",
         "Ольга Смирнова"),
    ])
    func firstFieldIsTheByline(lang: String, title: String, meta: String, body: String, byline: String) {
        let doc = Self.clean(Self.page(lang, title, meta, body))
        #expect(doc.byline == byline)
        #expect(doc.published != nil)
    }

    /// One word first (a section), or no date in any field: the first field names no writer.
    @Test func notAByline() {
        let body = "Жители села своими силами отремонтировали старый дом и открыли в нём библиотеку, куда каждый вечер приходят школьники."
        let section = Self.clean(Self.page("ru", "Новая библиотека", "<span>Общество</span><span>5 апреля 2025</span>", body))
        #expect(section.byline == nil)
        let undated = Self.clean(Self.page("ru", "Новая библиотека", "<span>Ольга Смирнова</span><span>Просмотров: 120</span>", body))
        #expect(undated.byline == nil)
    }
}
