/// A rights notice closing the article inside its own element: "Copyright © 2025 Station. All
/// rights reserved.", "© Agency 2024. Do not reproduce.", "(c) 2003 Name". Broadcasters set one
/// under a transcript ("transcripts are created on a rush deadline"), agencies and syndicated
/// columns under the story, old hand-made pages under the text; many put it in the same element
/// as the paragraphs. What marks it is its opening (the © sign or the word "copyright" most
/// languages borrow, or a few native forms) and its place: the last blocks, under enough story.
/// A notice at the top of an article is a photo credit or the whole text's licence, and stays.
enum ClosingRightsNotice {
    static let evidence = "a rights notice closing the article (opens with \"©\" or \"Copyright\"): the publisher's, not the story"
    /// At most this many blocks close the article as notices.
    static let maximumBlocks = 2
    /// A notice is at most this long (bytes): a sentence or three of legal text, not a paragraph of story.
    static let maximumBytes = 400
    /// Story above the notice: a short page's only lines may all be notices.
    static let minimumStoryBytes = 300

    /// Openings of a rights notice, lowercased ("copyright" opens notices in most languages; the
    /// native forms of those that do not borrow it).
    static let openings: [String] = ["©", "(c) ", "(c)1", "(c)2", "copyright", "℗", "版权所有", "版權所有", "著作権", "저작권", "авторские права", "все права защищены"]

    /// Index of the first candidate of the closing notices among the article's body candidates
    /// (text, length in bytes), nil when the article ends on its own text.
    static func start<C: RandomAccessCollection>(_ candidates: C) -> Int? where C.Element == (text: String, length: Int), C.Index == Int {
        var k = candidates.count
        while k > 0, candidates.count - k < maximumBlocks, isNotice(candidates[k - 1].text, length: candidates[k - 1].length) { k -= 1 }
        guard k < candidates.count else { return nil }
        var story = 0
        for i in 0..<k { story += candidates[i].length }
        return story >= minimumStoryBytes ? k : nil
    }

    /// Whether `text` opens as a rights notice and is short enough to be one.
    static func isNotice(_ text: String, length: Int) -> Bool {
        guard length <= maximumBytes, let first = text.utf8.first(where: { $0 != 32 }) else { return false }
        // Cheap test first: "©" (C2 A9), "(", "C"/"c", "℗" (E2), or a CJK or Cyrillic lead byte.
        guard first == 0xC2 || first == 40 || first | 0x20 == 99 || first >= 0xD0 else { return false }
        let head = text.drop { $0 == " " }.prefix(24).lowercased()
        return openings.contains { head.hasPrefix($0) }
    }
}
