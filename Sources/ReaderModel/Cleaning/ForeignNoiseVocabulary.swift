/// Page-furniture labels and phrases of the major web languages other than English, one table
/// per language, merged into `NoiseVocabulary` (whole lines and phrases alike are tokenised by
/// `WordTokenizer`, so they match however a page cases or accents-folds them).
///
/// What belongs here: the generic labels every site in a language prints (advertising slots,
/// share and print buttons, "read also", newsletter and cookie buttons, comment headers,
/// copyright lines), never a phrase of one site. A label that is also a word of running text
/// ("Weiter", "Más", "Ещё") goes only into `exactLines`, where it matches a whole short line;
/// phrases (`!` strong, `^` only at a block's start, as in `NoiseVocabulary.phrases`) hold only
/// word sequences prose does not use. Scripts without spaces (Chinese, Japanese) tokenise a run
/// of ideographs and kana as one word, so their labels are whole runs between punctuation
/// ("相关阅读：…" is the word "相关阅读", then the headline).
enum ForeignNoiseVocabulary {
    /// One language's furniture: whole-line labels and phrases, by the kind of noise they announce.
    struct Language {
        var code: String
        var exactLines: [(NoiseReason, [String])]
        var phrases: [(NoiseReason, [String])]
    }

    static let languages: [Language] = [
        spanish, french, german, italian, portuguese, dutch, russian, polish, turkish,
        chinese, japanese, korean, arabic, hebrew,
        ukrainian, greek, hindi, thai, vietnamese, indonesianMalay, persian, scandinavian, finnish, czech,
        romanian, hungarian, bengali, tamil,
        burmese, khmer, urdu, georgian, amharic, croatianSerbianBosnian, catalan,
        armenian, sinhala, lao, swahili, malayalam, telugu, filipino, somali,
        punjabi, kazakh, azerbaijani, hausa,
        serbianCyrillic, marathi, nepali, kannada, pashto, yoruba,
        bulgarian, gujarati,
        slovak, lithuanian, latvian, estonian, albanian, macedonian, mongolian, uzbek, sorani,
        dhivehi, tibetan, odia,
        slovenian, icelandic, basque, galician, welsh, irish, belarusian, tajik, yiddish,
        afrikaans, uyghur, zulu, maltese, luxembourgish, kyrgyz, turkmen, tatar, kinyarwanda, esperanto,
        sindhi, tigrinya, assamese, javanese, cebuano, igbo, xhosa, haitianCreole, malagasy, inuktitut,
        nko, santali, bashkir, scottishGaelic, kurmanji, maori, faroese, breton, oromo, samoan,
        westernFrisian, romansh, tongan, guarani, chechen, syriac, sesotho, tamazight,
        cherokee, adlamFulfulde, meeteiManipuri, quechua, wolof,
        sakha, northernSami, tokPisin, twi, shona,
        occitan, sundanese, lingala, chuvash, hawaiian,
    ]

    /// All languages' whole-line labels by reason, in table order.
    static var exactLineGroups: [(NoiseReason, [String])] { languages.flatMap(\.exactLines) }
    /// All languages' phrases by reason, in table order.
    static var phraseGroups: [(NoiseReason, [String])] { languages.flatMap(\.phrases) }

    /// Words whose presence in a short line ("Kommentare (12)", "评论 3") makes it the comment
    /// widget's header, as "comments" does in English.
    static let commentCountWords = [
        "comentarios", "commentaires", "kommentare", "commenti", "comentários", "reacties", "комментарии",
        "комментариев", "комментария", "komentarze", "komentarzy", "yorumlar", "评论", "評論", "留言",
        "コメント", "댓글", "تعليقات", "التعليقات", "תגובות", "טוקבקים",
        "коментарі", "коментарів", "коментаря", "σχόλια", "टिप्पणियां", "टिप्पणियाँ", "कमेंट्स", "ความคิดเห็น",
        "komentar", "نظرات", "kommentarer", "kommentit", "komentáře", "komentářů", "comentarii", "hozzászólások",
        "hozzászólás", "মন্তব্য", "মন্তব্যসমূহ", "கருத்துகள்", "கருத்துக்கள்",
        "မှတ်ချက်များ", "មតិយោបល់", "تبصرے", "კომენტარები", "አስተያየቶች", "komentari", "komentara", "comentaris",
        "մեկնաբանություններ", "අදහස්", "ຄຳເຫັນ", "അഭിപ്രായങ്ങൾ", "వ్యాఖ్యలు", "komento", "faallooyin",
        "ਟਿੱਪਣੀਆਂ", "пікірлер", "şərhlər", "sharhi",
        "коментари", "коментара", "प्रतिक्रिया", "प्रतिक्रियाहरू", "ಪ್ರತಿಕ್ರಿಯೆಗಳು", "ಕಾಮೆಂಟ್‌ಗಳು", "نظرونه",
        "પ્રતિભાવ", "પ્રતિભાવો", "diskuse", "diskuze",
        "diskusia", "komentáre", "komentárov", "komentarai", "komentarų", "komentāri", "kommentaarid", "komente",
        "сэтгэгдэл", "izohlar", "کۆمێنتەکان", "بۆچوونەکان",
        "ކޮމެންޓް", "ކޮމެންޓްތައް", "བསམ་ཚུལ", "ମନ୍ତବ୍ୟ",
        "komentarji", "komentarjev", "athugasemdir", "iruzkinak", "iruzkin", "sylwadau", "tráchtanna", "каментары",
        "каментароў", "шарҳҳо", "קאָמענטאַרן",
        "kommentaar", "باھالار", "ئىنكاسلار", "amazwana", "kummenti", "комментарийлер", "teswirler", "фикерләр",
        "ibitekerezo", "komentoj",
        "تبصرا", "ርእይቶታት", "nkọwa", "izimvo", "kòmantè", "hevitra", "ᐃᓱᒪᒋᔭᐅᔪᑦ",
        "ߤߊߞߌߟߌߣߊߥ", "ᱢᱳᱛᱟᱢᱳᱛ", "фекерҙәр", "beachdan", "şîrove", "whakaaro", "viðmerkingar", "evezhiadennoù",
        "yaadota", "manatu",
        "reaksjes", "commentaris", "fakamatala", "ñemongeta", "комментареш", "ܦܘܫܩ̈ܐ", "maikutlo", "ⵉⵡⵏⵏⴰⵏ",
        "ᎤᏂᏬᏂᏍᎬ", "𞤥𞤭𞥅𞤶𞤮𞥅𞤶𞤭", "ꯋꯈꯜ", "rimanakuykuna", "xalaat",
        "санаалар", "kommeanttat", "tingting", "adwene", "mazano",
        "koméntar", "makanisi", "шухӑшсем", "manaʻo",
    ]

