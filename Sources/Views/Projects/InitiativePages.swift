import Plot
import Domain
import Foundation

/// Initiatives: ideas from civil society and what the municipality answered.
public enum InitiativesURL: Sendable, Hashable {
    case list
    case new
    case show(Parameter)
    case decide(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .list: return []
        case .new: return ["ny"]
        case .show(let id): return [id.component("id")]
        case .decide(let id): return [id.component("id"), "beslut"]
        }
    }
}

/// An initiative in a list: what, from whom, to which department, where it stands.
public struct InitiativeSummary: Sendable, Hashable {
    public var id: String
    public var title: String
    public var association: String
    public var department: String
    public var status: InitiativeStatus
    public var received: Date
    public var due: CalendarDay

    public init(id: String, title: String, association: String, department: String, status: InitiativeStatus, received: Date, due: CalendarDay) {
        self.id = id
        self.title = title
        self.association = association
        self.department = department
        self.status = status
        self.received = received
        self.due = due
    }

    public static let mock = InitiativeSummary(id: "x", title: "Utegym vid sjön", association: "Friluftsföreningen", department: "Tekniska förvaltningen",
                                               status: .considering, received: Date(timeIntervalSince1970: 1_794_000_000), due: CalendarDay(2026, 12, 1))

    func render(_ context: PageContext) -> Node<HTML.ListContext> {
        .li(.a(.href(SiteURL.initiatives(.show(.value(id))).path), .safe(title)),
            .safe(" · \(association) → \(department) · "), .span(.class("tag"), .safe(context.t("initiatives.status.\(status.rawValue)"))),
            .if(!status.isDecided, .safe(" · " + context.t("initiatives.due", ["day": context.words.day(due)]))))
    }
}

/// The public initiatives, newest first; above them, the viewer's own (their associations') and
/// those routed to their department.
public struct InitiativeListPage: Sendable {
    public var items: Paged<InitiativeSummary>
    public var mine: [InitiativeSummary]
    public var toHandle: [InitiativeSummary]
    public var canPropose: Bool

    public init(items: Paged<InitiativeSummary>, mine: [InitiativeSummary], toHandle: [InitiativeSummary], canPropose: Bool) {
        self.items = items
        self.mine = mine
        self.toHandle = toHandle
        self.canPropose = canPropose
    }

    public static let mock = InitiativeListPage(items: Paged(items: [.mock], page: PageRequest(number: 1), total: 1), mine: [.mock], toHandle: [.mock],
                                                canPropose: true)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("initiatives.title"),
            .h1(.safe(context.t("initiatives.title"))),
            .p(.class("lead"), .safe(context.t("initiatives.lead"))),
            .if(canPropose, .p(.a(.class("button button--secondary"), .href(SiteURL.initiatives(.new).path), .safe(context.t("initiatives.new"))))),
            .if(!toHandle.isEmpty, .group(.h2(.safe(context.t("initiatives.toHandle"))), .ul(.forEach(toHandle) { $0.render(context) }))),
            .if(!mine.isEmpty, .group(.h2(.safe(context.t("initiatives.mine"))), .ul(.forEach(mine) { $0.render(context) }))),
            .h2(.safe(context.t("initiatives.public"))),
            .if(items.items.isEmpty, .p(.class("empty"), .safe(context.t("initiatives.empty")))),
            .ul(.forEach(items.items) { $0.render(context) }),
            Pagination.nav(context, items, path: SiteURL.initiatives(.list).path, query: [])
        )
    }
}

/// A representative proposes an idea for one of their verified associations.
public struct InitiativeFormPage: Sendable {
    public var form: FormState
    public var associations: [Form.Option]
    public var goals: [Form.Option]

    public init(form: FormState, associations: [Form.Option], goals: [Form.Option]) {
        self.form = form
        self.associations = associations
        self.goals = goals
    }

