import Vapor
import Fluent
import Domain
import Views

/// The council's news: the public archive, one item, the Atom feed, and the form council members
/// and the coordinator write with. A new item is published and mailed to those who follow each
/// item in the same change, so it is never published unmailed or mailed unpublished.
struct CouncilNewsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.council(.news), .everyone, use: archive)
        routes.get(.council(.newsFeed), .everyone, use: feed)
        routes.get(.council(.newsItem(.key)), .everyone, use: item)
        routes.get(.council(.newNews), .signedIn, use: newForm)
        routes.post(.council(.newNews), .signedIn, use: create)
        routes.get(.council(.editNews(.key)), .signedIn, use: editForm)
        routes.post(.council(.editNews(.key)), .signedIn, use: update)
    }

    @Sendable func archive(_ req: Request) async throws -> Response {
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let total = try await CouncilNews.query(on: req.db).count()
        let items = try await CouncilNews.query(on: req.db).sort(\.$publishedAt, .descending).sort(\.$id)
            .range(page.offset..<(page.offset + page.size)).all()
        let model = CouncilNewsArchivePage(items: try req.paged(items: items.map(\.summaryView), page: page, total: total),
                                           canWrite: CouncilRules.mayWriteNews(req.actor))
        return req.html(model.render(try await req.page()))
    }

    @Sendable func feed(_ req: Request) async throws -> Response {
        let items = try await CouncilNews.query(on: req.db).sort(\.$publishedAt, .descending).limit(50).all()
        let base = req.application.baseAddress
        let path = SiteURL.council(.newsFeed).path
        let xml = AtomFeed.render(
            id: base + path, title: Wording(req.language).t("council.feedTitle", ["municipality": req.application.municipality.name]),
            selfLink: base + path, alternate: base + SiteURL.council(.news).path,
            updated: items.map { $0.updatedAt ?? $0.publishedAt }.max() ?? Date(timeIntervalSince1970: 0),
            entries: items.map { news in
                AtomFeed.Entry(id: "urn:uuid:\(news.id!.uuidString.lowercased())", title: news.title,
                               link: base + SiteURL.council(.newsItem(.value(news.slug))).path, updated: news.updatedAt ?? news.publishedAt,
                               summary: news.summary)
            })
        return Response.atom(xml)
    }

    private func find(_ req: Request) async throws -> CouncilNews {
        guard let slug = req.parameters.get("slug"), slug.count <= 200,
              let news = try await CouncilNews.query(on: req.db).filter(\.$slug == slug).first() else { throw Abort(.notFound) }
        return news
    }

    @Sendable func item(_ req: Request) async throws -> Response {
        let news = try await find(req)
        let page = CouncilNewsPage(summary: news.summaryView, easyRead: news.easyRead, body: news.body, canWrite: CouncilRules.mayWriteNews(req.actor))
        return req.html(page.render(try await req.page()))
    }

    private func render(_ req: Request, _ form: FormState, slug: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard CouncilRules.mayWriteNews(req.actor) else { throw Abort(.forbidden) }
        return req.html(CouncilNewsFormPage(form: form, slug: slug).render(try await req.page(forms: true)), status: status)
    }

    @Sendable func newForm(_ req: Request) async throws -> Response { try await render(req, FormState()) }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        guard CouncilRules.mayWriteNews(req.actor) else { throw Abort(.forbidden) }
        let news = try await find(req)
        return try await render(req, FormState(values: ["title": news.title, "summary": news.summary, "easyRead": news.easyRead, "body": news.body]),
                                slug: news.slug)
    }

    @Sendable func create(_ req: Request) async throws -> Response { try await save(req, existing: nil) }

    @Sendable func update(_ req: Request) async throws -> Response {
        guard CouncilRules.mayWriteNews(req.actor) else { throw Abort(.forbidden) }
        return try await save(req, existing: try await find(req))
    }

    private func save(_ req: Request, existing: CouncilNews?) async throws -> Response {
        guard CouncilRules.mayWriteNews(req.actor) else { throw Abort(.forbidden) }
        let app = req.application
        return try await req.answerForm(render: { form, status in try await render(req, form, slug: existing?.slug, status: status) }, perform: { fields in
            let draft = try CouncilNewsDraft.read(fields).get()
            let slug = try await req.change { change in
                try CouncilRules.writeNews(by: change.actor).get()
                let news: CouncilNews
                if let id = existing?.id {
                    guard try await CouncilNews.lock(id, on: change.db), let found = try await CouncilNews.find(id, on: change.db) else { throw Abort(.notFound) }
                    news = found
                } else {
                    news = CouncilNews()
                    news.slug = try await Slug.unique(draft.title, on: change.db, in: CouncilNews.self, reserved: ["ny"])
                    news.publishedAt = change.now
                    news.authorID = change.actor.userID?.uuid
                }
                news.apply(draft)
                try await news.save(on: change.db)
                if existing == nil { try await CouncilMails.item(news, app: app, in: change) }
                try await change.audit(existing == nil ? "council.news" : "council.news.update", "council_news", news.id!.uuidString, draft.title)
                return news.slug
            }
            return SiteURL.council(.newsItem(.value(slug))).path(query: [("notice", "councilNewsSaved")])
        })
    }
}
