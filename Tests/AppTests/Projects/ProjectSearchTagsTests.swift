@testable import App
import Testing
import Vapor
import Fluent
import Domain

/// With words, a goal, a district or a target group is a word of the search index on SQLite
/// (IndexProjectTags); on PostgreSQL an `EXISTS`. Either way the answer is the plain one.
@Suite("Project search with tags: the same projects as the plain query, kept current by whatever writes the tags")
struct ProjectSearchTagsTests {
    /// The projects that have the words and every tag asked for, found the slow way: the words
    /// alone, then the tags read from their tables.
    static func plain(_ ctx: TestApp.Context, words: String, goal: Int?, district: UUID?, group: TargetGroup?) async throws -> Set<UUID> {
        var filter = ProjectStore.Filter()
        filter.terms = SearchTerms(words)
        var ids = Set(try await ProjectStore.query(filter, on: ctx.app.db).all().map { $0.id! })
        if let goal { ids.formIntersection(try await ProjectGoal.query(on: ctx.app.db).filter(\.$goal == goal).all().map { $0.$project.id }) }
        if let district { ids.formIntersection(try await ProjectDistrict.query(on: ctx.app.db).filter(\.$districtID == district).all().map { $0.$project.id }) }
        if let group { ids.formIntersection(try await ProjectTargetGroup.query(on: ctx.app.db).filter(\.$targetGroup == group).all().map { $0.$project.id }) }
        return ids
    }

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
            let districts = try await District.query(on: ctx.app.db).all().map { $0.id! }
            var asked = 0, nonEmpty = 0
            for words in ["i", "läxhjälp", "och"] {
                for goal in [nil] + Array(1...17) {
                    let expected = try await Self.plain(ctx, words: words, goal: goal, district: nil, group: nil)
                    #expect(try await Self.found(ctx, words: words, goal: goal, district: nil, group: nil) == expected, "\(words) goal \(goal ?? 0)")
                    asked += 1; nonEmpty += expected.isEmpty ? 0 : 1
                }
                for district in districts {
                    let expected = try await Self.plain(ctx, words: words, goal: nil, district: district, group: nil)
                    #expect(try await Self.found(ctx, words: words, goal: nil, district: district, group: nil) == expected, "\(words) \(district)")
                    nonEmpty += expected.isEmpty ? 0 : 1
                }
                for group in TargetGroup.allCases {
                    let expected = try await Self.plain(ctx, words: words, goal: 4, district: nil, group: group)
                    #expect(try await Self.found(ctx, words: words, goal: 4, district: nil, group: group) == expected, "\(words) 4 \(group)")
                }
            }
            #expect(asked == 54 && nonEmpty > 10)
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
}
