import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Offers from associations (G5: "NPF associations train staff"): a verified association's
/// representative publishes what it can offer; everyone finds offers, staff search them in full
/// text and answer one for their department; the association withdraws it when it is done.
struct OffersController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.offers(.list), .everyone, use: list)
        routes.get(.offers(.new), .signedIn, use: newForm)
        routes.post(.offers(.new), .signedIn, use: create)
        routes.get(.offers(.show(.key)), .everyone, use: show)
        routes.post(.offers(.respond(.key)), .permission(.publishSupport), use: respond)
        routes.post(.offers(.withdraw(.key)), .signedIn, use: withdraw)
    }

    static func find(_ req: Request) async throws -> Offer {
        guard let slug = req.parameters.get("slug"),
              let offer = try await Offer.query(on: req.db).filter(\.$slug == slug).with(\.$association).first() else { throw Abort(.notFound) }
        return offer
    }

    static func summaries(_ offers: [Offer], on db: any Database) async throws -> [OfferSummary] {
        let ids = offers.compactMap(\.id)
        var counts: [UUID: Int] = [:]
        if !ids.isEmpty, let sql = db as? any SQLDatabase {
            for row in try await sql.select().column("offer_id").column(SQL.count, as: "n").from(OfferAnswer.schema)
                .where("offer_id", .in, ids).groupBy("offer_id").all() {
                counts[try row.decode(column: "offer_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self)
            }
        }
        return offers.map { offer in
            OfferSummary(slug: offer.slug, title: offer.title, association: offer.association.name, easyRead: offer.easyRead,
                         competences: offer.competences.split(separator: " ").map(String.init), cost: offer.cost, isOpen: offer.isOpen,
                         answers: counts[offer.id!] ?? 0)
        }
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let terms = SearchTerms(req.query[String.self, at: "q"] ?? "")
        func open() -> QueryBuilder<Offer> {
            let query = Offer.query(on: req.db).filter(\.$isOpen == true)
            if !terms.isEmpty, let sql = req.db as? any SQLDatabase { query.filter(.sql(embed: CreateOffers.search.condition(terms, on: sql))) }
            return query
        }
        let total = try await open().count()
        let rows = try await open().with(\.$association).sort(\.$createdAt, .descending).sort(\.$id).range(page.offset..<(page.offset + page.size)).all()
        let own = req.actor.associationIDs.map(\.uuid)
        let mine = own.isEmpty ? [] : try await Offer.query(on: req.db).filter(\.$association.$id ~~ own).with(\.$association)
            .sort(\.$createdAt, .descending).limit(50).all()
        let model = OfferListPage(query: terms.words.joined(separator: " "),
                                  items: try req.paged(items: try await Self.summaries(rows, on: req.db), page: page, total: total),
                                  mine: try await Self.summaries(mine, on: req.db),
                                  canOffer: !(try await ProjectEvents.actor(req).verifiedAssociations.isEmpty))
        return req.html(model.render(try await req.page()))
    }

    private func associations(_ req: Request) async throws -> [Association] {
        let ids = try await ProjectEvents.actor(req).verifiedAssociations.map(\.uuid)
        return ids.isEmpty ? [] : try await Association.query(on: req.db).filter(\.$id ~~ ids).sort(\.$sortKey).all()
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await render(req, FormState(values: ["contactName": req.currentUser?.displayName ?? ""]))
    }

    private func render(_ req: Request, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = OfferFormPage(form: form, associations: try await associations(req).map { Form.Option($0.typedID, $0.name) })
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        let allowed = Set(try await associations(req).map(\.typedID))
        let user = try req.requireUser()
        return try await req.answerForm(render: { form, status in try await render(req, form, status: status) }, perform: { fields in
            let draft = try OfferDraft.read(fields, associations: allowed).get()
            let slug = try await req.change { change -> String in
                let offer = Offer(draft, slug: try await Slug.unique(draft.title, on: change.db, in: Offer.self), authorID: user.id)
                try await offer.create(on: change.db)
                try await change.audit("offer.create", "offer", offer.id!.uuidString, draft.title)
                return offer.slug
            }
            return SiteURL.offers(.show(.value(slug))).path(query: [("notice", "offerPublished")])
        })
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        try await renderPage(req, try await Self.find(req), FormState())
    }

    /// The departments this person answers for that have not answered the offer yet.
    private func departments(_ req: Request, _ offer: Offer, _ actor: ProjectActor) async throws -> [Department] {
        guard actor.actor.isStaff || actor.actor.role == .admin else { return [] }
        let answered = Set(try await OfferAnswer.query(on: req.db).filter(\.$offer.$id == offer.id!).all().map { $0.$department.id })
        return try await Department.query(on: req.db).sort(\.$name).all()
            .filter { actor.speaks(for: .department($0.typedID)) && !answered.contains($0.id!) }
    }

    private func renderPage(_ req: Request, _ offer: Offer, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let actor = req.actor.isSignedIn ? try await ProjectEvents.actor(req) : ProjectActor(req.actor, verifiedAssociations: [], coordinator: nil)
        let manages = OfferRules.mayManage(offer.state, by: actor)
        let answers = req.actor.isSignedIn
            ? try await OfferAnswer.query(on: req.db).filter(\.$offer.$id == offer.id!).with(\.$department).sort(\.$createdAt).all()
                .filter { manages || actor.speaks(for: .department(DepartmentID($0.$department.id))) } : []
        let page = OfferPage(
            summary: try await Self.summaries([offer], on: req.db)[0], associationSlug: offer.association.slug, text: offer.summary,
            targetGroups: offer.groups, contactName: offer.contactName, contactEmail: offer.contactEmail,
            departments: try await departments(req, offer, actor).map { Form.Option($0.typedID, $0.name) },
            answers: answers.map { OfferPage.Answer(id: $0.id!.uuidString.lowercased(), from: $0.department.name, status: $0.status,
                                                    submittedAt: $0.createdAt) },
            canWithdraw: manages, form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    /// A department answers, decided on the offer as read inside the change; the association's representatives are told.
    @Sendable func respond(_ req: Request) async throws -> Response {
        let offer = try await Self.find(req)
        let id = offer.id!
        let actor = try await ProjectEvents.actor(req)
        let user = try req.requireUser()
        let link = req.application.baseAddress + SiteURL.offers(.show(.value(offer.slug))).path
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in try await renderPage(req, offer, form, status: status) }, perform: { fields in
            let department = DepartmentID(fields["department"])
            try await req.change { change in
                guard try await Offer.lock(id, on: change.db), let current = try await Offer.find(id, on: change.db) else { throw Abort(.notFound) }
                let before = try await department.asyncMap {
                    try await OfferAnswer.query(on: change.db).filter(\.$offer.$id == id).filter(\.$department.$id == $0.uuid).count()
                } ?? 0
                let message = try OfferRules.answer(fields, on: current.state, for: department, answeredBefore: before > 0, by: actor).get()
                guard let department, let name = try await Department.find(department.uuid, on: change.db)?.name else { throw Abort(.notFound) }
                let answer = OfferAnswer(offerID: id, departmentID: department.uuid, authorID: user.id, message: message, at: change.now)
                try await answer.create(on: change.db)
                let people = try await Representative.query(on: change.db).filter(\.$association.$id == current.$association.id).with(\.$user).all()
                try await change.mail(batch: people.map { person in
                    let mail = MailText.compose(Language(cookie: person.user.language), "offer.answered", [
                        "name": person.user.displayName, "title": current.title, "department": name, "link": link, "service": service])
                    return (address: person.user.email, name: Optional(person.user.displayName), subject: mail.subject, body: mail.body)
                })
                try await change.audit("offer.answer", "offer_answer", answer.id!.uuidString, "\(current.title) ← \(name)")
            }
            return SiteURL.offers(.show(.value(offer.slug))).path(query: [("notice", "offerAnswered")])
        })
    }

    @Sendable func withdraw(_ req: Request) async throws -> Response {
        let offer = try await Self.find(req)
        let id = offer.id!
        let actor = try await ProjectEvents.actor(req)
        return try await req.answerForm(render: { form, status in try await renderPage(req, offer, form, status: status) }, perform: { _ in
            try await req.change { change in
                guard try await Offer.lock(id, on: change.db), let current = try await Offer.find(id, on: change.db) else { throw Abort(.notFound) }
                try OfferRules.withdraw(current.state, by: actor).get()
                current.isOpen = false
                try await current.update(on: change.db)
                try await change.audit("offer.withdraw", "offer", id.uuidString, current.title)
            }
            return SiteURL.offers(.show(.value(offer.slug))).path(query: [("notice", "offerWithdrawn")])
        })
    }
}
