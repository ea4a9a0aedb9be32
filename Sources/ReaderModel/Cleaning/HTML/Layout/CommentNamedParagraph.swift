/// A `<p>` whose class names comments ("comment_license", "comment-rules") is the thread's fine
/// print or a comment itself at any length: unlike a long paragraph named "paywall" or "premium",
/// which is the article's own text, its prose does not lift the furniture mark. "Commentary" and
/// "commentator" name an opinion piece and its writer, not the thread.
enum CommentNamedParagraph {
    /// Whether a paragraph marked `own` for its class and id `classAndID` (judged `words`) keeps its mark however long it is.
    static func keepsMark(own: NoiseReason?, words: BoilerplateWords, classAndID: String) -> Bool {
        guard own == .comments, words.noise == .comments, !words.isWeakNoise, !words.isPositive else { return false }
        return BoilerplateWords.words(classAndID).contains { word in
            word.hasPrefix("comment") && !word.dropFirst(7).hasPrefix("a")
        }
    }
}
