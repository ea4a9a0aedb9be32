import Testing
@testable import ReaderModel

/// The HTML cleaner keeps the article and drops each kind of furniture with the right reason.
@Suite struct HTMLCleanerTests {
    private func expectArticleIntact(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(doc.paragraphs == HTMLFixtures.prose, sourceLocation: sourceLocation)
    }

    private func reason(of text: String, in doc: Document) -> NoiseReason? {
        doc.removed.first { $0.text.contains(text) }?.reason
    }

    @Test func plainArticleKeepsEveryParagraphInOrder() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page())
        expectArticleIntact(doc)
        #expect(doc.title == "Marrow Bay votes to rebuild the ferry pier")
    }

    @Test func navigationMenuIsRemoved() {
        let menu = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li><li><a href='/s'>Sport</a></li></ul></nav>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(before: "<header><div class='logo'>The Bay Courier</div>\(menu)</header>"))
        expectArticleIntact(doc)
        #expect(reason(of: "World", in: doc) == .navigation)
    }

    @Test func relatedStoriesAreRemoved() {
        let related = "<div class='related-stories'><h3>More from the coast</h3><ul><li><a href='/a'>Lighthouse keeper retires after forty winters on the rock</a></li><li><a href='/b'>Fishing quota talks stall again over the northern banks</a></li></ul></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(outside: related))
        expectArticleIntact(doc)
        #expect(reason(of: "Lighthouse keeper", in: doc) == .related)
    }

    @Test func newsletterSignupInsideTheArticleIsRemoved() {
        let box = "<div class='newsletter-signup'><p>Get the morning briefing in your inbox, every weekday before seven.</p><form><input type='email'><button>Sign up</button></form></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: box))
        expectArticleIntact(doc)
        #expect(reason(of: "morning briefing", in: doc) == .newsletter)
    }

    @Test func advertisementSlotIsRemoved() {
        let ad = "<div class='ad-container'><span>Advertisement</span></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: ad))
        expectArticleIntact(doc)
        #expect(reason(of: "Advertisement", in: doc) == .advertisement)
    }

    @Test func bareAdvertisementLabelInsideTheArticleIsRemoved() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<p>Advertisement</p>"))
        expectArticleIntact(doc)
        #expect(reason(of: "Advertisement", in: doc) == .advertisement)
    }

    @Test func shareButtonsAreRemoved() {
        let share = "<div class='social-share'><a href='#'>Share on the network</a> <a href='#'>Post it</a> <a href='#'>Email a friend</a></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: share))
        expectArticleIntact(doc)
        #expect(reason(of: "Share on the network", in: doc) == .social)
    }

    @Test func cookieNoticeIsRemoved() {
        let notice = "<div id='cookie-consent'><p>We use small files on your device to remember your settings and measure visits to this site.</p></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(before: notice))
        expectArticleIntact(doc)
        #expect(reason(of: "remember your settings", in: doc) == .cookie)
    }

    @Test func commentsSectionIsRemoved() {
        let comments = "<section id='comments'><h2>Reader comments</h2><div class='comment'><p>I grew up near that pier and I think it is about time somebody fixed it properly, honestly.</p></div></section>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(outside: comments))
        expectArticleIntact(doc)
        #expect(reason(of: "I grew up near that pier", in: doc) == .comments)
    }

    @Test func footerIsRemoved() {
        let footer = "<footer><p>All rights reserved. The Bay Courier is published by Harbour Print Limited, registered in the county.</p></footer>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(outside: footer))
        expectArticleIntact(doc)
        #expect(reason(of: "Harbour Print", in: doc) == .navigation)
    }

    @Test func scriptsStylesAndHiddenTextNeverAppear() {
        let junk = "<script>document.write('injected words from a script')</script><style>.x{color:red}</style><div style='display: none'>Hidden promotional words nobody sees</div><noscript>Enable scripts to see the gallery</noscript>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: junk))
        expectArticleIntact(doc)
        let all = (doc.paragraphs + doc.captions + doc.removed.map(\.text)).joined(separator: " ")
        #expect(!all.contains("injected"))
        #expect(!all.contains("Hidden promotional"))
        #expect(!all.contains("Enable scripts"))
    }

    @Test func figureCaptionAndCreditAfterTheTextAreCaptionsNotBody() {
        // Before the last paragraph the caption would be read in place (`InlineCaption`).
        let figure = "<figure><img src='pier.jpg'><figcaption>The ferry pier at low tide last autumn. <span class='credit'>Photo: J. Harbour</span></figcaption></figure>"
        let html = "<html><body><article><h1>Marrow Bay votes to rebuild the ferry pier</h1>\(HTMLFixtures.paragraphs())\(figure)</article></body></html>"
        let doc = HTMLFixtures.clean(html)
        expectArticleIntact(doc)
        #expect(doc.captions.contains { $0.contains("The ferry pier at low tide") })
        #expect(!doc.paragraphs.joined().contains("Photo: J. Harbour"))
    }

    @Test func paragraphsSplitAtDoubleLineBreaks() {
        let body = HTMLFixtures.prose.joined(separator: "<br><br>\n")
        let html = "<html><body><div class='story-text'>\(body)</div><div class='menu'><a href='/'>Home</a></div></body></html>"
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
    }

    @Test func listItemsAndHeadingsInsideTheArticleAreKept() {
        let inside = "<h2>What the engineers found</h2><p>The survey listed three problems with the existing structure, in order of cost.</p><ul><li>Rotten piles under the eastern half of the deck.</li><li>Loose railings along the whole southern edge.</li></ul>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: inside))
        #expect(doc.paragraphs.contains("What the engineers found"))
        #expect(doc.paragraphs.contains("Rotten piles under the eastern half of the deck."))
    }

    @Test func wordsThatOnlyContainNoiseWordsDoNotRemoveContent() {
        // "shadow" holds "ad", "download" holds "load": neither is a furniture word.
        let html = "<html><body><div class='shadow-box download-area'>\(HTMLFixtures.paragraphs())</div></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
    }

    @Test func articleWrappedInAFormIsStillFound() {
        // Some sites wrap the whole page in one <form>; a form holding most of the prose is no sign-up box.
        let html = "<html><body><form id='aspnetForm'><div class='story'>\(HTMLFixtures.paragraphs())</div></form></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
    }

    @Test func gatedParagraphsClassedPaywallAreArticleText() {
        let html = "<html><body><div class='body'>" + HTMLFixtures.prose.map { "<p class='paywall'>\($0)</p>" }.joined() + "</div></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
    }

    @Test func everyBlockIsExplained() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(before: "<nav><a href='/'>Home</a></nav>"))
        #expect(doc.blocks.contains { $0.role == .body })
        #expect(doc.blocks.contains { $0.role == .removed && $0.reason == .navigation && $0.evidence != nil })
        #expect(doc.blocks.filter { $0.role == .body }.map(\.text) == doc.paragraphs)
    }

    @Test func jsonLDArticleBodyIsTheFallbackForEmptyPages() {
        let head = #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier vote","articleBody":"First invented line of the story about the pier.\nSecond invented line about the winter ferry timetable."}</script>"#
        let doc = HTMLFixtures.clean("<html><head>\(head)</head><body><div id='app'></div></body></html>")
        #expect(doc.paragraphs == ["First invented line of the story about the pier.", "Second invented line about the winter ferry timetable."])
        #expect(doc.title == "Pier vote")
    }
}

