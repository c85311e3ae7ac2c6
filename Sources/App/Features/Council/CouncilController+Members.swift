import Vapor
import Fluent
import Domain
import Views

/// The coordinator keeps the council's roster: a member added, changed or removed is one change
/// with its audit row, decided by `CouncilRules` inside it; bad input comes back with what to fix.
extension CouncilController {
    private func render(_ req: Request, _ form: FormState, id: UUID? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard CouncilRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let page = CouncilMemberFormPage(form: form, districts: try await EventsController.districtOptions(req), id: id?.uuidString.lowercased())
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    private func find(_ req: Request) async throws -> CouncilMember {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let member = try await CouncilMember.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return member
    }

    @Sendable func newMember(_ req: Request) async throws -> Response {
        try await render(req, FormState())
    }

    @Sendable func editMember(_ req: Request) async throws -> Response {
        guard CouncilRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let member = try await find(req)
        let fields = FormFields([("name", member.name), ("side", member.side.rawValue), ("represents", member.represents), ("task", member.task),
                                 ("email", member.email)]
                                + member.categoryList.map { ("categories", $0.rawValue) } + member.districtList.map { ("districts", $0.description) })
        return try await render(req, FormState(fields: fields), id: member.id)
    }

    @Sendable func createMember(_ req: Request) async throws -> Response {
        try await saveMember(req, id: nil)
    }

    @Sendable func updateMember(_ req: Request) async throws -> Response {
        guard CouncilRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let id = try await find(req).id!
        if req.formFields["intent"] == "remove" {
            try await req.change { change in
                try CouncilRules.manage(by: change.actor).get()
                guard try await CouncilMember.lock(id, on: change.db), let member = try await CouncilMember.find(id, on: change.db) else {
                    throw Abort(.notFound)
                }
                try await member.delete(on: change.db)
                try await change.audit("council.member.remove", "council_member", id.uuidString, member.name)
            }
            return req.seeOther(SiteURL.council(.home).path(query: [("notice", "councilMemberRemoved")]))
        }
        return try await saveMember(req, id: id)
    }

    private func saveMember(_ req: Request, id: UUID?) async throws -> Response {
        guard CouncilRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let known = Set(try await District.query(on: req.db).all().map(\.typedID))
        return try await req.answerForm(render: { form, status in try await render(req, form, id: id, status: status) }, perform: { fields in
            let draft = try CouncilMemberDraft.read(fields, knownDistricts: known).get()
            try await req.change { change in
                try CouncilRules.manage(by: change.actor).get()
                let member: CouncilMember
                if let id {
                    guard try await CouncilMember.lock(id, on: change.db), let found = try await CouncilMember.find(id, on: change.db) else {
                        throw Abort(.notFound)
                    }
                    member = found
                } else {
                    member = CouncilMember()
                    member.position = try await CouncilMember.query(on: change.db).count()
                }
                member.apply(draft)
                try await member.save(on: change.db)
                try await change.audit(id == nil ? "council.member" : "council.member.update", "council_member", member.id!.uuidString,
                                       "\(draft.name) (\(draft.side.rawValue)): \(draft.categories.count) categories, \(draft.districts.count) districts")
            }
            return SiteURL.council(.home).path(query: [("notice", "councilMemberSaved")])
        })
    }
}
