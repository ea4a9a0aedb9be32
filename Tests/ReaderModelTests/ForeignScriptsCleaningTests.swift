import Testing
@testable import ReaderModel

/// One invented article for each language added after the first fourteen, as a page prints it:
/// a menu above the headline, furniture and a teaser between paragraphs, and a share bar, an
/// appeal, a comment header and teasers after the story. Cleaned as a text copy and as saved
/// HTML, the headline is the title, every paragraph stays (right-to-left text in its order), and
/// the labels go.
@Suite struct ForeignScriptsCleaningTests {
    struct Page: Sendable, CustomStringConvertible {
        var code: String
        var menu: [String]
        var title: String
        var paragraphs: [String]
        /// Labels placed between the second and third paragraphs.
        var between: [String]
        /// Labels after the last paragraph.
        var after: [String]
        var description: String { code }
    }

    static let pages: [Page] = [
        Page(code: "uk", menu: ["Головна", "Пошук", "Меню"], title: "У Верболозі відкрили оновлену міську бібліотеку",
             paragraphs: [
                "Міська бібліотека Верболозу знову відчинила двері в суботу вранці після двох років ремонту, і першими відвідувачами стали учні місцевої музичної школи.",
                "Будівельники замінили дах, який протікав ще з дев'яностих, а в читальній залі з'явилися нові вікна та зручні столи для роботи з ноутбуками.",
                "Директорка бібліотеки розповіла, що частину старих книжок довелося списати через вологу, але мешканці вже принесли понад тисячу томів у подарунок.",
                "Наступного місяця тут планують відкрити дитячий куточок і щотижневий клуб настільних ігор для підлітків та їхніх батьків.",
             ], between: ["Реклама", "Читайте також: На сусідньому острові знову змінився розклад автобусів"],
             after: ["Поділитися", "Підтримайте нас", "Коментарі (4)", "Новини за темою"]),
        Page(code: "el", menu: ["Αρχική", "Αναζήτηση", "Μενού"], title: "Ξανανοίγει η δημοτική βιβλιοθήκη του Λευκόκαμπου",
             paragraphs: [
                "Η δημοτική βιβλιοθήκη του Λευκόκαμπου άνοιξε ξανά τις πόρτες της το Σάββατο το πρωί, ύστερα από δύο χρόνια εργασιών, και οι πρώτοι επισκέπτες ήταν μαθητές του μουσικού σχολείου.",
                "Οι τεχνίτες άλλαξαν τη στέγη που έσταζε από τη δεκαετία του ενενήντα, ενώ στο αναγνωστήριο μπήκαν καινούργια παράθυρα και τραπέζια για φορητούς υπολογιστές.",
                "Η διευθύντρια εξήγησε ότι ορισμένα παλιά βιβλία καταστράφηκαν από την υγρασία, όμως οι κάτοικοι έχουν ήδη χαρίσει περισσότερους από χίλιους τόμους.",
                "Τον επόμενο μήνα σχεδιάζεται να λειτουργήσει παιδική γωνιά και μια εβδομαδιαία λέσχη επιτραπέζιων παιχνιδιών για εφήβους και γονείς.",
             ], between: ["ΔΙΑΦΗΜΙΣΗ", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Αλλάζουν ξανά τα δρομολόγια των λεωφορείων στο γειτονικό νησί"],
             after: ["Κοινοποίηση", "Στηρίξτε μας", "Σχόλια (6)", "Σχετικά άρθρα"]),
        Page(code: "hi", menu: ["होम", "खोजें", "मेन्यू"], title: "सरसपुर में नए रूप में खुला शहर का पुस्तकालय",
             paragraphs: [
                "सरसपुर का नगर पुस्तकालय दो साल की मरम्मत के बाद शनिवार सुबह फिर से खुल गया, और सबसे पहले पहुंचने वाले पाठक पास के संगीत विद्यालय के छात्र थे।",
                "मज़दूरों ने नब्बे के दशक से टपक रही छत को बदल दिया और पढ़ने वाले कमरे में नई खिड़कियां तथा लैपटॉप के लिए मेज़ें लगाई गईं।",
                "पुस्तकालय की निदेशक ने बताया कि कुछ पुरानी किताबें नमी से खराब हो गईं, लेकिन शहर के लोग अब तक एक हज़ार से अधिक किताबें दान कर चुके हैं।",
                "अगले महीने यहां बच्चों के लिए एक अलग कोना और किशोरों तथा उनके माता-पिता के लिए साप्ताहिक बोर्ड गेम क्लब शुरू करने की योजना है।",
             ], between: ["विज्ञापन", "ये भी पढ़ें: पड़ोसी द्वीप पर फिर बदली बसों की समय-सारणी"],
             after: ["शेयर करें", "सहयोग करें", "टिप्पणियां (3)", "संबंधित ख़बरें"]),
        Page(code: "th", menu: ["หน้าแรก", "ค้นหา", "เมนู"], title: "ห้องสมุดเมืองบ้านหนองน้ำเปิดให้บริการอีกครั้ง",
             paragraphs: [
                "ห้องสมุดประจำเมืองบ้านหนองน้ำกลับมาเปิดให้บริการอีกครั้งเมื่อเช้าวันเสาร์ หลังจากปิดปรับปรุงนานถึงสองปี โดยผู้มาใช้บริการกลุ่มแรกคือนักเรียนจากโรงเรียนดนตรีในละแวกนั้น",
                "ช่างได้เปลี่ยนหลังคาที่รั่วมาตั้งแต่ทศวรรษที่เก้าสิบ และติดตั้งหน้าต่างบานใหม่กับโต๊ะสำหรับผู้ที่ต้องการนั่งทำงานด้วยคอมพิวเตอร์พกพาในห้องอ่านหนังสือ",
                "ผู้อำนวยการห้องสมุดเล่าว่าหนังสือเก่าบางส่วนเสียหายจากความชื้นจนต้องคัดทิ้ง แต่ชาวเมืองได้นำหนังสือมาบริจาคแล้วมากกว่าหนึ่งพันเล่ม",
                "เดือนหน้าห้องสมุดมีแผนจะเปิดมุมสำหรับเด็กเล็ก และชมรมเกมกระดานทุกสัปดาห์สำหรับวัยรุ่นกับผู้ปกครองที่สนใจเข้าร่วมกิจกรรม",
             ], between: ["โฆษณา", "อ่านเพิ่มเติม ตารางเดินรถประจำทางบนเกาะข้างเคียงเปลี่ยนอีกแล้ว"],
             after: ["แชร์", "สนับสนุนเรา", "ความคิดเห็น (5)", "ข่าวที่เกี่ยวข้อง"]),
        Page(code: "fa", menu: ["صفحه اصلی", "جستجو", "منو"], title: "کتابخانه شهر بیدستان پس از دو سال بازگشایی شد",
             paragraphs: [
                "کتابخانه عمومی شهر بیدستان صبح شنبه پس از دو سال تعمیرات دوباره درهای خود را باز کرد و نخستین مراجعه‌کنندگان دانش‌آموزان هنرستان موسیقی بودند.",
                "کارگران سقفی را که از دهه هفتاد چکه می‌کرد عوض کردند و در سالن مطالعه پنجره‌های تازه و میزهایی برای کار با رایانه گذاشته شد.",
                "مدیر کتابخانه گفت بخشی از کتاب‌های قدیمی بر اثر رطوبت از بین رفت، اما مردم شهر تاکنون بیش از هزار جلد کتاب هدیه کرده‌اند.",
                "قرار است ماه آینده گوشه‌ای ویژه کودکان و باشگاه هفتگی بازی‌های رومیزی برای نوجوانان و پدر و مادرهایشان راه‌اندازی شود.",
             ], between: ["تبلیغات", "بیشتر بخوانید: جدول حرکت اتوبوس‌ها در جزیره همسایه دوباره تغییر کرد"],
             after: ["اشتراک‌گذاری", "از ما حمایت کنید", "نظرات (۲)", "اخبار مرتبط"]),
        Page(code: "vi", menu: ["Trang chủ", "Tìm kiếm", "Đăng nhập"], title: "Thư viện thị trấn Bến Sậy mở cửa trở lại",
             paragraphs: [
                "Thư viện thị trấn Bến Sậy đã mở cửa trở lại vào sáng thứ Bảy sau hai năm sửa chữa, và những bạn đọc đầu tiên là học sinh của trường âm nhạc gần đó.",
                "Thợ xây đã thay phần mái bị dột từ những năm chín mươi, đồng thời lắp cửa sổ mới và bàn làm việc dành cho người dùng máy tính xách tay trong phòng đọc.",
                "Giám đốc thư viện cho biết một số sách cũ bị hỏng do ẩm mốc, nhưng người dân trong thị trấn đã tặng hơn một nghìn cuốn sách.",
                "Tháng tới, thư viện dự định mở một góc dành cho trẻ nhỏ và câu lạc bộ trò chơi bàn cờ hằng tuần cho thanh thiếu niên cùng cha mẹ.",
             ], between: ["QUẢNG CÁO", "ĐỌC THÊM: Lịch chạy xe buýt trên đảo bên cạnh lại thay đổi"],
             after: ["Chia sẻ", "Ủng hộ", "Bình luận (7)", "Tin liên quan"]),
        Page(code: "id", menu: ["Beranda", "Cari", "Masuk"], title: "Perpustakaan Kota Rawasari Dibuka Kembali",
             paragraphs: [
                "Perpustakaan Kota Rawasari kembali dibuka pada Sabtu pagi setelah direnovasi selama dua tahun, dan pengunjung pertamanya adalah murid sekolah musik di dekatnya.",
                "Para tukang mengganti atap yang bocor sejak tahun sembilan puluhan, sementara ruang baca kini dilengkapi jendela baru dan meja untuk pengguna laptop.",
                "Kepala perpustakaan mengatakan sebagian buku lama rusak karena lembap, tetapi warga kota sudah menyumbangkan lebih dari seribu buku.",
                "Bulan depan perpustakaan berencana membuka pojok anak dan klub permainan papan mingguan untuk remaja dan orang tua mereka.",
             ], between: ["Iklan", "Baca Juga: Jadwal bus di pulau sebelah berubah lagi"],
             after: ["Bagikan", "Dukung Kami", "Komentar (2)", "Berita Terkait"]),
        Page(code: "sv", menu: ["Startsida", "Sök", "Meny"], title: "Biblioteket i Videholm öppnar igen efter renoveringen",
             paragraphs: [
                "Stadsbiblioteket i Videholm öppnade igen i lördags förmiddag efter två års renovering, och de första besökarna var elever från musikskolan i närheten.",
                "Hantverkarna bytte taket som hade läckt sedan nittiotalet, och läsesalen fick nya fönster och bord för den som vill arbeta med sin bärbara dator.",
                "Bibliotekschefen berättade att en del gamla böcker förstördes av fukt, men invånarna har redan skänkt mer än tusen band.",
                "Nästa månad ska biblioteket öppna en barnhörna och en sällskapsspelsklubb varje vecka för tonåringar och deras föräldrar.",
             ], between: ["ANNONS", "Läs också: Busstidtabellen på grannön ändras igen"],
             after: ["Dela", "Stöd oss", "Kommentarer (8)", "Mest läst"]),
        Page(code: "fi", menu: ["Etusivu", "Haku", "Valikko"], title: "Pajulan kaupunginkirjasto avautui uudelleen",
             paragraphs: [
                "Pajulan kaupunginkirjasto avasi ovensa jälleen lauantaiaamuna kahden vuoden remontin jälkeen, ja ensimmäiset kävijät olivat läheisen musiikkiopiston oppilaita.",
                "Rakentajat uusivat katon, joka oli vuotanut jo yhdeksänkymmentäluvulta asti, ja lukusaliin tuli uudet ikkunat sekä pöytiä kannettavalla työskentelyyn.",
                "Kirjaston johtaja kertoi, että osa vanhoista kirjoista jouduttiin poistamaan kosteuden takia, mutta asukkaat ovat jo lahjoittaneet yli tuhat nidettä.",
                "Ensi kuussa kirjastoon on tarkoitus avata lastennurkkaus ja viikoittainen lautapelikerho nuorille ja heidän vanhemmilleen.",
             ], between: ["MAINOS", "Lue myös: Naapurisaaren bussiaikataulu muuttuu taas"],
             after: ["Jaa", "Tue meitä", "Kommentit (3)", "Luetuimmat"]),
        Page(code: "cs", menu: ["Úvod", "Hledat", "Menu"], title: "Knihovna ve Vrbové znovu otevřela po rekonstrukci",
             paragraphs: [
                "Městská knihovna ve Vrbové v sobotu dopoledne znovu otevřela po dvou letech oprav, které se kvůli zdražení materiálu několikrát protáhly, a prvními návštěvníky byli žáci nedaleké hudební školy se svými učiteli.",
                "Řemeslníci vyměnili střechu, která zatékala už od devadesátých let, a do čítárny přibyla nová okna a stoly pro práci s notebookem.",
                "Ředitelka knihovny uvedla, že část starých knih zničila vlhkost ve sklepním skladu a musela být vyřazena, obyvatelé města ale během posledních měsíců darovali více než tisíc svazků.",
                "Příští měsíc chce knihovna otevřít dětský koutek s nízkými regály a každotýdenní klub deskových her pro dospívající a jejich rodiče, který povedou dobrovolníci z místního spolku.",
             ], between: ["REKLAMA", "Čtěte také: Na sousedním ostrově se znovu mění jízdní řád autobusů"],
             after: ["Sdílet", "Podpořte nás", "Komentáře (12)", "Nejčtenější"]),
        Page(code: "ro", menu: ["Acasă", "Căutare", "Meniu"], title: "Biblioteca orașului Sălcești s-a redeschis",
             paragraphs: [
                "Biblioteca orășenească din Sălcești și-a redeschis porțile sâmbătă dimineață, după doi ani de renovare, iar primii vizitatori au fost elevii școlii de muzică din apropiere.",
                "Meșterii au înlocuit acoperișul care curgea încă din anii nouăzeci, iar sala de lectură a primit ferestre noi și mese pentru cei care lucrează pe laptop.",
                "Directoarea bibliotecii a spus că o parte din cărțile vechi au fost distruse de umezeală, dar locuitorii au donat deja peste o mie de volume.",
                "Luna viitoare, biblioteca vrea să deschidă un colț pentru copii și un club săptămânal de jocuri de societate pentru adolescenți și părinții lor.",
             ], between: ["PUBLICITATE", "CITEȘTE ȘI: Orarul autobuzelor de pe insula vecină se schimbă din nou"],
             after: ["Distribuie", "Susține-ne", "Comentarii (5)", "Cele mai citite"]),
        Page(code: "hu", menu: ["Címlap", "Keresés", "Menü"], title: "Újra megnyílt a fűzfalvi városi könyvtár",
             paragraphs: [
                "A fűzfalvi városi könyvtár szombat délelőtt két év felújítás után ismét kinyitotta kapuit, amely az anyagárak emelkedése miatt többször is elhúzódott, és az első látogatók a közeli zeneiskola diákjai voltak a tanáraikkal.",
                "A szakemberek kicserélték a kilencvenes évek óta beázó tetőt, az olvasóterembe pedig új ablakok és laptoppal dolgozóknak szánt asztalok kerültek.",
                "A könyvtár igazgatója elmondta, hogy a régi könyvek egy részét tönkretette a nedvesség, a lakók azonban már több mint ezer kötetet ajándékoztak.",
                "Jövő hónapban alacsony polcokkal berendezett gyereksarkot nyitnak a legkisebbeknek, és hetente tartott társasjátékklubot is indítanak a kamaszoknak és a szüleiknek, amelyet egy helyi egyesület önkéntesei vezetnek majd minden csütörtök este.",
             ], between: ["HIRDETÉS", "Kapcsolódó cikkek"],
             after: ["Megosztás", "Támogass minket", "Hozzászólások (9)", "Legolvasottabb"]),
    ]

    static func textCopy(_ page: Page) -> String {
        let p = page.paragraphs
        return (page.menu + ["", page.title, "", p[0], "", p[1], ""] + page.between.flatMap { [$0, ""] }
            + [p[2], "", p[3], ""] + page.after.flatMap { [$0, ""] }).joined(separator: "\n")
    }

    static func html(_ page: Page) -> String {
        let p = page.paragraphs.map { "<p>\($0)</p>" }
        let menu = page.menu.map { "<li><a href=\"/\">\($0)</a></li>" }.joined()
        let between = page.between.map { "<p>\($0)</p>" }.joined(separator: "\n")
        let after = page.after.map { "<div>\($0)</div>" }.joined(separator: "\n")
        let direction = page.code == "fa" ? " dir=\"rtl\"" : ""
        return """
            <!DOCTYPE html><html lang="\(page.code)"\(direction)><head><meta charset="utf-8"><title>\(page.title)</title></head><body>
            <nav><ul>\(menu)</ul></nav>
            <article><h1>\(page.title)</h1>
            \(p[0])
            \(p[1])
            \(between)
            \(p[2])
            \(p[3])
            \(after)
            </article>
            </body></html>
            """
    }

    @Test(arguments: pages)
    func textCopyKeepsOnlyTheStory(page: Page) {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.textCopy(page)))
        #expect(doc.title == page.title)
        #expect(doc.paragraphs == page.paragraphs)
        let removed = Set(doc.removed.map(\.text))
        for label in page.menu + page.between + page.after { #expect(removed.contains(label), "\(label)") }
    }

