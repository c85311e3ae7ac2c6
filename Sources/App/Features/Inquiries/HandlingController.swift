import Vapor
import Fluent
import Domain
import Views

/// One inquiry in the staff's hands: claim or assign it, reply, write internal notes, transfer
/// it to another department with a reason, close it with an outcome. Each action is a form that
/// becomes an `InquiryEvent`; `InquiryEvents` decides and writes it.
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

    @Sendable func show(_ req: Request) async throws -> Response {
        try await render(req)
    }

    /// The page, as this person may see it; another department's inquiry is "not found".
    func render(_ req: Request, failed: InquiryAction? = nil, form: FormState = FormState(),
                status: HTTPResponseStatus = .ok) async throws -> Response {
        let inquiry = try await InquiryStore.find(reference: req.parameters.get("reference"), on: req.db)
        guard let access = Policy.staffAccess(req.actor, to: try await InquiryStore.accessFacts(inquiry, on: req.db)) else {
            throw Abort(.notFound)
        }
        let (association, district) = try await InquiryStore.names(association: inquiry.associationID, district: inquiry.districtID, on: req.db)
        try await inquiry.$assignee.load(on: req.db)
        let colleagues = try await Self.colleagues(of: inquiry, on: req.db)
        let departments = try await Department.query(on: req.db).filter(\.$id != inquiry.$department.id).sort(\.$position).sort(\.$name).all()
        let actor = InquiryActor(access: access, user: req.currentUser?.ref, name: req.currentUser?.displayName ?? "")
        let page = HandlingPage(
            summary: InquiryStore.summary(inquiry, association: association, district: district),
            contact: .init(name: inquiry.name, email: inquiry.email, phone: inquiry.phone, address: inquiry.address, channel: inquiry.channel),
            timeline: try await InquiryStore.timeline(inquiry, publicOnly: false, on: req.db), access: access,
            offered: Set(InquiryEvent.Kind.allCases.filter { InquiryRules.offers($0, on: inquiry.state, by: actor, at: req.now) }),
            assignee: inquiry.assignee?.displayName,
            colleagues: colleagues.map { Form.Option($0.typedID, $0.displayName) },
            departments: departments.map { Form.Option($0.typedID, $0.name) }, failedAction: failed, form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    /// Entry-point handlers of the holding department: who an inquiry can be given to.
    static func colleagues(of inquiry: Inquiry, on db: any Database) async throws -> [User] {
        try await User.query(on: db).filter(\.$department.$id == inquiry.$department.id).filter(\.$isEntryPointHandler == true)
            .sort(\.$displayName).limit(200).all()
    }

    @Sendable func claim(_ req: Request) async throws -> Response {
        try await act(req, .claim, notice: "inquiryClaimed") { _, _, _ in .claim }
    }

    @Sendable func assign(_ req: Request) async throws -> Response {
        try await act(req, .assign, notice: "inquiryAssigned") { fields, inquiry, db in
            let chosen = UserID(fields["assignee"])
            return .assign(to: try await Self.colleagues(of: inquiry, on: db).first { $0.typedID == chosen }?.ref)
        }
    }

    @Sendable func reply(_ req: Request) async throws -> Response {
        try await act(req, .reply, notice: "replySent") { fields, _, _ in .reply(fields["reply"]) }
    }

    @Sendable func note(_ req: Request) async throws -> Response {
        try await act(req, .note, notice: "noteSaved") { fields, _, _ in .note(fields["note"]) }
    }

    /// Sends the inquiry to another department with a reason the person can read (N24). The
    /// promise date stays: a transfer inside the municipality does not make the person wait longer.
    @Sendable func transfer(_ req: Request) async throws -> Response {
        try await act(req, .transfer, notice: "inquiryTransferred") { fields, _, db in
            let target = try await DepartmentID(fields["department"]).asyncMap { try await Department.find($0.uuid, on: db) } ?? nil
            return .transfer(to: target?.ref, reason: fields["reason"])
        }
    }

    /// Closes with an outcome; a closing message is a reply the person can read, and the mail asks how it went.
    @Sendable func close(_ req: Request) async throws -> Response {
        try await act(req, .close, notice: "inquiryClosed") { fields, _, _ in
            .close(InquiryOutcome(rawValue: fields["outcome"]), message: fields["closeMessage"])
        }
    }

    /// One action's form: the event from what was sent, decided on the inquiry as it is now.
    private func act(_ req: Request, _ action: InquiryAction, notice: String,
                     _ event: @escaping @Sendable (FormFields, Inquiry, any Database) async throws -> InquiryEvent) async throws -> Response {
        let found = try await InquiryStore.find(reference: req.parameters.get("reference"), on: req.db)
        let id = found.id!, reference = found.reference
        return try await req.answerForm(render: { form, status in
            try await render(req, failed: action, form: form, status: status)
        }, perform: { fields in
            try await InquiryEvents.perform(on: id, approach: .staff, by: req) { inquiry, db in try await event(fields, inquiry, db) }
            // After a transfer the sender usually can no longer act on it; its read-only page says where it went.
            if action == .transfer { return SiteURL.staff(.inbox).path(query: [("notice", notice)]) }
            return SiteURL.staff(.inquiry(.value(reference))).path(query: [("notice", notice)])
        })
    }
}
