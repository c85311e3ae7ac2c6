import Vapor
import Fluent
import Domain
import Views

/// The admin's list of accounts and the form that changes a person's role and flags.
struct AdminUsersController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.users), .permission(.manageUsers), use: list)
        routes.get(.admin(.user(.key)), .permission(.manageUsers), use: edit)
        routes.post(.admin(.user(.key)), .permission(.manageUsers), use: save)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let search = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingWhitespace()
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"))
        var query = User.query(on: req.db).with(\.$department)
        if !search.isEmpty {
            // Prefix ranges use the indexes on email and display name on both databases.
            let lower = search.lowercased()
            query = query.group(.or) { group in
                group.group(.and) { $0.filter(\.$email >= lower).filter(\.$email < lower + "\u{10FFFF}") }
                group.group(.and) { $0.filter(\.$displayName >= search).filter(\.$displayName < search + "\u{10FFFF}") }
            }
        }
        let total = try await query.count()
        let users = try await query.sort(\.$email).range(page.offset..<(page.offset + page.size)).all()
        let rows = users.map { user in
            UsersPage.Row(id: user.id!, displayName: user.displayName, email: user.email, roleKey: "role.\(user.role.rawValue)",
                          departmentName: user.department?.name, confirmed: user.emailConfirmedAt != nil)
        }
        let model = UsersPage(query: search, users: Paged(items: rows, page: page, total: total))
        return req.html(model.render(try await req.page()))
    }

    @Sendable func edit(_ req: Request) async throws -> Response {
        let user = try await findUser(req)
        let state = FormState(values: [
            "role": user.role.rawValue, "departmentID": user.$department.id?.uuidString.lowercased() ?? "",
            "entryPointHandler": user.isEntryPointHandler ? "on" : "", "contactNetworkMember": user.isContactNetworkMember ? "on" : "",
            "councilMember": user.isCouncilMember ? "on" : "",
        ])
        return try await render(req, user, state)
    }

    struct Input: Content {
        var role: String?
        var departmentID: String?
        var entryPointHandler: String?
        var contactNetworkMember: String?
        var councilMember: String?
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let user = try await findUser(req)
        let input = try req.content.decode(Input.self)
        var validation = FieldChecks()
        let role = input.role.flatMap(Actor.Role.init(rawValue:)).flatMap { $0 == .anonymous ? nil : $0 }
        let departmentID = input.departmentID.flatMap { $0.isEmpty ? nil : UUID(uuidString: $0) }
        if role == nil { validation.add("role", "error.choose") }
        if let departmentID, try await Department.find(departmentID, on: req.db) == nil { validation.add("departmentID", "error.choose") }
        if role == .staff && departmentID == nil { validation.add("departmentID", "error.staffNeedsDepartment") }
        let isStaffFlag = input.entryPointHandler == "on" || input.contactNetworkMember == "on"
        if isStaffFlag && departmentID == nil { validation.add("departmentID", "error.flagNeedsDepartment") }
        let admins = try await User.query(on: req.db).filter(\.$role == .admin).count()
        if let role, !Policy.mayChangeRole(of: user.role, to: role, by: req.actor, remainingAdmins: admins) {
            validation.add("role", "error.lastAdmin")
        }
        let values = ["role": input.role ?? "", "departmentID": input.departmentID ?? "",
                      "entryPointHandler": input.entryPointHandler ?? "", "contactNetworkMember": input.contactNetworkMember ?? "",
                      "councilMember": input.councilMember ?? ""]
        guard let role, validation.isValid else {
            return try await render(req, user, FormState(values: values, errors: validation.errors), status: .unprocessableEntity)
        }
        try await req.change { change in
            let before = user.roleSummary
            user.role = role
            user.$department.id = departmentID
            user.isEntryPointHandler = input.entryPointHandler == "on"
            user.isContactNetworkMember = input.contactNetworkMember == "on"
            user.isCouncilMember = input.councilMember == "on"
            try await user.update(on: change.db)
            try await change.audit("user.roles", "user", user.id!.uuidString, "\(before) → \(user.roleSummary)")
        }
        return req.seeOther(SiteURL.admin(.users).path(query: [("notice", "saved")]))
    }

    private func findUser(_ req: Request) async throws -> User {
        guard let id = req.parameters.get("userID", as: UUID.self), let user = try await User.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return user
    }

    private func render(_ req: Request, _ user: User, _ state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let departments = try await Department.query(on: req.db).sort(\.$position).all()
            .map { Form.Option($0.id!.uuidString.lowercased(), $0.name) }
        let page = UserEditPage(id: user.id!, displayName: user.displayName, email: user.email, departments: departments, form: state)
        return req.html(page.render(try await req.page()), status: status)
    }
}

extension User {
    /// "staff, department 3f2…, entry point" — for the audit log's before → after.
    var roleSummary: String {
        var parts = [role.rawValue]
        if let department = $department.id { parts.append("department \(department.uuidString.prefix(8))") }
        if isEntryPointHandler { parts.append("entry point") }
        if isContactNetworkMember { parts.append("contact network") }
        if isCouncilMember { parts.append("council") }
        return parts.joined(separator: ", ")
    }
}
