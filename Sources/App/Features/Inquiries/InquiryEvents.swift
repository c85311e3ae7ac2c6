import Vapor
import Fluent
import Domain

/// The use case behind every event on an inquiry after it was asked, for staff and for the
/// person who asked alike: in one write transaction, read the inquiry (locked), work out who
/// may reach it, let `InquiryRules` decide, and write what it decided — the row, its history
/// line, the audit row and the mails. A refusal is thrown as the `InquiryRefusal` it is.
enum InquiryEvents {
    /// How the acting person came to the inquiry.
    enum Approach: Sendable {
        /// Through the staff pages: the department's access rules apply.
        case staff
        /// The person who asked, signed in (their own or their association's).
        case askerSignedIn
        /// Anyone holding the private link: the link is the key.
        case privateLink
    }

    /// `event` is built inside the transaction, from the inquiry as read there (a colleague to
    /// assign must work at the department that holds it now).
    @discardableResult
    static func perform(on id: UUID, approach: Approach, by req: Request,
                        _ event: @escaping @Sendable (Inquiry, any Database) async throws -> InquiryEvent) async throws -> Inquiry {
        let actor = req.actor, user = req.currentUser?.ref, app = req.application
        return try await req.change { change in
            guard try await Inquiry.lock(id, on: change.db),
                  let inquiry = try await Inquiry.query(on: change.db).filter(\.$id == id).with(\.$department).with(\.$assignee).first()
            else { throw InquiryRefusal.notFound }
            try await decide(try await event(inquiry, change.db), on: inquiry, approach: approach, actor: actor, user: user, app: app, in: change)
            return inquiry
        }
    }

    /// Works out who may reach the inquiry (read, with its department, in this change), lets
    /// `InquiryRules` decide and writes what it decided. A refusal is thrown.
    static func decide(_ event: InquiryEvent, on inquiry: Inquiry, approach: Approach, actor: Actor, user: PersonRef?,
                       app: Application, in change: Change) async throws {
        let id = inquiry.id!
        let facts = try await InquiryStore.accessFacts(inquiry, on: change.db)
        let access: InquiryAccess?
        switch approach {
        case .staff: access = Policy.staffAccess(actor, to: facts)
        case .askerSignedIn: access = Policy.isSubmitter(actor, of: facts) ? .submitter : nil
        case .privateLink: access = .submitter
        }
        let who = InquiryActor(access: access, user: user, name: user?.name ?? inquiry.name)
        let decision = try InquiryRules.decide(event, on: inquiry.state, by: who, at: change.now).get()
        let counted = InquiryCounts.Entry(inquiry)
        inquiry.apply(decision.state)
        try await inquiry.update(on: change.db)
        try await InquiryCounts.record(from: counted, to: InquiryCounts.Entry(inquiry), on: change.db)
        if let entry = decision.entry {
            try await InquiryEntry(inquiryID: id, at: change.now, kind: entry.kind, isPublic: entry.isPublic, authorID: who.user?.id?.uuid,
                                   authorLabel: who.name, body: entry.body, from: entry.from?.uuid, to: entry.to?.uuid).create(on: change.db)
        }
        try await change.audit(decision.audit, "inquiry", id)
        for notice in decision.notices {
            try await InquiryNotices.send(notice, about: inquiry, state: decision.state, app: app, in: change)
        }
    }
}
