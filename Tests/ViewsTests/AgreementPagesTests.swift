import Testing
import Foundation
@testable import Views
import Domain

@Suite("Agreement pages: drafts and easy-to-read links, rendered")
struct AgreementPagesTests {
    static let admin = PageContext.mock(viewer: AllPages.viewer)

    @Test("the agreement index links an easy-to-read version only where one is written; admins hear of the drafts")
    func agreementIndex() {
        let anonymous = AgreementIndexPage.mock.render(.mock())
        #expect(anonymous.contains("href=\"/overenskommelsen/syfte/lattlast\""))
        #expect(!anonymous.contains("href=\"/overenskommelsen/fragor/lattlast\""))
        #expect(!anonymous.contains("utkast"))
        #expect(AgreementIndexPage.mock.render(Self.admin).contains("2 texter är utkast"))
        var empty = AgreementIndexPage.mock
        empty.pages = []
        #expect(empty.render(.mock()).contains("De visas här när de är antagna och publicerade."))
    }

    @Test("a draft is marked as one, with what is left to fill in before it can be published")
    func draftMarked() {
        let edit = AgreementTextEditPage.mock.render(Self.admin)
        #expect(edit.contains("Utkast</span>. Texten syns inte för allmänheten"))
        #expect(edit.contains("<li>[år]</li>"))
        #expect(edit.contains("name=\"published\""))
        #expect(AgreementTextsAdminPage.mock.render(Self.admin).contains("Vanliga frågor</a> – <span class=\"status\">Utkast</span>"))
        let preview = AgreementTextPage(slug: "syfte", title: "Syfte", body: "Text.", isEasyRead: false, hasEasyRead: false,
                                        isFallback: false, isDraft: true).render(Self.admin)
        #expect(preview.contains("Texten är inte antagen och syns inte för allmänheten."))
        #expect(!preview.contains("/lattlast"))
    }
}
