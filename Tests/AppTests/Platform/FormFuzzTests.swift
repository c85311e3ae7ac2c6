@testable import App
import Testing
import Vapor
import Fluent

/// Hostile and broken input in every text field of the main forms: never a 5xx, markup always
/// comes back escaped, and a refused post stores nothing.
@Suite("Form fuzzing: hostile and broken input")
struct FormFuzzTests {
    static let hostile = [
        String(repeating: "å", count: 100_000),
        "<script>alert('x')</script>\"><img src=x onerror=alert(1)>",
        "'; DROP TABLE associations; --",
        "Robert'); DELETE FROM users WHERE ('1'='1",
        "%00\u{0000}null byte",
        "\u{202E}reversed\u{200B}zero-width",
        "../../../../etc/passwd",
    ]

    /// (form page, action, fields, signed in as)
    static let forms: [(String, String, [String], String?)] = [
        ("/konto/skapa", "/konto/skapa", ["displayName", "email", "password"], nil),
        ("/konto/logga-in", "/konto/logga-in", ["email", "password"], nil),
        ("/konto/glomt-losenord", "/konto/glomt-losenord", ["email"], nil),
        ("/foreningar/ny", "/foreningar/ny", ["name", "orgNumber", "description", "competences", "website", "email", "phone", "easyRead"], Demo.member),
        ("/admin/stadsdelar/ny", "/admin/stadsdelar/ny", ["name", "kind"], Demo.admin),
        ("/admin/import/ord/kategori", "/admin/import/ord/kategori", ["word", "meaning"], Demo.admin),
        // an answer to the demo's open NPF consultation, as a person (markup is allowed in, and must come out escaped)
        ("/samrad/plan-for-elever-med-npf-i-grundskolan/svar?som=person", "/samrad/plan-for-elever-med-npf-i-grundskolan/svar",
         ["answer1", "answer2", "comment"], Demo.member),
        ("/konto/losenord", "/konto/losenord", ["currentPassword", "password"], Demo.member),
        ("/projekt/ny", "/projekt/ny", ["title", "summary", "easyRead", "body", "contactName", "contactEmail", "starts", "ends", "goals"], Demo.staff),
        ("/volontar/nytt", "/volontar/nytt", ["title", "summary", "easyRead", "description", "schedule", "effort", "minimumAge", "languages",
                                              "needed", "closes", "contactName", "contactEmail", "place"], Demo.staff),
        // interest in a demo assignment, without an account (never shown in public, and escaped on the organiser's page)
        ("/volontar/laxhjalp-pa-biblioteket/intresse", "/volontar/laxhjalp-pa-biblioteket/intresse", ["name", "email", "phone", "message"], nil),
        ("/volontar/bevaka", "/volontar/bevaka", ["email", "districts", "groups"], nil),
        ("/handlaggning/civilsamhallesdagar", "/handlaggning/civilsamhallesdagar", ["day", "length", "association", "activity", "note"], Demo.staff),
        ("/kontaktnatet/moten/nytt", "/kontaktnatet/moten/nytt", ["day", "place", "agenda", "minutes", "present"], Demo.admin),
        ("/kontaktnatet/ataganden/socialforvaltningen/2026", "/kontaktnatet/ataganden/socialforvaltningen/2026", ["commitments", "report"], Demo.admin),
        ("/samverkansradet/ledamoter/ny", "/samverkansradet/ledamoter/ny", ["name", "side", "represents", "task", "email", "categories", "districts"],
         Demo.admin),
        ("/samverkansradet/nyheter/ny", "/samverkansradet/nyheter/ny", ["title", "summary", "easyRead", "body"], Demo.council),
        ("/samverkansradet/prenumerera", "/samverkansradet/prenumerera", ["email", "frequency"], nil),
        ("/samverkansradet/handlingsplan/ny", "/samverkansradet/handlingsplan/ny",
         ["firstYear", "lastYear", "title", "description", "owner", "principle", "target"], Demo.admin),
        ("/enkat/2025/fragor", "/enkat/2025/fragor", ["questions", "opens", "closes"], Demo.admin),
        // an association signs up for a Föreningarnas dag (what it offers is shown to the organiser and in the programme)
        ("/evenemang/foreningarnas-dag-i-varberga/delta", "/evenemang/foreningarnas-dag-i-varberga/delta",
         ["association", "kind", "offer", "needs", "otherNeeds"], Demo.member),
        // the organiser invites a co-organiser (the field echoed back on a refusal)
        ("/evenemang/idrottsforeningarnas-traff", "/evenemang/idrottsforeningarnas-traff/medarrangor",
         ["coDepartment", "coOrgNumber"], Demo.staff),
        ("/enkat/2026", "/enkat/2026", ["respondent", "q1", "q2", "q3", "q4", "q5", "comment"], Demo.member),
    ]

    @Test("every hostile value in every field: no 5xx, no unescaped markup", arguments: Array(0..<FormFuzzTests.forms.count))
    func hostileValues(formIndex: Int) async throws {
        let (page, action, fields, user) = Self.forms[formIndex]
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            if let user { try await browser.signIn(user) }
            for value in Self.hostile {
                try await browser.get(page)
                var form: [String: String] = [:]
                for field in fields { form[field] = value }
                let response = try await browser.post(action, form)
                #expect(response.status.code < 500, "\(action) with \(value.prefix(20)): \(response.status)")
                let html = response.body.string
                #expect(!html.contains("<script>alert"), "\(action) echoed a script")
                #expect(!html.contains("<img src=x"), "\(action) echoed markup")
            }
            let storable = Self.hostile.filter { !$0.contains("\u{0000}") }
            let stored = try await Association.query(on: ctx.app.db).filter(\.$name ~~ storable).count()
                + District.query(on: ctx.app.db).filter(\.$name ~~ storable).count()
                + RegisterWord.query(on: ctx.app.db).filter(\.$word ~~ storable).count()
                + Project.query(on: ctx.app.db).filter(\.$title ~~ storable).count()
            #expect(stored == 0, "something hostile was stored through \(action)")
        }
    }

    @Test("bytes that are not UTF-8 are refused, not stored")
    func invalidUTF8() async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.signedIn(Demo.member)
            try await browser.get("/foreningar/ny")
            let token = try #require(browser.csrfToken)
            var body = ByteBuffer(string: "_csrf=\(token)&name=")
            body.writeBytes([0xC3, 0x28, 0xFF, 0xFE])
            body.writeString("&description=x&categories%5B%5D=culture")
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let before = try await ctx.app.count(Association.self)
            let response = try await browser.send(.POST, "/foreningar/ny", headers: headers, body: body)
            #expect(response.status.code < 500)
            #expect(try await ctx.app.count(Association.self) == before)
        }
    }

    @Test("a 10 MB body is refused with 413 before anything is read into a form")
    func tenMegabytes() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.get("/konto/skapa")
            let response = try await browser.post("/konto/skapa", ["displayName": String(repeating: "x", count: 10 * 1024 * 1024)])
            #expect(response.status == .payloadTooLarge)
            #expect(response.body.string.contains("Det du skickade är för stort"))
        }
    }
}
