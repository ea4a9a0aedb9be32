import Testing
@testable import ReaderModel

@Suite struct NoiseVocabularyTests {
    @Test(arguments: [
        ("Become a supporter Gift membership", NoiseReason.membership),
        ("Our newsroom runs on readers like you: make a contribution today and fund our mission.", .membership),
        ("Enter your email to get the morning briefing", .newsletter),
        ("* indicates required", .newsletter),
        ("Advertisement", .advertisement),
        ("Read more: The harbour council approved a new ferry timetable last week.", .related),
        ("MORE FROM THE COAST DESK", .related),
        ("Skip to main content", .navigation),
        ("Internet Explorer is not supported. Please switch to another browser.", .navigation),
        ("Live updates", .feed),
        ("Reading Time: 6 minutes", .banner),
        ("Listen to this article", .social),
        ("We use cookies to improve your visit. Accept all or manage preferences.", .cookie),
        ("Read 48 comments", .comments),
        ("Leave a Reply", .comments),
        ("Leave a Response", .comments),
        ("Share this article", .social),
        ("Subscribe to continue reading and get unlimited access", .paywall),
    ])
    func recognisesNoise(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason)
    }

    @Test(arguments: [
        "The ministry said membership talks with the trade bloc would resume in the autumn after a pause.",
        "Farmers who donate part of their harvest to the food bank will receive a small tax credit next year.",
        "She said the newsletter of the parish council had warned residents about the bridge closure.",
        "The mayor will read more than forty names at the memorial on Sunday.",
        "Officials said the ferry would leave at noon.",
        "He did not leave a reply to the letter from the harbour board until the spring.",
    ])
    func leavesProseAlone(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil)
    }

    @Test func emptyTextIsNotNoise() {
        #expect(NoiseVocabulary.reason(for: "") == nil)
        #expect(NoiseVocabulary.reason(for: "   \n") == nil)
    }
}

@Suite struct NoiseVocabularyShapeTests {
    @Test(arguments: [
        ("3 of 12", NoiseReason.navigation),
        ("Image 2 of 5", .navigation),
        ("This story was originally published by the Valley Post and is republished with permission.", .banner),
        ("— Ana Example (@ana_example) pic.twitter.com/abc123 April 20, 2023", .social),
    ])
    func recognisesCountersFootersAndEmbeds(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason)
    }
}

@Suite struct NoiseVocabularyQuoteTests {
    @Test(arguments: [
        "“Thank you for your support,” the president told the visiting ministers.",
        "The union thanked its members for their patience during the long talks.",
        "Readers of the local paper wrote hundreds of letters about the closure.",
    ])
    func quotesThatMentionSupportAreProse(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil)
    }
}

@Suite struct NoiseVocabularyNewsProseTests {
    @Test(arguments: [
        "The minister wrote on Facebook that the talks would continue on Friday.",
        "Thousands of volunteers rushed to sign up for the territorial defence units.",
        "“We need your help,” the mayor told the visiting delegation.",
        "Support for the governing party has fallen to its lowest level this year.",
        "The reporter, who is a reporter for a local weekly, was detained at the border.",
        "The strike happened two hours ago, a police spokesman said.",
        "The victim was 45 years old.",
        "Each member's financial contribution to the alliance budget is set by a formula.",
        "Military service is obligatory for men over the age of 25.",
        "The plan presented by the minister would cut advertising on public television.",
        "The proposal is not supported by a majority in parliament.",
    ])
    func everydayNewsSentencesAreProse(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil)
    }
}
