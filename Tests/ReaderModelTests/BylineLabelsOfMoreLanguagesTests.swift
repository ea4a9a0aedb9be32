import Testing
@testable import ReaderModel

/// Byline labels of more languages (Arabic "كتبت:", Persian "نویسنده:", Telugu "రచన:", Somali
/// "Qoraa:", Burmese "ရေးသားသူ"), a weekday between a name and its date in a script without
/// capitals, and the words a byline row runs on into ("Publié le", Spanish "Con" before a host).
/// Invented lines.
@Suite struct BylineLabelsOfMoreLanguagesTests: TextPageCleaning {
    @Test func readsTheLabels() {
        #expect(BylineLabels.name(in: "كتبت: ليلى منصور", anywhere: false) == "ليلى منصور")
        #expect(BylineLabels.name(in: "نویسنده: نرگس احمدی", anywhere: false) == "نرگس احمدی")
        #expect(BylineLabels.name(in: "రచన: లక్ష్మీ ప్రసాద్", anywhere: false) == "లక్ష్మీ ప్రసాద్")
        #expect(BylineLabels.name(in: "Qoraa: Hodan Warsame", anywhere: false) == "Hodan Warsame")
        #expect(MetadataPatterns.byline(in: "Qoraa: Hodan Warsame") == "Hodan Warsame")
        #expect(BylineLabels.name(in: "ရေးသားသူ - ကိုဇော်မင်း", anywhere: false) == "ကိုဇော်မင်း")
        #expect(BylineLabels.name(in: "ရေးသားသူ: ကိုဇော်မင်း", anywhere: false) == "ကိုဇော်မင်း")
    }

    @Test func aWeekdayEndsTheName() {
        #expect(BylineLabels.name(in: "بقلم ليلى منصور الخميس 20 مارس 2025", anywhere: false) == "ليلى منصور")
        #expect(BylineLabels.name(in: "نویسنده: نرگس احمدی چهارشنبه", anywhere: false) == "نرگس احمدی")
    }

    @Test func aPublishedLabelEndsTheName() {
        #expect(MetadataPatterns.byline(in: "Par Camille Roux Publié le 3 mars 2025 à 9 h 10") == "Camille Roux")
        #expect(MetadataPatterns.byline(in: "Por Julia Ferrer Publicado el 3 de marzo de 2025") == "Julia Ferrer")
    }

    @Test func spanishWithBeforeAHost() {
        #expect(MetadataPatterns.byline(in: "Con Marta Iglesias") == "Marta Iglesias")
        #expect(MetadataPatterns.byline(in: "Con este proyecto el pueblo gana una plaza") == nil)
    }

    static let persianBody = [
        "کتابخانه کوچک روستا پس از دو سال تعطیلی دوباره درهای خود را به روی کودکان و نوجوانان باز کرد و هر روز عصر میزبان آنهاست.",
        "مسئول کتابخانه گفت که بیشتر کتاب‌ها را اهالی روستا و چند مدرسه از شهر اهدا کرده‌اند و قرار است کلاس نقاشی هم برگزار شود.",
        "اهالی امیدوارند که با کمک شورای روستا ساختمان کتابخانه در سال آینده تعمیر و گسترش یابد.",
    ]

    @Test func persianTextCopy() {
        let doc = clean(["خانه", "اجتماعی", "", "کتابخانه روستا پس از دو سال بازگشایی شد", "", "تاریخ انتشار: ۱۴۰۳/۱۲/۲۰ - ۱۰:۱۵",
                         "نویسنده: نرگس احمدی", ""] + Self.persianBody.flatMap { [$0, ""] })
        #expect(doc.byline == "نرگس احمدی")
    }
}
