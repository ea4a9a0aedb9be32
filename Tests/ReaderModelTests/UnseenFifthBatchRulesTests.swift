import Foundation
import Testing
@testable import ReaderModel

/// The rules the fifth batch of unseen pages (`UnseenPageFixtureTests`: German under a comment
/// thread longer than the story, a French wire story with a slideshow and an editor's note,
/// traditional Chinese, a second Thai page, Punjabi, Kazakh, Azerbaijani, Hausa) called for. All
/// text is invented.
@Suite struct UnseenFifthBatchRulesTests {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("ਇਸ਼ਤਿਹਾਰ", NoiseReason.advertisement), ("ਇਹ ਵੀ ਪੜ੍ਹੋ: ਨਹਿਰ ਦੇ ਕੰਢੇ ਲੱਗੇ ਨਵੇਂ ਬੂਟੇ", .related),
        ("ਟਿੱਪਣੀਆਂ (4)", .comments), ("ਸਾਂਝਾ ਕਰੋ ਫੇਸਬੁੱਕ ਵਟਸਐਪ", .social),
        ("Жарнама", .advertisement), ("Оқи отырыңыз: Қалада жаңа саябақ ашылды", .related), ("Пікірлер (3)", .comments),
        ("© 2025 Мысал газеті. Барлық құқықтар қорғалған.", .navigation),
        ("Həmçinin oxuyun: Şəhərdə yeni park açıldı", .related), ("Şərhlər (5)", .comments), ("Qəbul edirəm", .cookie),
        ("© 2025 Nümunə qəzeti. Bütün hüquqlar qorunur.", .navigation),
        ("Talla", .advertisement), ("Karanta kuma: An buɗe sabuwar makaranta a garin", .related), ("Sharhi (2)", .comments),
        ("อ่านข่าวที่เกี่ยวข้อง: ชาวนาเริ่มเกี่ยวข้าวเร็วกว่าทุกปี", .related),
        ("แชร์ Facebook LINE X คัดลอกลิงก์", .social), ("แท็ก: เกษตร ชุมชน", .social),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares a word with those labels stays prose.
    @Test(arguments: [
        "Manoman sun ce talla a rediyo ta taimaka musu wajen sayar da albasa a kasuwar garin.",
        "Ауыл тұрғындары жарнама арқылы жаңа шеберхана туралы біліп, оған көмектесуге келді.",
        "Sakinlər reklam lövhəsini söküb yerinə kəndin köhnə xəritəsini asdılar.",
        "ชาวบ้านแชร์ประสบการณ์การทอผ้าให้นักเรียนฟังทุกสัปดาห์ในช่วงปิดภาคเรียน",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Month names and byline labels

    @Test(arguments: [
        ("14 наурыз 2025", "2025-03-14"), ("12 fevral 2025", "2025-02-12"), ("3 sentabr 2024", "2024-09-03"),
        ("15 ਜਨਵਰੀ 2025", "2025-01-15"), ("2 ઑક્ટોબર 2024", "2024-10-02"), ("12 Maris 2025", "2025-03-12"),
    ])
    func monthsOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    @Test(arguments: [
        ("Авторы: Айгүл Серікқызы", "Айгүл Серікқызы"), ("Müəllif: Leyla Məmmədova", "Leyla Məmmədova"),
        ("Daga Aisha Musa Bello", "Aisha Musa Bello"),
    ])
    func bylineLabelsOfTheAddedLanguages(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }
}
