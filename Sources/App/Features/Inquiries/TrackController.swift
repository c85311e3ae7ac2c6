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
    private func resolve(_ req: Request) async throws -> (Inquiry, InquiryKey) {
        if let token = req.parameters.get("token") {
            return (try await InquiryStore.find(token: token, on: req.db), .token(.value(token)))
        }
        let inquiry = try await InquiryStore.find(reference: req.parameters.get("reference"), on: req.db)
        guard Policy.isSubmitter(req.actor, of: try await InquiryStore.accessFacts(inquiry, on: req.db)) else { throw Abort(.notFound) }
        return (inquiry, .reference(.value(inquiry.reference)))
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        let (inquiry, key) = try await resolve(req)
        return try await render(req, inquiry, key: key, form: FormState())
    }

    private func render(_ req: Request, _ inquiry: Inquiry, key: InquiryKey, form: FormState,
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let (association, district) = try await InquiryStore.names(association: inquiry.associationID, district: inquiry.districtID, on: req.db)
        let justSent = req.query[String.self, at: "sent"] == "1"
        let page = InquiryPage(
            key: key, summary: InquiryStore.summary(inquiry, association: association, district: district),
            timeline: try await InquiryStore.timeline(inquiry, publicOnly: true, on: req.db),
            privateLink: justSent ? InquiryNotices.link(inquiry, app: req.application) : nil,
            canAddInformation: inquiry.status.allows(.addInformation),
            canReopen: inquiry.status == .closed && InquiryStatus.mayReopen(closedAt: inquiry.closedAt, now: req.now),
            canRate: inquiry.status == .closed && inquiry.rating == nil, form: form)
        let response = req.html(page.render(try await req.page(forms: true)), status: status)
        // The address is the key to the inquiry: keep it out of shared caches and search engines
        // (the site-wide Referrer-Policy already keeps it from other sites).
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        response.headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex")
        return response
    }

    struct Input: Content {
        var message: String?
        var reason: String?
        var rating: String?
        var comment: String?
    }

    @Sendable func addInformation(_ req: Request) async throws -> Response {
        let (inquiry, key) = try await resolve(req)
        let message = try req.content.decode(Input.self).message ?? ""
        var checks = FieldChecks()
        checks.require(message, "message", max: InquiryDraft.questionLimit)
        guard let next = inquiry.status.after(.addInformation) else { throw Abort(.conflict) }
        guard checks.isValid else { return try await render(req, inquiry, key: key, form: Self.state(message: message, checks), status: .unprocessableEntity) }
        let author = req.currentUser?.displayName ?? inquiry.name
        try await req.change { change in
            let before = inquiry.status
            inquiry.status = next
            try await inquiry.update(on: change.db)
            try await InquiryEntry(inquiryID: inquiry.id!, at: change.now, kind: .information, isPublic: true, authorID: req.currentUser?.id,
                                   authorLabel: author, body: message.trimmingWhitespace()).create(on: change.db)
            try await change.audit("inquiry.information", "inquiry", inquiry.id!.uuidString, "\(inquiry.reference): \(before.rawValue) → \(next.rawValue)")
        }
        return req.seeOther(SiteURL.inquiries(.show(key)).path(query: [("notice", "informationAdded")]))
    }

    @Sendable func reopen(_ req: Request) async throws -> Response {
        let (inquiry, key) = try await resolve(req)
        let reason = try req.content.decode(Input.self).reason ?? ""
        guard let next = inquiry.status.after(.reopen), InquiryStatus.mayReopen(closedAt: inquiry.closedAt, now: req.now) else {
            throw Abort(.conflict)
        }
        var checks = FieldChecks()
        checks.require(reason, "reason", max: InquiryDraft.questionLimit)
        guard checks.isValid else {
            return try await render(req, inquiry, key: key, form: FormState(values: ["reason": reason], errors: checks.errors), status: .unprocessableEntity)
        }
        let app = req.application
        try await req.change { change in
            inquiry.status = next
            inquiry.closedAt = nil
            inquiry.outcome = nil
            try await inquiry.update(on: change.db)
            try await InquiryEntry(inquiryID: inquiry.id!, at: change.now, kind: .reopened, isPublic: true, authorID: req.currentUser?.id,
                                   authorLabel: req.currentUser?.displayName ?? inquiry.name, body: reason.trimmingWhitespace()).create(on: change.db)
            try await change.audit("inquiry.reopen", "inquiry", inquiry.id!.uuidString, "\(inquiry.reference): closed → reopened")
            try await InquiryNotices.arrived(inquiry, at: inquiry.department, app: app, in: change)
        }
        return req.seeOther(SiteURL.inquiries(.show(key)).path(query: [("notice", "inquiryReopened")]))
    }

    @Sendable func rate(_ req: Request) async throws -> Response {
        let (inquiry, key) = try await resolve(req)
        let input = try req.content.decode(Input.self)
        guard inquiry.status == .closed, inquiry.rating == nil else { throw Abort(.conflict) }
        var checks = FieldChecks()
        let rating = Int(input.rating ?? "").flatMap { (1...5).contains($0) ? $0 : nil }
        if rating == nil { checks.add("rating", "error.choose") }
        checks.limit(input.comment ?? "", "comment", max: 2000)
        guard let rating, checks.isValid else {
            return try await render(req, inquiry, key: key, form: FormState(values: ["rating": input.rating ?? "", "comment": input.comment ?? ""],
                                                                            errors: checks.errors), status: .unprocessableEntity)
        }
        try await req.change { change in
            inquiry.rating = rating
            inquiry.ratingComment = (input.comment ?? "").trimmingWhitespace()
            try await inquiry.update(on: change.db)
            try await change.audit("inquiry.rate", "inquiry", inquiry.id!.uuidString, "\(inquiry.reference): \(rating)/5")
        }
        return req.seeOther(SiteURL.inquiries(.show(key)).path(query: [("notice", "thanksForRating")]))
    }

    static func state(message: String, _ checks: FieldChecks) -> FormState {
        FormState(values: ["message": message], errors: checks.errors)
    }

    @Sendable func mine(_ req: Request) async throws -> Response {
        let actor = req.actor
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let query = Inquiry.query(on: req.db).group(.or) { group in
            group.filter(\.$submitterID == actor.userID)
            if !actor.associationIDs.isEmpty { group.filter(\.$associationID ~~ Array(actor.associationIDs)) }
        }
        let total = try await query.count()
        let rows = try await query.with(\.$department).sort(\.$receivedAt, .descending).range(page.offset..<(page.offset + page.size)).all()
        let names = try await Association.query(on: req.db).filter(\.$id ~~ rows.compactMap(\.associationID)).all()
        let items = rows.map { inquiry in
            MyInquiriesPage.Row(reference: inquiry.reference, topic: inquiry.topic, status: inquiry.status, receivedAt: inquiry.receivedAt,
                                department: inquiry.department.name,
                                association: names.first { $0.id == inquiry.associationID }?.name)
        }
        return req.html(MyInquiriesPage(rows: Paged(items: items, page: page, total: total)).render(try await req.page()))
    }
}
