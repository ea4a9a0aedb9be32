/// Lists of known names: places (GeoNames), given names (US Census), common English words,
/// plus small hand lists of demonyms and well-known organizations. Parsed once, on first use.
public enum Gazetteer {
    /// Countries, capitals, cities of 15,000+ people, US states, continents, as written.
    public static let places: Set<String> = lines(GazetteerData.places).union(extraPlaces)
    /// Countries, capitals, US states and cities of 1,000,000+ people: places even sentence-initially.
    public static let majorPlaces: Set<String> = lines(GazetteerData.majorPlaces).union(extraPlaces)
    /// Country names ("Germany"); in results tables a country is a national side, a city a club.
    public static let countries: Set<String> = lines(GazetteerData.countries).union(extraCountries)
    /// Given names ("Jens", "Julianne").
    public static let firstNames: Set<String> = lines(GazetteerData.firstNames).union(extraFirstNames)
    /// Lower-case English words ("during", "moreover", "reading").
    public static let commonWords: Set<String> = lines(GazetteerData.commonWords)

    /// True when `word` (any case) is an ordinary English word.
    public static func isCommonWord(_ word: String) -> Bool {
        commonWords.contains(word.lowercased())
    }

    /// Nationalities, peoples and groups: entities of type `other` ("Ukrainian", "Russians").
    public static func isDemonym(_ word: String) -> Bool {
        if demonyms.contains(word) { return true }
        if word.hasSuffix("s"), demonyms.contains(String(word.dropLast())) { return true }
        return false
    }

    /// Organizations known by a short name that no rule would find ("Reuters", "Kremlin").
    public static let organizations: Set<String> = [
        "NATO", "Reuters", "Kremlin", "Pentagon", "Congress", "Parliament", "Senate", "Interpol", "Europol",
        "Hamas", "Hezbollah", "Taliban", "Gazprom", "Rosneft", "Google", "Microsoft", "Apple", "Amazon", "Facebook",
        "Meta", "Twitter", "Tesla", "Boeing", "Airbus", "Verkhovna Rada", "Rada", "Duma", "Bundestag", "Knesset",
        "Politico", "Bloomberg", "Xinhua", "Interfax", "Ukrinform", "UNESCO", "UNICEF", "OPEC", "OSCE", "IAEA",
        "Wagner", "Al Jazeera", "BBC", "CNN", "Fox News", "Associated Press", "Agence France-Presse",
        "United Nations", "European Union", "World Bank", "Red Cross", "Red Crescent", "Amnesty International",
        "Human Rights Watch", "Security Council", "European Commission", "African Union", "Arab League", "EU", "UN",
        "U.N.", "E.U.", "IMF", "FBI", "CIA", "KGB", "FSB", "SBU", "ECB", "OECD", "G7", "G20", "ASEAN",
        "Labour", "Tories", "Liberal Democrats", "Lib Dems", "SNP", "Reform UK", "Bundesbank",
        "White House", "Downing Street", "Federal Reserve", "Fed", "Wall Street Journal", "New York Times", "State Department", "Supreme Court",
    ]

    /// Regions and historic names the GeoNames city list leaves out.
    static let extraPlaces: Set<String> = [
        "Europe", "Asia", "Africa", "Crimea", "Donbas", "Donbass", "Siberia", "Balkans", "Caucasus", "Middle East",
        "Gaza", "Gaza Strip", "West Bank", "Kosovo", "Scandinavia", "Baltics", "Kashmir", "Tibet", "Sahel",
        "Black Sea", "Baltic Sea", "Mediterranean", "Arctic", "Antarctica", "Latin America", "Central Asia",
        "Eastern Europe", "Western Europe", "Soviet Union", "USSR", "U.S.", "US", "USA", "U.S.A.", "UK", "U.K.",
        "UAE", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Kiev", "Kyiv",
        "Odesa", "Odessa", "Kharkiv", "Kherson", "Zaporizhzhia", "Mariupol", "Bakhmut", "Avdiivka", "Donetsk",
        "Luhansk", "Crimean Peninsula", "Bosnia", "Herzegovina", "Danube", "Rhine", "Volga", "Thames", "Nile",
        "Bosphorus", "Dardanelles", "Alps", "Himalayas", "Carpathians", "Urals", "Sahara", "Adriatic", "Aegean",
        "Caspian", "Pacific", "Atlantic", "Indian Ocean", "Persian Gulf", "Red Sea", "Sea of Azov", "Euphrates",
        "Tigris", "Yangtze", "Mekong", "Andes", "Rockies", "Balkan Peninsula", "Scandinavian Peninsula", "Chechnya", "Kurdistan", "Palestine", "Darfur", "Transnistria", "Netherlands", "Philippines", "Bahamas", "Gambia", "Washington", "Moscow", "Beijing", "Taiwan", "Hong Kong",
    ]

    /// Countries the GeoNames country list names otherwise, or not at all.
    static let extraCountries: Set<String> = ["Netherlands", "England", "Scotland", "Wales", "Northern Ireland", "U.S.", "USA"]

