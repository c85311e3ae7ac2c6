import Plot
import Domain
import Foundation

/// One person's interest as its organiser sees it (never anyone else).
public struct InterestRow: Sendable, Hashable {
    public var id: String
    public var name: String
    public var email: String
    public var phone: String
    public var message: String
    public var status: InterestStatus
    public var shownAt: Date
    public var answer: String

    public init(id: String, name: String, email: String, phone: String, message: String, status: InterestStatus, shownAt: Date, answer: String) {
        (self.id, self.name, self.email, self.phone, self.message, self.status, self.shownAt, self.answer) = (id, name, email, phone, message, status, shownAt, answer)
    }

    public static let mock = InterestRow(id: "i1", name: "Amina Ali", email: "amina@example.se", phone: "070-123 45 67",
                                         message: "Jag pratar arabiska och vill hjälpa till.", status: .new,
                                         shownAt: Date(timeIntervalSince1970: 1_800_000_000), answer: "")

    func contact(_ context: PageContext) -> String {
        let parts = [email, phone].filter { !$0.isEmpty }
        return parts.isEmpty ? context.t("volunteering.interested.deleted") : parts.joined(separator: ", ")
    }
}

/// The organiser's list: who showed interest, in the order they came, each with its answer.
public struct InterestsPage: Sendable {
    public var assignment: AssignmentSummary
    public var rows: [InterestRow]

    public init(assignment: AssignmentSummary, rows: [InterestRow]) {
        (self.assignment, self.rows) = (assignment, rows)
    }

    public static let mock = InterestsPage(assignment: .mock, rows: [.mock])

    public func render(_ context: PageContext) -> String {
        let slug = assignment.slug
        let title = context.t("volunteering.interested.title", ["title": assignment.title])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.volunteering(.show(.value(slug))).path), .safe("← " + assignment.title))),
            .h1(.safe(title)),
            .p(.class("hint"), .safe(context.t("volunteering.interested.privacy"))),
            DataTable.render(
                caption: context.t("volunteering.interested.caption", ["count": context.words.number(rows.count)]),
                headers: [context.t("volunteering.interest.name"), context.t("volunteering.interested.contact"),
                          context.t("volunteering.interest.message"), context.t("volunteering.interested.shown"), context.t("events.registrations.status")],
                rows: rows.map { row in [
                    row.name.isEmpty ? .safe(context.t("volunteering.interested.deleted"))
                        : .a(.href(SiteURL.volunteering(.answer(.value(slug), .value(row.id))).path), .safe(row.name)),
                    .safe(row.contact(context)), .safe(row.message), .safe(context.words.dateTime(row.shownAt)),
                    .safe(context.t("volunteering.status.\(row.status.rawValue)")),
                ] },
                emptyText: context.t("volunteering.interested.empty"))
        )
    }
}

/// One interested person, and the organiser's answer: welcome, or not this time with a reason.
/// The person is mailed the answer (or phoned, when they left only a number).
public struct InterestAnswerPage: Sendable {
    public var assignment: AssignmentSummary
    public var row: InterestRow
    public var form: FormState

    public init(assignment: AssignmentSummary, row: InterestRow, form: FormState = FormState()) {
        (self.assignment, self.row, self.form) = (assignment, row, form)
    }

    public static let mock = InterestAnswerPage(assignment: .mock, row: .mock)

    public func render(_ context: PageContext) -> String {
        let slug = assignment.slug
        // A person who deleted their details has no name left: the page still has a title.
        let title = row.name.isEmpty ? context.t("volunteering.interested.deleted") : row.name
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.volunteering(.interested(.value(slug))).path),
                                         .safe("← " + context.t("volunteering.interested.title", ["title": assignment.title])))),
            .h1(.safe(title)),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("volunteering.interested.contact"))), .dd(.safe(row.contact(context))),
                .dt(.safe(context.t("volunteering.interest.message"))), .dd(.safe(row.message)),
                .dt(.safe(context.t("volunteering.interested.shown"))), .dd(.safe(context.words.dateTime(row.shownAt))),
                .dt(.safe(context.t("events.registrations.status"))), .dd(.safe(context.t("volunteering.status.\(row.status.rawValue)"))),
                .if(!row.answer.isEmpty, .group(.dt(.safe(context.t("volunteering.answer.given"))), .dd(.safe(row.answer))))
            ),
            .if(row.status == .new, Form.post(
                context, action: SiteURL.volunteering(.answer(.value(slug), .value(row.id))).path,
                .h2(.safe(context.t("volunteering.answer.title"))),
                .p(.safe(context.t(row.email.isEmpty ? "volunteering.answer.leadPhone" : "volunteering.answer.lead"))),
                Form.errorSummary(context, form),
                Form.radioGroup(context, form, name: "answer", legend: context.t("volunteering.answer.choice"), options: [
                    Form.Option("welcome", context.t("volunteering.answer.welcome")), Form.Option("decline", context.t("volunteering.answer.decline")),
                ]),
                Form.field(context, form, name: "message", label: context.t("volunteering.answer.message"),
                           hint: context.t("volunteering.answer.messageHint"), kind: .textarea),
                Form.submit(context.t("volunteering.answer.submit"))
            ))
        )
    }
}