    @Test(arguments: pages)
    func savedPageKeepsOnlyTheStory(page: Page) {
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: Self.html(page)))
        #expect(doc.title == page.title)
        #expect(doc.paragraphs == page.paragraphs)
    }

    @Test(arguments: pages)
    func everyLabelOfThePageIsNoise(page: Page) {
        for label in page.menu + page.between + page.after {
            #expect(NoiseVocabulary.reason(for: label) != nil, "\(page.code): \(label)")
        }
    }
}

/// The added languages' labels, and prose that uses their words, judged by the shared vocabulary.
@Suite struct ForeignScriptsVocabularyTests {
    @Test(arguments: [
        ("ЧИТАЙТЕ ТАКОЖ", NoiseReason.related),
        ("Ґудзик: поділитися", nil as NoiseReason?),
        ("Διαβάστε επίσης: Νέα δρομολόγια στο λιμάνι", .related),
        ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ", .related),
        ("Σχόλια (3)", .comments),
        ("ये भी पढ़ें: पड़ोसी द्वीप पर बसों की नई समय-सारणी", .related),
        ("संबंधित खबरें", .related),
        ("ข่าวที่เกี่ยวข้อง", .related),
        ("بیشتر بخوانید: تغییر دوباره جدول اتوبوس‌ها", .related),
        ("کد خبر: ۱۲۳۴۵", .banner),
        ("TIN LIÊN QUAN", .related),
        ("BÌNH LUẬN", .comments),
        ("Baca juga: Jadwal bus di pulau sebelah berubah lagi", .related),
        ("Läs också: Nya turer till grannön", .related),
        ("Alle rettigheder forbeholdes", .navigation),
        ("Lue myös: Naapurisaaren bussit", .related),
        ("Čtěte také: Nové jízdní řády", .related),
        ("Citește și: Noul orar al autobuzelor", .related),
        ("Citeşte şi: Noul orar al autobuzelor", .related),
        ("Minden jog fenntartva", .navigation),
    ])
    func recognisesAddedLabels(text: String, reason: NoiseReason?) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Label words inside running text: prose that merely uses them stays prose.
    @Test(arguments: [
        "Мер пообіцяв поділитися планом ремонту з мешканцями ще до кінця місяця, сказала його речниця.",
        "Η διαφήμιση του νέου λιμανιού κόστισε στον δήμο περισσότερα χρήματα από όσα είχαν προβλεφθεί αρχικά.",
        "Ενημερώθηκε χθες ο δήμαρχος για τις ζημιές στη στέγη της βιβλιοθήκης από τους μηχανικούς.",
        "नगर निगम ने कहा कि विज्ञापन से मिली राशि पुस्तकालय की मरम्मत पर खर्च की जाएगी और काम जल्द पूरा होगा।",
        "प्रकाशित रिपोर्ट के मुताबिक पुस्तकालय में पिछले साल से पाठकों की संख्या लगातार बढ़ रही है।",
        "Ảnh hưởng của cơn bão khiến thư viện phải đóng cửa thêm hai tuần để sửa lại mái nhà.",
        "Warga diminta membagikan pendapat mereka tentang jadwal bus baru sebelum akhir bulan ini.",
        "Kommunen vill dela ut gratis lånekort till alla elever som börjar skolan i höst.",
        "Kaupunki aikoo jakaa kirjastokortteja kaikille syksyllä koulun aloittaville oppilaille maksutta.",
        "Starosta řekl, že reklama na nové přístaviště stála více peněz, než se původně čekalo.",
        "Primarul a spus că publicitate pentru noul port a costat mai mult decât se aștepta.",
        "A pékek a kenyeret hajnalban sütik, hogy reggelre friss legyen a boltokban.",
        "کلیه حقوق کارگران باید پیش از پایان سال پرداخت شود، این را وزیر کار گفت.",
        "相关报道称，码头工程将在明年春天开工，市政府承诺公布完整合同。",
    ])
    func leavesAddedProseAlone(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    /// A Chinese, Japanese or Thai label glued to the headline it introduces.
    @Test(arguments: [
        ("相关阅读邻岛公交时刻表再次调整", NoiseReason.related),
        ("延伸閱讀鄰島公車時刻表又改了", .related),
        ("関連記事隣の島でバスの時刻表がまた変更", .related),
        ("责任编辑王小明", .banner),
        ("ข่าวที่เกี่ยวข้องตารางเดินรถบนเกาะข้างเคียงเปลี่ยนอีกแล้ว", .related),
        ("本网版权所有未经授权不得转载", .navigation),
        ("Copyright © 2025 马罗新闻网版权所有", .navigation),
        ("マロー新聞社の記事の無断転載を禁じます", .navigation),
    ])
    func recognisesGluedLabels(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
        #expect(BlockNoisePhrases.reason(for: text) == reason, "\(text)")
    }

    /// Words that merely begin like a label, and sentences that begin with one, stay prose.
    @Test(arguments: [
        "推荐一款适合全家人的桌游",
        "相关报道称码头工程将在明年春天开工。",
        "広告代理店が新しい事務所を開いた",
        "该作品的版权所有者已经同意公开。",
    ])
    func gluedLabelNeedsALabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
        #expect(BlockNoisePhrases.reason(for: text) == nil, "\(text)")
    }
}

