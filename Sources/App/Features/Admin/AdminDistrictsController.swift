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
            .map { DistrictsAdminPage.Row(id: $0.typedID, name: $0.name, isVillage: $0.kind == .village) }
        return req.html(DistrictsAdminPage(districts: try req.paged(items: rows, page: page, total: total)).render(try await req.page()))
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        req.html(DistrictEditPage(id: nil, form: FormState(values: ["kind": "district"])).render(try await req.page()))
    }

    @Sendable func edit(_ req: Request) async throws -> Response {
        let district = try await find(req)
        let form = FormState(values: ["name": district.name, "kind": district.kind.rawValue])
        return req.html(DistrictEditPage(id: district.typedID, form: form).render(try await req.page()))
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        try await req.answerForm(render: { form, status in
            req.html(DistrictEditPage(id: nil, form: form).render(try await req.page()), status: status)
        }, perform: { fields in
            let draft = try DistrictDraft.read(fields).get()
            try await req.change { change in
                let district = District(slug: try await Slug.unique(draft.name, on: change.db, in: District.self), name: draft.name,
                                        kind: draft.kind, position: try await District.query(on: change.db).count())
                try await district.create(on: change.db)
                try await change.audit("district.create", "district", district.id!.uuidString, draft.name)
            }
            return SiteURL.admin(.districts).path(query: [("notice", "saved")])
        })
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let district = try await find(req)
        return try await req.answerForm(render: { form, status in
            req.html(DistrictEditPage(id: district.typedID, form: form).render(try await req.page()), status: status)
        }, perform: { fields in
            let draft = try DistrictDraft.read(fields).get()
            try await req.change { change in
                let before = "\(district.name) (\(district.kind.rawValue))"
                district.name = draft.name
                district.kind = draft.kind
                try await district.update(on: change.db)
                try await change.audit("district.update", "district", district.id!.uuidString, "\(before) → \(district.name) (\(district.kind.rawValue))")
            }
            return SiteURL.admin(.districts).path(query: [("notice", "saved")])
        })
    }

    private func find(_ req: Request) async throws -> District {
        guard let id = req.parameters.get("districtID", as: UUID.self), let district = try await District.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return district
    }
}
