import Plot
import Domain

/// The guide's answer: the ladder steps that fit and why, what to do first (with whom to call),
/// the support that matches, and what joining the agreement would open. The URL holds the
/// answers, so the page can be shared, printed or come back to.
public struct GuideResultPage: Sendable {
    public var answers: GuideAnswers
    public var result: GuideResult
    public var offerings: [SupportCard]
    public var locked: [SupportCard]
    public var entryPoint: EntryPointCard
    public var districtName: String?

    public init(answers: GuideAnswers, result: GuideResult, offerings: [SupportCard], locked: [SupportCard], entryPoint: EntryPointCard,
                districtName: String?) {
        self.answers = answers
        self.result = result
        self.offerings = offerings
        self.locked = locked
        self.entryPoint = entryPoint
        self.districtName = districtName
    }

    public static let mock: GuideResultPage = {
        let answers = GuideAnswers(want: .premises, category: .youth, district: .everywhere, hasOrgNumber: false, joined: .no, capacity: .little)
        return GuideResultPage(answers: answers, result: Guide.recommend(answers, catalogue: []), offerings: [.mock], locked: [.mock],
                               entryPoint: .mock, districtName: "Vivalla")
    }()

    func summaryLines(_ context: PageContext) -> [(String, String)] {
        Self.summary(answers, districtName: districtName, context.words)
    }

    /// The answers in words, for the page and for the question it prefills.
    public static func summary(_ answers: GuideAnswers, districtName: String?, _ context: Wording) -> [(String, String)] {
        [
            (context.t("guide.question.want"), answers.want.map { context.t("guide.want.\($0.rawValue)") } ?? "–"),
            (context.t("guide.question.category"), answers.category.map { context.t("category.\($0.rawValue)") } ?? "–"),
            (context.t("guide.question.district"), districtName ?? context.t("guide.district.all")),
            (context.t("guide.question.orgNumber"), answers.hasOrgNumber.map { context.t("guide.orgNumber.\($0 ? "yes" : "no")") } ?? "–"),
            (context.t("guide.question.joined"), answers.joined.map { context.t("guide.joined.\($0.rawValue)") } ?? "–"),
            (context.t("guide.question.capacity"), answers.capacity.map { context.t("guide.capacity.\($0.rawValue)") } ?? "–"),
        ]
    }

    var askLink: String {
        SiteURL.inquiries(.ask).path(query: [("topic", result.inquiryTopic.rawValue), ("from", "guide")] + answers.query)
    }

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("guide.result.title"),
            .h1(.safe(context.t("guide.result.title"))),
            .p(.class("lead"), .safe(context.t("guide.result.lead"))),
            .h2(.safe(context.t(result.steps.count == 1 ? "guide.result.step" : "guide.result.steps"))),
            .forEach(result.steps) { step in
                .div(.class("ladder-step"),
                     .h3(.safe(context.t("guide.step.\(step.key).number", ["number": String(step.rawValue)]) + " " + context.t("guide.step.\(step.key).name"))),
                     .p(.safe(context.t("guide.step.\(step.key).body"))))
            },
            .forEach(result.reasons) { .p(.safe(context.t($0))) },
            .h2(.safe(context.t("guide.result.first"))),
            .ol(.class("next-steps"), .forEach(result.nextSteps) { nextStep($0, context) }),
            entryPoint.render(context),
            .h2(.safe(context.t("guide.result.offerings"))),
            .if(offerings.isEmpty, .p(.safe(context.t("guide.result.noOfferings")))),
            .div(.class("card-list"), .forEach(offerings.prefix(8)) { $0.render(context) }),
            .if(!locked.isEmpty, .group(
                .h2(.safe(context.t("guide.result.locked"))),
                .div(.class("card-list"), .forEach(locked.prefix(6)) { $0.render(context) })
            )),
            .h2(.safe(context.t("guide.result.yourAnswers"))),
            .dl(.class("summary-list"), .forEach(summaryLines(context)) { question, answer in .group(.dt(.safe(question)), .dd(.safe(answer))) }),
            .p(.a(.href(SiteURL.guide.path), .safe(context.t("guide.result.again"))))
        )
    }

    func nextStep(_ step: GuideResult.NextStep, _ context: PageContext) -> Node<HTML.ListContext> {
        switch step {
        case .contactEntryPoint:
            return .li(.safe(context.t("guide.next.contact", ["department": entryPoint.departmentName, "phone": entryPoint.phone])))
        case .askQuestion:
            return .li(.safe(context.t("guide.next.ask") + " "), .a(.attr("href", askLink), .safe(context.t("inquiries.ask.title"))))
        case .joinAgreement:
            return .li(.safe(context.t("guide.next.join") + " "), .a(.href(SiteURL.agreement(.index).path), .safe(context.t("support.howToJoin"))))
        case .getOrgNumber:
            return .li(.safe(context.t("guide.next.orgNumber")))
        case .registerAssociation:
            return .li(.safe(context.t("guide.next.register") + " "),
                       .a(.href(SiteURL.associations(.new).path), .safe(context.t("associations.directory.register"))))
        }
    }
}