    static let spanish = Language(code: "es", exactLines: [
        (.advertisement, ["publicidad", "anuncio", "patrocinado", "contenido patrocinado", "contenido de marca"]),
        (.social, ["compartir", "compartir en facebook", "compartir en twitter", "compartir en whatsapp",
                   "comparte", "compartir artículo", "imprimir", "copiar enlace", "enlace copiado", "síguenos",
                   "correo electrónico", "guardar", "escuchar", "escuchar artículo", "escuchar noticia"]),
        (.navigation, ["inicio", "portada", "buscar", "menú", "cerrar", "iniciar sesión", "acceder", "registrarse",
                       "regístrate", "volver arriba", "ir al contenido", "siguiente", "anterior", "ver más",
                       "cargar más", "más", "mostrar más", "etiquetas", "temas", "aviso legal",
                       "política de privacidad", "política de cookies", "contacto", "mapa del sitio"]),
        (.related, ["lee también", "lea también", "te puede interesar",
                    "también te puede interesar", "quizás te interese", "noticias relacionadas",
                    "artículos relacionados", "relacionado", "relacionados", "lo más leído", "más leídas",
                    "más leído", "más noticias", "más información", "ver también", "recomendado", "recomendados",
                    "no te pierdas"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["leer más", "seguir leyendo", "sigue leyendo"]),
        (.feed, ["última hora", "en directo", "en vivo", "minuto a minuto"]),
        (.newsletter, ["suscríbete", "suscribirse", "suscríbete al boletín", "boletín", "recibe nuestro boletín"]),
        (.membership, ["donar", "hazte socio", "apóyanos", "colabora"]),
        (.comments, ["comentarios", "comentar", "deja un comentario", "dejar un comentario", "deja tu comentario",
                     "responder", "ver comentarios"]),
        (.cookie, ["aceptar", "aceptar todo", "aceptar todas", "rechazar todo", "acepto", "configurar cookies"]),
        (.paywall, ["exclusivo para suscriptores", "solo para suscriptores", "contenido exclusivo"]),
    ], phrases: [
        (.advertisement, ["!contenido patrocinado", "!continúa después de la publicidad"]),
        (.related, ["^!lee también", "^!lea también", "^!leer más", "^!te puede interesar", "^!noticias relacionadas",
                    "^!lo más leído", "^!más noticias", "^!ver también", "^!también te puede interesar",
                    "^!quizás te interese", "^!sigue leyendo", "^!seguir leyendo", "^!no te pierdas"]),
        (.newsletter, ["!suscríbete a", "!suscríbete al", "!nuestro boletín", "!nuestra newsletter"]),
        (.membership, ["!apoya el periodismo", "!apoya nuestro periodismo", "!hazte socio", "periodismo independiente"]),
        (.paywall, ["!exclusivo para suscriptores", "!solo para suscriptores", "!para seguir leyendo"]),
        (.banner, ["^!actualizado", "^!publicado el", "!tiempo de lectura", "!min de lectura", "!minutos de lectura"]),
        (.navigation, ["!todos los derechos reservados"]),
        (.social, ["^!compartir en", "^!síguenos", "!síguenos en"]),
        (.cookie, ["!utilizamos cookies", "!usamos cookies", "!política de cookies", "!aceptar todas"]),
        (.comments, ["!deja un comentario", "!deja tu comentario"]),
        (.credit, ["^!foto", "^!fotografía", "^!imagen"]),
    ])

    static let french = Language(code: "fr", exactLines: [
        (.advertisement, ["publicité", "sponsorisé", "contenu sponsorisé", "contenu partenaire",
                          "la suite après cette publicité", "la suite après la publicité", "suite après la publicité"]),
        (.social, ["partager", "partager sur facebook", "partager sur twitter", "partager sur whatsapp",
                   "partager l'article", "partager cet article", "imprimer", "copier le lien", "lien copié",
                   "suivez nous", "envoyer par e mail", "envoyer", "écouter", "écouter l'article", "sauvegarder",
                   "enregistrer"]),
        (.navigation, ["accueil", "rechercher", "recherche", "fermer", "se connecter", "connexion",
                       "se déconnecter", "mon compte", "retour en haut", "haut de page", "aller au contenu",
                       "suivant", "précédent", "voir plus", "afficher plus", "charger plus", "mentions légales",
                       "politique de confidentialité", "plan du site", "nous contacter", "mots clés"]),
        (.related, ["lire aussi", "à lire aussi", "à lire", "voir aussi", "à voir aussi",
                    "sur le même sujet", "articles liés", "articles similaires", "dans la même rubrique",
                    "les plus lus", "les plus lues", "recommandé", "recommandés", "à découvrir", "à ne pas manquer",
                    "plus d'actualités", "toute l'actualité"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lire la suite", "en savoir plus"]),
        (.feed, ["en direct", "dernière minute", "fil info", "en continu"]),
        (.newsletter, ["s'abonner", "abonnez vous", "s'inscrire", "inscrivez vous", "je m'abonne", "je m'inscris",
                       "abonnez vous à la newsletter", "inscrivez vous à la newsletter", "adresse e mail",
                       "votre adresse e mail", "votre e mail"]),
        (.membership, ["faire un don", "soutenez nous", "je fais un don", "nous soutenir"]),
        (.comments, ["commentaires", "commenter", "réagir", "réagissez", "laisser un commentaire",
                     "ajouter un commentaire", "répondre", "voir les commentaires"]),
        (.cookie, ["accepter", "tout accepter", "tout refuser", "j'accepte", "refuser", "paramétrer les cookies",
                   "continuer sans accepter"]),
        (.paywall, ["réservé aux abonnés", "article réservé aux abonnés", "abonné", "abonnés"]),
    ], phrases: [
        (.advertisement, ["!contenu sponsorisé", "!après cette publicité"]),
        (.related, ["^!lire aussi", "^!à lire aussi", "^!lire la suite", "^!voir aussi", "^!à voir aussi",
                    "^!sur le même sujet", "^!les plus lus", "^!à découvrir", "^!en savoir plus"]),
        (.newsletter, ["!notre newsletter", "!nos newsletters", "!inscrivez vous", "!abonnez vous",
                       "!adresse e mail", "!votre adresse"]),
        (.membership, ["!faire un don", "!soutenez nous", "journalisme indépendant", "!soutenez notre"]),
        (.paywall, ["!réservé aux abonnés", "!cet article est réservé", "!de cet article à lire", "!déjà abonné"]),
        (.banner, ["^!mis à jour", "^!publié le", "!temps de lecture", "!min de lecture", "!minutes de lecture"]),
        (.navigation, ["!tous droits réservés"]),
        (.social, ["^!partager sur", "!suivez nous"]),
        (.cookie, ["!nous utilisons des cookies", "!ce site utilise des cookies", "!tout accepter", "vos préférences"]),
        (.comments, ["!laisser un commentaire", "!ajouter un commentaire"]),
    ])

    static let german = Language(code: "de", exactLines: [
        (.advertisement, ["anzeige", "werbung", "gesponsert", "sponsored post", "werbeanzeige",
                          "weiter nach der anzeige", "artikel wird nach der anzeige fortgesetzt"]),
        (.social, ["teilen", "artikel teilen", "auf facebook teilen", "auf twitter teilen", "auf whatsapp teilen",
                   "per e mail teilen", "per mail", "drucken", "link kopieren", "link kopiert", "folgen sie uns",
                   "merken", "speichern", "vorlesen", "artikel anhören", "anhören"]),
        (.navigation, ["startseite", "suche", "suchen", "schließen", "anmelden", "einloggen", "abmelden",
                       "registrieren", "mein konto", "nach oben", "zum seitenanfang", "zum inhalt",
                       "zum inhalt springen", "weiter", "zurück", "mehr", "mehr anzeigen", "mehr laden",
                       "alle anzeigen", "impressum", "datenschutz", "datenschutzerklärung", "agb", "kontakt",
                       "themen", "schlagwörter"]),
        (.related, ["mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant",
                    "das könnte sie auch interessieren", "das könnte sie interessieren", "empfehlungen",
                    "meistgelesen", "meistgelesene artikel", "am meisten gelesen", "mehr artikel", "mehr nachrichten",
                    "ähnliche artikel", "verwandte artikel", "zum thema", "passend zum thema", "mehr aus"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["weiterlesen"]),
        (.feed, ["liveticker", "live ticker", "eilmeldung", "newsticker", "live blog"]),
        (.newsletter, ["abonnieren", "jetzt abonnieren", "newsletter abonnieren", "zum newsletter anmelden",
                       "e mail adresse", "ihre e mail adresse"]),
        (.membership, ["spenden", "jetzt spenden", "unterstützen", "jetzt unterstützen", "unterstützen sie uns"]),
        (.comments, ["kommentare", "kommentieren", "kommentar schreiben", "kommentar verfassen", "antworten",
                     "kommentare anzeigen", "diskutieren sie mit"]),
        (.cookie, ["akzeptieren", "alle akzeptieren", "alle ablehnen", "ablehnen", "zustimmen", "einverstanden",
                   "einstellungen", "cookie einstellungen"]),
        (.paywall, ["nur für abonnenten", "jetzt weiterlesen", "bereits abonnent", "abo"]),
    ], phrases: [
        (.advertisement, ["!weiter nach der anzeige", "!werbung weiterlesen"]),
        (.related, ["^!mehr zum thema", "^!lesen sie auch", "^!lesen sie mehr", "^!auch interessant",
                    "^!das könnte sie auch", "^!meistgelesen", "^!weiterlesen", "^!passend zum thema"]),
        (.newsletter, ["!unser newsletter", "!unseren newsletter", "!newsletter abonnieren", "!zum newsletter",
                       "!e mail adresse"]),
        (.membership, ["unabhängigen journalismus", "unterstützen sie", "!jetzt spenden"]),
        (.paywall, ["!nur für abonnenten", "!jetzt weiterlesen", "!bereits abonnent", "!abo abschließen",
                    "!digital abo"]),
        // "Eingestellt von Name um 20:17": an old blogging platform's German post stamp.
        (.banner, ["^!aktualisiert", "^!veröffentlicht am", "^!eingestellt von", "!lesezeit", "!min lesezeit", "!minuten lesezeit"]),
        (.navigation, ["!alle rechte vorbehalten"]),
        (.social, ["!folgen sie uns", "!auf facebook teilen", "!auf twitter teilen"]),
        (.cookie, ["!wir verwenden cookies", "!diese website verwendet cookies", "!verwendet cookies",
                   "!alle akzeptieren", "ihre einwilligung"]),
        (.comments, ["!kommentar schreiben", "!diskutieren sie mit"]),
    ])

    static let italian = Language(code: "it", exactLines: [
        (.advertisement, ["pubblicità", "sponsorizzato", "contenuto sponsorizzato", "annuncio",
                          "contenuto promozionale"]),
        (.social, ["condividi", "condividi su facebook", "condividi su twitter", "condividi su whatsapp",
                   "condividi l'articolo", "stampa", "copia link", "copia il link", "link copiato", "seguici",
                   "invia", "ascolta", "ascolta l'articolo"]),
        (.navigation, ["cerca", "chiudi", "accedi", "esci", "registrati", "il mio account", "torna su",
                       "torna all'inizio", "vai al contenuto", "successivo", "precedente", "mostra altro",
                       "carica altro", "altro", "leggi tutto", "privacy policy", "contatti", "argomenti"]),
        (.related, ["leggi anche", "potrebbe interessarti", "ti potrebbe interessare",
                    "articoli correlati", "notizie correlate", "correlati", "i più letti", "più letti",
                    "più lette", "consigliati", "da non perdere", "altre notizie", "approfondimenti"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["leggi di più"]),
        (.feed, ["in diretta", "diretta", "ultim'ora", "ultima ora"]),
        (.newsletter, ["iscriviti", "iscriviti alla newsletter", "abbonati", "abbonati ora", "indirizzo email",
                       "la tua email"]),
        (.membership, ["dona ora", "fai una donazione", "sostienici", "sostieni"]),
        (.comments, ["commenti", "commenta", "lascia un commento", "aggiungi un commento", "rispondi",
                     "mostra commenti"]),
        (.cookie, ["accetta", "accetta tutti", "accetto", "rifiuta", "rifiuta tutti", "gestisci preferenze"]),
        (.paywall, ["riservato agli abbonati", "contenuto riservato agli abbonati", "già abbonato"]),
    ], phrases: [
        (.advertisement, ["!contenuto sponsorizzato"]),
        (.related, ["^!leggi anche", "^!potrebbe interessarti", "^!ti potrebbe interessare", "^!articoli correlati",
                    "^!i più letti", "^!leggi di più", "^!da non perdere"]),
        (.newsletter, ["!la nostra newsletter", "!iscriviti alla", "!indirizzo email"]),
        (.membership, ["!sostieni il", "giornalismo indipendente", "!fai una donazione"]),
        (.paywall, ["!riservato agli abbonati", "!già abbonato", "!per continuare a leggere"]),
        (.banner, ["^!aggiornato", "^!pubblicato il", "!tempo di lettura", "!min di lettura", "!minuti di lettura"]),
        (.navigation, ["!tutti i diritti riservati", "!riproduzione riservata"]),
        (.social, ["^!condividi su", "!seguici su"]),
        (.cookie, ["!utilizziamo i cookie", "!questo sito utilizza cookie", "!utilizza i cookie", "!accetta tutti"]),
        (.comments, ["!lascia un commento", "!aggiungi un commento"]),
    ])

    static let portuguese = Language(code: "pt", exactLines: [
        (.advertisement, ["publicidade", "patrocinado", "conteúdo patrocinado", "anúncio",
                          "continua após a publicidade", "continua depois da publicidade", "publieditorial"]),
        (.social, ["compartilhar", "compartilhe", "partilhar", "partilhe", "compartilhar no facebook",
                   "compartilhar no twitter", "compartilhar no whatsapp", "partilhar no facebook", "imprimir",
                   "copiar link", "copiar o link", "link copiado", "siga nos", "salvar", "guardar", "ouvir",
                   "ouça", "ouvir matéria", "ouvir notícia"]),
        (.navigation, ["início", "página inicial", "pesquisar", "buscar", "fechar", "entrar", "sair",
                       "cadastre se", "registe se", "minha conta", "voltar ao topo", "ir para o conteúdo",
                       "próximo", "próxima", "anterior", "ver mais", "carregar mais", "mostrar mais", "mais",
                       "política de privacidade", "termos de uso", "fale conosco", "contacto", "contato", "tópicos"]),
        (.related, ["leia também", "veja também", "leia a seguir",
                    "notícias relacionadas", "matérias relacionadas", "relacionadas", "mais lidas", "mais lidos",
                    "mais vistos", "mais notícias", "recomendados", "você pode gostar", "pode te interessar",
                    "não perca"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["leia mais", "saiba mais", "continue lendo", "veja mais"]),
        (.feed, ["ao vivo", "em directo", "última hora", "urgente"]),
        (.newsletter, ["assine", "assinar", "assine já", "inscreva se", "assine a newsletter",
                       "receba a newsletter", "receba nossa newsletter", "seu e mail", "o seu email"]),
        (.membership, ["doar", "apoie", "apoie nos", "faça uma doação", "seja membro"]),
        (.comments, ["comentários", "comentar", "deixe um comentário", "deixe seu comentário", "responder",
                     "ver comentários"]),
        (.cookie, ["aceitar", "aceitar todos", "aceito", "concordo", "rejeitar", "rejeitar todos"]),
        (.paywall, ["exclusivo para assinantes", "conteúdo exclusivo para assinantes", "já é assinante",
                    "exclusivo assinantes"]),
    ], phrases: [
        (.advertisement, ["!conteúdo patrocinado", "!continua após a publicidade",
                          "!continua depois da publicidade"]),
        (.related, ["^!leia também", "^!leia mais", "^!saiba mais", "^!veja também", "^!veja mais",
                    "^!notícias relacionadas", "^!mais lidas", "^!você pode gostar", "^!não perca"]),
        (.newsletter, ["!nossa newsletter", "!nossas newsletters", "!receba a newsletter", "!inscreva se",
                       "!cadastre seu e mail"]),
        (.membership, ["!apoie o jornalismo", "jornalismo independente", "!faça uma doação", "!apoie nos"]),
        (.paywall, ["!exclusivo para assinantes", "!já é assinante", "!assine para", "!continuar lendo"]),
        (.banner, ["^!atualizado", "^!publicado em", "!tempo de leitura", "!min de leitura", "!minutos de leitura"]),
        (.navigation, ["!todos os direitos reservados"]),
        (.social, ["^!compartilhar no", "^!partilhar no", "!siga nos"]),
        (.cookie, ["!utilizamos cookies", "!usamos cookies", "!este site utiliza cookies", "!aceitar todos"]),
        (.comments, ["!deixe um comentário", "!deixe seu comentário"]),
    ])

    static let dutch = Language(code: "nl", exactLines: [
        (.advertisement, ["advertentie", "gesponsord", "gesponsorde inhoud", "partnerbijdrage", "reclame"]),
        (.social, ["delen", "deel", "deel dit artikel", "delen op facebook", "delen op twitter", "delen via whatsapp",
                   "afdrukken", "printen", "kopieer link", "link gekopieerd", "volg ons", "opslaan", "bewaren",
                   "luister", "beluister"]),
        (.navigation, ["zoeken", "zoek", "sluiten", "inloggen", "uitloggen", "registreren", "mijn account",
                       "terug naar boven", "naar boven", "naar de inhoud", "volgende", "vorige", "meer",
                       "toon meer", "laad meer", "bekijk meer", "meer laden", "privacybeleid", "onderwerpen"]),
        (.related, ["lees ook", "meer nieuws", "meer over", "gerelateerd",
                    "gerelateerde artikelen", "gerelateerd nieuws", "meest gelezen", "best gelezen", "aanbevolen",
                    "ook interessant", "dit vind je misschien ook leuk", "bekijk ook"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lees meer", "lees verder"]),
        (.feed, ["liveblog", "net binnen"]),
        (.newsletter, ["abonneren", "aanmelden", "schrijf je in", "meld je aan", "nieuwsbrief",
                       "aanmelden voor de nieuwsbrief", "je e mailadres", "e mailadres"]),
        (.membership, ["doneer", "doneren", "steun ons", "word lid", "word donateur"]),
        (.comments, ["reacties", "reageer", "reageren", "plaats een reactie", "laat een reactie achter",
                     "bekijk reacties"]),
        (.cookie, ["accepteren", "alles accepteren", "akkoord", "weigeren", "cookie instellingen"]),
        (.paywall, ["alleen voor abonnees", "al abonnee", "premium"]),
    ], phrases: [
        (.advertisement, ["!gesponsorde inhoud"]),
        (.related, ["^!lees ook", "^!lees meer", "^!meer nieuws", "^!meest gelezen", "^!bekijk ook",
                    "^!ook interessant"]),
        (.newsletter, ["!onze nieuwsbrief", "nieuwsbrief", "!meld je aan", "!schrijf je in"]),
        (.membership, ["!steun onafhankelijke", "onafhankelijke journalistiek", "!word lid"]),
        (.paywall, ["!alleen voor abonnees", "!al abonnee", "!word abonnee"]),
        (.banner, ["^!bijgewerkt", "^!gepubliceerd op", "!leestijd", "!min leestijd", "!minuten leestijd"]),
        (.navigation, ["!alle rechten voorbehouden"]),
        (.social, ["!volg ons", "^!delen op"]),
        (.cookie, ["!wij gebruiken cookies", "!we gebruiken cookies", "!deze website gebruikt cookies",
                   "!alles accepteren"]),
        (.comments, ["!plaats een reactie", "!laat een reactie achter"]),
    ])

    static let russian = Language(code: "ru", exactLines: [
        (.advertisement, ["реклама", "на правах рекламы", "спонсорский материал", "партнерский материал",
                          "партнёрский материал", "промо"]),
        (.social, ["поделиться", "поделиться в facebook", "поделиться в telegram", "поделиться в вконтакте",
                   "вконтакте", "одноклассники", "печать", "распечатать", "версия для печати",
                   "скопировать ссылку", "ссылка скопирована", "подписывайтесь", "сохранить", "в избранное",
                   "слушать", "отправить другу"]),
        (.navigation, ["главная", "поиск", "меню", "закрыть", "войти", "вход", "выйти", "регистрация",
                       "личный кабинет", "наверх", "далее", "назад", "вперед", "вперёд", "показать ещё",
                       "показать еще", "загрузить ещё", "загрузить еще", "ещё", "еще", "все новости", "теги",
                       "темы", "контакты", "о проекте", "политика конфиденциальности", "следующая статья",
                       "предыдущая статья"]),
        (.related, ["читайте также", "читайте нас", "читать также", "по теме",
                    "ещё по теме", "еще по теме", "новости по теме", "материалы по теме", "другие новости",
                    "похожие новости", "похожие статьи", "самое читаемое", "самое популярное", "популярное",
                    "рекомендуем", "главное", "смотрите также"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["читать далее", "подробнее", "читать полностью"]),
        (.feed, ["лента новостей", "прямой эфир", "онлайн", "срочно", "новости"]),
        (.newsletter, ["подписаться", "подпишитесь", "рассылка", "подписаться на рассылку", "ваш email",
                       "электронная почта"]),
        (.membership, ["поддержать", "поддержите нас", "пожертвовать", "помочь проекту"]),
        (.comments, ["комментарии", "комментировать", "оставить комментарий", "написать комментарий",
                     "ответить", "показать комментарии", "обсудить в форуме"]),
        (.cookie, ["принять", "принять все", "согласен", "согласна", "отклонить"]),
        (.paywall, ["только для подписчиков", "уже подписаны"]),
    ], phrases: [
        (.advertisement, ["!на правах рекламы", "!спонсорский материал", "!партнерский материал",
                          "!партнёрский материал"]),
        (.related, ["^!читайте также", "^!читать также", "^!ещё по теме", "^!еще по теме", "^!новости по теме",
                    "^!материалы по теме", "^!смотрите также", "^!по теме", "^!читать далее", "^!самое читаемое",
                    // The table-laid pages of the early 2000s: "Другие новости раздела:" over the section's links.
                    "^!другие новости раздела"]),
        // A late-1990s page's bracketed link row under the story: "[Назад] [Наверх] [Гостевая книга]".
        (.navigation, ["^!назад наверх"]),
        (.newsletter, ["!подпишитесь на", "!нашу рассылку", "!на рассылку", "!наш телеграм канал"]),
        (.membership, ["!поддержите нас", "!поддержать редакцию", "независимую журналистику",
                       "независимой журналистики"]),
        (.paywall, ["!только для подписчиков", "!оформите подписку"]),
        (.banner, ["^!обновлено", "!время чтения", "!мин чтения", "!минут чтения",
                   "!минуты чтения"]),
        (.navigation, ["!все права защищены", "!при использовании материалов", "!при цитировании",
                       "!гиперссылка на", "!ссылка на источник обязательна", "!перепечатка материалов"]),
        (.social, ["!подписывайтесь на", "!наш канал в", "!поделиться в", "!отправить другу"]),
        (.comments, ["!обсудить в форуме"]),
        (.cookie, ["!мы используем cookie", "!мы используем файлы cookie", "!файлы cookie", "!использует cookie",
                   "!использует файлы cookie"]),
        (.comments, ["!оставить комментарий", "!написать комментарий"]),
        (.credit, ["^!фото", "^!фотография"]),
    ])

    static let polish = Language(code: "pl", exactLines: [
        (.advertisement, ["reklama", "artykuł sponsorowany", "materiał sponsorowany", "materiał partnera",
                          "materiał promocyjny", "sponsorowane"]),
        (.social, ["udostępnij", "podziel się", "udostępnij na facebooku", "drukuj", "kopiuj link", "skopiuj link",
                   "link skopiowany", "obserwuj", "obserwuj nas", "zapisz", "posłuchaj", "słuchaj"]),
        (.navigation, ["strona główna", "szukaj", "wyszukaj", "zamknij", "zaloguj", "zaloguj się", "wyloguj",
                       "zarejestruj się", "moje konto", "do góry", "przejdź do treści", "następny", "następna",
                       "poprzedni", "poprzednia", "pokaż więcej", "załaduj więcej", "więcej", "wszystkie",
                       "tagi", "tematy", "kontakt", "polityka prywatności", "regulamin"]),
        (.related, ["czytaj także", "czytaj też", "zobacz też", "zobacz także",
                    "zobacz również", "przeczytaj także", "przeczytaj też", "polecamy", "powiązane artykuły",
                    "podobne artykuły", "najczęściej czytane", "najpopularniejsze", "więcej informacji",
                    "warto przeczytać"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["czytaj więcej", "czytaj dalej"]),
        (.feed, ["na żywo", "relacja na żywo", "pilne", "najnowsze"]),
        (.newsletter, ["subskrybuj", "zapisz się", "zapisz się do newslettera", "newsletter", "twój e mail",
                       "adres e mail"]),
        (.membership, ["wesprzyj", "wesprzyj nas", "wpłać", "przekaż darowiznę"]),
        (.comments, ["komentarze", "skomentuj", "dodaj komentarz", "napisz komentarz", "odpowiedz",
                     "pokaż komentarze"]),
        (.cookie, ["akceptuję", "akceptuj", "zaakceptuj", "zaakceptuj wszystkie", "zgadzam się", "odrzuć"]),
        (.paywall, ["tylko dla prenumeratorów", "tylko dla subskrybentów", "treść premium"]),
    ], phrases: [
        (.advertisement, ["!artykuł sponsorowany", "!materiał sponsorowany", "!materiał partnera"]),
        (.related, ["^!czytaj także", "^!czytaj też", "^!czytaj więcej", "^!zobacz też", "^!zobacz także",
                    "^!zobacz również", "^!przeczytaj także", "^!przeczytaj też", "^!polecamy"]),
        (.newsletter, ["!zapisz się do", "!naszego newslettera", "!do newslettera"]),
        (.membership, ["!wesprzyj nas", "!niezależne dziennikarstwo", "!niezależnego dziennikarstwa"]),
        (.paywall, ["!tylko dla prenumeratorów", "!tylko dla subskrybentów", "!wykup subskrypcję",
                    "!wykup dostęp"]),
        (.banner, ["^!aktualizacja", "^!zaktualizowano", "!czas czytania", "!min czytania",
                   "!minut czytania"]),
        (.navigation, ["!wszelkie prawa zastrzeżone"]),
        (.social, ["!obserwuj nas", "!udostępnij na"]),
        (.cookie, ["!używamy plików cookie", "!pliki cookie", "!plików cookie"]),
        (.comments, ["!dodaj komentarz", "!napisz komentarz"]),
        (.credit, ["^!zdjęcie", "^!fot"]),
    ])

    static let turkish = Language(code: "tr", exactLines: [
        (.advertisement, ["reklam", "sponsorlu", "sponsorlu içerik", "reklamın devamı"]),
        (.social, ["paylaş", "paylaşın", "facebook'ta paylaş", "twitter'da paylaş", "whatsapp'ta paylaş", "yazdır",
                   "bağlantıyı kopyala", "linki kopyala", "bağlantı kopyalandı", "takip et", "bizi takip edin",
                   "kaydet", "dinle", "haberi dinle"]),
        (.navigation, ["ana sayfa", "anasayfa", "arama", "kapat", "giriş", "giriş yap", "çıkış",
                       "kayıt ol", "üye ol", "hesabım", "yukarı çık", "başa dön", "sonraki", "önceki",
                       "sonraki haber", "önceki haber", "daha fazla", "daha fazla göster", "devamı", "tümü",
                       "tümünü gör", "etiketler", "iletişim", "künye", "gizlilik politikası"]),
        (.related, ["ilgili haberler", "benzer haberler", "ilginizi çekebilir", "bunlar da ilginizi çekebilir",
                    "en çok okunanlar", "çok okunanlar", "öne çıkanlar",
                    "diğer haberler", "tüm haberler", "gündem", "ayrıca okuyun"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["devamını oku", "haberin devamı"]),
        (.feed, ["son dakika", "canlı", "canlı yayın", "flaş"]),
        (.newsletter, ["abone ol", "bültene abone ol", "e bülten", "e posta", "e posta adresiniz", "bülten"]),
        (.membership, ["bağış yap", "destek ol", "bize destek olun"]),
        (.comments, ["yorumlar", "yorum yap", "yorum yaz", "yorumlar için tıklayın", "yanıtla", "cevapla",
                     "yorumları göster"]),
        (.cookie, ["kabul et", "kabul ediyorum", "tümünü kabul et", "reddet", "tamam"]),
        (.paywall, ["abonelere özel"]),
    ], phrases: [
        (.advertisement, ["!reklamın devamı", "!sponsorlu içerik"]),
        (.related, ["^!ilgili haberler", "^!benzer haberler", "^!bunlar da ilginizi", "^!ilginizi çekebilir",
                    "^!devamını oku", "^!en çok okunanlar", "^!ayrıca okuyun"]),
        (.newsletter, ["!abone olun", "!bültenimize", "!e bültenimize"]),
        (.paywall, ["!abonelere özel"]),
        (.banner, ["^!güncelleme", "^!güncellendi", "^!yayınlanma", "^!giriş tarihi", "!okuma süresi",
                   "!dk okuma", "!dakika okuma"]),
        (.navigation, ["!tüm hakları saklıdır", "!izinsiz kullanılamaz", "!kaynak gösterilmeden"]),
        (.social, ["!bizi takip edin", "!takip edin"]),
        (.cookie, ["çerezler", "!çerez politikası", "çerezleri", "!çerez kullanıyoruz"]),
        (.comments, ["!yorum yapmak için", "!yorum yap"]),
        (.credit, ["^!fotoğraf"]),
    ])

    static let chinese = Language(code: "zh", exactLines: [
        (.advertisement, ["广告", "廣告", "推广", "推廣", "赞助", "贊助", "赞助内容", "贊助內容"]),
        (.social, ["分享", "分享到", "分享至", "分享本文", "转发", "轉發", "打印", "列印", "收藏", "复制链接",
                   "複製連結", "关注我们", "關注我們", "扫一扫", "掃一掃", "微信", "微博", "朋友圈", "点赞",
                   "按讚", "字号", "字體", "大", "中", "小"]),
        (.navigation, ["首页", "首頁", "搜索", "搜尋", "菜单", "選單", "关闭", "關閉", "登录", "登入", "注册",
                       "註冊", "退出", "返回顶部", "回到顶部", "回到頂部", "返回頂部", "上一篇", "下一篇",
                       "上一页", "下一页", "上一頁", "下一頁", "更多", "查看更多", "加载更多", "載入更多", "返回",
                       "返回首页", "网站地图", "網站地圖", "联系我们", "聯絡我們", "关于我们", "關於我們",
                       "隐私政策", "隱私權政策", "免责声明", "免責聲明", "标签", "標籤", "全文"]),
        (.related, ["相关阅读", "相關閱讀", "相关新闻", "相關新聞", "相关文章", "相關文章", "相关报道", "相關報導",
                    "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "热门文章", "熱門文章", "热门新闻", "熱門新聞",
                    "热门推荐", "熱門推薦", "猜你喜欢", "猜你喜歡", "更多新闻", "更多新聞", "推荐", "推薦", "热读", "排行榜", "精彩推荐",
                    "最新文章", "最新新闻", "编辑推荐", "編輯推薦", "你可能也喜欢", "你可能會喜歡"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["阅读全文", "閱讀全文", "阅读更多", "閱讀更多", "看更多"]),
        (.feed, ["快讯", "快訊", "直播", "即时新闻", "即時新聞", "滚动新闻", "滾動新聞", "最新"]),
        (.newsletter, ["订阅", "訂閱", "立即订阅", "立即訂閱", "电子报", "電子報", "订阅电子报", "訂閱電子報"]),
        (.membership, ["捐款", "赞赏", "贊賞", "打赏", "打賞", "支持我们", "支持我們"]),
        (.comments, ["评论", "評論", "留言", "发表评论", "發表評論", "我要评论", "我要留言", "网友评论",
                     "網友評論", "回复", "回覆", "查看评论"]),
        (.cookie, ["同意", "接受", "我同意", "我知道了", "全部接受"]),
        (.paywall, ["会员专享", "會員專屬", "付费阅读", "付費閱讀"]),
    ], phrases: [
        (.related, ["^!相关阅读", "^!相關閱讀", "^!相关新闻", "^!相關新聞", "^!延伸阅读", "^!延伸閱讀", "^!推荐阅读",
                    "^!推薦閱讀", "^!相关文章", "^!相關文章", "^!相关报道", "^!相關報導"]),
        (.banner, ["^!责任编辑", "^!責任編輯", "^!原标题", "^!原標題", "^!本文来源", "^!文章来源", "^!发布时间",
                   "^!發布時間", "^!更新时间", "^!更新時間", "^!阅读次数", "^!字号"]),
        (.navigation, ["!版权所有", "!版權所有", "!版权声明", "!版權聲明", "!免责声明", "!免責聲明",
                       "!未经授权", "!未經授權", "!不得转载", "!禁止转载", "!转载请注明", "!轉載請註明"]),
        (.social, ["^!分享到", "^!分享至", "^!扫一扫", "^!掃一掃", "^!关注我们"]),
        (.comments, ["^!发表评论", "^!網友評論", "^!网友评论"]),
        (.membership, ["!欢迎赞赏", "!歡迎贊賞", "!欢迎打赏", "!歡迎打賞"]),
        (.credit, ["^!图片来源", "^!圖片來源", "^!图片", "^!圖片", "^!图", "^!圖", "^!摄影", "^!攝影"]),
    ])

    static let japanese = Language(code: "ja", exactLines: [
        (.advertisement, ["広告", "スポンサーリンク", "スポンサー", "提供", "pr"]),
        (.social, ["シェア", "シェアする", "この記事をシェア", "この記事をシェアする", "ツイート", "ポスト",
                   "いいね", "印刷", "リンクをコピー", "フォロー", "フォローする", "ブックマーク", "保存",
                   "はてなブックマーク", "はてブ", "lineで送る", "送る", "この記事を印刷する"]),
        (.navigation, ["ホーム", "トップ", "トップページ", "検索", "メニュー", "閉じる", "ログイン", "ログアウト",
                       "新規登録", "会員登録", "ページトップへ", "ページの先頭へ", "トップへ戻る", "先頭へ",
                       "次へ", "前へ", "次のページ", "前のページ", "次の記事", "前の記事", "もっと見る",
                       "一覧へ", "一覧", "すべて見る", "もっと読む", "プライバシーポリシー", "利用規約",
                       "お問い合わせ", "サイトマップ", "タグ", "関連キーワード", "キーワード"]),
        (.related, ["関連記事", "関連ニュース", "関連リンク", "おすすめ記事", "おすすめ", "オススメ",
                    "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "人気記事", "人気ランキング",
                    "ランキング", "アクセスランキング", "最新記事", "新着記事", "注目記事", "こちらも読まれています"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["続きを読む", "記事を読む", "全文を読む"]),
        (.feed, ["速報", "ライブ", "ニュース速報", "新着"]),
        (.newsletter, ["購読", "購読する", "メルマガ", "メルマガ登録", "ニュースレター", "登録する", "登録"]),
        (.membership, ["寄付", "寄付する", "支援する", "サポートする"]),
        (.comments, ["コメント", "コメントする", "コメントを書く", "コメント一覧", "返信"]),
        (.cookie, ["同意する", "同意", "すべて許可", "すべて同意", "拒否する"]),
        (.paywall, ["有料会員限定", "会員限定", "有料記事", "この記事は有料会員限定です", "有料会員に登録する",
                     "有料会員登録", "有料会員になる"]),
    ], phrases: [
        (.related, ["^!関連記事", "^!関連ニュース", "^!あわせて読みたい", "^!合わせて読みたい", "^!おすすめ記事",
                    "^!こちらもおすすめ"]),
        (.banner, ["^!更新日", "^!公開日", "^!配信", "^!更新"]),
        (.navigation, ["!無断転載を禁じます", "!無断転載禁止", "!無断転載"]),
        (.social, ["^!この記事をシェア", "^!この記事を印刷する"]),
        (.related, ["^!アクセスランキング"]),
        (.paywall, ["!有料会員限定", "!有料会員になると", "!会員限定"]),
        (.credit, ["^!写真", "^!画像", "^!撮影", "^!提供"]),
        (.navigation, ["^!関連キーワード"]),
    ])

    static let korean = Language(code: "ko", exactLines: [
        (.advertisement, ["광고", "스폰서", "협찬"]),
        (.social, ["공유", "공유하기", "기사 공유", "페이스북", "트위터", "카카오톡", "카카오스토리", "인쇄",
                   "프린트", "링크 복사", "url 복사", "주소 복사", "스크랩", "구독하기", "팔로우", "저장",
                   "기사 듣기", "글자크기", "글씨크기"]),
        (.navigation, ["홈", "검색", "메뉴", "닫기", "로그인", "로그아웃", "회원가입", "맨 위로", "위로",
                       "맨위로", "다음", "이전", "이전 기사", "다음 기사", "더보기", "더 보기", "목록", "전체보기",
                       "개인정보처리방침", "개인정보 처리방침", "이용약관", "청소년보호정책", "태그",
                       // A blog's sidebar and admin links (Tattertools, Egloos, Naver blogs of the 2000s).
                       "방명록", "위치로그", "관리자", "글 보관함", "분류 전체보기", "달력", "링크"]),
        (.related, ["관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "많이 본 기사",
                    "인기 기사", "인기기사", "추천 기사", "추천기사", "최신 기사", "최신기사", "이 시각 주요뉴스",
                    "함께 보면 좋은 기사", "주요뉴스", "핫이슈", "최근에 올라온 글", "최근에 달린 덧글", "최근 글", "최근 덧글"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["기사 더보기"]),
        (.feed, ["속보", "실시간", "라이브", "단독"]),
        (.newsletter, ["구독", "뉴스레터", "뉴스레터 구독", "구독 신청"]),
        (.membership, ["후원", "후원하기", "후원회원"]),
        (.comments, ["댓글", "댓글쓰기", "댓글 쓰기", "댓글 보기", "댓글보기", "답글", "덧글", "덧글 달기", "답글 삭제"]),
        (.cookie, ["동의", "동의합니다", "확인", "모두 허용"]),
        (.paywall, ["유료 기사", "프리미엄"]),
    ], phrases: [
        (.related, ["^!관련기사", "^!관련 기사", "^!관련뉴스", "^!관련 뉴스", "^!많이 본", "^!함께 보면 좋은"]),
        (.navigation, ["!무단 전재", "!무단전재", "!재배포 금지", "!재배포금지", "!저작권자"]),
        (.membership, ["!후원하기", "!후원회원"]),
        (.social, ["!카카오톡 공유"]),
        // A blog post's tag row ("태그 : a, b") and trackback row and address ("트랙백 (1) | 덧글 (3)", "엮인글 주소").
        (.navigation, ["^!태그"]),
        (.comments, ["^!트랙백", "^!엮인글"]),
    ])

    static let arabic = Language(code: "ar", exactLines: [
        (.advertisement, ["إعلان", "اعلان", "إعلانات", "محتوى مدعوم", "محتوى ممول", "برعاية"]),
        (.social, ["شارك", "مشاركة", "شارك الخبر", "شارك المقال", "مشاركة عبر فيسبوك", "فيسبوك", "تويتر",
                   "واتساب", "تلغرام", "طباعة", "اطبع", "نسخ الرابط", "تم نسخ الرابط", "تابعنا", "تابعونا",
                   "حفظ", "استمع", "أرسل لصديق", "تكبير الخط", "تصغير الخط"]),
        (.navigation, ["الرئيسية", "الصفحة الرئيسية", "بحث", "ابحث", "القائمة", "إغلاق", "اغلاق", "تسجيل الدخول",
                       "دخول", "تسجيل", "إنشاء حساب", "حسابي", "التالي", "السابق", "المزيد", "عرض المزيد",
                       "تحميل المزيد", "للأعلى", "العودة للأعلى", "اتصل بنا", "من نحن", "سياسة الخصوصية",
                       "شروط الاستخدام", "الوسوم", "كلمات مفتاحية", "كلمات دالة", "استطلاع الرأي"]),
        (.related, ["اقرأ أيضا", "اقرأ أيضًا", "إقرأ أيضا", "أخبار ذات صلة", "مواضيع ذات صلة",
                    "مقالات ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "قد يهمك أيضا",
                    "قد يعجبك أيضا", "قد يهمك", "اخترنا لك", "المزيد من الأخبار", "شاهد أيضا"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["اقرأ المزيد"]),
        (.feed, ["عاجل", "مباشر", "بث مباشر", "آخر الأخبار", "أخبار عاجلة"]),
        (.newsletter, ["اشترك", "اشترك الآن", "اشترك في النشرة البريدية", "النشرة البريدية", "النشرة الإخبارية",
                       "البريد الإلكتروني", "بريدك الإلكتروني"]),
        (.membership, ["تبرع", "تبرع الآن", "ادعمنا"]),
        (.comments, ["التعليقات", "تعليقات", "أضف تعليق", "أضف تعليقا", "أضف تعليقك", "اترك تعليقا", "رد", "عرض التعليقات"]),
        (.cookie, ["موافق", "قبول", "قبول الكل", "أوافق", "رفض"]),
        (.paywall, ["للمشتركين فقط", "محتوى حصري للمشتركين"]),
    ], phrases: [
        (.advertisement, ["!محتوى مدعوم", "!محتوى ممول"]),
        (.related, ["^!اقرأ أيضا", "^!إقرأ أيضا", "^!اقرأ المزيد", "^!أخبار ذات صلة", "^!مواضيع ذات صلة",
                    "^!مقالات ذات صلة", "^!الأكثر قراءة", "^!قد يهمك", "^!قد يعجبك", "^!شاهد أيضا", "^!اقرأ ايضا"]),
        (.newsletter, ["!النشرة البريدية", "!النشرة الإخبارية"]),
        (.paywall, ["!للمشتركين فقط"]),
        (.banner, ["^!تاريخ النشر", "^!آخر تحديث", "^!تم التحديث", "!دقائق قراءة", "!وقت القراءة"]),
        (.navigation, ["!جميع الحقوق محفوظة", "!كل الحقوق محفوظة"]),
        (.social, ["!تابعونا على", "!تابعنا على"]),
        (.cookie, ["!ملفات تعريف الارتباط", "!نستخدم ملفات", "!الكوكيز"]),
        (.comments, ["!أضف تعليق", "!اترك تعليقا", "!تعبر عن رأي أصحابها"]),
        // A news ticker of the 2000s ("عاجل: <headline> *** <headline>"), a line of others' headlines.
        (.feed, ["^!عاجل"]),
    ])

    static let hebrew = Language(code: "he", exactLines: [
        (.advertisement, ["פרסומת", "תוכן ממומן", "בשיתוף", "מודעה", "פרסום"]),
        (.social, ["שתף", "שתפו", "שיתוף", "שתף בפייסבוק", "שתפו בפייסבוק", "שתף בוואטסאפ", "שתפו בוואטסאפ",
                   "פייסבוק", "טוויטר", "וואטסאפ", "הדפס", "הדפסה", "העתק קישור", "העתקת קישור", "הקישור הועתק",
                   "עקבו אחרינו", "שמור", "שמירה", "האזנה"]),
        (.navigation, ["דף הבית", "ראשי", "חיפוש", "תפריט", "סגור", "סגירה", "התחברות", "התנתקות", "הרשמה",
                       "החשבון שלי", "חזרה למעלה", "לראש העמוד", "הבא", "הקודם", "עוד", "טען עוד", "הצג עוד",
                       "לכל הכתבות", "צור קשר", "מדיניות פרטיות", "תנאי שימוש", "תגיות", "חדשות"]),
        (.related, ["קראו גם", "קרא גם", "עוד באתר", "עוד בנושא", "כתבות נוספות",
                    "כתבות קשורות", "כתבות אחרונות", "הכי נקראים", "הנקראים ביותר", "מומלצים", "אולי יעניין אותך", "עוד כתבות"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["קרא עוד", "קראו עוד", "לכתבה המלאה"]),
        (.feed, ["מבזקים", "מבזק", "שידור חי", "עדכונים שוטפים"]),
        (.newsletter, ["הירשמו", "הרשמו", "הירשמו לניוזלטר", "הרשמה לניוזלטר", "ניוזלטר", "כתובת מייל",
                       "דואר אלקטרוני"]),
        (.membership, ["לתרומה", "תרמו", "תרומה", "תמכו בנו"]),
        (.comments, ["תגובות", "תגובה", "הוסף תגובה", "הוסיפו תגובה", "כתבו תגובה", "לתגובות", "השב",
                     "הצג תגובות", "טוקבקים", "טוקבק", "להוספת תגובה", "הגב"]),
        (.cookie, ["אישור", "אני מסכים", "אני מסכימה", "מאשר", "קבל הכל"]),
        (.paywall, ["למנויים בלבד", "תוכן למנויים"]),
    ], phrases: [
        (.advertisement, ["!תוכן ממומן"]),
        (.related, ["^!קרא עוד", "^!קראו עוד", "^!קראו גם", "^!קרא גם", "^!עוד בנושא", "^!כתבות נוספות",
                    "^!כתבות קשורות"]),
        (.newsletter, ["!הירשמו לניוזלטר", "!לניוזלטר"]),
        (.paywall, ["!למנויים בלבד"]),
        (.banner, ["^!עודכן"]),
        (.navigation, ["!כל הזכויות שמורות"]),
        (.social, ["!עקבו אחרינו"]),
        (.cookie, ["עוגיות", "!קבצי cookie"]),
        (.comments, ["!הוסיפו תגובה", "!כתבו תגובה"]),
        (.credit, ["^!צילום"]),
    ])

    // Ukrainian: its own letters (і ї є ґ) make most labels differ from the Russian ones.
    static let ukrainian = Language(code: "uk", exactLines: [
        (.advertisement, ["реклама", "на правах реклами", "партнерський матеріал", "спецпроєкт", "промо"]),
        (.social, ["поділитися", "поширити", "друк", "надрукувати", "версія для друку", "копіювати посилання",
                   "скопіювати посилання", "посилання скопійовано", "підписуйтесь", "підписуйтеся", "зберегти",
                   "в обране"]),
        (.navigation, ["головна", "пошук", "меню", "закрити", "увійти", "вхід", "вийти", "реєстрація",
                       "особистий кабінет", "нагору", "вгору", "далі", "назад", "наступна", "попередня", "більше",
                       "показати більше", "завантажити більше", "ще", "усі новини", "всі новини", "теги", "теми",
                       "контакти", "про нас", "політика конфіденційності", "наступна стаття", "попередня стаття"]),
        (.related, ["читайте також", "дивіться також", "за темою", "по темі", "новини за темою", "матеріали за темою",
                    "схожі новини", "інші новини", "більше новин", "популярне", "найпопулярніше", "найчитаніше",
                    "рекомендуємо", "вибір редакції", "останні новини"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["читати далі", "читати більше", "детальніше", "читати повністю"]),
        (.feed, ["стрічка новин", "наживо", "пряма трансляція", "онлайн", "терміново", "новини"]),
        (.newsletter, ["підписатися", "підпишіться", "розсилка", "підписатися на розсилку", "ваш email",
                       "електронна пошта"]),
        (.membership, ["підтримати", "підтримайте нас", "підтримати проєкт", "задонатити"]),
        (.comments, ["коментарі", "коментувати", "залишити коментар", "додати коментар", "написати коментар",
                     "відповісти", "показати коментарі"]),
        (.cookie, ["прийняти", "прийняти все", "погоджуюсь", "погоджуюся", "відхилити"]),
        (.paywall, ["лише для передплатників", "тільки для передплатників"]),
    ], phrases: [
        (.advertisement, ["!на правах реклами", "!партнерський матеріал"]),
        (.related, ["^!читайте також", "^!дивіться також", "^!новини за темою", "^!матеріали за темою", "^!за темою",
                    "^!читати далі", "^!найчитаніше"]),
        (.newsletter, ["!підпишіться на", "!нашу розсилку", "!на розсилку", "!наш телеграм канал"]),
        (.membership, ["!підтримайте нас", "!підтримати редакцію", "незалежну журналістику",
                       "незалежної журналістики"]),
        (.paywall, ["!лише для передплатників", "!тільки для передплатників", "!оформіть передплату"]),
        (.banner, ["^!оновлено", "!час читання", "!хв читання", "!хвилин читання", "!хвилини читання"]),
        (.navigation, ["!усі права захищені", "!всі права захищені", "!при використанні матеріалів",
                       "!при цитуванні", "!гіперпосилання на", "!посилання на джерело обов'язкове"]),
        (.social, ["!підписуйтесь на", "!підписуйтеся на", "!наш канал у", "!наш канал в"]),
        (.cookie, ["!ми використовуємо cookie", "!файли cookie", "!файлів cookie", "!використовує cookie"]),
        (.comments, ["!залишити коментар", "!написати коментар", "!додати коментар"]),
    ])

    // Greek: the tokenizer drops tonos and case, so "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" matches "Διαβάστε επίσης".
    static let greek = Language(code: "el", exactLines: [
        (.advertisement, ["διαφήμιση", "διαφημίσεις", "χορηγούμενο", "χορηγούμενο περιεχόμενο"]),
        (.social, ["κοινοποίηση", "κοινοποιήστε", "μοιραστείτε", "εκτύπωση", "αντιγραφή συνδέσμου",
                   "ακολουθήστε μας", "αποθήκευση"]),
        (.navigation, ["αρχική", "αρχική σελίδα", "αναζήτηση", "μενού", "κλείσιμο", "σύνδεση", "αποσύνδεση",
                       "εγγραφή", "επόμενο", "προηγούμενο", "επόμενο άρθρο", "προηγούμενο άρθρο", "περισσότερα",
                       "δείτε περισσότερα", "περισσότερες ειδήσεις", "ετικέτες", "επικοινωνία", "όροι χρήσης",
                       "πολιτική απορρήτου", "όλες οι ειδήσεις"]),
        (.related, ["διαβάστε επίσης", "δείτε επίσης", "διαβάστε ακόμη", "διαβάστε ακόμα", "σχετικά άρθρα",
                    "σχετικές ειδήσεις", "δημοφιλή", "τα πιο δημοφιλή", "πιο δημοφιλή", "δημοφιλέστερα",
                    "πολυδιαβασμένα", "τα πιο πολυδιαβασμένα", "προτεινόμενα", "τελευταία νέα",
                    "τελευταίες ειδήσεις"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["διαβάστε περισσότερα", "διαβάστε το άρθρο"]),
        (.feed, ["ροή ειδήσεων", "έκτακτο", "live", "ζωντανά"]),
        (.newsletter, ["εγγραφείτε", "εγγραφή στο newsletter", "ενημερωτικό δελτίο", "το email σας"]),
        (.membership, ["δωρεά", "κάντε δωρεά", "στηρίξτε μας"]),
        (.comments, ["σχόλια", "σχολιάστε", "γράψτε σχόλιο", "γράψτε το σχόλιό σας", "προσθήκη σχολίου",
                     "απάντηση", "προβολή σχολίων"]),
        (.cookie, ["αποδοχή", "αποδέχομαι", "αποδοχή όλων", "απόρριψη", "συμφωνώ"]),
        (.paywall, ["μόνο για συνδρομητές"]),
    ], phrases: [
        (.advertisement, ["!χορηγούμενο περιεχόμενο"]),
        (.related, ["^!διαβάστε επίσης", "^!δείτε επίσης", "^!διαβάστε ακόμη", "^!διαβάστε ακόμα", "^!σχετικά άρθρα",
                    "^!σχετικές ειδήσεις", "^!διαβάστε περισσότερα"]),
        (.newsletter, ["!εγγραφείτε στο", "!ενημερωτικό δελτίο"]),
        (.paywall, ["!μόνο για συνδρομητές"]),
        (.banner, ["^!τελευταία ενημέρωση", "!χρόνος ανάγνωσης",
                   "!λεπτά ανάγνωσης"]),
        (.navigation, ["!με επιφύλαξη παντός δικαιώματος", "!όλα τα δικαιώματα διατηρούνται"]),
        (.social, ["!ακολουθήστε μας"]),
        (.cookie, ["!χρησιμοποιούμε cookies", "!χρησιμοποιεί cookies"]),
        (.comments, ["!γράψτε σχόλιο", "!γράψτε το σχόλιό σας", "!προσθήκη σχολίου"]),
        (.credit, ["^!φωτογραφία"]),
    ])

    // Hindi: the tokenizer reads nukta letters as their base letters, so "ख़बरें" matches "खबरें".
    static let hindi = Language(code: "hi", exactLines: [
        (.advertisement, ["विज्ञापन", "प्रायोजित"]),
        (.social, ["शेयर", "शेयर करें", "साझा करें", "प्रिंट", "लिंक कॉपी करें", "फॉलो करें", "हमें फॉलो करें",
                   "सेव करें"]),
        (.navigation, ["होम", "मुख्य पृष्ठ", "खोजें", "सर्च", "मेन्यू", "बंद करें", "लॉग इन", "लॉगिन", "साइन इन",
                       "अगला", "पिछला", "अगली खबर", "पिछली खबर", "और देखें", "टैग", "संपर्क करें", "हमसे संपर्क करें",
                       "हमारे बारे में", "गोपनीयता नीति"]),
        (.related, ["ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "ये भी देखें", "संबंधित खबरें", "संबंधित लेख",
                    "और खबरें", "अन्य खबरें", "टॉप न्यूज़", "सबसे ज्यादा पढ़ी गई", "लोकप्रिय", "ट्रेंडिंग",
                    "ताजा खबरें", "लेटेस्ट न्यूज़"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["और पढ़ें", "पूरी खबर पढ़ें", "आगे पढ़ें"]),
        (.feed, ["लाइव", "ब्रेकिंग", "ब्रेकिंग न्यूज़", "लाइव अपडेट"]),
        (.newsletter, ["सब्सक्राइब", "सब्सक्राइब करें", "न्यूज़लेटर", "ईमेल"]),
        (.membership, ["सहयोग करें", "दान करें"]),
        (.comments, ["कमेंट", "कमेंट्स", "टिप्पणियां", "टिप्पणियाँ", "टिप्पणी करें", "टिप्पणी लिखें", "कमेंट करें",
                     "जवाब दें"]),
        (.cookie, ["स्वीकार करें", "मैं सहमत हूं", "मैं सहमत हूँ", "सहमत"]),
        (.paywall, ["प्रीमियम"]),
    ], phrases: [
        (.related, ["^!ये भी पढ़ें", "^!यह भी पढ़ें", "^!इसे भी पढ़ें", "^!ये भी देखें", "^!संबंधित खबरें",
                    "^!और पढ़ें", "^!पूरी खबर पढ़ें"]),
        (.banner, ["^!अपडेटेड", "^!पब्लिश्ड"]),
        (.navigation, ["!सर्वाधिकार सुरक्षित", "!सभी अधिकार सुरक्षित"]),
        // Share bars spell the networks in Devanagari ("शेयर करें फेसबुक व्हाट्सऐप").
        (.social, ["!हमें फॉलो करें", "फेसबुक", "व्हाट्सऐप", "व्हाट्सएप", "ट्विटर", "टेलीग्राम", "लिंक्डइन"]),
        (.newsletter, ["!न्यूज़लेटर", "!न्यूजलेटर", "!न्यूज़लेटर की सदस्यता"]),
        (.comments, ["!टिप्पणी करें", "!कमेंट करें"]),
        (.credit, ["^!फोटो"]),
    ])

    // Thai writes no spaces between words: a label is a whole run between spaces or punctuation.
    static let thai = Language(code: "th", exactLines: [
        (.advertisement, ["โฆษณา", "สปอนเซอร์"]),
        (.social, ["แชร์", "แบ่งปัน", "พิมพ์", "คัดลอกลิงก์", "ติดตามเรา", "บันทึก", "ฟังข่าว"]),
        (.navigation, ["หน้าแรก", "ค้นหา", "เมนู", "ปิด", "เข้าสู่ระบบ", "ออกจากระบบ", "ถัดไป", "ก่อนหน้า",
                       "ดูเพิ่มเติม", "ดูทั้งหมด", "โหลดเพิ่มเติม", "แท็ก", "ติดต่อเรา", "เกี่ยวกับเรา",
                       "นโยบายความเป็นส่วนตัว"]),
        (.related, ["ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "ข่าวแนะนำ", "บทความแนะนำ",
                    "ข่าวยอดนิยม", "ยอดนิยม", "อ่านเพิ่มเติม", "ข่าวล่าสุด", "ข่าวอื่นๆ", "อ่านข่าวที่เกี่ยวข้อง",
                    "อ่านข่าวต่อ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["อ่านต่อ", "อ่านต่อที่นี่"]),
        (.feed, ["ข่าวด่วน", "ถ่ายทอดสด", "ไลฟ์"]),
        (.newsletter, ["สมัครรับข่าวสาร", "รับข่าวสาร", "จดหมายข่าว", "อีเมล"]),
        (.membership, ["สนับสนุนเรา", "บริจาค"]),
        (.comments, ["ความคิดเห็น", "แสดงความคิดเห็น", "ตอบกลับ"]),
        (.cookie, ["ยอมรับ", "ยอมรับทั้งหมด", "ตกลง", "ปฏิเสธ"]),
        (.paywall, ["เฉพาะสมาชิก"]),
    ], phrases: [
        (.related, ["^!ข่าวที่เกี่ยวข้อง", "^!บทความที่เกี่ยวข้อง", "^!เรื่องที่เกี่ยวข้อง", "^!อ่านเพิ่มเติม",
                    "^!อ่านข่าวที่เกี่ยวข้อง"]),
        (.navigation, ["!สงวนลิขสิทธิ์"]),
        // A line that opens on "share" or "tags" standing alone is a share bar of network names or
        // a tag list: Thai runs words together, so the label alone is never a sentence's start.
        (.social, ["^!แชร์", "^!แท็ก"]),
        (.banner, ["^!อัปเดต", "^!อัพเดท", "^!เผยแพร่"]),
        (.comments, ["^!แสดงความคิดเห็น"]),
        (.credit, ["^!ภาพ", "^!ภาพจาก", "^!ที่มาภาพ"]),
    ])

    static let vietnamese = Language(code: "vi", exactLines: [
        (.advertisement, ["quảng cáo", "tài trợ", "nội dung tài trợ"]),
        (.social, ["chia sẻ", "chia sẻ bài viết", "in bài", "in bài viết", "sao chép liên kết", "sao chép link",
                   "theo dõi", "theo dõi chúng tôi", "lưu bài", "lưu bài viết"]),
        (.navigation, ["trang chủ", "tìm kiếm", "đóng", "đăng nhập", "đăng xuất", "đăng ký", "tiếp theo",
                       "bài tiếp theo", "bài trước", "xem tất cả", "tải thêm", "liên hệ", "giới thiệu",
                       "chính sách bảo mật", "từ khóa", "từ khoá", "lên đầu trang"]),
        (.related, ["tin liên quan", "bài liên quan", "bài viết liên quan", "tin cùng chuyên mục", "đọc thêm",
                    "tin mới", "tin nổi bật", "đọc nhiều", "đọc nhiều nhất", "tin đọc nhiều", "tin khác",
                    "có thể bạn quan tâm", "bạn có thể quan tâm", "tin mới nhất"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["xem thêm", "xem tiếp", "đọc tiếp"]),
        (.feed, ["tin nóng", "trực tiếp", "mới nhất"]),
        (.newsletter, ["đăng ký nhận tin", "nhận bản tin", "bản tin", "email của bạn"]),
        (.membership, ["ủng hộ", "quyên góp"]),
        (.comments, ["bình luận", "ý kiến", "gửi bình luận", "viết bình luận", "trả lời", "ý kiến bạn đọc",
                     "xem bình luận"]),
        (.cookie, ["chấp nhận", "đồng ý", "từ chối", "chấp nhận tất cả"]),
        (.paywall, ["dành cho thành viên"]),
    ], phrases: [
        // "Xem thêm: <headline>" leads to another story; bare "Xem thêm" stays a button above.
        (.related, ["^!tin liên quan", "^!bài liên quan", "^!bài viết liên quan", "^!đọc thêm",
                    "^!có thể bạn quan tâm", "^!tin cùng chuyên mục", "^!xem thêm"]),
        (.navigation, ["!bản quyền thuộc về", "!giữ bản quyền", "!ghi rõ nguồn"]),
        (.comments, ["!gửi bình luận", "!viết bình luận", "!ý kiến bạn đọc"]),
        (.banner, ["^!cập nhật"]),
        (.cookie, ["!sử dụng cookie"]),
        (.credit, ["^!ảnh minh họa", "^!ảnh minh hoạ"]),
    ])

    // Indonesian and Malay share most of their news furniture ("Baca juga", "Berita terkait").
    static let indonesianMalay = Language(code: "id-ms", exactLines: [
        (.advertisement, ["iklan", "konten bersponsor", "artikel bersponsor", "disponsori", "advertorial"]),
        (.social, ["bagikan", "bagikan artikel", "kongsi", "kongsi artikel", "cetak", "salin tautan", "salin link",
                   "salin pautan", "dengar berita ini",
                   "tautan disalin", "ikuti kami", "simpan"]),
        (.navigation, ["beranda", "laman utama", "cari", "pencarian", "tutup", "masuk", "keluar", "daftar",
                       "selanjutnya", "sebelumnya", "berikutnya", "lihat semua", "lihat lainnya",
                       "muat lebih banyak", "kontak", "hubungi kami", "tentang kami", "kebijakan privasi",
                       "pedoman media siber", "topik", "kembali ke atas"]),
        (.related, ["baca juga", "berita terkait", "artikel terkait", "terkait", "berita lainnya", "artikel lainnya",
                    "terpopuler", "paling populer", "berita terkini", "rekomendasi", "pilihan editor", "lihat juga",
                    "artikel berkaitan", "berita berkaitan", "paling banyak dibaca", "terpopular"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["baca selengkapnya", "selengkapnya", "baca lebih lanjut", "baca seterusnya"]),
        (.feed, ["siaran langsung", "berita terbaru", "terbaru", "terkini"]),
        (.newsletter, ["berlangganan", "langganan", "alamat email", "daftar sekarang", "melanggan"]),
        (.membership, ["donasi", "dukung kami", "sokong kami", "sumbang sekarang"]),
        (.comments, ["komentar", "tulis komentar", "beri komentar", "balas", "lihat komentar", "ulasan anda"]),
        (.cookie, ["terima", "setuju", "saya setuju", "tolak", "terima semua"]),
        (.paywall, ["khusus pelanggan", "konten premium"]),
    ], phrases: [
        (.advertisement, ["!konten bersponsor", "!artikel bersponsor"]),
        (.related, ["^!baca juga", "^!berita terkait", "^!artikel terkait", "^!lihat juga", "^!baca selengkapnya",
                    "^!berita berkaitan", "^!artikel berkaitan"]),
        (.navigation, ["!hak cipta dilindungi", "!hak cipta terpelihara", "!dilarang mengambil"]),
        (.banner, ["^!diperbarui", "^!diterbitkan", "!menit membaca", "!waktu baca", "^!masa membaca"]),
        (.social, ["!ikuti kami"]),
        // "Simak berita pilihan lainnya di ..." closes a story with an appeal to follow a channel.
        (.social, ["^!simak berita"]),
        (.newsletter, ["!berlangganan newsletter", "!langgan surat berita"]),
        (.membership, ["!sokong kewartawanan"]),
        (.comments, ["!tulis komentar", "!beri komentar"]),
        (.credit, ["^!ilustrasi"]),
    ])

    // Persian: the tokenizer reads Arabic ي ى ك as Persian ی ک, and a zero-width non-joiner as a space.
    static let persian = Language(code: "fa", exactLines: [
        (.advertisement, ["تبلیغات", "آگهی", "رپورتاژ", "رپرتاژ آگهی"]),
        (.social, ["اشتراک گذاری", "به اشتراک بگذارید", "چاپ", "نسخه چاپی", "کپی لینک", "لینک کوتاه",
                   "ما را دنبال کنید", "ذخیره"]),
        (.navigation, ["صفحه اصلی", "خانه", "جستجو", "منو", "بستن", "ورود", "خروج", "ثبت نام", "بعدی", "قبلی",
                       "بیشتر", "مشاهده بیشتر", "نمایش بیشتر", "برچسب ها", "تماس با ما", "درباره ما",
                       "حریم خصوصی", "بازگشت به بالا"]),
        (.related, ["بیشتر بخوانید", "مطالب مرتبط", "اخبار مرتبط", "خبرهای مرتبط", "مطالب پیشنهادی",
                    "پربازدیدترین", "پربازدیدترین ها", "پربحث ترین ها", "آخرین اخبار", "سایر اخبار",
                    "پیشنهاد سردبیر"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["ادامه مطلب", "ادامه خبر"]),
        (.feed, ["فوری", "خبر فوری", "زنده", "پخش زنده"]),
        (.newsletter, ["خبرنامه", "عضویت در خبرنامه", "ایمیل"]),
        (.membership, ["حمایت مالی", "حمایت کنید", "از ما حمایت کنید"]),
        (.comments, ["نظرات", "دیدگاه ها", "ارسال نظر", "ارسال دیدگاه", "نظر شما", "پاسخ", "نظرات کاربران"]),
        (.cookie, ["قبول", "موافقم", "می پذیرم"]),
        (.paywall, ["ویژه مشترکین"]),
    ], phrases: [
        (.related, ["^!بیشتر بخوانید", "^!مطالب مرتبط", "^!اخبار مرتبط", "^!خبرهای مرتبط", "^!ادامه مطلب"]),
        (.navigation, ["!این سایت محفوظ است", "!کلیه حقوق مادی و معنوی", "!تمامی حقوق مادی و معنوی"]),
        (.banner, ["^!تاریخ انتشار", "^!کد خبر", "^!زمان مطالعه", "!دقیقه مطالعه", "^!آخرین به روزرسانی"]),
        (.social, ["!ما را دنبال کنید"]),
        (.comments, ["!ارسال نظر", "!ارسال دیدگاه", "!نظرات کاربران"]),
        (.credit, ["^!عکس"]),
    ])

    // Swedish, Danish and Norwegian, one table: their labels overlap ("del", "kommentarer").
    static let scandinavian = Language(code: "sv-da-no", exactLines: [
        (.advertisement, ["annons", "annonssamarbete", "sponsrat", "annonce", "sponsoreret", "sponsoreret indhold",
                          "annonse", "sponset", "annonsørinnhold", "reklame"]),
        (.social, ["dela", "dela artikeln", "dela på facebook", "skriv ut", "kopiera länk", "länken är kopierad",
                   "följ oss", "spara", "del", "del artikel", "del artiklen", "del artikkelen", "kopier link",
                   "kopier lenke", "følg os", "følg oss", "gem", "lagre"]),
        (.navigation, ["startsida", "sök", "meny", "stäng", "logga in", "logga ut", "mitt konto", "nästa",
                       "föregående", "visa fler", "visa mer", "ladda fler", "till toppen", "om oss",
                       "integritetspolicy", "forside", "forsiden", "søg", "søk", "luk", "lukk", "log ind", "log ud",
                       "logg inn", "logg ut", "næste", "neste", "forrige", "vis flere", "vis mere", "vis mer",
                       "om os", "privatlivspolitik", "personvern", "personvernerklæring", "kontakt oss"]),
        (.related, ["läs också", "läs även", "relaterat", "relaterade artiklar", "mest läst", "mest lästa",
                    "fler nyheter", "rekommenderat", "læs også", "relaterede artikler", "mest læste", "mest læst",
                    "flere nyheder", "anbefalet", "les også", "relaterte artikler", "mest lest", "mest leste",
                    "flere nyheter", "anbefalt"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["läs mer", "läs hela artikeln", "læs mere", "læs hele artiklen", "les mer",
                       "les hele saken"]),
        (.feed, ["senaste nytt", "just nu", "direkt", "seneste nyt", "direkte", "siste nytt"]),
        (.newsletter, ["prenumerera", "nyhetsbrev", "prenumerera på nyhetsbrevet", "din e post", "tilmeld",
                       "tilmeld dig", "tilmeld nyhedsbrev", "nyhedsbrev", "abonner", "meld deg på"]),
        (.membership, ["stöd oss", "bli medlem", "støt os", "bliv medlem", "støtt oss"]),
        (.comments, ["kommentarer", "kommentera", "skriv en kommentar", "svara", "visa kommentarer", "kommenter",
                     "svar", "vis kommentarer"]),
        (.cookie, ["acceptera", "godkänn", "godkänn alla", "acceptera alla", "neka", "accepter", "accepter alle",
                   "afvis", "tillad alle", "godta", "godta alle", "avvis", "aksepter"]),
        (.paywall, ["för prenumeranter", "endast för prenumeranter", "kun for abonnenter", "for abonnenter"]),
    ], phrases: [
        (.related, ["^!läs också", "^!läs även", "^!läs mer", "^!mest läst", "^!relaterade artiklar", "^!læs også",
                    "^!læs mere", "^!mest læste", "^!relaterede artikler", "^!les også", "^!les mer", "^!mest lest",
                    "^!relaterte artikler"]),
        (.navigation, ["!alla rättigheter förbehållna", "!alle rettigheder forbeholdes", "!alle rettigheter reservert"]),
        (.banner, ["^!uppdaterad", "^!publicerad", "^!opdateret", "^!publiceret", "^!oppdatert", "^!publisert",
                   "!minuters läsning", "!min läsning", "!min læsning", "!minutters læsning", "!min lesing",
                   "!minutters lesing"]),
        (.social, ["!följ oss", "!følg os", "!følg oss"]),
        (.newsletter, ["!vårt nyhetsbrev", "!vores nyhedsbrev", "!prenumerera på", "!tilmeld dig"]),
        (.cookie, ["!vi använder cookies", "!använder kakor", "!vi bruger cookies", "!vi bruker cookies",
                   "!informasjonskapsler"]),
        (.comments, ["!skriv en kommentar"]),
        // The prompt's heading says the article is for subscribers ("Denne artikkelen er for abonnenter").
        (.paywall, ["!endast för prenumeranter", "!kun for abonnenter", "!artikkelen er for abonnenter",
                    "!artikeln är för prenumeranter", "!artiklen er for abonnenter", "!allerede abonnent",
                    "!redan prenumerant"]),
    ])

    static let finnish = Language(code: "fi", exactLines: [
        (.advertisement, ["mainos", "kaupallinen yhteistyö", "sponsoroitu"]),
        (.social, ["jaa", "jaa artikkeli", "jaa facebookissa", "tulosta", "kopioi linkki", "linkki kopioitu",
                   "seuraa meitä", "tallenna"]),
        (.navigation, ["etusivu", "haku", "hae", "valikko", "sulje", "kirjaudu", "kirjaudu sisään",
                       "kirjaudu ulos", "seuraava", "edellinen", "näytä lisää", "lataa lisää", "takaisin ylös",
                       "yhteystiedot", "tietosuojaseloste", "aiheet", "avainsanat"]),
        (.related, ["lue myös", "katso myös", "aiheesta lisää", "aiheeseen liittyvät", "aiheeseen liittyvää",
                    "luetuimmat", "luetuimmat uutiset", "suosituimmat", "uusimmat", "tuoreimmat", "suositellut",
                    "lisää uutisia"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lue lisää", "lue koko juttu", "lue koko artikkeli"]),
        (.feed, ["suora lähetys", "suorana", "uutisvirta", "tuoreimmat uutiset"]),
        (.newsletter, ["tilaa", "tilaa uutiskirje", "uutiskirje", "sähköpostiosoite"]),
        (.membership, ["tue meitä", "lahjoita"]),
        (.comments, ["kommentit", "kommentoi", "kirjoita kommentti", "vastaa", "näytä kommentit"]),
        (.cookie, ["hyväksy", "hyväksy kaikki", "hylkää", "hyväksyn"]),
        (.paywall, ["vain tilaajille", "tilaajille"]),
    ], phrases: [
        (.related, ["^!lue myös", "^!lue lisää", "^!katso myös", "^!aiheesta lisää", "^!aiheeseen liittyvät"]),
        (.navigation, ["!kaikki oikeudet pidätetään"]),
        (.banner, ["^!päivitetty", "^!julkaistu", "!lukuaika"]),
        (.social, ["!seuraa meitä"]),
        (.newsletter, ["!tilaa uutiskirje", "!uutiskirjeemme"]),
        (.cookie, ["!käytämme evästeitä", "evästeitä", "evästeet"]),
        (.comments, ["!kirjoita kommentti"]),
        (.paywall, ["!vain tilaajille"]),
        (.credit, ["^!kuva"]),
    ])

    static let czech = Language(code: "cs", exactLines: [
        (.advertisement, ["reklama", "inzerce", "komerční sdělení", "sponzorováno"]),
        (.social, ["sdílet", "sdílejte", "sdílet na facebooku", "tisk", "vytisknout", "kopírovat odkaz",
                   "odkaz zkopírován", "sledujte nás", "uložit"]),
        (.navigation, ["úvod", "hlavní strana", "hledat", "vyhledávání", "zavřít", "přihlásit", "přihlásit se",
                       "odhlásit", "registrace", "další", "předchozí", "zobrazit více", "načíst další", "nahoru",
                       "kontakty", "o nás", "ochrana osobních údajů", "témata", "štítky"]),
        (.related, ["čtěte také", "čtěte též", "přečtěte si také", "související články", "související",
                    "nejčtenější", "nejčtenější zprávy", "doporučujeme", "další zprávy", "další články",
                    "mohlo by vás zajímat"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["číst dále", "číst více", "celý článek"]),
        (.feed, ["živě", "přímý přenos", "nejnovější"]),
        (.newsletter, ["odebírat", "přihlásit k odběru", "váš e mail", "e mailová adresa"]),
        (.membership, ["podpořte nás", "darovat", "přispět"]),
        (.comments, ["komentáře", "diskuse", "diskuze", "komentovat", "přidat komentář", "napsat komentář",
                     "odpovědět", "zobrazit komentáře"]),
        (.cookie, ["souhlasím", "přijmout vše", "odmítnout", "povolit vše", "rozumím"]),
        (.paywall, ["pouze pro předplatitele", "jen pro předplatitele", "prémiový obsah"]),
    ], phrases: [
        (.advertisement, ["!komerční sdělení"]),
        (.related, ["^!čtěte také", "^!čtěte též", "^!přečtěte si také", "^!související články",
                    "^!mohlo by vás zajímat"]),
        (.navigation, ["!všechna práva vyhrazena"]),
        (.banner, ["^!aktualizováno", "!doba čtení", "!minut čtení", "!minuty čtení"]),
        (.social, ["!sledujte nás"]),
        (.cookie, ["!používáme cookies", "!soubory cookie", "!souborů cookie"]),
        (.comments, ["!přidat komentář", "!napsat komentář"]),
        (.paywall, ["!pouze pro předplatitele", "!jen pro předplatitele"]),
    ])

    // Romanian: the tokenizer reads ș ț (comma below) as ş ţ (cedilla), the two spellings pages use.
    static let romanian = Language(code: "ro", exactLines: [
        (.advertisement, ["publicitate", "reclamă", "conținut sponsorizat", "articol sponsorizat"]),
        (.social, ["distribuie", "distribuie pe facebook", "printează", "tipărește", "copiază linkul",
                   "copiază link ul", "urmărește ne", "urmăriți ne", "salvează"]),
        (.navigation, ["acasă", "căutare", "caută", "meniu", "închide", "autentificare", "conectare",
                       "înregistrare", "următorul", "următoarea", "anterior", "anterioară", "vezi mai mult",
                       "mai mult", "încarcă mai multe", "despre noi", "politica de confidențialitate", "etichete",
                       "taguri"]),
        (.related, ["citește și", "citeste si", "citiți și", "articole similare", "știri similare",
                    "articole asemănătoare", "cele mai citite", "cele mai noi", "recomandări", "recomandate",
                    "alte știri", "mai multe știri", "vă recomandăm", "ultimele știri"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["citește mai mult", "citește continuarea", "citește tot articolul"]),
        (.feed, ["ultima oră", "în direct", "live text"]),
        (.newsletter, ["abonează te", "abonare", "abonează te la newsletter", "adresa de email",
                       "adresa ta de email"]),
        (.membership, ["donează", "susține ne", "sprijină ne"]),
        (.comments, ["comentarii", "comentează", "adaugă un comentariu", "lasă un comentariu", "răspunde",
                     "vezi comentariile"]),
        (.cookie, ["accept", "accept tot", "acceptă", "acceptă tot", "sunt de acord", "refuz", "refuză"]),
        (.paywall, ["doar pentru abonați", "conținut premium"]),
    ], phrases: [
        (.advertisement, ["!conținut sponsorizat", "!articol sponsorizat"]),
        (.related, ["^!citește și", "^!citeste si", "^!citiți și", "^!citește mai mult", "^!citește continuarea",
                    "^!cele mai citite", "^!articole similare", "^!vă recomandăm"]),
        (.navigation, ["!toate drepturile rezervate"]),
        (.banner, ["^!actualizat", "!timp de citire", "!minute de citire"]),
        (.social, ["!urmărește ne pe", "!urmăriți ne pe"]),
        (.cookie, ["!folosim cookie", "!utilizează cookie", "!fișiere cookie"]),
        (.comments, ["!adaugă un comentariu", "!lasă un comentariu"]),
        (.paywall, ["!doar pentru abonați"]),
        (.credit, ["^!sursa foto"]),
    ])

    static let hungarian = Language(code: "hu", exactLines: [
        (.advertisement, ["hirdetés", "szponzorált", "szponzorált tartalom", "támogatott tartalom", "reklám"]),
        (.social, ["megosztás", "megosztom", "oszd meg", "nyomtatás", "link másolása", "kövess minket",
                   "kövessen minket", "mentés"]),
        (.navigation, ["címlap", "főoldal", "keresés", "menü", "bezárás", "bejelentkezés", "kijelentkezés",
                       "regisztráció", "következő", "előző", "továbbiak", "több", "mutass többet",
                       "vissza az oldal tetejére", "kapcsolat", "impresszum", "adatvédelem",
                       "adatvédelmi tájékoztató", "címkék"]),
        (.related, ["kapcsolódó cikkek", "kapcsolódó", "ezt is ajánljuk", "ajánljuk", "ajánló", "legolvasottabb",
                    "legolvasottabbak", "legfrissebb", "friss hírek", "további hírek", "további cikkek", "még több",
                    "ezek is érdekelhetik"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["tovább", "tovább olvasom", "bővebben"]),
        (.feed, ["élő", "percről percre", "friss"]),
        (.newsletter, ["feliratkozás", "iratkozzon fel", "hírlevél", "feliratkozás hírlevélre", "e mail cím"]),
        (.membership, ["támogatás", "támogass minket", "támogasson minket", "támogatom"]),
        (.comments, ["hozzászólások", "hozzászólás", "kommentek", "hozzászólok", "válasz", "válaszolok"]),
        (.cookie, ["elfogadom", "mindet elfogadom", "elutasítom", "rendben"]),
        (.paywall, ["csak előfizetőknek", "előfizetőknek"]),
    ], phrases: [
        (.related, ["^!kapcsolódó cikkek", "^!ezt is ajánljuk", "^!legolvasottabb", "^!ezek is érdekelhetik"]),
        (.navigation, ["!minden jog fenntartva"]),
        (.banner, ["^!frissítve", "^!frissítés", "^!publikálva", "!olvasási idő", "!perc olvasás"]),
        (.social, ["!kövess minket", "!kövessen minket"]),
        (.newsletter, ["!hírlevelünkre", "!iratkozzon fel", "!iratkozz fel"]),
        (.membership, ["!támogass minket", "!támogasson minket", "!független újságírás", "!független újságírást"]),
        (.cookie, ["sütiket", "!sütiket használ"]),
        (.paywall, ["!csak előfizetőknek"]),
        (.credit, ["^!fotó", "^!kép"]),
    ])

    /// Bengali: pages spell "য়", "ড়" and "ঢ়" both as one letter and as the letter with a nukta,
    /// and the tokenizer keeps them apart, so every label is listed in both spellings.
    static let bengali = Language(code: "bn", exactLines: bothBengaliSpellings([
        (.advertisement, ["বিজ্ঞাপন", "স্পন্সরড"]),
        (.social, ["শেয়ার", "শেয়ার করুন", "প্রিন্ট", "লিংক কপি", "লিংক কপি করুন", "লিঙ্ক কপি করুন", "ফলো করুন",
                   "আমাদের ফলো করুন", "সেভ করুন"]),
        (.navigation, ["প্রচ্ছদ", "হোম", "সার্চ", "অনুসন্ধান", "খুঁজুন", "মেনু", "বন্ধ করুন", "লগইন", "লগ ইন",
                       "সাইন ইন", "পরবর্তী", "পূর্ববর্তী", "আরও দেখুন", "ট্যাগ", "যোগাযোগ", "আমাদের সম্পর্কে",
                       "গোপনীয়তা নীতি", "শর্তাবলি"]),
        (.related, ["আরও পড়ুন", "আরো পড়ুন", "আরও খবর", "সম্পর্কিত খবর", "সংশ্লিষ্ট খবর", "এ সম্পর্কিত আরও খবর",
                    "সর্বশেষ", "সর্বাধিক পঠিত", "সর্বাধিক পঠিত খবর", "জনপ্রিয়", "পাঠকপ্রিয়", "আলোচিত",
                    "এই বিভাগের আরও খবর"]),
        (.feed, ["লাইভ", "ব্রেকিং নিউজ", "সরাসরি"]),
        (.newsletter, ["সাবস্ক্রাইব", "সাবস্ক্রাইব করুন", "নিউজলেটার", "ইমেইল"]),
        (.membership, ["অনুদান দিন"]),
        (.comments, ["মন্তব্য", "মন্তব্য করুন", "মন্তব্যসমূহ", "পাঠকের মন্তব্য", "উত্তর দিন", "জবাব দিন"]),
        (.cookie, ["গ্রহণ করুন", "সম্মত", "আমি সম্মত"]),
    ]), phrases: bothBengaliSpellings([
        (.related, ["^!আরও পড়ুন", "^!আরো পড়ুন", "^!সম্পর্কিত খবর", "^!আরও খবর", "^!এ সম্পর্কিত আরও"]),
        (.banner, ["^!প্রকাশ", "^!প্রকাশিত", "^!আপডেট", "^!হালনাগাদ"]),
        (.navigation, ["!সর্বস্বত্ব সংরক্ষিত"]),
        (.social, ["!আমাদের ফলো করুন"]),
        (.comments, ["!মন্তব্য করুন"]),
        // "ছবি" (picture) and "படம்" (picture, film) open prose about films too: the credit is
        // read only as a label with its colon (`CaptionDetector.foreignCreditLabels`).
    ]))

    /// Each group with every label in both spellings (`bengaliSpellings(of:)`).
    static func bothBengaliSpellings(_ groups: [(NoiseReason, [String])]) -> [(NoiseReason, [String])] {
        groups.map { group in (group.0, group.1.flatMap { bengaliSpellings(of: $0) }) }
    }

    /// The label as written, then with the one-letter forms of "য়", "ড়", "ঢ়" (U+09DF, U+09DC,
    /// U+09DD) and the letter-plus-nukta forms swapped, when that changes it.

    static func bengaliSpellings(of label: String) -> [String] {
        // Scalars, not Characters: Swift compares the two spellings as equal strings.
        let nukta: Unicode.Scalar = "\u{09BC}"
        let pairs: [(one: Unicode.Scalar, base: Unicode.Scalar)] = [("\u{09DF}", "\u{09AF}"), ("\u{09DC}", "\u{09A1}"),
                                                                  ("\u{09DD}", "\u{09A2}")]
        let scalars = Array(label.unicodeScalars)
        var composed = String.UnicodeScalarView(), decomposed = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if let pair = pairs.first(where: { $0.one == scalars[i] }) {
                composed.append(pair.one)
                decomposed.append(contentsOf: [pair.base, nukta])
            } else if i + 1 < scalars.count, scalars[i + 1] == nukta, let pair = pairs.first(where: { $0.base == scalars[i] }) {
                composed.append(pair.one)
                decomposed.append(contentsOf: [pair.base, nukta])
                i += 1
            } else {
                composed.append(scalars[i])
                decomposed.append(scalars[i])
            }
            i += 1
        }
        var spellings = [label]
        for spelling in [String(composed), String(decomposed)]
        where !spellings.contains(where: { $0.unicodeScalars.elementsEqual(spelling.unicodeScalars) }) {
            spellings.append(spelling)
        }
        return spellings
    }

    static let tamil = Language(code: "ta", exactLines: [
        (.advertisement, ["விளம்பரம்", "ஸ்பான்சர்"]),
        (.social, ["பகிர்", "பகிரவும்", "பகிர்க", "அச்சிடு", "இணைப்பை நகலெடு", "பின்தொடருங்கள்",
                   "எங்களைப் பின்தொடருங்கள்"]),
        (.navigation, ["முகப்பு", "தேடு", "தேடல்", "மெனு", "மூடு", "உள்நுழை", "உள்நுழைக", "அடுத்து", "முந்தைய",
                       "மேலும் காண", "குறிச்சொற்கள்", "தொடர்புக்கு", "எங்களைப் பற்றி", "தனியுரிமைக் கொள்கை"]),
        (.related, ["இதையும் படிக்கவும்", "இதையும் படிங்க", "இதையும் படியுங்கள்", "தொடர்புடைய செய்திகள்",
                    "மேலும் செய்திகள்", "அதிகம் படித்தவை", "அதிகம் வாசிக்கப்பட்டவை", "சமீபத்திய செய்திகள்",
                    "பிரபலமானவை"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["மேலும் படிக்க", "தொடர்ந்து படிக்க"]),
        (.feed, ["நேரலை", "லைவ்", "பிரேக்கிங் நியூஸ்"]),
        (.newsletter, ["சப்ஸ்கிரைப்", "குழுசேர்", "செய்திமடல்"]),
        (.comments, ["கருத்துகள்", "கருத்துக்கள்", "கருத்து தெரிவிக்கவும்", "பதில்",
                     "உங்கள் கருத்தைப் பதிவு செய்யவும்"]),
        (.cookie, ["ஏற்கிறேன்", "ஏற்றுக்கொள்"]),
    ], phrases: [
        (.related, ["^!இதையும் படிக்கவும்", "^!இதையும் படிங்க", "^!இதையும் படியுங்கள்", "^!தொடர்புடைய செய்திகள்"]),
        (.navigation, ["!அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை"]),
        (.banner, ["^!வெளியிடப்பட்டது", "^!புதுப்பிக்கப்பட்டது"]),
        (.comments, ["!கருத்து தெரிவிக்கவும்", "!உங்கள் கருத்தைப் பதிவு"]),
    ])

    // Burmese writes spaces between phrases, not words: a label is one run ("ဆက်စပ်သတင်း").
    static let burmese = Language(code: "my", exactLines: [
        (.advertisement, ["ကြော်ငြာ"]),
        (.social, ["မျှဝေရန်", "မျှဝေမည်", "လင့်ခ်ကူးယူရန်", "ပရင့်ထုတ်ရန်"]),
        (.navigation, ["ပင်မစာမျက်နှာ", "ရှာဖွေရန်", "ဝင်ရောက်ရန်", "ကျွန်ုပ်တို့အကြောင်း", "ဆက်သွယ်ရန်",
                       "ကိုယ်ရေးအချက်အလက်မူဝါဒ"]),
        (.related, ["ဆက်စပ်သတင်း", "ဆက်စပ်သတင်းများ", "ဆက်စပ်ဖတ်ရှုရန်", "လူဖတ်အများဆုံး", "နောက်ဆုံးရသတင်းများ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["ဆက်ဖတ်ရန်"]),
        (.feed, ["တိုက်ရိုက်"]),
        (.newsletter, ["စာရင်းသွင်းရန်", "သတင်းလွှာ"]),
        (.comments, ["မှတ်ချက်များ", "မှတ်ချက်ပေးရန်", "ပြန်ကြားရန်"]),
        (.cookie, ["လက်ခံသည်"]),
    ], phrases: [
        (.related, ["^!ဆက်စပ်သတင်း", "^!ဆက်စပ်ဖတ်ရှုရန်"]),
        (.navigation, ["!မူပိုင်ခွင့်အားလုံး"]),
        (.newsletter, ["!သတင်းလွှာကို"]),
    ])

    // Khmer writes no spaces between words (pages put zero-width spaces there, which the input
    // loses): a label is a whole run, and "៖" ends it.
    static let khmer = Language(code: "km", exactLines: [
        (.advertisement, ["ពាណិជ្ជកម្ម", "ផ្សាយពាណិជ្ជកម្ម"]),
        (.social, ["ចែករំលែក", "ចម្លងតំណ", "បោះពុម្ព"]),
        (.navigation, ["ទំព័រដើម", "ស្វែងរក", "ចូល", "អំពីយើង", "ទំនាក់ទំនង"]),
        (.related, ["ព័ត៌មានទាក់ទង", "អត្ថបទទាក់ទង", "ព័ត៌មានថ្មីៗ", "អានច្រើនជាងគេ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["អានបន្ថែម", "អានបន្ត"]),
        (.feed, ["ផ្សាយផ្ទាល់"]),
        (.comments, ["មតិយោបល់", "បញ្ចេញមតិ", "ឆ្លើយតប"]),
        (.cookie, ["យល់ព្រម"]),
    ], phrases: [
        (.related, ["^!អានបន្ថែម", "^!ព័ត៌មានទាក់ទង", "^!អត្ថបទទាក់ទង"]),
        (.navigation, ["^!រក្សាសិទ្ធិ"]),
    ])

    // Urdu: Arabic script with letters of its own (ے ں ٹ ہ); the Persian folding of ي and ك applies.
    static let urdu = Language(code: "ur", exactLines: [
        (.advertisement, ["اشتہار", "اشتہارات"]),
        (.social, ["شیئر کریں", "شیئر", "لنک کاپی کریں", "پرنٹ کریں", "فالو کریں"]),
        (.navigation, ["صفحہ اول", "تلاش", "لاگ ان", "ہمارے بارے میں", "رابطہ", "رابطہ کریں", "پرائیویسی پالیسی"]),
        (.related, ["یہ بھی پڑھیں", "متعلقہ خبریں", "مزید خبریں", "تازہ ترین", "سب سے زیادہ پڑھی جانے والی"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["مزید پڑھیں"]),
        (.feed, ["براہ راست", "لائیو"]),
        (.newsletter, ["جوائن کریں", "سبسکرائب کریں"]),
        (.comments, ["تبصرے", "اپنی رائے دیں", "تبصرہ کریں", "جواب دیں"]),
        (.cookie, ["قبول کریں"]),
    ], phrases: [
        (.related, ["^!یہ بھی پڑھیں", "^!متعلقہ خبریں"]),
        (.navigation, ["!جملہ حقوق محفوظ"]),
        (.newsletter, ["!واٹس ایپ چینل جوائن"]),
        (.cookie, ["!کوکیز استعمال"]),
    ])

    static let georgian = Language(code: "ka", exactLines: [
        (.advertisement, ["რეკლამა"]),
        (.social, ["გაზიარება", "ბმულის კოპირება", "ბეჭდვა"]),
        (.navigation, ["მთავარი", "ძიება", "შესვლა", "ჩვენ შესახებ", "კონტაქტი", "კონფიდენციალურობა"]),
        (.related, ["ასევე წაიკითხეთ", "მსგავსი სიახლეები", "მსგავსი სტატიები", "ბოლო სიახლეები", "ყველაზე კითხვადი"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["ვრცლად", "სრულად"]),
        (.feed, ["ლაივი", "პირდაპირი ეთერი"]),
        (.newsletter, ["გამოწერა", "გამოიწერეთ"]),
        (.comments, ["კომენტარები", "დატოვეთ კომენტარი", "პასუხი"]),
        (.cookie, ["ვეთანხმები", "მიღება"]),
    ], phrases: [
        (.related, ["^!ასევე წაიკითხეთ", "^!მსგავსი სიახლეები"]),
        (.navigation, ["!ყველა უფლება დაცულია"]),
        (.newsletter, ["^!გამოიწერეთ ჩვენი"]),
    ])

    // Amharic (Ethiopic): "፦" and "።" are punctuation of its own block, split off as words are.
    static let amharic = Language(code: "am", exactLines: [
        (.advertisement, ["ማስታወቂያ"]),
        (.social, ["አጋራ", "ያጋሩ", "ሊንክ ቅዳ", "አትም"]),
        (.navigation, ["መነሻ ገጽ", "ፈልግ", "ግባ", "ስለ እኛ", "ያግኙን"]),
        (.related, ["ተዛማጅ", "ተዛማጅ ዜናዎች", "ተጨማሪ ዜናዎች", "ይህንንም ያንብቡ", "በብዛት የተነበቡ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["ተጨማሪ ያንብቡ"]),
        (.feed, ["ቀጥታ"]),
        (.membership, ["ይደግፉ", "ይደግፉን"]),
        (.comments, ["አስተያየቶች", "አስተያየት ይስጡ", "መልስ"]),
        (.cookie, ["እስማማለሁ"]),
    ], phrases: [
        (.related, ["^!ተዛማጅ", "^!ይህንንም ያንብቡ"]),
        (.navigation, ["!መብቱ በሕግ የተጠበቀ"]),
        (.membership, ["^!ጋዜጠኝነታችንን ይደግፉ"]),
    ])

    // Croatian, Serbian (Latin) and Bosnian, one table: their furniture is mostly the same words.
    static let croatianSerbianBosnian = Language(code: "hr-sr-bs", exactLines: [
        (.advertisement, ["oglas", "reklama", "sponzorirano", "sponzorisano", "promo"]),
        (.social, ["podijeli", "podeli", "podijelite", "kopiraj poveznicu", "kopiraj link", "ispis", "pratite nas",
                   "poslušaj članak", "poslušajte članak"]),
        (.navigation, ["naslovnica", "naslovna", "početna", "pretraga", "prijava", "prijavi se", "odjava",
                       "uvjeti korištenja", "pravila privatnosti", "kontakt", "impressum", "oznake"]),
        (.related, ["pročitajte još", "pročitajte i", "povezani članci", "povezane vijesti", "najčitanije",
                    "najnovije", "preporučujemo", "još vijesti", "vezane vijesti"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["opširnije", "pročitaj više", "saznaj više"]),
        (.feed, ["uživo"]),
        (.newsletter, ["newsletter", "pretplatite se"]),
        (.comments, ["komentari", "dodaj komentar", "odgovori", "komentiraj"]),
        (.cookie, ["prihvaćam", "prihvatam", "prihvati sve"]),
    ], phrases: [
        (.related, ["^!pročitajte još", "^!pročitajte i", "^!povezani članci"]),
        (.navigation, ["!sva prava pridržana", "!sva prava zadržana"]),
        (.banner, ["^!vrijeme čitanja"]),
        (.newsletter, ["!prijavite se na naš newsletter"]),
        (.cookie, ["!koristi kolačiće"]),
    ])

    static let catalan = Language(code: "ca", exactLines: [
        (.advertisement, ["publicitat", "patrocinat", "contingut patrocinat"]),
        (.social, ["comparteix", "copia l'enllaç", "imprimeix", "segueix-nos", "escolta la notícia"]),
        (.navigation, ["portada", "cerca", "inicia sessió", "registra't", "avís legal", "política de privadesa",
                       "política de galetes", "contacte", "etiquetes"]),
        (.related, ["llegiu també", "llegeix també", "notícies relacionades", "el més llegit", "més notícies",
                    "també et pot interessar"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["llegeix més", "continua llegint"]),
        (.feed, ["en directe", "última hora"]),
        (.newsletter, ["subscriu-m'hi", "butlletí", "subscriu-te"]),
        (.membership, ["fes-te subscriptor", "fes-te'n subscriptor"]),
        (.comments, ["comentaris", "escriu un comentari", "respon"]),
        (.cookie, ["accepto", "accepta", "accepta-ho tot"]),
    ], phrases: [
        (.related, ["^!llegiu també", "^!llegeix també", "^!notícies relacionades"]),
        (.navigation, ["!tots els drets reservats"]),
        (.banner, ["^!actualitzat", "^!temps de lectura"]),
        (.newsletter, ["!subscriu-te al butlletí"]),
        (.membership, ["!fes-te subscriptor", "!fes-te'n subscriptor", "!fas possible"]),
    ])

    // Armenian: the full stop ։ and the comma ՝ are separators of their own (`ArmenianLetters`),
    // so "Կարդացեք նաև՝ …" is the label and then the headline.
    static let armenian = Language(code: "hy", exactLines: [
        (.advertisement, ["գովազդ"]),
        (.social, ["կիսվել", "պատճենել հղումը", "տպել"]),
        (.navigation, ["գլխավոր", "որոնում", "մուտք", "մեր մասին", "կապ", "գաղտնիության քաղաքականություն"]),
        (.related, ["կարդացեք նաև", "նմանատիպ նյութեր", "նույն թեմայով", "ամենաընթերցվածը", "վերջին լուրեր"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["կարդալ ավելին", "մանրամասն"]),
        (.feed, ["ուղիղ եթեր"]),
        (.newsletter, ["բաժանորդագրվել", "բաժանորդագրվեք"]),
        (.comments, ["մեկնաբանություններ", "թողնել մեկնաբանություն", "պատասխանել"]),
        (.cookie, ["ընդունել", "համաձայն եմ"]),
    ], phrases: [
        (.related, ["^!կարդացեք նաև", "^!նմանատիպ նյութեր", "^!նույն թեմայով"]),
        (.navigation, ["!բոլոր իրավունքները պաշտպանված են"]),
        (.newsletter, ["^!բաժանորդագրվեք մեր"]),
        (.cookie, ["!օգտագործում է թխուկներ"]),
    ])

    // Sinhala: a conjunct's zero-width joiner ("ප්‍ර") splits a word for the tokenizer, on the page
    // and in these labels alike.
    static let sinhala = Language(code: "si", exactLines: [
        (.advertisement, ["දැන්වීම", "දැන්වීම්"]),
        (.social, ["බෙදාගන්න", "සබැඳිය පිටපත් කරන්න", "මුද්‍රණය කරන්න"]),
        (.navigation, ["මුල් පිටුව", "සොයන්න", "පිවිසෙන්න", "අප ගැන", "අමතන්න", "රහස්‍යතා ප්‍රතිපත්තිය"]),
        (.related, ["ආශ්‍රිත පුවත්", "මෙයත් කියවන්න", "තවත් පුවත්", "වැඩිපුරම කියවූ", "නවතම පුවත්"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["තවත් කියවන්න"]),
        (.feed, ["සජීවී"]),
        (.newsletter, ["දායක වන්න"]),
        (.comments, ["අදහස්", "ඔබේ අදහස එක් කරන්න", "පිළිතුරු දෙන්න"]),
        (.cookie, ["පිළිගන්න", "එකඟ වෙමි"]),
    ], phrases: [
        (.related, ["^!මෙයත් කියවන්න", "^!ආශ්‍රිත පුවත්"]),
        (.navigation, ["!සියලුම හිමිකම් ඇවිරිණි"]),
        (.newsletter, ["^!අපගේ පුවත් ලිපිය"]),
    ])

    // Lao is written without spaces between words, as Thai is: a label is one run of letters.
    static let lao = Language(code: "lo", exactLines: [
        (.advertisement, ["ໂຄສະນາ"]),
        (.social, ["ແບ່ງປັນ", "ສຳເນົາລິ້ງ", "ພິມ"]),
        (.navigation, ["ໜ້າຫຼັກ", "ຄົ້ນຫາ", "ເຂົ້າສູ່ລະບົບ", "ກ່ຽວກັບພວກເຮົາ", "ຕິດຕໍ່", "ຕິດຕໍ່ພວກເຮົາ",
                       "ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ"]),
        (.related, ["ຂ່າວທີ່ກ່ຽວຂ້ອງ", "ອ່ານເພີ່ມເຕີມ", "ຂ່າວອື່ນໆ", "ຂ່າວຍອດນິຍົມ", "ຂ່າວລ່າສຸດ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["ອ່ານຕໍ່"]),
        (.feed, ["ຂ່າວດ່ວນ", "ຖ່າຍທອດສົດ"]),
        (.newsletter, ["ສະໝັກ", "ສະໝັກຮັບຂ່າວສານ"]),
        (.comments, ["ຄຳເຫັນ", "ສະແດງຄຳເຫັນ", "ຕອບກັບ"]),
        (.cookie, ["ຍອມຮັບ", "ຕົກລົງ"]),
    ], phrases: [
        (.related, ["^!ຂ່າວທີ່ກ່ຽວຂ້ອງ", "^!ອ່ານເພີ່ມເຕີມ"]),
        (.navigation, ["!ສະຫງວນລິຂະສິດ"]),
        (.newsletter, ["^!ສະໝັກຮັບຂ່າວສານ"]),
    ])

    static let swahili = Language(code: "sw", exactLines: [
        (.advertisement, ["tangazo", "matangazo"]),
        (.social, ["shiriki", "shiriki habari hii", "chapisha", "nakili kiungo", "tufuate"]),
        (.navigation, ["mwanzo", "nyumbani", "tafuta", "menyu", "funga", "ingia", "toka", "jisajili", "ifuatayo",
                       "iliyotangulia", "mada", "wasiliana nasi", "kuhusu sisi", "sera ya faragha"]),
        (.related, ["soma pia", "habari zinazohusiana", "habari nyingine", "habari zaidi",
                    "zilizosomwa zaidi", "habari mpya", "habari kuu"]),
        // A bare "read more" button continues this story; it heads no list of others.
        (.navigation, ["soma zaidi", "endelea kusoma"]),
        (.feed, ["moja kwa moja", "mubashara"]),
        (.newsletter, ["jiandikishe", "jisajili sasa", "jarida"]),
        (.membership, ["changia", "changia sasa", "tuunge mkono"]),
        (.comments, ["maoni", "toa maoni", "andika maoni", "jibu"]),
        (.cookie, ["kubali", "nakubali", "kubali zote", "kataa"]),
    ], phrases: [
        (.related, ["^!soma pia", "^!habari zinazohusiana"]),
        (.cookie, ["!vidakuzi", "!matumizi ya vidakuzi"]),
        (.newsletter, ["!jiunge na jarida", "!jarida letu", "!barua pepe yako"]),
        (.membership, ["!saidia uandishi", "!uandishi huru", "!mchango wako"]),
        (.banner, ["^!imechapishwa", "^!imesasishwa"]),
        (.navigation, ["!haki zote zimehifadhiwa"]),
        (.comments, ["!toa maoni yako", "!ingia ili kutoa maoni"]),
    ])

    // Malayalam words carry their case endings ("വാർത്തകൾ", "വാർത്താക്കുറിപ്പിന്"): labels are
    // the forms sites print, the networks as the script spells them.
    static let malayalam = Language(code: "ml", exactLines: [
        (.advertisement, ["പരസ്യം"]),
        (.social, ["പങ്കിടുക", "ഷെയർ", "ഷെയർ ചെയ്യുക", "പ്രിന്റ്", "ലിങ്ക് പകർത്തുക", "ഫേസ്ബുക്ക്", "വാട്സ്ആപ്പ്"]),
        (.navigation, ["ഹോം", "തിരയുക", "മെനു", "ലോഗിൻ", "അടുത്തത്", "മുമ്പത്തെ", "ബന്ധപ്പെടുക",
                       "ഞങ്ങളെക്കുറിച്ച്", "സ്വകാര്യതാ നയം"]),
        (.related, ["ഇതുകൂടി വായിക്കൂ", "ഇതുകൂടി വായിക്കുക", "ഇതും വായിക്കുക", "അനുബന്ധ വാർത്തകൾ",
                    "കൂടുതൽ വാർത്തകൾ", "ബന്ധപ്പെട്ട വാർത്തകൾ", "ഏറ്റവും പുതിയ വാർത്തകൾ"]),
        (.navigation, ["കൂടുതൽ വായിക്കുക", "തുടർന്ന് വായിക്കുക"]),
        (.feed, ["തത്സമയം", "ലൈവ്", "ബ്രേക്കിങ് ന്യൂസ്"]),
        (.newsletter, ["സബ്സ്ക്രൈബ്", "സബ്സ്ക്രൈബ് ചെയ്യുക", "വാർത്താക്കുറിപ്പ്"]),
        (.comments, ["അഭിപ്രായങ്ങൾ", "അഭിപ്രായം", "മറുപടി"]),
        (.cookie, ["സ്വീകരിക്കുക", "അംഗീകരിക്കുന്നു"]),
    ], phrases: [
        (.related, ["^!ഇതുകൂടി വായിക്കൂ", "^!ഇതുകൂടി വായിക്കുക", "^!ഇതും വായിക്കുക", "^!അനുബന്ധ വാർത്തകൾ"]),
        (.social, ["ഫേസ്ബുക്ക്", "വാട്സ്ആപ്പ്", "ട്വിറ്റർ"]),
        (.newsletter, ["!സബ്സ്ക്രൈബ് ചെയ്യൂ", "!വാർത്താക്കുറിപ്പിന്"]),
        (.navigation, ["!എല്ലാ അവകാശങ്ങളും"]),
        (.banner, ["^!പ്രസിദ്ധീകരിച്ചത്"]),
        (.comments, ["!അഭിപ്രായം രേഖപ്പെടുത്താൻ"]),
    ])

    // Telugu spells the networks in its script, often with a ZWNJ ("ఫేస్‌బుక్"): both forms are listed.
    static let telugu = Language(code: "te", exactLines: [
        (.advertisement, ["ప్రకటన", "ప్రకటనలు"]),
        (.social, ["షేర్", "షేర్ చేయండి", "పంచుకోండి", "ఫేస్‌బుక్", "ఫేస్బుక్", "వాట్సాప్", "ట్విట్టర్"]),
        (.navigation, ["హోమ్", "వెతకండి", "లాగిన్", "తదుపరి", "మునుపటి", "మా గురించి", "సంప్రదించండి",
                       "గోప్యతా విధానం"]),
        (.related, ["ఇవి కూడా చదవండి", "ఇది కూడా చదవండి", "సంబంధిత వార్తలు", "మరిన్ని వార్తలు", "తాజా వార్తలు"]),
        (.navigation, ["మరింత చదవండి"]),
        (.feed, ["లైవ్", "బ్రేకింగ్ న్యూస్"]),
        (.newsletter, ["సబ్‌స్క్రైబ్", "సబ్స్క్రైబ్"]),
        (.comments, ["వ్యాఖ్యలు", "వ్యాఖ్యానించండి", "జవాబు"]),
        (.cookie, ["అంగీకరించు", "అంగీకరిస్తున్నాను"]),
    ], phrases: [
        (.related, ["^!ఇవి కూడా చదవండి", "^!ఇది కూడా చదవండి", "^!సంబంధిత వార్తలు"]),
        (.social, ["ఫేస్‌బుక్", "ఫేస్బుక్", "వాట్సాప్", "ట్విట్టర్"]),
        (.navigation, ["!సర్వ హక్కులూ", "!అన్ని హక్కులూ"]),
        (.banner, ["^!ప్రచురణ", "^!నవీకరించబడింది"]),
    ])

    static let filipino = Language(code: "fil", exactLines: [
        (.advertisement, ["patalastas", "anunsiyo", "anunsyo"]),
        (.social, ["ibahagi", "i share", "kopyahin ang link"]),
        (.navigation, ["tahanan", "maghanap", "mag login", "mag sign in", "susunod", "nakaraan", "tungkol sa amin",
                       "makipag ugnayan", "patakaran sa privacy"]),
        (.related, ["basahin din", "basahin rin", "kaugnay na balita", "mga kaugnay na balita", "iba pang balita",
                    "pinakabagong balita", "pinakabinasa"]),
        (.navigation, ["magbasa pa", "basahin pa"]),
        (.newsletter, ["mag subscribe", "mag subscribe na"]),
        (.comments, ["mga komento", "komento", "magkomento", "tumugon", "sumagot"]),
        (.cookie, ["tanggapin", "sumasang ayon ako"]),
    ], phrases: [
        (.related, ["^!basahin din", "^!basahin rin", "^!kaugnay na balita"]),
        (.newsletter, ["^!mag subscribe na ngayon", "!aming newsletter"]),
        (.navigation, ["!lahat ng karapatan ay nakalaan"]),
    ])

    static let somali = Language(code: "so", exactLines: [
        (.advertisement, ["xayaysiis", "xayeysiis"]),
        (.social, ["la wadaag", "wadaag"]),
        (.navigation, ["bogga hore", "raadi", "gal", "ka bax", "xiga", "hore", "nagu saabsan", "nala soo xiriir",
                       "xeerka asturnaanta"]),
        (.related, ["sidoo kale akhri", "warar la xiriira", "warar kale", "wararkii ugu dambeeyay"]),
        (.navigation, ["akhri wax badan"]),
        (.newsletter, ["is diiwaan geli", "iska diiwaan geli"]),
        (.comments, ["faallooyin", "faallo", "jawaab"]),
        (.cookie, ["ogolow", "aqbal"]),
    ], phrases: [
        (.related, ["^!sidoo kale akhri", "^!warar la xiriira"]),
        (.cookie, ["!kukiyada"]),
        (.newsletter, ["^!iska diiwaan geli", "!warsidaheena"]),
        (.navigation, ["!xuquuqda oo dhan"]),
    ])

    // Punjabi (Gurmukhi): pages write "ਖ਼" both with its nukta and as the bare letter ("ਖ਼ਬਰਾਂ", "ਖਬਰਾਂ").
    static let punjabi = Language(code: "pa", exactLines: [
        (.advertisement, ["ਇਸ਼ਤਿਹਾਰ", "ਇਸ਼ਤਿਹਾਰਬਾਜ਼ੀ"]),
        (.social, ["ਸਾਂਝਾ ਕਰੋ", "ਸ਼ੇਅਰ ਕਰੋ", "ਸ਼ੇਅਰ", "ਫੇਸਬੁੱਕ", "ਵਟਸਐਪ", "ਟਵਿੱਟਰ", "ਲਿੰਕ ਕਾਪੀ ਕਰੋ"]),
        (.navigation, ["ਮੁੱਖ ਪੰਨਾ", "ਖੋਜ", "ਲੌਗਇਨ", "ਅਗਲਾ", "ਪਿਛਲਾ", "ਸਾਡੇ ਬਾਰੇ", "ਸੰਪਰਕ ਕਰੋ", "ਸੰਪਰਕ",
                       "ਪਰਦੇਦਾਰੀ ਨੀਤੀ", "ਨਿੱਜਤਾ ਨੀਤੀ"]),
        (.related, ["ਇਹ ਵੀ ਪੜ੍ਹੋ", "ਸਬੰਧਤ ਖ਼ਬਰਾਂ", "ਸਬੰਧਤ ਖਬਰਾਂ", "ਹੋਰ ਖ਼ਬਰਾਂ", "ਹੋਰ ਖਬਰਾਂ", "ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ",
                    "ਤਾਜ਼ਾ ਖਬਰਾਂ", "ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ"]),
        (.navigation, ["ਹੋਰ ਪੜ੍ਹੋ", "ਪੂਰੀ ਖ਼ਬਰ ਪੜ੍ਹੋ"]),
        (.feed, ["ਲਾਈਵ", "ਬ੍ਰੇਕਿੰਗ ਨਿਊਜ਼"]),
        (.newsletter, ["ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਸਬਸਕ੍ਰਾਈਬ"]),
        (.comments, ["ਟਿੱਪਣੀਆਂ", "ਟਿੱਪਣੀ ਕਰੋ", "ਆਪਣੀ ਟਿੱਪਣੀ ਲਿਖੋ", "ਜਵਾਬ ਦਿਓ", "ਜਵਾਬ"]),
        (.cookie, ["ਸਵੀਕਾਰ ਕਰੋ", "ਮਨਜ਼ੂਰ"]),
    ], phrases: [
        (.related, ["^!ਇਹ ਵੀ ਪੜ੍ਹੋ", "^!ਸਬੰਧਤ ਖ਼ਬਰਾਂ", "^!ਸਬੰਧਤ ਖਬਰਾਂ"]),
        (.social, ["ਫੇਸਬੁੱਕ", "ਵਟਸਐਪ", "ਟਵਿੱਟਰ"]),
        (.navigation, ["!ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ", "!ਸਾਰੇ ਅਧਿਕਾਰ ਰਾਖਵੇਂ"]),
    ])

    // Kazakh (Cyrillic): its own letters (ә ғ қ ң ө ұ ү һ і) keep most labels apart from the Russian ones.
    static let kazakh = Language(code: "kk", exactLines: [
        (.advertisement, ["жарнама"]),
        (.social, ["бөлісу", "бөлісіңіз", "сілтемені көшіру", "басып шығару"]),
        (.navigation, ["басты бет", "басты", "іздеу", "кіру", "тіркелу", "келесі", "алдыңғы", "барлығы",
                       "тегтер", "біз туралы", "байланыс", "құпиялылық саясаты", "жарнама беру"]),
        (.related, ["оқи отырыңыз", "сондай ақ оқыңыз", "тақырыпқа қатысты", "ұқсас жаңалықтар",
                    "соңғы жаңалықтар", "көп оқылғандар", "басқа жаңалықтар"]),
        (.navigation, ["толығырақ", "әрі қарай оқу"]),
        (.feed, ["тікелей эфир", "шұғыл"]),
        (.newsletter, ["жазылу", "жазылыңыз"]),
        (.comments, ["пікірлер", "пікір қалдыру", "пікір жазу", "жауап беру"]),
        (.cookie, ["келісемін", "қабылдау"]),
    ], phrases: [
        (.related, ["^!оқи отырыңыз", "^!сондай ақ оқыңыз", "^!тақырыпқа қатысты"]),
        (.navigation, ["!барлық құқықтар қорғалған"]),
        (.banner, ["^!жарияланды", "^!жаңартылды"]),
    ])

    // Azerbaijani (Latin): shares "reklam" and "paylaş" with Turkish, spells the rest with ə.
    static let azerbaijani = Language(code: "az", exactLines: [
        (.advertisement, ["reklam"]),
        (.social, ["paylaş", "linki kopyala", "çap et"]),
        (.navigation, ["əsas səhifə", "axtar", "axtarış", "daxil ol", "qeydiyyat", "növbəti", "əvvəlki", "haqqımızda",
                       "əlaqə", "məxfilik siyasəti", "teqlər"]),
        (.related, ["həmçinin oxuyun", "həmçinin oxu", "oxşar xəbərlər", "digər xəbərlər", "son xəbərlər",
                    "ən çox oxunanlar", "mövzu ilə bağlı"]),
        (.navigation, ["ətraflı", "davamını oxu"]),
        (.feed, ["canlı yayım", "son dəqiqə"]),
        (.newsletter, ["abunə ol", "abunə olun"]),
        (.comments, ["şərhlər", "şərh yaz", "şərh yazın", "cavab ver", "cavabla"]),
        (.cookie, ["qəbul edirəm", "qəbul et"]),
    ], phrases: [
        (.related, ["^!həmçinin oxuyun", "^!oxşar xəbərlər", "^!mövzu ilə bağlı"]),
        (.newsletter, ["!abunə olun"]),
        (.navigation, ["!bütün hüquqlar qorunur"]),
    ])

    // Hausa (Boko): the hooked letters ɓ ɗ ƙ are letters of their own; "Talla" (advert) is also
    // "an advertisement" in prose, so it is a whole-line label only.
    static let hausa = Language(code: "ha", exactLines: [
        (.advertisement, ["talla", "tallace tallace"]),
        (.social, ["raba", "raba wa", "kwafi mahaɗa"]),
        (.navigation, ["gida", "shafin farko", "nema", "shiga", "na gaba", "na baya", "game da mu", "tuntuɓe mu",
                       "manufar sirri"]),
        (.related, ["karanta kuma", "labarai masu alaƙa", "masu alaƙa", "wasu labarai", "sabbin labarai",
                    "labaran da aka fi karantawa"]),
        (.navigation, ["karanta ƙari", "ci gaba da karantawa"]),
        (.feed, ["kai tsaye"]),
        (.newsletter, ["yi rajista"]),
        (.comments, ["sharhi", "rubuta sharhi", "amsa", "ba da amsa"]),
        (.cookie, ["na amince", "amince"]),
    ], phrases: [
        (.related, ["^!karanta kuma", "^!labarai masu alaƙa"]),
        (.navigation, ["!duk haƙƙoƙi"]),
    ])

    // Serbian in Cyrillic: the Latin spellings are in `croatianSerbianBosnian`; Cyrillic pages
    // print the same furniture with letters of their own (ј љ њ ћ ђ џ) that keep it apart from Russian.
    static let serbianCyrillic = Language(code: "sr-Cyrl", exactLines: [
        (.advertisement, ["реклама", "оглас", "спонзорисано", "промо"]),
        (.social, ["подели", "подијели", "поделите", "копирај линк", "штампај", "пратите нас", "фејсбук", "твитер",
                   "вајбер"]),
        (.navigation, ["насловна", "почетна", "претрага", "пријава", "пријави се", "одјава", "услови коришћења",
                       "политика приватности", "контакт", "импресум", "о нама", "тагови", "ознаке", "следећа",
                       "претходна"]),
        (.related, ["прочитајте још", "прочитајте и", "повезане вести", "повезани текстови", "најчитаније",
                    "најновије", "препоручујемо", "још вести", "из рубрике"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["опширније", "прочитај више", "сазнај више"]),
        (.feed, ["уживо"]),
        (.newsletter, ["претплатите се", "билтен"]),
        (.comments, ["коментари", "оставите коментар", "додај коментар", "одговори", "коментариши"]),
        (.cookie, ["прихватам", "прихвати све"]),
    ], phrases: [
        (.related, ["^!прочитајте још", "^!прочитајте и", "^!повезане вести"]),
        (.navigation, ["!сва права задржана", "!сва права придржана"]),
        (.banner, ["^!време читања"]),
        (.newsletter, ["!пријавите се на наш билтен", "!пријавите се на билтен"]),
        (.cookie, ["!користи колачиће", "!користимо колачиће"]),
    ])

    // Marathi (Devanagari, like Hindi, but its own words: "हेही वाचा" for "read also", "जाहिरात"
    // for an advertisement, "सर्व हक्क राखीव" for the copyright line).
    static let marathi = Language(code: "mr", exactLines: [
        (.advertisement, ["जाहिरात", "जाहिराती", "प्रायोजित"]),
        (.social, ["शेअर करा", "शेअर", "लिंक कॉपी करा", "फॉलो करा"]),
        (.navigation, ["मुख्यपृष्ठ", "मुखपृष्ठ", "शोधा", "पुढील", "मागील", "आमच्याविषयी", "आमच्याबद्दल", "संपर्क",
                       "गोपनीयता धोरण", "अटी व शर्ती", "अटी आणि शर्ती"]),
        (.related, ["हेही वाचा", "हे पण वाचा", "हे सुद्धा वाचा", "संबंधित बातम्या", "ताज्या बातम्या", "अधिक बातम्या",
                    "इतर बातम्या", "सर्वाधिक वाचलेले", "महत्त्वाच्या बातम्या"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["अधिक वाचा", "पुढे वाचा", "संपूर्ण बातमी वाचा"]),
        (.feed, ["लाईव्ह", "ब्रेकिंग न्यूज"]),
        (.newsletter, ["सदस्यता घ्या", "सबस्क्राईब करा"]),
        (.comments, ["प्रतिक्रिया", "तुमची प्रतिक्रिया लिहा", "प्रतिक्रिया द्या", "उत्तर द्या", "कमेंट करा"]),
        (.cookie, ["स्वीकारा", "मान्य आहे"]),
    ], phrases: [
        (.related, ["^!हेही वाचा", "^!हे पण वाचा", "^!संबंधित बातम्या"]),
        (.social, ["व्हॉट्सॲप", "व्हॉट्सअॅप"]),
        (.navigation, ["!सर्व हक्क राखीव"]),
        (.newsletter, ["!सदस्यता घ्या आणि"]),
    ])

    // Nepali (Devanagari): "यो पनि पढ्नुहोस्" ("read this too") and the polite imperatives in "-नुहोस्".
    static let nepali = Language(code: "ne", exactLines: [
        (.advertisement, ["विज्ञापन", "प्रायोजित"]),
        (.social, ["सेयर गर्नुहोस्", "सेयर", "लिंक कपी गर्नुहोस्"]),
        (.navigation, ["गृहपृष्ठ", "मुख्य पृष्ठ", "खोज्नुहोस्", "लगइन", "हाम्रो बारेमा", "सम्पर्क", "गोपनीयता नीति"]),
        (.related, ["यो पनि पढ्नुहोस्", "यो पनि पढ्नुहोस", "यो पनि", "सम्बन्धित समाचार", "ताजा समाचार", "थप समाचार",
                    "धेरै पढिएको"]),
        (.navigation, ["थप पढ्नुहोस्", "पूरा पढ्नुहोस्"]),
        (.feed, ["लाइभ", "ब्रेकिङ"]),
        (.newsletter, ["सदस्यता लिनुहोस्"]),
        (.comments, ["प्रतिक्रिया", "प्रतिक्रियाहरू", "प्रतिक्रिया दिनुहोस्", "जवाफ दिनुहोस्"]),
        (.cookie, ["स्वीकार गर्नुहोस्"]),
    ], phrases: [
        (.related, ["^!यो पनि पढ्नुहोस्", "^!यो पनि पढ्नुहोस", "^!सम्बन्धित समाचार"]),
        (.navigation, ["!सर्वाधिकार सुरक्षित"]),
    ])

    // Kannada: case endings glue to the noun ("ಸುದ್ದಿಪತ್ರಕ್ಕೆ", "to the newsletter"), so phrases
    // name whole inflected words; network names are spelt in the script with a ZWNJ ("ಫೇಸ್‌ಬುಕ್").
    static let kannada = Language(code: "kn", exactLines: [
        (.advertisement, ["ಜಾಹೀರಾತು", "ಜಾಹಿರಾತು", "ಪ್ರಾಯೋಜಿತ"]),
        (.social, ["ಹಂಚಿಕೊಳ್ಳಿ", "ಶೇರ್ ಮಾಡಿ", "ಶೇರ್", "ಲಿಂಕ್ ನಕಲಿಸಿ"]),
        (.navigation, ["ಮುಖಪುಟ", "ಹುಡುಕಿ", "ಲಾಗಿನ್", "ಮುಂದಿನದು", "ಹಿಂದಿನದು", "ನಮ್ಮ ಬಗ್ಗೆ", "ಸಂಪರ್ಕಿಸಿ", "ಸಂಪರ್ಕ",
                       "ಗೌಪ್ಯತಾ ನೀತಿ", "ನಿಯಮಗಳು", "ನಿಯಮಗಳು ಮತ್ತು ಷರತ್ತುಗಳು"]),
        (.related, ["ಇದನ್ನೂ ಓದಿ", "ಇದನ್ನು ಓದಿ", "ಸಂಬಂಧಿತ ಸುದ್ದಿ", "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು", "ಇತ್ತೀಚಿನ ಸುದ್ದಿ",
                    "ಇನ್ನಷ್ಟು ಸುದ್ದಿ", "ಹೆಚ್ಚು ಓದಿದ್ದು"]),
        (.navigation, ["ಮುಂದೆ ಓದಿ", "ಇನ್ನಷ್ಟು ಓದಿ"]),
        (.feed, ["ಲೈವ್", "ಬ್ರೇಕಿಂಗ್ ನ್ಯೂಸ್"]),
        (.newsletter, ["ಚಂದಾದಾರರಾಗಿ"]),
        (.comments, ["ಪ್ರತಿಕ್ರಿಯೆಗಳು", "ಪ್ರತಿಕ್ರಿಯೆ", "ನಿಮ್ಮ ಪ್ರತಿಕ್ರಿಯೆ ಬರೆಯಿರಿ", "ಉತ್ತರಿಸಿ", "ಕಾಮೆಂಟ್"]),
        (.cookie, ["ಒಪ್ಪಿಕೊಳ್ಳಿ", "ಸ್ವೀಕರಿಸಿ"]),
    ], phrases: [
        (.related, ["^!ಇದನ್ನೂ ಓದಿ", "^!ಸಂಬಂಧಿತ ಸುದ್ದಿ"]),
        (.social, ["ಫೇಸ್‌ಬುಕ್", "ವಾಟ್ಸ್‌ಆ್ಯಪ್", "ಟ್ವಿಟರ್"]),
        (.navigation, ["!ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ"]),
        (.newsletter, ["!ಸುದ್ದಿಪತ್ರಕ್ಕೆ ಚಂದಾದಾರರಾಗಿ"]),
    ])

    // Pashto (Arabic script, right to left): its own letters (ټ ډ ړ ږ ښ ګ ڼ ۍ ې) keep most labels
    // apart from the Persian and Urdu ones.
    static let pashto = Language(code: "ps", exactLines: [
        (.advertisement, ["اعلان", "اعلانونه"]),
        (.social, ["شریکول", "شریک کړئ", "شېر کړئ", "لینک کاپي کړئ"]),
        (.navigation, ["کور پاڼه", "کورپاڼه", "لومړی مخ", "لټون", "ننوتل", "زموږ په اړه", "اړیکه", "اړیکې",
                       "له موږ سره اړیکه", "د محرمیت تګلاره", "د محرمیت پالیسي"]),
        (.related, ["دا هم ولولئ", "دا هم ولولی", "اړوند خبرونه", "اړوند مطالب", "نور خبرونه", "وروستي خبرونه",
                    "ډېر لوستل شوي"]),
        (.navigation, ["نور ولولئ", "بشپړ خبر ولولئ"]),
        (.feed, ["ژوندۍ خپرونه"]),
        (.newsletter, ["غړیتوب", "ګډون وکړئ"]),
        (.comments, ["نظرونه", "خپل نظر ولیکئ", "نظر ورکړئ", "ځواب"]),
        (.cookie, ["منم", "ومنئ"]),
    ], phrases: [
        (.related, ["^!دا هم ولولئ", "^!اړوند خبرونه"]),
        (.social, ["فېسبوک", "فیسبوک", "واټساپ", "ټوېټر", "ټویټر"]),
        (.navigation, ["!ټول حقونه خوندي دي"]),
        (.newsletter, ["!خبرپاڼې ته غړیتوب"]),
    ])

    // Yoruba (Latin with tone marks and under-dots: "ẹ̀", "ọ́"): the labels are written with their
    // marks, as news sites print them.
    static let yoruba = Language(code: "yo", exactLines: [
        (.advertisement, ["ìpolówó ọjà", "ìpolówó"]),
        (.social, ["pín", "ṣe àjọpín"]),
        (.navigation, ["ojú ìwé àkọ́kọ́", "wá nǹkan", "ṣàwárí", "wọlé", "nípa wa", "kàn sí wa", "ìlànà àṣírí"]),
        (.related, ["ẹ tún lè ka", "àwọn ìròyìn tó jọ mọ́ ọ", "ìròyìn tó jọ mọ́ ọ", "àwọn ìròyìn míì", "ìròyìn míì",
                    "ìròyìn tuntun"]),
        (.navigation, ["ka síwájú", "ka ìyókù"]),
        (.newsletter, ["forúkọ sílẹ̀"]),
        (.comments, ["àwọn èsì", "èsì", "kọ èsì rẹ", "fèsì"]),
        (.cookie, ["mo gbà"]),
    ], phrases: [
        (.related, ["^!ẹ tún lè ka", "^!àwọn ìròyìn tó jọ mọ́"]),
        (.navigation, ["!gbogbo ẹ̀tọ́ wà ní ìpamọ́"]),
    ])

    // Bulgarian (Cyrillic, its own words beside Serbian and Russian: "прочетете още" for "read
    // also", "бисквитки" for cookies, "всички права запазени" for the copyright line).
    static let bulgarian = Language(code: "bg", exactLines: [
        (.advertisement, ["реклама", "платена публикация", "спонсорирано"]),
        (.social, ["сподели", "споделете", "копирай линка", "копирай линк", "отпечатай", "последвайте ни", "фейсбук",
                   "вайбър", "имейл"]),
        (.navigation, ["начало", "търсене", "търси", "вход", "изход", "регистрация", "за нас", "контакти",
                       "общи условия", "политика за поверителност", "етикети", "следваща", "предишна"]),
        (.related, ["прочетете още", "прочетете също", "още по темата", "свързани новини", "най-четени",
                    "най-нови", "последни новини", "още новини", "препоръчваме"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["още", "прочети повече", "виж повече"]),
        (.feed, ["на живо"]),
        (.newsletter, ["абонирай се", "абонирайте се", "бюлетин"]),
        (.comments, ["коментари", "напишете коментар", "добави коментар", "коментирай", "отговори"]),
        (.cookie, ["приемам", "приеми всички", "откажи"]),
    ], phrases: [
        (.related, ["^!прочетете още", "^!прочетете също", "^!още по темата", "^!свързани новини"]),
        (.navigation, ["!всички права запазени"]),
        (.newsletter, ["!абонирайте се за нашия бюлетин", "!абонирайте се за бюлетина"]),
        (.cookie, ["!използва бисквитки", "!използваме бисквитки"]),
    ])

    // Gujarati: its own script and words ("આ પણ વાંચો" for "read also", "જાહેરાત" for an
    // advertisement, "સર્વાધિકાર સુરક્ષિત" for the copyright line); network names spelt in the script.
    static let gujarati = Language(code: "gu", exactLines: [
        (.advertisement, ["જાહેરાત", "પ્રાયોજિત"]),
        (.social, ["શેર કરો", "શેર", "લિંક કૉપિ કરો", "લિંક કોપી કરો", "ફેસબુક", "વોટ્સએપ", "ટ્વિટર", "ફોલો કરો"]),
        (.navigation, ["હોમ", "મુખ્ય પૃષ્ઠ", "શોધો", "લૉગિન", "લોગિન", "અમારા વિશે", "સંપર્ક", "ગોપનીયતા નીતિ",
                       "શરતો", "નિયમો અને શરતો", "ટૅગ્સ", "ટેગ્સ", "આગળ", "પાછળ"]),
        (.related, ["આ પણ વાંચો", "આ પણ જુઓ", "સંબંધિત સમાચાર", "તાજા સમાચાર", "વધુ સમાચાર", "સૌથી વધુ વંચાયેલા",
                    "ટોચના સમાચાર"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["વધુ વાંચો", "આગળ વાંચો"]),
        (.feed, ["લાઇવ", "બ્રેકિંગ ન્યૂઝ"]),
        (.newsletter, ["સબ્સ્ક્રાઇબ કરો", "ન્યૂઝલેટર"]),
        (.comments, ["પ્રતિભાવ", "પ્રતિભાવો", "તમારો પ્રતિભાવ લખો", "કોમેન્ટ કરો", "જવાબ આપો"]),
        (.cookie, ["સ્વીકારો", "મંજૂર છે"]),
    ], phrases: [
        (.related, ["^!આ પણ વાંચો", "^!સંબંધિત સમાચાર"]),
        (.navigation, ["!સર્વાધિકાર સુરક્ષિત"]),
        (.newsletter, ["!ન્યૂઝલેટર માટે સબ્સ્ક્રાઇબ"]),
        (.cookie, ["!કૂકીઝનો ઉપયોગ"]),
    ])

    // Slovak: close to Czech, its own spellings ("prečítajte si aj" for "read also", "zdieľať" for
    // "share", "všetky práva vyhradené" for the copyright line).
    static let slovak = Language(code: "sk", exactLines: [
        (.advertisement, ["reklama", "inzercia", "sponzorovaný obsah", "komerčný článok"]),
        (.social, ["zdieľať", "zdieľajte", "skopírovať odkaz", "kopírovať odkaz", "vytlačiť", "sledujte nás"]),
        (.navigation, ["domov", "hľadať", "vyhľadávanie", "prihlásiť sa", "odhlásiť sa", "ďalšie", "predchádzajúce",
                       "o nás", "kontakt", "ochrana osobných údajov", "podmienky používania", "témy", "štítky"]),
        (.related, ["prečítajte si aj", "prečítajte si tiež", "čítajte aj", "súvisiace články", "súvisiace správy",
                    "najčítanejšie", "najnovšie", "ďalšie správy", "odporúčame"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["čítať ďalej", "čítajte viac", "celý článok"]),
        (.feed, ["naživo", "online prenos"]),
        (.newsletter, ["odoberať", "prihláste sa na odber", "newsletter"]),
        (.membership, ["podporiť", "podporte nás"]),
        (.comments, ["diskusia", "komentáre", "pridať komentár", "napísať komentár", "odpovedať"]),
        (.cookie, ["súhlasím", "prijať všetko", "odmietnuť"]),
    ], phrases: [
        (.related, ["^!prečítajte si aj", "^!prečítajte si tiež", "^!čítajte aj", "^!súvisiace články"]),
        (.navigation, ["!všetky práva vyhradené"]),
        (.banner, ["^!čas čítania"]),
        (.newsletter, ["!odber nášho newslettera"]),
        (.membership, ["!podporte nezávislú"]),
        (.cookie, ["!používame súbory cookies"]),
    ])

    // Lithuanian: "taip pat skaitykite" ("read also"), "slapukai" for cookies, "visos teisės
    // saugomos" for the copyright line; a photo credit closes on "nuotr." (`CaptionDetector`).
    static let lithuanian = Language(code: "lt", exactLines: [
        (.advertisement, ["reklama", "užsakomasis turinys", "remiama"]),
        (.social, ["dalintis", "dalinkitės", "kopijuoti nuorodą", "spausdinti", "sekite mus"]),
        (.navigation, ["pradžia", "paieška", "prisijungti", "atsijungti", "kitas", "ankstesnis", "apie mus",
                       "kontaktai", "privatumo politika", "naudojimosi taisyklės", "temos", "žymos"]),
        (.related, ["taip pat skaitykite", "skaitykite taip pat", "susiję straipsniai", "susijusios naujienos",
                    "skaitomiausi", "naujausi", "daugiau naujienų", "rekomenduojame"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["skaityti daugiau", "skaityti toliau"]),
        (.feed, ["tiesiogiai"]),
        (.newsletter, ["prenumeruoti", "naujienlaiškis", "užsiprenumeruokite"]),
        (.membership, ["paremti", "paremkite mus"]),
        (.comments, ["komentarai", "rašyti komentarą", "komentuoti", "atsakyti"]),
        (.cookie, ["sutinku", "priimti visus", "atmesti"]),
    ], phrases: [
        (.related, ["^!taip pat skaitykite", "^!skaitykite taip pat", "^!susiję straipsniai"]),
        (.navigation, ["!visos teisės saugomos"]),
        (.banner, ["^!skaitymo laikas"]),
        (.newsletter, ["!mūsų naujienlaiškį", "!užsiprenumeruokite mūsų"]),
        (.membership, ["!remkite nepriklausomą"]),
        (.cookie, ["!naudojami slapukai", "!naudojame slapukus"]),
    ])

    // Latvian: long vowels marked (ā ē ī ū), "lasi arī" / "lasiet arī" ("read also"), "sīkdatnes"
    // for cookies, "visas tiesības aizsargātas" for the copyright line.
    static let latvian = Language(code: "lv", exactLines: [
        (.advertisement, ["reklāma", "sponsorēts", "sponsorēts saturs"]),
        (.social, ["dalīties", "kopēt saiti", "drukāt", "seko mums"]),
        (.navigation, ["sākums", "meklēt", "pieslēgties", "iziet", "nākamais", "iepriekšējais", "par mums", "kontakti",
                       "privātuma politika", "lietošanas noteikumi", "tēmas", "birkas"]),
        (.related, ["lasi arī", "lasiet arī", "saistītie raksti", "saistītās ziņas", "lasītākie", "jaunākie",
                    "vairāk ziņu", "iesakām"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lasīt vairāk", "lasīt tālāk"]),
        (.feed, ["tiešraide"]),
        (.newsletter, ["pieteikties", "abonēt", "jaunumu vēstule"]),
        (.membership, ["atbalstīt", "atbalsti mūs"]),
        (.comments, ["komentāri", "rakstīt komentāru", "komentēt", "atbildēt"]),
        (.cookie, ["piekrītu", "pieņemt visas", "noraidīt"]),
    ], phrases: [
        (.related, ["^!lasi arī", "^!lasiet arī", "^!saistītie raksti"]),
        (.navigation, ["!visas tiesības aizsargātas"]),
        (.banner, ["^!lasīšanas laiks"]),
        (.newsletter, ["!mūsu jaunumu vēstulei"]),
        (.membership, ["!atbalsti neatkarīgu"]),
        (.cookie, ["!izmantojam sīkdatnes", "!izmanto sīkdatnes"]),
    ])

    // Estonian: "loe ka" ("read also"), "küpsised" for cookies, "kõik õigused kaitstud" for the
    // copyright line.
    static let estonian = Language(code: "et", exactLines: [
        (.advertisement, ["reklaam", "sisuturundus", "sponsoreeritud"]),
        (.social, ["jaga", "kopeeri link", "prindi", "jälgi meid"]),
        (.navigation, ["avaleht", "otsi", "logi sisse", "logi välja", "järgmine", "eelmine", "meist", "kontakt",
                       "privaatsuspoliitika", "kasutustingimused", "teemad", "sildid"]),
        (.related, ["loe ka", "loe lisaks", "seotud lood", "seotud uudised", "loetuimad", "uusimad", "veel uudiseid",
                    "soovitame"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["loe edasi", "loe rohkem"]),
        (.feed, ["otseülekanne"]),
        (.newsletter, ["telli", "telli uudiskiri", "uudiskiri"]),
        (.membership, ["toeta", "toeta meid"]),
        (.comments, ["kommentaarid", "lisa kommentaar", "kommenteeri", "vasta"]),
        (.cookie, ["nõustun", "nõustu kõigiga", "keeldu"]),
    ], phrases: [
        (.related, ["^!loe ka", "^!loe lisaks", "^!seotud lood"]),
        (.navigation, ["!kõik õigused kaitstud"]),
        (.banner, ["^!lugemisaeg"]),
        (.newsletter, ["!telli meie uudiskiri"]),
        (.membership, ["!toeta sõltumatut"]),
        (.cookie, ["!kasutame küpsiseid"]),
    ])

    // Albanian: "lexo edhe" / "lexo më shumë", "reklamë", "të gjitha të drejtat e rezervuara" for
    // the copyright line; "Nga" before a name is the byline (`BylineLabels`).
    static let albanian = Language(code: "sq", exactLines: [
        (.advertisement, ["reklamë", "reklama", "sponsorizuar"]),
        (.social, ["shpërndaj", "shpërndaje", "kopjo linkun", "printo", "na ndiqni"]),
        (.navigation, ["ballina", "kreu", "kërko", "hyr", "dil", "regjistrohu", "më tej", "rreth nesh", "kontakt",
                       "politika e privatësisë", "kushtet e përdorimit", "etiketa"]),
        (.related, ["lexo edhe", "lexo gjithashtu", "lajme të ngjashme", "artikuj të ngjashëm", "më të lexuarat",
                    "të fundit", "më shumë lajme", "lajmet e fundit"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lexo më shumë", "lexo të plotë"]),
        (.feed, ["drejtpërdrejt"]),
        (.newsletter, ["abonohu", "buletini"]),
        (.membership, ["dhuro", "na mbështetni"]),
        (.comments, ["komente", "komentet", "shkruaj një koment", "komento", "përgjigju"]),
        (.cookie, ["pranoj", "prano të gjitha", "refuzo"]),
    ], phrases: [
        (.related, ["^!lexo edhe", "^!lexo gjithashtu", "^!lajme të ngjashme"]),
        (.navigation, ["!të gjitha të drejtat e rezervuara"]),
        (.banner, ["^!koha e leximit"]),
        (.newsletter, ["!regjistrohuni në buletinin"]),
        (.membership, ["!mbështetni gazetarinë"]),
        (.cookie, ["!përdorim cookies"]),
    ])

    // Macedonian (Cyrillic with ѓ ќ ѕ ј љ њ џ): "прочитајте и" as in Serbian, its own "сподели",
    // "колачиња" for cookies and "сите права се задржани" for the copyright line.
    static let macedonian = Language(code: "mk", exactLines: [
        (.advertisement, ["реклама", "платен оглас", "спонзорирано"]),
        (.social, ["сподели", "споделете", "копирај линк", "печати", "следете не"]),
        (.navigation, ["почетна", "пребарај", "пребарување", "најава", "одјава", "следна", "претходна", "за нас",
                       "контакт", "политика на приватност", "услови за користење", "тагови"]),
        (.related, ["прочитајте и", "прочитајте уште", "поврзани вести", "најчитано", "најнови", "повеќе вести",
                    "препорачуваме"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["прочитај повеќе", "опширно"]),
        (.feed, ["во живо"]),
        (.newsletter, ["претплати се", "билтен"]),
        (.membership, ["донирај", "поддржете не"]),
        (.comments, ["коментари", "напиши коментар", "коментирај", "одговори"]),
        (.cookie, ["прифаќам", "прифати ги сите", "одбиј"]),
    ], phrases: [
        (.related, ["^!прочитајте и", "^!прочитајте уште", "^!поврзани вести"]),
        (.navigation, ["!сите права се задржани", "!сите права задржани"]),
        (.banner, ["^!време за читање"]),
        (.newsletter, ["!пријавете се на нашиот билтен"]),
        (.membership, ["!поддржете го независното"]),
        (.cookie, ["!користи колачиња", "!користиме колачиња"]),
    ])

    // Mongolian (Cyrillic with ө and ү): "мөн уншаарай" ("read also"), "сурталчилгаа" for an
    // advertisement, "бүх эрх хуулиар хамгаалагдсан" for the copyright line.
    static let mongolian = Language(code: "mn", exactLines: [
        (.advertisement, ["сурталчилгаа", "зар сурталчилгаа", "ивээн тэтгэсэн"]),
        (.social, ["хуваалцах", "холбоос хуулах", "хэвлэх", "биднийг дагаарай"]),
        (.navigation, ["нүүр", "нүүр хуудас", "хайх", "нэвтрэх", "гарах", "дараагийн", "өмнөх",
                       "бидний тухай", "холбоо барих", "нууцлалын бодлого", "үйлчилгээний нөхцөл", "шошго"]),
        (.related, ["мөн уншаарай", "холбоотой мэдээ", "төстэй мэдээ", "их уншсан", "шинэ мэдээ", "бусад мэдээ",
                    "сүүлийн мэдээ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["дэлгэрэнгүй", "цааш унших"]),
        (.feed, ["шууд дамжуулалт", "шуурхай"]),
        (.newsletter, ["бүртгүүлэх", "захиалах"]),
        (.membership, ["дэмжих", "хандив өгөх"]),
        (.comments, ["сэтгэгдэл", "сэтгэгдэл бичих", "сэтгэгдлүүд", "хариулах"]),
        (.cookie, ["зөвшөөрөх", "зөвшөөрч байна", "татгалзах"]),
    ], phrases: [
        (.related, ["^!мөн уншаарай", "^!холбоотой мэдээ"]),
        (.navigation, ["!бүх эрх хуулиар хамгаалагдсан", "!бүх эрх хамгаалагдсан"]),
        (.banner, ["^!унших хугацаа"]),
        (.newsletter, ["!товхимолд бүртгүүлж"]),
        (.membership, ["!хандив өргөөрэй"]),
        (.cookie, ["!күүки ашигладаг"]),
    ])

    // Uzbek (Latin): o‘ and g‘ written with a turned comma or an apostrophe; "shuningdek o‘qing"
    // ("read also"), "mavzuga oid" ("on this topic"), "barcha huquqlar himoyalangan".
    static let uzbek = Language(code: "uz", exactLines: [
        (.advertisement, ["reklama", "homiylik"]),
        (.social, ["ulashish", "havolani nusxalash", "chop etish", "bizni kuzating"]),
        (.navigation, ["bosh sahifa", "qidiruv", "chiqish", "ro‘yxatdan o‘tish", "keyingi", "oldingi",
                       "biz haqimizda", "aloqa", "maxfiylik siyosati", "foydalanish shartlari", "teglar"]),
        (.related, ["shuningdek o‘qing", "shuningdek o'qing", "mavzuga oid", "o‘xshash yangiliklar",
                    "ko‘p o‘qilganlar", "so‘nggi yangiliklar", "boshqa yangiliklar"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["batafsil", "davomini o‘qish"]),
        (.feed, ["jonli efir", "tezkor"]),
        (.newsletter, ["obuna bo‘lish", "obuna bo'lish"]),
        (.membership, ["qo‘llab quvvatlash"]),
        (.comments, ["izohlar", "izoh qoldirish", "izoh yozish", "javob berish"]),
        (.cookie, ["roziman", "qabul qilish"]),
    ], phrases: [
        (.related, ["^!shuningdek o‘qing", "^!shuningdek o'qing", "^!mavzuga oid"]),
        (.navigation, ["!barcha huquqlar himoyalangan"]),
        (.banner, ["^!o‘qish vaqti"]),
        (.newsletter, ["!kanalimizga obuna"]),
        (.membership, ["!jurnalistikani qo‘llab"]),
        (.cookie, ["!cookie fayllardan foydalanadi"]),
    ])

    // Sorani Kurdish (Arabic script, right to left, with its own letters ڕ ڵ ێ ۆ ە): "ئەمەش
    // بخوێنەوە" ("read this too"), "ڕیکلام" for an advertisement, "هەموو مافەکان پارێزراون" for the
    // copyright line.
    static let sorani = Language(code: "ckb", exactLines: [
        (.advertisement, ["ڕیکلام", "ریکلام"]),
        (.social, ["هاوبەشی بکە", "بڵاوی بکەوە", "لینک کۆپی بکە", "چاپ", "بەدوامان بکەوە"]),
        (.navigation, ["سەرەکی", "پەڕەی سەرەکی", "گەڕان", "چوونەژوورەوە", "چوونەدەرەوە", "دواتر", "پێشتر",
                       "دەربارەی ئێمە", "پەیوەندی", "پەیوەندیمان پێوە بکە", "سیاسەتی تایبەتمەندی",
                       "مەرجەکانی بەکارهێنان", "تاگەکان"]),
        (.related, ["ئەمەش بخوێنەوە", "ئەمانەش بخوێنەوە", "هەواڵی پەیوەندیدار", "هەواڵە پەیوەندیدارەکان",
                    "زۆرترین خوێنراو", "دوایین هەواڵەکان", "هەواڵی تر"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["زیاتر بخوێنەوە", "درێژەی هەواڵ"]),
        (.feed, ["ڕاستەوخۆ", "پەخشی ڕاستەوخۆ", "هەواڵی بەپەلە"]),
        (.newsletter, ["بەشداربوون", "بەشداربە"]),
        (.membership, ["پشتگیری بکە"]),
        (.comments, ["کۆمێنتەکان", "بۆچوونەکان", "کۆمێنت بنووسە", "بۆچوونی خۆت بنووسە", "وەڵام"]),
        (.cookie, ["ڕازیم", "قبووڵە", "وەرگرتن"]),
    ], phrases: [
        (.related, ["^!ئەمەش بخوێنەوە", "^!هەواڵی پەیوەندیدار"]),
        (.navigation, ["!هەموو مافەکان پارێزراون", "!هەموو مافێک پارێزراوە"]),
        (.banner, ["^!کاتی خوێندنەوە"]),
        (.newsletter, ["!نامەی هەواڵەکانمان"]),
        (.membership, ["!پشتگیری لە ڕۆژنامەگەریی"]),
        (.cookie, ["!کووکی بەکاردەهێنێت"]),
    ])

    // Dhivehi (Thaana, right to left; sentences close on "-ެވެ." and a full stop): "މިވެސް
    // ކިޔައްވާ" ("read this too"), "އިޝްތިހާރު" for an advertisement, "ހުރިހާ ޙައްޤެއް ލިބިގެންވޭ"
    // for the copyright line; "ލިޔުނީ:" before the writer's name (`BylineLabels`).
    static let dhivehi = Language(code: "dv", exactLines: [
        (.advertisement, ["އިޝްތިހާރު", "އިޝްތިހާރ"]),
        (.social, ["ޝެއަރ ކުރައްވާ", "ޝެއަރ", "ލިންކް ކޮޕީ ކުރައްވާ", "ޕްރިންޓް", "ޚަބަރު އަޑުއަހާ"]),
        (.navigation, ["ފުރަތަމަ ސަފުހާ", "މައި ސަފުހާ", "ހޯދާ", "ލޮގިން", "ލޮގްއައުޓް", "ކުރިއަށް", "ފަހަތަށް",
                       "އަޅުގަނޑުމެންނާ ބެހޭ", "ގުޅުއްވާ", "ޕްރައިވެސީ ޕޮލިސީ", "ޓެގްތައް"]),
        (.related, ["މިވެސް ކިޔައްވާ", "ގުޅުންހުރި ޚަބަރު", "ގުޅުންހުރި ޚަބަރުތައް", "އެންމެ ގިނައިން ކިޔާފައިވާ",
                    "އެންމެ ފަހުގެ ޚަބަރު", "އިތުރު ޚަބަރު"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["އިތުރަށް ކިޔާލާ", "ފުރިހަމައަށް ކިޔާލާ"]),
        (.feed, ["ލައިވް", "ބްރޭކިންގ"]),
        (.newsletter, ["ސަބްސްކްރައިބް", "ސަބްސްކްރައިބް ކުރައްވާ"]),
        (.membership, ["އެހީވެދެއްވާ", "ހިލޭ އެހީ"]),
        (.comments, ["ކޮމެންޓް", "ކޮމެންޓްތައް", "ކޮމެންޓެއް ލިޔުއްވާ", "ޖަވާބު"]),
        (.cookie, ["އެއްބަސް", "ގަބޫލު", "ސެޓިންގްސް"]),
    ], phrases: [
        (.related, ["^!މިވެސް ކިޔައްވާ", "^!ގުޅުންހުރި ޚަބަރު"]),
        (.navigation, ["!ހުރިހާ ޙައްޤެއް ލިބިގެންވޭ", "!ހުރިހާ ޙައްޤެއް"]),
        (.banner, ["^!ކިޔަން ނަގާ ވަގުތު"]),
        (.newsletter, ["!ނިއުސްލެޓަރަށް ސަބްސްކްރައިބް"]),
        (.membership, ["!މިނިވަން ނޫސްވެރިކަމަށް"]),
        (.cookie, ["!ކުކީސް ބޭނުންކުރަނީ"]),
    ])

    // Tibetan writes no space between words: the tokenizer reads each syllable (parted by a tsheg,
    // ་) as a word and a shad (།) as punctuation, so labels are syllable sequences ("འདི་ཡང་ཀློག་རོགས",
    // "read this too"); "ཁྱབ་བསྒྲགས" for an advertisement, "དབང་ཆ་ཡོངས་རྫོགས" for the copyright line.
    static let tibetan = Language(code: "bo", exactLines: [
        (.advertisement, ["ཁྱབ་བསྒྲགས", "ཚོང་བསྒྲགས"]),
        (.social, ["མཉམ་སྤྱོད", "མཉམ་སྤྱོད་བྱེད", "འབྲེལ་ཐག་པར་སློག", "པར་འདེབས", "གསར་འགྱུར་ཉན", "ཕེ་སི་བུག"]),
        (.navigation, ["གཙོ་ངོས", "འཚོལ་ཞིབ", "ནང་འཛུལ", "ཕྱིར་འཐོན", "རྗེས་མ", "སྔོན་མ", "ང་ཚོའི་སྐོར",
                       "འབྲེལ་གཏུག", "གསང་དོན་སྲིད་ཇུས", "བརྡ་རྟགས"]),
        (.related, ["འདི་ཡང་ཀློག་རོགས", "འབྲེལ་ཡོད་གསར་འགྱུར", "གསར་འགྱུར་གསར་ཤོས", "མང་ཤོས་ཀློག་པ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["མུ་མཐུད་ཀློག", "རྒྱས་པ་ཀློག"]),
        (.feed, ["ཐད་གཏོང"]),
        (.newsletter, ["མིང་འགོད"]),
        (.membership, ["རྒྱབ་སྐྱོར"]),
        (.comments, ["བསམ་ཚུལ", "བསམ་ཚུལ་འབྲི", "ལན་འདེབས"]),
        (.cookie, ["ཁས་ལེན", "སྒྲིག་འགོད"]),
    ], phrases: [
        (.related, ["^!འདི་ཡང་ཀློག་རོགས", "^!འབྲེལ་ཡོད་གསར་འགྱུར"]),
        (.navigation, ["!དབང་ཆ་ཡོངས་རྫོགས"]),
        (.banner, ["^!ཀློག་དུས"]),
        (.newsletter, ["!གསར་ཤོག་ལ་མིང་འགོད"]),
        (.membership, ["!རང་དབང་གསར་འགྱུར་ལ་རྒྱབ་སྐྱོར"]),
        (.cookie, ["!ཀུ་ཀི་བེད་སྤྱོད"]),
    ])

    // Odia: its own script and danda (।); "ଆହୁରି ପଢ଼ନ୍ତୁ" ("read more", before another story's
    // headline), "ବିଜ୍ଞାପନ" for an advertisement, "ସମସ୍ତ ଅଧିକାର ସଂରକ୍ଷିତ" for the copyright line.
    static let odia = Language(code: "or", exactLines: [
        (.advertisement, ["ବିଜ୍ଞାପନ", "ପ୍ରାୟୋଜିତ"]),
        (.social, ["ସେୟାର କରନ୍ତୁ", "ସେୟାର", "ଲିଙ୍କ କପି କରନ୍ତୁ", "ପ୍ରିଣ୍ଟ", "ଖବର ଶୁଣନ୍ତୁ", "ଫେସବୁକ", "ହ୍ୱାଟସଆପ"]),
        (.navigation, ["ମୁଖ୍ୟ ପୃଷ୍ଠା", "ସନ୍ଧାନ", "ଲଗଇନ", "ଲଗଆଉଟ", "ପରବର୍ତ୍ତୀ", "ପୂର୍ବବର୍ତ୍ତୀ", "ଆମ ବିଷୟରେ",
                       "ଯୋଗାଯୋଗ", "ଗୋପନୀୟତା ନୀତି", "ବ୍ୟବହାର ସର୍ତ୍ତାବଳୀ", "ଟ୍ୟାଗ"]),
        (.related, ["ଆହୁରି ପଢ଼ନ୍ତୁ", "ଆହୁରି ପଢନ୍ତୁ", "ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ", "ସମ୍ବନ୍ଧିତ ଖବର", "ତାଜା ଖବର",
                    "ଅଧିକ ପଠିତ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["ସମ୍ପୂର୍ଣ୍ଣ ପଢ଼ନ୍ତୁ"]),
        (.feed, ["ଲାଇଭ", "ବ୍ରେକିଂ"]),
        (.newsletter, ["ସବସ୍କ୍ରାଇବ", "ସବସ୍କ୍ରାଇବ କରନ୍ତୁ"]),
        (.membership, ["ସମର୍ଥନ କରନ୍ତୁ"]),
        (.comments, ["ମନ୍ତବ୍ୟ", "ମନ୍ତବ୍ୟ ଲେଖନ୍ତୁ", "ଉତ୍ତର"]),
        (.cookie, ["ଗ୍ରହଣ କରନ୍ତୁ", "ସେଟିଂସ"]),
    ], phrases: [
        (.related, ["^!ଆହୁରି ପଢ଼ନ୍ତୁ", "^!ଆହୁରି ପଢନ୍ତୁ", "^!ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ", "^!ସମ୍ବନ୍ଧିତ ଖବର"]),
        (.navigation, ["!ସମସ୍ତ ଅଧିକାର ସଂରକ୍ଷିତ"]),
        (.banner, ["^!ପଢ଼ିବା ସମୟ"]),
        (.newsletter, ["!ନ୍ୟୁଜଲେଟରର ସଦସ୍ୟ"]),
        (.membership, ["!ସ୍ୱାଧୀନ ସାମ୍ବାଦିକତାକୁ"]),
        (.cookie, ["!କୁକିଜ ବ୍ୟବହାର"]),
    ])

    // Slovenian: "preberite tudi" ("read also"), "piškotki" for cookies, "vse pravice pridržane" for
    // the copyright line; "Avtor:" before the writer's name (`BylineLabels`).
    static let slovenian = Language(code: "sl", exactLines: [
        (.advertisement, ["oglas", "oglasno sporočilo", "sponzorirana vsebina", "plačana objava"]),
        (.social, ["deli", "deli članek", "kopiraj povezavo", "natisni", "poslušaj članek", "sledite nam"]),
        (.navigation, ["domov", "iskanje", "prijava", "odjava", "naslednji", "prejšnji", "o nas", "kontakt",
                       "oglaševanje", "varstvo osebnih podatkov", "pogoji uporabe", "oznake", "teme"]),
        (.related, ["preberite tudi", "sorodne novice", "sorodni članki", "najbolj brano", "najnovejše", "več novic",
                    "priporočamo"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["preberi več", "celoten članek"]),
        (.feed, ["v živo"]),
        (.newsletter, ["naroči se", "naročite se", "e-novice"]),
        (.membership, ["podprite nas", "podpri nas"]),
        (.comments, ["komentarji", "napiši komentar", "komentiraj", "odgovori"]),
        (.cookie, ["sprejmi", "sprejmem", "sprejmi vse", "zavrni", "nastavitve"]),
    ], phrases: [
        (.related, ["^!preberite tudi", "^!sorodne novice"]),
        (.navigation, ["!vse pravice pridržane"]),
        (.banner, ["^!čas branja"]),
        (.newsletter, ["!naročite se na naše e-novice", "!naročite se na e-novice"]),
        (.membership, ["!podprite neodvisno novinarstvo"]),
        (.cookie, ["!uporablja piškotke"]),
    ])

    // Icelandic: "lesa einnig" ("read also"), "vafrakökur" for cookies, "allur réttur áskilinn" for
    // the copyright line; "Höfundur:" before the writer's name, "Mynd:" before a photo credit.
    static let icelandic = Language(code: "is", exactLines: [
        (.advertisement, ["auglýsing", "kostað efni", "kynning"]),
        (.social, ["deila", "deila frétt", "afrita hlekk", "prenta", "hlusta á frétt", "fylgdu okkur"]),
        (.navigation, ["forsíða", "leit", "innskráning", "útskráning", "næsta", "fyrri", "um okkur", "hafa samband",
                       "auglýsingar", "persónuvernd", "skilmálar", "efnisorð"]),
        (.related, ["lesa einnig", "lestu einnig", "tengdar fréttir", "mest lesið", "nýjast", "fleiri fréttir"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lesa meira", "lesa alla fréttina"]),
        (.feed, ["í beinni"]),
        (.newsletter, ["skrá mig", "fréttabréf", "skráðu þig"]),
        (.membership, ["styrkja", "styrktu okkur"]),
        (.comments, ["athugasemdir", "skrifa athugasemd", "svara"]),
        (.cookie, ["samþykkja", "samþykkja allt", "hafna", "stillingar"]),
    ], phrases: [
        (.related, ["^!lesa einnig", "^!lestu einnig", "^!tengdar fréttir"]),
        (.navigation, ["!allur réttur áskilinn"]),
        (.banner, ["^!lestrartími"]),
        (.newsletter, ["!skráðu þig á fréttabréfið", "!skráðu þig á póstlistann"]),
        (.membership, ["!styrktu óháða blaðamennsku"]),
        (.cookie, ["!notar vafrakökur"]),
    ])

    // Basque: "irakurri ere" ("read also"), "cookieak" for cookies, "eskubide guztiak
    // erreserbatuta" for the copyright line; "Egilea:" before the writer's name, "Argazkia:" before
    // a photo credit; the date is written year first ("2025eko abuztuaren 14a", `DateNormalizer`).
    static let basque = Language(code: "eu", exactLines: [
        (.advertisement, ["iragarkia", "publizitatea", "babestutako edukia"]),
        (.social, ["partekatu", "kopiatu esteka", "inprimatu", "entzun albistea", "jarraitu gaitzazu"]),
        (.navigation, ["hasiera", "bilatu", "saioa hasi", "saioa itxi", "hurrengoa", "aurrekoa", "guri buruz",
                       "harremanetarako", "pribatutasun politika", "erabilera baldintzak", "etiketak", "gaiak"]),
        (.related, ["irakurri ere", "lotutako albisteak", "lotutako berriak", "gehien irakurriak", "azken albisteak",
                    "albiste gehiago"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["irakurri gehiago", "jarraitu irakurtzen"]),
        (.feed, ["zuzenean"]),
        (.newsletter, ["harpidetu", "harpidetu zaitez", "buletina"]),
        (.membership, ["egin ekarpena", "lagundu gaitzazu"]),
        (.comments, ["iruzkinak", "idatzi iruzkina", "erantzun"]),
        (.cookie, ["onartu", "onartu guztiak", "ukatu", "ezarpenak"]),
    ], phrases: [
        (.related, ["^!irakurri ere", "^!lotutako albisteak"]),
        (.navigation, ["!eskubide guztiak erreserbatuta", "!eskubide guztiak gordeta"]),
        (.banner, ["^!irakurketa denbora"]),
        (.newsletter, ["!harpidetu gure buletinera"]),
        (.membership, ["!lagundu kazetaritza independenteari"]),
        (.cookie, ["!cookieak erabiltzen ditu"]),
    ])

    // Galician, which shares many labels with Spanish and Portuguese: "le tamén" ("read also"),
    // "ligazón" for a link, "todos os dereitos reservados" for the copyright line.
    static let galician = Language(code: "gl", exactLines: [
        (.advertisement, ["publicidade", "contido patrocinado"]),
        (.social, ["compartir", "copiar ligazón", "imprimir", "escoitar a noticia", "síguenos"]),
        (.navigation, ["portada", "buscar", "iniciar sesión", "pechar sesión", "seguinte", "quen somos",
                       "política de privacidade", "aviso legal", "etiquetas"]),
        (.related, ["le tamén", "lea tamén", "noticias relacionadas", "máis lidas", "últimas novas", "máis novas"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["ler máis", "seguir lendo"]),
        (.feed, ["en directo"]),
        (.newsletter, ["subscribirme", "subscríbete", "boletín"]),
        (.membership, ["fai unha achega", "apoia"]),
        (.comments, ["comentarios", "escribe un comentario", "responder"]),
        (.cookie, ["aceptar", "rexeitar", "configuración"]),
    ], phrases: [
        (.related, ["^!le tamén", "^!lea tamén", "^!noticias relacionadas"]),
        (.navigation, ["!todos os dereitos reservados"]),
        (.banner, ["^!tempo de lectura"]),
        (.newsletter, ["!subscríbete ao noso boletín"]),
        (.membership, ["!apoia o xornalismo independente"]),
        (.cookie, ["!utiliza cookies para mellorar"]),
    ])

    // Welsh: "darllenwch hefyd" ("read also"), "cwcis" for cookies, "cedwir pob hawl" for the
    // copyright line; "Gan" before the writer's name (a line of that name only, as "gan" is also
    // "by, with" in prose), "Llun:" before a photo credit.
    static let welsh = Language(code: "cy", exactLines: [
        (.advertisement, ["hysbyseb", "hysbysebion", "cynnwys noddedig"]),
        (.social, ["rhannu", "copïo’r ddolen", "copïo'r ddolen", "argraffu", "gwrando ar yr erthygl", "dilynwch ni"]),
        (.navigation, ["hafan", "chwilio", "mewngofnodi", "allgofnodi", "nesaf", "blaenorol", "amdanom ni", "cysylltu",
                       "hysbysebu", "polisi preifatrwydd", "telerau defnyddio", "pynciau"]),
        (.related, ["darllenwch hefyd", "straeon cysylltiedig", "erthyglau cysylltiedig", "mwyaf poblogaidd",
                    "y diweddaraf", "mwy o newyddion"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["darllen mwy", "darllenwch fwy"]),
        (.feed, ["yn fyw"]),
        (.newsletter, ["tanysgrifio", "tanysgrifiwch", "cylchlythyr"]),
        (.membership, ["cyfrannu", "cefnogwch ni"]),
        (.comments, ["sylwadau", "ysgrifennu sylw", "ateb"]),
        (.cookie, ["derbyn", "derbyn y cyfan", "gwrthod", "gosodiadau"]),
    ], phrases: [
        (.related, ["^!darllenwch hefyd", "^!straeon cysylltiedig"]),
        (.navigation, ["!cedwir pob hawl"]),
        (.banner, ["^!amser darllen"]),
        (.newsletter, ["!tanysgrifiwch i’n cylchlythyr", "!tanysgrifiwch i'n cylchlythyr"]),
        (.membership, ["!cefnogwch newyddiaduraeth annibynnol"]),
        (.cookie, ["!yn defnyddio cwcis"]),
    ])

    // Irish: "léigh freisin" ("read also"), "fianáin" for cookies, "gach ceart ar cosaint" for the
    // copyright line; "Grianghraf:" before a photo credit.
    static let irish = Language(code: "ga", exactLines: [
        (.advertisement, ["fógra", "fógraí", "ábhar urraithe"]),
        (.social, ["roinn", "cóipeáil an nasc", "priontáil", "éist leis an alt", "lean muid"]),
        (.navigation, ["cuardaigh", "logáil isteach", "logáil amach", "ar aghaidh", "fúinn", "teagmháil",
                       "fógraíocht", "polasaí príobháideachais", "téarmaí úsáide", "clibeanna"]),
        (.related, ["léigh freisin", "scéalta gaolmhara", "is mó a léadh", "is déanaí", "tuilleadh nuachta"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["léigh tuilleadh", "léigh níos mó"]),
        (.feed, ["beo"]),
        (.newsletter, ["cláraigh", "nuachtlitir"]),
        (.membership, ["tabhair síntiús", "tacaigh linn"]),
        (.comments, ["tráchtanna", "scríobh trácht", "freagair"]),
        (.cookie, ["glac leo", "glac leo go léir", "diúltaigh", "socruithe"]),
    ], phrases: [
        (.related, ["^!léigh freisin", "^!scéalta gaolmhara"]),
        (.navigation, ["!gach ceart ar cosaint"]),
        (.banner, ["^!am léitheoireachta"]),
        (.newsletter, ["!cláraigh dár nuachtlitir"]),
        (.membership, ["!tacaigh le hiriseoireacht"]),
        (.cookie, ["!úsáideann an suíomh seo fianáin"]),
    ])

    // Belarusian (Cyrillic with ў and і): "чытайце таксама" ("read also"), "усе правы абаронены" for
    // the copyright line; "Аўтар:" before the writer's name, "Фота:" before a photo credit.
    static let belarusian = Language(code: "be", exactLines: [
        (.advertisement, ["рэклама", "на правах рэкламы"]),
        (.social, ["падзяліцца", "скапіраваць спасылку", "друкаваць", "слухаць навіну", "сачыце за намі"]),
        (.navigation, ["галоўная", "пошук", "увайсці", "выйсці", "наступная", "папярэдняя", "пра нас", "кантакты",
                       "палітыка прыватнасці", "умовы выкарыстання", "тэгі", "тэмы"]),
        (.related, ["чытайце таксама", "звязаныя навіны", "падобныя навіны", "самае чытанае", "апошнія навіны",
                    "больш навін"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["чытаць далей", "чытаць цалкам"]),
        (.feed, ["наўпрост"]),
        (.newsletter, ["падпісацца", "рассылка"]),
        (.membership, ["падтрымаць", "падтрымайце нас"]),
        (.comments, ["каментары", "напісаць каментар", "адказаць"]),
        (.cookie, ["прыняць", "прыняць усе", "адхіліць", "налады"]),
    ], phrases: [
        (.related, ["^!чытайце таксама", "^!звязаныя навіны"]),
        (.navigation, ["!усе правы абаронены"]),
        (.banner, ["^!час чытання"]),
        (.newsletter, ["!падпішыцеся на нашу рассылку"]),
        (.membership, ["!падтрымайце незалежную журналістыку"]),
        (.cookie, ["!выкарыстоўвае файлы cookie"]),
    ])

    // Tajik (Cyrillic with ғ ӣ қ ӯ ҳ ҷ): "инчунин хонед" ("read also"), "ҳамаи ҳуқуқҳо ҳифз
    // шудаанд" for the copyright line; "Муаллиф:" before the writer's name, "Акс:" before a photo credit.
    static let tajik = Language(code: "tg", exactLines: [
        (.advertisement, ["реклама", "маводи таблиғотӣ"]),
        (.social, ["мубодила", "нусхабардории пайванд", "чоп кардан", "гӯш кардани хабар", "моро пайгирӣ кунед"]),
        (.navigation, ["саҳифаи асосӣ", "ҷустуҷӯ", "ворид шудан", "баромадан", "баъдӣ", "қаблӣ", "дар бораи мо",
                       "тамос", "сиёсати махфият", "шартҳои истифода", "барчаспҳо"]),
        (.related, ["инчунин хонед", "хабарҳои марбут", "маводи марбут", "серхонандатарин", "хабарҳои охирин",
                    "хабарҳои дигар"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["бештар хонед", "идома хонед"]),
        (.feed, ["пахши мустақим"]),
        (.newsletter, ["обуна шудан", "обуна шавед"]),
        (.membership, ["дастгирӣ кардан", "моро дастгирӣ кунед"]),
        (.comments, ["шарҳҳо", "шарҳ нависед", "ҷавоб"]),
        (.cookie, ["қабул", "рад кардан", "танзимот"]),
    ], phrases: [
        (.related, ["^!инчунин хонед", "^!хабарҳои марбут"]),
        (.navigation, ["!ҳамаи ҳуқуқҳо ҳифз"]),
        (.banner, ["^!вақти хондан"]),
        (.newsletter, ["!ба хабарномаи мо обуна"]),
        (.membership, ["!рӯзноманигории мустақилро дастгирӣ"]),
        (.cookie, ["!кукиҳоро истифода мебарад"]),
    ])

    // Yiddish (Hebrew script, right to left, its vowel points read away by `WordTokenizer` so the
    // pointed and the unpointed spelling match): "לייענט אויך" ("read also"), "אַלע רעכט
    // פֿאָרבאַהאַלטן" for the copyright line; "פֿון" before the writer's name (a line of that name
    // only, as "from, of" is also prose), "פֿאָטאָ:" before a photo credit.
    static let yiddish = Language(code: "yi", exactLines: [
        (.advertisement, ["רעקלאַמע", "געשפּאָנסערט"]),
        (.social, ["טיילט", "טיילט מיט", "קאָפּירט דעם לינק", "דרוקט", "הערט דעם אַרטיקל"]),
        (.navigation, ["היים", "זוכן", "אַרײַנלאָגירן", "אַרויסלאָגירן", "ווײַטער", "וועגן אונדז", "קאָנטאַקט",
                       "פּריוואַטקייט", "באַדינגונגען", "טעמעס"]),
        (.related, ["לייענט אויך", "פֿאַרבונדענע אַרטיקלען", "מערסט געלייענט", "לעצטע נײַעס", "נאָך נײַעס"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["לייענט ווײַטער", "לייענט מער"]),
        (.newsletter, ["אַבאָנירן", "אַבאָנירט"]),
        (.membership, ["שטיצט אונדז"]),
        (.comments, ["קאָמענטאַרן", "שרײַבט אַ קאָמענטאַר", "ענטפֿערט"]),
        (.cookie, ["אָננעמען", "אָפּזאָגן", "באַשטימונגען"]),
    ], phrases: [
        (.related, ["^!לייענט אויך", "^!פֿאַרבונדענע אַרטיקלען"]),
        (.navigation, ["!אַלע רעכט פֿאָרבאַהאַלטן"]),
        (.banner, ["^!לייענצײַט"]),
        (.newsletter, ["!אַבאָנירט אונדזער בולעטין"]),
        (.membership, ["!שטיצט אומאָפּהענגיקע זשורנאַליסטיק"]),
        (.cookie, ["!ניצט קוקיס"]),
    ])

    // Afrikaans, which shares many labels with Dutch: "lees ook" ("read also"), "koekies" for
    // cookies, "alle regte voorbehou" for the copyright line; "Deur" before the writer's name (a
    // line of that name only, as "deur" is also "through, by" in prose).
    static let afrikaans = Language(code: "af", exactLines: [
        (.advertisement, ["advertensie", "advertensies", "geborgde inhoud"]),
        (.social, ["deel", "kopieer skakel", "druk", "luister na die artikel", "volg ons"]),
        (.navigation, ["tuis", "soek", "meld aan", "meld af", "volgende", "vorige", "oor ons", "kontak", "adverteer",
                       "privaatheidsbeleid", "gebruiksvoorwaardes", "onderwerpe"]),
        (.related, ["lees ook", "verwante berigte", "meeste gelees", "jongste nuus", "meer nuus"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lees meer", "lees verder"]),
        (.feed, ["regstreeks"]),
        (.newsletter, ["teken in", "nuusbrief"]),
        (.membership, ["skenk nou", "steun ons"]),
        (.comments, ["kommentaar", "lewer kommentaar", "antwoord"]),
        (.cookie, ["aanvaar", "aanvaar alles", "weier", "instellings"]),
    ], phrases: [
        (.related, ["^!lees ook", "^!verwante berigte"]),
        (.navigation, ["!alle regte voorbehou"]),
        (.banner, ["^!leestyd"]),
        (.newsletter, ["!teken in op ons nuusbrief"]),
        (.membership, ["!steun onafhanklike joernalistiek"]),
        (.cookie, ["!gebruik koekies"]),
    ])

    // Uyghur (Arabic script with every vowel written, right to left): "بۇنىمۇ ئوقۇڭ" ("read this
    // too"), "ئېلان" for an advertisement, "بارلىق ھوقۇقلار قوغدىلىدۇ" for the copyright line;
    // "مۇخبىر:" before the reporter's name, "سۈرەت:" before a photo credit.
    static let uyghur = Language(code: "ug", exactLines: [
        (.advertisement, ["ئېلان", "ئېلانلار"]),
        (.social, ["ھەمبەھىرلەش", "ئۇلانمىنى كۆچۈرۈش", "بېسىش", "خەۋەرنى ئاڭلاش", "بىزگە ئەگىشىڭ"]),
        (.navigation, ["باش بەت", "ئىزدەش", "كىرىش", "چېكىنىش", "كېيىنكى", "ئالدىنقى", "بىز ھەققىدە", "ئالاقە",
                       "ئېلان بېرىش", "مەخپىيەتلىك سىياسىتى", "ئىشلىتىش شەرتلىرى", "خەتكۈچلەر"]),
        (.related, ["بۇنىمۇ ئوقۇڭ", "مۇناسىۋەتلىك خەۋەرلەر", "ئەڭ كۆپ ئوقۇلغان", "ئەڭ يېڭى خەۋەرلەر", "باشقا خەۋەرلەر"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["داۋامىنى ئوقۇڭ", "تولۇق ئوقۇڭ"]),
        (.feed, ["نەق مەيدان"]),
        (.newsletter, ["مۇشتەرى بولۇش", "مۇشتەرى بولۇڭ"]),
        (.membership, ["ئىئانە قىلىش", "بىزنى قوللاڭ"]),
        (.comments, ["باھالار", "باھا يېزىش", "ئىنكاسلار", "ئىنكاس يېزىش", "جاۋاب"]),
        (.cookie, ["قوشۇلىمەن", "قوبۇل قىلىش", "رەت قىلىش", "تەڭشەكلەر"]),
    ], phrases: [
        (.related, ["^!بۇنىمۇ ئوقۇڭ", "^!مۇناسىۋەتلىك خەۋەرلەر"]),
        (.navigation, ["!بارلىق ھوقۇقلار قوغدىلىدۇ"]),
        (.banner, ["^!ئوقۇش ۋاقتى"]),
        (.newsletter, ["!خەۋەرنامىمىزگە مۇشتەرى"]),
        (.membership, ["!مۇستەقىل ئاخباراتچىلىقنى قوللاڭ"]),
        (.cookie, ["!كۇكى ئىشلىتىدۇ"]),
    ])

    // Zulu (noun-class prefixes glued to names, "eNkandla"): "funda futhi" ("read also"),
    // "isikhangiso" for an advertisement, "wonke amalungelo agodliwe" for the copyright line;
    // "Umbhali:" before the writer's name, "Isithombe:" before a photo credit.
    static let zulu = Language(code: "zu", exactLines: [
        (.advertisement, ["isikhangiso", "izikhangiso", "okuxhasiwe"]),
        (.social, ["yabelana", "kopisha isixhumanisi", "phrinta", "lalela udaba", "silandele"]),
        (.navigation, ["ikhaya", "sesha", "ngena", "phuma", "okulandelayo", "okwedlule", "mayelana nathi",
                       "xhumana nathi", "khangisa", "inqubomgomo yobumfihlo", "imigomo yokusebenzisa", "izihloko"]),
        (.related, ["funda futhi", "izindaba ezihlobene", "okufundwa kakhulu", "izindaba zakamuva", "ezinye izindaba"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["funda kabanzi", "qhubeka ufunde"]),
        (.feed, ["bukhoma"]),
        (.newsletter, ["bhalisa", "bhalisela"]),
        (.membership, ["nikela manje", "sisekele"]),
        (.comments, ["amazwana", "bhala amazwana", "phendula"]),
        (.cookie, ["yamukela", "yamukela konke", "yenqaba", "izilungiselelo"]),
    ], phrases: [
        (.related, ["^!funda futhi", "^!izindaba ezihlobene"]),
        (.navigation, ["!wonke amalungelo agodliwe"]),
        (.banner, ["^!isikhathi sokufunda"]),
        (.newsletter, ["!bhalisela incwadi yethu yezindaba"]),
        (.membership, ["!sekela ubuntatheli obuzimele"]),
        (.cookie, ["!isebenzisa amakhukhi"]),
    ])

    // Maltese (Latin with ċ ġ ħ ż, articles joined by a hyphen, "l-artiklu"): "aqra wkoll" ("read
    // also"), "reklam" for an advertisement, "id-drittijiet kollha riżervati" for the copyright
    // line; "Minn" before the writer's name (a line of that name only, as "minn" is also "from" in
    // prose), "Ritratt:" before a photo credit.
    static let maltese = Language(code: "mt", exactLines: [
        (.advertisement, ["reklam", "reklami", "kontenut sponsorjat"]),
        (.social, ["aqsam", "ikkopja l-link", "ipprintja", "isma’ l-artiklu", "isma' l-artiklu", "segwina"]),
        (.navigation, ["paġna ewlenija", "fittex", "idħol", "oħroġ", "li jmiss", "dwarna", "ikkuntattjana",
                       "irreklama", "politika tal-privatezza", "termini tal-użu", "suġġetti"]),
        (.related, ["aqra wkoll", "artikli relatati", "l-aktar moqrija", "l-aħħar aħbarijiet", "aktar aħbarijiet"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["aqra aktar", "kompli aqra"]),
        (.feed, ["dirett"]),
        (.newsletter, ["abbona", "abbona issa"]),
        (.membership, ["agħti donazzjoni", "appoġġjana"]),
        (.comments, ["kummenti", "ikteb kumment", "wieġeb"]),
        (.cookie, ["aċċetta", "aċċetta kollox", "irrifjuta", "issettjar"]),
    ], phrases: [
        (.related, ["^!aqra wkoll", "^!artikli relatati"]),
        (.navigation, ["!id-drittijiet kollha riżervati"]),
        (.banner, ["^!ħin tal-qari"]),
        (.newsletter, ["!abbona għan-newsletter"]),
        (.membership, ["!appoġġja l-ġurnaliżmu indipendenti"]),
        (.cookie, ["!juża l-cookies"]),
    ])

    // Luxembourgish, which shares some labels with German: "liest och" ("read also"), "reklamm"
    // for an advertisement, "all rechter reservéiert" for the copyright line; "Auteur:" before the
    // writer's name.
    static let luxembourgish = Language(code: "lb", exactLines: [
        (.advertisement, ["reklamm", "gesponsert"]),
        (.social, ["deelen", "link kopéieren", "drécken", "artikel nolauschteren", "follegt eis"]),
        (.navigation, ["doheem", "sichen", "aloggen", "ausloggen", "zréck", "iwwer eis", "dateschutz",
                       "notzungsbedingungen", "themen"]),
        (.related, ["liest och", "ähnlech artikelen", "am meeschte gelies", "lescht noriichten", "méi noriichten"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["méi liesen", "weiderliesen"]),
        (.newsletter, ["abonnéieren", "newsletter abonnéieren"]),
        (.membership, ["elo spenden", "ënnerstëtzt eis"]),
        (.comments, ["kommentarer", "kommentar schreiwen", "äntweren"]),
        (.cookie, ["akzeptéieren", "all akzeptéieren", "refuséieren", "astellungen"]),
    ], phrases: [
        (.related, ["^!liest och", "^!ähnlech artikelen"]),
        (.navigation, ["!all rechter reservéiert"]),
        (.banner, ["^!liesdauer"]),
        (.newsletter, ["!abonnéiert eisen newsletter"]),
        (.membership, ["!ënnerstëtzt onofhängege journalismus"]),
        (.cookie, ["!benotzt cookien"]),
    ])

    // Kyrgyz (Cyrillic with ң ө ү): "ошондой эле окуңуз" ("read also"), "бардык укуктар корголгон"
    // for the copyright line; "Автор:" before the writer's name, "Сүрөт:" before a photo credit.
    static let kyrgyz = Language(code: "ky", exactLines: [
        (.advertisement, ["жарнама"]),
        (.social, ["бөлүшүү", "шилтемени көчүрүү", "басып чыгаруу", "макаланы угуу"]),
        (.navigation, ["башкы бет", "издөө", "кирүү", "чыгуу", "кийинки", "мурунку", "биз жөнүндө", "байланыш",
                       "купуялык саясаты", "колдонуу шарттары", "тегдер"]),
        (.related, ["ошондой эле окуңуз", "тектеш жаңылыктар", "көп окулгандар", "акыркы жаңылыктар",
                    "башка жаңылыктар"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["толук окуу", "улантып окуу"]),
        (.feed, ["түз эфир"]),
        (.newsletter, ["жазылуу", "жазылыңыз"]),
        (.membership, ["колдоо көрсөтүү", "бизди колдоңуз"]),
        (.comments, ["комментарийлер", "комментарий жазуу", "жооп берүү", "пикирлер"]),
        (.cookie, ["кабыл алуу", "баарын кабыл алуу", "баш тартуу", "жөндөөлөр"]),
    ], phrases: [
        (.related, ["^!ошондой эле окуңуз", "^!тектеш жаңылыктар"]),
        (.navigation, ["!бардык укуктар корголгон"]),
        (.banner, ["^!окуу убактысы"]),
        (.newsletter, ["!маалымат бюллетенине жазылыңыз", "!маалымат бюллетенине жазылып"]),
        (.membership, ["!көз карандысыз журналистиканы колдоңуз"]),
        (.cookie, ["!cookie файлдарын колдонот"]),
    ])

    // Turkmen (Latin with ä ç ň ö ş ü ý ž): "şeýle hem okaň" ("read also"), "mahabat" for an
    // advertisement, "ähli hukuklar goralan" for the copyright line; "Awtor:" before the writer's
    // name, "Surat:" before a photo credit.
    static let turkmen = Language(code: "tk", exactLines: [
        (.advertisement, ["mahabat"]),
        (.social, ["paýlaş", "salgyny göçür", "çap et", "makalany diňläň", "bizi yzarlaň"]),
        (.navigation, ["baş sahypa", "gözleg", "giriş", "çykyş", "indiki", "öňki", "biz barada", "habarlaşmak",
                       "gizlinlik syýasaty", "ulanyş şertleri", "bellikler"]),
        (.related, ["şeýle hem okaň", "degişli habarlar", "iň köp okalanlar", "soňky habarlar", "başga habarlar"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["doly okaň", "dowamyny okaň"]),
        (.feed, ["göni ýaýlym"]),
        (.newsletter, ["ýazyl", "ýazylyň"]),
        (.membership, ["goldaw bermek", "bizi goldaň"]),
        (.comments, ["teswirler", "teswir ýaz", "jogap ber"]),
        (.cookie, ["kabul et", "hemmesini kabul et", "ret et", "sazlamalar"]),
    ], phrases: [
        (.related, ["^!şeýle hem okaň", "^!degişli habarlar"]),
        (.navigation, ["!ähli hukuklar goralan"]),
        (.banner, ["^!okamak wagty"]),
        (.newsletter, ["!habarnamamyza ýazylyň"]),
        (.membership, ["!garaşsyz žurnalistikany goldaň"]),
        (.cookie, ["!kukileri ulanýar"]),
    ])

    // Tatar (Cyrillic with ә ө ү җ ң һ): "шулай ук укыгыз" ("read also"), "барлык хокуклар
    // сакланган" for the copyright line; "Автор:" before the writer's name.
    static let tatar = Language(code: "tt", exactLines: [
        (.advertisement, ["реклама"]),
        (.social, ["бүлешү", "сылтаманы күчерү", "бастыру", "мәкаләне тыңлау"]),
        (.navigation, ["баш бит", "эзләү", "керү", "чыгу", "киләсе", "алдагы", "безнең турында", "элемтә",
                       "шәхси мәгълүматлар сәясәте", "куллану шартлары", "тэглар"]),
        (.related, ["шулай ук укыгыз", "охшаш яңалыклар", "күп укылганнар", "соңгы яңалыклар", "башка яңалыклар"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["тулысынча укырга", "дәвамын укыгыз"]),
        (.feed, ["туры эфир"]),
        (.newsletter, ["язылу", "язылыгыз"]),
        (.membership, ["ярдәм итү", "безгә ярдәм итегез"]),
        (.comments, ["фикерләр", "фикер язу", "җавап бирү", "комментарийлар"]),
        (.cookie, ["кабул итәм", "барысын да кабул итәм", "кире кагу", "көйләүләр"]),
    ], phrases: [
        (.related, ["^!шулай ук укыгыз", "^!охшаш яңалыклар"]),
        (.navigation, ["!барлык хокуклар сакланган"]),
        (.banner, ["^!уку вакыты"]),
        (.newsletter, ["!хәбәрнамәгә язылыгыз"]),
        (.membership, ["!бәйсез журналистиканы хуплагыз"]),
        (.cookie, ["!cookie файлларын куллана"]),
    ])

    // Kinyarwanda: "soma na none" ("read also"), "kwamamaza" for an advertisement, "uburenganzira
    // bwose burabitswe" for the copyright line; "Yanditswe na" before the writer's name, "Ifoto:"
    // before a photo credit.
    static let kinyarwanda = Language(code: "rw", exactLines: [
        (.advertisement, ["kwamamaza"]),
        (.social, ["sangiza", "koporora umurongo", "umva iyi nkuru", "dukurikire"]),
        (.navigation, ["ahabanza", "shakisha", "injira", "sohoka", "ibikurikira", "abo turi bo", "twandikire",
                       "politiki y’ibanga", "politiki y'ibanga", "amategeko agenga imikoreshereze", "ibirango"]),
        (.related, ["soma na none", "inkuru bifitanye isano", "izasomwe cyane", "inkuru nshya", "izindi nkuru"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["soma byinshi", "komeza usome"]),
        (.feed, ["imbonankubone"]),
        (.newsletter, ["iyandikishe"]),
        (.membership, ["tanga inkunga", "dushyigikire"]),
        (.comments, ["ibitekerezo", "tanga igitekerezo", "subiza"]),
        (.cookie, ["emera", "emera byose", "igenamiterere"]),
    ], phrases: [
        (.related, ["^!soma na none", "^!inkuru bifitanye isano"]),
        (.navigation, ["!uburenganzira bwose burabitswe"]),
        (.banner, ["^!igihe cyo gusoma"]),
        (.newsletter, ["!iyandikishe ku makuru yacu"]),
        (.membership, ["!shyigikira itangazamakuru ryigenga"]),
        (.cookie, ["!rukoresha cookies"]),
    ])

    // Esperanto (ĉ ĝ ĥ ĵ ŝ ŭ): "legu ankaŭ" ("read also"), "reklamo" for an advertisement, "ĉiuj
    // rajtoj rezervitaj" for the copyright line; "Aŭtoro:" before the writer's name.
    static let esperanto = Language(code: "eo", exactLines: [
        (.advertisement, ["reklamo", "reklamoj", "sponsorita enhavo"]),
        (.social, ["kunhavigi", "kopii ligilon", "presi", "aŭskulti la artikolon", "sekvu nin"]),
        (.navigation, ["hejmo", "serĉi", "ensaluti", "elsaluti", "sekva", "antaŭa", "pri ni", "kontakto", "reklami",
                       "privateca politiko", "uzkondiĉoj", "etikedoj"]),
        (.related, ["legu ankaŭ", "rilataj artikoloj", "plej legataj", "lastaj novaĵoj", "pliaj novaĵoj"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["legi plu", "legu pli"]),
        (.newsletter, ["aboni", "abonu"]),
        (.membership, ["donaci nun", "subtenu nin"]),
        (.comments, ["komentoj", "skribi komenton", "respondi"]),
        (.cookie, ["akcepti", "akcepti ĉiujn", "rifuzi", "agordoj"]),
    ], phrases: [
        (.related, ["^!legu ankaŭ", "^!rilataj artikoloj"]),
        (.navigation, ["!ĉiuj rajtoj rezervitaj"]),
        (.banner, ["^!legotempo"]),
        (.newsletter, ["!abonu nian novaĵleteron"]),
        (.membership, ["!subtenu sendependan ĵurnalismon"]),
        (.cookie, ["!uzas kuketojn"]),
    ])

    // Sindhi (Arabic script with its own letters ٻ ڀ ٽ ڪ ڳ, right to left): "هي به پڙهو" ("read this
    // too"), "اشتهار" for an advertisement, "سڀ حق محفوظ آهن" for the copyright line; "رپورٽ:"
    // before the reporter's name, "تصوير:" before a photo credit.
    static let sindhi = Language(code: "sd", exactLines: [
        (.advertisement, ["اشتهار", "اسپانسر ٿيل"]),
        (.social, ["شيئر ڪريو", "لنڪ ڪاپي ڪريو", "پرنٽ ڪريو", "خبر ٻڌو", "اسان کي فالو ڪريو"]),
        (.navigation, ["مکيه صفحو", "ڳولا", "لاگ ان", "لاگ آئوٽ", "اڳيون", "پويون", "اسان بابت", "رابطو", "اشتهار ڏيو",
                       "رازداري پاليسي", "استعمال جا شرط", "ٽيگ"]),
        (.related, ["هي به پڙهو", "لاڳاپيل خبرون", "سڀ کان وڌيڪ پڙهيل", "تازيون خبرون", "وڌيڪ خبرون"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["وڌيڪ پڙهو", "مڪمل پڙهو"]),
        (.newsletter, ["رڪنيت وٺو", "نيوز ليٽر"]),
        (.membership, ["هاڻي عطيو ڏيو", "اسان جي مدد ڪريو"]),
        (.comments, ["تبصرا", "تبصرو لکو", "جواب ڏيو"]),
        (.cookie, ["قبول ڪريو", "سڀ قبول ڪريو", "رد ڪريو", "سيٽنگون"]),
    ], phrases: [
        (.related, ["^!هي به پڙهو", "^!لاڳاپيل خبرون"]),
        (.navigation, ["!سڀ حق محفوظ آهن"]),
        (.banner, ["^!پڙهڻ جو وقت"]),
        (.newsletter, ["!نيوز ليٽر جي رڪنيت"]),
        (.membership, ["!آزاد صحافت جي مدد"]),
        (.cookie, ["!ڪوڪيز استعمال ڪري"]),
    ])

    // Tigrinya (Ethiopic, as Amharic, with its own words): "ከምኡውን ኣንብቡ" ("also read"),
    // "መወዓውዒ" for an advertisement, "ኩሉ መሰላት ዝተሓለወ" for the copyright line; "ጸሓፊ፦" before the
    // writer's name.
    static let tigrinya = Language(code: "ti", exactLines: [
        (.advertisement, ["መወዓውዒ", "ረክላም"]),
        (.social, ["ኣካፍል", "ሊንክ ቅዳሕ", "ሕተም", "ዜና ስምዑ", "ተኸተሉና"]),
        (.navigation, ["መበገሲ", "ድለይ", "እቶ", "ውጻእ", "ዝቕጽል", "ብዛዕባና", "ርኸቡና", "ፖሊሲ ብሕትውና", "ኩነታት ኣጠቓቕማ",
                       "ኣርእስታት"]),
        (.related, ["ከምኡውን ኣንብቡ", "ተዛመድቲ ዜናታት", "ብዙሓት ዘንበብዎ", "ሓደሽቲ ዜናታት", "ካልኦት ዜናታት"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["ተወሳኺ ኣንብቡ", "ምሉእ ኣንብቡ"]),
        (.feed, ["ቀጥታ"]),
        (.newsletter, ["ተመዝገቡ"]),
        (.membership, ["ሕጂ ለግሱ", "ደግፉና"]),
        (.comments, ["ርእይቶታት", "ርእይቶ ጽሓፉ", "መልሲ"]),
        (.cookie, ["ተቐበል", "ኩሉ ተቐበል", "ምድላዋት"]),
    ], phrases: [
        (.related, ["^!ከምኡውን ኣንብቡ", "^!ተዛመድቲ ዜናታት"]),
        (.navigation, ["!ኩሉ መሰላት ዝተሓለወ"]),
        (.banner, ["^!ግዜ ንባብ"]),
        (.newsletter, ["!ናብ ጋዜጣና ተመዝገቡ"]),
        (.membership, ["!ናጻ ጋዜጠኝነት ደግፉ"]),
        (.cookie, ["!ኩኪስ ይጥቀም"]),
    ])

    // Assamese (Bengali script with ৰ and ৱ, so its words are not Bengali's): "লগতে পঢ়ক" ("read
    // also"), "বিজ্ঞাপন" for an advertisement, "সকলো স্বত্ব সংৰক্ষিত" for the copyright line;
    // "প্ৰতিবেদক:" before the reporter's name, "ফটো:" before a photo credit.
    static let assamese = Language(code: "as", exactLines: [
        (.advertisement, ["বিজ্ঞাপন"]),
        (.social, ["শ্বেয়াৰ কৰক", "লিংক কপি কৰক", "প্ৰিণ্ট কৰক", "বাতৰিটো শুনক", "আমাক অনুসৰণ কৰক"]),
        (.navigation, ["মুখ্য পৃষ্ঠা", "সন্ধান", "লগ ইন", "লগ আউট", "পৰৱৰ্তী", "পূৰ্বৱৰ্তী", "আমাৰ বিষয়ে", "যোগাযোগ",
                       "বিজ্ঞাপন দিয়ক", "গোপনীয়তা নীতি", "ব্যৱহাৰৰ চৰ্ত", "বিষয়"]),
        (.related, ["লগতে পঢ়ক", "সম্পৰ্কিত বাতৰি", "সৰ্বাধিক পঠিত", "শেহতীয়া বাতৰি", "অধিক বাতৰি"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["অধিক পঢ়ক", "সম্পূৰ্ণ পঢ়ক"]),
        (.newsletter, ["গ্ৰাহক হওক"]),
        (.membership, ["এতিয়াই দান কৰক", "আমাক সহায় কৰক"]),
        (.comments, ["মন্তব্য", "মন্তব্য লিখক", "উত্তৰ দিয়ক"]),
        (.cookie, ["গ্ৰহণ কৰক", "সকলো গ্ৰহণ কৰক", "প্ৰত্যাখ্যান কৰক", "ছেটিংছ"]),
    ], phrases: [
        (.related, ["^!লগতে পঢ়ক", "^!সম্পৰ্কিত বাতৰি"]),
        (.navigation, ["!সকলো স্বত্ব সংৰক্ষিত"]),
        (.banner, ["^!পঢ়াৰ সময়"]),
        (.newsletter, ["!বাতৰি-পত্ৰৰ গ্ৰাহক হওক"]),
        (.membership, ["!স্বাধীন সাংবাদিকতাক সমৰ্থন"]),
        (.cookie, ["!কুকি ব্যৱহাৰ কৰে"]),
    ])

    // Javanese (Latin; many site words are Indonesian's, in that table): "waca uga" ("read also"),
    // "pariwara" for an advertisement, "sakabehing hak dilindhungi" for the copyright line;
    // "Panulis:" before the writer's name.
    static let javanese = Language(code: "jv", exactLines: [
        (.advertisement, ["pariwara"]),
        (.social, ["bagekna", "salin pranala", "cithak", "rungokna warta", "tututi kita"]),
        (.navigation, ["ngarep", "goleki", "mlebu", "metu", "sabanjure", "sadurunge", "babagan kita", "kawicaksanan privasi",
                       "syarat panganggone", "topik"]),
        (.related, ["waca uga", "warta sing gegandhengan", "paling akeh diwaca", "warta paling anyar", "warta liyane"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["waca sateruse", "waca luwih akeh"]),
        (.newsletter, ["langganan"]),
        (.membership, ["nyumbang saiki", "dhukung kita"]),
        (.comments, ["tulis komentar", "wangsuli"]),
        (.cookie, ["sarujuk", "tampa kabeh", "tolak", "setelan"]),
    ], phrases: [
        (.related, ["^!waca uga", "^!warta sing gegandhengan"]),
        (.navigation, ["!sakabehing hak dilindhungi"]),
        (.banner, ["^!wektu maca"]),
        (.newsletter, ["!langganan layang kabar"]),
        (.membership, ["!dhukung jurnalisme mandhiri"]),
        (.cookie, ["!nganggo cookie"]),
    ])

    // Cebuano (Latin; its bylines and dates read as Tagalog's, "Ni", "Agosto 14, 2025"):
    // "basaha usab" ("read also"), "paanunsiyo" for an advertisement, "tanang katungod gigahin" for
    // the copyright line; "Litrato:" before a photo credit.
    static let cebuano = Language(code: "ceb", exactLines: [
        (.advertisement, ["paanunsiyo", "anunsiyo"]),
        (.social, ["ipakigbahin", "kopyaha ang link", "i-print", "paminawa ang balita", "sunda kami"]),
        (.navigation, ["sugod", "pangita", "sulod", "gawas", "bahin kanamo", "kontaka kami", "pag-anunsiyo",
                       "palisiya sa privacy", "mga termino sa paggamit", "mga tag"]),
        (.related, ["basaha usab", "may kalabutan nga balita", "labing gibasa", "pinakabag-ong balita", "dugang balita"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["basaha pa", "padayon sa pagbasa"]),
        (.newsletter, ["mag-subscribe"]),
        (.membership, ["donar karon", "suportahi kami"]),
        (.comments, ["mga komento", "pagsulat og komento", "tubaga"]),
        (.cookie, ["dawaton", "dawaton tanan", "isalikway", "mga setting"]),
    ], phrases: [
        (.related, ["^!basaha usab", "^!may kalabutan nga balita"]),
        (.navigation, ["!tanang katungod gigahin"]),
        (.banner, ["^!oras sa pagbasa"]),
        (.newsletter, ["!mag-subscribe sa among newsletter"]),
        (.membership, ["!suportahi ang independenteng pamantalaan"]),
        (.cookie, ["!mogamit og cookies"]),
    ])

    // Igbo (Latin with ị ọ ụ ṅ): "gụọkwa" ("read also"), "mgbasa ozi" for an advertisement, "ikike
    // niile echekwara" for the copyright line; "Odee:" before the writer's name.
    static let igbo = Language(code: "ig", exactLines: [
        (.advertisement, ["mgbasa ozi"]),
        (.social, ["kesaa", "detuo njikọ", "bipụta", "gee akụkọ a", "soro anyị"]),
        (.navigation, ["chọọ", "banye", "pụọ", "maka anyị", "kpọtụrụ anyị", "iwu nzuzo", "usoro ojiji", "isiokwu"]),
        (.related, ["gụọkwa", "akụkọ ndị yiri ya", "ndị a kacha gụọ", "akụkọ kachasị ọhụrụ", "akụkọ ndị ọzọ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["gụkwuo", "gụọ ihe niile"]),
        (.newsletter, ["debanye aha"]),
        (.membership, ["nye onyinye ugbu a", "kwado anyị"]),
        (.comments, ["nkọwa", "dee nkọwa", "zaa"]),
        (.cookie, ["nabata", "nabata ha niile", "ntọala"]),
    ], phrases: [
        (.related, ["^!gụọkwa", "^!akụkọ ndị yiri ya"]),
        (.navigation, ["!ikike niile echekwara"]),
        (.banner, ["^!oge ịgụ"]),
        (.newsletter, ["!debanye aha maka akwụkwọ ozi"]),
        (.membership, ["!kwado akụkọ nwere onwe ya"]),
        (.cookie, ["!na-eji kuki"]),
    ])

    // Xhosa (which shares some labels with Zulu, in that table): "funda kwakhona" ("read also"),
    // "intengiso" for an advertisement, "onke amalungelo agciniwe" for the copyright line;
    // "Umfanekiso:" before a photo credit.
    static let xhosa = Language(code: "xh", exactLines: [
        (.advertisement, ["intengiso", "izibhengezo"]),
        (.social, ["kopa ikhonkco", "shicilela", "mamela ibali"]),
        (.navigation, ["khangela", "malunga nathi", "qhagamshelana nathi", "bhengeza", "umgaqo-nkqubo wabucala",
                       "imiqathango yokusebenzisa"]),
        (.related, ["funda kwakhona", "iindaba ezinxulumeneyo", "iindaba zamva nje", "ezinye iindaba"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["funda ngakumbi", "qhubeka ufunda"]),
        (.membership, ["nikela ngoku", "sixhase"]),
        (.comments, ["izimvo", "bhala uluvo"]),
        (.cookie, ["yamkela", "yamkela zonke", "yala", "iisetingi"]),
    ], phrases: [
        (.related, ["^!funda kwakhona", "^!iindaba ezinxulumeneyo"]),
        (.navigation, ["!onke amalungelo agciniwe"]),
        (.banner, ["^!ixesha lokufunda"]),
        (.newsletter, ["!bhalisela ileta yethu yeendaba"]),
        (.membership, ["!xhasa iintatheli ezizimeleyo"]),
        (.cookie, ["!isebenzisa iikhukhi"]),
    ])

    // Haitian Creole: "atik ki gen rapò" ("related article"; "li tou", "read also", opens prose too:
    // "Li tou di ..." is "he also says ..."), "piblisite" for an advertisement, "tout dwa rezève"
    // for the copyright line; "Ekri pa" before the writer's name (a line of that only; a bare "Pa"
    // would read "PA Media" as a byline).
    static let haitianCreole = Language(code: "ht", exactLines: [
        (.advertisement, ["piblisite"]),
        (.social, ["pataje", "kopye lyen an", "enprime", "koute atik la", "swiv nou"]),
        (.navigation, ["akèy", "chèche", "konekte", "dekonekte", "konsènan nou", "kontakte nou", "règleman konfidansyalite",
                       "kondisyon itilizasyon", "sijè"]),
        (.related, ["atik ki gen rapò", "nouvèl ki gen rapò", "sa ki pi li", "dènye nouvèl", "lòt nouvèl"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["li plis", "kontinye li"]),
        (.feed, ["an dirèk"]),
        (.newsletter, ["enskri", "bilten"]),
        (.membership, ["fè yon don kounye a", "sipòte nou"]),
        (.comments, ["kòmantè", "ekri yon kòmantè", "reponn"]),
        (.cookie, ["aksepte", "aksepte tout", "refize", "paramèt"]),
    ], phrases: [
        (.related, ["^!atik ki gen rapò", "^!nouvèl ki gen rapò"]),
        (.navigation, ["!tout dwa rezève"]),
        (.banner, ["^!tan lekti"]),
        (.newsletter, ["!enskri nan bilten"]),
        (.membership, ["!sipòte jounalis endepandan"]),
        (.cookie, ["!sèvi ak bonbon"]),
    ])

    // Malagasy: "vakio koa" ("read also"), "dokam-barotra" for an advertisement, "zo rehetra
    // voatokana" for the copyright line; "Mpanoratra:" before the writer's name, "Sary:" before a
    // photo credit.
    static let malagasy = Language(code: "mg", exactLines: [
        (.advertisement, ["dokam-barotra"]),
        (.social, ["zarao", "adikao ny rohy", "atontany", "henoy ny lahatsoratra", "araho izahay"]),
        (.navigation, ["fandraisana", "hikaroka", "hiditra", "hivoaka", "momba anay", "mifandraisa aminay",
                       "politikan'ny fiainana manokana", "fepetra fampiasana", "lohahevitra"]),
        (.related, ["vakio koa", "vaovao mifandraika", "be mpamaky indrindra", "vaovao farany", "vaovao hafa"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["hamaky bebe kokoa", "tohizo ny famakiana"]),
        (.newsletter, ["hisoratra anarana"]),
        (.membership, ["hanome fanomezana", "tohano izahay"]),
        (.comments, ["hevitra", "manorata hevitra", "hamaly"]),
        (.cookie, ["ekena", "ekena daholo", "lavina", "fandrindrana"]),
    ], phrases: [
        (.related, ["^!vakio koa", "^!vaovao mifandraika"]),
        (.navigation, ["!zo rehetra voatokana"]),
        (.banner, ["^!fotoana famakiana"]),
        (.newsletter, ["!misoratra anarana amin'ny gazetinay"]),
        (.membership, ["!asa fanaovan-gazety tsy miankina"]),
        (.cookie, ["!mampiasa cookies"]),
    ])

    // Inuktitut (Canadian syllabics): "ᐅᖃᓕᒫᕆᓗᒍ ᐊᒻᒪᓗ" ("read it also"), "ᓇᓗᓇᐃᖅᓯᔾᔪᑎ" (a notice)
    // for an advertisement, "ᐱᔪᓐᓇᐅᑎᑦ ᑕᒪᐃᓐᓂ ᐊᑦᑕᑕᐅᓯᒪᔪᑦ" for the copyright line; "ᑎᑎᕋᖅᑎ:" before
    // the writer's name, "ᐊᔾᔨᓕᐅᖅᑎ:" before a photo credit.
    static let inuktitut = Language(code: "iu", exactLines: [
        (.advertisement, ["ᓇᓗᓇᐃᖅᓯᔾᔪᑎ"]),
        (.social, ["ᑐᓂᐅᖃᐃᓗᒍ", "ᓈᓚᒃᑭᑦ"]),
        (.navigation, ["ᐊᖏᕐᕋᖅ", "ᕿᓂᕐᓗᒍ", "ᐃᓯᕐᓗᑎᑦ", "ᐅᕙᑦᑎᓐᓄᑦ", "ᐅᖄᓚᐅᑎᒋᓗᑕ", "ᓴᐳᒻᒥᔭᐅᓂᖏᑦ ᐱᑕᖃᖅᑐᑦ",
                       "ᐊᑐᕐᓂᖏᓐᓄᑦ ᐱᖁᔭᐃᑦ", "ᐅᖃᐅᓯᐅᔪᑦ"]),
        (.related, ["ᐅᖃᓕᒫᕆᓗᒍ ᐊᒻᒪᓗ", "ᐊᓯᖏᑦ ᑐᓴᒐᒃᓴᑦ"]),
        (.newsletter, ["ᐊᑎᓕᐅᕐᓗᑎᑦ"]),
        (.membership, ["ᑐᓂᓯᓗᑎᑦ ᒫᓐᓇ"]),
        (.comments, ["ᐃᓱᒪᒋᔭᐅᔪᑦ", "ᐃᓱᒪᒋᔭᕐᓂᒃ ᑎᑎᕋᕐᓗᑎᑦ", "ᑭᐅᓗᒍ"]),
        (.cookie, ["ᐊᖏᕐᓗᒍ", "ᐋᖅᑭᒋᐊᕐᓗᒍ"]),
    ], phrases: [
        (.related, ["^!ᐅᖃᓕᒫᕆᓗᒍ ᐊᒻᒪᓗ", "^!ᐊᓯᖏᑦ ᑐᓴᒐᒃᓴᑦ"]),
        (.navigation, ["!ᐱᔪᓐᓇᐅᑎᑦ ᑕᒪᐃᓐᓂ ᐊᑦᑕᑕᐅᓯᒪᔪᑦ"]),
        (.banner, ["^!ᐅᖃᓕᒫᕐᓂᖅ ᐊᑯᓂᐅᓂᖓ"]),
        (.newsletter, ["!ᐊᑎᓕᐅᕐᓗᑎᑦ ᑐᓴᒐᒃᓴᑦᑎᓐᓂᒃ"]),
        (.membership, ["^!ᐃᑲᔪᕐᓗᑕ ᑐᓴᒐᒃᓴᓕᐅᕐᓂᑦᑎᓐᓂ"]),
        (.cookie, ["!cookies-ᓂᒃ ᐊᑐᖅᐸᒃᑐᖅ"]),
    ])

    // N'Ko (Manding written right to left in its own letters and digits, here Bambara without tone
    // marks): "ߊ ߞߊߟߊߣ ߝߊߣߊ" ("read it too"), "ߥߋߟߋߥߋߟߋߟߌ" (an announcement) for an advertisement,
    // "ߖߏߛߊߙߌߦߊ ߓߍߍ ߡߊߙߊߟߋߣ ߘߏߣ" for the copyright line; "ߛߍߓߍߣߓߊߜߊ:" before the writer's name,
    // "ߖߊ:" before a photo credit. "ߘߏߣ" ("enter") and "ߓߐ" ("leave") are words of prose too: whole lines only.
    static let nko = Language(code: "nqo", exactLines: [
        (.advertisement, ["ߥߋߟߋߥߋߟߋߟߌ"]),
        (.social, ["ߕߌߟߊ", "ߟߋߣߞߌ ߞߏߔߌ", "ߞߌߓߊߙߎ ߟߊߡߍߣ", "ߊߣ ߣߐߝߍ ߕߊߊߡߊ"]),
        (.navigation, ["ߘߊߡߌߣߍ", "ߢߌߣߌ", "ߘߏߣ", "ߓߐ", "ߊߣ ߞߏ", "ߊߣ ߥߋߟߋ", "ߜߎߣߘߏ ߛߊߙߌߦߊ", "ߓߊߊߙߊߞߍߗߏߜߏ ߛߊߙߌߦߊߥ", "ߓߊߙߏߞߎߣߥ"]),
        (.related, ["ߊ ߞߊߟߊߣ ߝߊߣߊ", "ߞߌߓߊߙߎ ߢߐߜߐߣߣߊߥ", "ߞߌߓߊߙߎ ߞߎߙߊߥ"]),
        (.navigation, ["ߊ ߕߐ ߞߊߟߊߣ"]),
        (.newsletter, ["ߌ ߕߐߜߐ ߛߍߓߍߣ"]),
        (.membership, ["ߘߍߡߍ ߘߌ ߛߌߛߊߣ", "ߊߣ ߘߍߡߍ"]),
        (.comments, ["ߤߊߞߌߟߌߣߊߥ", "ߌ ߤߊߞߌߟߌߣߊ ߛߍߓߍߣ", "ߖߊߊߓߌ"]),
        (.cookie, ["ߛߐߣ", "ߟߊߓߍߣߥ"]),
    ], phrases: [
        (.related, ["^!ߊ ߞߊߟߊߣ ߝߊߣߊ", "^!ߞߌߓߊߙߎ ߢߐߜߐߣߣߊߥ"]),
        (.navigation, ["!ߖߏߛߊߙߌߦߊ ߓߍߍ ߡߊߙߊߟߋߣ ߘߏߣ"]),
        (.banner, ["^!ߞߊߟߊߣ ߥߊߊߕߌ"]),
        (.newsletter, ["!ߊߣ ߞߊ ߞߎߣߣߊߝߏߣߌߛߍߓߍߣ ߣߊ"]),
        (.membership, ["!ߞߎߣߣߊߝߏߣߌߘߌߟߊ ߦߍߙߍߡߊߤߐߙߐߣߥ ߘߍߡߍ"]),
        (.cookie, ["!ߞߎߞߌ ߓߊߊߙߊ"]),
    ])

    // Santali (Ol Chiki, with its own digits and the mucaad ᱾ for a full stop): "ᱱᱚᱟ ᱦᱳ ᱯᱟᱲᱟᱚᱮᱢ"
    // ("read this too"), "ᱵᱤᱡᱱᱟᱯᱚᱱ" for an advertisement, "ᱡᱚᱛᱚ ᱚᱫᱷᱤᱠᱟᱨ ᱨᱩᱠᱷᱤᱭᱟᱚ" for the
    // copyright line; "ᱚᱞᱤᱪᱷᱚ:" before the writer's name, "ᱪᱤᱛᱟᱹᱨ:" before a photo credit.
    static let santali = Language(code: "sat", exactLines: [
        (.advertisement, ["ᱵᱤᱡᱱᱟᱯᱚᱱ"]),
        (.social, ["ᱦᱟᱛᱤᱱᱡ", "ᱞᱤᱱᱠ ᱠᱚᱯᱤ", "ᱠᱷᱟᱨᱚᱵ ᱟᱱᱡᱚᱢ"]),
        (.navigation, ["ᱚᱲᱟᱠᱹ", "ᱥᱮᱱᱫᱨᱟ", "ᱵᱚᱞᱳᱱ", "ᱚᱫᱚᱠᱹ", "ᱟᱞᱮ ᱵᱟᱵᱚᱛ", "ᱟᱞᱮ ᱥᱟᱝ ᱡᱚᱜᱟᱚ", "ᱜᱩᱯᱤᱛ ᱱᱤᱛᱤ", "ᱵᱮᱚᱦᱟᱨ ᱨᱮᱟᱠᱹ ᱱᱤᱭᱚᱢ", "ᱟᱭᱟᱛᱠᱚ"]),
        (.related, ["ᱱᱚᱟ ᱦᱳ ᱯᱟᱲᱟᱚᱮᱢ", "ᱡᱚᱲᱟᱚ ᱠᱷᱟᱨᱚᱵ", "ᱱᱟᱣᱟ ᱠᱷᱟᱨᱚᱵ"]),
        (.navigation, ["ᱟᱲᱳ ᱯᱟᱲᱟᱚᱮᱢ"]),
        (.newsletter, ["ᱱᱩᱛᱩᱢ ᱚᱞᱮᱢ"]),
        (.membership, ["ᱱᱤᱛᱚᱦ ᱫᱟᱱ ᱮᱢᱟᱮᱢ", "ᱜᱚᱲ ᱮᱢᱟᱠᱚᱯᱮ"]),
        (.comments, ["ᱢᱳᱛᱟᱢᱳᱛ", "ᱢᱳᱛᱟᱢᱳᱛ ᱚᱞᱮᱢ", "ᱨᱚᱲ ᱨᱩᱣᱟᱲ"]),
        (.cookie, ["ᱦᱟᱛᱟᱚ", "ᱡᱚᱛᱚ ᱦᱟᱛᱟᱚ", "ᱥᱟᱚᱦᱡᱷᱟᱩ"]),
    ], phrases: [
        (.related, ["^!ᱱᱚᱟ ᱦᱳ ᱯᱟᱲᱟᱚᱮᱢ", "^!ᱡᱚᱲᱟᱚ ᱠᱷᱟᱨᱚᱵ"]),
        (.navigation, ["!ᱡᱚᱛᱚ ᱚᱫᱷᱤᱠᱟᱨ ᱨᱩᱠᱷᱤᱭᱟᱚ"]),
        (.banner, ["^!ᱯᱟᱲᱟᱚ ᱚᱠᱛᱮ"]),
        (.newsletter, ["!ᱠᱷᱟᱨᱚᱵ ᱯᱟᱛᱨᱟ ᱨᱮ ᱱᱩᱛᱩᱢ"]),
        (.membership, ["!ᱡᱤᱣᱤᱫ ᱠᱷᱚᱵᱚᱨ ᱚᱞᱤᱪᱷᱚ ᱠᱚ ᱜᱚᱲ"]),
        (.cookie, ["!ᱠᱩᱠᱤ ᱵᱮᱚᱦᱟᱨᱭᱟ"]),
    ])

    // Bashkir (Cyrillic with ә ғ ҡ ң ө ҫ ү һ ҙ; its site words are not Tatar's or Russian's): "шулай
    // уҡ уҡығыҙ" ("read also"), "реклама" for an advertisement, "бөтә
    // хоҡуҡтар ҙа яҡланған" for the copyright line; "Авторы:" before the writer's name (as Kazakh).
    static let bashkir = Language(code: "ba", exactLines: [
        (.advertisement, ["реклама"]),
        (.social, ["уртаҡлашыу", "һылтанманы күсереү", "баҫтырыу", "тыңлау", "беҙгә яҙылығыҙ"]),
        (.navigation, ["баш бит", "эҙләү", "инеү", "сығыу", "киләһе", "алдағы", "беҙ тураһында", "бәйләнеш",
                       "шәхси мәғлүмәт сәйәсәте", "ҡулланыу шарттары", "темалар"]),
        (.related, ["шулай уҡ уҡығыҙ", "бәйле яңылыҡтар", "иң күп уҡылған", "һуңғы яңылыҡтар", "башҡа яңылыҡтар"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["тулыһынса уҡырға", "дауамын уҡырға"]),
        (.newsletter, ["яҙылыу"]),
        (.membership, ["хәҙер иғәнә яһау", "беҙгә ярҙам итегеҙ"]),
        (.comments, ["фекерҙәр", "фекер яҙыу", "яуап биреү"]),
        (.cookie, ["ризамын", "барыһына ла ризамын", "баш тартыу", "көйләүҙәр"]),
    ], phrases: [
        (.related, ["^!шулай уҡ уҡығыҙ", "^!бәйле яңылыҡтар"]),
        (.navigation, ["!бөтә хоҡуҡтар ҙа яҡланған", "!бөтә хоҡуҡтар яҡланған"]),
        (.banner, ["^!уҡыу ваҡыты"]),
        (.newsletter, ["!хәбәр таратыуға яҙылығыҙ"]),
        (.membership, ["!бойондороҡһоҙ журналистикаға ярҙам"]),
        (.cookie, ["!cookie файлдарын ҡуллана"]),
    ])

    // Scottish Gaelic (grave accents, lenition, "a'" and "h-" before words): "leugh cuideachd" ("read
    // also"), "sanas" for an advertisement, "gach còir glèidhte" for the copyright line; "Ùghdar:"
    // before the writer's name, "Dealbh:" before a photo credit. "Lorg" ("search"), "freagair"
    // ("answer") and "sanas" ("notice") are words of prose too: whole lines only.
    static let scottishGaelic = Language(code: "gd", exactLines: [
        (.advertisement, ["sanas", "sanasachd"]),
        (.social, ["co-roinn", "dèan lethbhreac dhen cheangal", "clò-bhuail", "èist ris an naidheachd", "lean sinn"]),
        (.navigation, ["dachaigh", "lorg", "clàraich a-steach", "clàraich a-mach", "air adhart", "air ais", "mu ar deidhinn",
                       "cuir fios thugainn", "poileasaidh prìobhaideachd", "cumhachan cleachdaidh", "cuspairean"]),
        (.related, ["leugh cuideachd", "naidheachdan co-cheangailte", "as motha a chaidh a leughadh", "na naidheachdan as ùire"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["leugh an còrr", "leugh tuilleadh"]),
        (.newsletter, ["clàraich"]),
        (.membership, ["thoir tabhartas an-dràsta", "cuir taic rinn"]),
        (.comments, ["beachdan", "fàg beachd", "freagair"]),
        (.cookie, ["gabh ris", "gabh ris na h-uile", "diùlt", "roghainnean"]),
    ], phrases: [
        (.related, ["^!leugh cuideachd", "^!naidheachdan co-cheangailte"]),
        (.navigation, ["!gach còir glèidhte"]),
        (.banner, ["^!ùine leughaidh"]),
        (.newsletter, ["!clàraich airson ar cuairt-litir"]),
        (.membership, ["!naidheachdas neo-eisimeileach"]),
        (.cookie, ["!a' cleachdadh briosgaidean"]),
    ])

    // Kurmanji Kurdish (Latin with ç ê î ş û; Sorani, in Arabic letters, has its own table): "herwiha
    // bixwînin" ("read also"), "reklam" for an advertisement (as Turkish), "hemû maf parastî
    // ne" for the copyright line; "Nivîskar:" before the writer's name, "Wêne:" before a photo credit.
    static let kurmanji = Language(code: "ku", exactLines: [
        (.advertisement, ["reklam"]),
        (.social, ["parve bike", "girêdanê kopî bike", "çap bike", "guhdarî bike", "me bişopînin"]),
        (.navigation, ["destpêk", "lêgerîn", "têkeve", "derkeve", "pêşve", "paşve", "derbarê me de", "têkilî",
                       "polîtîkaya nepenîtiyê", "şertên bikaranînê", "etîket"]),
        (.related, ["herwiha bixwînin", "nûçeyên têkildar", "yên herî zêde hatin xwendin", "nûçeyên dawî", "nûçeyên din"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["zêdetir bixwîne", "berdewam bixwîne"]),
        (.newsletter, ["qeyd bibe"]),
        (.membership, ["niha bexş bike", "piştgiriya me bikin"]),
        (.comments, ["şîrove", "şîroveyekê binivîse", "bersiv bide"]),
        (.cookie, ["qebûl bike", "hemûyan qebûl bike", "red bike", "mîheng"]),
    ], phrases: [
        (.related, ["^!herwiha bixwînin", "^!nûçeyên têkildar"]),
        (.navigation, ["!hemû maf parastî ne"]),
        (.banner, ["^!dema xwendinê"]),
        (.newsletter, ["!ji bo bultena me qeyd"]),
        (.membership, ["!piştgiriya rojnamegeriya serbixwe"]),
        (.cookie, ["!çerezan bi kar tîne"]),
    ])

    // Maori (macrons): "pānuitia hoki" ("read also"), "pānui hokohoko" for an advertisement, "kua
    // rāhuitia ngā mana katoa" for the copyright line; "Kaituhi:" before the writer's name,
    // "Whakaahua:" before a photo credit. "Rapu" ("search"), "tiri" ("share") and "whakautu"
    // ("answer") are words of prose too: whole lines only.
    static let maori = Language(code: "mi", exactLines: [
        (.advertisement, ["pānui hokohoko"]),
        (.social, ["tiri", "tāruatia te hono", "tāngia", "whakarongo ki te kōrero", "whai mai i a mātou"]),
        (.navigation, ["kāinga", "rapu", "takiuru", "takiputa", "e whai ake nei", "o mua", "mō mātou", "whakapā mai",
                       "kaupapahere matatapu", "ngā ture whakamahi", "ngā kaupapa"]),
        (.related, ["pānuitia hoki", "ngā kōrero e hāngai ana", "ngā mea e kaha pānuitia ana", "ngā kōrero hou", "ētahi atu kōrero"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["pānui tonu", "pānuitia te katoa"]),
        (.newsletter, ["rēhita", "rēhita mai"]),
        (.membership, ["koha mai ināianei", "tautokohia mātou"]),
        (.comments, ["ngā whakaaro", "tuhia he whakaaro", "whakautu"]),
        (.cookie, ["whakaae", "whakaae ki te katoa", "whakakore", "ngā tautuhinga"]),
    ], phrases: [
        (.related, ["^!pānuitia hoki", "^!ngā kōrero e hāngai ana"]),
        (.navigation, ["!kua rāhuitia ngā mana katoa"]),
        (.banner, ["^!wā pānui"]),
        (.newsletter, ["!rēhita mai ki tā mātou pānui"]),
        (.membership, ["!tautokohia te kawe kōrero motuhake"]),
        (.cookie, ["!ka whakamahia e tēnei paetukutuku ngā pihikete"]),
    ])

    // Faroese (ð and ø; Icelandic and the Scandinavian tables share some words): "les eisini" ("read
    // also"), "lýsing" for an advertisement, "øll rættindi verða hildin" for the copyright line;
    // "Høvundur:" before the writer's name ("Mynd:" before a photo credit is Icelandic's too).
    static let faroese = Language(code: "fo", exactLines: [
        (.advertisement, ["lýsing", "lýsingar"]),
        (.social, ["deil", "avrita leinkið", "prenta", "lurta eftir greinini", "fylg okkum"]),
        (.navigation, ["forsíða", "leita", "rita inn", "rita út", "næsta", "undanfarna", "um okkum", "set teg í samband",
                       "privatlívspolitikkur", "treytir fyri nýtslu", "evni"]),
        (.related, ["les eisini", "skyld tíðindi", "mest lisið", "nýggjastu tíðindini", "fleiri tíðindi"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["les meira", "les alla greinina"]),
        (.newsletter, ["tekna teg"]),
        (.membership, ["gev nú", "stuðla okkum"]),
        (.comments, ["viðmerkingar", "skriva viðmerking", "svara"]),
        (.cookie, ["góðtak", "góðtak øll", "avvís", "stillingar"]),
    ], phrases: [
        (.related, ["^!les eisini", "^!skyld tíðindi"]),
        (.navigation, ["!øll rættindi verða hildin", "!øll rættindi umbiðin"]),
        (.banner, ["^!lesitíð"]),
        (.newsletter, ["!tekna teg til tíðindabræv"]),
        (.membership, ["!stuðla óheftari tíðindamensku"]),
        (.cookie, ["!heimasíðan brúkar cookies"]),
    ])

    // Breton (c'h and apostrophes: "d'ar", "n'eo"): "lenn ivez" ("read also"), "bruderezh" for an
    // advertisement, "holl wirioù miret" for the copyright line; "Skrivet gant:" before the writer's
    // name, "Luc'hskeudenn:" before a photo credit.
    static let breton = Language(code: "br", exactLines: [
        (.advertisement, ["bruderezh"]),
        (.social, ["rannañ", "eilañ al liamm", "moullañ", "selaou ar pennad", "heuliit ac'hanomp"]),
        (.navigation, ["degemer", "klask", "kevreañ", "digevreañ", "war-lerc'h", "a-raok", "diwar hon penn",
                       "mont e darempred", "reolennoù prevezded", "divizoù implijout", "sujedoù"]),
        (.related, ["lenn ivez", "pennadoù liammet", "al lennet muiañ", "ar c'heleier diwezhañ", "keleier all"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lenn muioc'h", "kenderc'hel da lenn"]),
        (.newsletter, ["en em enskrivañ"]),
        (.membership, ["reiñ bremañ", "skoazellit ac'hanomp"]),
        (.comments, ["evezhiadennoù", "skrivañ un evezhiadenn", "respont"]),
        (.cookie, ["asantiñ", "asantiñ an holl", "nac'hañ", "arventennoù"]),
    ], phrases: [
        (.related, ["^!lenn ivez", "^!pennadoù liammet"]),
        (.navigation, ["!holl wirioù miret"]),
        (.banner, ["^!amzer lenn"]),
        (.newsletter, ["!d'hol lizher-kelaouiñ"]),
        (.membership, ["!ar kazetennerezh dizalc'h"]),
        (.cookie, ["!a implij toupinoù"]),
    ])

    // Oromo (Latin, the hudhaa ' inside words: "galmaa'i", "qindaa'ina"): "kana illee dubbisaa"
    // ("read this too"), "beeksisa" for an advertisement, "mirgi hundi seeraan eegamaadha" for the
    // copyright line; "Barreessaa:" before the writer's name, "Suuraa:" before a photo credit.
    static let oromo = Language(code: "om", exactLines: [
        (.advertisement, ["beeksisa"]),
        (.social, ["qoodi", "liinkii garagalchi", "maxxansi", "oduu dhaggeeffadhu", "nu hordofaa"]),
        (.navigation, ["fuula duraa", "barbaadi", "seeni", "ba'i", "itti aanu", "kan duraa", "waa'ee keenya", "nu quunnamaa",
                       "imaammata dhuunfaa", "haalawwan itti fayyadamaa", "mata-dureewwan"]),
        (.related, ["kana illee dubbisaa", "oduu walqabatan", "kan baay'ee dubbifame", "oduu haaraa", "oduu biroo"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["caalaatti dubbisi", "guutuu dubbisi"]),
        (.newsletter, ["galmaa'i"]),
        (.membership, ["amma arjoomi", "nu deeggaraa"]),
        (.comments, ["yaadota", "yaada barreessi", "deebisi"]),
        (.cookie, ["fudhadhu", "hunda fudhadhu", "didi", "qindaa'ina"]),
    ], phrases: [
        (.related, ["^!kana illee dubbisaa", "^!oduu walqabatan"]),
        (.navigation, ["!mirgi hundi seeraan eegamaadha", "!mirgi hundi eegamaadha"]),
        (.banner, ["^!yeroo dubbisuu"]),
        (.newsletter, ["!xalayaa oduu keenyaaf galmaa'aa"]),
        (.membership, ["!gaazexeessummaa walabaa deeggaraa"]),
        (.cookie, ["!kuukii fayyadama"]),
    ])

    // Samoan (the ʻokina U+02BB, a letter, inside words: "faʻasoa", "nuʻu"): "faitau foʻi" ("read
    // also"), "faʻasalalauga" for an advertisement, "ua puipuia aiā tatau uma" for the copyright
    // line; "Tusitala:" before the writer's name, "Ata:" before a photo credit. "Tali" ("answer"),
    // "talia" ("accept") and "manatu" ("think") are words of prose too: whole lines only.
    static let samoan = Language(code: "sm", exactLines: [
        (.advertisement, ["faʻasalalauga"]),
        (.social, ["faʻasoa", "kopi le soʻotaga", "lolomi", "faʻalogo i le tala", "mulimuli mai ia i matou"]),
        (.navigation, ["ʻamataga", "suʻe", "saini i totonu", "saini i fafo", "e uiga ia i matou", "faʻafesoʻotaʻi mai",
                       "tulafono o le le faʻalauaiteleina", "tuutuuga o le faʻaaogāina", "autu"]),
        (.related, ["faitau foʻi", "tala e fesoʻotaʻi", "tala e sili ona faitauina", "tala fou lata mai", "isi tala"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["faitau atili", "faitau le tala atoa"]),
        (.newsletter, ["lesitala"]),
        (.membership, ["foaʻi nei", "lagolago mai"]),
        (.comments, ["manatu", "tusi se manatu", "tali"]),
        (.cookie, ["talia", "talia uma", "teena", "faʻatulagaga"]),
    ], phrases: [
        (.related, ["^!faitau foʻi", "^!tala e fesoʻotaʻi"]),
        (.navigation, ["!ua puipuia aiā tatau uma"]),
        (.banner, ["^!taimi e faitau ai"]),
        (.newsletter, ["!lesitala mo la matou tusi"]),
        (.membership, ["!lagolago le tusitala tutoʻatasi"]),
        (.cookie, ["!e faʻaaogāina kuki"]),
    ])

    // Western Frisian (â ê ô û and ú, its own site words beside Dutch's): "lês ek" ("read also"),
    // "advertinsje" for an advertisement, "alle rjochten foarbehâlden" for the copyright line;
    // "Skriuwer:" before the writer's name. "Sykje" ("search") and "diele" ("share") are verbs of
    // prose too: whole lines only.
    static let westernFrisian = Language(code: "fy", exactLines: [
        (.advertisement, ["advertinsje"]),
        (.social, ["diele", "keppeling kopiearje", "printsje", "harkje nei dit artikel", "folgje ús"]),
        (.navigation, ["foarside", "sykje", "oanmelde", "ôfmelde", "folgjende", "foarige", "oer ús", "privacybelied",
                       "brûksbetingsten", "underwerpen"]),
        (.related, ["lês ek", "besibbe artikels", "meast lêzen", "lêste nijs", "mear nijs"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lês fierder", "lês mear"]),
        (.newsletter, ["ynskriuwe"]),
        (.membership, ["no donearje", "stypje ús"]),
        (.comments, ["reaksjes", "skriuw in reaksje", "reagearje"]),
        (.cookie, ["akkoart", "alles akkoart", "wegerje", "ynstellingen"]),
    ], phrases: [
        (.related, ["^!lês ek", "^!besibbe artikels"]),
        (.navigation, ["!alle rjochten foarbehâlden"]),
        (.banner, ["^!lêstiid"]),
        (.newsletter, ["!meld jo oan foar ús nijsbrief"]),
        (.membership, ["!ûnôfhinklike sjoernalistyk"]),
        (.cookie, ["!brûkt cookies"]),
    ])

    // Romansh (Rumantsch Grischun, "tsch" and "g" before "l"): "legia era" ("read also"),
    // "reclama" for an advertisement, "tut ils dretgs reservads" for the copyright line; "Autur:"
    // before the writer's name, "Fotografia:" before a photo credit. "Tschertgar" ("search") and
    // "respunder" ("answer") are verbs of prose too: whole lines only.
    static let romansh = Language(code: "rm", exactLines: [
        (.advertisement, ["reclama"]),
        (.social, ["cundivider", "copiar la colliaziun", "stampar", "tadlar l'artitgel", "suandai nus"]),
        (.navigation, ["pagina principala", "tschertgar", "s'annunziar", "sortir", "proxim", "precedent", "davart nus",
                       "protecziun da datas", "cundiziuns d'utilisaziun", "temas"]),
        (.related, ["legia era", "artitgels correspundents", "il pli legì", "las ultimas novitads", "autras novitads"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["legia dapli", "cuntinuar a leger"]),
        (.newsletter, ["abunar"]),
        (.membership, ["donar ussa", "sustegnai nus"]),
        (.comments, ["commentaris", "scriver in commentari", "respunder"]),
        (.cookie, ["acceptar", "acceptar tut", "refusar", "parameters"]),
    ], phrases: [
        (.related, ["^!legia era", "^!artitgels correspundents"]),
        (.navigation, ["!tut ils dretgs reservads"]),
        (.banner, ["^!temp da lectura"]),
        (.newsletter, ["!abunai noss newsletter"]),
        (.membership, ["!sustegnai il schurnalissem independent"]),
        (.cookie, ["!utilisescha cookies"]),
    ])

    // Tongan (the fakauʻa ʻ, U+02BB, and macrons: "ʻapi", "māmani"): "lau foki" ("read also"),
    // "tuʻuaki" for an advertisement, "kuo maluʻi ʻa e totonu kotoa" for the copyright line; "Tohi
    // ʻe:" before the writer's name, "Fakatātā:" before a photo credit. "Kumi" ("search"), "tali"
    // ("answer") and "hoko atu" ("go on") are words of prose too: whole lines only.
    static let tongan = Language(code: "to", exactLines: [
        (.advertisement, ["tuʻuaki"]),
        (.social, ["vahevahe", "kopiʻi ʻa e link", "paaki", "fanongo ki he ongoongo", "muimui mai"]),
        (.navigation, ["ʻapi", "kumi", "hū ki loto", "hū ki tuʻa", "hoko atu", "fekauʻaki mo kimautolu", "fetuʻutaki mai",
                       "tuʻutuʻuni fakafoʻituitui", "ngaahi tuʻutuʻuni ngāue", "ngaahi kaveinga"]),
        (.related, ["lau foki", "ngaahi ongoongo fekauʻaki", "ongoongo fakamuimui", "ngaahi ongoongo kehe"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["lau kakato"]),
        (.newsletter, ["lesisita"]),
        (.membership, ["foaki he taimí ni", "tokoni mai"]),
        (.comments, ["ngaahi fakamatala", "tohi ha fakamatala", "tali"]),
        (.cookie, ["loto ki ai", "tali kotoa", "fakafisi", "ngaahi fokotuʻutuʻu"]),
    ], phrases: [
        (.related, ["^!lau foki", "^!ngaahi ongoongo fekauʻaki"]),
        (.navigation, ["!kuo maluʻi ʻa e totonu kotoa"]),
        (.banner, ["^!taimi lau"]),
        (.newsletter, ["!lesisita ki heʻemau tohi ongoongo"]),
        (.membership, ["!ngāue faiongoongo tauʻatāina"]),
        (.cookie, ["!ʻa e cookies"]),
    ])

    // Guarani (the puso ʼ, U+02BC, nasal vowels and g̃ with a combining tilde): "emoñeʼẽ avei"
    // ("read also"), "ñemoherakuã" (publicity) for an advertisement, "opaite derécho oñeñongatu"
    // for the copyright line; "Ohaíva:" before the writer's name, "Taʼãnga:" before a photo credit.
    // "Heka" ("search") and "eike" ("come in") are verbs of prose too: whole lines only.
    static let guarani = Language(code: "gn", exactLines: [
        (.advertisement, ["ñemoherakuã"]),
        (.social, ["emoherakuã", "ekopia juajuha", "embokuatia", "ehendu ko marandu"]),
        (.navigation, ["ñepyrũ", "heka", "eike", "esẽ", "ore rehegua", "ñemongeta hag̃ua", "ñemigua rehegua", "jepuru rape",
                       "mbaʼe rehegua"]),
        (.related, ["emoñeʼẽ avei", "marandu joajuha", "marandu ipyahuvéva"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["emoñeʼẽ hetave"]),
        (.newsletter, ["eñemboheraguapy"]),
        (.membership, ["emeʼẽ koʼág̃a", "ore pytyvõ"]),
        (.comments, ["ñemongeta", "ehai ñemongeta", "embohovái"]),
        (.cookie, ["amoneĩ", "amoneĩ opavave", "ñemboheko"]),
    ], phrases: [
        (.related, ["^!emoñeʼẽ avei", "^!marandu joajuha"]),
        (.navigation, ["!opaite derécho oñeñongatu"]),
        (.banner, ["^!moñeʼẽ aravo"]),
        (.newsletter, ["!ore marandu kuatiáre"]),
        (.membership, ["!epytyvõ marandu sãsóva"]),
        (.cookie, ["!oipuru cookies"]),
    ])

    // Chechen (Cyrillic with the palochka Ӏ, U+04C0: "агӀо", "гӀо"): "иштта еша" ("read also"),
    // "бакъонаш ларйина" for the copyright line; "Автор:" before the writer's name (as Russian),
    // "Сурт:" before a photo credit, "реклама" for an advertisement (as Russian). "Лаха" ("search")
    // and "декъа" ("share") are verbs of prose too: whole lines only.
    static let chechen = Language(code: "ce", exactLines: [
        (.advertisement, ["реклама"]),
        (.social, ["декъа", "линк копи ян", "статье ладогӀа"]),
        (.navigation, ["коьрта агӀо", "лаха", "чугӀо", "арадала", "тхуна хьокъехь", "контакташ", "лелоран бехкамаш", "темаш"]),
        (.related, ["иштта еша", "вовшахтесна хабарш", "тӀаьххьара хабарш", "кхин хабарш"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["дерриг еша"]),
        (.newsletter, ["дӀаяздан"]),
        (.membership, ["хӀинца гӀо де", "тхуна гӀо де"]),
        (.comments, ["комментареш", "комментари язде", "жоп дала"]),
        (.cookie, ["реза ву", "реза яц", "нисдарш"]),
    ], phrases: [
        (.related, ["^!иштта еша", "^!вовшахтесна хабарш"]),
        (.navigation, ["!бакъонаш ларйина"]),
        (.banner, ["^!ешаран хан"]),
        (.newsletter, ["!хаамийн кехате"]),
        (.membership, ["!лаамехь журналистикина"]),
        (.cookie, ["!cookie-файлаш лелайо"]),
    ])

    // Syriac (right to left, the seyame ̈ over plurals: "ܚܒܪ̈ܐ"): "ܩܪܝ ܐܦ" ("read also"),
    // "ܡܟܪܙܢܘܬܐ" (an announcement) for an advertisement, "ܟܠ ܙܕܩ̈ܐ ܢܛܝܪ̈ܝܢ" for the copyright line;
    // "ܣܦܪܐ:" before the writer's name, "ܨܘܪܬܐ:" before a photo credit. "ܒܝܬܐ" ("house"), "ܒܥܝ"
    // ("seek") and "ܦܢܝ" ("answer") are words of prose too: whole lines only.
    static let syriac = Language(code: "syr", exactLines: [
        (.advertisement, ["ܡܟܪܙܢܘܬܐ"]),
        (.social, ["ܫܬܦ", "ܢܣܘܚ ܐܣܘܪܐ", "ܫܡܥ ܠܡܐܡܪܐ"]),
        (.navigation, ["ܒܝܬܐ", "ܒܥܝ", "ܥܘܠ", "ܦܘܩ", "ܥܠܝܢ", "ܐܬܚܒܪ ܥܡܢ", "ܢܛܘܪܘܬܐ ܕܐܘ̈ܪܚܬܐ", "ܦܘ̈ܩܕܢܐ ܕܚܫܚܬܐ", "ܪ̈ܫܐ"]),
        (.related, ["ܩܪܝ ܐܦ", "ܚܒܪ̈ܐ ܐܚܝ̈ܢܐ"]),
        (.newsletter, ["ܟܬܘܒ ܫܡܟ"]),
        (.membership, ["ܗܒ ܗܫܐ"]),
        (.comments, ["ܦܘܫܩ̈ܐ", "ܟܬܘܒ ܦܘܫܩܐ", "ܦܢܝ"]),
        (.cookie, ["ܩܒܠ", "ܛܘܝܒ̈ܐ"]),
    ], phrases: [
        (.related, ["^!ܩܪܝ ܐܦ", "^!ܚܒܪ̈ܐ ܐܚܝ̈ܢܐ"]),
        (.navigation, ["!ܟܠ ܙܕܩ̈ܐ ܢܛܝܪ̈ܝܢ"]),
        (.banner, ["^!ܙܒܢܐ ܕܩܪܝܢܐ"]),
        (.newsletter, ["!ܒܐܓܪܬ ܚܒܪ̈ܐ ܕܝܠܢ"]),
        (.membership, ["!ܠܥܒܕܐ ܕܚܒܪ̈ܐ ܚܐܪܐ"]),
        (.cookie, ["!ܡܫܬܡܫ ܒ cookies"]),
    ])

    // Sesotho (Lesotho spelling, "tsh", "kg"): "bala hape" ("read also"), "papatso" for an
    // advertisement, "ditokelo tsohle di sirelleditswe" for the copyright line; "Mongodi:" before
    // the writer's name, "Setshwantsho:" before a photo credit. "Batla" ("search"), "kena" ("enter"),
    // "araba" ("answer") and "maikutlo" ("opinions") are words of prose too: whole lines only.
    static let sesotho = Language(code: "st", exactLines: [
        (.advertisement, ["papatso"]),
        (.social, ["arolelana", "kopitsa lehokela", "hatisa", "mamela sengolwa sena", "re latele"]),
        (.navigation, ["lehae", "batla", "kena", "tswa", "e latelang", "ka rona", "ikopanye le rona", "leano la lekunutu",
                       "dipehelo tsa tshebediso", "dihlooho"]),
        (.related, ["bala hape", "ditaba tse amanang", "tse balwang haholo", "ditaba tsa morao-rao", "ditaba tse ding"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["bala ho eketsehileng"]),
        (.newsletter, ["ingodisa"]),
        (.membership, ["fana hona jwale", "re tshehetse"]),
        (.comments, ["maikutlo", "ngola maikutlo", "araba"]),
        (.cookie, ["ke a dumela", "amohela tsohle", "hana", "ditlhophiso"]),
    ], phrases: [
        (.related, ["^!bala hape", "^!ditaba tse amanang"]),
        (.navigation, ["!ditokelo tsohle di sirelleditswe"]),
        (.banner, ["^!nako ya ho bala"]),
        (.newsletter, ["!ingodisetse lengolo la rona"]),
        (.membership, ["!boqolotsi ba ditaba bo ikemetseng"]),
        (.cookie, ["!e sebedisa di-cookie"]),
    ])

    // Standard Moroccan Tamazight in Tifinagh (U+2D30-2D7F, which `WordTokenizer` reads as letters):
    // "ⵖⵔ ⴷⴰⵖ" ("read also"), "ⵉⵛⵀⴰⵕ" (publicity) for an advertisement, "ⵉⵣⵔⴼⴰⵏ ⴰⴽⴽ ⵜⵜⵡⴰⵃⵔⴰⵣⵏ" for
    // the copyright line; "ⴰⵎⴰⵔⵓ:" before the writer's name, "ⵜⴰⵡⵍⴰⴼⵜ:" before a photo credit.
    // "ⴰⵔⵣⵓ" ("search"), "ⵇⴱⵍ" ("accept") and "ⵔⴰⵔ" ("answer") are verbs of prose too: whole lines only.
    static let tamazight = Language(code: "zgh", exactLines: [
        (.advertisement, ["ⵉⵛⵀⴰⵕ"]),
        (.social, ["ⴱⴹⵓ", "ⵙⵙⵏⵖⵍ ⴰⵙⴻⵖⵡⴻⵏ", "ⵙⴼⵍⴷ ⵉ ⵓⵎⴰⴳⵔⴰⴷ", "ⴹⴼⵔ ⴰⵖ"]),
        (.navigation, ["ⴰⵙⵏⵓⴱⴳ", "ⴰⵔⵣⵓ", "ⴽⵛⵎ", "ⴼⴼⵖ", "ⵅⴼ ⵏⵏⵖ", "ⴰⵙⵉⵡⵍ", "ⵜⴰⵙⵔⵜⵉⵜ ⵏ ⵜⴱⴰⴹⵏⵉⵜ",
                       "ⵜⵉⵡⵜⵉⵍⵉⵏ ⵏ ⵓⵙⵎⵔⵙ", "ⵉⵙⵏⵜⴰⵍ"]),
        (.related, ["ⵖⵔ ⴷⴰⵖ", "ⵉⵙⴰⵍⵍⴻⵏ ⵉⵛⵔⵉⴽⵏ", "ⵉⵙⴰⵍⵍⴻⵏ ⵉⵎⴳⴳⵓⵔⴰ"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["ⵖⵔ ⵓⴳⴳⴰⵔ"]),
        (.newsletter, ["ⵊⵊⵔⴷ"]),
        (.membership, ["ⵄⴰⵡⵏ ⴷⴰⵖ", "ⵄⴰⵡⵏ ⴰⵖ"]),
        (.comments, ["ⵉⵡⵏⵏⴰⵏ", "ⴰⵔⵉ ⴰⵡⵏⵏⵉⵜ", "ⵔⴰⵔ"]),
        (.cookie, ["ⵇⴱⵍ", "ⵇⴱⵍ ⴽⵓⵍⵍⵓ", "ⵜⵉⵖⵜⴰⵙⵉⵏ"]),
    ], phrases: [
        (.related, ["^!ⵖⵔ ⴷⴰⵖ", "^!ⵉⵙⴰⵍⵍⴻⵏ ⵉⵛⵔⵉⴽⵏ"]),
        (.navigation, ["!ⵉⵣⵔⴼⴰⵏ ⴰⴽⴽ ⵜⵜⵡⴰⵃⵔⴰⵣⵏ"]),
        (.banner, ["^!ⴰⴽⵓⴷ ⵏ ⵜⵖⵓⵔⵉ"]),
        (.newsletter, ["!ⵊⵊⵔⴷ ⴳ ⵜⴱⵔⴰⵜ ⵏⵏⵖ"]),
        (.membership, ["!ⵜⴰⵎⵙⴳⵔⴰⵡⵜ ⵜⴰⵏⴱⴰⴹⵜ"]),
        (.cookie, ["!ⴰⴷ ⵉⵙⵙⵎⵔⴰⵙ cookies"]),
    ])

    // Cherokee (the syllabary, U+13A0-13FF, which pages write in its capital forms): "ᎠᎴ ᏃᏊ ᎦᎾᏅᏍᏗ"
    // ("read also"), "ᎤᏂᎦᏗᎦ" for an advertisement, "ᎾᏍᎩ ᎣᎦᏟᏍᏓᏅ" for the copyright line;
    // "ᎤᏬᏪᎳᏅᎯ:" before the writer's name, "ᏗᏟᎶᏍᏔᏅ:" before a photo credit. "ᎯᎧᏔ" ("look"), "ᎭᏩ"
    // ("all right") and "ᎤᏁᏥᎵ" ("answer") are words of prose too: whole lines only.
    static let cherokee = Language(code: "chr", exactLines: [
        (.advertisement, ["ᎤᏂᎦᏗᎦ"]),
        (.social, ["ᏗᎬᏁᎸᏍᏗ", "ᎤᏁᏣᏓᏗ", "ᎭᏓᏅᏖᎦ ᎧᏃᎮᏛ"]),
        (.navigation, ["ᎦᏁᎳ", "ᎯᎧᏔ", "ᎢᏰᎸᏍᎩ", "ᎣᎦᏬᏂᎯᏍᏗ", "ᎪᎱᏍᏗ ᎤᏁᏥᏓ", "ᏧᏓᏢᏍᏗ", "ᏧᎾᏗᏅᏍᏗ", "ᏗᎧᏃᎮᏛ"]),
        (.related, ["ᎠᎴ ᏃᏊ ᎦᎾᏅᏍᏗ", "ᎤᏙᏢᏍᎩ ᎧᏃᎮᏛ"]),
        (.newsletter, ["ᏥᏪᎳᏂ"]),
        (.membership, ["ᎾᏆ ᏍᎨᎳᏙᏗ"]),
        (.comments, ["ᎤᏂᏬᏂᏍᎬ", "ᏥᏬᏪᎳᏂ", "ᎤᏁᏥᎵ"]),
        (.cookie, ["ᎭᏩ", "ᏗᎧᎶᏚᏗ"]),
    ], phrases: [
        (.related, ["^!ᎠᎴ ᏃᏊ ᎦᎾᏅᏍᏗ", "^!ᎤᏙᏢᏍᎩ ᎧᏃᎮᏛ"]),
        (.navigation, ["!ᎾᏍᎩ ᎣᎦᏟᏍᏓᏅ"]),
        (.banner, ["^!ᎦᎾᏅᏍᏗ"]),
        (.newsletter, ["^!ᏥᏪᎳᏂ ᎧᏃᎮᏛ"]),
        (.membership, ["^!ᏍᎨᎳᏙᏗ ᎧᏃᎮᏛ"]),
        (.cookie, ["!cookies ᏗᎬᏁᏗ"]),
    ])

    // Fulfulde in Adlam (U+1E900-1E95F, right to left, with capitals and vowel lengtheners, which
    // `WordTokenizer` reads as letters and folds to small letters): "𞤼𞤢𞤪𞤵 𞤳𞤢𞤣𞤭" ("read also"),
    // "𞤶𞤫𞥅𞤴𞤲𞤺𞤮𞤤" (trade) for an advertisement, "𞤸𞤢𞤳𞥆𞤫𞥅𞤶𞤭 𞤬𞤮𞤬 𞤳𞤮 𞤪𞤫𞥅𞤲𞤼𞤢𞥄𞤯𞤭" for the copyright line;
    // "𞤄𞤭𞤲𞥆𞤣𞤮𞥅𞤱𞤮:" before the writer's name, "𞤐𞤢𞤼𞤢𞤤:" before a photo credit. "𞤴𞤭𞤴𞤤𞤮" ("search"),
    // "𞤲𞤢𞥄𞤼" ("enter") and "𞤶𞤢𞥄𞤦𞤮" ("answer") are verbs of prose too: whole lines only.
    static let adlamFulfulde = Language(code: "ff", exactLines: [
        (.advertisement, ["𞤶𞤫𞥅𞤴𞤲𞤺𞤮𞤤"]),
        (.social, ["𞤧𞤫𞤲𞥆𞤣𞤵", "𞤲𞤢𞤼𞥆𞤮 𞤶𞤮𞤳𞥆𞤮𞤪𞤣𞤫", "𞤸𞤫𞤯𞤭𞤼𞤮 𞤯𞤫𞥅 𞤳𞤢𞤦𞤢𞤪𞤵"]),
        (.navigation, ["𞤺𞤢𞤤𞥆𞤫", "𞤴𞤭𞤴𞤤𞤮", "𞤲𞤢𞥄𞤼", "𞤴𞤢𞤤𞤼𞤵", "𞤦𞤢𞤯𞤼𞤫 𞤢𞤥𞤫𞤲", "𞤶𞤮𞤳𞥆𞤵 𞤫 𞤢𞤥𞤫𞤲", "𞤣𞤢𞤱𞤪𞤵𞤺𞤮𞤤 𞤧𞤵𞤼𞤵𞤪𞤮", "𞤧𞤢𞤪𞤯𞤭𞥅𞤶𞤭 𞤸𞤵𞥅𞤼𞤮𞤪𞤢𞤺𞤮𞤤", "𞤼𞤢𞤺𞤢𞥄𞤯𞤫"]),
        (.related, ["𞤼𞤢𞤪𞤵 𞤳𞤢𞤣𞤭", "𞤳𞤢𞤦𞤢𞤪𞤵𞥅𞤶𞤭 𞤶𞤮𞤳𞥆𞤮𞤲𞤣𞤭𞤪𞤯𞤭", "𞤩𞤵𞤪𞤯𞤭 𞤼𞤢𞤪𞤫𞥅𞤣𞤫", "𞤳𞤢𞤦𞤢𞤪𞤵𞥅𞤶𞤭 𞤧𞤢𞤳𞥆𞤭𞤼𞤭𞥅𞤯𞤭"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["𞤼𞤢𞤪𞤵 𞤯𞤵𞤥 𞤬𞤮𞤬"]),
        (.newsletter, ["𞤱𞤭𞤲𞥆𞤣𞤭𞤼𞤮"]),
        (.membership, ["𞤪𞤮𞤳 𞤶𞤮𞥅𞤲𞤭", "𞤱𞤢𞤤𞥆𞤭𞤼 𞤥𞤭𞤲"]),
        (.comments, ["𞤥𞤭𞥅𞤶𞤮𞥅𞤶𞤭", "𞤱𞤭𞤲𞥆𞤣𞤵 𞤥𞤭𞥅𞤶𞤮", "𞤶𞤢𞥄𞤦𞤮"]),
        (.cookie, ["𞤥𞤭 𞤶𞤢𞤩𞤭𞥅", "𞤶𞤢𞤩 𞤬𞤮𞤬", "𞤼𞤫𞥅𞤤𞤼𞤫"]),
    ], phrases: [
        (.related, ["^!𞤼𞤢𞤪𞤵 𞤳𞤢𞤣𞤭", "^!𞤳𞤢𞤦𞤢𞤪𞤵𞥅𞤶𞤭 𞤶𞤮𞤳𞥆𞤮𞤲𞤣𞤭𞤪𞤯𞤭"]),
        (.navigation, ["!𞤸𞤢𞤳𞥆𞤫𞥅𞤶𞤭 𞤬𞤮𞤬 𞤳𞤮 𞤪𞤫𞥅𞤲𞤼𞤢𞥄𞤯𞤭"]),
        (.banner, ["^!𞤧𞤢𞤸𞤢 𞤼𞤢𞤪𞤮"]),
        (.newsletter, ["!𞤩𞤢𞤼𞤢𞥄𞤳𞤫 𞤳𞤢𞤦𞤢𞤪𞤵𞥅𞤶𞤭 𞤢𞤥𞤫𞤲"]),
        (.membership, ["!𞤶𞤢𞥄𞤴𞤲𞤣𞤫 𞤶𞤫𞤴𞤢𞥄𞤲𞤣𞤫 𞤸𞤮𞥅𞤪𞤫 𞤥𞤵𞤥"]),
        (.cookie, ["!𞤸𞤵𞥅𞤼𞤮𞤪𞤼𞤮𞥅 𞤳𞤮 𞤳𞤵𞤳𞤭𞥅𞤶𞤭"]),
    ])

    // Manipuri in Meetei Mayek (U+ABC0-ABFF, its own digits and the cheikhei ꯫ for a full stop):
    // "ꯑꯃꯨꯛ ꯄꯕ" ("read again"), "ꯈꯡꯖꯤꯅꯕ" for an advertisement, "ꯍꯛ ꯄꯨꯝꯅꯃꯛ ꯉꯛꯁꯤꯜꯂꯦ" for the copyright
    // line; "ꯏꯕꯕ:" before the writer's name, "ꯐꯣꯇꯣ:" before a photo credit. "ꯊꯤꯕ" ("search") and "ꯋꯈꯜ"
    // ("thought") are words of prose too: whole lines only.
    static let meeteiManipuri = Language(code: "mni", exactLines: [
        (.advertisement, ["ꯈꯡꯖꯤꯅꯕ"]),
        (.social, ["ꯁꯔꯨꯛ ꯌꯟꯕ", "ꯂꯤꯟꯛ ꯀꯣꯄꯤ ꯇꯧꯕ", "ꯄꯑꯣ ꯑꯁꯤ ꯇꯕꯤꯌꯨ"]),
        (.navigation, ["ꯑꯍꯟꯕ", "ꯊꯤꯕ", "ꯆꯡꯕ", "ꯑꯩꯈꯣꯑꯤꯒꯤ ꯃꯔꯝꯗ", "ꯑꯩꯈꯣꯢ ꯒ ꯎꯟꯅꯕ", "ꯉꯛꯄ ꯃꯋꯣꯡ", "ꯁꯤꯖꯤꯟꯅꯕ ꯃꯇꯤꯛ", "ꯇꯒ"]),
        (.related, ["ꯑꯃꯨꯛ ꯄꯕ", "ꯃꯔꯤ ꯂꯩꯅꯕ ꯄꯑꯣꯁꯤꯡ"]),
        (.newsletter, ["ꯃꯤꯡꯊꯣꯟꯕꯤꯌꯨ"]),
        (.membership, ["ꯍꯧꯖꯤꯛ ꯄꯤꯕꯤꯌꯨ"]),
        (.comments, ["ꯋꯈꯜ", "ꯋꯈꯜ ꯏꯕꯤꯌꯨ", "ꯄꯑꯣꯈꯨꯝ"]),
        (.cookie, ["ꯑꯌꯕ ꯄꯤꯔꯤ", "ꯁꯦꯊꯣꯛꯅꯕ"]),
    ], phrases: [
        (.related, ["^!ꯑꯃꯨꯛ ꯄꯕ", "^!ꯃꯔꯤ ꯂꯩꯅꯕ ꯄꯑꯣꯁꯤꯡ"]),
        (.navigation, ["!ꯍꯛ ꯄꯨꯝꯅꯃꯛ ꯉꯛꯁꯤꯜꯂꯦ"]),
        (.banner, ["^!ꯄꯕ ꯃꯇꯝ"]),
        (.newsletter, ["!ꯑꯩꯈꯣꯑꯤꯒꯤ ꯄꯑꯣꯖꯦꯜ ꯄꯠꯔꯤꯀꯗ"]),
        (.membership, ["!ꯄꯑꯣꯖꯦꯜ ꯊꯕꯛ ꯑꯁꯤꯗ ꯃꯇꯦꯡ"]),
        (.cookie, ["!ꯀꯨꯀꯤ ꯁꯤꯖꯤꯟꯅꯔꯤ"]),
    ])

    // Quechua (Southern, the unified spelling with ejectives: "k'ullu", "p'anqa"): "kaytapas ñawinchay"
    // ("read this too"), "willachiy" (a notice) for an advertisement, "tukuy hayñinkuna waqaychasqa"
    // for the copyright line; "Qillqaq:" before the writer's name, "Rikch'a:" before a photo credit.
    // "Maskay" ("search"), "yaykuy" ("enter") and "kutichiy" ("answer") are verbs of prose too: whole lines only.
    static let quechua = Language(code: "qu", exactLines: [
        (.advertisement, ["willachiy"]),
        (.social, ["rak'iy", "t'inkita kopiay", "kay willakuyta uyariy"]),
        (.navigation, ["qallariy", "maskay", "yaykuy", "lluqsiy", "ñuqanchikmanta", "willanakuy", "pakasqa kaqmanta kamachiy",
                       "llamk'anapaq kamachikuykuna", "sutichakuna"]),
        (.related, ["kaytapas ñawinchay", "kaqnin willakuykuna", "aswan ñawinchasqakuna", "qhipa willakuykuna"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["aswanta ñawinchay"]),
        (.newsletter, ["qillqakuy"]),
        (.membership, ["kunan yanapay", "yanapawayku"]),
        (.comments, ["rimanakuykuna", "rimanakuyta qillqay", "kutichiy"]),
        (.cookie, ["arí, chaskini", "llapanta chaskiy", "churanakuna"]),
    ], phrases: [
        (.related, ["^!kaytapas ñawinchay", "^!kaqnin willakuykuna"]),
        (.navigation, ["!tukuy hayñinkuna waqaychasqa"]),
        (.banner, ["^!ñawinchana pacha"]),
        (.newsletter, ["!willakuy qillqanchikman"]),
        (.membership, ["!kikin willakuy ruraqkunata"]),
        (.cookie, ["!cookies nisqakunata llamk'achin"]),
    ])

    // Wolof (Senegal's spelling, with à é ë ñ ŋ): "jàngal it" ("read also"), "yëgle" (an announcement)
    // for an advertisement, "sañ-sañ yépp aaru nañu" for the copyright line; "Bindkat:" before the
    // writer's name, "Nataal:" before a photo credit. "Kër" ("house"), "seet" ("look for"), "dugg"
    // ("enter") and "tontu" ("answer") are words of prose too: whole lines only.
    static let wolof = Language(code: "wo", exactLines: [
        (.advertisement, ["yëgle"]),
        (.social, ["séddale", "duppi lëkkalekaay bi", "déglu bii xibaar"]),
        (.navigation, ["kër", "seet", "dugg", "génn", "ñun", "jokkoo ak nun", "politigu sutura", "sarti jëfandikoo", "baat yi"]),
        (.related, ["jàngal it", "xibaar yu ci aju", "xibaar yi ñu gën a jàng", "xibaar yu mujj yi"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["jàngal lu ëpp"]),
        (.newsletter, ["bindu"]),
        (.membership, ["joxal léegi", "jàppale nu"]),
        (.comments, ["xalaat yi", "bind sa xalaat", "tontu"]),
        (.cookie, ["nangu naa", "nangu lépp", "tànneef yi"]),
    ], phrases: [
        (.related, ["^!jàngal it", "^!xibaar yu ci aju"]),
        (.navigation, ["!sañ-sañ yépp aaru nañu"]),
        (.banner, ["^!jamono jàng"]),
        (.newsletter, ["!sunu bataaxalu xibaar"]),
        (.membership, ["!taskatu xibaar bu moom boppam"]),
        (.cookie, ["!jëfandikoo ay cookies"]),
    ])

    // Sakha (Cyrillic with ҕ ҥ ө һ ү): "эмиэ ааҕыҥ" ("read also"), "реклама" (as Russian), "бары бырааптар көмүскэллээхтэр" for the
    // copyright line; "Суруйда:" before the writer's name, "Хаартыска:" before a photo credit. "Сүрүн"
    // ("main"), "киир" ("enter") and "хоруйдаа" ("answer") are words of prose too: whole lines only.
    static let sakha = Language(code: "sah", exactLines: [
        (.advertisement, ["реклама"]),
        (.social, ["тарҕат", "сигэни куоппуйалаа", "сонуну истиҥ"]),
        (.navigation, ["сүрүн", "көрдөө", "киир", "биһиги туспутунан", "биһигини кытта сибээс", "кистэлэҥ бэлиитикэтэ",
                       "туттуу усулуобуйата", "күлүүс тыллар"]),
        (.related, ["эмиэ ааҕыҥ", "сибээстээх сонуннар", "элбэхтик ааҕыллыбыт"]),
        (.newsletter, ["суруйтар"]),
        (.membership, ["билигин өйөө"]),
        (.comments, ["санаалар", "санааҕын суруй", "хоруйдаа"]),
        (.cookie, ["сөбүлэһэбин", "туруоруулар"]),
    ], phrases: [
        (.related, ["^!эмиэ ааҕыҥ", "^!сибээстээх сонуннар"]),
        (.navigation, ["!бары бырааптар көмүскэллээхтэр"]),
        (.banner, ["^!ааҕыы кэмэ"]),
        (.newsletter, ["!сурукпутугар суруйтаран"]),
        (.membership, ["!тутулуга суох хаһыаты"]),
        (.cookie, ["!cookies туттар"]),
    ])

    // Northern Sami (á č đ ŋ š ŧ ž): "loga maiddái" ("read also"), "reklámá" for an advertisement, "buot
    // vuoigatvuođat (leat) várrejuvvon" for the copyright line; "Čálli:" before the writer's name, "Govva:"
    // before a photo credit. "Oza" ("search"), "juoge" ("share") and "vástit" ("answer") are verbs of prose
    // too: whole lines only.
    static let northernSami = Language(code: "se", exactLines: [
        (.advertisement, ["reklámá"]),
        (.social, ["juoge", "máŋge liŋkka", "guldal artihkkala"]),
        (.navigation, ["ovdasiidu", "oza", "čáliha sisa", "min birra", "váldde oktavuođa", "priváhtavuođa njuolggadusat",
                       "geavahaneavttut", "fáttát"]),
        (.related, ["loga maiddái", "guoski ođđasat", "lohkkojuvvon eanemusat"]),
        // Bare "read on" buttons continue or expand this story; they head no list of others.
        (.navigation, ["loga eambbo"]),
        (.newsletter, ["diŋgo"]),
        (.membership, ["doarjjo dál"]),
        (.comments, ["kommeanttat", "čále kommeantta", "vástit"]),
        (.cookie, ["dohkkehan", "heivehusat"]),
    ], phrases: [
        (.related, ["^!loga maiddái", "^!guoski ođđasat"]),
        (.navigation, ["!buot vuoigatvuođat leat várrejuvvon", "!buot vuoigatvuođat várrejuvvon"]),
        (.banner, ["^!lohkanáigi"]),
        (.newsletter, ["!diŋgo min ođđasreivve"]),
        (.membership, ["!doarjjo iehčanas journalistihka"]),
        (.cookie, ["!geavaha cookies"]),
    ])

    // Tok Pisin: "ritim tu" ("read also"), "advetaismen" for an advertisement, "olgeta rait i stap" for the
    // copyright line; "Raita:" before the writer's name. "Hom", "painim" ("search"), "serim" ("share") and
    // "bekim" ("answer") are words of prose too: whole lines only.
    static let tokPisin = Language(code: "tpi", exactLines: [
        (.advertisement, ["advetaismen"]),
        (.social, ["serim", "kopim link", "harim dispela stori"]),
        (.navigation, ["hom", "painim", "go insait", "long mipela", "toktok wantaim mipela", "polisi bilong praivesi",
                       "ol lo bilong yusim", "ol tok"]),
        (.related, ["ritim tu", "ol narapela stori"]),
        (.newsletter, ["raitim nem"]),
        (.membership, ["givim nau"]),
        (.comments, ["ol tingting", "raitim tingting bilong yu", "bekim"]),
        (.cookie, ["mi orait", "ol seting"]),
    ], phrases: [
        (.related, ["^!ritim tu"]),
        (.navigation, ["!olgeta rait i stap"]),
        (.banner, ["^!taim bilong ritim"]),
        (.newsletter, ["!raitim nem bilong yu na kisim"]),
        (.membership, ["!helpim nius bilong yumi"]),
        (.cookie, ["!yusim ol cookies"]),
    ])

    // Twi (Akan, with ɛ and ɔ): "kenkan bio" ("read again"), "dawurubɔ" (an announcement) for an
    // advertisement, "hokwan nyinaa yɛ yɛn dea" for the copyright line; "Ɔkyerɛwfo:" before the writer's
    // name, "Mfonini:" before a photo credit. "Fie" ("home"), "kyɛ" ("share"), "adwene" ("mind") and "bua"
    // ("answer") are words of prose too: whole lines only.
    static let twi = Language(code: "ak", exactLines: [
        (.advertisement, ["dawurubɔ"]),
        (.social, ["kyɛ", "fa link no", "tie saa asɛm yi"]),
        (.navigation, ["fie", "hwehwɛ", "bra mu", "yɛn ho", "ka kyerɛ yɛn", "kokoam nhyehyɛe", "dwumadie ho mmara",
                       "nsɛmfua"]),
        (.related, ["kenkan bio", "nsɛm a ɛfa ho"]),
        (.newsletter, ["kyerɛw wo din"]),
        (.membership, ["boa seesei"]),
        (.comments, ["adwene", "kyerɛw w'adwene", "bua"]),
        (.cookie, ["mepene so", "nhyehyɛe"]),
    ], phrases: [
        (.related, ["^!kenkan bio"]),
        (.navigation, ["!hokwan nyinaa yɛ yɛn dea"]),
        (.banner, ["^!kenkan berɛ"]),
        (.newsletter, ["!nya nsɛm titiriw anɔpa biara"]),
        (.membership, ["!boa nsɛm a ɛde ne ho"]),
        (.cookie, ["!de cookies di dwuma"]),
    ])

    // Shona: "verenga zvakare" ("read again"), "kushambadza" (advertising), "kodzero dzose dzakachengetedzwa"
    // for the copyright line; "Munyori:" before the writer's name, "Mufananidzo:" before a photo credit.
    // "Kumba" ("home"), "pinda" ("enter"), "mazano" ("ideas") and "pindura" ("answer") are words of prose
    // too: whole lines only.
    static let shona = Language(code: "sn", exactLines: [
        (.advertisement, ["kushambadza"]),
        (.social, ["govera", "kopa link", "teerera nyaya iyi"]),
        (.navigation, ["kumba", "tsvaga", "pinda", "nezvedu", "taura nesu", "mutemo wekuvanzika", "mitemo yekushandisa",
                       "mazwi"]),
        (.related, ["verenga zvakare", "nhau dzakabatana", "nhau dzinonyanya kuverengwa"]),
        (.newsletter, ["nyoresa"]),
        (.membership, ["tsigira izvozvi"]),
        (.comments, ["mazano", "nyora zano rako", "pindura"]),
        (.cookie, ["ndabvuma", "sarudzo"]),
    ], phrases: [
        (.related, ["^!verenga zvakare"]),
        (.navigation, ["!kodzero dzose dzakachengetedzwa"]),
        (.banner, ["^!nguva yekuverenga"]),
        (.newsletter, ["!nyoresa kuti uwane nhau"]),
        (.membership, ["!tsigira nhau dzakazvimirira"]),
        (.cookie, ["!inoshandisa macookies"]),
    ])

    // Occitan (Lengadocian): "legir tanben" ("read also"), "publicitat" for an advertisement, "totes los
    // dreches reservats" for the copyright line; "Escrich per:" before the writer's name, "Fòto:" before a
    // photo credit. "Acuèlh" ("home"), "cercar" ("search"), "partejar" ("share") and "respondre"
    // ("answer") are words of prose too: whole lines only.
    static let occitan = Language(code: "oc", exactLines: [
        (.advertisement, ["publicitat"]),
        (.social, ["partejar", "copiar lo ligam", "escotar l'article"]),
        (.navigation, ["acuèlh", "cercar", "se connectar", "a prepaus", "contacte", "politica de confidencialitat",
                       "condicions d'utilizacion", "tèmas"]),
        (.related, ["legir tanben", "articles ligats", "los mai legits"]),
        (.newsletter, ["s'inscriure"]),
        (.membership, ["sosténer ara"]),
        (.comments, ["comentaris", "escriure un comentari", "respondre"]),
        (.cookie, ["acceptar", "paramètres"]),
    ], phrases: [
        (.related, ["^!legir tanben", "^!articles ligats"]),
        (.navigation, ["!totes los dreches reservats"]),
        (.banner, ["^!temps de lectura"]),
        (.newsletter, ["!inscrivètz-vos a nòstra letra"]),
        (.membership, ["!sostenètz lo jornalisme"]),
        (.cookie, ["!utiliza de cookies"]),
    ])

    // Sundanese: "baca ogé" ("read also"), "iklan" for an advertisement (as Indonesian), "hak cipta
    // ditangtayungan" for the copyright line; "Panulis:" before the writer's name, "Poto:" before a photo
    // credit. "Béranda" ("home"), "sungsi" ("search"), "asup" ("enter"), "bagikeun" ("share") and "waler"
    // ("answer") are words of prose too: whole lines only.
    static let sundanese = Language(code: "su", exactLines: [
        (.advertisement, ["iklan"]),
        (.social, ["bagikeun", "salin tautan", "dangukeun artikel"]),
        (.navigation, ["béranda", "sungsi", "asup", "ngeunaan kami", "kontak", "kawijakan privasi", "katangtuan pamakéan",
                       "topik"]),
        (.related, ["baca ogé", "warta patali", "warta pangpayunna"]),
        (.newsletter, ["daptar"]),
        (.membership, ["rojong ayeuna"]),
        (.comments, ["koméntar", "tulis koméntar", "waler"]),
        (.cookie, ["satuju", "setélan"]),
    ], phrases: [
        (.related, ["^!baca ogé", "^!warta patali"]),
        (.navigation, ["!hak cipta ditangtayungan"]),
        (.banner, ["^!waktu maca"]),
        (.newsletter, ["!daptar kana serat warta"]),
        (.membership, ["!rojong jurnalisme mandiri"]),
        (.cookie, ["!ngagunakeun cookies"]),
    ])

    // Lingala: "tanga lisusu" ("read again"), "piblisite" for an advertisement, "makoki nyonso ebatelami"
    // for the copyright line; "Mokomi:" before the writer's name, "Elilingi:" before a photo credit.
    // "Ebandeli" ("beginning"), "luka" ("search"), "kota" ("enter"), "kabola" ("share"), "makanisi"
    // ("thoughts") and "kozongisa" ("answer") are words of prose too: whole lines only.
    static let lingala = Language(code: "ln", exactLines: [
        (.advertisement, ["piblisite"]),
        (.social, ["kabola", "kokopia nzela", "yoka lisolo"]),
        (.navigation, ["ebandeli", "luka", "kota", "mpo na biso", "kokutana na biso", "mibeko ya sekele",
                       "mibeko ya bosaleli", "mitu"]),
        (.related, ["tanga lisusu", "nsango oyo ekokani", "nsango oyo batangi mingi"]),
        (.newsletter, ["komikoma"]),
        (.membership, ["sunga sikoyo"]),
        (.comments, ["makanisi", "koma likanisi", "kozongisa"]),
        (.cookie, ["nandimi", "mibongiseli"]),
    ], phrases: [
        (.related, ["^!tanga lisusu", "^!nsango oyo ekokani"]),
        (.navigation, ["!makoki nyonso ebatelami"]),
        (.banner, ["^!ntango ya kotanga"]),
        (.newsletter, ["!komikoma mpo na kozwa nsango"]),
        (.membership, ["!sunga nsango ya bonsomi"]),
        (.cookie, ["!ezali kosalela ba cookies"]),
    ])

    // Chuvash (Cyrillic with ӑ, ӗ, ҫ, ӳ): "ҫавӑн пекех вулӑр" ("read also"), "реклама" for an advertisement
    // (as Russian), "пур прависем те хӳтӗленнӗ" for the copyright line; "Ҫыраканӗ:" before the writer's
    // name, "Сӑнӳкерчӗк:" before a photo credit. "Шыра" ("search"), "кӗр" ("enter"), "пайлаш" ("share"),
    // "шухӑшсем" ("thoughts") and "хуравла" ("answer") are words of prose too: whole lines only.
    static let chuvash = Language(code: "cv", exactLines: [
        (.advertisement, ["реклама"]),
        (.social, ["пайлаш", "каҫӑна копиле", "статьяна итле"]),
        (.navigation, ["тӗп страница", "шыра", "кӗр", "пирӗн ҫинчен", "ҫыхӑну", "вӑрттӑнлӑх политики",
                       "усӑ курмалли условисем", "темӑсем"]),
        (.related, ["ҫавӑн пекех вулӑр", "ҫыхӑннӑ хыпарсем", "чи нумай вуланисем"]),
        (.newsletter, ["алӑ пус"]),
        (.membership, ["халех пулӑш"]),
        (.comments, ["шухӑшсем", "шухӑш ҫыр", "хуравла"]),
        (.cookie, ["килӗшетӗп", "ӗнерлевсем"]),
    ], phrases: [
        (.related, ["^!ҫавӑн пекех вулӑр", "^!ҫыхӑннӑ хыпарсем"]),
        (.navigation, ["!пур прависем те хӳтӗленнӗ"]),
        (.banner, ["^!вулав вӑхӑчӗ"]),
        (.newsletter, ["!пирӗн ҫырура алӑ пусӑр"]),
        (.membership, ["!ирӗклӗ журналистикӑна пулӑшӑр"]),
        (.cookie, ["!cookies усӑ курать"]),
    ])

    // Hawaiian (the ʻokina U+02BB and the kahakō): "e heluhelu pū" ("read also"), "hoʻolaha" (an announcement)
    // for an advertisement, "ua mālama ʻia nā kuleana a pau" for the copyright line; "Mea kākau:" before the
    // writer's name, "Kiʻi:" before a photo credit. "Huli" ("search"), "komo" ("enter"), "kaʻana" ("share"),
    // "pane" ("answer") and "nā manaʻo" ("thoughts") are words of prose too: whole lines only.
    static let hawaiian = Language(code: "haw", exactLines: [
        (.advertisement, ["hoʻolaha"]),
        (.social, ["kaʻana", "kope i ka loulou", "hoʻolohe i ka moʻolelo"]),
        (.navigation, ["ka ʻaoʻao mua", "huli", "komo", "no mākou", "kelepona mai", "kulekele pilikino",
                       "nā kuleana hoʻohana", "nā kumuhana"]),
        (.related, ["e heluhelu pū", "nā moʻolelo pili", "nā moʻolelo heluhelu nui ʻia"]),
        (.newsletter, ["kākau inoa"]),
        (.membership, ["kākoʻo i kēia manawa"]),
        (.comments, ["nā manaʻo", "kākau i kou manaʻo", "pane"]),
        (.cookie, ["ʻae", "nā hoʻonohonoho"]),
    ], phrases: [
        (.related, ["^!e heluhelu pū", "^!nā moʻolelo pili"]),
        (.navigation, ["!ua mālama ʻia nā kuleana a pau"]),
        (.banner, ["^!manawa heluhelu"]),
        (.newsletter, ["!e kākau inoa i kā mākou leka"]),
        (.membership, ["!kākoʻo i ka nūpepa kūʻokoʻa"]),
        (.cookie, ["!hoʻohana kēia pūnaewele i nā cookies"]),
    ])
}
