import Testing
@testable import ReaderModel

/// One invented short article per language, with that language's furniture labels between and
/// after its paragraphs, cleaned as a text copy and as saved HTML: the labels go, the prose stays.
@Suite struct ForeignFurnitureCleaningTests {
    struct Story: Sendable, CustomStringConvertible {
        var code: String
        var title: String
        var paragraphs: [String]
        /// Labels placed between the second and third paragraphs.
        var between: [String]
        /// Labels after the last paragraph.
        var after: [String]
        var description: String { code }
    }

    static let stories: [Story] = [
        Story(code: "es", title: "El ayuntamiento de Puerto Marro aprueba reconstruir el muelle", paragraphs: [
            "El pleno del ayuntamiento de Puerto Marro aprobó el martes por la noche reconstruir el viejo muelle del transbordador, tras casi tres años de debate entre los vecinos.",
            "Los ingenieros explicaron que los pilotes de madera, colocados en los años cincuenta, están podridos bajo la línea del agua y ya no soportan el peso de los camiones.",
            "Los vecinos que se opusieron al proyecto dijeron que el dinero estaría mejor empleado en la carretera de la costa, que se inunda cada invierno.",
            "Las obras comenzarán la próxima primavera y el consistorio se comprometió a publicar el contrato completo antes de que empiecen los trabajos.",
        ], between: ["Publicidad", "Lee también: La isla vecina estrena un nuevo horario de autobuses"],
        after: ["Compartir", "Comentarios (12)", "Suscríbete al boletín"]),
        Story(code: "fr", title: "Port-Marrow vote la reconstruction de la jetée", paragraphs: [
            "Le conseil municipal de Port-Marrow a voté mardi soir la reconstruction de la vieille jetée du bac, mettant fin à un débat qui durait depuis près de trois ans.",
            "Les ingénieurs ont expliqué que les pieux en bois, posés dans les années cinquante, avaient pourri sous la ligne de flottaison et ne supportaient plus les camions.",
            "Les habitants opposés au projet estiment que l'argent serait mieux dépensé pour la route côtière, inondée à chaque tempête d'hiver.",
            "Les travaux doivent commencer au printemps prochain et la mairie a promis de publier le contrat complet avant le premier coup de pioche.",
        ], between: ["Publicité", "Lire aussi : Sur l'île voisine, les horaires des bus changent encore"],
        after: ["Partager", "Commentaires", "Abonnez-vous à la newsletter"]),
        Story(code: "de", title: "Marrowhafen stimmt für den Neubau des Fähranlegers", paragraphs: [
            "Der Gemeinderat von Marrowhafen hat am Dienstagabend beschlossen, den alten Fähranleger neu zu bauen, und damit einen fast drei Jahre langen Streit beendet.",
            "Die Ingenieure erklärten, dass die Holzpfähle aus den fünfziger Jahren unter der Wasserlinie verrottet seien und das Gewicht der Lastwagen nicht mehr tragen könnten.",
            "Anwohner, die gegen den Plan gesprochen hatten, meinten, das Geld wäre für die überflutete Küstenstraße besser ausgegeben.",
            "Die Bauarbeiten sollen im nächsten Frühjahr beginnen, und die Gemeinde versprach, den vollständigen Vertrag vorher zu veröffentlichen.",
        ], between: ["Anzeige", "Lesen Sie auch: Auf der Nachbarinsel ändern sich die Busfahrpläne schon wieder"],
        after: ["Teilen", "Kommentare (3)", "Newsletter abonnieren"]),
        Story(code: "it", title: "Porto Marro vota per ricostruire il molo", paragraphs: [
            "Il consiglio comunale di Porto Marro ha votato martedì sera la ricostruzione del vecchio molo dei traghetti, chiudendo un dibattito che durava da quasi tre anni.",
            "Gli ingegneri hanno spiegato che i pali di legno, piantati negli anni Cinquanta, sono marciti sotto la linea di galleggiamento e non reggono più il peso dei camion.",
            "I residenti contrari al progetto hanno detto che il denaro sarebbe speso meglio per la strada costiera, che si allaga a ogni tempesta invernale.",
            "I lavori dovrebbero iniziare la prossima primavera e il comune ha promesso di pubblicare il contratto completo prima dell'apertura del cantiere.",
        ], between: ["Pubblicità", "Leggi anche: Sull'isola vicina cambiano ancora gli orari degli autobus"],
        after: ["Condividi", "Commenti", "Iscriviti alla newsletter"]),
        Story(code: "pt", title: "Porto Marro aprova a reconstrução do cais", paragraphs: [
            "A câmara municipal de Porto Marro aprovou na terça-feira à noite a reconstrução do velho cais das balsas, encerrando um debate que durava quase três anos.",
            "Os engenheiros explicaram que as estacas de madeira, cravadas nos anos cinquenta, apodreceram abaixo da linha da água e já não suportam o peso dos caminhões.",
            "Os moradores contrários ao projeto disseram que o dinheiro seria mais bem gasto na estrada costeira, que alaga a cada tempestade de inverno.",
            "As obras devem começar na próxima primavera e a prefeitura prometeu publicar o contrato completo antes do início dos trabalhos.",
        ], between: ["Publicidade", "Leia também: Na ilha vizinha, os horários dos ônibus mudam outra vez"],
        after: ["Compartilhar", "Comentários", "Assine a newsletter"]),
        Story(code: "nl", title: "Marrowhaven stemt voor nieuwe veerpier", paragraphs: [
            "De gemeenteraad van Marrowhaven heeft dinsdagavond besloten de oude veerpier opnieuw te bouwen, waarmee een discussie van bijna drie jaar ten einde komt.",
            "Ingenieurs vertelden dat de houten palen uit de jaren vijftig onder de waterlijn zijn verrot en het gewicht van vrachtwagens niet meer kunnen dragen.",
            "Bewoners die tegen het plan spraken, vonden dat het geld beter besteed kon worden aan de kustweg die elke winter onder water loopt.",
            "De bouw begint naar verwachting volgend voorjaar en de gemeente beloofde het volledige contract vooraf openbaar te maken.",
        ], between: ["Advertentie", "Lees ook: Op het buureiland veranderen de busdienstregelingen alweer"],
        after: ["Delen", "Reacties (7)", "Schrijf je in voor de nieuwsbrief"]),
        Story(code: "ru", title: "В Марроу-Бэй решили перестроить паромный причал", paragraphs: [
            "Городской совет Марроу-Бэй во вторник вечером проголосовал за перестройку старого паромного причала, завершив спор, который длился почти три года.",
            "Инженеры рассказали, что деревянные сваи, забитые в пятидесятых годах, сгнили ниже ватерлинии и больше не выдерживают вес грузовиков.",
            "Жители, выступавшие против плана, считают, что деньги лучше было бы потратить на прибрежную дорогу, которую заливает каждую зиму.",
            "Строительство должно начаться следующей весной, а мэрия обещала опубликовать полный текст контракта до начала работ.",
        ], between: ["Реклама", "Читайте также: На соседнем острове снова меняется расписание автобусов"],
        after: ["Поделиться", "Комментарии (5)", "Подписаться на рассылку"]),
        Story(code: "pl", title: "Marrow Bay zagłosowało za odbudową przystani promowej", paragraphs: [
            "Rada miasta Marrow Bay zagłosowała we wtorek wieczorem za odbudową starej przystani promowej, kończąc spór, który trwał prawie trzy lata.",
            "Inżynierowie wyjaśnili, że drewniane pale wbite w latach pięćdziesiątych zgniły poniżej linii wody i nie utrzymują już ciężaru ciężarówek.",
            "Mieszkańcy, którzy sprzeciwiali się planowi, uważają, że pieniądze lepiej byłoby wydać na nadmorską drogę, zalewaną każdej zimy.",
            "Budowa ma się rozpocząć wiosną przyszłego roku, a urząd obiecał opublikować pełną treść umowy przed rozpoczęciem prac.",
        ], between: ["REKLAMA", "Czytaj także: Na sąsiedniej wyspie znowu zmienia się rozkład autobusów"],
        after: ["UDOSTĘPNIJ", "Komentarze (4)", "Zapisz się do newslettera"]),
        Story(code: "tr", title: "Marrow Bay feribot iskelesinin yeniden yapılmasına karar verdi", paragraphs: [
            "Marrow Bay belediye meclisi salı akşamı eski feribot iskelesinin yeniden yapılmasına karar verdi ve yaklaşık üç yıldır süren tartışmayı sona erdirdi.",
            "Mühendisler, ellili yıllarda çakılan ahşap kazıkların su çizgisinin altında çürüdüğünü ve artık kamyonların ağırlığını taşıyamadığını anlattı.",
            "Plana karşı çıkan mahalle sakinleri, paranın her kış su basan sahil yoluna harcanmasının daha doğru olacağını söyledi.",
            "İnşaatın önümüzdeki bahar başlaması bekleniyor ve belediye, sözleşmenin tamamını çalışmalar başlamadan önce yayımlayacağına söz verdi.",
        ], between: ["Reklam", "İLGİLİ HABERLER"],
        after: ["Paylaş", "Yorumlar (2)", "Bültene abone ol"]),
        Story(code: "zh", title: "马罗湾决定重建渡轮码头", paragraphs: [
            "马罗湾市议会周二晚间投票决定重建旧渡轮码头，结束了一场持续近三年的争论。议员们在会上听取了工程师和居民的意见。",
            "工程师表示，上世纪五十年代打下的木桩在水线以下已经腐烂，再也承受不住货车的重量，码头随时可能出现危险。",
            "反对这一计划的居民认为，这笔钱最好用在每年冬天都会被淹的沿海公路上，而不是一座只有少数人使用的码头。",
            "工程预计明年春天开工，市政府承诺在施工开始之前公布完整的合同，并接受市民的监督和询问。",
        ], between: ["广告", "相关阅读：邻岛公交时刻表再次调整"],
        after: ["分享到：", "评论（12）", "责任编辑：王小明"]),
        Story(code: "ja", title: "マロー湾、フェリー桟橋の建て替えを決定", paragraphs: [
            "マロー湾の町議会は火曜日の夜、古いフェリー桟橋を建て替えることを賛成多数で決め、ほぼ三年続いた議論に終止符を打った。",
            "技術者によると、五十年代に打ち込まれた木製のくいは水面下で腐っており、トラックの重さにもう耐えられないという。",
            "計画に反対した住民は、その予算を冬のたびに冠水する海沿いの道路に回すべきだと訴え、議場は一時騒然となった。",
            "工事は来年の春に始まる予定で、町は着工前に契約の全文を公開し、住民説明会も開くと約束した。",
        ], between: ["広告", "関連記事：隣の島でバスの時刻表がまた変更"],
        after: ["この記事をシェアする", "コメント", "無断転載を禁じます"]),
        Story(code: "ko", title: "매로만, 여객선 부두 재건축 결정", paragraphs: [
            "매로만 시의회는 화요일 저녁 낡은 여객선 부두를 다시 짓기로 의결해 거의 3년 동안 이어진 논쟁을 끝냈다.",
            "기술자들은 1950년대에 박은 나무 말뚝이 수면 아래에서 썩어 더 이상 트럭의 무게를 견디지 못한다고 설명했다.",
            "계획에 반대한 주민들은 그 돈을 겨울마다 물에 잠기는 해안 도로에 쓰는 편이 낫다고 말했다.",
            "공사는 내년 봄에 시작될 예정이며 시는 착공 전에 계약서 전문을 공개하겠다고 약속했다.",
        ], between: ["광고", "관련기사: 이웃 섬 버스 시간표 또 바뀐다"],
        after: ["공유하기", "댓글 (3)", "무단 전재 및 재배포 금지"]),
        Story(code: "ar", title: "مجلس مرفأ مارو يقرر إعادة بناء رصيف العبارات", paragraphs: [
            "صوّت مجلس مدينة مرفأ مارو مساء الثلاثاء على إعادة بناء رصيف العبارات القديم، منهيا جدلا استمر قرابة ثلاث سنوات بين السكان.",
            "وأوضح المهندسون أن الأعمدة الخشبية التي دُقّت في الخمسينيات تعفنت تحت خط الماء ولم تعد تحتمل وزن الشاحنات.",
            "وقال السكان المعارضون للخطة إن الأموال كان من الأفضل إنفاقها على الطريق الساحلي الذي يغمره الماء كل شتاء.",
            "ومن المتوقع أن تبدأ الأعمال في الربيع المقبل، ووعدت البلدية بنشر العقد كاملا قبل انطلاق الأشغال.",
        ], between: ["إعلان", "اقرأ أيضاً: تغيير جديد في مواعيد الحافلات على الجزيرة المجاورة"],
        after: ["شارك", "التعليقات", "اشترك في النشرة البريدية"]),
        Story(code: "he", title: "מועצת מפרץ מארו החליטה לבנות מחדש את רציף המעבורת", paragraphs: [
            "מועצת העיר מפרץ מארו הצביעה ביום שלישי בערב בעד בנייה מחדש של רציף המעבורת הישן, וסיימה ויכוח שנמשך כמעט שלוש שנים.",
            "המהנדסים הסבירו כי עמודי העץ שנתקעו בשנות החמישים נרקבו מתחת לקו המים ואינם יכולים עוד לשאת את משקל המשאיות.",
            "תושבים שהתנגדו לתוכנית אמרו כי עדיף היה להשקיע את הכסף בכביש החוף, שמוצף בכל חורף.",
            "העבודות צפויות להתחיל באביב הבא, והעירייה הבטיחה לפרסם את החוזה המלא לפני תחילת העבודות.",
        ], between: ["פרסומת", "קראו גם: שוב שינוי בלוח הזמנים של האוטובוסים באי השכן"],
        after: ["שתפו", "תגובות", "הירשמו לניוזלטר"]),
    ]

    static func textCopy(_ story: Story) -> String {
        let p = story.paragraphs
        return ([story.title, "", p[0], "", p[1], ""] + story.between.flatMap { [$0, ""] }
            + [p[2], "", p[3], ""] + story.after).joined(separator: "\n")
    }

    static func html(_ story: Story) -> String {
        let p = story.paragraphs.map { "<p>\($0)</p>" }
        let between = story.between.map { "<p>\($0)</p>" }.joined(separator: "\n")
        let after = story.after.map { "<div>\($0)</div>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html><html lang="\(story.code)"><head><meta charset="utf-8"><title>\(story.title)</title></head><body>
            <article><h1>\(story.title)</h1>
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

    @Test(arguments: stories)
    func textCopyKeepsOnlyTheStory(story: Story) {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.textCopy(story)))
        #expect(doc.paragraphs == story.paragraphs)
        let removed = Set(doc.removed.map(\.text))
        for label in story.between + story.after { #expect(removed.contains(label), "\(label)") }
    }

    @Test(arguments: stories)
    func savedPageKeepsOnlyTheStory(story: Story) {
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: Self.html(story)))
        #expect(doc.paragraphs == story.paragraphs)
    }
}
