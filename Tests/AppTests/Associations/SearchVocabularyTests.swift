@testable import App
import Testing
import Fluent
import Domain

/// SQLite's directory search names the index's words that begin with each search word
/// (`SearchVocabulary`), kept until an association changes. `SearchMixTests` compares the directory
/// that spells them out with a plain query over a seeded mix; these check the spelling itself.
@Suite("Search vocabulary: a search's words spelled out as the index's words")
struct SearchVocabularyTests {
    @Test("a word is spelled as the words that begin with it, and spelled again when an association changes")
    func spelledAgain() async throws {
        try await TestApp.run { ctx in
            guard !ctx.app.db.isPostgres else { return }
            // setup
            try await ctx.association("Vivalla bollklubb", description: "Bollklubben för alla i Vivalla.")
            let terms = SearchTerms("bollklubb")
            let query = DirectoryQuery(ctx.app.db, keepingCountsIn: ctx.app)
            let before = try await SearchVocabulary.spelling(terms, app: ctx.app, on: ctx.app.db)["bollklubb"] ?? []
            #expect(Set(["bollklubb", "bollklubben"]).isSubset(of: before) && !before.contains("bollklubbarna"))
            #expect(try await query.page(.init(terms: terms), PageRequest(number: 1)).items.map(\.name).contains("Vivalla bollklubb"))

            // act: a new association with a new form of the word
            try await ctx.association("Bollklubbarna i Tybble")

            // check: spelled again with the new form, and the directory finds it
            let after = try await SearchVocabulary.spelling(terms, app: ctx.app, on: ctx.app.db)["bollklubb"] ?? []
            #expect(after.contains("bollklubbarna"))
            #expect(ctx.app.searchWords.counts.made == 2)
            let names = try await query.page(.init(terms: terms), PageRequest(number: 1)).items.map(\.name)
            #expect(names.contains("Bollklubbarna i Tybble") && names.contains("Vivalla bollklubb"))
        }
    }

    @Test("short words, and words that begin too many words, stay prefixes and still find")
    func prefixes() async throws {
        try await TestApp.run { ctx in
            guard !ctx.app.db.isPostgres else { return }
            // setup: one association with more forms of "zeta" than are spelled out
            let forms = (0...SearchVocabulary.most).map { "zeta\($0)" }
            try await ctx.association("Zetaföreningen", description: forms.joined(separator: " "))

            // act
            let spelled = try await SearchVocabulary.spelling(SearchTerms("ze zeta zeta1"), app: ctx.app, on: ctx.app.db)

            // check: "ze" too short, "zeta" begins too many, "zeta1" begins "zeta1" and "zeta10"…
            #expect(spelled["ze"] == nil && spelled["zeta"] == [])
            #expect(spelled["zeta1"] == forms.filter { $0.hasPrefix("zeta1") }.sorted())
            let query = DirectoryQuery(ctx.app.db, keepingCountsIn: ctx.app)
            for words in ["ze", "zeta", "zeta1", "zeta32"] {
                let found = try await query.page(.init(terms: SearchTerms(words)), PageRequest(number: 1))
                #expect(found.items.map(\.name) == ["Zetaföreningen"], "\(words)")
            }
        }
    }
}
