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

    @Sendable func save(_ req: Request) async throws -> Response {
        let text = try await find(req)
        return try await req.answerForm(render: { form, status in
            let page = AgreementTextEditPage(slug: text.slug, form: form, lixFull: nil, lixEasyRead: nil, publishedAt: text.publishedAt)
            return req.html(page.render(try await req.page()), status: status)
        }, perform: { fields in
            let draft = try AgreementTextDraft.read(fields).get()
            try await req.change { change in
                text.titleSv = draft.titleSv
                text.bodySv = draft.bodySv
                text.easyReadSv = draft.easyReadSv
                text.titleEn = draft.titleEn
                text.bodyEn = draft.bodyEn
                let wasPublished = text.publishedAt != nil
                if draft.publish != wasPublished { text.publishedAt = draft.publish ? change.now : nil }
                try await text.update(on: change.db)
                try await change.audit("agreement.text.update", "agreement_text", text.slug, text.titleSv)
                if draft.publish != wasPublished {
                    try await change.audit(draft.publish ? "agreement.text.publish" : "agreement.text.unpublish", "agreement_text", text.slug,
                                           text.titleSv)
                }
            }
            return SiteURL.admin(.agreementText(.value(text.slug))).path(query: [("notice", "saved")])
        })
    }
}
