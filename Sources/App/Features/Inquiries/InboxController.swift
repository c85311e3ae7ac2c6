import Vapor
import Fluent
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
            if req.url.query?.isEmpty ?? true { values["status"] = "open" }
            self.values = values
        }

        var transferred: Bool { values["scope"] == "transferred" }
        var status: InquiryStatus? { values["status"].flatMap(InquiryStatus.init(rawValue:)) }
        var onlyOpen: Bool { values["status"] == "open" }
        var topic: InquiryTopic? { values["topic"].flatMap(InquiryTopic.init(rawValue:)) }
        var olderThanDays: Int? { values["age"].flatMap(Int.init).flatMap { (1...365).contains($0) ? $0 : nil } }
        var overdue: Bool { values["overdue"] == "on" }
        var mine: Bool { values["mine"] == "on" }
        var department: DepartmentID? { values["department"].flatMap(DepartmentID.init) }
        /// The reference searched for; a text that is not one finds nothing (the hint shows the form).
        var reference: String? { values["reference"].map { InquiryReference($0)?.description ?? "" } }
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
        if let status = filters.status { query = query.filter(\.$status == status) }
        if filters.onlyOpen { query = query.filter(\.$status ~~ Self.open) }
        if let topic = filters.topic { query = query.filter(\.$topic == topic) }
        if let days = filters.olderThanDays { query = query.filter(\.$receivedAt < now.addingTimeInterval(-Double(days) * 86_400)) }
        if filters.overdue { query = query.filter(\.$status ~~ Self.open).filter(\.$firstAnsweredAt == nil).filter(\.$dueAt <= now) }
        if filters.mine, let id = actor.userID { query = query.filter(\.$assignee.$id == id.uuid) }
        let total = try await query.count()
        let rows = try await query.with(\.$department).with(\.$assignee).sort(\.$dueAt).sort(\.$receivedAt)
            .range(page.offset..<(page.offset + page.size)).all()
        let items = rows.map { inquiry in
            InboxPage.Row(reference: inquiry.reference, topic: inquiry.topic, status: inquiry.status, receivedAt: inquiry.receivedAt,
                          dueOn: inquiry.dueOn, isOverdue: inquiry.isOverdue(now: now), assignee: inquiry.assignee?.displayName,
                          department: inquiry.department.name)
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
        let department: DepartmentID
        if actor.role == .admin {
            // Admins see every department's inquiries, or the one they choose.
            guard let chosen = filters.department else { return query }
            department = chosen
        } else {
            guard let own = actor.departmentID else { return query.filter(\.$id == UUID()) }
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
