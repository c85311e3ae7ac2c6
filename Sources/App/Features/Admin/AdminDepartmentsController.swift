import Vapor
import Fluent
import Domain
import Views

/// The admin keeps departments, companies and their entry points current.
struct AdminDepartmentsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.departments), .permission(.editMunicipality), use: list)
        routes.get(.admin(.newDepartment), .permission(.editMunicipality), use: newForm)
        routes.post(.admin(.newDepartment), .permission(.editMunicipality), use: create)
        routes.get(.admin(.department(.key)), .permission(.editMunicipality), use: edit)
        routes.post(.admin(.department(.key)), .permission(.editMunicipality), use: save)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"), size: PageRequest.maximumSize)
        let total = try await Department.query(on: req.db).count()
        let rows = try await Department.query(on: req.db).sort(\.$position).sort(\.$name)
            .range(page.offset..<(page.offset + page.size)).all()
            .map { DepartmentsAdminPage.Row(id: $0.id!, name: $0.name, isCompany: $0.kind == .company, email: $0.email, isCoordinator: $0.isCoordinator) }
        let model = DepartmentsAdminPage(departments: Paged(items: rows, page: page, total: total))
        return req.html(model.render(try await req.page()))
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        req.html(DepartmentEditPage(id: nil, form: FormState(values: ["kind": "department"])).render(try await req.page()))
    }

    @Sendable func edit(_ req: Request) async throws -> Response {
        let department = try await find(req)
        let page = DepartmentEditPage(id: department.id, form: FormState(values: department.formValues),
                                      easyReadLix: department.easyReadDescription.isEmpty ? nil : Lix(text: department.easyReadDescription),
                                      joinedSince: department.joinedSince)
        return req.html(page.render(try await req.page()))
    }

    struct Input: Content {
        var name: String?
        var kind: String?
        var email: String?
        var phone: String?
        var address: String?
        var openingHours: String?
        var description: String?
        var easyRead: String?
        var coordinator: String?
        var answerDays: String?

        var values: [String: String] {
            ["name": name ?? "", "kind": kind ?? "", "email": email ?? "", "phone": phone ?? "", "address": address ?? "",
             "openingHours": openingHours ?? "", "description": description ?? "", "easyRead": easyRead ?? "",
             "coordinator": coordinator ?? "", "answerDays": answerDays ?? ""]
        }

        /// Empty means the default promise of five working days.
        var answerDayCount: Int? {
            let text = (answerDays ?? "").trimmingWhitespace()
            return text.isEmpty ? 5 : Int(text).flatMap { (1...60).contains($0) ? $0 : nil }
        }

        func validate() -> FieldChecks {
            var validation = FieldChecks()
            validation.require(name ?? "", "name", max: 200)
            if Department.Kind(rawValue: kind ?? "") == nil { validation.add("kind", "error.choose") }
            if (email ?? "").trimmingWhitespace().isEmpty { validation.add("email", "error.required") }
            else if EmailAddress(email ?? "") == nil { validation.add("email", "error.email") }
            validation.require(phone ?? "", "phone", max: 50)
            validation.require(address ?? "", "address", max: 300)
            validation.require(openingHours ?? "", "openingHours", max: 300)
            validation.limit(description ?? "", "description", max: 5000)
            validation.limit(easyRead ?? "", "easyRead", max: 3000)
            if answerDayCount == nil { validation.add("answerDays", "error.answerDays") }
            return validation
        }

        func apply(to department: Department) {
            department.name = (name ?? "").trimmingWhitespace()
            department.kind = Department.Kind(rawValue: kind ?? "") ?? .department
            department.email = EmailAddress(email ?? "")?.value ?? ""
            department.phone = (phone ?? "").trimmingWhitespace()
            department.address = (address ?? "").trimmingWhitespace()
            department.openingHours = (openingHours ?? "").trimmingWhitespace()
            department.description = (description ?? "").trimmingWhitespace()
            department.easyReadDescription = (easyRead ?? "").trimmingWhitespace()
            department.isCoordinator = coordinator == "on"
            department.answerDays = answerDayCount ?? 5
        }
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        let input = try req.content.decode(Input.self)
        let validation = input.validate()
        guard validation.isValid else {
            let page = DepartmentEditPage(id: nil, form: FormState(values: input.values, errors: validation.errors))
            return req.html(page.render(try await req.page()), status: .unprocessableEntity)
        }
        let id = try await req.change { change -> UUID in
            let count = try await Department.query(on: change.db).count()
            let department = Department()
            input.apply(to: department)
            department.slug = try await Slug.unique(department.name, on: change.db, in: Department.self)
            department.position = count
            try await department.create(on: change.db)
            try await Self.keepOneCoordinator(department, on: change.db)
            try await change.audit("department.create", "department", department.id!.uuidString, department.name)
            return department.id!
        }
        return req.seeOther(SiteURL.admin(.department(.id(id))).path(query: [("notice", "saved")]))
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let department = try await find(req)
        let input = try req.content.decode(Input.self)
        var validation = input.validate()
        if department.isCoordinator && input.coordinator != "on" { validation.add("coordinator", "error.needsCoordinator") }
        guard validation.isValid else {
            let page = DepartmentEditPage(id: department.id, form: FormState(values: input.values, errors: validation.errors))
            return req.html(page.render(try await req.page()), status: .unprocessableEntity)
        }
        try await req.change { change in
            let before = department.auditSummary
            input.apply(to: department)
            try await department.update(on: change.db)
            try await Self.keepOneCoordinator(department, on: change.db)
            try await change.audit("department.update", "department", department.id!.uuidString, "\(before) → \(department.auditSummary)")
        }
        return req.seeOther(SiteURL.admin(.department(.id(department.id!))).path(query: [("notice", "saved")]))
    }

    /// There is exactly one central entry point: choosing a new one unsets the old.
    static func keepOneCoordinator(_ department: Department, on db: any Database) async throws {
        guard department.isCoordinator else { return }
        try await Department.query(on: db).filter(\.$id != department.id!).filter(\.$isCoordinator == true)
            .set(\.$isCoordinator, to: false).update()
    }

    private func find(_ req: Request) async throws -> Department {
        guard let id = req.parameters.get("departmentID", as: UUID.self), let department = try await Department.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return department
    }
}

extension Department {
    var formValues: [String: String] {
        ["name": name, "kind": kind.rawValue, "email": email, "phone": phone, "address": address, "openingHours": openingHours,
         "description": description, "easyRead": easyReadDescription, "coordinator": isCoordinator ? "on" : "",
         "answerDays": String(answerDays)]
    }

    var auditSummary: String {
        "\(name) (\(kind.rawValue)); \(email); \(phone); \(address); \(openingHours); \(answerDays) d\(isCoordinator ? "; coordinator" : "")"
    }
}
