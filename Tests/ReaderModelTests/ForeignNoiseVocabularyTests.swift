import Testing
@testable import ReaderModel

/// Furniture labels of other languages, judged by the shared vocabulary.
@Suite struct ForeignNoiseVocabularyTests {
    @Test(arguments: [
        ("Publicidad", NoiseReason.advertisement),
        ("Lee también: La isla vecina estrena un nuevo horario de autobuses", .related),
        ("Lire aussi : Sur l'île voisine, les horaires des bus changent encore", .related),
        ("À lire aussi", .related),
        ("ANZEIGE", .advertisement),
        ("Mehr zum Thema", .related),
        ("Das könnte Sie auch interessieren", .related),
        ("Leggi anche: Sull'isola vicina cambiano ancora gli orari degli autobus", .related),
        ("Continua após a publicidade", .advertisement),
        ("Lees ook: Op het buureiland veranderen de busdienstregelingen alweer", .related),
        ("Читайте также: На соседнем острове снова меняется расписание автобусов", .related),
        ("Реклама", .advertisement),
        ("UDOSTĘPNIJ", .social),
        ("Czytaj także: Na sąsiedniej wyspie znowu zmienia się rozkład autobusów", .related),
        ("İLGİLİ HABERLER", .related),
        ("相关阅读：邻岛公交时刻表再次调整", .related),
        ("延伸閱讀", .related),
        ("广告", .advertisement),
        ("责任编辑：王小明", .banner),
        ("评论（12）", .comments),
        ("関連記事：隣の島でバスの時刻表がまた変更", .related),
        ("この記事をシェアする", .social),
        ("広告", .advertisement),
        ("관련기사", .related),
        ("무단 전재 및 재배포 금지", .navigation),
        ("댓글 3", .comments),
        ("إعلان", .advertisement),
        ("اقرأ أيضاً: تغيير جديد في مواعيد الحافلات على الجزيرة المجاورة", .related),
        ("جميع الحقوق محفوظة © 2025", .navigation),
        ("פרסומת", .advertisement),
        ("קראו גם: שוב שינוי בלוח הזמנים של האוטובוסים באי השכן", .related),
        ("Kommentare (14)", .comments),
        ("Todos los derechos reservados", .navigation),
        ("Nous utilisons des cookies pour mesurer l'audience. Tout accepter", .cookie),
        ("Newsletter abonnieren", .newsletter),
        ("Réservé aux abonnés", .paywall),
        ("Tiempo de lectura: 4 minutos", .banner),
    ])
    func recognisesForeignFurniture(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Label words inside running text: prose that merely uses them stays prose.
    @Test(arguments: [
        "El alcalde dijo que la publicidad institucional del puerto costará más de lo previsto este año.",
        "Die Polizei hat nach der Anzeige eines Anwohners die Ermittlungen aufgenommen und sucht nun Zeugen.",
        "Anzeige gegen den Bürgermeister wurde am Montag bei der Staatsanwaltschaft erstattet, sagte ein Sprecher.",
        "Les habitants veulent partager leurs souvenirs de la jetée lors d'une exposition en mairie cet été.",
        "Il sindaco ha detto che la stampa locale ha seguito il dibattito fin dal primo giorno.",
        "Os moradores querem compartilhar no museu as fotografias antigas do cais até o fim do ano.",
        "Volgens de gemeente is de nieuwsbrief van de haven vorige week naar alle bewoners gestuurd.",
        "Опубликовано новое исследование о состоянии причала, которое заказала мэрия в прошлом году.",
        "Реклама на остановках принесла городу больше денег, чем ожидали в мэрии.",
        "Reklama nowej przystani pojawiła się na wszystkich przystankach autobusowych w mieście.",
        "Yorum yapmaktan kaçınan belediye başkanı, sözleşmenin yakında yayımlanacağını söyledi.",
        "市民可以在网上分享他们对码头的看法，市政府将在下月公布结果。",
        "町の広告によると、説明会は来週の土曜日に公民館で開かれる。",
        "시는 광고를 통해 다음 달 주민 설명회를 연다고 알렸다.",
        "اشترك في المسابقة أكثر من مئة طالب من مدارس المدينة هذا العام.",
        "פורסם היום כי העירייה תפרסם את החוזה המלא לפני תחילת העבודות בנמל.",
        "Der Kommentar des Bürgermeisters zu den Kosten fiel knapp aus, die Kritik der Opposition umso deutlicher.",
    ])
    func leavesForeignProseAlone(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    @Test func everyLabelIsNoise() {
        for language in ForeignNoiseVocabulary.languages {
            for (_, lines) in language.exactLines {
                for line in lines { #expect(NoiseVocabulary.reason(for: line) != nil, "\(language.code): \(line)") }
            }
        }
    }

    @Test func tablesAreWellFormed() {
        for language in ForeignNoiseVocabulary.languages {
            let kinds = Set(language.exactLines.map(\.0))
            #expect(kinds.isSuperset(of: [.advertisement, .social, .related, .comments, .navigation]), "\(language.code)")
            for (_, lines) in language.exactLines {
                for line in lines {
                    // Whole lines longer than six words are never looked up.
                    let count = WordTokenizer.tokens(line).words.count
                    #expect((1...6).contains(count), "\(language.code): \(line)")
                }
            }
            for (_, phrases) in language.phrases {
                for phrase in phrases {
                    let words = WordTokenizer.tokens(phrase.drop { $0 == "^" || $0 == "!" }).words
                    #expect(!words.isEmpty, "\(language.code): \(phrase)")
                }
            }
        }
        #expect(Set(ForeignNoiseVocabulary.languages.map(\.code)).count == ForeignNoiseVocabulary.languages.count)
    }

    /// The HTML cleaner's hash-only judgement agrees with the word-based one on every label.
    @Test func blockPhrasesAgree() {
        var lines: [String] = []
        for language in ForeignNoiseVocabulary.languages {
            lines += language.exactLines.flatMap(\.1)
            lines += language.phrases.flatMap(\.1).map { String($0.drop { $0 == "^" || $0 == "!" }) + " 2025" }
        }
        lines += ForeignNoiseVocabulary.commentCountWords.map { "\($0) (3)" }
        for line in lines {
            #expect(BlockNoisePhrases.reason(for: line) == NoiseVocabulary.reason(for: line), "\(line)")
        }
    }
}

/// Letters `WordTokenizer` folds so one label matches every way a page writes it.
@Suite struct LetterFoldingTests {
    @Test func latinExtendedCapitalsAreLowercased() {
        #expect(WordTokenizer.tokens("UDOSTĘPNIJ").words == ["udostępnij"])
        #expect(WordTokenizer.tokens("ŁÓDŹ ŽELEZNIČNÍ").words == ["łódź", "železniční"])
        #expect(WordTokenizer.tokens("Łódź").capitalized == 1)
        #expect(WordTokenizer.tokens("ŞEHİR").words == ["şehir"])
    }

    @Test func turkishDottedCapitalReadsAsI() {
        #expect(WordTokenizer.tokens("İLGİLİ HABERLER").words == ["ilgili", "haberler"])
        #expect(WordTokenizer.tokens("İzmir").capitalized == 1)
    }

    @Test func arabicMarksAndHamzaSeatsAreFolded() {
        #expect(WordTokenizer.tokens("اقرأ أيضاً").words == WordTokenizer.tokens("اقرا ايضا").words)
        #expect(WordTokenizer.tokens("إعلان").words == WordTokenizer.tokens("اعلان").words)
        #expect(WordTokenizer.tokens("الأخبـــار").words == WordTokenizer.tokens("الاخبار").words)
    }

    @Test func otherLettersAreKept() {
        #expect(WordTokenizer.tokens("ı ş ğ ß æ").words == ["ı", "ş", "ğ", "ß", "æ"])
        #expect(WordTokenizer.tokens("שתפו").words == ["שתפו"])
    }
}

/// Byte limits tuned on English judge two-byte scripts by letters, not bytes.
@Suite struct ScriptNeutralLengthTests {
    @Test func twoByteLettersCountOnce() {
        let russian = "Читайте также: На соседнем острове снова меняется расписание автобусов"
        #expect(russian.utf8.count > 100)
        #expect(ScriptNeutralLength.of(russian, bytes: russian.utf8.count, limit: 100) == russian.count)
        let english = "Read more: the ferry timetable on the neighbouring island changes again"
        #expect(ScriptNeutralLength.of(english, bytes: english.utf8.count, limit: 10) == english.utf8.count)
        let chinese = "相关阅读：邻岛公交时刻表再次调整"
        #expect(ScriptNeutralLength.of(chinese, bytes: chinese.utf8.count, limit: 10) == chinese.utf8.count)
    }
}
