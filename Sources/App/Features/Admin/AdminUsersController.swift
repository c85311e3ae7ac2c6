import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// The admin's list of accounts and the form that changes a person's role and flags.
struct AdminUsersController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.users), .permission(.manageUsers), use: list)
        routes.get(.admin(.user(.key)), .permission(.manageUsers), use: edit)
        routes.post(.admin(.user(.key)), .permission(.manageUsers), use: save)
        routes.post(.admin(.userSecondFactor(.key)), .permission(.manageUsers), use: removeSecondFactor)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let search = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingWhitespace()
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"))
        var query = User.query(on: req.db).with(\.$department)
        if !search.isEmpty {
            // The start of an address (prefix range on its index), or any word of a name or an
            // address through the full-text index ("svensson" finds Anna Svensson).
            let lower = search.lowercased(), terms = SearchTerms(search)
            query = query.group(.or) { group in
                group.group(.and) { $0.filter(\.$email >= lower).filter(\.$email < lower + "\u{10FFFF}") }
                if !terms.isEmpty { group.filter(.sql(embed: IndexUserSearch.search.condition(terms, on: req.db as! any SQLDatabase))) }
            }
        }
        let total = try await query.count()
        let users = try await query.sort(\.$email).range(page.offset..<(page.offset + page.size)).all()
        let rows = users.map { user in
            UsersPage.Row(id: user.typedID, displayName: user.displayName, email: user.email, roleKey: "role.\(user.role.rawValue)",
                          departmentName: user.department?.name, confirmed: user.emailConfirmedAt != nil)
        }
        let model = UsersPage(query: search, users: try req.paged(items: rows, page: page, total: total))
        return req.html(model.render(try await req.page()))
    }

    @Sendable func edit(_ req: Request) async throws -> Response {
        let user = try await findUser(req)
        let state = FormState(values: [
            "role": user.role.rawValue, "departmentID": user.$department.id.map { DepartmentID($0).description } ?? "",
            "entryPointHandler": user.isEntryPointHandler ? "on" : "", "contactNetworkMember": user.isContactNetworkMember ? "on" : "",
            "councilMember": user.isCouncilMember ? "on" : "", "departmentAdmin": user.isDepartmentAdmin ? "on" : "",
            "politician": user.isPolitician ? "on" : "",
        ])
        return try await render(req, user, state)
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let id = try await findUser(req).id!
        let actor = req.actor
        let departments = Set(try await Department.query(on: req.db).all().map(\.typedID))
        return try await req.answerForm(render: { form, status in
            try await render(req, try await findUser(req), form, status: status)
        }, perform: { fields in
            try await req.change { change in
                guard try await User.lock(id, on: change.db), let user = try await User.find(id, on: change.db) else { throw Abort(.notFound) }
                let admins = try await User.lockedAdminCount(on: change.db)
                let assigned = try RoleAssignment.read(fields, for: user.role, by: actor, knownDepartments: departments,
                                                       remainingAdmins: admins).get()
                let before = user.roleSummary
                user.role = assigned.role
                user.$department.id = assigned.department?.uuid
                user.isEntryPointHandler = assigned.isEntryPointHandler
                user.isContactNetworkMember = assigned.isContactNetworkMember
                user.isDepartmentAdmin = assigned.isDepartmentAdmin
                user.isPolitician = assigned.isPolitician
                user.isCouncilMember = assigned.isCouncilMember
                try await user.update(on: change.db)
                try await change.audit("user.roles", "user", id.uuidString, "\(before) → \(user.roleSummary)")
            }
            return SiteURL.admin(.users).path(query: [("notice", "saved")])
        })
    }

    /// For a person who lost both the phone and the recovery codes: the app is removed, they
    /// are mailed, and (if they must have one) they set up a new one at their next sign-in.
    @Sendable func removeSecondFactor(_ req: Request) async throws -> Response {
        let user = try await findUser(req)
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { _, _ in req.seeOther(SiteURL.admin(.user(.id(user.typedID))).path) }, perform: { _ in
            try await req.change { change in
                try await SecondFactorStore.remove(user.id!, in: change)
                let mail = AccountMails.secondFactorRemoved(Language(cookie: user.language), name: user.displayName, service: service)
                try await change.mail(to: user.email, name: user.displayName, subject: mail.subject, body: mail.body)
                try await change.audit("user.secondFactor.removed", "user", user.id!.uuidString, "authenticator app removed by an admin")
            }
            return SiteURL.admin(.user(.id(user.typedID))).path(query: [("notice", "secondFactorRemoved")])
        })
    }

    private func findUser(_ req: Request) async throws -> User {
        guard let id = req.parameters.get("userID", as: UUID.self), let user = try await User.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return user
    }

    private func render(_ req: Request, _ user: User, _ state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let departments = try await Department.query(on: req.db).sort(\.$position).all()
            .map { Form.Option($0.typedID, $0.name) }
        let page = UserEditPage(id: user.typedID, displayName: user.displayName, email: user.email, departments: departments, form: state,
                                hasSecondFactor: try await SecondFactorStore.isEnrolled(user.id!, on: req.db))
        return req.html(page.render(try await req.page()), status: status)
    }
}

extension User {
    /// How many admins there are, inside a write transaction, holding their rows until it ends
    /// (on PostgreSQL; SQLite's write gate already lets one writer in at a time).
    package static func lockedAdminCount(on db: any Database) async throws -> Int {
        try await (db as! any SQLDatabase).select().column("id").from(schema).where("role", .equal, Actor.Role.admin.rawValue)
            .for(.update).all().count
    }

    /// "staff, department 3f2…, entry point" — for the audit log's before → after.
    package var roleSummary: String {
        var parts = [role.rawValue]
        if let department = $department.id { parts.append("department \(department.uuidString.prefix(8))") }
        if isEntryPointHandler { parts.append("entry point") }
        if isContactNetworkMember { parts.append("contact network") }
        if isCouncilMember { parts.append("council") }
        if isDepartmentAdmin { parts.append("department admin") }
        if isPolitician { parts.append("politician") }
        return parts.joined(separator: ", ")
    }
}
