import Testing
@testable import Domain

/// The FTS5 expression a search's words become: prefixes, or the index's words spelled out.
@Suite("Search terms: FTS5 expressions with words spelled out")
struct SearchTermsTests {
    @Test("a word spelled out is an OR of its forms; a word not spelled out stays a prefix")
    func spelling() {
        let terms = SearchTerms("Bollklubb i Vivalla")
        #expect(terms.fts5Query == #""bollklubb"* AND "i"* AND "vivalla"*"#)
        #expect(terms.fts5Query(spelling: ["bollklubb": ["bollklubb", "bollklubben"], "vivalla": []])
                == #"("bollklubb" OR "bollklubben") AND "i"* AND "vivalla"*"#)
    }

    @Test("a quote in a spelled-out word is doubled, as FTS5 reads a string")
    func quotes() {
        #expect(SearchTerms("kör").fts5Query(spelling: ["kör": [#"kör"a"#]]) == #"("kör""a")"#)
    }

    @Test("å, ä and ö are kept as they are")
    func swedishLetters() {
        #expect(SearchTerms("Åker ÄNG öl").fts5Query == #""åker"* AND "äng"* AND "öl"*"#)
    }
}
