import Vapor
import Fluent
import Domain
import Views

/// Following consultations by mail, and leaving by the link in any of those mails.
struct SubscriptionController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.consultations(.subscribe), .signedIn, use: form)
        routes.post(.consultations(.subscribe), .signedIn, use: save)
        routes.get(.consultations(.unsubscribe(.key)), .everyone, use: unsubscribeForm)
        routes.post(.consultations(.unsubscribe(.key)), .everyone, use: unsubscribe)
    }

    /// Whose subscription the page is about: the person's own, or an association's they represent.
    private struct Owner {
        var key: String
        var choice: String
        var userID: UUID?
        var associationID: UUID?
        var email: String
        var name: String
    }

    private func owner(_ req: Request, _ choice: String?) async throws -> (Owner, [ResponseFormPage.Choice]) {
        let user = try req.requireUser()
        var choices = [ResponseFormPage.Choice(value: "person", label: Wording(req.language).t("responses.myself", ["name": user.displayName]))]
        // Only verified associations speak as associations, and only their checked address is mailed.
        let associations = try await AssociationStore.represented(req).filter { $0.status == .verified }
        choices += associations.map { ResponseFormPage.Choice(value: Respondent.association($0.typedID).choice, label: $0.name) }
        let value = choice ?? "person"
        guard let respondent = Respondent(choice: value, userID: user.typedID), Policy.mayRespond(req.actor, as: respondent) else {
            throw Abort(.forbidden)
        }
        switch respondent {
        case .person(let id):
            return (Owner(key: respondent.key, choice: "person", userID: id.uuid, email: user.email, name: user.displayName), choices)
        case .association(let id):
            guard let association = associations.first(where: { $0.typedID == id }) else { throw Abort(.forbidden) }
            // An association's mail goes to its own address when it has one, else to the representative.
            let email = association.email.isEmpty ? user.email : association.email
            return (Owner(key: respondent.key, choice: respondent.choice, associationID: id.uuid, email: email, name: association.name), choices)
        }
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        let (owner, choices) = try await owner(req, req.query[String.self, at: "for"])
        let existing = try await Subscriber.query(on: req.db).filter(\.$ownerKey == owner.key).with(\.$topics).first()
        let topics = existing?.topics.compactMap(\.topic) ?? []
        let fields = FormFields([("frequency", existing?.frequency.rawValue ?? SubscriptionFrequency.each.rawValue)]
                                + topics.map { ($0.kind == "district" ? "districts" : "categories", $0.value) })
        return try await render(req, owner, choices, existing: existing, form: FormState(fields: fields))
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let (owner, choices) = try await owner(req, req.formFields["for"].isEmpty ? nil : req.formFields["for"])
        let existing = try await Subscriber.query(on: req.db).filter(\.$ownerKey == owner.key).first()
        if req.formFields["intent"] == "stop" {
            if let existing {
                try await req.change { change in
                    try await existing.delete(on: change.db)
                    try await change.audit("subscription.stop", "subscriber", existing.id!.uuidString, owner.name)
                }
            }
            return req.seeOther(SiteURL.consultations(.subscribe).path(query: [("for", owner.choice), ("notice", "subscriptionStopped")]))
        }
        let known = Set(try await District.query(on: req.db).all().map(\.typedID))
        let language = req.language.rawValue
        return try await req.answerForm(render: { form, status in
            try await render(req, owner, choices, existing: existing, form: form, status: status)
        }, perform: { fields in
            let draft = try SubscriptionDraft.read(fields, knownDistricts: known).get()
            try await Self.store(draft, for: owner, language: language, by: req)
            return SiteURL.consultations(.subscribe).path(query: [("for", owner.choice), ("notice", "subscriptionSaved")])
        })
    }

    private static func store(_ draft: SubscriptionDraft, for owner: Owner, language: String, by req: Request) async throws {
        let topics = draft.topics, frequency = draft.frequency
        try await req.change { change in
            let subscriber = try await Subscriber.query(on: change.db).filter(\.$ownerKey == owner.key).first() ?? Subscriber()
            if subscriber.id == nil {
                subscriber.createdAt = change.now
                subscriber.ownerKey = owner.key
                subscriber.$user.id = owner.userID
                subscriber.$association.id = owner.associationID
                subscriber.token = SecureToken.make()
            }
            subscriber.email = owner.email
            subscriber.name = owner.name
            subscriber.language = language
            subscriber.frequency = frequency
            try await subscriber.save(on: change.db)
            try await SubscriberTopic.query(on: change.db).filter(\.$subscriber.$id == subscriber.id!).delete()
            try await topics.map { SubscriberTopic(subscriberID: subscriber.id!, topic: $0) }.create(on: change.db)
            try await change.audit("subscription.save", "subscriber", subscriber.id!.uuidString,
                                   "\(owner.name): \(topics.count) topics, \(frequency.rawValue)")
        }
    }

    private func render(_ req: Request, _ owner: Owner, _ choices: [ResponseFormPage.Choice], existing: Subscriber?, form: FormState,
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = SubscriptionPage(
            choices: choices, chosen: owner.choice, email: owner.email, form: form,
            districts: try await AssociationStore.districtOptions(on: req.db), isSubscribed: existing != nil)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable func unsubscribeForm(_ req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let subscriber = try await Subscriber.query(on: req.db).filter(\.$token == token).first()
        let page = UnsubscribePage(token: token, email: subscriber?.email, done: false)
        return req.html(page.render(try await req.page(forms: subscriber != nil)), status: subscriber == nil ? .notFound : .ok)
    }

    @Sendable func unsubscribe(_ req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let subscriber = try await Subscriber.query(on: req.db).filter(\.$token == token).first() else {
            return req.html(UnsubscribePage(token: token, email: nil, done: false).render(try await req.page()), status: .notFound)
        }
        try await req.change { change in
            try await subscriber.delete(on: change.db)
            try await change.audit("subscription.unsubscribe", "subscriber", subscriber.id!.uuidString, "by the link in a mail")
        }
        return req.html(UnsubscribePage(token: token, email: subscriber.email, done: true).render(try await req.page()))
    }
}
