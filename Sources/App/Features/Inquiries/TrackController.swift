import Vapor
import Fluent
import Domain
import Views

/// The person who asked follows the inquiry: by the private link, or signed in among their own.
/// They can add information while it is open, reopen it within 30 days of closing, and rate the help.
struct TrackController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.inquiries(.mine), .signedIn, use: mine)
        for (key, access) in [(InquiryKey.token(.key), Access.everyone), (.reference(.key), .signedIn)] {
            routes.get(.inquiries(.show(key)), access, use: show)
            routes.post(.inquiries(.addInformation(key)), access, use: addInformation)
            routes.post(.inquiries(.reopen(key)), access, use: reopen)
            routes.post(.inquiries(.rate(key)), access, use: rate)
        }
    }

    /// The inquiry and how this request reached it; anything else is "not found".
    private func resolve(_ req: Request) async throws -> (Inquiry, InquiryKey, InquiryEvents.Approach) {
        if let token = req.parameters.get("token") {
            return (try await InquiryStore.find(token: token, on: req.db), .token(.value(token)), .privateLink)
        }
        let inquiry = try await InquiryStore.find(reference: req.parameters.get("reference"), on: req.db)
        guard Policy.isSubmitter(req.actor, of: try await InquiryStore.accessFacts(inquiry, on: req.db)) else { throw Abort(.notFound) }
        return (inquiry, .reference(.value(inquiry.reference)), .askerSignedIn)
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        try await render(req, form: FormState())
    }

    private func render(_ req: Request, form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let (inquiry, key, _) = try await resolve(req)
        try await inquiry.$assignee.load(on: req.db)
        let (association, district) = try await InquiryStore.names(association: inquiry.associationID, district: inquiry.districtID, on: req.db)
        let justSent = req.query[String.self, at: "sent"] == "1"
        let asker = InquiryActor(access: .submitter, user: req.currentUser?.ref, name: req.currentUser?.displayName ?? inquiry.name)
        let offers = { (kind: InquiryEvent.Kind) in InquiryRules.offers(kind, on: inquiry.state, by: asker, at: req.now) }
        let page = InquiryPage(
            key: key, summary: InquiryStore.summary(inquiry, association: association, district: district),
            timeline: try await InquiryStore.timeline(inquiry, publicOnly: true, on: req.db),
            privateLink: justSent ? InquiryNotices.link(inquiry, app: req.application) : nil,
            canAddInformation: offers(.addInformation), canReopen: offers(.reopen), canRate: offers(.rate), form: form)
        let response = req.html(page.render(try await req.page(forms: true)), status: status)
        // The address is the key to the inquiry: keep it out of shared caches and search engines
        // (the site-wide Referrer-Policy already keeps it from other sites).
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        response.headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex")
        return response
    }

    @Sendable func addInformation(_ req: Request) async throws -> Response {
        try await act(req, notice: "informationAdded") { .addInformation($0["message"]) }
    }

    @Sendable func reopen(_ req: Request) async throws -> Response {
        try await act(req, notice: "inquiryReopened") { .reopen(reason: $0["reason"]) }
    }

    @Sendable func rate(_ req: Request) async throws -> Response {
        try await act(req, notice: "thanksForRating") { fields in
            .rate(Int(fields["rating"]), comment: fields["comment"])
        }
    }

    private func act(_ req: Request, notice: String, _ event: @escaping @Sendable (FormFields) -> InquiryEvent) async throws -> Response {
        let (inquiry, key, approach) = try await resolve(req)
        let id = inquiry.id!
        return try await req.answerForm(render: { form, status in
            try await render(req, form: form, status: status)
        }, perform: { fields in
            try await InquiryEvents.perform(on: id, approach: approach, by: req) { _, _ in event(fields) }
            return SiteURL.inquiries(.show(key)).path(query: [("notice", notice)])
        })
    }

    @Sendable func mine(_ req: Request) async throws -> Response {
        let actor = req.actor
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let query = Inquiry.query(on: req.db).group(.or) { group in
            group.filter(\.$submitterID == actor.userID?.uuid)
            if !actor.associationIDs.isEmpty { group.filter(\.$associationID ~~ actor.associationIDs.map(\.uuid)) }
        }
        let total = try await query.count()
        let rows = try await query.with(\.$department).sort(\.$receivedAt, .descending).range(page.offset..<(page.offset + page.size)).all()
        let names = try await Association.query(on: req.db).filter(\.$id ~~ rows.compactMap(\.associationID)).all()
        let items = rows.map { inquiry in
            MyInquiriesPage.Row(reference: inquiry.reference, topic: inquiry.topic, status: inquiry.status, receivedAt: inquiry.receivedAt,
                                department: inquiry.department.name,
                                association: names.first { $0.id == inquiry.associationID }?.name)
        }
        return req.html(MyInquiriesPage(rows: try req.paged(items: items, page: page, total: total)).render(try await req.page()))
    }
}
