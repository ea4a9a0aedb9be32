/// Gregorian month names as news pages write them in many languages, keyed by the lower-cased
/// word: full names, inflected forms (Russian, Ukrainian and Greek genitives "октября", "Ιουλίου"),
/// common abbreviations, both Arabic sets (Levantine "آذار" and Egyptian/Maghreb "مارس") and Hebrew
/// names with the attached preposition "ב" ("בינואר", "in January"), and Kazakh, Azerbaijani and
/// Uzbek (Latin), Punjabi, Gujarati and Hausa names, and Serbian (both scripts, with the
/// genitives "марта", "septembra" its dates use), Marathi, Nepali, Kannada, Urdu and Pashto names;
/// Romanian, Czech, Hungarian, Bulgarian, Finnish and Swedish names (`centralEuropeanAndNordic`);
/// Danish, Norwegian, Slovak, Lithuanian, Latvian, Estonian, Albanian, Macedonian and Sorani
/// Kurdish names (`balticBalkanAndMore`); Malay, Dhivehi and Odia names (`malayDhivehiOdia`); Slovenian,
/// Icelandic, Basque, Galician, Welsh, Irish, Belarusian, Tajik and Yiddish names (`tenthBatch`); Afrikaans,
/// Uyghur, Zulu, Maltese, Luxembourgish, Turkmen, Tatar, Kinyarwanda and Esperanto names (`eleventhBatch`); Swahili, Tagalog, Croatian
/// genitives, Armenian, Georgian and Bengali names (`twelfthBatch`); Sindhi, Tigrinya, Assamese, Javanese, Cebuano,
/// Igbo, Xhosa, Haitian Creole, Malagasy and Inuktitut names (`thirteenthBatch`); Malayalam, Telugu, Sinhala, Burmese, Lao, Khmer and Somali
/// names (`fourteenthBatch`); N'Ko, Santali, Bashkir, Scottish Gaelic, Kurmanji, Maori, Breton, Oromo and Samoan
/// names (`fifteenthBatch`); Western Frisian, Romansh, Tongan, Guarani, Syriac, Sesotho and Tamazight names
/// (`sixteenthBatch`); Cherokee, Fulfulde (Adlam), Manipuri (Meetei Mayek) and Wolof names (`seventeenthBatch`);
/// Sakha, Northern Sami, Tok Pisin, Twi and Shona names (`eighteenthBatch`); Occitan, Sundanese, Chuvash and
/// Hawaiian names (`nineteenthBatch`);
/// Irish two-word months (`irishTwoWord`); Yoruba's numbered months ("Oṣù Kẹta") through `yorubaOrdinal`.
enum MonthNames {
    /// A month and whether the name is English (English names are also ordinary words — "May",
    /// "March" — so the parser wants them capitalised; the other names are written in lower case).
    struct Entry: Sendable {
        var month: Int
        var isEnglish: Bool
    }

