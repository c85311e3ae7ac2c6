@testable import App
import Testing
import Vapor
import Fluent

@Suite("The same form sent twice changes things once")
struct DoubleSubmitTests {
    static let fields = ["name": "Dubbelklickarna", "description": "Vi klickar två gånger.", "categories[0]": "culture"]

    @Test("a repeat of a sent form is answered with where the first one led, and makes nothing new")
    func sequential() async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.signedIn(Demo.member)
            try await browser.get("/foreningar/ny")
            let nonce = try #require(browser.submissionNonce)
            let token = try #require(browser.csrfToken)
            let first = try await browser.post("/foreningar/ny", Self.fields.merging(["_submission": nonce]) { $1 }, csrf: token)
            let second = try await browser.post("/foreningar/ny", Self.fields.merging(["_submission": nonce]) { $1 }, csrf: token)
            #expect(first.status == .seeOther)
            #expect(second.status == .seeOther)
            #expect(second.location == first.location)
            #expect(try await Association.query(on: ctx.app.db).filter(\.$name == "Dubbelklickarna").count() == 1)
        }
    }

    @Test("two copies at the same moment make one association")
    func concurrent() async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.signedIn(Demo.member)
            try await browser.get("/foreningar/ny")
            let tab = browser.tab()
            async let a = browser.post("/foreningar/ny", Self.fields)
            async let b = tab.post("/foreningar/ny", Self.fields)
            let (first, second) = try await (a, b)
            #expect(first.status == .seeOther && second.status == .seeOther)
            #expect(try await Association.query(on: ctx.app.db).filter(\.$name == "Dubbelklickarna").count() == 1)
        }
    }

    @Test("a new page gives its form a new nonce, so a second, deliberate registration is not taken for a repeat")
    func freshNonce() async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.signedIn(Demo.member)
            try await browser.get("/foreningar/ny")
            try await browser.post("/foreningar/ny", Self.fields)
            try await browser.get("/foreningar/ny")
            try await browser.post("/foreningar/ny", Self.fields.merging(["name": "Andra föreningen"]) { $1 })
            #expect(try await Association.query(on: ctx.app.db).filter(\.$createdBy != nil).filter(\.$source == "registered")
                .filter(\.$name ~~ ["Dubbelklickarna", "Andra föreningen"]).count() == 2)
        }
    }
}