/// Letters folded for the added scripts.
@Suite struct AddedLetterFoldingTests {
    @Test func greekCapitalsTonosAndFinalSigma() {
        #expect(WordTokenizer.tokens("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ").words == WordTokenizer.tokens("Διαβάστε επίσης").words)
        #expect(WordTokenizer.tokens("Σχόλια").words == ["σχολια"])
        #expect(WordTokenizer.tokens("Άρθρα").capitalized == 1)
    }

    @Test func vietnameseCapitals() {
        #expect(WordTokenizer.tokens("BÌNH LUẬN").words == WordTokenizer.tokens("bình luận").words)
        #expect(WordTokenizer.tokens("ĐỌC THÊM").words == ["đọc", "thêm"])
        #expect(WordTokenizer.tokens("ƯU ĐÃI").words == ["ưu", "đãi"])
    }

    @Test func ukrainianGheAndRomanianCommaBelow() {
        #expect(WordTokenizer.tokens("ҐАНОК").words == ["ґанок"])
        #expect(WordTokenizer.tokens("CITEȘTE ȘI").words == WordTokenizer.tokens("citeşte şi").words)
    }

    @Test func persianAndArabicLetterTwins() {
        #expect(WordTokenizer.tokens("مطالب مرتبط يکي").words == WordTokenizer.tokens("مطالب مرتبط یکی").words)
        #expect(WordTokenizer.tokens("كتاب").words == WordTokenizer.tokens("کتاب").words)
    }

