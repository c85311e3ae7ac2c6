import Testing
@testable import Views
import Domain

@Suite("The import report's unknown words and the word pages, rendered")
struct RegisterWordsPageTests {
    static let admin = PageContext.mock(viewer: AllPages.viewer)

    @Test("each unknown word is listed with its rows, in the reader's numbers, and a link to the form for it")
    func report() {
        let page = ImportPage(report: ImportPage.Report(fileName: "register.csv", dryRun: false, summary: "created 0, updated 0, unchanged 0, skipped 0",
                                                        lines: [], unmapped: [UnmappedWord(kind: .district, word: "Gamla \"Vivalla\"", rows: 1250)]))
        let sv = page.render(Self.admin), en = page.render(.mock(language: .en, viewer: AllPages.viewer))
        #expect(sv.contains("Ord som Samverka inte känner igen"))
        #expect(sv.contains("<td>1\u{00A0}250</td>"))
        #expect(en.contains("<td>1,250</td>"))
        #expect(sv.contains("href=\"/admin/import/ord/stadsdel?ord=Gamla%20%22Vivalla%22\""))
        #expect(sv.contains("Bestäm vad ”Gamla &quot;Vivalla&quot;” betyder"))
        #expect(ImportPage.mock.render(Self.admin).contains("Ord som Samverka inte känner igen"))
        let clean = ImportPage(report: ImportPage.Report(fileName: "a.csv", dryRun: true, summary: "", lines: []))
        #expect(!clean.render(Self.admin).contains("Ord som Samverka inte känner igen"))
    }

    @Test("the list names each word's meaning in the reader's language; a district by its name")
    func list() {
        let sv = RegisterWordsPage.mock.render(Self.admin)
        #expect(sv.contains("Idrott och friluftsliv"))
        #expect(sv.contains(">Vivalla<"))
        #expect(sv.contains("Vuxna"))
        #expect(sv.contains("href=\"/admin/import/ord/malgrupp?ord=Daglediga\""))
        #expect(RegisterWordsPage.mock.render(.mock(language: .en, viewer: AllPages.viewer)).contains("Sport and outdoor life"))
    }

    @Test("the form offers the values of the word's kind; a mapped word can be forgotten")
    func form() {
        let category = RegisterWordPage.mock.render(Self.admin)
        #expect(category.contains("action=\"/admin/import/ord/kategori\""))
        #expect(category.contains("<option value=\"sport\" selected=\"selected\">Idrott och friluftsliv</option>"))
        #expect(category.contains("name=\"forget\" value=\"on\""))
        let group = RegisterWordPage(kind: .targetGroup, form: FormState(), districts: [], isMapped: false).render(Self.admin)
        #expect(group.contains("<option value=\"adults\">Vuxna</option>"))
        #expect(!group.contains("value=\"sport\""))
        #expect(!group.contains("name=\"forget\""))
    }
}
