import Vapor
import Fluent
import Domain
import Views

/// Projects for everyone: the list with its filters and search, the print view, one project
/// (with the forms of what the viewer may do on it), and the Atom feed.
struct ProjectsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.projects(.list), .everyone, use: list)
        routes.get(.projects(.print), .everyone, use: print)
        routes.get(.projects(.show(.key)), .everyone, use: show)
        routes.get(.projectsFeed, .everyone, use: feed)
    }

    static func filter(_ req: Request) -> ProjectStore.Filter {
        ProjectStore.Filter(FormFields((try? req.query.decode([String: String].self)) ?? [:]))
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let filter = Self.filter(req)
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let (rows, total) = try await ProjectStore.page(filter, page, on: req.db)
        let canStart = !(try await ProjectEditorController.owners(req)).isEmpty
        var options = try await Self.options(req)
        // The association filter offers the one chosen (from its page's link); the directory is too long for a list.
        if let id = filter.association, let chosen = try await Association.find(id.uuid, on: req.db), chosen.status == .verified {
            options.associations = [Form.Option(chosen.typedID, chosen.name)]
        }
        let model = ProjectListPage(filters: filter.values, items: try req.paged(items: try await ProjectStore.summaries(rows, on: req.db),
                                                                                  page: page, total: total),
                                    options: options, canStart: canStart)
        return req.html(model.render(try await req.page()))
    }

    static func options(_ req: Request) async throws -> ProjectListPage.Options {
        ProjectListPage.Options(
            districts: try await AssociationStore.districtOptions(on: req.db), goals: try await goalOptions(req),
            departments: try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all().map { Form.Option($0.typedID, $0.name) })
    }

    static func goalOptions(_ req: Request) async throws -> [Form.Option] {
        try await SustainableGoal.query(on: req.db).sort(\.$id).all().map { goal in
            Form.Option(String(goal.id!), "\(goal.id!). \(req.language == .en ? goal.nameEn : goal.nameSv)")
        }
    }

    /// The matching projects as one list to print: at most 500, as the directory's print view.
    @Sendable func print(_ req: Request) async throws -> Response {
        let filter = Self.filter(req)
        let total = try await ProjectStore.query(filter, counting: true, on: req.db).count()
        let rows = try await ProjectStore.query(filter, on: req.db).limit(500).all()
        let model = ProjectPrintPage(items: try await ProjectStore.summaries(rows, on: req.db), total: total)
        return req.html(model.render(try await req.page()))
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        try await Self.render(req)
    }

    /// The project page as this person sees it; `failed` re-shows a refused action's form with its problems.
    static func render(_ req: Request, failed: ProjectActions.Action? = nil, form: FormState = FormState(),
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let project = try await ProjectStore.find(slug: req.parameters.get("slug"), on: req.db)
        let id = project.id!
        let rows = try await ProjectStore.partners(of: [id], on: req.db)
        let actor = req.actor.isSignedIn ? try await ProjectEvents.actor(req) : ProjectActor(req.actor, verifiedAssociations: [], coordinator: nil)
        let state = project.state(partners: rows)
        let names = try await ProjectStore.names(rows.compactMap(\.party), on: req.db)
        let summary = try await ProjectStore.summaries([project], on: req.db)[0]
        let canEdit = ProjectRules.mayEdit(state, by: actor)
        let others = rows.filter { $0.partyKey != project.ownerKey && ($0.status == .confirmed || canEdit || actor.speaks(for: $0.party!)) }
        let partners = others.compactMap { row in
            row.party.flatMap { names[$0] }.map { name in
                ProjectPage.Partner(party: row.partyKey, summary: .init(name: name.name, role: row.role, link: name.link), status: row.status,
                                    commitment: row.commitment)
            }
        }
        let goals = try await goalOptions(req)
        let entries = try await ProjectEntry.query(on: req.db).filter(\.$project.$id == id).sort(\.$at, .descending).limit(200).all()
        let answerable = ProjectRules.answerable(state, by: actor)
        let actions = ProjectActions(
            canEdit: canEdit,
            moves: ProjectRules.offers(.move, on: state, by: actor) ? project.status.next : [],
            canUpdate: ProjectRules.offers(.update, on: state, by: actor),
            canInvite: ProjectRules.offers(.invite, on: state, by: actor),
            answerable: answerable.map { Form.Option($0.description, names[$0]?.name ?? "") },
            removable: ProjectRules.offers(.remove, on: state, by: actor)
                ? partners.map { Form.Option($0.party, $0.summary.name) } : [],
            canFeature: ProjectRules.offers(.feature, on: state, by: actor), featured: project.featured,
            departments: ProjectRules.offers(.invite, on: state, by: actor)
                ? try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
                    .filter { Party.department($0.typedID) != state.owner }.map { Form.Option("d:\($0.typedID)", $0.name) } : [],
            failed: failed, form: form)
        let page = ProjectPage(
            summary: summary, text: project.summary, body: project.body, contactName: project.contactName, contactEmail: project.contactEmail,
            targetGroups: try await ProjectTargetGroup.query(on: req.db).filter(\.$project.$id == id).all().map(\.targetGroup)
                .sorted { $0.rawValue < $1.rawValue },
            goalNames: goals.filter { summary.goals.map(String.init).contains($0.value) }.map(\.label),
            partnership: project.partnership, partners: partners,
            timeline: entries.map { ProjectPage.Entry(at: $0.at, status: $0.status, body: $0.body, author: $0.author) },
            outcome: project.outcome, actions: actions,
            url: req.application.baseAddress + SiteURL.projects(.show(.value(project.slug))).path)
        return req.html(page.render(try await req.page()), status: status)
    }

    /// The latest changed projects, newest first; the same filters as the list.
    @Sendable func feed(_ req: Request) async throws -> Response {
        let rows = try await ProjectStore.query(Self.filter(req), on: req.db).limit(50).all()
        let items = try await ProjectStore.summaries(rows, on: req.db)
        let base = req.application.baseAddress
        let words = Wording(req.language)
        let xml = AtomFeed.render(
            id: base + SiteURL.projectsFeed.path, title: words.t("projects.feedTitle", ["municipality": req.application.municipality.name]),
            selfLink: base + SiteURL.projectsFeed.path, alternate: base + SiteURL.projects(.list).path,
            updated: items.map(\.updatedAt).max() ?? Date(timeIntervalSince1970: 0),
            entries: zip(rows, items).map { row, item in
                AtomFeed.Entry(id: "urn:uuid:\(ProjectID(row.id!))", title: item.title,
                               link: base + SiteURL.projects(.show(.value(item.slug))).path, updated: item.updatedAt,
                               summary: "\(words.t("projects.status.\(item.status.rawValue)")). \(item.easyRead)")
            })
        return Response.atom(xml)
    }
}

extension Response {
    /// An Atom feed (RFC 4287) as a response.
    static func atom(_ xml: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "atom+xml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: xml))
    }
}
