import Testing
@testable import Domain

@Suite("LIX readability index")
struct LixTests {
    @Test("words, sentences and long words are counted as LIX defines them")
    func counts() {
        let lix = Lix(text: "Vi hjälper föreningar. Ring oss gärna! Samverkansrådet träffas fyra gånger per år.")
        #expect(lix.words == 12)
        #expect(lix.sentences == 3)
        #expect(lix.longWords == 4) // hjälper, föreningar, Samverkansrådet, träffas
        #expect(lix.rounded == 37) // 12/3 + 100*4/12 = 4 + 33.3
        #expect(lix.level == .easy)
    }

    @Test("hyphenated words stay one word; a text without a final stop is still one sentence")
    func hyphens() {
        let lix = Lix(text: "C-nätet möts i dag")
        #expect(lix.words == 4)
        #expect(lix.sentences == 1)
    }

    @Test("an empty text has no value")
    func empty() {
        #expect(Lix(text: "  ").value == nil)
        #expect(Lix(text: "...").level == nil)
    }

    @Test("long bureaucratic sentences are hard")
    func hard() {
        let text = "Kommunstyrelseförvaltningen ansvarar för samordningen av överenskommelsens genomförande tillsammans med civilsamhällesorganisationernas representanter och förvaltningarnas kontaktpersoner."
        #expect((Lix(text: text).value ?? 0) > 60)
        #expect(Lix(text: text).level == .veryHard)
    }
}