    /// Given names common in world news that the US list lacks.
    static let extraFirstNames: Set<String> = [
        "Volodymyr", "Vladimir", "Oleksandr", "Olena", "Dmytro", "Andriy", "Andrii", "Sergei", "Sergey", "Serhiy",
        "Serhii", "Yulia", "Jens", "Olaf", "Emmanuel", "Angela", "Xi", "Recep", "Viktor", "Jean", "Pierre",
        "François", "Giorgia", "Mohammed", "Muhammad", "Mohammad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hussein",
        "Abdul", "Abdullah", "Omar", "Narendra", "Rishi", "Keir", "Ursula", "Josep", "Kaja", "Boris", "Dmitry",
        "Dmitri", "Alexei", "Alexey", "Mikhail", "Yevgeny", "Kateryna", "Oleksii", "Oleksiy", "Mykhailo", "Andrzej",
        "Kamala", "Kyriakos", "Pedro", "Luiz", "Javier", "Jose", "José", "Juan", "Carlos", "Luis", "Jorge",
        "Hans", "Klaus", "Jürgen", "Wolfgang", "Helmut", "Gerhard", "Annalena", "Friedrich", "Giuseppe", "Matteo",
        "Sergio", "Silvio", "Lars", "Mette", "Sanna", "Magdalena", "Ulf", "Jonas", "Gitanas", "Edgars", "Alar",
        "Zuzana", "Petr", "Aleksandar", "Nikol", "Ilham", "Ebrahim", "Hossein", "Bashar", "Abdel", "Tayyip",
        "Hakan", "Yair", "Naftali", "Yoav", "Shinzo", "Fumio", "Yoon", "Jae-in", "Ing-wen", "Nicolas", "Nicolás",
        "Jair", "Gustavo", "Andrés", "Cyril", "Abiy", "Bola", "Uhuru", "Yoweri", "Paul", "Antony", "Lloyd",
        "Jake", "Denys", "Ruslan", "Valerii", "Valery", "Kyrylo", "Oleh", "Oleg", "Yuriy", "Yuri", "Iryna",
        "Andrej", "Jacek", "Radoslaw", "Radosław", "Mateusz", "Donald", "Joe", "Vitali", "Vitaliy", "Mikheil",
        "Irakli", "Salome", "Maia", "Alexander", "Aleksandr", "Nikolai", "Nikolay", "Ramzan", "Yevgeniy",
    ]

    static let demonyms: Set<String> = [
        "Afghan", "African", "Albanian", "Algerian", "American", "Arab", "Argentine", "Argentinian", "Armenian",
        "Asian", "Australian", "Austrian", "Azerbaijani", "Belarusian", "Belgian", "Bosnian", "Brazilian", "British",
        "Bulgarian", "Canadian", "Chechen", "Chilean", "Chinese", "Colombian", "Croatian", "Cuban", "Czech", "Danish",
        "Dutch", "Egyptian", "English", "Estonian", "Ethiopian", "European", "Filipino", "Finnish", "French",
        "Georgian", "German", "Greek", "Hungarian", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli",
        "Italian", "Japanese", "Jordanian", "Kazakh", "Kenyan", "Korean", "Kurdish", "Latvian", "Lebanese",
        "Libyan", "Lithuanian", "Malaysian", "Mexican", "Moldovan", "Moroccan", "Nigerian", "Norwegian",
        "Pakistani", "Palestinian", "Persian", "Peruvian", "Polish", "Portuguese", "Romanian", "Russian",
        "Saudi", "Scottish", "Serbian", "Slovak", "Slovenian", "Somali", "Spanish", "Sudanese", "Swedish", "Swiss",
        "Syrian", "Taiwanese", "Turkish", "Ukrainian", "Venezuelan", "Vietnamese", "Welsh", "Yemeni", "Soviet",
        "Western", "Eastern", "Baltic", "Nordic", "Muslim", "Christian", "Jewish", "Catholic", "Orthodox",
        "Sunni", "Shiite", "Democrat", "Republican", "Communist", "Conservative", "Socialist", "Kurd", "Jew",
        "Briton", "Brit", "Dane", "Finn", "Pole", "Scot", "Swede", "Turk", "Serb", "Croat", "Uzbek", "Tatar",
        "Belarussian", "Qatari", "Emirati", "Kuwaiti", "Omani", "Bahraini", "Tunisian", "Ghanaian", "Senegalese",
        "Zimbabwean", "Ugandan", "Tanzanian", "Rwandan", "Congolese", "Icelandic", "Luxembourgish", "Cypriot",
        "Maltese", "Macedonian", "Montenegrin", "Ecuadorian", "Bolivian", "Paraguayan", "Uruguayan", "Thai",
        "Cambodian", "Burmese", "Nepalese", "Bangladeshi", "Sri Lankan", "Mongolian", "Hindu", "Buddhist",
    ]

    private static func lines(_ data: String) -> Set<String> {
        var set = Set<String>(minimumCapacity: 1 << 16)
        forEachLine(data) { set.insert(String(decoding: $0, as: UTF8.self)) }
        return set
    }

    /// Calls `body` with the UTF-8 bytes of each non-empty line of `data` (one of the `GazetteerData`
    /// lists, which end lines with "\n" alone). Splitting the `String` on a `Character` walked grapheme
    /// clusters: some 500 M instructions a process, most of the entity lexicon's setup.
    static func forEachLine(_ data: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var data = data
        data.withUTF8 { bytes in
            var start = 0
            for end in 0..<bytes.count where bytes[end] == 0x0A {
                if end > start { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                start = end + 1
            }
            if bytes.count > start { body(UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
    }
}
