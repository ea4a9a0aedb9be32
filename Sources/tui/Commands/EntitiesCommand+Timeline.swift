import ArgumentParser
import Foundation
import ReaderModel

/// `lede entities --timeline NAME FOLDER`: answered from the folder's library index (brought up to date
/// first), so only the articles that mention the entity are read.
extension EntitiesCommand {
    func validateTimeline() throws {
        guard timeline != nil else {
            if format == .markdown { throw ValidationError("--format markdown needs --timeline NAME") }
            if indexPath != nil { throw ValidationError("--index needs --timeline NAME") }
            return
        }
        if raw { throw ValidationError("--raw cannot be used with --timeline") }
        if timeline?.trimmingCharacters(in: .whitespaces).isEmpty ?? true { throw ValidationError("--timeline needs a name") }
        var isDirectory: ObjCBool = false
        guard paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--timeline takes one library folder")
        }
    }

    func runTimeline(_ name: String) throws {
        let folder = paths[0]
        let index = try LibraryOptions.open(folder: folder, indexPath: indexPath)
        if index.isBeingWrittenElsewhere {
            StandardError.print("lede: another lede process is indexing \(index.location.root); using the index as it is")
        } else {
            do {
                _ = try LibraryOptions.indexer(for: index).run(index)
            } catch {
                guard let message = index.diskProblem(error) else { throw error }
                StandardError.print("lede: \(message)")
                throw ExitCode(1)
            }
        }
        let entities = try LibraryEntities(index: index)
        guard let id = try entities.entity(named: name) else {
            StandardError.print("lede: no entity named \"\(PrintableText.escaped(name))\" in \(PrintableText.escaped(folder))")
            throw ExitCode(1)
        }
        let shown = try entities.entity(id)?.name ?? name
        let entries = try entities.timeline(of: id)
        switch format {
        case .text: print(TimelineRenderer.text(entries, name: shown), terminator: "")
        case .json: print(JSONExporter.escapingC1Controls(try TimelineRenderer.json(entries, name: shown)))
        case .markdown: print(TimelineRenderer.markdown(entries, name: shown), terminator: "")
        }
    }
}
