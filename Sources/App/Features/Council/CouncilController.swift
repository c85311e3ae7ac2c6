import Vapor
import Fluent
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
        let directory = DirectoryQuery(req.db)
        let words = Wording(req.language)
        var cards: [CouncilMemberCard] = []
        for member in members {
            var clusters: [CouncilCluster] = []
            for category in member.categoryList {
                var filter = DirectoryQuery.Filter()
                filter.category = category
                clusters.append(try await Self.cluster(words.t("category.\(category.rawValue)"), filter, query: [("category", category.rawValue)], directory))
            }
            for district in member.districtList {
                guard let name = districts[district.uuid] else { continue }
                var filter = DirectoryQuery.Filter()
                filter.districtID = district.uuid
                clusters.append(try await Self.cluster(name, filter, query: [("district", district.description)], directory))
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

    /// A cluster as the directory sees it: how many public associations, and the first few names.
    private static func cluster(_ label: String, _ filter: DirectoryQuery.Filter, query: [(String, String?)],
                                _ directory: DirectoryQuery) async throws -> CouncilCluster {
        let found = try await directory.page(filter, Domain.PageRequest(number: 1, size: examplesPerCluster))
        return CouncilCluster(label: label, count: found.total, exact: found.totalIsExact,
                              link: SiteURL.associations(.directory).path(query: query), examples: found.items.map(\.name))
    }
}
