import Plot
import Domain

/// One question of the ladder guide per page, as a GET form that carries the earlier answers
/// along: it works without JavaScript, the browser's back button works, and nothing is stored.
public struct GuideQuestionPage: Sendable {
    public var answers: GuideAnswers
    public var question: GuideAnswers.Question
    public var districts: [Form.Option]

    public init(answers: GuideAnswers, question: GuideAnswers.Question, districts: [Form.Option]) {
        self.answers = answers
        self.question = question
        self.districts = districts
    }

    public static let mock = GuideQuestionPage(answers: GuideAnswers(want: .premises), question: .category,
                                               districts: [Form.Option("d1", "Vivalla")])

    var number: Int { (GuideAnswers.Question.allCases.firstIndex(of: question) ?? 0) + 1 }

    func options(_ context: PageContext) -> [Form.Option] {
        switch question {
        case .want: return GuideAnswers.Want.offered.map { Form.Option($0.rawValue, context.t("guide.want.\($0.rawValue)")) }
        case .category: return AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) }
        case .district: return [Form.Option("all", context.t("guide.district.all"))] + districts
        case .orgNumber: return ["yes", "no"].map { Form.Option($0, context.t("guide.orgNumber.\($0)")) }
        case .joined: return GuideAnswers.Joined.allCases.map { Form.Option($0.rawValue, context.t("guide.joined.\($0.rawValue)")) }
        case .capacity: return GuideAnswers.Capacity.allCases.map { Form.Option($0.rawValue, context.t("guide.capacity.\($0.rawValue)")) }
        }
    }

    /// The same answers without this question's and the one before it: the previous page.
    var backLink: String? {
        guard number > 1 else { return nil }
        let previous = GuideAnswers.Question.allCases[number - 2].rawValue
        return SiteURL.guide.path(query: answers.query.filter { $0.0 != previous && $0.0 != question.rawValue })
    }

    public func render(_ context: PageContext) -> String {
        let count = GuideAnswers.Question.allCases.count
        let title = context.t("guide.question.\(question.rawValue)")
        return Layout.render(
            context, title: context.t("guide.title") + ": " + title,
            .p(.class("breadcrumb"), .unwrap(backLink, { .a(.attr("href", $0), .safe("← " + context.t("guide.back"))) },
                                              else: .a(.href(SiteURL.support(.catalogue).path), .safe("← " + context.t("support.title"))))),
            .p(.class("progress"), .safe(context.t("guide.progress", ["number": String(number), "count": context.words.number(count)]))),
            .h1(.safe(title)),
            .if(number == 1, .p(.class("lead"), .safe(context.t("guide.lead")))),
            Form.get(
                SiteURL.guide.path,
                .group(answers.query.compactMap { name, value in
                    value.map { Node<HTML.FormContext>.input(.type(.hidden), .name(name), .value($0)) }
                }),
                Form.radioGroup(context, FormState(values: [question.rawValue: current]), name: question.rawValue,
                                legend: title, hint: context.t("guide.hint.\(question.rawValue)"), options: options(context)),
                Form.submit(context.t(number == count ? "guide.showResult" : "guide.next"))
            )
        )
    }

    var current: String {
        answers.query.first { $0.0 == question.rawValue }?.1 ?? ""
    }
}
