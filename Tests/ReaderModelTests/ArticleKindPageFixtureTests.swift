import Foundation
import Testing
@testable import ReaderModel

/// Invented whole pages of article KINDS no other fixture has, each with the chrome its kind of
/// site carries: an Italian recipe (a time-and-servings box, an ingredients list, numbered steps,
/// a star-rating row), an English product review (a spec table, pros and cons lists under their
/// headings, a deals box), a Spanish obituary (a pull quote, a condolence book), a Portuguese match
/// report (a two-column line-up table, the referee's line, a comment count), a Japanese correction
/// notice of three short paragraphs, a Finnish press release (a contacts block of name, role,
/// phone and e-mail lines, a boilerplate "about" paragraph), a French Q&A interview (bold
/// questions, a pull quote, a subscription promo), and a Dutch photo essay whose long captions
/// carry the story between short paragraphs. Each as saved HTML and its select-all text copy.
extension UnseenPageFixtureTests {
    static let kindPages: [Page] = [
        Page(code: "shape-recipe", title: "Pasta e ceci alla maniera di nonna Ida",
             byline: "Marta Benassi", published: "2025-03-02T10:00",
             htmlIssue: "the time-and-servings list, in a box whose class names metadata (\"recipe-meta\"), is read as the byline box"),
        Page(code: "shape-review", title: "Corvid Hush 2 review: quiet, comfortable, and let down by its app",
             byline: "Nadia Kerr", published: "2025-04-09T12:00"),
        Page(code: "shape-obituary", title: "Muere Ramón Ezquerra, el relojero que dio hora a toda la comarca",
             byline: "Lucía Sarasa", published: "2025-01-22T18:30"),
        Page(code: "shape-match", title: "Ribeirense vence o Águias da Serra e sobe ao segundo lugar",
             byline: "Rui Tavares", published: "2025-02-16T19:45",
             textIssue: "a line-up table of names and no figures reads as a teaser list, and the lines past it are cut; the \"name | 16 fev 2025\" row is not read"),
        Page(code: "shape-correction", title: "おわびと訂正　港まつりの開催日", published: "2025-07-03T09:00",
             textIssue: "the kicker line the headline opens with is read as the headline, and the headline as the standfirst"),
        Page(code: "shape-release", title: "Kuulas avaa Kaarnajärvelle uuden kierrätysmuovin tehtaan ja palkkaa 60 työntekijää",
             published: "2025-05-05T08:00"),
        Page(code: "shape-interview", title: "Claire Vidalenc : « Une bibliothèque, c'est d'abord un endroit où l'on a le droit de rester »",
             standfirst: "La nouvelle directrice de la médiathèque de Saint-Aurèle veut ouvrir le dimanche et faire entrer les jeux vidéo dans les rayons.",
             byline: "Julien Castan", published: "2025-09-11T06:00"),
        Page(code: "shape-photoessay", title: "De laatste turfstekers van het Hoogveen",
             byline: "Femke Dijkhuis", published: "2025-10-04T07:00",
             textIssue: "the text copy's \"Tekst en foto's: <name>\" credit line gives no byline"),
    ]

    @Test(arguments: kindPages)
    func kindTextCopyKeepsTheStory(page: Page) throws {
        try textCopyKeepsTheStory(page: page)
    }

    @Test(arguments: kindPages)
    func kindSavedPageKeepsTheStory(page: Page) throws {
        try savedPageKeepsTheStory(page: page)
    }

    @Test(arguments: kindPages)
    func kindEveryRemovedLineHasAReason(page: Page) throws {
        try everyRemovedLineHasAReason(page: page)
    }
}
