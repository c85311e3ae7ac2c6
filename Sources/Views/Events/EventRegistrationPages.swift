import Plot
import Domain
import Foundation

/// Registration on an event's page: places left, the form (name, address, the organiser's
/// question), the waiting list when it is full, or why it is closed.
public struct RegistrationBlock: Sendable, Hashable {
    public var capacity: Int?
    public var confirmed: Int
    public var waiting: Int
    public var closes: CalendarDay?
    public var question: String
    /// Takes registrations now (not cancelled, not past the last day).
    public var isOpen: Bool
    /// A training: who comes as what is asked, with these departments to choose from; nil otherwise.
    public var departments: [Form.Option]? = nil

    public init(capacity: Int?, confirmed: Int, waiting: Int, closes: CalendarDay?, question: String, isOpen: Bool) {
        (self.capacity, self.confirmed, self.waiting, self.closes, self.question, self.isOpen) = (capacity, confirmed, waiting, closes, question, isOpen)
    }

    public static let mock: RegistrationBlock = {
        var block = RegistrationBlock(capacity: 30, confirmed: 30, waiting: 2, closes: CalendarDay(2027, 5, 15),
                                      question: "Behöver du något för att kunna vara med?", isOpen: true)
        block.departments = [Form.Option("d1", "Kultur- och fritidsförvaltningen")]
        return block
    }()

    public var remaining: Int? { capacity.map { max(0, $0 - confirmed) } }

    func render(_ context: PageContext, slug: String, form: FormState) -> Node<HTML.BodyContext> {
        let full = remaining == 0
        return .section(
            .attr("aria-labelledby", "register-heading"),
            .h2(.id("register-heading"), .safe(context.t("events.register.title"))),
            .p(.safe(remaining.map { context.t(full ? "events.register.full" : "events.register.remaining",
                                               ["count": context.words.number($0), "waiting": context.words.number(waiting)]) }
                     ?? context.t("events.register.open")),
               .unwrap(closes) { .safe(" " + context.t("events.register.closes", ["date": context.words.day($0)])) }),
            .if(!isOpen, .p(.class("notice"), .safe(context.t("events.register.closed")))),
            .if(isOpen, Form.post(
                context, action: SiteURL.events(.register(.value(slug))).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "name", label: context.t("events.register.name"), autocomplete: "name", required: true),
                Form.field(context, form, name: "email", label: context.t("events.register.email"), hint: context.t("events.register.emailHint"),
                           kind: .email, autocomplete: "email", required: true),
                .unwrap(departments) { AttendeeFields.render(context, form, departments: $0) },
                .if(!question.isEmpty, Form.field(context, form, name: "answer", label: question, hint: context.t("events.register.answerHint"),
                                                  kind: .textarea)),
                Form.submit(context.t(full ? "events.register.joinWaiting" : "events.register.submit"))
            ))
        )
    }
}

