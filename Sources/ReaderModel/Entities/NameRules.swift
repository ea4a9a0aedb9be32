/// The word lists that turn a run of capitalised words into a typed name: titles that mark people,
/// heads that mark organizations and places, joiners allowed inside names, words never names.
public enum NameRules {
    /// Capitalised titles and honorifics before a person's name ("President", "Secretary-General", "Dr").
    public static let titles: Set<String> = [
        "President", "Vice", "Prime", "Minister", "Secretary", "General", "Secretary-General", "Chancellor",
        "Ambassador", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "King", "Queen",
        "Prince", "Princess", "Pope", "Sheikh", "Senator", "Sen", "Rep", "Representative", "Governor", "Gov",
        "Mayor", "Judge", "Justice", "Chairman", "Chairwoman", "Chairperson", "Chair", "CEO", "Director",
        "Commissioner", "Spokesman", "Spokeswoman", "Spokesperson", "Gen", "Lt", "Col", "Maj", "Capt", "Captain",
        "Colonel", "Lieutenant", "Admiral", "Adm", "Sgt", "Sergeant", "Commander", "Chief", "Deputy", "Foreign",
        "Defence", "Defense", "Interior", "Finance", "Economy", "Health", "Trade", "Premier", "Speaker",
        "Envoy", "Head", "Leader", "Former", "Acting", "Crown", "Emperor", "Archbishop", "Bishop", "Rev",
        "Reverend", "Father", "Patriarch", "Ayatollah", "Coach", "Manager", "Secretary-general", "Vice-President",
        "Attorney", "Officer", "Inspector", "Superintendent", "Marshal", "Field", "Brigadier", "Private", "Corporal",
        "Chief-of-staff", "Commander-in-chief", "Mrs.", "Mr.", "Dr.", "Ms.", "First", "Lady",
    ]

    /// Lower-case words before a name that mark a person ("spokesman John Kirby", "striker Ian Wright").
    public static let personCues: Set<String> = [
        "president", "minister", "secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson",
        "ambassador", "chancellor", "envoy", "commander", "general", "chief", "leader", "senator", "governor",
        "mayor", "premier", "king", "queen", "prince", "coach", "manager", "striker", "midfielder", "defender",
        "goalkeeper", "captain", "director", "chairman", "ceo", "founder", "analyst", "economist", "adviser",
        "advisor", "lawyer", "judge", "colleague", "wife", "husband", "son", "daughter", "brother", "sister",
        "actor", "actress", "singer", "writer", "author", "journalist", "correspondent", "reporter", "player",
        "champion", "official", "officer", "diplomat", "lawmaker", "deputy", "prosecutor", "opposition", "mr",
        "mrs", "ms", "dr", "photographer", "professor", "pilot", "rider", "driver", "seed",
    ]

