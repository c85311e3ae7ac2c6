import Plot
import Domain

/// One consultation: what the municipality asks, until when, from whom, and — once compiled —
/// what came in and how it was weighed.
public struct ConsultationPage: Sendable {
    public var summary: ConsultationSummary
    public var text: String
    public var body: String
    public var links: [String]
    public var questions: [String]
    public var categories: [AssociationCategory]
    public var entryPoint: EntryPointCard
    public var compilation: String
    public var canEdit: Bool
    public var responses: ResponseList

    public init(summary: ConsultationSummary, text: String, body: String, links: [String], questions: [String],
                categories: [AssociationCategory], entryPoint: EntryPointCard, compilation: String, canEdit: Bool,
                responses: ResponseList) {
        self.summary = summary
        self.text = text
        self.body = body
        self.links = links
        self.questions = questions
        self.categories = categories
        self.entryPoint = entryPoint
        self.compilation = compilation
        self.canEdit = canEdit
        self.responses = responses
    }

    public static let mock = ConsultationPage(
        summary: .mock, text: "Planen gäller mark norr om skjutbanan.", body: "## Bakgrund\nKommunen vill bygga 200 bostäder.",
        links: ["https://example.org/plan.pdf"], questions: ["Hur påverkas er verksamhet?"], categories: [.sport],
        entryPoint: .mock, compilation: "", canEdit: true, responses: .mock)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: summary.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.consultations(.list).path), .safe("← " + context.t("consultations.title")))),
            .h1(.safe(summary.title)),
            .if(canEdit, .p(.a(.href(SiteURL.staff(.editConsultation(.value(summary.slug))).path), .safe(context.t("consultations.edit"))),
                            .safe(" · "),
                            .a(.href(SiteURL.staff(.inviteConsultation(.value(summary.slug))).path), .safe(context.t("invitations.title"))))),
            .p(.class("tag"), .safe(context.t("consultations.status.\(summary.status.rawValue)"))),
            .p(.strong(.safe(summary.when(context.words)))),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("consultations.field.caseNumber"))), .dd(.safe(summary.caseNumber)),
                .dt(.safe(context.t("consultations.announced"))), .dd(.safe(context.words.day(summary.dates.announced))),
                .dt(.safe(context.t("consultations.field.opens"))), .dd(.safe(context.words.day(summary.dates.opens))),
                .dt(.safe(context.t("consultations.field.closes"))), .dd(.safe(context.words.day(summary.dates.closes))),
                .if(!summary.districts.isEmpty, .group(.dt(.safe(context.t("consultations.field.districts"))),
                                                       .dd(.safe(summary.districts.joined(separator: ", "))))),
                .if(!categories.isEmpty, .group(.dt(.safe(context.t("consultations.field.categories"))),
                                                .dd(.safe(categories.map { context.t("category.\($0.rawValue)") }.joined(separator: ", ")))))
            ),
            .section(.class("easy-read"), .attr("aria-labelledby", "easy-heading"),
                     .h2(.id("easy-heading"), .safe(context.t("support.easyRead"))), .p(.safe(summary.easyRead))),
            .if(summary.status == .compiled && !compilation.isEmpty, .section(
                .class("compilation"), .attr("aria-labelledby", "compilation-heading"),
                .h2(.id("compilation-heading"), .safe(context.t("consultations.compilation"))),
                RichText.render(compilation, headingOffset: 2)
            )),
            .h2(.safe(context.t("consultations.about"))),
            RichText.render(text, headingOffset: 2),
            .if(!body.isEmpty, RichText.render(body, headingOffset: 2)),
            .if(!questions.isEmpty, .group(.h2(.safe(context.t("consultations.questions"))), .ol(.forEach(questions) { .li(.safe($0)) }))),
            .if(!links.isEmpty, .group(.h2(.safe(context.t("consultations.documents"))),
                                      .ul(.forEach(links) { .li(.a(.attr("href", $0), .safe($0))) }))),
            .h2(.safe(context.t(summary.status == .open ? "consultations.howToAnswer" : "consultations.whoToAsk"))),
            .if(summary.status == .open, .group(
                .p(.a(.class("button"), .href(SiteURL.consultations(.respond(.value(summary.slug))).path), .safe(context.t("responses.write")))),
                .p(.safe(context.t("consultations.answerByMail", ["caseNumber": summary.caseNumber])))
            )),
            entryPoint.render(context),
            responses.render(context, basePath: SiteURL.consultations(.show(.value(summary.slug))).path),
            .p(.a(.href(SiteURL.consultations(.subscribe).path), .safe(context.t("subscriptions.link"))))
        )
    }
}