/// The page behind the link in every mail to a volunteer: where the interest stands, the
/// organiser's answer, and deleting one's details at once.
public struct YourInterestPage: Sendable {
    public var assignment: AssignmentSummary
    public var token: String
    public var status: InterestStatus
    public var answer: String
    public var isForgotten: Bool
    public var form: FormState

    public init(assignment: AssignmentSummary, token: String, status: InterestStatus, answer: String, isForgotten: Bool, form: FormState = FormState()) {
        (self.assignment, self.token, self.status, self.answer, self.isForgotten, self.form) = (assignment, token, status, answer, isForgotten, form)
    }

    public static let mock = YourInterestPage(assignment: .mock, token: "t", status: .welcomed, answer: "Välkommen! Vi ringer dig.", isForgotten: false)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("volunteering.yours.title"),
            .h1(.safe(context.t("volunteering.yours.title"))),
            assignment.render(context),
            .p(.strong(.safe(context.t("volunteering.yours.status.\(status.rawValue)")))),
            .if(!answer.isEmpty, .blockquote(.p(.safe(answer)))),
            .if(isForgotten, .p(.safe(context.t("volunteering.yours.forgotten")))),
            .if(!isForgotten, Form.post(
                context, action: SiteURL.volunteering(.yours(.value(token))).path,
                Form.errorSummary(context, form),
                .h2(.safe(context.t("volunteering.yours.deleteTitle"))),
                .p(.safe(context.t("volunteering.yours.deleteLead"))),
                Form.submit(context.t("volunteering.yours.delete"), class: "button button--secondary")
            ))
        )
    }
}

/// The assignments of the associations and departments this person speaks for, with how many
/// showed interest and how many wait for an answer.
public struct MyAssignmentsPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var summary: AssignmentSummary
        public var total: Int
        public var unanswered: Int

        public init(summary: AssignmentSummary, total: Int, unanswered: Int) {
            (self.summary, self.total, self.unanswered) = (summary, total, unanswered)
        }
    }

    public var items: Paged<Row>

    public init(items: Paged<Row>) { self.items = items }

    public static let mock = MyAssignmentsPage(items: Paged(items: [Row(summary: .mock, total: 3, unanswered: 1)], page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("volunteering.mine.title"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.volunteering(.list).path), .safe("← " + context.t("volunteering.title")))),
            .h1(.safe(context.t("volunteering.mine.title"))),
            .p(.a(.class("button button--secondary"), .href(SiteURL.volunteering(.new).path), .safe(context.t("volunteering.new")))),
            DataTable.render(
                caption: context.t("volunteering.mine.caption", ["total": context.words.total(items)]),
                headers: [context.t("volunteering.field.title"), context.t("volunteering.field.closes"), context.t("volunteering.mine.interested"),
                          context.t("volunteering.mine.unanswered")],
                rows: items.items.map { row in [
                    .a(.href(SiteURL.volunteering(.show(.value(row.summary.slug))).path), .safe(row.summary.title)),
                    .safe(row.summary.isOpen ? context.words.day(row.summary.closes) : context.t("volunteering.closed")),
                    .a(.href(SiteURL.volunteering(.interested(.value(row.summary.slug))).path), .safe(context.words.number(row.total))),
                    .safe(context.words.number(row.unanswered)),
                ] },
                emptyText: context.t("volunteering.mine.empty")),
            Pagination.nav(context, items, path: SiteURL.volunteering(.mine).path, query: [])
        )
    }
}
