import Vapor
import Fluent
import Domain
import Views

/// The admin adds and renames districts and villages.
struct AdminDistrictsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.districts), .permission(.editMunicipality), use: list)
        routes.get(.admin(.newDistrict), .permission(.editMunicipality), use: newForm)
        routes.post(.admin(.newDistrict), .permission(.editMunicipality), use: create)
        routes.get(.admin(.district(.key)), .permission(.editMunicipality), use: edit)
        routes.post(.admin(.district(.key)), .permission(.editMunicipality), use: save)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"), size: PageRequest.maximumSize)
        let total = try await District.query(on: req.db).count()
        let rows = try await District.query(on: req.db).sort(\.$position).sort(\.$name)
            .range(page.offset..<(page.offset + page.size)).all()
            .map { DistrictsAdminPage.Row(id: $0.id!, name: $0.name, isVillage: $0.kind == .village) }
        return req.html(DistrictsAdminPage(districts: Paged(items: rows, page: page, total: total)).render(try await req.page()))
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        req.html(DistrictEditPage(id: nil, form: FormState(values: ["kind": "district"])).render(try await req.page()))
    }

    @Sendable func edit(_ req: Request) async throws -> Response {
        let district = try await find(req)
        let form = FormState(values: ["name": district.name, "kind": district.kind.rawValue])
        return req.html(DistrictEditPage(id: district.id, form: form).render(try await req.page()))
    }

    struct Input: Content {
        var name: String?
        var kind: String?

        func validate() -> FieldChecks {
            var validation = FieldChecks()
            validation.require(name ?? "", "name", max: 100)
            if District.Kind(rawValue: kind ?? "") == nil { validation.add("kind", "error.choose") }
            return validation
        }
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        let input = try req.content.decode(Input.self)
        let validation = input.validate()
        guard validation.isValid else { return try await invalid(req, nil, input, validation) }
        try await req.change { change in
            let name = (input.name ?? "").trimmingWhitespace()
            let district = District(slug: try await Slug.unique(name, on: change.db, in: District.self), name: name,
                                    kind: District.Kind(rawValue: input.kind ?? "") ?? .district,
                                    position: try await District.query(on: change.db).count())
            try await district.create(on: change.db)
            try await change.audit("district.create", "district", district.id!.uuidString, name)
        }
        return req.seeOther(SiteURL.admin(.districts).path(query: [("notice", "saved")]))
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let district = try await find(req)
        let input = try req.content.decode(Input.self)
        let validation = input.validate()
        guard validation.isValid else { return try await invalid(req, district.id, input, validation) }
        try await req.change { change in
            let before = "\(district.name) (\(district.kind.rawValue))"
            district.name = (input.name ?? "").trimmingWhitespace()
            district.kind = District.Kind(rawValue: input.kind ?? "") ?? .district
            try await district.update(on: change.db)
            try await change.audit("district.update", "district", district.id!.uuidString, "\(before) → \(district.name) (\(district.kind.rawValue))")
        }
        return req.seeOther(SiteURL.admin(.districts).path(query: [("notice", "saved")]))
    }

    private func invalid(_ req: Request, _ id: UUID?, _ input: Input, _ validation: FieldChecks) async throws -> Response {
        let form = FormState(values: ["name": input.name ?? "", "kind": input.kind ?? ""], errors: validation.errors)
        return req.html(DistrictEditPage(id: id, form: form).render(try await req.page()), status: .unprocessableEntity)
    }

    private func find(_ req: Request) async throws -> District {
        guard let id = req.parameters.get("districtID", as: UUID.self), let district = try await District.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return district
    }
}