    /// Verbs after a bare name that mark a person when nothing else types it ("Kirby said").
    public static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "stated", "wrote", "noted", "explained", "asked", "replied", "argued",
        "insisted", "warned", "urged", "declared", "announced", "tweeted", "recalled", "admitted", "proposed",
        "agreed", "accused", "denied", "pledged", "promised", "criticised", "criticized", "welcomed", "believes",
        "thinks", "hopes", "wants", "scored", "shot", "resigned", "testified", "smiled", "laughed", "wrote",
    ]

    /// Last words that make a name an organization.
    public static let organizationHeads: Set<String> = [
        "Ministry", "Council", "Party", "Union", "Group", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd",
        "Ltd.", "LLC", "PLC", "Plc", "AG", "SA", "GmbH", "Co", "Company", "Agency", "Bank", "Army", "Forces", "Navy",
        "University", "College", "Institute", "Commission", "Parliament", "Congress", "Senate", "Committee",
        "Organization", "Organisation", "Association", "Federation", "League", "Club", "Department", "Office",
        "Bureau", "Service", "Services", "Court", "Assembly", "Authority", "Fund", "Foundation", "Network",
        "News", "Times", "Post", "Press", "Journal", "Herald", "Telegraph", "Tribune", "Gazette", "Airlines",
        "Airways", "Motors", "Industries", "Holdings", "Partners", "Systems", "Technologies", "Media", "Radio",
        "Television", "TV", "Guard", "Police", "Church", "Cabinet", "Board", "Alliance", "Coalition", "Front",
        "Movement", "Brigade", "Battalion", "Regiment", "Corps", "Command", "Exchange", "Center", "Centre",
        "Society", "Trust", "Unit", "Directorate", "Administration", "Government", "Secretariat", "Presidium",
        "Tribunal", "Academy", "School", "Hospital", "Museum", "Laboratory", "Labs", "Pharmaceuticals", "Energy",
        "Oil", "Petroleum", "Electric", "Capital", "Securities", "Insurance", "Investments", "Communications",
        "Broadcasting", "Magazine", "Channel", "Studios", "Images", "Records", "Entertainment", "Games", "Team", "FC",
        "Rovers", "Athletic", "Wanderers", "Mission", "Daily", "Wire", "Ledger", "Chronicle", "Observer", "Guardian",
        "Independent", "Mirror", "Express", "Courier", "Monitor", "Weekly", "Dispatch", "Sentinel", "Bulletin",
        "Insider", "Marine", "Shipping", "Logistics", "Lines", "Ports", "Shipyard", "Construction", "Consulting",
        "Engineering", "Solutions", "Ventures", "Pharma", "United", "Rangers", "Albion", "Hotspur", "Celtic", "Dynamo", "Sporting",
    ]

    /// Company-form endings: the first word alone then names the company too ("Ford Motor Co" → "Ford").
    public static let companySuffixes: Set<String> = [
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "PLC", "Plc", "AG", "SA", "GmbH", "Co",
        "Company", "Group", "Holdings", "Industries", "Motors", "Airlines", "Airways", "Bank",
    ]

    /// First words that make "X of Y" an organization ("Ministry of Defence", "Bank of England").
    public static let organizationOpeners: Set<String> = [
        "Ministry", "Department", "University", "Bank", "Council", "Court", "Institute", "Office", "Church",
        "Commission", "Committee", "Organization", "Organisation", "Federation", "League", "Academy", "House",
        "Board", "Bureau", "Union", "Association", "Party", "Museum", "College", "School", "Chamber", "Order",
        "Organisation", "Agency", "Conference", "Society", "Fund", "Foundation",
    ]

    /// Last words that make a name a place ("Donetsk Oblast", "Black Sea", "Gaza Strip").
    public static let placeHeads: Set<String> = [
        "Oblast", "Region", "Province", "County", "District", "Raion", "Krai", "Territory", "Territories",
        "Island", "Islands", "Peninsula", "Mountains", "Mountain", "Mount", "Hills", "River", "Sea", "Ocean",
        "Lake", "Bay", "Gulf", "Strait", "Straits", "Valley", "Desert", "Square", "Street", "Avenue", "Road",
        "Bridge", "Coast", "Basin", "Heights", "Strip", "City", "Town", "Village", "Park", "Canal", "Plateau",
        "Prefecture", "Governorate", "Base", "Emirate", "Republic", "Kingdom", "Harbor", "Harbour", "Port",
    ]

    /// First words that make a name a place ("Lake Geneva", "Gulf of Aden", "Mount Everest").
    public static let placeOpeners: Set<String> = [
        "Lake", "Mount", "Mt", "Cape", "Gulf", "Sea", "Isle", "Port", "Fort", "Bay", "Strait", "Republic",
        "Kingdom", "Sultanate", "Principality", "Grand Duchy", "Emirate",
    ]

    /// Lower-case words before a bare name that mark a place ("city of Avdiivka", "in Vilnius").
    public static let placeCues: Set<String> = [
        "city", "town", "village", "villages", "region", "province", "capital", "port", "district", "settlement",
        "oblast", "towns", "cities", "near", "outside", "across", "toward", "towards", "via", "neighbouring",
        "neighboring", "northern", "southern", "eastern", "western", "central", "in", "nearby", "harbour", "harbor",
        "ports", "districts", "seaport",
    ]

    /// Lower-case nouns after a name that make it a place ("the Prymorskyi district", "Reni harbour").
    public static let placeNounsAfter: Set<String> = [
        "port", "harbour", "harbor", "seaport", "district", "districts", "village", "town", "region", "province",
        "oblast", "raion", "municipality", "settlement", "county",
    ]

    /// Lower-case words allowed inside a name when a capitalised word follows ("Bank of England",
    /// "Charles de Gaulle", "Ludwig van Beethoven", "Mohammed bin Salman").
    public static let joiners: Set<String> = [
        "of", "de", "du", "da", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le",
        "y", "dos", "das", "do", "di", "ter",
    ]

    /// Capitalised words that never start or make up a name (discourse words, interjections, page chrome).
    public static let neverNames: Set<String> = [
        "However", "Moreover", "Meanwhile", "Furthermore", "Also", "Yet", "Still", "Instead", "Then", "Today",
        "Yesterday", "Tomorrow", "Earlier", "Later", "Here", "There", "Now", "Once", "Please", "Thanks", "Read",
        "Click", "Subscribe", "Share", "Follow", "Advertisement", "Sponsored", "Updated", "UPDATED", "Image",
        "Photo", "Video", "Source", "Editor", "Note", "Breaking", "Live", "Watch", "Listen", "Sign", "Log",
        "Skip", "Home", "Menu", "Search", "More", "Related", "Topics", "Tags", "Comments", "Reply", "Like",
        "Tweet", "Email", "Print", "Copyright", "All", "The", "A", "An", "It", "He", "She", "They", "We", "I",
        "You", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "My", "Your", "Its", "But", "And",
        "Or", "So", "If", "When", "While", "After", "Before", "During", "Since", "Despite", "Although", "Though",
        "As", "At", "In", "On", "For", "From", "With", "Without", "By", "To", "Of", "Under", "Over", "Between",
        "According", "Asked", "Some", "Many", "Most", "Several", "Both", "Each", "Every", "Other", "Another",
        "Such", "No", "Not", "Nor", "Only", "Just", "Even", "Why", "What", "Who", "Whom", "Which", "Where", "How",
        "Thank", "Let", "OK", "Okay", "Yes", "Oh", "AM", "PM", "EEST", "EET", "CET", "CEST", "GMT", "UTC", "BST",
        "EST", "EDT", "PST", "PDT", "CST", "CDT", "MSK", "IST", "JST", "ET", "PT",
        "Am", "Pm", "Min", "Mins", "Reading", "Time", "Minutes", "News", "Feed", "Newsletter", "Gift", "Become",
        "Help", "Enter", "Successfully", "Explaining",
    ]

    /// Weekday names: dates, never names.
    public static let weekdays: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
    /// `weekdays` for the per-token checks of the scanner.
    static let quickWeekdays = QuickWordSet(weekdays)

    /// Suffixes of hyphenated modifiers that are not names ("Russia-led", "Soviet-era", "U.N.-brokered").
    public static let modifierSuffixes: [String] = [
        "-led", "-based", "-backed", "-era", "-style", "-brokered", "-owned", "-run", "-made", "-born",
        "-controlled", "-occupied", "-held", "-bound", "-linked", "-allied", "-friendly", "-wide", "-funded",
        "-flagged", "-registered", "-listed", "-language", "-speaking", "-centric", "-inspired", "-focused",
    ]

    /// Words before a place that make a larger or directional place ("Greater Odesa", "Northern Ireland").
    public static let placeModifiers: Set<String> = [
        "Greater", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
        "Central", "New", "Old", "Inner", "Outer", "Metropolitan",
    ]

    /// Abbreviations whose dot does not end a sentence ("Mr. Smith", "St. Louis").
    public static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep", "Gov",
        "Prof", "Jr", "Sr", "Rev", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "No", "vs", "Inc", "Corp", "Ltd", "Co",
    ]

    /// True for a title word, with or without a final dot.
    public static func isTitle(_ word: String) -> Bool {
        titles.contains(word) || (word.hasSuffix(".") && titles.contains(String(word.dropLast())))
    }
}
