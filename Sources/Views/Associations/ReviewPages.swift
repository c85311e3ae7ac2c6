import Plot
import Domain
import Foundation

/// New associations waiting for staff: verify, ask for more, or reject with a reason.
public struct ReviewQueuePage: Sendable {
    public struct Row: Sendable, Hashable {
        public var slug: String
        public var name: String
        public var status: AssociationStatus
        public var source: String
        public var createdAt: Date
        public var possibleDuplicates: Int

        public init(slug: String, name: String, status: AssociationStatus, source: String, createdAt: Date, possibleDuplicates: Int) {
            self.slug = slug
            self.name = name
            self.status = status
            self.source = source
            self.createdAt = createdAt
            self.possibleDuplicates = possibleDuplicates
        }
    }

    /// A verified association's new name or number, waiting for staff.
    public struct Rename: Sendable, Hashable {
        public var slug: String
        public var name: String
        public var proposedName: String
        public var proposedOrgNumber: String?
        public var proposedAt: Date

        public init(slug: String, name: String, proposedName: String, proposedOrgNumber: String?, proposedAt: Date) {
            self.slug = slug
            self.name = name
            self.proposedName = proposedName
            self.proposedOrgNumber = proposedOrgNumber
            self.proposedAt = proposedAt
        }
    }

    public var rows: Paged<Row>
    /// The oldest waiting name changes, at most `renameLimit`; `renameTotal` says how many wait.
    public var renames: [Rename]
    public var renameTotal: Int

    public init(rows: Paged<Row>, renames: [Rename] = [], renameTotal: Int = 0) {
        self.rows = rows
        self.renames = renames
        self.renameTotal = renameTotal
    }

    public static let renameLimit = 50

    public static let mock = ReviewQueuePage(rows: Paged(items: [
        Row(slug: "x", name: "Ny förening", status: .pending, source: "registered", createdAt: Date(timeIntervalSince1970: 1_790_000_000), possibleDuplicates: 1),
    ], page: PageRequest(number: 1), total: 1), renames: [
        Rename(slug: "y", name: "Gamla namnet", proposedName: "Nya namnet", proposedOrgNumber: "802002-4280",
               proposedAt: Date(timeIntervalSince1970: 1_790_000_000)),
    ], renameTotal: 1)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("staff.queue.title"),
            .h1(.safe(context.t("staff.queue.title"))),
            .p(.class("lead"), .safe(context.t("staff.queue.lead"))),
            DataTable.render(
                caption: context.t("staff.queue.caption", ["total": context.words.total(rows)]),
                headers: [context.t("associations.field.name"), context.t("staff.queue.status"), context.t("staff.queue.source"),
                          context.t("staff.queue.received"), context.t("staff.queue.duplicates")],
                rows: rows.items.map { row in [
                    .a(.href(SiteURL.staff(.review(.value(row.slug))).path), .safe(row.name)),
                    .safe(context.t("associations.status.\(row.status.rawValue)")),
                    .safe(row.source == "registered" ? context.t("staff.queue.registered") : row.source),
                    .safe(context.words.date(row.createdAt)),
                    .safe(row.possibleDuplicates > 0 ? context.t("staff.queue.duplicateCount", ["count": context.words.number(row.possibleDuplicates)]) : "–"),
                ] },
                emptyText: context.t("staff.queue.empty")),
            Pagination.nav(context, rows, path: SiteURL.staff(.associationQueue).path),
            .h2(.safe(context.t("staff.rename.title"))),
            .p(.safe(context.t("staff.rename.lead"))),
            DataTable.render(
                caption: context.t("staff.rename.caption", ["total": context.words.number(renameTotal)]),
                headers: [context.t("staff.rename.now"), context.t("staff.rename.proposed"), context.t("associations.field.orgNumber"),
                          context.t("staff.rename.proposedAt")],
                rows: renames.map { rename in [
                    .a(.href(SiteURL.staff(.review(.value(rename.slug))).path), .safe(rename.name)),
                    .safe(rename.proposedName),
                    .safe(rename.proposedOrgNumber ?? "–"),
                    .safe(context.words.date(rename.proposedAt)),
                ] },
                emptyText: context.t("staff.rename.empty"))
        )
    }
}

