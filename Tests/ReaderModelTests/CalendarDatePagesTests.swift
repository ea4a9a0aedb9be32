import Testing
@testable import ReaderModel

/// Whole invented pages, chrome included, dated in other calendars or without a year: the
/// article's own date line is read as Gregorian, and a date in a related box or a comment is
/// never taken for it. A yearless date takes the page's own year, or stays unread.
@Suite struct CalendarDatePagesTests {
    func clean(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
    }

    static let fa: [String] = [
        "خانه",
        "سیاست",
        "اقتصاد",
        "ورزش",
        "فرهنگ",
        "شهرداری تهران طرح تازه‌ای برای کاهش ترافیک اعلام کرد",
        "یکشنبه ۱۶ آذر ۱۴۰۵ - ۱۰:۳۰",
        "شهرداری تهران روز یکشنبه طرحی را معرفی کرد که بر اساس آن خطوط تازه اتوبوس در مسیرهای شلوغ شهر راه‌اندازی می‌شود و ساعت کار مترو نیز افزایش می‌یابد.",
        "به گفته معاون حمل و نقل شهرداری، این طرح در سه مرحله اجرا خواهد شد و نخستین مرحله آن از ابتدای سال آینده آغاز می‌شود تا شهروندان زمان کمتری را در راه بگذرانند.",
        "کارشناسان شهری می‌گویند موفقیت این طرح به همکاری شهروندان و افزایش کیفیت خدمات حمل و نقل عمومی در همه مناطق شهر بستگی دارد.",
        "اخبار مرتبط",
        "بازگشایی ایستگاه تازه مترو در شرق تهران",
        "۲ مهر ۱۴۰۳",
        "نظرات",
        "مریم: طرح خوبی است ولی دیر شده است. ۳ دی ۱۴۰۵",
    ]

    static let ps: [String] = [
        "کور",
        "سیاست",
        "اقتصاد",
        "لوبې",
        "کابل کې د اوبو نوې شبکه پرانیستل شوه",
        "۱۶ لیندۍ ۱۴۰۵",
        "د کابل ښاروالۍ د یکشنبې په ورځ د څښاک د اوبو یوه نوې شبکه پرانیسته چې د ښار په لویدیځو سیمو کې زرګونو کورنیو ته پاکې اوبه رسوي.",
        "د ښاروالۍ یوه چارواکي وویل چې د دې پروژې کار دوه کاله وخت ونیو او په راتلونکو میاشتو کې به نورې سیمې هم له دې شبکې سره وصل شي.",
        "اوسیدونکو د دې پروژې هرکلی وکړ او ویې ویل چې تر دې وړاندې به یې اوبه له لرې ځایونو څخه په لاسونو راوړې.",
        "اړوند خبرونه",
        "د ننګرهار نوی روغتون",
        "۱۲ کب ۱۴۰۲",
    ]

    static let ja: [String] = [
        "ホーム",
        "ニュース",
        "経済",
        "スポーツ",
        "市立図書館、夜間の開館時間を延長へ",
        "公開日：令和7年5月2日 10時15分",
        "市は二日、市立図書館の夜間開館時間を来月から午後九時まで延長すると発表した。仕事帰りの市民からの要望が多かったことを受けた措置だという。",
        "図書館によると、延長期間中は学習室も同じ時間まで利用でき、職員の配置も見直す。市は利用状況を見ながら、ほかの分館にも広げるかどうかを検討する。",
        "市民の一人は「平日の夜に本を借りられるのはとても助かる」と話していた。",
        "関連記事",
        "駅前広場の改修工事が完了",
        "令和6年3月1日",
    ]

    static let zhtw: [String] = [
        "首頁",
        "政治",
        "社會",
        "國際",
        "市府推動老舊公園改建計畫 明年動工",
        "民國114年5月2日 下午 3:20",
        "台北市政府二日宣布，將在明年啟動老舊公園的改建計畫，第一階段預計整修十二座公園，並增加遊樂設施與無障礙步道。",
        "市府官員表示，改建工程將分區進行，以減少對附近居民的影響，整體計畫預計在三年內完成，經費由市府編列預算支應。",
        "附近居民對此表示歡迎，並希望市府在施工期間加強安全管理，讓長者與孩童都能安心使用。",
        "相關新聞",
        "河濱自行車道完成修繕",
        "113年11月3日",
    ]