/// The remaining furniture kinds: paywall, membership appeal, banner, feed, credit.
@Suite struct HTMLFurnitureReasonTests {
    private func reason(of text: String, inside: String = "", outside: String = "") -> NoiseReason? {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: inside, outside: outside))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        return doc.removed.first { $0.text.contains(text) }?.reason
    }

    @Test func paywallPrompt() {
        #expect(reason(of: "unlimited access", inside: "<div class='paywall-prompt'><p>Get unlimited access to every story from the coast for a small monthly sum.</p></div>") == .paywall)
    }

    @Test func membershipAppeal() {
        #expect(reason(of: "keep local reporting", outside: "<div class='donate-box'><p>Readers like you keep local reporting alive on the island; chip in today.</p></div>") == .membership)
    }

    @Test func readingTimeBanner() {
        #expect(reason(of: "4 minutes", inside: "<div class='reading-time'>4 minutes</div>") == .banner)
    }

    @Test func latestNewsFeed() {
        #expect(reason(of: "Storm closes", outside: "<div class='latest-feed'><ul><li>10:42 Storm closes the harbour road</li><li>09:15 Ferry delayed</li></ul></div>") == .feed)
    }

    @Test func photoCreditOutsideAFigureIsACaption() {
        // After the last paragraph: before it, the credit would be read in place (`InlineCaption`).
        let credit = "<div class='image-credit'>Picture: Harbour Archive</div>"
        let doc = HTMLFixtures.clean("<html><body><article><h1>Marrow Bay votes to rebuild the ferry pier</h1>\(HTMLFixtures.paragraphs())\(credit)</article></body></html>")
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.captions == ["Picture: Harbour Archive"])
    }
}

/// Articles split into several containers are read whole.
@Suite struct HTMLSplitArticleTests {
    @Test func sectionsBetweenAdSlotsAreAllKept() {
        let p = HTMLFixtures.prose
        let html = """
        <html><body><div class='page'>
        <div class='article-section'><p>\(p[0])</p><p>\(p[1])</p><p>\(p[2])</p></div>
        <div class='ad-slot'>Advertisement</div>
        <div class='article-section'><p>\(p[3])</p></div>
        <div class='ad-slot'>Advertisement</div>
        <div class='article-section'><p>\(p[4])</p></div>
        </div></body></html>
        """
        #expect(HTMLFixtures.clean(html).paragraphs == p)
    }
}

/// Weak furniture words on the article's own wrappers do not hide it.
@Suite struct HTMLWrapperWordTests {
    @Test func pageBuilderWidgetsHoldingTheArticleAreRead() {
        let p = HTMLFixtures.prose
        let html = "<html><body><div class='builder-widget-container'><p>\(p[0])</p><p>\(p[1])</p><p>\(p[2])</p></div>"
            + "<div class='builder-widget-container'><p>\(p[3])</p><p>\(p[4])</p></div>"
            + "<div class='sidebar widget'><a href='/x'>Popular</a></div></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == p)
    }

    @Test func subscriberOnlyWrapperIsTheArticle() {
        let html = "<html><body><div class='premium-content subscriber-only'>\(HTMLFixtures.paragraphs())</div><div class='subscribe-box'><p>Subscribe for full access.</p></div></body></html>"
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.removed.contains { $0.text.contains("Subscribe for full access") })
    }

    @Test func responsiveHiddenClassesAreNotHidden() {
        let html = "<html><body><div class='story hidden-print'>\(HTMLFixtures.paragraphs())</div></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == HTMLFixtures.prose)
    }
}
