import Testing
import Foundation
@testable import Views
import Domain

@Suite("Every page renders from its mock in both languages")
struct PageRenderingTests {
    @Test("no page shows a missing catalog key")
    func noMissingKeys() {
        for (name, html) in AllPages.all {
            #expect(!html.contains("⟦"), "\(name) uses a key missing from the catalog: \(html.components(separatedBy: "⟦").dropFirst().first?.prefix(60) ?? "")")
        }
    }

    @Test("every page has the landmarks, one h1, a skip link, the language and the footer statements")
    func structure() {
        for (name, html) in AllPages.all {
            #expect(html.hasPrefix("<!DOCTYPE html>"), "\(name)")
            #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"), "\(name)")
            #expect(html.contains("<main id=\"main\""), "\(name)")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(name) must have exactly one h1")
            #expect(html.contains("href=\"/tillganglighet\""), "\(name) lacks the accessibility statement link")
            #expect(html.contains("href=\"/personuppgifter\""), "\(name) lacks the privacy link")
            #expect(html.contains("<html lang=\"sv\">") || html.contains("<html lang=\"en\">"), "\(name)")
        }
    }

    @Test("no id is used twice on a page, so every label and error link points at one field")
    func uniqueIDs() {
        for (name, html) in AllPages.all {
            var seen = Set<String>()
            for part in html.components(separatedBy: " id=\"").dropFirst() {
                let id = String(part.prefix { $0 != "\"" })
                #expect(!seen.contains(id), "\(name): id \(id) is used twice")
                seen.insert(id)
            }
        }
    }

    @Test("every form posts with the CSRF token, and every field has a label")
    func forms() {
        for (name, html) in AllPages.all {
            let posts = html.components(separatedBy: "<form method=\"post\"").count - 1
            let tokens = html.components(separatedBy: "name=\"_csrf\" value=\"test-csrf-token\"").count - 1
            #expect(posts == tokens, "\(name): \(posts) forms but \(tokens) tokens")
            for id in ids(ofInputsIn: html) {
                #expect(html.contains("<label for=\"\(id)\""), "\(name): field \(id) has no label")
            }
        }
    }

    @Test("an error summary links to each field with an error, and the field says what is wrong")
    func errorSummary() {
        let page = RegisterPage(form: FormState(values: ["email": "x"], errors: [
            FieldError("email", "error.email"), FieldError("password", "error.password.tooShort", ["min": "12"]),
        ]))
        let html = page.render(.mock())
        #expect(html.contains("class=\"error-summary\""))
        #expect(html.contains("<a href=\"#field-email\">Skriv en e-postadress"))
        #expect(html.contains("<a href=\"#field-password\">Lösenordet måste ha minst 12 tecken"))
        #expect(html.contains("aria-invalid=\"true\""))
        #expect(html.contains("aria-describedby=\"field-email-hint field-email-error\""))
    }

    @Test("hostile text in a model is escaped in text and in attributes")
    func escaping() {
        let hostile = "\"><script>alert('x')</script>&amp;"
        var page = UsersPage.mock
        page.query = hostile
        page.users.items[0].displayName = hostile
        let html = page.render(.mock(viewer: AllPages.viewer))
        #expect(!html.contains("<script>"))
        #expect(!html.contains(hostile))
        #expect(html.contains("&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;"))
    }

    @Test("dates are written the Swedish way, in Stockholm time")
    func dates() {
        let date = Date(timeIntervalSince1970: 1_795_699_800) // 2026-11-26 13:30 UTC
        #expect(Wording(.sv).dateTime(date) == "26 november 2026, 14:30")
        #expect(Wording(.en).dateTime(date) == "26 November 2026, 14:30")
        let summer = Date(timeIntervalSince1970: 1_782_991_800) // 2026-07-02 11:30 UTC
        #expect(DateText.time(summer) == "13:30")
    }

    func ids(ofInputsIn html: String) -> [String] {
        var ids: [String] = []
        for tag in ["<input", "<select", "<textarea"] {
            for part in html.components(separatedBy: tag).dropFirst() {
                let element = part.prefix { $0 != ">" }
                guard !element.contains("type=\"hidden\""), let range = element.range(of: "id=\"") else { continue }
                ids.append(String(element[range.upperBound...].prefix { $0 != "\"" }))
            }
        }
        return ids
    }
}
