@testable import App
import Testing
import Vapor
import Fluent

/// Two people act on one inquiry at the same moment: the decision is made on the row as read
/// inside each write transaction, so the second sees what the first did. Run 20 times each.
@Suite("Inquiries: two at once make one change")
struct InquiryConcurrencyTests {
    @Test("two handlers claim at once: one claim, and a clear 'already claimed' for the other", arguments: 1...20)
    func claims(run: Int) async throws {
        try await TestApp.run { ctx in
            // setup
            let (_, _, inquiry) = try await ctx.ask()
            let first = try await ctx.signedIn(DemoInquiries.cultureHandler)
            let second = try await ctx.staff("andra.handlaggaren@example.org", department: inquiry.department.slug)
            let page = "/handlaggning/arenden/\(inquiry.reference)"
            try await first.get(page)
            try await second.get(page)
            // act
            async let one = first.post(page + "/ta", [:])
            async let two = second.post(page + "/ta", [:])
            let statuses = [try await one.status, try await two.status]
            // check
            #expect(statuses.sorted { $0.code < $1.code } == [.seeOther, .conflict], "run \(run)")
            let refused = statuses[0] == .conflict ? first : second
            #expect(refused.lastBody.contains("har redan tagit ärendet"))
            #expect(try await ctx.audits("inquiry.claim").count == 1)
            let entries = try await InquiryEntry.query(on: ctx.app.db).filter(\.$inquiry.$id == inquiry.id!).filter(\.$kind == .assigned).count()
            #expect(entries == 1)
            let stored = try await ctx.inquiry(inquiry.reference)
            #expect(stored.$assignee.id != nil && stored.status == .inProgress)
        }
    }

    @Test("the person who asked rates twice at once (two tabs): one rating", arguments: 1...20)
    func ratings(run: Int) async throws {
        try await TestApp.run { ctx in
            // setup
            let (asker, path, inquiry) = try await ctx.ask()
            let handler = try await ctx.signedIn(DemoInquiries.cultureHandler)
            let page = "/handlaggning/arenden/\(inquiry.reference)"
            try await handler.submit(page, to: page + "/stang", ["outcome": "answered", "closeMessage": "Lokalen är bokad."])
            let tab = ctx.browser()
            try await asker.get(path)
            try await tab.get(path)
            // act
            async let one = asker.post(path + "/betyg", ["rating": "5"])
            async let two = tab.post(path + "/betyg", ["rating": "1"])
            let statuses = [try await one.status, try await two.status]
            // check
            #expect(statuses.sorted { $0.code < $1.code } == [.seeOther, .conflict], "run \(run)")
            #expect(try await ctx.audits("inquiry.rate").count == 1)
            let rating = try await ctx.inquiry(inquiry.reference).rating
            #expect(rating == (statuses[0] == .seeOther ? 5 : 1))
        }
    }
}
