@testable import App
import Testing
import Vapor
import Fluent
import Domain
import NIOConcurrencyHelpers

/// The projects API asks the database for each answer's ids, and keeps the items and the totals of
/// filters without words (`KeptItems`): each is made once, and made again after a project, a
/// partner or a department changes.
@Suite("Projects API: items kept between answers, retired by a change")
struct ProjectsAPIKeptItemsTests {
    static let page = "/api/v1/projects?per=5"

    static func items(_ ctx: TestApp.Context) async throws -> [[String: Any]] {
        let (status, body) = try await ctx.json(page)
        #expect(status == 200)
        return try #require((body as? [String: Any])?["items"] as? [[String: Any]])
    }

    @Test("the same page again makes no item; a project changed and a partner renamed show in the next answer")
    func keptAndRetired() async throws {
        try await TestApp.run { ctx in
            // setup: a page whose first project has a confirmed association partner
            let partner = try #require(try await ProjectPartner.query(on: ctx.app.db).filter(\.$status == .confirmed)
                .filter(\.$associationID != nil).first())
            let projectID = partner.$project.id, associationID = try #require(partner.associationID)
            try await ctx.app.change(label: "test") { change in
                let project = try #require(try await Project.find(projectID, on: change.db))
                project.updatedAt = change.now.addingTimeInterval(60)
                try await project.update(on: change.db)
                try await change.audit("project.update", "project", projectID.uuidString)
            }
            let first = try await Self.items(ctx)
            #expect(first.count == 5)
            #expect((first.first?["id"] as? String)?.uppercased() == projectID.uuidString.uppercased())

            // act: the same page again
            let made = ctx.app.projectItems.counts.made
            let again = try await Self.items(ctx)

            // check: the same answer, no item made
            #expect(again.map { $0["title"] as? String } == first.map { $0["title"] as? String })
            #expect(ctx.app.projectItems.counts.made == made)
            #expect(ctx.app.projectItems.counts.hits >= 5)

            // act: the project's title changes
            try await ctx.app.change(label: "test") { change in
                let project = try #require(try await Project.find(projectID, on: change.db))
                project.title = "Ett nytt namn på projektet"
                try await project.update(on: change.db)
                try await change.audit("project.update", "project", projectID.uuidString)
            }
            #expect(try await Self.items(ctx).first?["title"] as? String == "Ett nytt namn på projektet")

            // act: the partner association is renamed
            try await ctx.app.change(label: "test") { change in
                let association = try #require(try await Association.find(associationID, on: change.db))
                association.name = "Omdöpta föreningen"
                try await association.update(on: change.db)
                try await change.audit("association.update", "association", associationID.uuidString)
            }
            let named = try await Self.items(ctx).first?["associations"] as? [[String: Any]] ?? []
            #expect(named.contains { $0["name"] as? String == "Omdöpta föreningen" })
        }
    }

    @Test("a filter's total without words is counted once, kept, and counted again after a project changes")
    func totalsKept() async throws {
        try await TestApp.run { ctx in
            // setup: a project that is not ongoing, and the ongoing ones' second page (so the total is counted)
            let other = try #require(try await Project.query(on: ctx.app.db).filter(\.$status != .ongoing).first())
            func total() async throws -> Int {
                let (status, body) = try await ctx.json("/api/v1/projects?status=ongoing&per=2&page=2")
                #expect(status == 200)
                return try #require((body as? [String: Any])?["total"] as? Int)
            }
            let counted = try await Project.query(on: ctx.app.db).filter(\.$status == .ongoing).count()
            #expect(counted > 2)

            // act: the same filter twice, then another page of it
            let first = try await total(), second = try await total()
            let (_, body) = try await ctx.json("/api/v1/projects?status=ongoing&per=2&page=3")

            // check: counted once, right, and the same on every page
            #expect(first == counted && second == counted)
            #expect((body as? [String: Any])?["total"] as? Int == counted)
            #expect(ctx.app.projectTotals.counts.made == 1 && ctx.app.projectTotals.counts.hits == 2)

            // act: a project becomes ongoing
            try await ctx.app.change(label: "test") { change in
                let project = try #require(try await Project.find(other.id, on: change.db))
                project.status = .ongoing
                try await project.update(on: change.db)
                try await change.audit("project.update", "project", other.id!.uuidString)
            }

            // check: counted again, with it
            #expect(try await total() == counted + 1)
            #expect(ctx.app.projectTotals.counts.made == 2)
        }
    }

    @Test("an item made from a read that began before the items were dropped is not kept")
    func madeBeforeADropIsNotKept() async throws {
        try await TestApp.run { ctx in
            let kept = KeptItems<Int, String>(name: "test", scopes: .areas(.projects))
            let app = ctx.app
            _ = try await kept.items([1], app: app, on: app.db, id: { Int($0.prefix(1))! }) { _ in ["1 first"] }
            #expect(kept.count == 1)

            // act: while item 2 is made, a project changes and another answer drops and remakes item 1
            let two = try await kept.items([1, 2], app: app, on: app.db, id: { Int($0.prefix(1))! }) { missing in
                #expect(missing == [2])
                try await app.change(label: "test") { change in
                    try await change.audit("project.update", "project", UUID().uuidString)
                }
                let one = try await kept.items([1], app: app, on: app.db, id: { Int($0.prefix(1))! }) { _ in ["1 second"] }
                #expect(one == ["1 second"])
                return ["2 read before the change"]
            }

            // check: the answer has it, the cache does not
            #expect(two == ["1 first", "2 read before the change"])
            #expect(kept.count == 1)
            #expect(try await kept.items([1, 2], app: app, on: app.db, id: { Int($0.prefix(1))! }) { _ in ["2 again"] } == ["1 second", "2 again"])
        }
    }
}
