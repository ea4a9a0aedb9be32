import Testing
@testable import ReaderModel

/// The page's one `<main>` or `<article>` is the article even when its densest part is a small box.
@Suite struct HTMLSemanticContainerTests {
    @Test func featureListInsideMainIsKeptBesideTheProseBox() {
        let features = [
            ("Tide clock", "Shows the height of the water at the pier for every hour of the day, updated from the harbour gauge."),
            ("Ferry board", "Lists every crossing of the week with its boat, its berth and the seats still free on the car deck."),
            ("Storm notes", "Collects the warnings from the coast service in one place, with the crossings each one may cancel."),
            ("Parking map", "Marks the free spaces near the terminal and the streets that close when the market is on."),
        ]
        let items = features.map { "<li><h3>\($0.0)</h3><p>\($0.1)</p></li>" }.joined()
        let html = """
        <html><body><header><nav><a href='/'>Home</a></nav></header>
        <main><section class='intro'><h1>The harbour app</h1><ul class='features'>\(items)</ul></section>
        <section class='note'><div class='box'><h2>Before you start</h2><p>The app keeps its own list of favourite crossings, so the first time you open it, import the list you kept on the old version of the harbour website, which still works.</p></div></section></main>
        <footer><p>Harbour Board, Pier Road.</p></footer></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        for (_, description) in features { #expect(doc.paragraphs.contains(description)) }
        #expect(doc.paragraphs.contains { $0.hasPrefix("The app keeps its own list") })
    }
}
