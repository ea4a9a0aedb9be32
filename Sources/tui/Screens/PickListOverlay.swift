import Foundation
import ReaderModel

/// The `T` (entity timeline) and `R` (related articles) overlays: a framed list with a cursor row.
/// A timeline row reads "date  source  …context [mention] context…"; a related row, the article's
/// date, source and title, then the names it shares with the open one.
struct PickListOverlay {
    /// Related articles shown.
    static let relatedLimit = 8

    var title: String
    var lines: [[Canvas.Span]]
    var cursor: Int
    var scroll: Int

    init(timeline list: PickList<TimelineRow>) {
        title = list.title
        cursor = list.cursor
        scroll = list.scroll
        let sourceWidth = min(20, list.items.map { DisplayWidth.of(Sanitizer.clean($0.entry.source)) }.max() ?? 0)
        lines = list.items.map { row in
            let e = row.entry
            return [.init(e.date + (e.isFileDate ? "? " : "  "), .meta), .init(TextWrap.pad(TextWrap.clip(Sanitizer.clean(e.source), width: sourceWidth), width: sourceWidth) + "  ", .listMeta),
                    .init(Sanitizer.clean(e.context.before), .overlay), .init(Sanitizer.clean(e.context.keyword), .selectedMention),
                    .init(Sanitizer.clean(e.context.after), .overlay)]
        }
    }

    init(related list: PickList<RelatedRow>, articles: [ArticleSummary]) {
        title = list.title
        cursor = list.cursor
        scroll = list.scroll
        lines = list.items.map { row in
            let a = articles.indices.contains(row.document) ? articles[row.document] : nil
            let date = a?.published.map { String($0.prefix(10)) } ?? "          "
            let title = a.map { Sanitizer.clean($0.title ?? $0.derivedTitle ?? ($0.path as NSString).lastPathComponent) } ?? "?"
            let shared = row.shared.prefix(4).map(Sanitizer.clean).joined(separator: ", ")
            return [.init(date + "  ", .meta), .init(title, .overlay), .init("  · " + shared, .listMeta)]
        }
    }

    /// The overlay's rectangle: most of the screen above the status and hint lines, or just the
    /// height of `itemCount` rows when they are fewer.
    static func rect(columns: Int, rows: Int, itemCount: Int? = nil) -> PaneLayout.Rect {
        let width = max(1, min(columns - 2, 118))
        let height = max(3, min(rows - 4, (itemCount ?? Int.max / 2) + 2))
        return PaneLayout.Rect(x: max(0, (columns - width) / 2), y: 1, width: width, height: max(1, min(height, rows - 2)))
    }

    func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height, background: .overlay)
        let inner = max(0, width - 2)
        let heading = "─ " + Sanitizer.clean(title) + " (Enter opens, Esc closes) "
        let clipped = TextWrap.clip(heading, width: inner)
        canvas.set(0, [.init("┌", .overlayTitle), .init(clipped, .overlayTitle),
                       .init(String(repeating: "─", count: max(0, inner - DisplayWidth.of(clipped))), .overlayTitle), .init("┐", .overlayTitle)])
        let body = max(0, height - 2)
        for row in 0..<body {
            let i = scroll + row
            var spans: [Canvas.Span] = [.init("│", .overlayTitle)]
            if lines.indices.contains(i) {
                let selected = i == cursor
                // The marker keeps the cursor visible without colour (NO_COLOR, monochrome).
                var content: [Canvas.Span] = [.init(selected ? "› " : "  ", selected ? .selection : .overlay)]
                content += lines[i].map { selected && $0.role != .selectedMention ? .init($0.text, .selection) : $0 }
                var used = 0
                for span in content {
                    let room = inner - used
                    guard room > 0 else { break }
                    let text = TextWrap.clip(span.text, width: room)
                    used += DisplayWidth.of(text)
                    spans.append(.init(text, span.role))
                }
                spans.append(.init(String(repeating: " ", count: max(0, inner - used)), selected ? .selection : .overlay))
            } else {
                spans.append(.init(String(repeating: " ", count: inner), .overlay))
            }
            spans.append(.init("│", .overlayTitle))
            canvas.set(row + 1, spans)
        }
        let position = lines.isEmpty ? "" : " \(cursor + 1)/\(lines.count) "
        canvas.set(height - 1, [.init("└" + String(repeating: "─", count: max(0, inner - position.count)) + position + "┘", .overlayTitle)])
        return canvas
    }
}
