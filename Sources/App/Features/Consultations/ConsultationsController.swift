import Vapor
import Fluent
import Domain
import Views

/// Consultations for everyone: the list by status, one consultation, and the Atom feed.
struct ConsultationsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.consultations(.list), .everyone, use: list)
        routes.get(.consultations(.show(.key)), .everyone, use: show)
        routes.get(.consultationsFeed, .everyone, use: feed)
    }

    static func filter(_ req: Request) -> ConsultationStore.Filter {
        ConsultationStore.Filter(
            district: req.query[String.self, at: "district"].flatMap(DistrictID.init),
            category: req.query[String.self, at: "category"].flatMap(AssociationCategory.init(rawValue:)),
            department: req.query[String.self, at: "department"].flatMap(DepartmentID.init))
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let status = req.query[String.self, at: "status"].flatMap(ConsultationStatus.init(rawValue:)) ?? .open
        let filter = Self.filter(req)
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        var counts: [ConsultationStatus: Int] = [:]
        for option in ConsultationStatus.allCases {
            counts[option] = try await ConsultationStore.query(option, filter, now: req.now, on: req.db).count()
        }
        let rows = try await ConsultationStore.query(status, filter, now: req.now, on: req.db)
            .range(page.offset..<(page.offset + page.size)).all()
        let items = try await ConsultationStore.summaries(rows, now: req.now, on: req.db)
        var values: [String: String] = [:]
        values["district"] = filter.district?.description
        values["category"] = filter.category?.rawValue
        values["department"] = filter.department?.description
        let model = ConsultationListPage(
            status: status, counts: counts, filters: values, items: try req.paged(items: items, page: page, total: counts[status] ?? 0),
            districts: try await AssociationStore.districtOptions(on: req.db),
            departments: try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all().map { Form.Option($0.typedID, $0.name) })
        return req.html(model.render(try await req.page()))
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        guard let slug = req.parameters.get("slug"),
              let consultation = try await Consultation.query(on: req.db).filter(\.$slug == slug).with(\.$department).with(\.$categories).first()
        else { throw Abort(.notFound) }
        let canEdit = Policy.mayPublish(req.actor, for: DepartmentID(consultation.$department.id))
        // Before its announcement only the department sees it.
        guard consultation.announcedOn <= req.now || canEdit else { throw Abort(.notFound) }
        let summary = try await ConsultationStore.summaries([consultation], now: req.now, on: req.db)[0]
        let questions = ResponseController.questions(consultation)
        let visible = ResponseVisibility.isPublic(summary.status) || canEdit
        let pageRequest = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"), size: 20)
        let responses = visible ? try req.checked(try await ResponseStore.list(consultation, page: pageRequest, on: req.db))
            : Paged(items: [], page: pageRequest, total: try await ResponseStore.counts([consultation.id!], on: req.db)[consultation.id!] ?? 0)
        let invited = try await ConsultationInvitation.query(on: req.db).filter(\.$consultation.$id == consultation.id!)
            .with(\.$association).limit(500).all().map(\.association.name).sorted { AssociationName.sortKey($0) < AssociationName.sortKey($1) }
        let page = ConsultationPage(
            summary: summary, text: consultation.summary, body: consultation.body,
            links: consultation.links.split(whereSeparator: \.isNewline).map(String.init),
            questions: questions,
            categories: consultation.categories.map(\.category).sorted { $0.rawValue < $1.rawValue },
            entryPoint: consultation.department.entryPointCard, compilation: consultation.compilation, canEdit: canEdit,
            responses: ResponseList(items: responses, questions: questions, invited: invited, hidden: !visible))
        return req.html(page.render(try await req.page()))
    }

    /// Every announced consultation, newest change first; `?district=` for one district's.
    @Sendable func feed(_ req: Request) async throws -> Response {
        let filter = Self.filter(req)
        let query = Consultation.query(on: req.db).filter(\.$announcedOn <= req.now)
        try await ConsultationStore.narrow(query, filter, on: req.db)
        let rows = try await query.sort(\.$updatedAt, .descending).limit(50).all()
        let items = try await ConsultationStore.summaries(rows, now: req.now, on: req.db)
        let base = req.application.baseAddress
        let words = Wording(req.language)
        let selfLink = base + SiteURL.withQuery(SiteURL.consultationsFeed.path, [("district", filter.district?.description)])
        let xml = AtomFeed.render(
            id: selfLink, title: words.t("consultations.feedTitle", ["municipality": req.application.municipality.name]),
            selfLink: selfLink, alternate: base + SiteURL.consultations(.list).path,
            updated: items.map(\.updatedAt).max() ?? Date(timeIntervalSince1970: 0),
            entries: zip(rows, items).map { row, item in
                AtomFeed.Entry(id: "urn:uuid:\(ConsultationID(row.id!))", title: item.title,
                               link: base + SiteURL.consultations(.show(.value(item.slug))).path, updated: item.updatedAt,
                               summary: "\(item.when(words)). \(item.easyRead)")
            })
        return Response.atom(xml)
    }
}