    static let ne: [String] = [
        "गृहपृष्ठ",
        "समाचार",
        "राजनीति",
        "खेलकुद",
        "काठमाडौंमा नयाँ सार्वजनिक पुस्तकालय खुल्यो",
        "२०८३ मंसिर २० गते ११:४०",
        "काठमाडौं महानगरपालिकाले आइतबार शहरको केन्द्रमा नयाँ सार्वजनिक पुस्तकालय सञ्चालनमा ल्याएको छ, जहाँ विद्यार्थी र आम नागरिकले निःशुल्क पुस्तक पढ्न पाउनेछन्।",
        "महानगरका अधिकारीका अनुसार पुस्तकालयमा दश हजारभन्दा बढी पुस्तक राखिएका छन् र आगामी वर्ष थप शाखा खोल्ने योजना रहेको छ।",
        "स्थानीय बासिन्दाले यस कदमको स्वागत गर्दै पुस्तकालय बिहानदेखि साँझसम्म खुला राख्न आग्रह गरेका छन्।",
        "सम्बन्धित समाचार",
        "पोखरामा नयाँ बसपार्क",
        "२०८१ चैत ३",
    ]

    static let ar: [String] = [
        "الرئيسية",
        "أخبار",
        "اقتصاد",
        "رياضة",
        "افتتاح أكبر محطة لتحلية المياه في المدينة",
        "الأحد 26 جمادى الآخرة 1448 هـ الموافق 6 ديسمبر 2026 م",
        "افتتحت السلطات المحلية يوم الأحد أكبر محطة لتحلية مياه البحر في المدينة، بطاقة إنتاجية تكفي لتزويد مئات الآلاف من السكان بالمياه العذبة يوميا.",
        "وقال مسؤول في الشركة المشغلة إن المحطة تعتمد على الطاقة الشمسية جزئيا، وإن العمل جار على توسعتها خلال السنوات الثلاث المقبلة.",
        "ورحب السكان بالمشروع، معربين عن أملهم في أن يسهم في إنهاء انقطاع المياه المتكرر خلال أشهر الصيف.",
        "أخبار ذات صلة",
        "تدشين خط حافلات جديد",
        "10 رجب 1447 هـ",
    ]

    static let en: [String] = [
        "https://news.example.org/local/2025/harbour-town-sea-wall",
        "Home",
        "Local",
        "Sport",
        "Harbour town votes to rebuild its sea wall",
        "By Ana Example",
        "Updated 14:30, 5 March",
        "The harbour council voted on Tuesday to rebuild the old sea wall before the next winter storms arrive.",
        "Engineers told members of the council that the present wall was built for lower tides than the coast now sees.",
        "Work on the new wall is expected to begin in the spring and to last for about eighteen months in total.",
        "Residents who spoke at the meeting said they were relieved that a decision had finally been taken by the town.",
        "Related stories",
        "Ferry timetable changes for the summer",
        "February 12",
    ]

    static let de: [String] = [
        "Startseite",
        "Lokales",
        "Sport",
        "Stadtrat beschließt neuen Radweg am Fluss",
        "5. März",
        "Der Stadtrat hat am Dienstag beschlossen, entlang des Flusses einen neuen Radweg zu bauen, der die beiden Ortsteile verbinden soll.",
        "Nach Angaben der Verwaltung soll der Bau im Sommer beginnen und etwa ein Jahr dauern, die Kosten trägt zum größten Teil das Land.",
        "Anwohner begrüßten die Entscheidung, forderten aber mehr Beleuchtung auf dem Weg, damit er auch abends sicher genutzt werden kann.",
        "Kommentare",
        "Peter: Endlich! 7. März",
        "© 2024 Beispiel Zeitung",
    ]

