import Foundation

/// A byline field that names the writer and then, after a dash, the outlet they write for
/// ("Rina Wulandari - Kabar Rawasari", "Ana Example – The Daily Paper"): the writer is the byline.
/// Read only where the layout already says the line is a byline (its own field beside the date,
/// or a name line under the headline), since "Local Sports - City News" has the same shape.
enum WriterOutletByline {
    /// Why the byline is the line's part before its dash, for `--explain`.
    static let evidence = "byline: a writer's name, then the outlet after a dash (the outlet is not the byline)"

    /// The writer before the dash when both sides are short runs of capitalised words; nil otherwise.
    static func writer(in line: Substring) -> String? {
        let text = line.trimmingOuterSpace()
        guard text.utf8.count <= 90 else { return nil }
        for dash in [" - ", " – ", " — "] {
            guard let range = text.range(of: dash) else { continue }
            let writer = text[..<range.lowerBound].trimmingOuterSpace()
            let outlet = text[range.upperBound...].trimmingOuterSpace()
            let writerWords = writer.split(separator: " "), outletWords = outlet.split(separator: " ")
            guard (2...4).contains(writerWords.count), (1...4).contains(outletWords.count),
                  writerWords.allSatisfy({ $0.first?.isUppercase == true || MetadataPatterns.nameConnectors.contains($0.lowercased()) }),
                  writerWords.first?.first?.isUppercase == true,
                  outletWords.first?.first?.isUppercase == true,
                  !text.contains(where: { $0.isNumber || ".!?:|,;".contains($0) }),
                  !outlet.contains(where: { $0 == "-" || $0 == "–" || $0 == "—" }) else { return nil }
            return String(writer)
        }
        return nil
    }
}
