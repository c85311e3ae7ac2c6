@testable import App
import Testing
import Vapor
import Fluent

@Suite("Associations: two staff decide at once")
struct ReviewConcurrencyTests {
    @Test("approve and reject of one association at once: one outcome, one audit row, a clear message for the other", arguments: 1...20)
    func approveAndReject(run: Int) async throws {
        try await TestApp.run { ctx in
            // setup
            let association = try await ctx.association("Väntande föreningen \(run)", status: .pending, representative: Demo.member)
            let approver = try await ctx.signedIn(Demo.staff)
            let rejecter = try await ctx.staff("granskare@example.org", department: "socialforvaltningen", handler: false)
            let page = "/handlaggning/foreningar/\(association.slug)"
            try await approver.get(page)
            try await rejecter.get(page)
            // act
            async let approve = approver.post(page + "/beslut", ["decision": "verify"])
            async let reject = rejecter.post(page + "/beslut", ["decision": "reject", "message": "Föreningen finns inte i Örebro."])
            let statuses = [try await approve.status, try await reject.status]
            // check
            #expect(statuses.sorted { $0.code < $1.code } == [.seeOther, .conflict], "run \(run)")
            let decided = try await ctx.audits("association.verify") + (try await ctx.audits("association.reject"))
            #expect(decided.count == 1)
            let stored = try await Association.find(association.id!, on: ctx.app.db)!
            #expect(stored.status == (statuses[0] == .seeOther ? .verified : .rejected))
            let loser = statuses[0] == .conflict ? approver : rejecter
            #expect(loser.lastBody.contains("någon annan hann före"))
            #expect(try await ctx.mails(to: Demo.member).count == 1)
        }
    }
}
