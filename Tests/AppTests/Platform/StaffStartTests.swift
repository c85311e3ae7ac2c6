@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("The staff start page: each staff role's work, counted and linked, in one place")
struct StaffStartTests {
    @Test("a department's handler sees its inbox counts, its consultations with their next step, and the menu leads there")
    func handler() async throws {
        try await TestApp.run { ctx in
            let staff = try await ctx.signedIn(Demo.staff)
            let page = try await staff.get("/handlaggning")
            let body = page.body.string
            #expect(page.status == .ok && body.contains("Kultur- och fritidsförvaltningen"))
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let open = try await Inquiry.query(on: ctx.app.db).filter(\.$department.$id == culture.id!)
                .filter(\.$status ~~ InboxController.open).count()
            #expect(body.contains("\(open) öppna frågor"))
            let consultation = try #require(try await Consultation.query(on: ctx.app.db).filter(\.$department.$id == culture.id!)
                .filter(\.$compiledAt == nil).first())
            #expect(body.contains(consultation.title) && body.contains("/handlaggning/samrad/\(consultation.slug)"))
            #expect(body.contains("href=\"/handlaggning\"") && body.contains("aria-current"))
        }
    }

    @Test("the contact-network person sees the review queue; people without a staff role are refused")
    func roles() async throws {
        try await TestApp.run { ctx in
            let network = try await ctx.signedIn(DemoInquiries.socialContact)
            let page = try await network.get("/handlaggning")
            #expect(page.status == .ok && page.body.string.contains("Föreningar att granska"))
            #expect(try await ctx.signedIn(Demo.member).get("/handlaggning").status == .forbidden)
            #expect(try await ctx.signedIn(Demo.council).get("/handlaggning").status == .forbidden)
        }
    }
}
