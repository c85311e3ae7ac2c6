@testable import App
import Testing
import Vapor
import Fluent
import Domain
import Views

/// The API reads each project's goals, groups, districts and partners folded into text columns by
/// one statement (`ProjectsAPIRows`); here every demo project's item is held against the same facts
/// read plainly through the models, on whichever database the tests run.
@Suite("Projects API: every item says what the models say")
struct ProjectsAPIItemsTests {
    @Test("list, detail and open data: confirmed partners in the order invited, names with commas, sorted tags")
    func itemsMatchModels() async throws {
        try await TestApp.run { ctx in
            let db = ctx.app.db
            // A partner whose name has the list's own punctuation in it, and the separator of a partner's fields.
            let partner = try #require(try await ProjectPartner.query(on: db).filter(\.$status == .confirmed).filter(\.$associationID != nil).first())
            let association = try #require(try await Association.find(partner.associationID, on: db))
            association.name = "Förening, \"Kör\" & Co; a,b\u{1F}c"
            try await association.save(on: db)

            var listed: [String: [String: Any]] = [:]
            for page in 1...10 {
                let (status, body) = try await ctx.json("/api/v1/projects?per=20&page=\(page)")
                #expect(status == 200)
                let items = try #require((body as? [String: Any])?["items"] as? [[String: Any]])
                for item in items { listed[try #require(item["id"] as? String).uppercased()] = item }
                if items.count < 20 { break }
            }
            let projects = try await Project.query(on: db).all()
            #expect(listed.count == projects.count)
            let files = try #require(try JSONSerialization.jsonObject(with: Data(try await ctx.browser().get("/open-data/projects.json").body.string.utf8)) as? [[String: Any]])
            for project in projects {
                let id = try project.requireID()
                let expected = try await Self.expected(project, on: db)
                let item = try #require(listed[id.uuidString.uppercased()], "\(project.title)")
                Self.check(item, expected, project.title)
                #expect((item["url"] as? String)?.hasSuffix(SiteURL.projects(.show(.value(project.slug))).path) == true, "\(project.title)")
                let (_, detail) = try await ctx.json("/api/v1/projects/\(id.uuidString)")
                Self.check(try #require((detail as? [String: Any])?["project"] as? [String: Any]), expected, "detail of \(project.title)")
                let file = try #require(files.first { ($0["id"] as? String)?.uppercased() == id.uuidString.uppercased() })
                Self.check(file, expected, "open data of \(project.title)")
            }
            #expect(listed.values.contains { ($0["associations"] as? [[String: Any]])?.contains { $0["name"] as? String == association.name } == true })
        }
    }

    struct Expected {
        var districts: [String], groups: [String], goals: [Int]
        var associations: [[String]], departments: [[String]]
        var invited: [[String]: Date]
    }

    static func expected(_ project: Project, on db: any Database) async throws -> Expected {
        let id = try project.requireID()
        var districts: [String] = []
        for tag in try await ProjectDistrict.query(on: db).filter(\.$project.$id == id).all() {
            if let district = try await District.find(tag.districtID, on: db) { districts.append(district.slug) }
        }
        let groups = try await ProjectTargetGroup.query(on: db).filter(\.$project.$id == id).all().map(\.targetGroup.rawValue)
        let goals = try await ProjectGoal.query(on: db).filter(\.$project.$id == id).all().map(\.goal)
        var associations: [[String]] = [], departments: [[String]] = [], invited: [[String]: Date] = [:]
        let partners = try await ProjectPartner.query(on: db).filter(\.$project.$id == id).filter(\.$status == .confirmed).sort(\.$invitedAt).all()
        for partner in partners {
            if let associationID = partner.associationID {
                let name = try await Association.find(associationID, on: db)?.name ?? ""
                associations.append([associationID.uuidString.uppercased(), name, partner.role.rawValue])
                invited[associations.last!] = partner.invitedAt
            } else if let departmentID = partner.departmentID, let department = try await Department.find(departmentID, on: db) {
                departments.append([department.slug, department.name, partner.role.rawValue])
                invited[departments.last!] = partner.invitedAt
            }
        }
        return Expected(districts: districts.sorted(), groups: groups.sorted(), goals: goals.sorted(), associations: associations, departments: departments, invited: invited)
    }

    static func check(_ item: [String: Any], _ expected: Expected, _ what: String) {
        #expect(item["districts"] as? [String] == expected.districts, "\(what)")
        #expect(item["targetGroups"] as? [String] == expected.groups, "\(what)")
        #expect(item["goals"] as? [Int] == expected.goals, "\(what)")
        let associations = (item["associations"] as? [[String: Any]] ?? []).map { [($0["id"] as? String ?? "").uppercased(), $0["name"] as? String ?? "", $0["role"] as? String ?? ""] }
        let departments = (item["departments"] as? [[String: Any]] ?? []).map { [$0["slug"] as? String ?? "", $0["name"] as? String ?? "", $0["role"] as? String ?? ""] }
        // Partners invited at the same moment may come in either order; otherwise in the order invited.
        #expect(Set(associations) == Set(expected.associations) && associations.count == expected.associations.count, "\(what)")
        #expect(Set(departments) == Set(expected.departments) && departments.count == expected.departments.count, "\(what)")
        for side in [associations, departments] {
            let times = side.compactMap { expected.invited[$0] }
            #expect(times == times.sorted(), "\(what): partners in the order invited")
        }
    }
}
