import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// `/samverkansradet` for everyone: what the council does, how to reach it, its members and the
/// clusters each keeps in touch with (counted and named from the directory), its latest news and
/// its meetings. The coordinator keeps the roster; `MeetingsController` records the meetings.
struct CouncilController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.council(.home), .everyone, use: home)
        routes.get(.council(.newMember), .signedIn, use: newMember)
        routes.post(.council(.newMember), .signedIn, use: createMember)
        routes.get(.council(.editMember(.key)), .signedIn, use: editMember)
        routes.post(.council(.editMember(.key)), .signedIn, use: updateMember)
        MeetingsController<CouncilMeeting>(show: .council(.meeting(.key)), new: .council(.newMeeting), edit: .council(.editMeeting(.key)))
            .register(routes)
    }

    static let examplesPerCluster = 3

    @Sendable func home(_ req: Request) async throws -> Response {
        let members = try await CouncilMember.query(on: req.db).sort(\.$position).sort(\.$name).limit(100).all()
        let districtIDs = Set(members.flatMap(\.districtList).map(\.uuid))
        let districts = districtIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await District.query(on: req.db)
            .filter(\.$id ~~ Array(districtIDs)).all().map { ($0.id!, $0.name) })
        let sql = req.db as! any SQLDatabase
        let words = Wording(req.language)
        var cards: [CouncilMemberCard] = []
        for member in members {
            var clusters: [CouncilCluster] = []
            for category in member.categoryList {
                clusters.append(try await Self.cluster(words.t("category.\(category.rawValue)"), .category(category), sql))
            }
            for district in member.districtList {
                guard let name = districts[district.uuid] else { continue }
                clusters.append(try await Self.cluster(name, .district(district), sql))
            }
            cards.append(CouncilMemberCard(id: member.id!.uuidString.lowercased(), name: member.name, side: member.side, represents: member.represents,
                                           task: member.task, email: member.email, clusters: clusters))
        }
        let news = try await CouncilNews.query(on: req.db).sort(\.$publishedAt, .descending).limit(3).all()
        let coordinator = try await Department.query(on: req.db).filter(\.$isCoordinator == true).first()
        let page = CouncilPage(members: cards, news: news.map(\.summaryView), meetings: try await CouncilMeeting.list(req),
                               contactEmail: coordinator?.email ?? "", canManage: CouncilRules.mayManage(req.actor),
                               canWriteNews: CouncilRules.mayWriteNews(req.actor))
        return req.html(page.render(try await req.page()))
    }

    /// A cluster is counted no further than this: "more than 1 000" says as much about the palette
    /// as the exact number, and each cluster then costs at most that many index lookups (at
    /// 250 000 associations the page's twenty clusters took 3.5 s counted the directory's way).
    static let clusterCeiling = 1_000

    enum Tag {
        case category(AssociationCategory)
        case district(DistrictID)
    }

    /// A cluster as the directory shows it: how many public associations, and the first few names
    /// in directory order, each read along the tag's (tag, association) index. `CROSS JOIN` keeps
    /// SQLite counting from the tag's index, each association's status read from the
    /// (id, status, member_band) index; left to choose, it walked the verified associations'
    /// rows instead (1.4 s with a cold cache at 250 000). PostgreSQL orders the join itself.
    private static func cluster(_ label: String, _ tag: Tag, _ sql: any SQLDatabase) async throws -> CouncilCluster {
        let (table, column, value, query): (String, String, any Encodable & Sendable, (String, String?))
        switch tag {
        case .category(let category): (table, column, value, query) = ("association_categories", "category", category.rawValue, ("category", category.rawValue))
        case .district(let district): (table, column, value, query) = ("association_districts", "district_id", district.uuid, ("district", district.description))
        }
        let isPublic: SQLQueryString = "associations.status = \(bind: "verified")"
        let names = try await sql.raw("""
            SELECT name FROM associations WHERE \(isPublic) AND EXISTS (SELECT 1 FROM \(ident: table) t
            WHERE t.association_id = associations.id AND t.\(ident: column) = \(bind: value)) ORDER BY sort_key LIMIT \(literal: examplesPerCluster)
            """).all().map { try $0.decode(column: "name", as: String.self) }
        let counted = try await sql.raw("""
            SELECT COUNT(*) AS total FROM (SELECT 1 FROM \(ident: table) t CROSS JOIN associations
            WHERE associations.id = t.association_id AND t.\(ident: column) = \(bind: value) AND \(isPublic)
            LIMIT \(literal: clusterCeiling + 1)) AS matches
            """).first()?.decode(column: "total", as: Int.self) ?? 0
        return CouncilCluster(label: label, count: min(counted, clusterCeiling), exact: counted <= clusterCeiling,
                              link: SiteURL.associations(.directory).path(query: [query]), examples: names)
    }
}
