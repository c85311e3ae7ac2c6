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
            .map { DepartmentsAdminPage.Row(id: $0.typedID, name: $0.name, isCompany: $0.kind == .company, email: $0.email, isCoordinator: $0.isCoordinator) }
        let model = DepartmentsAdminPage(departments: try req.paged(items: rows, page: page, total: total))
        return req.html(model.render(try await req.page()))
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        req.html(DepartmentEditPage(id: nil, form: FormState(values: ["kind": "department"])).render(try await req.page()))
    }

    @Sendable func edit(_ req: Request) async throws -> Response {
        let department = try await find(req)
        let page = DepartmentEditPage(id: department.typedID, form: FormState(values: department.formValues),
                                      easyReadLix: department.easyReadDescription.isEmpty ? nil : Lix(text: department.easyReadDescription),
                                      joinedSince: department.joinedSince)
        return req.html(page.render(try await req.page()))
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        try await req.answerForm(render: { form, status in
            req.html(DepartmentEditPage(id: nil, form: form).render(try await req.page()), status: status)
        }, perform: { fields in
            let draft = try DepartmentDraft.read(fields).get()
            let id = try await req.change { change -> DepartmentID in
                let count = try await Department.query(on: change.db).count()
                let department = Department()
                department.apply(draft)
                department.slug = try await Slug.unique(department.name, on: change.db, in: Department.self)
                department.position = count
                try await department.create(on: change.db)
                try await Self.keepOneCoordinator(department, on: change.db)
                try await change.audit("department.create", "department", department.id!.uuidString, department.name)
                return department.typedID
            }
            return SiteURL.admin(.department(.id(id))).path(query: [("notice", "saved")])
        })
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let id = try await find(req).typedID
        return try await req.answerForm(render: { form, status in
            req.html(DepartmentEditPage(id: id, form: form).render(try await req.page()), status: status)
        }, perform: { fields in
            try await req.change { change in
                guard try await Department.lock(id.uuid, on: change.db), let department = try await Department.find(id.uuid, on: change.db) else {
                    throw Abort(.notFound)
                }
                let draft = try DepartmentDraft.read(fields, wasCoordinator: department.isCoordinator).get()
                let before = department.auditSummary
                department.apply(draft)
                try await department.update(on: change.db)
                try await Self.keepOneCoordinator(department, on: change.db)
                try await change.audit("department.update", "department", id.uuid.uuidString, "\(before) → \(department.auditSummary)")
            }
            return SiteURL.admin(.department(.id(id))).path(query: [("notice", "saved")])
        })
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
    package func apply(_ draft: DepartmentDraft) {
        name = draft.name
        kind = draft.kind
        email = draft.email.value
        phone = draft.phone
        address = draft.address
        openingHours = draft.openingHours
        description = draft.description
        easyReadDescription = draft.easyRead
        isCoordinator = draft.isCoordinator
        answerDays = draft.answerDays
    }

    package var formValues: [String: String] {
        ["name": name, "kind": kind.rawValue, "email": email, "phone": phone, "address": address, "openingHours": openingHours,
         "description": description, "easyRead": easyReadDescription, "coordinator": isCoordinator ? "on" : "",
         "answerDays": String(answerDays)]
    }

    package var auditSummary: String {
        "\(name) (\(kind.rawValue)); \(email); \(phone); \(address); \(openingHours); \(answerDays) d\(isCoordinator ? "; coordinator" : "")"
    }
}
