import Vapor
import Fluent
import Domain
import Views

/// The pages about the agreement (each also in easy-to-read Swedish) and the ledger of who has joined.
struct AgreementController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.agreement(.index), .everyone, use: index)
        routes.get(.agreement(.ledger), .everyone, use: ledger)
        routes.get(.agreement(.text(.key)), .everyone, use: text)
        routes.get(.agreement(.easyRead(.key)), .everyone, use: easyRead)
    }

    @Sendable func index(_ req: Request) async throws -> Response {
        let english = req.language == .en
        let texts = try await AgreementText.query(on: req.db).sort(\.$position).all()
        let published = texts.filter { $0.publishedAt != nil }
        let principles = try await Principle.query(on: req.db).sort(\.$position).all()
        let page = AgreementIndexPage(
            pages: published.map {
                AgreementIndexPage.Link(slug: $0.slug, title: english && !$0.titleEn.isEmpty ? $0.titleEn : $0.titleSv, hasEasyRead: !$0.easyReadSv.isEmpty)
            },
            principles: principles.map { (name: english ? $0.nameEn : $0.nameSv, summary: english ? $0.summaryEn : $0.summarySv) },
            joinedAssociations: try await Association.query(on: req.db).filter(\.$status == .verified).filter(\.$joinedSince != nil).count(),
            joinedDepartments: try await Department.query(on: req.db).filter(\.$joinedSince != nil).count(),
            draftCount: texts.count - published.count)
        return req.html(page.render(try await req.page()))
    }

    /// The text, if this visitor may read it: a draft is not there for the public.
    private func find(_ req: Request) async throws -> AgreementText {
        guard let slug = req.parameters.get("slug"), let text = try await AgreementText.query(on: req.db).filter(\.$slug == slug).first(),
              AgreementPublication.maySee(req.actor, publishedAt: text.publishedAt) else {
            throw Abort(.notFound)
        }
        return text
    }

    @Sendable func text(_ req: Request) async throws -> Response {
        let text = try await find(req)
        let english = req.language == .en
        let fallback = english && text.bodyEn.isEmpty
        let page = AgreementTextPage(slug: text.slug, title: english && !fallback ? text.titleEn : text.titleSv,
                                     body: english && !fallback ? text.bodyEn : text.bodySv, isEasyRead: false,
                                     hasEasyRead: !text.easyReadSv.isEmpty, isFallback: fallback, isDraft: text.publishedAt == nil)
        return req.html(page.render(try await req.page()))
    }

    /// Easy-to-read Swedish (lättläst) exists in Swedish only, whatever the interface language.
    @Sendable func easyRead(_ req: Request) async throws -> Response {
        let text = try await find(req)
        guard !text.easyReadSv.isEmpty else { throw Abort(.notFound) }
        let page = AgreementTextPage(slug: text.slug, title: text.titleSv, body: text.easyReadSv, isEasyRead: true, hasEasyRead: true,
                                     isFallback: req.language == .en, isDraft: text.publishedAt == nil)
        return req.html(page.render(try await req.page()))
    }

    @Sendable func ledger(_ req: Request) async throws -> Response {
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"), size: PageRequest.maximumSize)
        let joined = Association.query(on: req.db).filter(\.$status == .verified).filter(\.$joinedSince != nil)
        let total = try await joined.count()
        let associations = try await joined.sort(\.$sortKey).range(page.offset..<(page.offset + page.size)).all()
        let departments = try await Department.query(on: req.db).filter(\.$joinedSince != nil).sort(\.$position).all()
        let model = LedgerPage(
            departments: departments.map { LedgerPage.Entry(name: $0.name, link: nil, since: $0.joinedSince!) },
            associations: try req.paged(items: associations.map {
                LedgerPage.Entry(name: $0.name, link: SiteURL.associations(.show(.value($0.slug))).path, since: $0.joinedSince!)
            }, page: page, total: total))
        return req.html(model.render(try await req.page()))
    }
}