    /// 1...12 for a month name of any language here, nil for other words.
    static func entry<S: StringProtocol>(_ word: S) -> Entry? {
        let utf8 = word.utf8
        guard let first = utf8.first else { return nil }
        // Names opening with an ASCII letter are 3 to 16 bytes (Basque "urtarrilaren", Maori
        // "hereturikōkā" with its macrons, Northern Sami "ođđajagemánnu"); most tokens are rejected
        // before lower-casing and hashing.
        if first < 0x80 {
            guard utf8.count >= 3, utf8.count <= 16, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return nil }
        } else if utf8.count < 4 {
            return nil
        }
        return table[word.lowercased()]
    }

    /// English names in month order with their abbreviations.
    private static let english: [[String]] = [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"],
        ["december", "dec"],
    ]

    /// Other languages, one row per month (January first), every spelling of that month.
    private static let other: [[String]] = [
        ["enero", "ene", "janvier", "janv", "januar", "jänner", "gennaio", "januari", "janeiro", "января", "январь", "янв",
         "січня", "ιανουαρίου", "ιανουάριος", "ιαν", "يناير", "كانون الثاني", "جانفي", "ינואר", "जनवरी", "มกราคม",
         "қаңтар", "yanvar", "ਜਨਵਰੀ", "જાન્યુઆરી", "janairu",
         "јануар", "јануара", "januara", "ಜನವರಿ", "जानेवारी", "جنوری", "جنوري"],
        ["febrero", "février", "fevrier", "févr", "februar", "febbraio", "februari", "fevereiro", "февраля", "февраль",
         "фев", "лютого", "φεβρουαρίου", "φεβρουάριος", "φεβ", "فبراير", "شباط", "فيفري", "פברואר", "फ़रवरी", "फरवरी",
         "กุมภาพันธ์",
         "ақпан", "fevral", "ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ", "ફેબ્રુઆરી", "fabrairu",
         "фебруар", "фебруара", "februara", "ಫೆಬ್ರವರಿ", "फेब्रुवारी", "फेब्रुअरी", "فروری", "فبروري"],
        ["marzo", "mars", "märz", "maart", "março", "marco", "марта", "март", "березня", "μαρτίου", "μάρτιος", "μαρ",
         "مارس", "آذار", "מרץ", "מרס", "मार्च", "มีนาคม",
         "наурыз", "mart", "ਮਾਰਚ", "માર્ચ", "maris",
         "marta", "ಮಾರ್ಚ್", "مارچ"],
        ["abril", "abr", "avril", "aprile", "апреля", "апрель", "апр", "квітня", "απριλίου", "απρίλιος", "απρ", "أبريل",
         "ابريل", "نيسان", "أفريل", "אפריל", "अप्रैल", "अप्रेल", "เมษายน",
         "сәуір", "aprel", "ਅਪ੍ਰੈਲ", "ਅਪਰੈਲ", "એપ્રિલ", "afrilu",
         "април", "априла", "aprila", "ಏಪ್ರಿಲ್", "एप्रिल", "अप्रिल", "اپریل", "اپرېل"],
        ["mayo", "mai", "maggio", "mag", "mei", "maio", "мая", "май", "травня", "μαΐου", "μαίου", "μαϊου", "μάιος", "μαΐ", "مايو",
         "أيار", "ماي", "מאי", "मई", "พฤษภาคม",
         "мамыр", "ਮਈ", "મે", "mayu",
         "мај", "маја", "ಮೇ", "मे", "مئی"],
        ["junio", "juin", "juni", "giugno", "giu", "junho", "июня", "июнь", "июн", "червня", "ιουνίου", "ιούνιος", "ιουν",
         "يونيو", "حزيران", "جوان", "يونيه", "יוני", "जून", "มิถุนายน",
         "маусым", "iyun", "ਜੂਨ", "જૂન", "yuni",
         "јун", "јуна", "ಜೂನ್", "जुन", "جون"],
        ["julio", "juillet", "juil", "juli", "luglio", "lug", "julho", "июля", "июль", "июл", "липня", "ιουλίου", "ιούλιος",
         "ιουλ", "يوليو", "تموز", "جويلية", "يوليه", "יולי", "जुलाई", "กรกฎาคม",
         "шілде", "iyul", "ਜੁਲਾਈ", "જુલાઈ", "yuli",
         "јул", "јула", "ಜುಲೈ", "जुलै", "جولائی", "جولای"],
        ["agosto", "août", "aout", "augustus", "августа", "август", "авг", "серпня", "αυγούστου", "αύγουστος", "αυγ",
         "أغسطس", "آب", "أوت", "אוגוסט", "अगस्त", "สิงหาคม",
         "тамыз", "avqust", "avgust", "ਅਗਸਤ", "ઑગસ્ટ", "ઓગસ્ટ", "agusta",
         "avgusta", "ಆಗಸ್ಟ್", "ऑगस्ट", "अगस्ट", "اگست", "اګست"],
        ["septiembre", "setiembre", "septembre", "settembre", "setembro", "сентября", "сентябрь", "сен", "сент",
         "вересня", "σεπτεμβρίου", "σεπτέμβριος", "σεπ", "سبتمبر", "أيلول", "ספטמבר", "सितंबर", "सितम्बर", "กันยายน",
         "қыркүйек", "sentyabr", "sentabr", "ਸਤੰਬਰ", "સપ્ટેમ્બર", "satumba",
         "септембар", "септембра", "septembar", "septembra", "ಸೆಪ್ಟೆಂಬರ್", "सप्टेंबर", "सेप्टेम्बर", "ستمبر", "سپتمبر"],
        ["octubre", "octobre", "oktober", "ottobre", "ott", "outubro", "октября", "октябрь", "окт", "жовтня", "οκτωβρίου",
         "οκτώβριος", "οκτ", "أكتوبر", "اكتوبر", "تشرين الأول", "אוקטובר", "अक्टूबर", "अक्तूबर", "ตุลาคม",
         "қазан", "oktyabr", "oktabr", "ਅਕਤੂਬਰ", "ઑક્ટોબર", "ઓક્ટોબર", "oktoba",
         "октобар", "октобра", "oktobar", "oktobra", "ಅಕ್ಟೋಬರ್", "ऑक्टोबर", "अक्टोबर", "اکتوبر"],
        ["noviembre", "novembre", "novembro", "ноября", "ноябрь", "нояб", "листопада", "νοεμβρίου", "νοέμβριος",
         "νοε", "نوفمبر", "تشرين الثاني", "نونبر", "נובמבר", "नवंबर", "नवम्बर", "พฤศจิกายน",
         "қараша", "noyabr", "ਨਵੰਬਰ", "નવેમ્બર", "nuwamba",
         "новембар", "новембра", "novembar", "novembra", "ನವೆಂಬರ್", "नोव्हेंबर", "नोभेम्बर", "نومبر"],
        ["diciembre", "dic", "décembre", "decembre", "déc", "dezember", "dicembre", "dezembro", "декабря", "декабрь",
         "дек", "грудня", "δεκεμβρίου", "δεκέμβριος", "δεκ", "ديسمبر", "كانون الأول", "دجنبر", "דצמבר", "दिसंबर",
         "दिसम्बर", "ธันวาคม",
         "желтоқсан", "dekabr", "ਦਸੰਬਰ", "ડિસેમ્બર", "disamba",
         "децембар", "децембра", "decembar", "decembra", "ಡಿಸೆಂಬರ್", "डिसेंबर", "डिसेम्बर", "دسمبر"],
    ]

    /// Romanian, Czech (nominative and the genitive its dates use, "12. května"), Hungarian,
    /// Bulgarian, Finnish (nominative and the partitive "huhtikuuta") and Swedish names, one row
    /// per month. Abbreviations are left out: "ian" and "led" are also words and names.
    private static let centralEuropeanAndNordic: [[String]] = [
        ["ianuarie", "leden", "ledna", "január", "януари", "tammikuu", "tammikuuta"],
        ["februarie", "únor", "února", "február", "февруари", "helmikuu", "helmikuuta"],
        ["martie", "březen", "března", "március", "maaliskuu", "maaliskuuta"],
        ["aprilie", "duben", "dubna", "április", "huhtikuu", "huhtikuuta"],
        ["květen", "května", "május", "toukokuu", "toukokuuta", "maj"],
        ["iunie", "červen", "června", "június", "юни", "kesäkuu", "kesäkuuta"],
        ["iulie", "červenec", "července", "július", "юли", "heinäkuu", "heinäkuuta"],
        ["srpen", "srpna", "augusztus", "elokuu", "elokuuta", "augusti"],
        ["septembrie", "září", "szeptember", "септември", "syyskuu", "syyskuuta"],
        ["octombrie", "říjen", "října", "október", "октомври", "lokakuu", "lokakuuta"],
        ["noiembrie", "listopad", "listopadu", "ноември", "marraskuu", "marraskuuta"],
        ["decembrie", "prosinec", "prosince", "декември", "joulukuu", "joulukuuta"],
    ]

    /// Danish and Norwegian ("marts", "desember"; the rest are German or English spellings),
    /// Slovak (nominative and the genitive its dates use, "14. mája"), Lithuanian (nominative and
    /// the genitive of "2025 m. birželio 18 d."), Latvian (nominative, genitive and locative:
    /// "jūlijs", "jūlija", "jūlijā"), Estonian, Albanian, Macedonian and Sorani Kurdish (Syriac
    /// names, two words for four of them), one row per month. Names that are English ("april",
    /// "september") stay English.
    private static let balticBalkanAndMore: [[String]] = [
        ["januára", "sausis", "sausio", "janvāris", "janvāra", "janvārī", "jaanuar", "janar", "јануари",
         "کانوونی دووەم"],
        ["februára", "vasaris", "vasario", "februāris", "februāra", "februārī", "veebruar", "shkurt", "شوبات"],
        ["marts", "marec", "marca", "kovas", "kovo", "martā", "märts", "ئازار"],
        ["apríl", "apríla", "balandis", "balandžio", "aprīlis", "aprīļa", "aprīlī", "aprill", "prill", "نیسان"],
        ["máj", "mája", "gegužė", "gegužės", "maijs", "maija", "maijā", "ئایار"],
        ["jún", "júna", "birželis", "birželio", "jūnijs", "jūnija", "jūnijā", "juuni", "qershor", "јуни", "حوزەیران"],
        ["júl", "júla", "liepa", "liepos", "jūlijs", "jūlija", "jūlijā", "juuli", "korrik", "јули", "تەممووز"],
        ["augusta", "rugpjūtis", "rugpjūčio", "augusts", "augustā", "gusht", "ئاب"],
        ["rugsėjis", "rugsėjo", "septembris", "septembrī", "shtator", "ئەیلوول"],
        ["októbra", "spalis", "spalio", "oktobris", "oktobrī", "oktoober", "tetor", "октомври", "تشرینی یەکەم"],
        ["lapkritis", "lapkričio", "novembris", "novembrī", "nëntor", "ноември", "تشرینی دووەم"],
        ["desember", "gruodis", "gruodžio", "decembris", "decembrī", "detsember", "dhjetor", "کانوونی یەکەم"],
    ]

    /// Malay (the names Indonesian does not share: "Mac", "Julai", "Ogos", "Disember"), Dhivehi
    /// (Thaana, right to left) and Odia, one row per month.
    private static let malayDhivehiOdia: [[String]] = [
        ["ޖަނަވަރީ", "ଜାନୁଆରୀ", "ଜାନୁୟାରୀ"],
        ["ފެބުރުއަރީ", "ଫେବୃଆରୀ", "ଫେବ୍ରୁଆରୀ"],
        ["mac", "މާރިޗު", "ମାର୍ଚ୍ଚ", "ମାର୍ଚ"],
        ["އޭޕްރީލް", "ଏପ୍ରିଲ"],
        ["މޭ", "ମେ"],
        ["ޖޫން", "ଜୁନ"],
        ["julai", "ޖުލައި", "ଜୁଲାଇ"],
        ["ogos", "އޮގަސްޓު", "ଅଗଷ୍ଟ"],
        ["ސެޕްޓެމްބަރު", "ସେପ୍ଟେମ୍ବର"],
        ["އޮކްޓޫބަރު", "ଅକ୍ଟୋବର"],
        ["ނޮވެމްބަރު", "ନଭେମ୍ବର"],
        ["disember", "ޑިސެމްބަރު", "ଡିସେମ୍ବର"],
    ]

    /// Slovenian (genitives "avgusta"), Icelandic, Basque (the genitive "abuztuaren" its year-first
    /// dates use), Galician, Welsh, Irish (with the genitives "Nollag", "Samhna" its dates use after "Mí"), Belarusian, Tajik (the izafet "августи" its dates use) and
    /// Yiddish (Hebrew script, with and without its vowel points), one row per month. Names spelt as
    /// in English ("september", "april") stay English.
    private static let tenthBatch: [[String]] = [
        ["januarja", "janúar", "urtarrila", "urtarrilaren", "xaneiro", "ionawr", "eanáir", "студзеня", "студзень",
         "январ", "январи", "יאַנואַר", "יאנואר"],
        ["februarja", "febrúar", "otsaila", "otsailaren", "febreiro", "chwefror", "feabhra", "лютага", "люты",
         "феврал", "феврали", "פֿעברואַר", "פעברואר"],
        ["marec", "martxoa", "martxoaren", "mawrth", "márta", "mhárta", "сакавіка", "сакавік", "марти", "מאַרץ", "מארץ"],
        ["aprila", "apríl", "apirila", "apirilaren", "ebrill", "aibreán", "aibreáin", "красавіка", "красавік", "апрел", "апрели",
         "אַפּריל", "אפריל"],
        ["maí", "maiatza", "maiatzaren", "bealtaine", "майи", "מײַ", "מיי"],
        ["junij", "junija", "júní", "ekaina", "ekainaren", "xuño", "mehefin", "meitheamh", "mheithimh", "чэрвеня", "чэрвень",
         "июн", "июни", "יוני"],
        ["julij", "julija", "júlí", "uztaila", "uztailaren", "xullo", "gorffennaf", "iúil", "ліпеня", "ліпень",
         "июл", "июли", "יולי"],
        ["ágúst", "abuztua", "abuztuaren", "awst", "lúnasa", "жніўня", "жнівень", "августи", "אויגוסט"],
        ["septembra", "iraila", "irailaren", "medi", "верасня", "верасень", "сентябр", "сентябри",
         "סעפּטעמבער", "סעפטעמבער"],
        ["oktobra", "október", "urria", "urriaren", "hydref", "кастрычніка", "кастрычнік", "октябр", "октябри",
         "אָקטאָבער", "אקטאבער"],
        ["novembra", "nóvember", "azaroa", "azaroaren", "tachwedd", "samhain", "samhna", "лістапада", "лістапад", "ноябр",
         "ноябри", "נאָוועמבער", "נאוועמבער"],
        ["decembra", "abendua", "abenduaren", "decembro", "rhagfyr", "nollaig", "nollag", "снежня", "снежань", "декабр",
         "декабри", "דעצעמבער"],
    ]

    /// Afrikaans (its own spellings: "januarie", "februarie"; "Junie" and "Julie" are left out, as
    /// they are also given names that open English bylines), Uyghur (Arabic script), Zulu, Maltese,
    /// Luxembourgish, Turkmen, Tatar ("гыйнвар"; its other names are the Russian ones, as are
    /// Kyrgyz's), Kinyarwanda and Esperanto, one row per month.
    private static let eleventhBatch: [[String]] = [
        ["januarie", "يانۋار", "januwari", "jannar", "ýanwar", "гыйнвар", "mutarama", "januaro"],
        ["februarie", "فېۋرال", "februwari", "frar", "fewral", "gashyantare", "februaro"],
        ["مارت", "mashi", "marzu", "mäerz", "werurwe", "marto"],
        ["ئاپرېل", "ephreli", "abrëll", "mata", "aprilo"],
        ["ماي", "meyi", "mejju", "mee", "maý", "gicurasi", "majo"],
        ["ئىيۇن", "ġunju", "iýun", "kamena"],
        ["ئىيۇل", "julayi", "lulju", "iýul", "nyakanga"],
        ["ئاۋغۇست", "agasti", "awwissu", "awgust", "kanama", "aŭgusto", "augusto"],
        ["سېنتەبىر", "septhemba", "settembru", "sentýabr", "nzeri", "septembro"],
        ["ئۆكتەبىر", "okthoba", "ottubru", "oktýabr", "ukwakira", "oktobro"],
        ["نويابىر", "novemba", "novembru", "noýabr", "ugushyingo", "novembro"],
        ["دېكابىر", "disemba", "diċembru", "ukuboza", "decembro"],
    ]

    /// Irish "Mí", month, which dates put before the month's genitive ("Mí na Nollag", "Mí Lúnasa"),
    /// and the articles that may stand between them.
    static let irishMonthWord = "mí"
    static let irishArticles: Set<String> = ["na", "an"]

    /// The Irish month words, lower-cased ("fómhair" closes September's and October's names): a
    /// date that holds one is written in Irish.
    static let irishNames: Set<String> = [
        "eanáir", "feabhra", "márta", "mhárta", "aibreán", "aibreáin", "bealtaine", "meitheamh", "mheithimh", "iúil",
        "lúnasa", "fómhair", "samhain", "samhna", "nollaig", "nollag",
    ]

    /// September and October in Irish, "Meán Fómhair" and "Deireadh Fómhair" (lenited after "Mí":
    /// "Mheán", "Dheireadh"), from the first word lower-cased and the second as written.
    static func irishTwoWord(_ first: String, _ second: String) -> Int? {
        guard second.lowercased() == "fómhair" else { return nil }
        switch first {
        case "meán", "mheán": return 9
        case "deireadh", "dheireadh": return 10
        default: return nil
        }
    }

    /// Swahili, Tagalog (its month-first dates read in `DateNormalizer.parseUncasedMonthFirst`),
    /// Croatian (the genitives its dates use, "15. studenoga 2024."; its October, "listopad", is
    /// Polish and Czech November and stays so), Armenian (nominative and the
    /// genitive "14 մայիսի"), Georgian and Bengali, one row per month (`twelfthBatch`).
    private static let twelfthBatch: [[String]] = [
        ["januari", "enero", "siječnja", "siječanj", "հունվար", "հունվարի", "იანვარი", "იანვრის", "জানুয়ারি", "জানুয়ারী"],
        ["februari", "pebrero", "veljače", "veljača", "փետրվար", "փետրվարի", "თებერვალი", "თებერვლის", "ফেব্রুয়ারি", "ফেব্রুয়ারী"],
        ["machi", "marso", "ožujka", "ožujak", "մարտ", "մարտի", "მარტი", "მარტის", "মার্চ"],
        ["aprili", "abril", "travnja", "travanj", "ապրիլ", "ապրիլի", "აპრილი", "აპრილის", "এপ্রিল"],
        ["mei", "mayo", "svibnja", "svibanj", "մայիս", "մայիսի", "მაისი", "მაისის"],
        ["juni", "hunyo", "lipnja", "lipanj", "հունիս", "հունիսի", "ივნისი", "ივნისის", "জুন"],
        ["julai", "hulyo", "srpnja", "srpanj", "հուլիս", "հուլիսի", "ივლისი", "ივლისის", "জুলাই"],
        ["agosti", "agosto", "kolovoza", "kolovoz", "օգոստոս", "օգոստոսի", "აგვისტო", "აგვისტოს", "আগস্ট"],
        ["septemba", "setyembre", "rujna", "rujan", "սեպտեմբեր", "սեպտեմբերի", "სექტემბერი", "სექტემბრის", "সেপ্টেম্বর"],
        ["oktoba", "oktubre", "հոկտեմբեր", "հոկտեմբերի", "ოქტომბერი", "ოქტომბრის", "অক্টোবর"],
        ["novemba", "nobyembre", "studenoga", "studenog", "studeni", "նոյեմբեր", "նոյեմբերի", "ნოემბერი", "ნოემბრის", "নভেম্বর"],
        ["desemba", "disyembre", "prosinca", "prosinac", "դեկտեմբեր", "դեկտեմբերի", "დეკემბერი", "დეკემბრის", "ডিসেম্বর"],
    ]

    /// Sindhi (Arabic script; "جولاءِ" with and without its kasra), Tigrinya (the Eritrean names of
    /// the Gregorian months; "መጋቢት", "ሚያዝያ", "ግንቦት" and "መስከረም" are left out, as Amharic pages
    /// write them for months of the Ethiopian calendar), Assamese (ৰ and ৱ: "আগষ্ট", "নৱেম্বৰ"),
    /// Javanese (Indonesian's "Maret", "Agustus"), Cebuano, Igbo, Xhosa (the modern names and the
    /// old ones, "EyeThupha"), Haitian Creole, Malagasy and Inuktitut (syllabics), one row per month
    /// (`thirteenthBatch`).
    /// Left out as ordinary words or given names: Haitian "mas", "me", "jen" and "out" (Portuguese
    /// "out." is October), Malagasy "Jona".
    private static let thirteenthBatch: [[String]] = [
        ["جنوري", "ጥሪ", "জানুৱাৰী", "jenụwarị", "janyuwari", "eyomqungu", "janvye", "janoary", "ᔮᓐᓄᐊᕆ"],
        ["فيبروري", "ለካቲት", "ফেব্ৰুৱাৰী", "febụwarị", "febrụwarị", "eyomdumba", "fevriye", "febroary", "ᕖᕝᕗᐊᕆ"],
        ["مارچ", "মাৰ্চ", "maret", "machị", "matshi", "eyokwindla", "martsa", "ᒫᑦᓯ"],
        ["اپريل", "এপ্ৰিল", "eprel", "epreli", "utshazimpuzi", "aprily", "ᐄᐳᕆᓪ"],
        ["مئي", "মে", "ucanzibe", "mey", "ᒪᐃ"],
        ["جون", "ሰነ", "juun", "eyesilimela", "ᔫᓂ"],
        ["جولاءِ", "جولاء", "ሓምለ", "julaị", "eyekhala", "jiyè", "jolay", "ᔪᓓ"],
        ["آگسٽ", "ነሓሰ", "আগষ্ট", "agustus", "ọgọọst", "eyethupha", "aogositra", "ᐋᒡᒌᓯ"],
        ["سيپٽمبر", "ছেপ্তেম্বৰ", "চেপ্তেম্বৰ", "septiyembre", "eyomsintsi", "septanm", "septambra", "ᓯᑎᐱᕆ"],
        ["آڪٽوبر", "ጥቅምቲ", "অক্টোবৰ", "ọktoba", "okthobha", "eyedwarha", "oktòb", "ᐅᑐᐱᕆ"],
        ["نومبر", "নৱেম্বৰ", "nobiyembre", "eyenkanga", "novanm", "novambra", "ᓄᕕᐱᕆ"],
        ["ڊسمبر", "ታሕሳስ", "ডিচেম্বৰ", "eyomnga", "desanm", "desambra", "ᑎᓯᐱᕆ"],
    ]

    /// Malayalam (with the chillu letters and the older virama-joiner spellings), Telugu, Sinhala
    /// (with and without the joiner of "අප්‍රේල්"), Burmese, Lao, Khmer (bare and after "ខែ", month,
    /// as dates write it: "ខែមីនា") and Somali, one row per month (`fourteenthBatch`).
    private static let fourteenthBatch: [[String]] = [
        ["ജനുവരി", "జనవరి", "ජනවාරි", "ဇန်နဝါရီ", "ມັງກອນ", "មករា", "ខែមករា", "janaayo", "jannaayo"],
        ["ഫെബ്രുവരി", "ఫిబ్రవరి", "పిబ్రవరి", "පෙබරවාරි", "ဖေဖော်ဝါရီ", "ກຸມພາ", "កុម្ភៈ", "ខែកុម្ភៈ", "febraayo", "febarwari"],
        ["മാർച്ച്", "മാര്‍ച്ച്", "మార్చి", "මාර්තු", "မတ်", "ມີນາ", "មីនា", "ខែមីនា", "maarso"],
        ["ഏപ്രിൽ", "ഏപ്രില്‍", "ఏప్రిల్", "අප්‍රේල්", "අප්රේල්", "ဧပြီ", "ເມສາ", "មេសា", "ខែមេសា", "abriil"],
        ["മേയ്", "മെയ്", "మే", "මැයි", "မေ", "ພຶດສະພາ", "ឧសភា", "ខែឧសភា", "maajo"],
        ["ജൂൺ", "ജൂണ്‍", "జూన్", "ජූනි", "ဇွန်", "ມິຖຸນາ", "មិថុនា", "ខែមិថុនា", "juun"],
        ["ജൂലൈ", "జూలై", "జులై", "ජූලි", "ဇူလိုင်", "ກໍລະກົດ", "កក្កដា", "ខែកក្កដា", "luulyo"],
        ["ഓഗസ്റ്റ്", "ആഗസ്റ്റ്", "ఆగస్టు", "ఆగష్టు", "අගෝස්තු", "ဩဂုတ်", "ဪဂုတ်", "ສິງຫາ", "សីហា", "ខែសីហា", "agoosto", "ogosto"],
        ["സെപ്റ്റംബർ", "സെപ്തംബർ", "സെപ്റ്റംബര്‍", "సెప్టెంబర్", "సెప్టెంబరు", "සැප්තැම්බර්", "စက်တင်ဘာ", "ກັນຍາ", "កញ្ញា", "ខែកញ្ញា",
         "sebtembar", "sebteembar"],
        ["ഒക്ടോബർ", "ഒക്ടോബര്‍", "అక్టోబర్", "అక్టోబరు", "ඔක්තෝබර්", "အောက်တိုဘာ", "ຕຸລາ", "តុលា", "ខែតុលា", "oktoobar"],
        ["നവംബർ", "നവംബര്‍", "నవంబర్", "నవంబరు", "නොවැම්බර්", "နိုဝင်ဘာ", "ພະຈິກ", "វិច្ឆិកា", "ខែវិច្ឆិកា", "nofembar"],
        ["ഡിസംബർ", "ഡിസംബര്‍", "డిసెంబర్", "డిసెంబరు", "දෙසැම්බර්", "ဒီဇင်ဘာ", "ທັນວາ", "ធ្នូ", "ខែធ្នូ", "desembar", "diseembar"],
    ]

    /// N'Ko (Bambara's "-kalo" names in N'Ko letters, "ߎߕߌߞߊߟߏ"), Santali (Ol Chiki), Bashkir
    /// ("ғинуар"; the other names are Russian's nominatives), Scottish Gaelic, Kurmanji Kurdish, Maori
    /// (the Maori names and the borrowed ones, "Ākuhata"), Breton, Oromo (the Ethiopian month names
    /// that Oromo writes for the Gregorian months: "14 Hagayya 2025") and Samoan, one row per month
    /// (`fifteenthBatch`). Left out as ordinary words: Santali "ᱢᱮ" (May; also a verb ending), Breton
    /// "Mae" ("is" in Welsh), "Here" and "Du" ("black"), Samoan "Mati" ("dead" in Malay and Indonesian)
    /// and "Me"; left out as longer than `entry` reads, Maori's hyphenated "Whiringa-ā-nuku" and
    /// "Whiringa-ā-rangi" (October, November), where the borrowed "Oketopa" and "Noema" are read.
    /// Faroese names are the Scandinavian ones; Maori "Mei" is Dutch's May already.
    private static let fifteenthBatch: [[String]] = [
        ["ߖߊߣߥߎߦߋߞߊߟߏ", "ᱡᱟᱱᱣᱟᱨᱤ", "ғинуар", "faoilleach", "çile", "kohitātea", "hānuere", "genver", "amajjii", "ianuari"],
        ["ߝߋߓߎߙߎߦߋߞߊߟߏ", "ᱯᱷᱮᱵᱨᱩᱣᱟᱨᱤ", "февраль", "gearran", "sibat", "huitanguru", "pēpuere", "c'hwevrer", "guraandhala", "fepuari"],
        ["ߡߊߙߌߛߌߞߊߟߏ", "ᱢᱟᱨᱪ", "март", "màrt", "adar", "poutūterangi", "māehe", "meurzh", "bitootessa"],
        ["ߊߥߌߙߌߟߌߞߊߟߏ", "ᱮᱯᱨᱤᱞ", "апрель", "giblean", "nîsan", "paengawhāwhā", "āperira", "ebrel", "ebla", "aperila"],
        ["ߡߍߞߊߟߏ", "май", "cèitean", "gulan", "haratua", "caamsaa"],
        ["ߖߎߥߍߣߞߊߟߏ", "ᱡᱩᱱ", "июнь", "ògmhios", "hezîran", "pipiri", "hune", "mezheven", "waxabajjii", "iuni"],
        ["ߖߎߟߎߦߋߞߊߟߏ", "ᱡᱩᱞᱟᱤ", "июль", "iuchar", "tîrmeh", "hōngongoi", "hūrae", "gouere", "adoolessa", "iulai"],
        ["ߎߕߌߞߊߟߏ", "ᱟᱜᱚᱥᱴ", "август", "lùnastal", "tebax", "hereturikōkā", "ākuhata", "eost", "hagayya", "aokuso"],
        ["ߛߍߕߊߣߓߎߙߎߞߊߟߏ", "ᱥᱮᱯᱴᱮᱢᱵᱟᱨ", "сентябрь", "sultain", "îlon", "mahuru", "hepetema", "gwengolo", "fuulbana", "setema"],
        ["ߐߞߎߕߐߓߎߙߎߞߊߟߏ", "ᱚᱠᱴᱚᱵᱟᱨ", "октябрь", "dàmhair", "cotmeh", "oketopa", "onkoloolessa"],
        ["ߣߏߥߊߣߓߎߙߎߞߊߟߏ", "ᱱᱚᱵᱷᱮᱢᱵᱟᱨ", "ноябрь", "samhain", "mijdar", "noema", "sadaasa", "novema"],
        ["ߘߋߛߊߣߓߎߙߎߞߊߟߏ", "ᱰᱤᱥᱮᱢᱵᱟᱨ", "декабрь", "dùbhlachd", "kanûn", "hakihea", "tīhema", "kerzu", "muddee", "tesema"],
    ]

    /// Western Frisian ("jannewaris", "maaie"; "maart", "april", "augustus" and "oktober" are Dutch's),
    /// Romansh ("zercladur", "fanadur"; "mars" is French's, "october" to "december" English), Tongan
    /// (with the fakauʻa: "ʻAokosi"), Guarani ("jasypoapy", the eighth moon), Syriac (the month names
    /// of one word; "ܟܢܘܢ" and "ܬܫܪܝܢ" need a second word for January, October, November and December, and
    /// are left out), Sesotho and Tamazight (Tifinagh), one row per month (`sixteenthBatch`). Tongan
    /// "Mē" (May) is left out: without its macron it is the word "me".
    private static let sixteenthBatch: [[String]] = [
        ["jannewaris", "schaner", "sānuali", "jasyteĩ", "pherekgong", "ⵉⵏⵏⴰⵢⵔ"],
        ["febrewaris", "favrer", "fēpueli", "jasykõi", "ܫܒܛ", "hlakola", "ⴱⵕⴰⵢⵕ"],
        ["maʻasi", "jasyapy", "ܐܕܪ", "hlakubele", "ⵎⴰⵕⵚ"],
        ["avrigl", "ʻepeleli", "jasyrundy", "ܢܝܣܢ", "mmesa", "ⵉⴱⵔⵉⵔ"],
        ["maaie", "matg", "jasypo", "ܐܝܪ", "motsheanong", "ⵎⴰⵢⵢⵓ"],
        ["juny", "zercladur", "sune", "jasypoteĩ", "ܚܙܝܪܢ", "phupjane", "ⵢⵓⵏⵢⵓ"],
        ["fanadur", "siulai", "jasypokõi", "ܬܡܘܙ", "phupu", "ⵢⵓⵍⵢⵓⵣ"],
        ["avust", "ʻaokosi", "jasypoapy", "ܐܒ", "phato", "ⵖⵓⵛⵜ"],
        ["septimber", "settember", "sepitema", "jasyporundy", "ܐܝܠܘܠ", "lwetse", "ⵛⵓⵜⴰⵏⴱⵉⵔ"],
        ["ʻokatopa", "jasypa", "mphalane", "ⴽⵜⵓⴱⵔ"],
        ["novimber", "nōvema", "jasypateĩ", "pudungwana", "ⵏⵓⵡⴰⵏⴱⵉⵔ"],
        ["desimber", "tīsema", "jasypakõi", "tshitwe", "ⴷⵓⵊⴰⵏⴱⵉⵔ"],
    ]

    /// Cherokee (the syllabary's names, "ᎦᎶᏂ" for August, written in its capitals), Fulfulde in Adlam
    /// ("𞤶𞤵𞤳𞤮"), Manipuri in Meetei Mayek (the English names spelled out: "ꯑꯣꯒꯁ꯭ꯠ") and Wolof ("sullet"), one row
    /// per month (`seventeenthBatch`). Left out as ordinary words: Manipuri "ꯃꯦ" and Wolof "me" (May), Wolof
    /// "ut" (August); Wolof "mars" is French's.
    private static let seventeenthBatch: [[String]] = [
        ["ᎤᏃᎸᏔᏅ", "𞤧𞤭𞥅𞤤𞤮", "ꯖꯟꯋꯔꯤ", "samwiyee"],
        ["ᎧᎦᎵ", "𞤷𞤮𞤤𞤼𞤫", "ꯄꯦꯕ꯭ꯔꯨꯑꯔꯤ", "fewriyee"],
        ["ᎠᏅᏱ", "𞤥𞤦𞤮𞥅𞤴", "ꯃꯔ꯭ꯆ"],
        ["ᎧᏬᏂ", "𞤧𞤫𞥅𞤯𞤼𞤮", "ꯑꯦꯞꯔꯤꯜ", "awril"],
        ["ᎠᏂᏍᎬᏘ", "𞤣𞤵𞥅𞤶𞤢𞤤"],
        ["ᏕᎭᎷᏱ", "𞤳𞤮𞤪𞤧𞤫", "ꯖꯨꯟ", "suwe"],
        ["ᎫᏰᏉᏂ", "𞤥𞤮𞤪𞤧𞤮", "ꯖꯨꯂꯢ", "sullet"],
        ["ᎦᎶᏂ", "𞤶𞤵𞤳𞤮", "ꯑꯣꯒꯁ꯭ꯠ"],
        ["ᏚᎵᏍᏗ", "𞤧𞤭𞥅𞤤𞤼𞤮", "ꯁꯦꯞꯇꯦꯝꯕꯦꯔ", "septàmbar"],
        ["ᏚᏂᏅᏗ", "𞤴𞤢𞤪𞤳𞤮𞤥𞤢𞥄", "ꯑꯣꯛꯇꯣꯕꯔ", "oktoobar"],
        ["ᏄᏓᏕᏆ", "𞤶𞤮𞤤𞤢𞤤", "ꯅꯣꯕꯦꯝꯕꯔ", "nowàmbar"],
        ["ᎥᏍᎩᏱ", "𞤦𞤮𞤱𞤼𞤫", "ꯗꯤꯁꯦꯝꯕꯔ", "desàmbar"],
    ]

    /// Sakha (the first word of its two-word names: "атырдьах ыйа", August), Northern Sami ("borgemánnu", and
    /// the genitive "borgemánu" that dates write: "14. borgemánu"), Tok Pisin ("Ogas"), Twi ("Ɔsanaa", with the
    /// older spellings "Ɔsandaa", "Kitawonsa") and Shona ("Nyamavhuvhu"), one row per month (`eighteenthBatch`).
    /// Left out as ordinary words: Sakha "кулун" (foal), "муус" (ice), "бэс" (pine), "от" (grass) and "балаҕан"
    /// (hut), Tok Pisin "mas" (must), "me" and "jun", Twi "ɛbɔ", Shona "mbudzi" (goat).
    private static let eighteenthBatch: [[String]] = [
        ["тохсунньу", "ođđajagemánnu", "ođđajagemánu", "janueri", "ɔpɛpɔn", "ndira"],
        ["олунньу", "guovvamánnu", "guovvamánu", "februeri", "ɔgyefoɔ", "ɔgyefuo", "kukadzi"],
        ["njukčamánnu", "njukčamánu", "ɔbɛnem", "kurume"],
        ["cuoŋománnu", "cuoŋománu", "epril", "oforisuo", "kubvumbi"],
        ["ыам", "miessemánnu", "miessemánu", "kɔtɔnimma", "kɔtɔnimba", "chivabvu"],
        ["geassemánnu", "geassemánu", "ayɛwohomumu", "chikumi"],
        ["suoidnemánnu", "suoidnemánu", "julai", "kutawonsa", "kitawonsa", "chikunguru"],
        ["атырдьах", "borgemánnu", "borgemánu", "ogas", "ɔsanaa", "ɔsandaa", "nyamavhuvhu"],
        ["čakčamánnu", "čakčamánu", "septemba", "gunyana"],
        ["алтынньы", "golggotmánnu", "golggotmánu", "oktoba", "ahinime", "gumiguru"],
        ["сэтинньи", "skábmamánnu", "skábmamánu", "novemba", "obubuo"],
        ["ахсынньы", "juovlamánnu", "juovlamánu", "disemba", "ɔpɛnimma", "ɔpɛnimba", "zvita"],
    ]

    /// Occitan ("genièr", "agost", "octòbre"), Sundanese with its é ("Méi", "Séptémber", "Nopémber"), Chuvash
    /// ("кӑрлач", "раштав", and "ҫӗртме" with the Cyrillic ҫ and the Latin ç pages also type) and Hawaiian with
    /// its ʻokina ("ʻAukake", "Kepakemapa"), one row per month (`nineteenthBatch`). Left out as ordinary words:
    /// Occitan "mai" (more), Chuvash "пуш" (empty), "ака" (ploughing), "ҫу" (summer), "утӑ" (hay), "ҫурла"
    /// (sickle), "авӑн" (threshing floor), "юпа" (pillar) and "чӳк" (a prayer).
    private static let nineteenthBatch: [[String]] = [
        ["genièr", "кӑрлач", "ianuali"],
        ["febrièr", "pébruari", "нарӑс", "pepeluali"],
        ["malaki"],
        ["ʻapelila", "apelila"],
        ["méi"],
        ["junh", "ҫӗртме", "çӗртме", "iune"],
        ["julhet", "iulai"],
        ["agost", "ʻaukake", "aukake"],
        ["setembre", "séptémber", "kepakemapa"],
        ["octòbre", "ʻokakopa", "okakopa"],
        ["nopémber", "nowemapa"],
        ["decembre", "désémber", "раштав", "kekemapa"],
    ]

    private static let table: [String: Entry] = {
        var table: [String: Entry] = [:]
        let groups = [other, centralEuropeanAndNordic, balticBalkanAndMore, malayDhivehiOdia, tenthBatch, eleventhBatch]
        let rows = (0..<12).map { month in groups.flatMap { $0[month] } }
        for (index, names) in rows.enumerated() {
            for name in names {
                table[name] = Entry(month: index + 1, isEnglish: false)
                // Greek is often written without accents (and always so in capitals).
                let bare = String(String.UnicodeScalarView(name.unicodeScalars.map(withoutTonos)))
                if bare != name { table[bare] = Entry(month: index + 1, isEnglish: false) }
                // Hebrew attaches "in" to the month: "בינואר".
                if name.unicodeScalars.first.map({ (0x05D0...0x05EA).contains($0.value) }) == true {
                    table["ב" + name] = Entry(month: index + 1, isEnglish: false)
                }
            }
        }
        // A name another row already holds (Malay "julai") keeps its entry: the rows agree on the month.
        for (index, names) in twelfthBatch.enumerated() {
            for name in names where table[name] == nil { table[name] = Entry(month: index + 1, isEnglish: false) }
        }
        for batch in [thirteenthBatch, fourteenthBatch, fifteenthBatch, sixteenthBatch, eighteenthBatch, nineteenthBatch] {
            for (index, names) in batch.enumerated() {
                for name in names where table[name] == nil { table[name] = Entry(month: index + 1, isEnglish: false) }
            }
        }
        // Cherokee pages write the syllabary's capitals, which `entry` lower-cases before its lookup (to
        // U+AB70-ABBF); the word lexicon reads the capitals as the line tokenizer keeps them.
        for (index, names) in seventeenthBatch.enumerated() {
            for name in Set(names + names.map { $0.lowercased() }) where table[name] == nil {
                table[name] = Entry(month: index + 1, isEnglish: false)
            }
        }
        // English last: "mar" and "dec" stay English (they need a capital, like "March").
        for (index, names) in english.enumerated() {
            for name in names { table[name] = Entry(month: index + 1, isEnglish: true) }
        }
        return table
    }()

    /// Every name, for the word lexicon's "may hold a date" flag (Greek also capitalised, as the
    /// line tokenizer keeps Greek as written), with the Solar Hijri and Bikram Sambat months. Each
    /// is also given as the line tokenizer spells it: it folds Arabic hamza and madda seats to the
    /// bare alef ("آذر" is the word "اذر") and Arabic yeh and kaf to the Persian letters.
    static var allNames: [String] {
        let names = table.keys.flatMap { name -> [String] in
            guard let first = name.unicodeScalars.first, (0x0370...0x03FF).contains(first.value) else { return [name] }
            return [name, name.prefix(1).uppercased() + name.dropFirst()]
        } + SolarHijriDate.lexiconNames + BikramSambatDate.lexiconNames + EthiopianDate.lexiconNames
        return names + names.compactMap { name in
            guard name.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            let words = WordTokenizer.tokens(name).words
            return words.count == 1 && words[0] != name ? words[0] : nil
        }
    }

    /// The names of languages other than English (lower case), for the entity finder's day-month test.
    static var otherLanguageNames: [String] {
        table.compactMap { $0.value.isEnglish ? nil : $0.key }
    }

    /// Yoruba numbers the months: "Oṣù Kẹta" is "the third month", March. The month word and the
    /// ordinal that follows it (with or without tone marks and under-dots), or nil.
    static func yorubaOrdinal<S: StringProtocol>(_ word: S, _ ordinal: S) -> Int? {
        // "oṣù", "osu", "oshu": the first byte is an "o" before anything is lower-cased.
        guard let first = word.utf8.first, first | 0x20 == 0x6F, word.utf8.count <= 6,
              yorubaMonthWords.contains(word.lowercased()) else { return nil }
        return yorubaOrdinals[ordinal.lowercased()]
    }

    /// Also marked as month words in the word lexicon, so a Yoruba date line without a four-digit
    /// year ("14 Oṣù Kẹta, 10:20") still reaches the date parser.
    static let yorubaMonthWords: Set<String> = ["oṣù", "osu", "oshu", "oṣu", "osù"]

    /// The ordinals of the twelve months; "Karùn-ún" and "Kẹsàn-án" tokenize at the hyphen, so
    /// their first half is the key.
    private static let yorubaOrdinals: [String: Int] = {
        let rows: [[String]] = [
            ["kìíní", "kiini", "kinni"], ["kejì", "keji"], ["kẹta", "keta"], ["kẹrin", "kerin"],
            ["karùn", "karun"], ["kẹfà", "kefa"], ["keje"], ["kẹjọ", "kejo"], ["kẹsàn", "kesan"], ["kẹwàá", "kewaa", "kewa"],
            ["kọkànlá", "kokanla"], ["kejìlá", "kejila"],
        ]
        var table: [String: Int] = [:]
        for (index, names) in rows.enumerated() { for name in names { table[name] = index + 1 } }
        return table
    }()

    private static func withoutTonos(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "ά": return "α"
        case "έ": return "ε"
        case "ή": return "η"
        case "ί", "ΐ", "ϊ": return "ι"
        case "ό": return "ο"
        case "ύ", "ΰ", "ϋ": return "υ"
        case "ώ": return "ω"
        default: return scalar
        }
    }
}
