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
        for route in routes { values[route.id ?? ""] = route.$department.id.uuidString }
        return try await render(req, FormState(values: values))
    }

    private func render(_ req: Request, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let departments = try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
        let coordinator = departments.first(where: \.isCoordinator)?.name ?? ""
        let page = InquiryTopicsAdminPage(form: form, departments: departments.map { Form.Option($0.id!.uuidString, $0.name) },
                                          coordinator: coordinator)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let departments = Set(try await Department.query(on: req.db).all().compactMap(\.id))
        var table: [InquiryTopic: UUID] = [:]
        var values: [String: String] = [:]
        var checks = FieldChecks()
        for topic in InquiryTopic.allCases where topic != .unknown {
            let raw = (try? req.content.get(String.self, at: topic.rawValue)) ?? ""
            values[topic.rawValue] = raw
            guard !raw.isEmpty else { continue }
            if let id = UUID(uuidString: raw), departments.contains(id) { table[topic] = id } else { checks.add(topic.rawValue, "error.choose") }
        }
        guard checks.isValid else { return try await render(req, FormState(values: values, errors: checks.errors), status: .unprocessableEntity) }
        let chosen = table
        try await req.change { change in
            try await InquiryTopicRoute.query(on: change.db).delete()
            for (topic, department) in chosen { try await InquiryTopicRoute(topic: topic, departmentID: department).create(on: change.db) }
            try await change.audit("inquiry.topics", "inquiry_topics", "table",
                                   chosen.keys.map(\.rawValue).sorted().joined(separator: ", "))
        }
        return req.seeOther(SiteURL.admin(.inquiryTopics).path(query: [("notice", "saved")]))
    }
}
