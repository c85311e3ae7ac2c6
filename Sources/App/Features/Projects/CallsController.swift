import Vapor
import Fluent
import Domain
import Views

/// Calls for partners for everyone: the list (open or closed), one call, and the Atom feed.
struct CallsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.calls(.list), .everyone, use: list)
        routes.get(.calls(.show(.key)), .everyone, use: show)
        routes.get(.callsFeed, .everyone, use: feed)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let open = req.query[String.self, at: "status"] != "closed"
        let today = CalendarDay(req.now)
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let openCount = try await CallStore.query(open: true, today: today, on: req.db).count()
        let closedCount = try await CallStore.query(open: false, today: today, on: req.db).count()
        let rows = try await CallStore.query(open: open, today: today, on: req.db).range(page.offset..<(page.offset + page.size)).all()
        let model = CallListPage(open: open, counts: (openCount, closedCount),
                                 items: try req.paged(items: try await CallStore.summaries(rows, today: today, on: req.db), page: page,
                                                      total: open ? openCount : closedCount),
                                 canPublish: Policy.allows(req.actor, .publishSupport))
        return req.html(model.render(try await req.page()))
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        let call = try await CallStore.find(slug: req.parameters.get("slug"), on: req.db)
        let id = call.id!
        let today = CalendarDay(req.now)
        let actor = req.actor.isSignedIn ? try await ProjectEvents.actor(req) : ProjectActor(req.actor, verifiedAssociations: [], coordinator: nil)
        let tags = try await CallStore.tags([id], on: req.db)
        let districtIDs = tags.filter { $0.kind == .district }.compactMap { UUID(uuidString: $0.value) }
        let districts = districtIDs.isEmpty ? [] : try await District.query(on: req.db).filter(\.$id ~~ districtIDs).all().map(\.name).sorted()
        let projects = try await Project.query(on: req.db).filter(\.$callID == id).sort(\.$createdAt).limit(50).all()
        let manages = CallRules.mayManage(call.state, by: actor)
        let answers = manages ? try await CallAnswer.query(on: req.db).filter(\.$call.$id == id).with(\.$association).sort(\.$createdAt).limit(500).all()
            .map { CallPage.Answer(id: $0.id!.uuidString.lowercased(), from: $0.association.name, status: $0.status, submittedAt: $0.createdAt) } : nil
        let page = CallPage(
            summary: try await CallStore.summaries([call], today: today, on: req.db)[0], text: call.summary, form: call.ladder,
            categories: tags.filter { $0.kind == .category }.compactMap { AssociationCategory(rawValue: $0.value) }.sorted { $0.rawValue < $1.rawValue },
            districts: districts, targetGroups: tags.filter { $0.kind == .targetGroup }.compactMap { TargetGroup(rawValue: $0.value) },
            contactName: call.contactName, contactEmail: call.contactEmail, projects: try await ProjectStore.summaries(projects, on: req.db),
            canAnswer: call.state.isOpen(on: today) && !actor.verifiedAssociations.isEmpty, answers: answers)
        return req.html(page.render(try await req.page()))
    }

    /// Open calls, soonest closing first.
    @Sendable func feed(_ req: Request) async throws -> Response {
        let today = CalendarDay(req.now)
        let rows = try await CallStore.query(open: true, today: today, on: req.db).limit(50).all()
        let items = try await CallStore.summaries(rows, today: today, on: req.db)
        let base = req.application.baseAddress
        let words = Wording(req.language)
        let xml = AtomFeed.render(
            id: base + SiteURL.callsFeed.path, title: words.t("calls.feedTitle", ["municipality": req.application.municipality.name]),
            selfLink: base + SiteURL.callsFeed.path, alternate: base + SiteURL.calls(.list).path,
            updated: rows.compactMap(\.updatedAt).max() ?? Date(timeIntervalSince1970: 0),
            entries: zip(rows, items).map { row, item in
                AtomFeed.Entry(id: "urn:uuid:\(row.id!.uuidString.lowercased())", title: item.title,
                               link: base + SiteURL.calls(.show(.value(item.slug))).path, updated: row.updatedAt ?? Date(timeIntervalSince1970: 0),
                               summary: "\(item.department). \(item.when(words)). \(item.easyRead)")
            })
        return Response.atom(xml)
    }
}
