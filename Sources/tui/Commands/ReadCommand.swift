import ArgumentParser
import Foundation
import Glibc
import ReaderModel

/// `lede read`: Open the reader (the default).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default): articles | reader | entities.",
        discussion: "With no paths it opens the library folder (`library` in the config, default $XDG_DATA_HOME/lede/library) when it has articles, else the bundled demo corpus (Demo/). Press ? inside for the keys."
    )

    @Argument(help: "Folders or files of saved pages (default: the bundled demo corpus).")
    var paths: [String] = []

    @Option(help: "Theme name (default, light, monochrome, high-contrast) or a path to a theme .toml file.")
    var theme: String?

    @Option(help: "Config file (default: $XDG_CONFIG_HOME/lede/config.toml).")
    var config: String?

    @Option(name: .customLong("export-dir"), help: "Directory for exports (default: from the config, else the current directory).")
    var exportDirectory: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse.")
    var noMouse = false

    @Option(name: .customLong("index"), help: "The library index file of the folder (default: $XDG_DATA_HOME/lede/<folder>-<hash>.sqlite).")
    var indexPath: String?

    @Flag(name: .customLong("no-index"), help: "Clean the folder in memory instead of using (and updating) its library index.")
    var noIndex = false

    func run() throws {
        guard isatty(1) == 1, isatty(0) == 1 else {
            Self.fail("the reader needs a terminal. To print cleaned text use `lede clean \(paths.first ?? "DIR")`; for entities use `lede entities \(paths.first ?? "DIR")`.")
        }
        var messages: [String] = []
        let (settings, configMessage) = Config.load(path: config)
        let inputs = try resolveInputs(settings)
        if let configMessage { messages.append(configMessage) }
        let keyMap: KeyMap
        do { keyMap = try KeyMap(overrides: settings.keys) } catch {
            messages.append("config keys: \(error), using default keys")
            keyMap = try KeyMap()
        }
        let (loadedTheme, themeMessage) = ThemeLoader(searchPaths: ThemeLoader.standardSearchPaths()).load(theme ?? settings.theme)
        if let themeMessage { messages.append(themeMessage) }

        let driver: CursesDriver
        do {
            driver = try CursesDriver(theme: loadedTheme, mouse: settings.mouse && !noMouse)
        } catch {
            Self.fail("\(error)")
        }
        defer { driver.shutdown() }
        let exportDir = exportDirectory ?? settings.exportDirectory ?? FileManager.default.currentDirectoryPath
        if let folder = libraryFolder(inputs) {
            // A folder opens its library index: the list paints from it at once, indexing runs behind.
            do {
                let library = try LibraryIndex(library: folder, indexPath: indexPath)
                if let note = library.recoveryNote { messages.insert(note, at: 0) }
                // A read-only index is shown as it is: no indexing, read marks kept for this session only.
                if let note = library.readOnlyNote { messages.insert(note, at: 0) }
                let source = try LibrarySource(index: library, indexing: !library.isReadOnly)
                let app = ReaderApp(driver: driver, source: source, keyMap: keyMap, exportDirectory: exportDir,
                                    message: messages.isEmpty ? "? for help" : messages.joined(separator: "; "))
                app.run()
                return
            } catch {
                messages.append("library index unavailable (\(error)); reading in memory")
            }
        }
        // Show something at once; cleaning and entity recognition happen after the first paint.
        Painter(driver: driver).paint(Frame.loading("Loading \(inputs.count == 1 ? inputs[0] : "\(inputs.count) paths")…", size: driver.size), force: true)
        let loaded = ArticleLoader().loadAll(inputs)
        guard !loaded.articles.isEmpty else {
            driver.shutdown()
            Self.fail("no readable articles in \(inputs.joined(separator: ", "))" + (loaded.failures.first.map { ": \($0)" } ?? ""))
        }
        if !loaded.failures.isEmpty { messages.append("\(loaded.failures.count) file(s) skipped: \(loaded.failures[0])") }
        // What Corpus(articles:) does, in two steps: the cleaned articles are painted before
        // entity recognition runs, so the first real frame does not wait for it.
        let documents = Corpus.clean(loaded.articles)
        let app = ReaderApp(driver: driver, corpus: Corpus(documents: documents, index: EntityIndex(), failures: loaded.failures),
                            keyMap: keyMap, exportDirectory: exportDir, message: "finding entities…")
        app.paintFirstFrame()
        app.attach(index: EntityIndex(documents: documents), message: messages.isEmpty ? "? for help" : messages.joined(separator: "; "))
        app.run()
    }

    /// The folder whose library index to open: a single folder argument (or the demo), unless `--no-index`.
    /// Files and several paths are read in memory.
    private func libraryFolder(_ inputs: [String]) -> String? {
        guard !noIndex, inputs.count == 1 else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inputs[0], isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return inputs[0]
    }

    /// The paths to open: the arguments, else the library folder when it has articles, else the bundled demo corpus.
    private func resolveInputs(_ settings: Config) throws -> [String] {
        if !paths.isEmpty { return paths }
        // Only --index: the folder that index belongs to.
        if let indexPath, !noIndex {
            do { return [try LibraryOptions.folder(nil, indexPath: indexPath)] } catch { Self.fail("\(error)") }
        }
        let library = LibraryFolder.path(config: settings)
        if LibraryFolder.hasArticles(library) { return [library] }
        guard let demo = BundledPaths.locate("Demo") else {
            Self.fail("no paths given and no demo corpus found (looked for ./Demo and beside the executable). Run `lede DIR` with a folder of saved pages.")
        }
        return [demo]
    }

    private static func fail(_ message: String) -> Never {
        StandardError.print("lede: \(message)")
        Foundation.exit(2)
    }
}
