import Testing
@testable import ReaderModel

/// A byline field naming the writer and, after a dash, the outlet ("<name> - <outlet>"): the
/// writer is the byline, in the saved page's first field and in the text copy's name line
/// (`WriterOutletByline`). Invented lines and pages.
@Suite struct WriterOutletBylineTests: TextPageCleaning {
    @Test func readsTheWriterBeforeTheDash() {
        #expect(WriterOutletByline.writer(in: "Dewi Anggraini - Warta Lembah") == "Dewi Anggraini")
        #expect(WriterOutletByline.writer(in: "Tomás de la Fuente – El Eco del Valle") == "Tomás de la Fuente")
    }

    @Test func leavesOtherShapesAlone() {
        #expect(WriterOutletByline.writer(in: "Dewi Anggraini") == nil)
        #expect(WriterOutletByline.writer(in: "Sport - Local News") == nil)
        #expect(WriterOutletByline.writer(in: "Dewi Anggraini - 12 Feb 2025") == nil)
        #expect(WriterOutletByline.writer(in: "The mayor said - and everyone agreed") == nil)
    }

    static let body = [
        "Lembah Hijau - Sebuah perpustakaan kecil kini berdiri di bekas pos ronda di ujung kampung. Warga membangunnya bersama selama tiga bulan terakhir.",
        "Ketua RT mengatakan, buku-buku di perpustakaan itu sumbangan dari warga dan beberapa sekolah di kota. Anak-anak datang membaca setiap sore setelah pulang sekolah.",
        "Pengurus berencana menambah rak baru dan membuka kelas menggambar setiap hari Minggu mulai bulan depan.",
    ]

    @Test func savedPageFirstFieldGivesTheWriter() {
        let html = """
        <html lang="id"><head><meta charset="utf-8"><title>Warga Ubah Pos Ronda Jadi Perpustakaan Anak - Warta Lembah</title></head><body>
        <main><article><h1>Warga Ubah Pos Ronda Jadi Perpustakaan Anak</h1>
        <div class="article-meta"><span>Dewi Anggraini - Warta Lembah</span><span>Kamis, 6 Feb 2025 09:15 WIB</span></div>
        \(Self.body.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></main></body></html>
        """
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: html))
        #expect(doc.byline == "Dewi Anggraini")
        #expect(doc.published?.hasPrefix("2025-02-06") == true)
    }

    @Test func textCopyNameLineGivesTheWriter() {
        let doc = clean(["Beranda", "Berita", "", "Warga Ubah Pos Ronda Jadi Perpustakaan Anak", "", "Dewi Anggraini - Warta Lembah",
                         "Kamis, 6 Feb 2025 09:15 WIB", ""] + Self.body.flatMap { [$0, ""] })
        #expect(doc.byline == "Dewi Anggraini")
        #expect(doc.evidence(of: "Dewi Anggraini - Warta Lembah").contains(WriterOutletByline.evidence))
    }
}