    public static let mock = InitiativeFormPage(form: FormState(), associations: [Form.Option("a1", "Friluftsföreningen")],
                                                goals: [Form.Option("3", "3. Hälsa och välbefinnande")])

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("initiatives.new"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.initiatives(.list).path), .safe("← " + context.t("initiatives.title")))),
            .h1(.safe(context.t("initiatives.new"))),
            .p(.safe(context.t("initiatives.newLead"))),
            .if(associations.isEmpty, .p(.class("notice"), .safe(context.t("projects.refusal.noOwner")))),
            .if(!associations.isEmpty, Form.post(
                context, action: SiteURL.initiatives(.new).path,
                Form.errorSummary(context, form),
                Form.select(context, form, name: "association", label: context.t("initiatives.field.association"), options: associations),
                Form.field(context, form, name: "title", label: context.t("initiatives.field.title"), required: true),
                Form.field(context, form, name: "what", label: context.t("initiatives.field.what"), kind: .textarea, required: true),
                Form.field(context, form, name: "why", label: context.t("initiatives.field.why"), kind: .textarea, required: true),
                Form.field(context, form, name: "place", label: context.t("initiatives.field.place")),
                Form.field(context, form, name: "needs", label: context.t("initiatives.field.needs"), kind: .textarea),
                Form.select(context, form, name: "topic", label: context.t("initiatives.field.topic"), hint: context.t("initiatives.field.topicHint"),
                            options: InquiryTopic.allCases.map { Form.Option($0.rawValue, context.words.topic($0)) }),
                Form.checkboxGroup(context, form, name: "goals", legend: context.t("projects.field.goals"), options: goals),
                Form.checkbox(form, name: "public", label: context.t("initiatives.field.public"), hint: context.t("initiatives.field.publicHint")),
                Form.submit(context.t("initiatives.send"))
            ))
        )
    }
}

/// One initiative: the idea, where it stands, the answer; its department's decision forms.
public struct InitiativePage: Sendable {
    public var summary: InitiativeSummary
    public var what: String
    public var why: String
    public var place: String
    public var needs: String
    public var goalNames: [String]
    public var reason: String
    public var project: ProjectSummary?
    public var canDecide: Bool
    public var form: FormState

    public init(summary: InitiativeSummary, what: String, why: String, place: String, needs: String, goalNames: [String], reason: String,
                project: ProjectSummary?, canDecide: Bool, form: FormState = FormState()) {
        self.summary = summary
        self.what = what
        self.why = why
        self.place = place
        self.needs = needs
        self.goalNames = goalNames
        self.reason = reason
        self.project = project
        self.canDecide = canDecide
        self.form = form
    }

    public static let mock = InitiativePage(summary: .mock, what: "Ett utegym vid sjön.", why: "Fler rör på sig.", place: "Vid Vivallasjön",
                                            needs: "Mark och bygglov", goalNames: ["3. Hälsa och välbefinnande"], reason: "", project: nil, canDecide: true)

    public func render(_ context: PageContext) -> String {
        let action = SiteURL.initiatives(.decide(.value(summary.id))).path
        return Layout.render(
            context, title: summary.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.initiatives(.list).path), .safe("← " + context.t("initiatives.title")))),
            .h1(.safe(summary.title)),
            .p(.span(.class("tag"), .safe(context.t("initiatives.status.\(summary.status.rawValue)")))),
            .dl(.class("summary-list"),
                .dt(.safe(context.t("initiatives.from"))), .dd(.safe(summary.association)),
                .dt(.safe(context.t("inquiries.department"))), .dd(.safe(summary.department)),
                .dt(.safe(context.t("initiatives.received"))), .dd(.safe(context.words.date(summary.received))),
                .dt(.safe(context.t("initiatives.promise"))), .dd(.safe(context.words.day(summary.due))),
                .if(!place.isEmpty, .group(.dt(.safe(context.t("initiatives.field.place"))), .dd(.safe(place)))),
                .if(!goalNames.isEmpty, .group(.dt(.safe(context.t("projects.field.goals"))), .dd(.safe(goalNames.joined(separator: ", ")))))),
            .h2(.safe(context.t("initiatives.field.what"))), .p(.safe(what)),
            .h2(.safe(context.t("initiatives.field.why"))), .p(.safe(why)),
            .if(!needs.isEmpty, .group(.h2(.safe(context.t("initiatives.field.needs"))), .p(.safe(needs)))),
            .if(summary.status == .declined, .group(.h2(.safe(context.t("initiatives.answer"))), .p(.safe(reason)))),
            .unwrap(project) { $0.render(context, headingLevel: 2) },
            .if(canDecide && !summary.status.isDecided, .group(
                .if(summary.status == .received, Form.post(
                    context, action: action, .input(.type(.hidden), .name("decision"), .value("consider")),
                    Form.submit(context.t("initiatives.consider"), class: "button button--secondary"))),
                Form.post(
                    context, action: action,
                    .h2(.safe(context.t("initiatives.acceptTitle"))), .p(.safe(context.t("initiatives.acceptLead"))),
                    .input(.type(.hidden), .name("decision"), .value("accept")),
                    Form.submit(context.t("initiatives.accept"))),
                Form.post(
                    context, action: action,
                    .h2(.safe(context.t("initiatives.declineTitle"))),
                    Form.errorSummary(context, form),
                    .input(.type(.hidden), .name("decision"), .value("decline")),
                    Form.field(context, form, name: "reason", label: context.t("calls.reason"), hint: context.t("calls.reasonHint"),
                               kind: .textarea, required: true),
                    Form.submit(context.t("calls.decline"), class: "button button--secondary"))
            ))
        )
    }
}