    static let fr: [String] = [
        "Accueil",
        "Actualités",
        "Sports",
        "La mairie ouvre une nouvelle crèche dans le quartier nord",
        "Publié le 12 mars à 9h30",
        "La mairie a inauguré mardi une nouvelle crèche dans le quartier nord, qui pourra accueillir une soixantaine d'enfants dès la rentrée prochaine.",
        "Selon l'adjointe chargée de la petite enfance, ce projet répond à une forte demande des familles, qui attendaient parfois plus d'un an pour obtenir une place.",
        "Les parents présents à l'inauguration ont salué l'ouverture, tout en espérant que les horaires seront adaptés aux métiers qui commencent tôt.",
    ]

    @Test(arguments: [
        ("fa", "2026-12-07T10:30"), ("ps", "2026-12-07"), ("ja", "2025-05-02T10:15"), ("zhtw", "2025-05-02T15:20"),
        ("ne", "2026-12-06T11:40"), ("ar", "2026-12-06"), ("en", "2025-03-05"), ("de", "2024-03-05"),
    ])
    func readsTheArticlesDate(page: String, iso: String) {
        let lines: [String] = ["fa": Self.fa, "ps": Self.ps, "ja": Self.ja, "zhtw": Self.zhtw, "ne": Self.ne, "ar": Self.ar,
                               "en": Self.en, "de": Self.de][page]!
        #expect(clean(lines).published == iso, "\(page)")
    }

    @Test func aYearlessDateWithoutThePagesYearStaysUnread() {
        // No full date, copyright line or address on the page: the current year is not guessed.
        #expect(clean(Self.fr).published == nil)
    }

    @Test func aYearlessDateSaysWhereItsYearCameFrom() {
        let doc = clean(Self.en)
        #expect(doc.evidence(of: "Updated 14:30, 5 March").contains("the year in the page's address"))
        #expect(clean(Self.de).evidence(of: "5. März").contains("copyright year"))
    }

    @Test(arguments: [
        ("fa", "یکشنبه ۱۶ آذر ۱۴۰۵ - ۱۰:۳۰", "the Solar Hijri calendar (year 1405)"),
        ("ne", "२०८३ मंसिर २० गते ११:४०", "the Bikram Sambat calendar (year 2083)"),
        ("ja", "公開日：令和7年5月2日 10時15分", "a Japanese era year"),
    ])
    func aConvertedDateNamesItsCalendar(page: String, line: String, calendar: String) {
        let lines: [String] = ["fa": Self.fa, "ne": Self.ne, "ja": Self.ja][page]!
        #expect(clean(lines).evidence(of: line).contains("date in \(calendar), given in the Gregorian calendar"))
    }

    @Test(arguments: [
        ("۱۶ آذر ۱۴۰۵", "2026-12-07", "the Solar Hijri calendar (year 1405)"),
        ("R7.5.2", "2025-05-02", "a Japanese era year"),
        ("民國114年5月2日", "2025-05-02", "a Minguo year (Taiwan)"),
        ("114年5月2日", "2025-05-02", "a Minguo year (Taiwan)"),
        ("12 พฤษภาคม 2568", "2025-05-12", "a Thai Buddhist-era year (2568)"),
    ])
    func calendarNoteOfALine(line: String, iso: String, calendar: String) {
        #expect(DateCalendarNote.note(line: line, iso: iso) == "date in \(calendar), given in the Gregorian calendar")
    }

    @Test(arguments: [
        ("1448/06/26 هـ - 2026/12/06 م", "2026-12-06"), ("5 March 2025, 14:30", "2025-03-05"),
        ("05/03/25", "2025-03-05"), ("Updated 14:30, 5 March", "2025-03-05"), ("STR7 3 May", "2025-05-03"),
    ])
    func aGregorianLineNamesNoCalendar(line: String, iso: String) {
        #expect(DateCalendarNote.note(line: line, iso: iso) == nil)
    }

    @Test func aRelatedBoxOrCommentDateIsNotTheArticles() {
        // Without its own date line the page is undated: the related box's and the comment's dates stay theirs.
        #expect(clean(Self.fa.filter { !$0.hasPrefix("یکشنبه") }).published == nil)
        #expect(clean(Self.de.filter { $0 != "5. März" }).published == nil)
    }
}
