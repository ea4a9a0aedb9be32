import Testing
@testable import ReaderModel

/// The byte readings placed before slower String work on hot paths answer as that work does: a
/// label's opening, a bare name's shape, a button word, a file's extension and the JSON escape
/// scan read eight bytes at a time. Mixed case, other scripts and edges of each are checked.
@Suite struct ByteGateEquivalenceTests {
    @Test func aPostFooterIsReadWhateverTheLabelsCase() {
        #expect(PostFooterByline.name(in: "POSTED BY Dave Example at 9:41 PM") == "Dave Example")
        #expect(PostFooterByline.name(in: "  Publié par Jeanne à 10:15") == "Jeanne")
        #expect(PostFooterByline.name(in: "Geplaatst door Femke om 20:17") == "Femke")
        #expect(PostFooterByline.name(in: "Postcard from the harbour at 9:41") == nil)
        #expect(PostFooterByline.name(in: "Pub") == nil)
        #expect(PostFooterByline.name(in: "Einmal im Jahr um 9:15") == nil)
    }

    @Test func aBareNameIsReadOnBytesAsOnCharacters() {
        #expect(MetadataPatterns.byline(in: "Ana Example") == "Ana Example")
        #expect(MetadataPatterns.byline(in: "Maria de la Cruz") == "Maria de la Cruz")
        #expect(MetadataPatterns.byline(in: "Zoë Lindqvist Example") == "Zoë Lindqvist Example")
        #expect(MetadataPatterns.byline(in: "Ana Example Berit Example Carla Example") == nil)
        #expect(MetadataPatterns.byline(in: "Ana Example 2") == nil)
        #expect(MetadataPatterns.byline(in: "Ana Example.") == nil)
        #expect(MetadataPatterns.byline(in: "ana Example") == nil)
        #expect(MetadataPatterns.byline(in: "Example") == nil)
    }

    /// A line with no comma or mark byte is asked only whether its last word is a role; that word is
    /// the one splitting at spaces gives last, trailing spaces and all.
    @Test func aRoleLineWithoutMarksIsReadByItsLastWord() {
        for line in ["Jane Example Senior Reporter", "Jane Example Senior Reporter  ", "Reporter", " ", "",
                     "Anna Beispiel Wirtschaftsredakteurin", "Ferry pier reopens after storm", "Zoë Example Critic"] {
            #expect(WriterRoleTail.lastWord(of: line) == line.split(separator: " ").last, "\(line)")
        }
        #expect(WriterRoleTail.name(in: "Jane Example Senior Reporter") == "Jane Example")
        #expect(WriterRoleTail.name(in: "Jane Example Senior Reporter  ") == "Jane Example")
        #expect(WriterRoleTail.name(in: "Anna Beispiel Wirtschaftsredakteurin") == "Anna Beispiel")
        #expect(WriterRoleTail.name(in: "Zoë Example Critic") == "Zoë Example")
        #expect(WriterRoleTail.name(in: "Jane Example senior reporter") == nil)
        #expect(WriterRoleTail.name(in: "Ferry pier reopens after storm") == nil)
        // With a comma or a dash the whole reading runs.
        #expect(WriterRoleTail.name(in: "Ana Ejemplo, corresponsal en Lima") == "Ana Ejemplo")
        #expect(WriterRoleTail.name(in: "Jane Example – Staff Writer") == "Jane Example")
    }

    @Test func aButtonWordIsFoundInAnyWord() {
        for word in ["accept", "iaccept", "acceptmanage", "optionsreject", "accepté", "rejetéreject"] {
            #expect(ConsentDialogRun.holdsButtonWord(word), "\(word)")
        }
        for word in ["acce", "accep", "réject", "rejec", "", "cookies"] {
            #expect(!ConsentDialogRun.holdsButtonWord(word), "\(word)")
        }
    }

    @Test func anExtensionIsReadOnBytesAsOnCharacters() {
        #expect(FileTypeRules.fileExtension(of: "a/b.TXT/") == "txt")
        #expect(FileTypeRules.fileExtension(of: "page.Html.GZ") == "gz")
        #expect(FileTypeRules.fileExtension(of: "///") == "")
        #expect(FileTypeRules.fileExtension(of: "") == "")
        #expect(FileTypeRules.fileExtension(of: "dir.d/notes") == "")
        #expect(FileTypeRules.fileExtension(of: "dir/.hidden") == "")
        #expect(FileTypeRules.fileExtension(of: "año/página.HTML") == "html")
    }

    /// Each character an escape is placed at every offset of a longer run, so that it falls in each
    /// lane of an eight-byte read and in the bytes after the last whole read.
    @Test func theEscapeScanMissesNoCharacterAtAnyOffset() {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9B}",
                        "\u{2028}", "\u{2029}", "é", "«", "–", "€", "🌊", " "]
        for special in specials {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset)
                #expect(JSONExporter.quote(text) == Self.reference(text), "\(offset) \(special.unicodeScalars.map(\.value))")
            }
        }
    }

    /// A JSON string literal written a character at a time, as `JSONExporter` promises it.
    static func reference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
