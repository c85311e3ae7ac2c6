@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("An association's cooperation history: for staff of every department, not found for anyone else")
struct CooperationHistoryTests {
    @Test("staff of any department read projects, answered calls and the highest step; others get 404")
    func readers() async throws {
        try await TestApp.run { ctx in
            let chosen = try #require(try await CallAnswer.query(on: ctx.app.db).filter(\.$status == .chosen).with(\.$association).first())
            let path = "/handlaggning/foreningar/\(chosen.association.slug)/historik"
            for email in [Demo.staff, DemoInquiries.socialContact, Demo.admin] {
                let page = try await ctx.signedIn(email).get(path)
                #expect(page.status == .ok, "\(email)")
                #expect(page.body.string.contains("Vi söker föreningar med kunskap om NPF"), "\(email)")
                #expect(page.body.string.contains("Högsta steget hittills: Partnerskap"), "\(email)")
            }
            #expect(try await ctx.browser().get(path).status == .notFound)
            #expect(try await ctx.signedIn(Demo.member).get(path).status == .notFound)
            #expect(try await ctx.signedIn(Demo.council).get(path).status == .notFound)
            #expect(try await ctx.signedIn(Demo.staff).get("/handlaggning/foreningar/finns-inte/historik").status == .notFound)
        }
    }

    @Test("another department's inquiry shows its subject and department, never its text or a link")
    func inquiriesOfOthers() async throws {
        try await TestApp.run { ctx in
            let inquiry = try #require(try await Inquiry.query(on: ctx.app.db).filter(\.$associationID != nil).with(\.$department).first())
            let association = try #require(try await Association.find(inquiry.associationID, on: ctx.app.db))
            let path = "/handlaggning/foreningar/\(association.slug)/historik"
            let staff = ["kultur-och-fritidsforvaltningen": Demo.staff, "socialforvaltningen": DemoInquiries.socialContact]
            let outsider = staff.first { $0.key != inquiry.department.slug }!.value
            let page = try await ctx.signedIn(outsider).get(path).body.string
            #expect(page.contains(inquiry.department.name))
            #expect(!page.contains(inquiry.question.prefix(40)) && !page.contains(inquiry.reference))
        }
    }
}
