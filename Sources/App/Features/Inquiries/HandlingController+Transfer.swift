import Vapor
import Fluent
import Domain
import Views

extension HandlingController {
    /// Sends the inquiry to another department with a reason the person can read (N24). The
    /// promise date stays: a transfer inside the municipality does not make the person wait longer.
    @Sendable func transfer(_ req: Request) async throws -> Response {
        let inquiry = try await findForAction(req, .transfer)
        let input = try req.content.decode(Input.self)
        let reason = input.reason ?? ""
        var checks = FieldChecks()
        let target = try await input.department.flatMap(UUID.init(uuidString:)).asyncMap { try await Department.find($0, on: req.db) } ?? nil
        if target == nil || target?.id == inquiry.$department.id { checks.add("department", "error.choose") }
        checks.require(reason, "reason", max: 2000)
        guard let target, checks.isValid else {
            return try await render(req, inquiry, access: .handle, failed: .transfer,
                                    form: FormState(values: ["department": input.department ?? "", "reason": reason], errors: checks.errors),
                                    status: .unprocessableEntity)
        }
        let app = req.application, author = req.currentUser?.displayName ?? ""
        try await req.change { change in
            let from = inquiry.department
            inquiry.$department.id = target.id!
            inquiry.$assignee.id = nil
            inquiry.status = inquiry.status.after(.transfer) ?? .received
            try await inquiry.update(on: change.db)
            try await InquiryEntry(inquiryID: inquiry.id!, at: change.now, kind: .transfer, isPublic: true, authorID: change.actor.userID,
                                   authorLabel: author, body: reason.trimmingWhitespace(), from: from.id, to: target.id).create(on: change.db)
            try await change.audit("inquiry.transfer", "inquiry", inquiry.id!.uuidString, "\(inquiry.reference): \(from.name) → \(target.name)")
            try await InquiryNotices.update(inquiry, "transfer", department: target.name, message: reason.trimmingWhitespace(), app: app, in: change)
            try await InquiryNotices.arrived(inquiry, at: target, app: app, in: change)
        }
        // The sender usually can no longer act on it; its read-only page says where it went.
        return req.seeOther(SiteURL.staff(.inbox).path(query: [("notice", "inquiryTransferred")]))
    }

    /// Closes with an outcome; a closing message is a reply the person can read, and the mail asks how it went.
    @Sendable func close(_ req: Request) async throws -> Response {
        let inquiry = try await findForAction(req, .close)
        let input = try req.content.decode(Input.self)
        let message = input.closeMessage ?? ""
        var checks = FieldChecks()
        let outcome = InquiryOutcome(rawValue: input.outcome ?? "")
        if outcome == nil { checks.add("outcome", "error.choose") }
        checks.limit(message, "closeMessage", max: InquiryDraft.questionLimit)
        guard let outcome, checks.isValid else {
            return try await render(req, inquiry, access: .handle, failed: .close,
                                    form: FormState(values: ["outcome": input.outcome ?? "", "closeMessage": message], errors: checks.errors),
                                    status: .unprocessableEntity)
        }
        let app = req.application, author = req.currentUser?.displayName ?? ""
        let text = message.trimmingWhitespace()
        try await req.change { change in
            let before = inquiry.status
            inquiry.status = .closed
            inquiry.closedAt = change.now
            inquiry.outcome = outcome
            if !text.isEmpty && inquiry.firstAnsweredAt == nil { inquiry.firstAnsweredAt = change.now }
            try await inquiry.update(on: change.db)
            try await InquiryEntry(inquiryID: inquiry.id!, at: change.now, kind: .closed, isPublic: true, authorID: change.actor.userID,
                                   authorLabel: author, body: text).create(on: change.db)
            try await change.audit("inquiry.close", "inquiry", inquiry.id!.uuidString,
                                   "\(inquiry.reference): \(before.rawValue) → closed (\(outcome.rawValue))")
            try await InquiryNotices.update(inquiry, "closed", department: inquiry.department.name, message: text, app: app, in: change)
        }
        return req.seeOther(SiteURL.staff(.inquiry(.value(inquiry.reference))).path(query: [("notice", "inquiryClosed")]))
    }
}
