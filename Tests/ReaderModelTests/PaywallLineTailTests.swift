import Testing
@testable import ReaderModel

/// `PaywallLineTail` weighs the prose after the paywall line against the prose before it in words
/// on both sides: a lead of short sentences, which score half their words, still outweighs the offer.
@Suite struct PaywallLineTailTests {
    static let lead = [
        "The ferry company sold its boat.", "A museum bought it on Friday.", "It crossed the firth for decades.",
        "Its last crossing was in 2019.", "Volunteers will restore the engine.", "Visitors may sail on it next year.",
        "The museum has not named a price.",
    ]
    static let offer = "Subscribe today and read every story on the Firth Herald for less than the price of a ferry ticket each week."

    static let page = """
    Firth Herald
    News
    Sport

    Last wooden ferry sold to museum

    \(lead.joined(separator: "\n"))

    This article is for subscribers only.

    \(offer)
    Already a subscriber? Log in

    More from News
    © Firth Herald
    """

    @Test func theOfferUnderAShortLeadGoes() {
        let doc = Cleaner().clean(Article(source: "paywall.txt", format: .text, text: Self.page))
        // The offer's words are under half the lead's words, though over half its score (short sentences score half their words).
        #expect(!doc.paragraphs.contains(Self.offer), "\(doc.paragraphs)")
        #expect(Self.lead.dropFirst().allSatisfy(doc.paragraphs.contains))
        #expect(doc.evidence(of: Self.offer).contains(PaywallLineTail.evidence))
    }
}
