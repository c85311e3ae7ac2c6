@testable import App
import Testing
import Vapor
import Fluent

@Suite("State changes: one transaction with the audit row and the mail")
struct ChangeTests {
    struct Boom: Error {}

    @Test("a change that fails leaves neither its rows, its audit row nor its mail")
    func rollback() async throws {
        try await TestApp.run { ctx in
            let audits = try await ctx.app.count(AuditEntry.self)
            let districts = try await ctx.app.count(District.self)
            await #expect(throws: Boom.self) {
                try await ctx.app.change { change in
                    try await District(slug: "ny", name: "Ny", kind: .district, position: 99).create(on: change.db)
                    try await change.mail(to: "a@example.org", name: nil, subject: "s", body: "b")
                    try await change.audit("district.create", "district", "x")
                    throw Boom()
                }
            }
            #expect(try await ctx.app.count(AuditEntry.self) == audits)
            #expect(try await ctx.app.count(District.self) == districts)
            #expect(try await ctx.app.count(OutboxMessage.self) == 0)
        }
    }

    @Test("a change that writes no audit row is refused and rolled back")
    func auditRequired() async throws {
        try await TestApp.run { ctx in
            let districts = try await ctx.app.count(District.self)
            await #expect(throws: ChangeError.self) {
                try await ctx.app.change { change in
                    try await District(slug: "tyst", name: "Tyst", kind: .district, position: 99).create(on: change.db)
                }
            }
            #expect(try await ctx.app.count(District.self) == districts)
        }
    }

    @Test("a successful change commits its row, its audit row and its mail together")
    func commit() async throws {
        try await TestApp.run { ctx in
            try await ctx.app.change(label: "test") { change in
                try await District(slug: "ny", name: "Ny", kind: .district, position: 99).create(on: change.db)
                try await change.mail(to: "a@example.org", name: "A", subject: "Hej", body: "Text")
                try await change.audit("district.create", "district", "ny", "Ny")
            }
            let entry = try #require(try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "district.create").first())
            #expect(entry.actorLabel == "test")
            #expect(entry.at == TestApp.start)
            #expect(try await ctx.mails(to: "a@example.org").count == 1)
        }
    }
}
