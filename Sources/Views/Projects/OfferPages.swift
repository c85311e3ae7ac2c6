import Plot
import Domain

/// Offers from associations: the list, publishing one, one offer, and one department's answer.
public enum OffersURL: Sendable, Hashable {
    case list
    case new
    case show(Parameter)
    case respond(Parameter)
    case withdraw(Parameter)
    case answer(Parameter, Parameter)

    public var pathComponents: [String] {
        switch self {
        case .list: return []
        case .new: return ["ny"]
        case .show(let slug): return [slug.component("slug")]
        case .respond(let slug): return [slug.component("slug"), "svara"]
        case .withdraw(let slug): return [slug.component("slug"), "avsluta"]
        case .answer(let slug, let id): return [slug.component("slug"), "svar", id.component("answerID")]
        }
    }
}

/// An offer in a list: what, from which association, what it costs, how many departments answered.
public struct OfferSummary: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var association: String
    public var easyRead: String
    public var competences: [String]
    public var cost: String
    public var isOpen: Bool
    public var answers: Int

    public init(slug: String, title: String, association: String, easyRead: String, competences: [String], cost: String, isOpen: Bool, answers: Int) {
        self.slug = slug
        self.title = title
        self.association = association
        self.easyRead = easyRead
        self.competences = competences
        self.cost = cost
        self.isOpen = isOpen
        self.answers = answers
    }

    public static let mock = OfferSummary(slug: "dyslexi", title: "Föreläsning om dyslexi för skolpersonal", association: "Dyslexiföreningen",
                                          easyRead: "Vi berättar hur det är att ha dyslexi.", competences: ["dyslexi"], cost: "Gratis", isOpen: true,
                                          answers: 1)

    public func render(_ context: PageContext, headingLevel: Int = 2) -> Node<HTML.BodyContext> {
        .div(
            .class("entry-point"),
            .element(named: "h\(headingLevel)", nodes: [Node<HTML.BodyContext>.a(.href(SiteURL.offers(.show(.value(slug))).path), .safe(title))]),
            .p(.safe(easyRead)),
            .p(.class("hint"), .safe(([association] + (cost.isEmpty ? [] : [cost]) + (isOpen ? [] : [context.t("offers.withdrawn")])
                + [context.t("offers.answerCount", ["count": context.words.number(answers)])]).joined(separator: " · ")))
        )
    }
}

/// Open offers newest first, searchable in full text; the viewer's associations' own above them.
public struct OfferListPage: Sendable {
    public var query: String
    public var items: Paged<OfferSummary>
    public var mine: [OfferSummary]
    public var canOffer: Bool

    public init(query: String, items: Paged<OfferSummary>, mine: [OfferSummary], canOffer: Bool) {
        self.query = query
        self.items = items
        self.mine = mine
        self.canOffer = canOffer
    }

    public static let mock = OfferListPage(query: "", items: Paged(items: [.mock], page: PageRequest(number: 1), total: 1), mine: [.mock], canOffer: true)

    public func render(_ context: PageContext) -> String {
        let path = SiteURL.offers(.list).path
        return Layout.render(
            context, title: context.t("offers.title"),
            .h1(.safe(context.t("offers.title"))),
            .p(.class("lead"), .safe(context.t("offers.lead"))),
            .if(canOffer, .p(.a(.class("button button--secondary"), .href(SiteURL.offers(.new).path), .safe(context.t("offers.new"))))),
            .if(!mine.isEmpty, .group(.h2(.safe(context.t("offers.mine"))), .div(.class("card-list"), .forEach(mine) { $0.render(context, headingLevel: 3) }))),
            Form.get(path, class: "filter-form", Form.field(context, FormState(values: ["q": query]), name: "q", label: context.t("offers.search")),
                     Form.submit(context.t("form.search"), class: "button button--secondary")),
            .h2(.safe(context.t("offers.open"))),
            .if(items.items.isEmpty, .p(.class("empty"), .safe(context.t("offers.empty")))),
            .div(.class("card-list"), .forEach(items.items) { $0.render(context, headingLevel: 3) }),
            Pagination.nav(context, items, path: path, query: query.isEmpty ? [] : [("q", query)])
        )
    }
}

/// A representative publishes what one of their verified associations offers the municipality.
public struct OfferFormPage: Sendable {
    public var form: FormState
    public var associations: [Form.Option]

    public init(form: FormState, associations: [Form.Option]) {
        self.form = form
        self.associations = associations
    }

    public static let mock = OfferFormPage(form: FormState(), associations: [Form.Option("a1", "Dyslexiföreningen")])

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("offers.new"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.offers(.list).path), .safe("← " + context.t("offers.title")))),
            .h1(.safe(context.t("offers.new"))),
            .p(.safe(context.t("offers.newLead"))),
            .if(associations.isEmpty, .p(.class("notice"), .safe(context.t("projects.refusal.noOwner")))),
            .if(!associations.isEmpty, Form.post(
                context, action: SiteURL.offers(.new).path,
                Form.errorSummary(context, form),
                Form.select(context, form, name: "association", label: context.t("initiatives.field.association"), options: associations),
                Form.field(context, form, name: "title", label: context.t("offers.field.title"), hint: context.t("offers.field.titleHint"), required: true),
                Form.field(context, form, name: "easyRead", label: context.t("support.field.easyRead"),
                           hint: context.t("support.field.easyReadHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "summary", label: context.t("offers.field.summary"), kind: .textarea, required: true),
                Form.field(context, form, name: "competences", label: context.t("offers.field.competences"),
                           hint: context.t("calls.field.competencesHint")),
                Form.checkboxGroup(context, form, name: "targetGroups", legend: context.t("projects.field.targetGroups"),
                                   options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }),
                Form.field(context, form, name: "cost", label: context.t("offers.field.cost"), hint: context.t("offers.field.costHint")),
                Form.field(context, form, name: "contactName", label: context.t("projects.field.contactName"), required: true),
                Form.field(context, form, name: "contactEmail", label: context.t("projects.field.contactEmail"), kind: .email),
                Form.submit(context.t("offers.publish"))
            ))
        )
    }
}
