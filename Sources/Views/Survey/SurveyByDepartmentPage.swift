import Plot
import Domain

/// `/enkat/{year}/forvaltningar`: each department's and company's own answer, for politicians
/// (their committees answer for what the departments do) and the coordinator, who also reads
/// what everyone wrote in the free-text field — without who wrote it.
public struct SurveyByDepartmentPage: Sendable {
    public var year: Int
    public var questions: [String]
    public var rows: [(department: String, scores: [Int])]
    /// Nil unless the reader is the coordinator.
    public var comments: [String]?

    public init(year: Int, questions: [String], rows: [(department: String, scores: [Int])], comments: [String]?) {
        (self.year, self.questions, self.rows, self.comments) = (year, questions, rows, comments)
    }

    public static let mock = SurveyByDepartmentPage(year: 2026, questions: ["Vi bjuder in i tid.", "Vi svarar i tid."],
                                                    rows: [("Kultur- och fritidsförvaltningen", [4, 5])], comments: ["Bra år."])

    public func render(_ context: PageContext) -> String {
        let title = context.t("survey.byDepartmentTitle", ["year": String(year)])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.survey(.year(.value(String(year)))).path), .safe("← " + context.t("survey.title", ["year": String(year)])))),
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t("survey.byDepartmentLead"))),
            .ol(.forEach(questions) { .li(.safe($0)) }),
            DataTable.render(
                caption: title,
                headers: [context.t("followUp.rowHeader.network")] + questions.indices.map { context.t("survey.questionNumber", ["number": String($0 + 1)]) },
                rows: rows.map { row in [.safe(row.department)] + row.scores.map { .safe(String($0)) } },
                emptyText: context.t("survey.noDepartmentAnswers")),
            .unwrap(comments) { comments in
                .group(
                    .h2(.safe(context.t("survey.comments"))),
                    comments.isEmpty ? .p(.class("empty"), .safe(context.t("survey.noComments"))) : .ul(.forEach(comments) { .li(.safe($0)) }))
            }
        )
    }
}
