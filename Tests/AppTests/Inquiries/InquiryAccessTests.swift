@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Inquiries: who sees what")
struct InquiryAccessTests {
    @Test("a handler of department A gets 404 for an inquiry of department B; admins see all")
    func otherDepartment() async throws {
        try await TestApp.run { ctx in
            let (_, _, inquiry) = try await ctx.ask(TestApp.Context.question.merging(["topic": "socialSupport"]) { $1 })
            #expect(inquiry.department.slug == "socialforvaltningen")
            let culture = try await ctx.signedIn(DemoInquiries.cultureHandler)
            #expect(try await culture.get("/handlaggning/arenden/\(inquiry.reference)").status == .notFound)
            try await culture.get("/handlaggning/arenden")
            #expect(!culture.lastBody.contains(inquiry.reference))
            try await culture.get("/konto")
            #expect(try await culture.post("/handlaggning/arenden/\(inquiry.reference)/svara", ["reply": "Hej"]).status == .notFound)
            let admin = try await ctx.signedIn(Demo.admin)
            #expect(try await admin.get("/handlaggning/arenden/\(inquiry.reference)").status == .ok)
            try await admin.get("/handlaggning/arenden?topic=socialSupport&status=received")
            #expect(admin.lastBody.contains(inquiry.reference))
        }
    }

    @Test("staff who are not entry-point handlers do not reach the inbox")
    func notHandler() async throws {
        try await TestApp.run { ctx in
            let social = try await ctx.signedIn(DemoInquiries.socialContact)
            #expect(try await social.get("/handlaggning/arenden").status == .forbidden)
        }
    }

    @Test("the private link shows that one inquiry, to anyone who has it, and nothing else")
    func privateLink() async throws {
        try await TestApp.run { ctx in
            let (_, path, inquiry) = try await ctx.ask()
            let (_, otherPath, other) = try await ctx.ask(TestApp.Context.question.merging(["question": "En helt annan fråga."]) { $1 })
            let stranger = ctx.browser()
            let page = try await stranger.get(path)
            #expect(page.status == .ok && page.body.string.contains(inquiry.reference) && !page.body.string.contains(other.reference))
            #expect(page.headers.first(name: .cacheControl) == "private, no-store")
            #expect(page.headers.first(name: "Referrer-Policy") == "same-origin")
            #expect(page.headers.first(name: "X-Robots-Tag") == "noindex")
            #expect(try await stranger.get(otherPath).body.string.contains("En helt annan fråga."))
            // the token is 256 bits; a wrong or shortened one finds nothing
            let token = String(path.split(separator: "/").last!)
            #expect(token.count >= 43)
            let altered = String(token.dropLast()) + (token.hasSuffix("A") ? "B" : "A")
            #expect(try await stranger.get("/kontakt/arende/" + altered).status == .notFound)
            #expect(try await stranger.get("/kontakt/arende/kort").status == .notFound)
            // the reference alone does not open it
            #expect(try await stranger.get("/kontakt/mina-arenden/\(inquiry.reference)").status == .seeOther)
        }
    }

    @Test("a representative follows the inquiries of their associations; other members get 404")
    func representatives() async throws {
        try await TestApp.run { ctx in
            let association = try await ctx.association("Frågeföreningen", representative: Demo.member)
            let member = try await ctx.signedIn(Demo.member)
            try await member.get("/kontakt/fraga")
            #expect(member.lastBody.contains("Frågeföreningen"))
            let (_, _, inquiry) = try await ctx.ask(TestApp.Context.question.merging(["associationID": association.id!.uuidString]) { $1 },
                                                    browser: member)
            #expect(inquiry.associationID == association.id && inquiry.submitterID != nil)
            // a second representative, who did not send it, sees it too
            let colleague = try await ctx.registeredUser("kollega@example.org")
            try await ctx.app.change(label: "test") { change in
                let user = try await User.query(on: change.db).filter(\.$email == "kollega@example.org").first()!
                try await Representative(associationID: association.id!, userID: user.id!).create(on: change.db)
                try await change.audit("test", "test", "test")
            }
            try await colleague.get("/kontakt/mina-arenden")
            #expect(colleague.lastBody.contains(inquiry.reference))
            #expect(try await colleague.get("/kontakt/mina-arenden/\(inquiry.reference)").status == .ok)
            // someone else gets "not found", also for the actions
            let outsider = try await ctx.registeredUser("utomstaende@example.org")
            #expect(try await outsider.get("/kontakt/mina-arenden/\(inquiry.reference)").status == .notFound)
            try await outsider.get("/konto")
            #expect(try await outsider.post("/kontakt/mina-arenden/\(inquiry.reference)/komplettera", ["message": "x"]).status == .notFound)
            try await outsider.get("/kontakt/mina-arenden")
            #expect(!outsider.lastBody.contains(inquiry.reference))
            // a member cannot send for an association they do not represent
            let response = try await ctx.browser().submit("/kontakt/fraga",
                                                          TestApp.Context.question.merging(["associationID": association.id!.uuidString]) { $1 })
            #expect(response.status == .unprocessableEntity)
        }
    }
}
