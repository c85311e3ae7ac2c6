import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// A department's inbox: its inquiries, filtered by status, topic, age and what is overdue.
/// Handlers see their own department's, and read-only the ones it transferred on; admins see all.
struct InboxController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.staff(.inbox), .permission(.handleInquiries), use: inbox)
    }

    /// Written as a list rather than "not closed", so the status index can serve it.
    static let open = InquiryStatus.allCases.filter(\.isOpen)

    struct Filters: Sendable {
        var values: [String: String]

        init(_ req: Request) {
            var values: [String: String] = [:]
            for name in InboxPage.filterNames {
                if let value = req.query[String.self, at: name], !value.isEmpty, value.count <= 64 { values[name] = value }
            }
            // A first visit shows what still needs doing.
            if req.url.query?.isEmpty ?? true { values["status"] = InboxPage.needsAction }
            self.values = values
        }

        var transferred: Bool { values["scope"] == "transferred" }
        var status: InquiryStatus? { values["status"].flatMap(InquiryStatus.init(rawValue:)) }
        var onlyOpen: Bool { values["status"] == "open" }
        /// Waiting for the department: not yet answered, or reopened (an answered one waits for the asker).
        var needsAction: Bool { values["status"] == InboxPage.needsAction }
        /// The oldest promise first for work still to do; newest first for the answered and closed.
        var actionOrder: Bool { status.map { $0 != .answered && $0 != .closed } ?? (onlyOpen || needsAction) }
        var topic: InquiryTopic? { values["topic"].flatMap(InquiryTopic.init(rawValue:)) }
        var olderThanDays: Int? { values["age"].flatMap(Int.init).flatMap { (1...365).contains($0) ? $0 : nil } }
        var overdue: Bool { values["overdue"] == "on" }
        var mine: Bool { values["mine"] == "on" }
        var department: DepartmentID? { values["department"].flatMap(DepartmentID.init) }
        /// The reference searched for, when the search box holds one.
        var reference: String? { values["reference"].flatMap { InquiryReference($0)?.description } }
        /// Words of the question or the name, when the search box holds something else.
        var words: SearchTerms? { values["reference"].flatMap { InquiryReference($0) == nil ? SearchTerms($0) : nil } }
    }

    @Sendable func inbox(_ req: Request) async throws -> Response {
        let actor = req.actor
        let filters = Filters(req)
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let now = req.now
        let scope = try await scopeQuery(req, actor: actor, filters: filters)
        let overdueCount = try await scopeQuery(req, actor: actor, filters: Filters(values: [:], from: filters))
            .filter(\.$status ~~ Self.open).filter(\.$firstAnsweredAt == nil).filter(\.$dueAt <= now).count()
        var query = scope
        if let reference = filters.reference { query = query.filter(\.$reference == reference) }
        if let words = filters.words {
            // Words that make no search term (only punctuation) find nothing rather than everything.
            query = words.isEmpty ? query.filter(\.$id == UUID())
                : query.filter(.sql(embed: IndexInquirySearch.search.condition(words, on: req.db as! any SQLDatabase)))
        }
        if let status = filters.status { query = query.filter(\.$status == status) }
        if filters.onlyOpen { query = query.filter(\.$status ~~ Self.open) }
        if filters.needsAction { query = query.filter(\.$status ~~ [.received, .inProgress, .reopened]) }
        if let topic = filters.topic { query = query.filter(\.$topic == topic) }
        if let days = filters.olderThanDays { query = query.filter(\.$receivedAt < now.addingTimeInterval(-Double(days) * 86_400)) }
        if filters.overdue { query = query.filter(\.$status ~~ Self.open).filter(\.$firstAnsweredAt == nil).filter(\.$dueAt <= now) }
        if filters.mine, let id = actor.userID { query = query.filter(\.$assignee.$id == id.uuid) }
        let total = try await query.count()
        if filters.actionOrder {
            // What needs action first: past its promise and unanswered, then not taken by anyone, then by promise date.
            query = query.sort(.sql(embed: """
                CASE WHEN \(ident: "first_answered_at") IS NULL AND \(ident: "due_at") <= \(bind: now) THEN 0 \
                WHEN \(ident: "assignee_id") IS NULL THEN 1 ELSE 2 END
                """)).sort(\.$dueAt).sort(\.$receivedAt)
        } else {
            query = query.sort(\.$receivedAt, .descending)
        }
        let rows = try await query.with(\.$department).with(\.$assignee).range(page.offset..<(page.offset + page.size)).all()
        let items = rows.map { inquiry in
            InboxPage.Row(reference: inquiry.reference, topic: inquiry.topic, status: inquiry.status, receivedAt: inquiry.receivedAt,
                          dueOn: inquiry.dueOn, isOverdue: inquiry.isOverdue(now: now), assignee: inquiry.assignee?.displayName,
                          department: inquiry.department.name, firstLine: InboxPage.firstLine(of: inquiry.question))
        }
        let departments = actor.role == .admin
            ? try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all().map { Form.Option($0.typedID, $0.name) }
            : []
        let model = InboxPage(filters: filters.values, rows: try req.paged(items: items, page: page, total: total),
                              departments: departments, overdueCount: overdueCount)
        return req.html(model.render(try await req.page()))
    }

    /// The inquiries this person may see in the chosen scope, before the other filters.
    private func scopeQuery(_ req: Request, actor: Actor, filters: Filters) async throws -> QueryBuilder<Inquiry> {
        let query = Inquiry.query(on: req.db)
        if filters.values["scope"] == "council" || (actor.role != .admin && actor.departmentID == nil) {
            guard actor.isCouncilMember || actor.role == .admin,
                  let coordinator = try await Department.query(on: req.db).filter(\.$isCoordinator == true).first()?.id
            else { return query.filter(\.$id == UUID()) }
            return query.filter(\.$topic == .council).filter(\.$department.$id == coordinator)
        }
        let department: DepartmentID
        if actor.role == .admin {
            // Admins see every department's inquiries, or the one they choose.
            guard let chosen = filters.department else { return query }
            department = chosen
        } else {
            // A council member who is not the department's entry-point handler sees none of its inquiries.
            guard Policy.allows(actor, .registerInquiries), let own = actor.departmentID else { return query.filter(\.$id == UUID()) }
            department = own
        }
        guard filters.transferred else { return query.filter(\.$department.$id == department.uuid) }
        let left = try await InquiryEntry.query(on: req.db).filter(\.$kind == .transfer).filter(\.$fromDepartmentID == department.uuid)
            .field(\.$inquiry.$id).limit(10_000).all().map { $0.$inquiry.id }
        return query.filter(\.$id ~~ Array(Set(left))).filter(\.$department.$id != department.uuid)
    }
}

extension InboxController.Filters {
    /// Only the scope of other filters: what the overdue count is counted over.
    init(values: [String: String], from other: Self) {
        self.values = ["scope": other.values["scope"] ?? "", "department": other.values["department"] ?? ""].filter { !$0.value.isEmpty }
    }
}
