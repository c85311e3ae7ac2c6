import Plot
import Domain
import Foundation

/// One call for partners: what is asked, by whom, until when, what comes with it; how many
/// answered and what came of it. Its department sees the answers and its matches; a
/// representative of a verified association can answer while it is open.
public struct CallPage: Sendable {
    public typealias Answer = AnswerLine

    public var summary: CallSummary
    public var text: String
    public var form: LadderStep
    public var categories: [AssociationCategory]
    public var districts: [String]
    public var targetGroups: [TargetGroup]
    public var contactName: String
    public var contactEmail: String
    /// Projects started from chosen answers.
    public var projects: [ProjectSummary]
    public var canAnswer: Bool
    /// Shown to the department only.
    public var answers: [Answer]?

    public init(summary: CallSummary, text: String, form: LadderStep, categories: [AssociationCategory], districts: [String],
                targetGroups: [TargetGroup], contactName: String, contactEmail: String, projects: [ProjectSummary], canAnswer: Bool,
                answers: [Answer]?) {
        self.summary = summary
        self.text = text
        self.form = form
        self.categories = categories
        self.districts = districts
        self.targetGroups = targetGroups
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.projects = projects
        self.canAnswer = canAnswer
        self.answers = answers
    }

    public static let mock = CallPage(
        summary: .mock, text: "Skolorna ska bli NPF-säkra. Vi vill att föreningar utbildar personalen.", form: .partnership,
        categories: [.disability], districts: ["Vivalla"], targetGroups: [.children], contactName: "Eva", contactEmail: "eva@example.se",
        projects: [.mock], canAnswer: true,
        answers: [Answer(id: "x", from: "NPF-föreningen", status: .submitted, submittedAt: Date(timeIntervalSince1970: 1_794_812_400))])

    public func render(_ context: PageContext) -> String {
        let words = context.words
        let slug = Parameter.value(summary.slug)
        return Layout.render(
            context, title: summary.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.calls(.list).path), .safe("← " + context.t("calls.title")))),
            .h1(.safe(summary.title)),
            .if(answers != nil, .p(.a(.href(SiteURL.calls(.edit(slug)).path), .safe(context.t("calls.edit"))), .safe(" · "),
                                   .a(.href(SiteURL.calls(.matches(slug)).path), .safe(context.t("calls.matches"))))),
            .p(.strong(.safe(summary.when(words)))),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("inquiries.department"))), .dd(.safe(summary.department)),
                .dt(.safe(context.t("projects.field.form"))), .dd(.safe(context.t("guide.step.\(form.key).name"))),
                .if(!summary.competences.isEmpty, .group(.dt(.safe(context.t("calls.field.competences"))),
                                                         .dd(.safe(summary.competences.joined(separator: ", "))))),
                .if(!categories.isEmpty, .group(.dt(.safe(context.t("consultations.field.categories"))),
                                                .dd(.safe(categories.map { context.t("category.\($0.rawValue)") }.joined(separator: ", "))))),
                .if(!districts.isEmpty, .group(.dt(.safe(context.t("projects.field.districts"))), .dd(.safe(districts.joined(separator: ", "))))),
                .if(!targetGroups.isEmpty, .group(.dt(.safe(context.t("projects.field.targetGroups"))),
                                                  .dd(.safe(targetGroups.map { context.t("targetGroup.\($0.rawValue)") }.joined(separator: ", "))))),
                .if(!summary.offered(words).isEmpty, .group(.dt(.safe(context.t("calls.comesWith"))),
                                                            .dd(.safe(summary.offered(words).joined(separator: ", "))))),
                .dt(.safe(context.t("projects.field.contact"))),
                .dd(.safe(contactName), .if(!contactEmail.isEmpty, .group(.safe(", "), .a(.href("mailto:" + contactEmail), .safe(contactEmail)))))
            ),
            .section(.class("easy-read"), .attr("aria-labelledby", "easy-heading"),
                     .h2(.id("easy-heading"), .safe(context.t("support.easyRead"))), .p(.safe(summary.easyRead))),
            .h2(.safe(context.t("calls.about"))),
            RichText.render(text, headingOffset: 2),
            .if(canAnswer, .p(.a(.class("button"), .href(SiteURL.calls(.respond(slug)).path), .safe(context.t("calls.answer"))))),
            .h2(.safe(context.t("calls.outcome"))),
            .p(.safe(context.t("calls.answerCount", ["count": words.number(summary.answers)]))),
            .if(!projects.isEmpty, .div(.class("card-list"), .forEach(projects) { $0.render(context, headingLevel: 3) })),
            .unwrap(answers) { answers in .group(
                .h2(.safe(context.t("calls.answers"))),
                .if(answers.isEmpty, .p(.class("empty"), .safe(context.t("calls.noAnswers")))),
                .ul(.forEach(answers) { $0.render(context, link: SiteURL.calls(.answer(slug, .value($0.id))).path) })
            ) }
        )
    }
}
