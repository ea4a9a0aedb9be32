import ReaderModel
@testable import tui

/// A small hand-built corpus (original sentences) with entities, for driving the reducer.
enum Fixtures {
    static let documents: [Document] = [
        Document(source: "a.txt", title: "Harbour council approves new ferry line", byline: "By Mara Quill", published: "2025-03-02",
                 publisher: "The Coastal Ledger",
                 paragraphs: ["The harbour council in Portmere voted on Tuesday to fund a ferry line to Little Skerry.",
                              "Councillor Ada Brenn said the ferry would run twice a day from June.",
                              "Brenn added that the Portmere budget covers the first year."]),
        Document(source: "b.txt", title: "Ferry plan draws praise and doubts", publisher: "Island Weekly",
                 paragraphs: ["Fishermen in Little Skerry welcomed the plan but asked about winter storms.",
                              "Ada Brenn promised a review after the first season."]),
        Document(source: "c.txt", title: "Weather outlook for the weekend",
                 paragraphs: ["Rain is expected along the coast on Saturday, clearing by Sunday afternoon."]),
        Document(source: "d.txt", title: "Budget talks resume in Portmere",
                 paragraphs: ["Ada Brenn and the treasurer met again on Friday.", "No deal was announced."]),
    ]

    /// A mention of `needle` in a document field, with its UTF-8 range.
    static func mention(_ doc: Int, _ field: DocumentField, _ needle: String) -> Mention {
        let text = documents[doc].text(of: field)
        let r = text.range(of: needle)!
        let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
        return Mention(document: doc, field: field, range: start..<(start + needle.utf8.count), text: needle)
    }

    static let brenn = Entity(id: 0, name: "Ada Brenn", type: .person, aliases: ["Brenn"], mentions: [
        mention(0, .paragraph(1), "Ada Brenn"), mention(0, .paragraph(2), "Brenn"),
        mention(1, .paragraph(1), "Ada Brenn"), mention(3, .paragraph(0), "Ada Brenn"),
    ])
    static let portmere = Entity(id: 1, name: "Portmere", type: .place, mentions: [
        mention(0, .paragraph(0), "Portmere"), mention(0, .paragraph(2), "Portmere"), mention(3, .title, "Portmere"),
    ])
    static let skerry = Entity(id: 2, name: "Little Skerry", type: .place, mentions: [
        mention(0, .paragraph(0), "Little Skerry"), mention(1, .paragraph(0), "Little Skerry"),
    ])

    static let index = EntityIndex(entities: [brenn, portmere, skerry])
    static let corpus = Corpus(documents: documents, index: index)

    static func context(columns: Int = 120, rows: Int = 40, state: ViewState = ViewState()) -> ReduceContext {
        ReduceContext(documents: documents, index: index,
                      layout: PaneLayout(columns: columns, rows: rows, sidebar: state.sidebar, focus: state.focus))
    }

    /// Applies actions in order, recomputing the layout like the app does.
    static func run(_ actions: [Action], from state: ViewState = .initial(documentCount: documents.count),
                    columns: Int = 120, rows: Int = 40) -> (ViewState, [Effect]) {
        var state = state
        var effects: [Effect] = []
        for action in actions {
            let (next, produced) = reduce(state, action, context(columns: columns, rows: rows, state: state))
            state = next
            effects += produced
        }
        return (state, effects)
    }
}
