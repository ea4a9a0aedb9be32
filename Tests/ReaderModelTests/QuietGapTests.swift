import Testing
@testable import ReaderModel

/// Invented articles interrupted by a long run of lines that are neither prose nor furniture (a
/// code sample, a chart's labels): the paragraphs on both sides are one body.
@Suite struct QuietGapTests {
    static let before = [
        "The new release of the little scheduling library changes how jobs are retried when a worker stops without warning.",
        "Until now a job that was running on a lost worker stayed locked until someone cleared it by hand, which annoyed many users.",
        "The maintainers describe the change in a short post and show the smallest program that uses the new retry policy.",
    ]
    static let after = [
        "With this policy a lost job is handed to another worker after thirty seconds, and the attempt counter goes up by one.",
        "The maintainers say the old behaviour can still be chosen by passing a flag, but they expect few people to want it.",
        "They also thanked the volunteers who tested the release candidate on their own clusters during the last two weeks.",
    ]
    static let code = [
        "let queue = JobQueue(name: \"mail\")", "queue.retry = .after(seconds: 30)", "queue.onLost { job in",
        "    log(job.id)", "    job.attempts += 1", "}", "for worker in workers {", "    worker.start()", "}",
        "if queue.isEmpty {", "    print(\"idle\")", "} else {", "    queue.drain()", "}", "queue.close()", "exit(0)",
    ]

    @Test func aLongCodeSampleDoesNotCutTheArticle() {
        let lines = Self.before.flatMap { [$0, ""] } + Self.code + [""] + Self.after.flatMap { [$0, ""] }
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
        for paragraph in Self.before + Self.after { #expect(doc.paragraphs.contains(paragraph)) }
    }

    @Test func aFooterWithDatedTeasersStillEndsTheArticle() {
        let teasers = (1...8).flatMap { n in ["Other story number \(n) about the harbour", "March \(n), 2024"] }
        let lines = Self.before.flatMap { [$0, ""] } + teasers
            + ["Long after the footer, this paragraph belongs to another page block that repeats a promotion for the shop and its many offers."]
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
        #expect(doc.paragraphs == Self.before)
    }
}