    @Test func devanagariNuktaAndDanda() {
        #expect(WordTokenizer.tokens("ख़बरें").words == WordTokenizer.tokens("खबरें").words)
        #expect(WordTokenizer.tokens("पढ़ें").words == WordTokenizer.tokens("पढें").words)
        #expect(WordTokenizer.tokens("खुल गया।").words.last == "गया")
    }

    @Test func thaiAndDevanagariCountOneALetter() {
        let thai = String(repeating: "ข่าวที่เกี่ยวข้อง ", count: 8)
        #expect(ScriptNeutralLength.of(thai, bytes: thai.utf8.count, limit: 100) == thai.unicodeScalars.count)
        let hindi = String(repeating: "संबंधित खबरें ", count: 8)
        #expect(ScriptNeutralLength.of(hindi, bytes: hindi.utf8.count, limit: 100) == hindi.unicodeScalars.count)
    }
}

/// Pieces of the added scripts that other stages must leave intact or read alike.
@Suite struct AddedScriptsTextTests {
    /// A zero-width non-joiner spells Persian words ("می‌کرد") and a joiner Indic conjuncts and emoji
    /// sequences: the saved-HTML text keeps both; the zero-width space still goes.
    @Test func zeroWidthJoinersStayInHTMLText() {
        #expect(WhitespaceNormalizer.normalize("می\u{200C}کرد") == "می\u{200C}کرد")
        #expect(WhitespaceNormalizer.normalize("a\u{200D}b\u{200B}c") == "a\u{200D}bc")
    }

    /// A comment header of several words followed by its count, in both judgements.
    @Test(arguments: ["Bình luận (7)", "Ý kiến bạn đọc (12)", "Nhận xét 4 5"])
    func multiWordCommentHeaderWithCount(text: String) {
        let expected: NoiseReason? = text.hasPrefix("Nhận") ? nil : .comments
        #expect(NoiseVocabulary.reason(for: text) == expected, "\(text)")
        #expect(BlockNoisePhrases.reason(for: text) == expected, "\(text)")
    }
}
