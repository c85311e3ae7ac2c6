import Vapor
import Fluent
import Domain
import Views

/// The admin edits the agreement pages and publishes them; the LIX of both versions is shown
/// after saving. A text is a draft, seen only by admins, until it is published.
struct AgreementTextsAdminController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.agreementTexts), .permission(.editAgreementTexts), use: list)
        routes.get(.admin(.agreementText(.key)), .permission(.editAgreementTexts), use: edit)
        routes.post(.admin(.agreementText(.key)), .permission(.editAgreementTexts), use: save)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let texts = try await AgreementText.query(on: req.db).sort(\.$position).all()
        let page = AgreementTextsAdminPage(rows: texts.map { .init(slug: $0.slug, title: $0.titleSv, publishedAt: $0.publishedAt) })
        return req.html(page.render(try await req.page()))
    }

    private func find(_ req: Request) async throws -> AgreementText {
        guard let slug = req.parameters.get("slug"), let text = try await AgreementText.query(on: req.db).filter(\.$slug == slug).first() else {
            throw Abort(.notFound)
        }
        return text
    }

    @Sendable func edit(_ req: Request) async throws -> Response {
        let text = try await find(req)
        let values = ["titleSv": text.titleSv, "bodySv": text.bodySv, "easyReadSv": text.easyReadSv, "titleEn": text.titleEn, "bodyEn": text.bodyEn,
                      "published": text.publishedAt == nil ? "" : "on"]
        let page = AgreementTextEditPage(slug: text.slug, form: FormState(values: values),
                                         lixFull: Lix(text: RichText.plain(text.bodySv)),
                                         lixEasyRead: text.easyReadSv.isEmpty ? nil : Lix(text: RichText.plain(text.easyReadSv)),
                                         publishedAt: text.publishedAt)
        return req.html(page.render(try await req.page()))
    }

    struct Input: Content {
        var titleSv: String?
        var bodySv: String?
        var easyReadSv: String?
        var titleEn: String?
        var bodyEn: String?
        var published: String?

        var fields: [(name: String, text: String)] {
            [("titleSv", titleSv ?? ""), ("bodySv", bodySv ?? ""), ("easyReadSv", easyReadSv ?? ""), ("titleEn", titleEn ?? ""), ("bodyEn", bodyEn ?? "")]
        }
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let text = try await find(req)
        let input = try req.content.decode(Input.self)
        let publish = input.published == "on"
        var checks = FieldChecks()
        checks.require(input.titleSv ?? "", "titleSv", max: 200)
        checks.require(input.bodySv ?? "", "bodySv", max: 20_000)
        checks.limit(input.easyReadSv ?? "", "easyReadSv", max: 10_000)
        checks.limit(input.titleEn ?? "", "titleEn", max: 200)
        checks.limit(input.bodyEn ?? "", "bodyEn", max: 20_000)
        if publish {
            for problem in AgreementPublication.publishProblems(fields: input.fields) { checks.add(problem.field, problem.messageKey, problem.values) }
        }
        guard checks.isValid else {
            var values = Dictionary(uniqueKeysWithValues: input.fields.map { ($0.name, $0.text) })
            values["published"] = input.published ?? ""
            let page = AgreementTextEditPage(slug: text.slug, form: FormState(values: values, errors: checks.errors), lixFull: nil, lixEasyRead: nil,
                                             publishedAt: text.publishedAt)
            return req.html(page.render(try await req.page()), status: .unprocessableEntity)
        }
        try await req.change { change in
            text.titleSv = (input.titleSv ?? "").trimmingWhitespace()
            text.bodySv = (input.bodySv ?? "").trimmingWhitespace()
            text.easyReadSv = (input.easyReadSv ?? "").trimmingWhitespace()
            text.titleEn = (input.titleEn ?? "").trimmingWhitespace()
            text.bodyEn = (input.bodyEn ?? "").trimmingWhitespace()
            let wasPublished = text.publishedAt != nil
            if publish != wasPublished { text.publishedAt = publish ? change.now : nil }
            try await text.update(on: change.db)
            try await change.audit("agreement.text.update", "agreement_text", text.slug, text.titleSv)
            if publish != wasPublished {
                try await change.audit(publish ? "agreement.text.publish" : "agreement.text.unpublish", "agreement_text", text.slug, text.titleSv)
            }
        }
        return req.seeOther(SiteURL.admin(.agreementText(.value(text.slug))).path(query: [("notice", "saved")]))
    }
}
