import ArgumentParser
import Foundation
import ReaderModel

/// `lede stories`: group articles about the same event into stories.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Group articles about the same event into stories (copies of one article shown as copies).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files or folders of saved pages.")
    var paths: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder of saved pages") }
    }

    func run() throws {
        let (articles, failures) = ArticleLoader().loadAll(paths)
        for failure in failures { StandardError.print("lede: \(failure.description)") }
        let documents = Corpus.clean(articles)
        let recognizer = EntityRecognizer()
        let signatures = documents.map { StorySignature(document: $0, spans: recognizer.recognize($0)) }
        let stories = StoryGrouper.group(signatures)
        let listed = documents.map(StoryListing.Article.init)
        switch format {
        case .json: print(try StoryListing.json(stories, articles: listed))
        case .text: print(StoryListing.text(stories, articles: listed), terminator: "")
        }
        if articles.isEmpty || !failures.isEmpty { throw ExitCode.failure }
    }
}