/// The organiser's list: who comes, who waits, who gave up, the answers to the question; who
/// came is recorded here; it prints as a signature list; someone who phoned is registered here.
public struct RegistrationsPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var id: String
        public var name: String
        public var email: String
        public var answer: String
        public var status: RegistrationStatus
        public var attended: Bool
        /// A training: who they come as, and their department's name.
        public var comesAs: String = ""

        public init(id: String, name: String, email: String, answer: String, status: RegistrationStatus, attended: Bool) {
            (self.id, self.name, self.email, self.answer, self.status, self.attended) = (id, name, email, answer, status, attended)
        }
    }

    public var event: EventSummary
    public var question: String
    public var rows: [Row]
    public var form: FormState
    /// A training: the departments for registering someone, and who came counted; nil otherwise.
    public var departments: [Form.Option]? = nil
    public var reach: TrainingReach? = nil

    public init(event: EventSummary, question: String, rows: [Row], form: FormState = FormState()) {
        (self.event, self.question, self.rows, self.form) = (event, question, rows, form)
    }

    public static let mock: RegistrationsPage = {
        var page = RegistrationsPage(event: .mock, question: "Behöver du något?", rows: [
            Row(id: "r1", name: "Amina Ali", email: "amina@example.se", answer: "Rullstol", status: .confirmed, attended: true),
            Row(id: "r2", name: "Per Ek", email: "", answer: "", status: .waiting, attended: false),
        ])
        page.rows[0].comesAs = "Anställd i kommunen, Kultur- och fritidsförvaltningen"
        page.departments = [Form.Option("d1", "Kultur- och fritidsförvaltningen")]
        page.reach = TrainingReach(byGroup: [.staff: 1], byDepartment: [("Kultur- och fritidsförvaltningen", 1)])
        return page
    }()

    public func render(_ context: PageContext) -> String {
        let slug = event.slug
        let title = context.t("events.registrations.title", ["title": event.title])
        let confirmed = rows.filter { $0.status == .confirmed }
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.events(.show(.value(slug))).path), .safe("← " + event.title))),
            .h1(.safe(title)),
            .p(.safe(event.when(context) + " · " + event.whereText(context))),
            .p(.class("hint"), .safe(context.t("events.registrations.privacy"))),
            // The list stays outside the form (forms are not printed): it is the signature list.
            // Its boxes belong to the attendance form by their `form` attribute.
            DataTable.render(
                caption: context.t("events.registrations.caption", ["count": context.words.number(confirmed.count)]),
                headers: [context.t("events.register.name"), context.t("events.register.email")]
                    + (departments == nil ? [] : [context.t("events.reach.group")]) + [
                          question.isEmpty ? context.t("events.registrations.answer") : question, context.t("events.registrations.status"),
                          context.t("events.registrations.attended"), context.t("events.registrations.signature")],
                rows: rows.map { row in [.safe(row.name), .safe(row.email)] + (departments == nil ? [] : [.safe(row.comesAs)]) + [
                    .safe(row.answer), .safe(context.t("events.registrationStatus.\(row.status.rawValue)")),
                    row.status == .confirmed ? attended(row, context) : .safe(""),
                    .span(.class("signature-line")),
                ] },
                emptyText: context.t("events.registrations.empty")),
            .unwrap(reach) { $0.render(context) },
            .if(!confirmed.isEmpty, Form.post(
                context, action: SiteURL.events(.registrations(.value(slug))).path, class: "no-print", id: "attendance",
                Form.submit(context.t("events.registrations.saveAttendance"), class: "button button--secondary")
            )),
            .div(.class("no-print"), Form.post(
                context, action: SiteURL.events(.registerFor(.value(slug))).path,
                .h2(.safe(context.t("events.registrations.addTitle"))),
                .p(.safe(context.t("events.registrations.addLead"))),
                Form.errorSummary(context, form),
                Form.field(context, form, name: "name", label: context.t("events.register.name"), required: true),
                Form.field(context, form, name: "email", label: context.t("events.registrations.emailOptional"), kind: .email),
                .unwrap(departments) { AttendeeFields.render(context, form, departments: $0) },
                .if(!question.isEmpty, Form.field(context, form, name: "answer", label: question, kind: .textarea)),
                Form.submit(context.t("events.registrations.add"))
            ))
        )
    }
}

extension RegistrationsPage {
    func attended(_ row: Row, _ context: PageContext) -> Node<HTML.BodyContext> {
        let id = "came-\(row.id)"
        return .group(
            .selfClosedElement(named: "input", attributes: [
                .attribute(named: "type", value: "checkbox"), .attr("name", "attended[]"), .attr("id", id), .attribute(named: "value", value: row.id),
                .attribute(named: "form", value: "attendance"), .attribute(named: "checked", value: row.attended ? "checked" : ""),
            ] as [Attribute<HTML.InputContext>]),
            .label(.for(id), .span(.class("visually-hidden"), .safe(context.t("events.registrations.cameLabel", ["name": row.name]))))
        )
    }
}

/// The page behind the link in a registration mail: where one stands, and giving up the place.
public struct UnregisterPage: Sendable {
    public var event: EventSummary
    public var token: String
    public var status: RegistrationStatus
    public var form: FormState

    public init(event: EventSummary, token: String, status: RegistrationStatus, form: FormState = FormState()) {
        (self.event, self.token, self.status, self.form) = (event, token, status, form)
    }

    public static let mock = UnregisterPage(event: .mock, token: "t", status: .confirmed)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("events.unregister.title"),
            .h1(.safe(context.t("events.unregister.title"))),
            event.render(context),
            .p(.strong(.safe(context.t("events.unregister.status.\(status.rawValue)")))),
            .if(status != .cancelled, Form.post(
                context, action: SiteURL.events(.unregister(.value(token))).path,
                Form.errorSummary(context, form),
                .p(.safe(context.t("events.unregister.lead"))),
                Form.submit(context.t("events.unregister.submit"), class: "button button--secondary")
            ))
        )
    }
}
