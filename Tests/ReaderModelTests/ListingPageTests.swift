import Testing
@testable import ReaderModel

/// An invented directory page: every record is a name, an "Address:" field, a summary (some cut
/// with "... more", some whole) and a "Rates:" field. The records are the page's content, not a
/// list of teasers beside an article.
@Suite struct ListingPageTests {
    static let clubs: [(name: String, town: String, summary: String)] = [
        ("Harbour View Tennis Club", "Northby", "Six clay courts sit beside the harbour wall, and members can book them from dawn until dusk through the season. Coaching is offered for juniors every weekend, and the clubhouse serves tea on the terrace overlooking the boats. Visitors pay a small fee and are welcome"),
        ("Old Mill Tennis Centre", "Eastham", "The centre was built in an old grain mill and keeps two indoor courts that stay open through the winter months. Lessons for adults run on weekday evenings, and a ladder competition keeps members busy all year round. The car park is free"),
        ("Pine Ridge Racquet Club", "Westfield", "Tucked among tall pines on the ridge, this club has four hard courts and a small pavilion with changing rooms. Members run a friendly social evening every Thursday, and newcomers are paired with regular players at once"),
        ("Lakeside Courts Society", "Southport", "A volunteer society keeps three grass courts by the lake in beautiful condition from May to September each year. The courts are shaded in the afternoon, and the society lends rackets to anyone who wants to try the game"),
        ("Meadow Lane Tennis Club", "Kingsbay", "This family club has five courts, a practice wall and a playground, so parents can play while children are busy. The club holds an open day every spring, with free lessons, games and a barbecue for the whole village"),
        ("Castle Hill Lawn Club", "Millford", "One of the oldest clubs in the county, it keeps its lawns as they were a century ago and plays in white. Guests must be introduced by a member, and the annual tournament draws players from across the region"),
        ("Riverside Racquet Centre", "Brookton", "Beside the river path, the centre has six floodlit courts and a cafe that is open to walkers as well as players. Group sessions for beginners start every month, and rackets can be hired at the front desk"),
    ]

    static func page() -> String {
        var lines = ["Tennis Clubs Directory", "", "Region: River Valley", "Results: 7 clubs", ""]
        for (k, club) in clubs.enumerated() {
            let tail = (1...4).contains(k) ? " ... more" : "."
            lines += [club.name + "\tDetails\tMap", "", "Address: \(10 + k * 7) Court Road, \(club.town)", club.summary + tail,
                      "Rates: \(40 + k * 5) pounds a year", "", ""]
        }
        return (lines + ["Privacy | Contact | Help"]).joined(separator: "\n")
    }

    @Test func everyRecordOfADirectoryIsKept() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page()))
        for club in Self.clubs {
            #expect(doc.paragraphs.contains { $0.hasPrefix(club.summary) }, "\(club.name)")
        }
    }
}
