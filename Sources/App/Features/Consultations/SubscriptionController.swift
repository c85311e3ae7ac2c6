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

    struct Input: Content {
        var `for`: String?
        var districts: [String]?
        var categories: [String]?
        var frequency: String?
        var intent: String?
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
        let associations = try await AssociationStore.represented(req)
        choices += associations.map { ResponseFormPage.Choice(value: $0.id!.uuidString.lowercased(), label: $0.name) }
        let value = choice ?? "person"
        guard let respondent = Respondent(choice: value, userID: user.id!), Policy.mayRespond(req.actor, as: respondent) else {
            throw Abort(.forbidden)
        }
        switch respondent {
        case .person(let id):
            return (Owner(key: respondent.key, choice: "person", userID: id, email: user.email, name: user.displayName), choices)
        case .association(let id):
            guard let association = associations.first(where: { $0.id == id }) else { throw Abort(.forbidden) }
            // An association's mail goes to its own address when it has one, else to the representative.
            let email = association.email.isEmpty ? user.email : association.email
            return (Owner(key: respondent.key, choice: respondent.choice, associationID: id, email: email, name: association.name), choices)
        }
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        let (owner, choices) = try await owner(req, req.query[String.self, at: "for"])
        let existing = try await Subscriber.query(on: req.db).filter(\.$ownerKey == owner.key).with(\.$topics).first()
        let topics = existing?.topics.compactMap(\.topic) ?? []
        return try await render(req, owner, choices, existing: existing,
                                districts: Set(topics.filter { $0.kind == "district" }.map(\.value)),
                                categories: Set(topics.filter { $0.kind == "category" }.map(\.value)),
                                frequency: existing?.frequency.rawValue ?? SubscriptionFrequency.each.rawValue)
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let input = try req.content.decode(Input.self)
        let (owner, choices) = try await owner(req, input.for)
        let existing = try await Subscriber.query(on: req.db).filter(\.$ownerKey == owner.key).first()
        if input.intent == "stop" {
            if let existing {
                try await req.change { change in
                    try await existing.delete(on: change.db)
                    try await change.audit("subscription.stop", "subscriber", existing.id!.uuidString, owner.name)
                }
            }
            return req.seeOther(SiteURL.consultations(.subscribe).path(query: [("for", owner.choice), ("notice", "subscriptionStopped")]))
        }
        let known = Set(try await District.query(on: req.db).all().map { $0.id!.uuidString.lowercased() })
        let districts = Set((input.districts ?? []).map { $0.lowercased() })
        let categories = Set(input.categories ?? [])
        var checks = FieldChecks()
        if !districts.isSubset(of: known) { checks.add("districts", "error.choose") }
        if categories.contains(where: { AssociationCategory(rawValue: $0) == nil }) { checks.add("categories", "error.choose") }
        let frequency = SubscriptionFrequency(rawValue: input.frequency ?? "")
        if frequency == nil { checks.add("frequency", "error.choose") }
        if districts.isEmpty && categories.isEmpty { checks.add("districts", "error.subscription.empty") }
        guard checks.isValid, let frequency else {
            return try await render(req, owner, choices, existing: existing, districts: districts, categories: categories,
                                    frequency: input.frequency ?? "", errors: checks.errors, status: .unprocessableEntity)
        }
        let topics = districts.compactMap { SubscriptionTopic(kind: "district", value: $0) }
            + categories.compactMap { SubscriptionTopic(kind: "category", value: $0) }
        let language = req.language.rawValue
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
        return req.seeOther(SiteURL.consultations(.subscribe).path(query: [("for", owner.choice), ("notice", "subscriptionSaved")]))
    }

    private func render(_ req: Request, _ owner: Owner, _ choices: [ResponseFormPage.Choice], existing: Subscriber?, districts: Set<String>,
                        categories: Set<String>, frequency: String, errors: [FieldError] = [],
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = SubscriptionPage(
            choices: choices, chosen: owner.choice, email: owner.email, form: FormState(values: ["frequency": frequency], errors: errors),
            districts: try await AssociationStore.districtOptions(on: req.db), selectedDistricts: districts, selectedCategories: categories,
            isSubscribed: existing != nil)
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
