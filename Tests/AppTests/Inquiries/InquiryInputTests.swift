@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Inquiries: bad input, double submits, overdue digest")
struct InquiryInputTests {
    @Test("bad input gets a clear message in the reader's language, and nothing is stored", arguments: [
        (["question": ""], "Skriv din fråga", "Write your question"),
        (["question": String(repeating: "ord ", count: 5_000)], "Skriv högst 5000 tecken.", "Write at most 5000 characters."),
        (["email": "inte@en"], "Skriv en e-postadress", "Enter an e-mail address"),
    ])
    func badInput(fields: [String: String], swedish: String, english: String) async throws {
        try await TestApp.run { ctx in
            let before = try await ctx.app.count(Inquiry.self)
            let mailsBefore = try await ctx.app.count(OutboxMessage.self)
            let browser = ctx.browser()
            let response = try await browser.submit("/kontakt/fraga", TestApp.Context.question.merging(fields) { $1 })
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("error-summary") && response.body.string.contains(swedish))
            // The GOV.UK pattern: the title says there is an error, and the summary comes before "how it works".
            #expect(response.body.string.contains("<title>Fel: "))
            let body = response.body.string
            #expect(body.range(of: "id=\"error-summary\"")!.lowerBound < (body.range(of: "name=\"topic\"")?.lowerBound ?? body.endIndex))
            #expect(!body.contains("id=\"how-heading\""))
            // what was typed comes back
            #expect(response.body.string.contains("Kim Frågare"))
            try await browser.get("/lang/en?return=/")
            let inEnglish = try await browser.submit("/kontakt/fraga", TestApp.Context.question.merging(fields) { $1 })
            #expect(inEnglish.body.string.contains(english))
            #expect(try await ctx.app.count(Inquiry.self) == before)
            #expect(try await ctx.app.count(OutboxMessage.self) == mailsBefore)
        }
    }

    @Test("the same form sent twice makes one inquiry, also at the same moment")
    func doubleSubmit() async throws {
        try await TestApp.run { ctx in
            let before = try await ctx.app.count(Inquiry.self)
            let browser = ctx.browser()
            try await browser.get("/kontakt/fraga")
            let token = try #require(browser.csrfToken), nonce = try #require(browser.submissionNonce)
            let fields = TestApp.Context.question.merging(["_submission": nonce]) { $1 }
            let tab = browser.tab()
            async let a = browser.post("/kontakt/fraga", fields, csrf: token)
            async let b = tab.post("/kontakt/fraga", fields, csrf: token)
            let (first, second) = try await (a, b)
            #expect(first.status == .seeOther && second.status == .seeOther)
            #expect(first.location == second.location)
            let third = try await browser.post("/kontakt/fraga", fields, csrf: token)
            #expect(third.location == first.location)
            #expect(try await ctx.app.count(Inquiry.self) == before + 1)
        }
    }

    @Test("references are numbered without gaps or repeats, also when sent at once")
    func numbering() async throws {
        try await TestApp.run { ctx in
            let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
                for n in 0..<8 {
                    // Eight people, each with an address of their own (one address gets at most three receipts an hour).
                    group.addTask { try await ctx.ask(TestApp.Context.question.merging(["question": "Fråga \(n)", "email": "kim\(n)@example.org"]) { $1 }).2.number }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(Set(numbers).count == 8)
            #expect(numbers.max()! - numbers.min()! == 7)
        }
    }

    @Test("once each working morning, overdue inquiries are listed to the department's contact-network member")
    func overdueDigest() async throws {
        try await TestApp.run { ctx in
            let (_, _, inquiry) = try await ctx.ask(TestApp.Context.question.merging(["topic": "socialSupport"]) { $1 })
            ctx.clock.advance(by: 8 * 86_400) // Tuesday 24th, 08:00: past the promise of Monday 23rd
            #expect(try await OverdueDigest.run(ctx.app) >= 1)
            let mail = try #require(try await ctx.mails(to: DemoInquiries.socialContact).last)
            #expect(mail.body.contains(inquiry.reference) && mail.subject.contains("Socialförvaltningen"))
            #expect(try await OverdueDigest.run(ctx.app) == 0) // not twice the same day
            let handler = try await ctx.signedIn(Demo.admin)
            try await handler.get("/handlaggning/arenden?overdue=on&topic=socialSupport")
            #expect(handler.lastBody.contains(inquiry.reference) && handler.lastBody.contains("Försenat sedan 23 november 2026"))
        }
    }
}
