@testable import App
import Testing
import Vapor
import Fluent
import Domain

/// With words, a goal, a district or a target group is a word of the search index on SQLite
/// (IndexProjectTags), on PostgreSQL a lexeme of the search vector (IndexProjectTagsOnPostgres).
/// Either way the answer is the plain one.
@Suite("Project search with tags: the same projects as the plain query, kept current by whatever writes the tags")
struct ProjectSearchTagsTests {
    static func found(_ ctx: TestApp.Context, words: String, goal: Int?, district: UUID?, group: TargetGroup?) async throws -> Set<UUID> {
        var filter = ProjectStore.Filter()
        filter.terms = SearchTerms(words)
        filter.goal = goal.flatMap(Sdg.init)
        filter.district = district.map(DistrictID.init)
        filter.targetGroup = group
        return Set(try await ProjectStore.query(filter, on: ctx.app.db).all().map { $0.id! })
    }

    @Test("every goal, district and target group with words finds what the plain query finds; tags added and removed count at once")
    func sameAsPlain() async throws {
        try await TestApp.run { ctx in
            let db = ctx.app.db
            // The plain answer: the words alone, then the tags read from their tables.
            var tagged: [String: Set<UUID>] = [:]
            for row in try await ProjectGoal.query(on: db).all() { tagged["g\(row.goal)", default: []].insert(row.$project.id) }
            for row in try await ProjectDistrict.query(on: db).all() { tagged["d\(row.districtID)", default: []].insert(row.$project.id) }
            for row in try await ProjectTargetGroup.query(on: db).all() { tagged["t\(row.targetGroup)", default: []].insert(row.$project.id) }
            func plain(_ words: String, _ tags: [String]) async throws -> Set<UUID> {
                tags.reduce(try await Self.found(ctx, words: words, goal: nil, district: nil, group: nil)) { $0.intersection(tagged[$1] ?? []) }
            }
            let districts = try await District.query(on: db).all().map { $0.id! }
            var combinations: [(words: String, goal: Int?, district: UUID?, group: TargetGroup?)] = (1...17).map { ("föreningar", $0, nil, nil) }
            combinations += districts.map { ("unga", nil, $0, nil) } + TargetGroup.allCases.map { ("barn", nil, nil, $0) }
            combinations += TargetGroup.allCases.map { ("föreningar", 4, districts[0], $0) }
            var nonEmpty = 0
            for c in combinations {
                let tags = [c.goal.map { "g\($0)" }, c.district.map { "d\($0)" }, c.group.map { "t\($0)" }].compactMap { $0 }
                let expected = try await plain(c.words, tags)
                #expect(try await Self.found(ctx, words: c.words, goal: c.goal, district: c.district, group: c.group) == expected, "\(c)")
                nonEmpty += expected.isEmpty ? 0 : 1
            }
            #expect(nonEmpty >= 5, "the demo's words and tags should find something")
            // A tag is no word a visitor can search for.
            #expect(try await Self.found(ctx, words: "g4", goal: nil, district: nil, group: nil).isEmpty)
            #expect(try await Self.found(ctx, words: "tyouth", goal: nil, district: nil, group: nil).isEmpty)
            // Tags written and removed are found at once, whoever writes them.
            let project = try #require(try await Project.query(on: ctx.app.db).filter(\.$title == "Läxhjälp i Vivalla").first())
            let goals = Set(try await ProjectGoal.query(on: ctx.app.db).filter(\.$project.$id == project.id!).all().map(\.goal))
            let other = try #require((1...17).first { !goals.contains($0) })
            #expect(!(try await Self.found(ctx, words: "läxhjälp", goal: other, district: nil, group: nil)).contains(project.id!))
            try await ProjectGoal(projectID: project.id!, goal: other).create(on: ctx.app.db)
            #expect(try await Self.found(ctx, words: "läxhjälp", goal: other, district: nil, group: nil).contains(project.id!))
            let (_, api) = try await ctx.json("/api/v1/projects?q=l%C3%A4xhj%C3%A4lp&goal=\(other)")
            #expect(((api as? [String: Any])?["items"] as? [[String: Any]])?.contains { $0["id"] as? String == project.id!.uuidString } == true)
            try await ProjectGoal.query(on: ctx.app.db).filter(\.$project.$id == project.id!).filter(\.$goal == other).delete()
            #expect(!(try await Self.found(ctx, words: "läxhjälp", goal: other, district: nil, group: nil)).contains(project.id!))
            // A title changed keeps its tags in the index.
            let first = try #require(goals.first)
            project.title = "Läxhjälp och språkcafé i Vivalla"
            try await project.save(on: ctx.app.db)
            #expect(try await Self.found(ctx, words: "språkcafé", goal: first, district: nil, group: nil).contains(project.id!))
        }
    }

    @Test("PostgreSQL's migration of the tags (74) reverted and run again: the same projects before and after")
    func migrationRoundTrip() async throws {
        try await TestApp.run { ctx in
            let districts = try await District.query(on: ctx.app.db).all().map { $0.id! }
            func answers() async throws -> [Set<UUID>] {
                var found = [try await Self.found(ctx, words: "föreningar", goal: 4, district: nil, group: nil)]
                found.append(try await Self.found(ctx, words: "unga", goal: nil, district: districts[0], group: .youth))
                return found
            }
            let before = try await answers()
            #expect(before.allSatisfy { !$0.isEmpty }, "the demo's projects should be found")
            try await IndexProjectTagsOnPostgres().revert(on: ctx.app.db)
            if ctx.app.db.isPostgres {
                // The code searches the tags as lexemes, which the reverted vector no longer holds.
                #expect(try await answers().allSatisfy(\.isEmpty))
            }
            try await IndexProjectTagsOnPostgres().prepare(on: ctx.app.db)
            #expect(try await answers() == before)
        }
    }
}