/// One association under review, with who registered it and any look-alikes already in the register.
public struct ReviewPage: Sendable {
    public struct Person: Sendable, Hashable {
        public var name: String
        public var email: String

        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    public var association: AssociationPage
    public var representatives: [Person]
    public var duplicates: [AssociationSummary]
    public var form: FormState
    /// A new name or number waiting for staff, and the form to decide on it.
    public var rename: NameChangeNotice?
    public var renameForm: FormState

    public init(association: AssociationPage, representatives: [Person], duplicates: [AssociationSummary], form: FormState = FormState(),
                rename: NameChangeNotice? = nil, renameForm: FormState = FormState()) {
        self.association = association
        self.representatives = representatives
        self.duplicates = duplicates
        self.form = form
        self.rename = rename
        self.renameForm = renameForm
    }

    public static let mock = ReviewPage(association: .mock, representatives: [Person(name: "Kim", email: "kim@example.org")],
                                        duplicates: [.mock], rename: .mock)

    public func render(_ context: PageContext) -> String {
        let slug = Parameter.value(association.slug)
        let decisions = ["verify", "askForMore", "reject"].map { Form.Option($0, context.t("staff.review.decision.\($0)")) }
        return Layout.render(
            context, title: context.t("staff.review.title", ["name": association.name]),
            .p(.class("breadcrumb"), .a(.href(SiteURL.staff(.associationQueue).path), .safe("← " + context.t("staff.queue.title")))),
            .h1(.safe(context.t("staff.review.title", ["name": association.name]))),
            .p(.strong(.safe(context.t("associations.status.\(association.status.rawValue)")))),
            .p(.a(.href(SiteURL.staff(.history(slug)).path), .safe(context.t("history.link")))),
            .if(!duplicates.isEmpty, .div(
                .class("notice notice--warning"),
                .h2(.safe(context.t("staff.review.duplicates"))),
                .ul(.forEach(duplicates) { .li(.a(.href(SiteURL.associations(.show(.value($0.slug))).path), .safe($0.name))) })
            )),
            association.facts(context),
            .if(!association.description.isEmpty, .group(.h2(.safe(context.t("associations.about"))), RichText.render(association.description, headingOffset: 1))),
            .h2(.safe(context.t("staff.review.people"))),
            .p(.class("hint"), .safe(context.t("staff.review.peopleHint"))),
            .ul(.forEach(representatives) { person in .li(.safe("\(person.name) – "), .a(.attr("href", "mailto:\(person.email)"), .safe(person.email))) }),
            // A form comes back with its problems even when nothing waits any more (someone was first).
            .if(rename?.proposedName != nil || !renameForm.errors.isEmpty, renameSection(context)),
            .if(AssociationReview.isWaiting(association.status) || !form.errors.isEmpty, .group(
                .h2(.safe(context.t("staff.review.decide"))),
                Form.post(
                    context, action: SiteURL.staff(.decide(slug)).path,
                    Form.errorSummary(context, form),
                    Form.select(context, form, name: "decision", label: context.t("staff.review.decision"), options: decisions),
                    Form.field(context, form, name: "message", label: context.t("staff.review.message"),
                               hint: context.t("staff.review.messageHint"), kind: .textarea),
                    Form.submit(context.t("staff.review.submit"))
                )
            ))
        )
    }

    /// The proposed name and number beside the approved ones, and approve or reject with a reason.
    func renameSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        let decisions = NameChange.Decision.allCases.map { Form.Option($0.rawValue, context.t("staff.rename.decision.\($0.rawValue)")) }
        return .section(
            .attr("aria-labelledby", "rename-heading"),
            .h2(.id("rename-heading"), .safe(context.t("staff.rename.heading"))),
            .unwrap(rename?.proposedName) { proposedName in .group(
                .p(.safe(context.t("associations.rename.proposed", ["name": proposedName, "orgNumber": rename?.proposedOrgNumber ?? "–"]))),
                .p(.safe(context.t("associations.rename.approved", ["name": association.name, "orgNumber": association.orgNumber ?? "–"])))
            ) },
            Form.post(
                context, action: SiteURL.staff(.decideRename(.value(association.slug))).path,
                Form.errorSummary(context, renameForm),
                Form.select(context, renameForm, name: "renameDecision", label: context.t("staff.review.decision"), options: decisions),
                Form.field(context, renameForm, name: "renameReason", label: context.t("staff.rename.reason"),
                           hint: context.t("staff.rename.reasonHint"), kind: .textarea),
                Form.submit(context.t("staff.review.submit"))
            )
        )
    }
}
