import Plot
import Domain

/// One offering: the easy-to-read summary first, then who can get it, how to apply and whom to ask.
public struct SupportOfferingPage: Sendable {
    public var card: SupportCard
    public var summary: String
    public var conditions: String
    public var howToApply: [String]
    public var externalURL: String
    public var entryPoint: EntryPointCard
    public var categories: [AssociationCategory]
    public var isPublished: Bool
    public var canEdit: Bool

    public init(card: SupportCard, summary: String, conditions: String, howToApply: [String], externalURL: String,
                entryPoint: EntryPointCard, categories: [AssociationCategory], isPublished: Bool = true, canEdit: Bool = false) {
        self.card = card
        self.summary = summary
        self.conditions = conditions
        self.howToApply = howToApply
        self.externalURL = externalURL
        self.entryPoint = entryPoint
        self.categories = categories
        self.isPublished = isPublished
        self.canEdit = canEdit
    }

    public static let mock = SupportOfferingPage(
        card: .mock, summary: "Bidraget går till föreningar som ordnar aktiviteter för barn och unga under sommarlovet.",
        conditions: "Aktiviteten ska vara gratis och öppen för alla.", howToApply: ["Fyll i ansökan.", "Skicka den före sista dagen."],
        externalURL: "https://bidrag.example", entryPoint: .mock, categories: [.youth], canEdit: true)

    public func render(_ context: PageContext) -> String {
        let ask = SiteURL.inquiries(.ask).path(query: [("topic", card.kind == .premises ? "premises" : "grants"),
                                                       ("question", context.t("support.askAbout", ["title": card.title]))])
        return Layout.render(
            context, title: card.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.support(.catalogue).path), .safe("← " + context.t("support.title")))),
            .h1(.safe(card.title)),
            .if(!isPublished, .div(.class("notice notice--warning"), .p(.safe(context.t("support.draft"))))),
            .if(canEdit, .p(.a(.href(SiteURL.staff(.editSupport(.value(card.slug))).path), .safe(context.t("support.edit"))))),
            .p(.class("tag"), .safe(context.t("support.kind.\(card.kind.rawValue)") + " · " + context.t("guide.step.\(card.step.key).name"))),
            .section(.class("easy-read"), .attr("aria-labelledby", "easy-heading"),
                     .h2(.id("easy-heading"), .safe(context.t("support.easyRead"))), .p(.safe(card.easyRead))),
            .h2(.safe(context.t("support.about"))),
            RichText.render(summary, headingOffset: 2),
            .h2(.safe(context.t("support.who"))),
            .if(!conditions.isEmpty, RichText.render(conditions, headingOffset: 2)),
            .ul(
                .if(card.requiresJoined, .li(.safe(context.t("support.requiresJoined") + " "),
                                             .a(.href(SiteURL.agreement(.index).path), .safe(context.t("support.howToJoin"))))),
                .if(card.requiresOrgNumber, .li(.safe(context.t("support.requiresOrgNumber")))),
                .li(.safe(categories.isEmpty ? context.t("support.allCategories")
                          : context.t("support.forCategories", ["categories": categories.map { context.t("category.\($0.rawValue)") }.joined(separator: ", ")])))
            ),
            .h2(.safe(context.t("support.howToApply"))),
            .ol(.forEach(howToApply) { .li(.safe($0)) }),
            .p(.strong(.safe(card.deadline.map { context.t("support.deadline", ["date": context.words.day($0)]) } ?? context.t("support.allYear")))),
            .if(!externalURL.isEmpty, .p(.a(.attr("href", externalURL), .safe(context.t("support.applyThere"))))),
            .h2(.safe(context.t("support.whoToAsk"))),
            entryPoint.render(context),
            .p(.a(.class("button button--secondary"), .attr("href", ask), .safe(context.t("support.ask"))))
        )
    }
}
