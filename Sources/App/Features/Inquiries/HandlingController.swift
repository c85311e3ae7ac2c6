import Vapor
import Fluent
import Domain
import Views

/// One inquiry in the staff's hands: claim or assign it, reply, write internal notes, transfer
/// it to another department with a reason, close it with an outcome.
struct HandlingController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.staff(.inquiry(.key)), .permission(.handleInquiries), use: show)
        routes.post(.staff(.inquiryAction(.key, .claim)), .permission(.handleInquiries), use: claim)
        routes.post(.staff(.inquiryAction(.key, .assign)), .permission(.handleInquiries), use: assign)
        routes.post(.staff(.inquiryAction(.key, .reply)), .permission(.handleInquiries), use: reply)
        routes.post(.staff(.inquiryAction(.key, .note)), .permission(.handleInquiries), use: note)
        routes.post(.staff(.inquiryAction(.key, .transfer)), .permission(.handleInquiries), use: transfer)
        routes.post(.staff(.inquiryAction(.key, .close)), .permission(.handleInquiries), use: close)
    }

    /// The inquiry if this person may see it; another department's is "not found".
    func find(_ req: Request) async throws -> (Inquiry, InquiryAccess) {
        let inquiry = try await InquiryStore.find(reference: req.parameters.get("reference"), on: req.db)
        guard let access = Policy.staffAccess(req.actor, to: try await InquiryStore.accessFacts(inquiry, on: req.db)) else {
            throw Abort(.notFound)
        }
        return (inquiry, access)
    }

    /// The inquiry for an action: only its holding department acts on it, and only when its status allows.
    func findForAction(_ req: Request, _ event: InquiryEvent?) async throws -> Inquiry {
        let (inquiry, access) = try await find(req)
        guard access == .handle else { throw Abort(.forbidden) }
        if let event, !inquiry.status.allows(event) { throw Abort(.conflict) }
        return inquiry
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        let (inquiry, access) = try await find(req)
        return try await render(req, inquiry, access: access)
    }

    func render(_ req: Request, _ inquiry: Inquiry, access: InquiryAccess, failed: InquiryAction? = nil,
                        form: FormState = FormState(), status: HTTPResponseStatus = .ok) async throws -> Response {
        let (association, district) = try await InquiryStore.names(association: inquiry.associationID, district: inquiry.districtID, on: req.db)
        try await inquiry.$assignee.load(on: req.db)
        let colleagues = try await Self.colleagues(of: inquiry, on: req.db)
        let departments = try await Department.query(on: req.db).filter(\.$id != inquiry.$department.id).sort(\.$position).sort(\.$name).all()
        let page = HandlingPage(
            summary: InquiryStore.summary(inquiry, association: association, district: district),
            contact: .init(name: inquiry.name, email: inquiry.email, phone: inquiry.phone, address: inquiry.address, channel: inquiry.channel),
            timeline: try await InquiryStore.timeline(inquiry, publicOnly: false, on: req.db), access: access,
            assignee: inquiry.assignee?.displayName, isAssignedToViewer: inquiry.assignee?.id != nil && inquiry.assignee?.id == req.actor.userID,
            colleagues: colleagues.map { Form.Option($0.id!.uuidString, $0.displayName) },
            departments: departments.map { Form.Option($0.id!.uuidString, $0.name) }, failedAction: failed, form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    /// Entry-point handlers of the holding department: who an inquiry can be given to.
    static func colleagues(of inquiry: Inquiry, on db: any Database) async throws -> [User] {
        try await User.query(on: db).filter(\.$department.$id == inquiry.$department.id).filter(\.$isEntryPointHandler == true)
            .sort(\.$displayName).limit(200).all()
    }

    struct Input: Content {
        var assignee: String?
        var reply: String?
        var note: String?
        var department: String?
        var reason: String?
        var outcome: String?
        var closeMessage: String?
    }

    @Sendable func claim(_ req: Request) async throws -> Response {
        let inquiry = try await findForAction(req, .start)
        let user = try req.requireUser()
        try await assign(req, inquiry, to: user, action: "inquiry.claim")
        return req.seeOther(SiteURL.staff(.inquiry(.value(inquiry.reference))).path(query: [("notice", "inquiryClaimed")]))
    }

    @Sendable func assign(_ req: Request) async throws -> Response {
        let inquiry = try await findForAction(req, .start)
        let chosen = try req.content.decode(Input.self).assignee.flatMap(UUID.init(uuidString:))
        guard let colleague = try await Self.colleagues(of: inquiry, on: req.db).first(where: { $0.id == chosen }) else {
            return try await render(req, inquiry, access: .handle, failed: .assign,
                                    form: FormState(errors: [FieldError("assignee", "error.choose")]), status: .unprocessableEntity)
        }
        try await assign(req, inquiry, to: colleague, action: "inquiry.assign")
        return req.seeOther(SiteURL.staff(.inquiry(.value(inquiry.reference))).path(query: [("notice", "inquiryAssigned")]))
    }

    func assign(_ req: Request, _ inquiry: Inquiry, to user: User, action: String) async throws {
        try await req.change { change in
            let before = inquiry.status
            inquiry.$assignee.id = user.id
            inquiry.status = before.after(.start) ?? before
            try await inquiry.update(on: change.db)
            try await InquiryEntry(inquiryID: inquiry.id!, at: change.now, kind: .assigned, isPublic: false, authorID: change.actor.userID,
                                   authorLabel: req.currentUser?.displayName ?? "", body: user.displayName).create(on: change.db)
            try await change.audit(action, "inquiry", inquiry.id!.uuidString,
                                   "\(inquiry.reference): \(before.rawValue) → \(inquiry.status.rawValue), \(user.displayName)")
        }
    }

    @Sendable func reply(_ req: Request) async throws -> Response {
        let inquiry = try await findForAction(req, .reply)
        let text = try req.content.decode(Input.self).reply ?? ""
        var checks = FieldChecks()
        checks.require(text, "reply", max: InquiryDraft.questionLimit)
        guard checks.isValid else {
            return try await render(req, inquiry, access: .handle, failed: .reply, form: FormState(values: ["reply": text], errors: checks.errors),
                                    status: .unprocessableEntity)
        }
        let app = req.application, author = req.currentUser?.displayName ?? ""
        try await req.change { change in
            let before = inquiry.status
            inquiry.status = before.after(.reply) ?? before
            if inquiry.firstAnsweredAt == nil { inquiry.firstAnsweredAt = change.now }
            try await inquiry.update(on: change.db)
            try await InquiryEntry(inquiryID: inquiry.id!, at: change.now, kind: .reply, isPublic: true, authorID: change.actor.userID,
                                   authorLabel: author, body: text.trimmingWhitespace()).create(on: change.db)
            try await change.audit("inquiry.reply", "inquiry", inquiry.id!.uuidString, "\(inquiry.reference): \(before.rawValue) → answered")
            try await InquiryNotices.update(inquiry, "reply", department: inquiry.department.name, message: text.trimmingWhitespace(),
                                            app: app, in: change)
        }
        return req.seeOther(SiteURL.staff(.inquiry(.value(inquiry.reference))).path(query: [("notice", "replySent")]))
    }

    @Sendable func note(_ req: Request) async throws -> Response {
        let inquiry = try await findForAction(req, nil)
        let text = try req.content.decode(Input.self).note ?? ""
        var checks = FieldChecks()
        checks.require(text, "note", max: InquiryDraft.questionLimit)
        guard checks.isValid else {
            return try await render(req, inquiry, access: .handle, failed: .note, form: FormState(values: ["note": text], errors: checks.errors),
                                    status: .unprocessableEntity)
        }
        let author = req.currentUser?.displayName ?? ""
        try await req.change { change in
            try await InquiryEntry(inquiryID: inquiry.id!, at: change.now, kind: .note, isPublic: false, authorID: change.actor.userID,
                                   authorLabel: author, body: text.trimmingWhitespace()).create(on: change.db)
            try await change.audit("inquiry.note", "inquiry", inquiry.id!.uuidString, inquiry.reference)
        }
        return req.seeOther(SiteURL.staff(.inquiry(.value(inquiry.reference))).path(query: [("notice", "noteSaved")]))
    }
}
