import Vapor
import Fluent
import Domain
import Views

/// The admin keeps the routing table: which department answers each topic.
struct InquiryTopicsAdminController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.inquiryTopics), .permission(.editMunicipality), use: edit)
        routes.post(.admin(.inquiryTopics), .permission(.editMunicipality), use: save)
    }

    @Sendable func edit(_ req: Request) async throws -> Response {
        let routes = try await InquiryTopicRoute.query(on: req.db).all()
        var values: [String: String] = [:]
        for route in routes { values[route.id ?? ""] = DepartmentID(route.$department.id).description }
        return try await render(req, FormState(values: values))
    }

    private func render(_ req: Request, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let departments = try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
        let coordinator = departments.first(where: \.isCoordinator)?.name ?? ""
        let page = InquiryTopicsAdminPage(form: form, departments: departments.map { Form.Option($0.typedID, $0.name) },
                                          coordinator: coordinator)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let departments = Set(try await Department.query(on: req.db).all().map(\.typedID))
        return try await req.answerForm(render: { form, status in
            try await render(req, form, status: status)
        }, perform: { fields in
            let table = try InquiryRouting.readTable(fields, departments: departments).get()
            try await req.change { change in
                try await InquiryTopicRoute.query(on: change.db).delete()
                for (topic, department) in table { try await InquiryTopicRoute(topic: topic, departmentID: department.uuid).create(on: change.db) }
                try await change.audit("inquiry.topics", "inquiry_topics", "table", table.keys.map(\.rawValue).sorted().joined(separator: ", "))
            }
            return SiteURL.admin(.inquiryTopics).path(query: [("notice", "saved")])
        })
    }
}
