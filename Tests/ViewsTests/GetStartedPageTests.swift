import Testing
import Foundation
@testable import Views
import Domain

@Suite("The get-started page, rendered")
struct GetStartedPageTests {
    static let now = Date(timeIntervalSince1970: 1_794_812_400)

    /// A new installation: nothing done, no mail server, plain http, PostgreSQL.
    static let fresh = GetStartedPage(
        checklist: GoLiveChecklist(
            agreementTexts: 8, publishedAgreementTexts: 0, departmentsWithoutEntryPoint: [], unmappedTopics: GoLiveChecklist.routedTopics,
            departmentsWithoutStaff: ["Socialförvaltningen", "Sjöbackahem AB"], hasAssociations: false, mailConfigured: false,
            testMail: .none, baseURL: "http://127.0.0.1:8080", usesPostgres: true, lastBackup: nil, now: now),
        adminEmail: "admin@sjobacka.example", dataDirectory: "./data")

    static let admin = PageContext.mock(viewer: AllPages.viewer)

    @Test("each item says its state in words and links to where it is done")
    func items() {
        let html = Self.fresh.render(Self.admin)
        #expect(html.contains("7 av 9 punkter är kvar."))
        #expect(html.components(separatedBy: "class=\"checklist__state\">Kvar att göra<").count - 1 == 7)
        #expect(html.contains("class=\"checklist__state\">Klart<")) // entry points
        #expect(html.contains("class=\"checklist__state\">Kontrollera själv<")) // pg_dump cannot be seen
        #expect(html.contains("0 av 8 texter är publicerade"))
        #expect(html.contains("Ingen personal finns för: Socialförvaltningen, Sjöbackahem AB."))
        for path in ["/admin/overenskommelsen", "/admin/forvaltningar", "/admin/amnen", "/admin/anvandare", "/admin/import", "/admin/e-post"] {
            #expect(html.contains("href=\"\(path)\""), "no link to \(path)")
        }
        #expect(html.contains("pg_dump --format=custom"))
        #expect(html.contains("SAMVERKA_BASE_URL=https://"))
    }

    @Test("the test mail button is there only when mail is connected; a refusal says when to try again")
    func testMailButton() {
        #expect(!Self.fresh.render(Self.admin).contains("action=\"/admin/kom-igang/testmejl\""))
        #expect(Self.fresh.render(Self.admin).contains("Koppla in e-posten först"))
        let html = GetStartedPage.mock.render(Self.admin)
        #expect(html.contains("action=\"/admin/kom-igang/testmejl\""))
        #expect(html.contains("Du har skickat 3 testmejl den senaste timmen. Du kan skicka ett nytt klockan"))
        #expect(html.contains("samverka backup /var/backups/samverka/samverka-$(date +\\%F).sqlite"))
        #expect(html.contains("SAMVERKA_DATA_DIR=/srv/samverka/data"))
    }

    @Test("when everything is done the page says so")
    func allDone() {
        var page = Self.fresh
        page.checklist = GoLiveChecklist(
            agreementTexts: 8, publishedAgreementTexts: 8, departmentsWithoutEntryPoint: [], unmappedTopics: [], departmentsWithoutStaff: [],
            hasAssociations: true, mailConfigured: true, testMail: .delivered, baseURL: "https://samverka.sjobacka.example", usesPostgres: false,
            lastBackup: Self.now.addingTimeInterval(-3600), now: Self.now)
        let html = page.render(Self.admin)
        #expect(html.contains("Allt är klart."))
        #expect(!html.contains("Kvar att göra"))
        #expect(page.render(.mock(language: .en, viewer: AllPages.viewer)).contains("Everything is done."))
    }
}
