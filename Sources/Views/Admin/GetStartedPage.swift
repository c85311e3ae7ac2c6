import Plot
import Domain
import Foundation

/// "Kom igång": what is left before a new installation goes live, one item at a time, each
/// ticked when done and with the way to where it is done.
public struct GetStartedPage: Sendable {
    public var checklist: GoLiveChecklist
    /// The admin's own address, where the test mail goes.
    public var adminEmail: String
    /// The data directory, so the backup line can be copied as it is.
    public var dataDirectory: String
    /// Why the last press of "send a test mail" did nothing.
    public var testMailRefusal: TestMailRule.Refusal?

    public init(checklist: GoLiveChecklist, adminEmail: String, dataDirectory: String, testMailRefusal: TestMailRule.Refusal? = nil) {
        self.checklist = checklist
        self.adminEmail = adminEmail
        self.dataDirectory = dataDirectory
        self.testMailRefusal = testMailRefusal
    }

    public static let mock = GetStartedPage(
        checklist: GoLiveChecklist(
            agreementTexts: 8, publishedAgreementTexts: 3, departmentsWithoutEntryPoint: ["Miljöförvaltningen"],
            unmappedTopics: [.housing, .culture], departmentsWithoutStaff: [], hasAssociations: true, mailConfigured: true,
            testMail: .failed, baseURL: "http://127.0.0.1:8080", usesPostgres: false,
            lastBackup: Date(timeIntervalSince1970: 1_794_700_000), now: Date(timeIntervalSince1970: 1_794_812_400)),
        adminEmail: "admin@kommun.example", dataDirectory: "/srv/samverka/data",
        testMailRefusal: .tooMany(until: Date(timeIntervalSince1970: 1_794_814_000)))

    public func render(_ context: PageContext) -> String {
        let remaining = checklist.remaining
        return Layout.render(
            context, title: context.t("admin.start.title"),
            .p(.a(.href(SiteURL.admin(.dashboard).path), .safe("← " + context.t("admin.title")))),
            .h1(.safe(context.t("admin.start.title"))),
            .p(.class("lead"), .safe(context.t("admin.start.lead", ["municipality": context.site.municipalityName]))),
            .p(.class("status"), .safe(remaining == 0 ? context.t("admin.start.allDone")
                : context.t("admin.start.remaining", ["count": context.words.number(remaining), "total": context.words.number(GoLiveChecklist.Item.allCases.count)]))),
            .ol(.class("checklist"), .forEach(GoLiveChecklist.Item.allCases) { item in
                .li(.class("checklist__item checklist__item--\(checklist.state(item).rawValue)"),
                    .h2(.safe(context.t("admin.start.\(item.rawValue).title"))),
                    .p(.strong(.class("checklist__state"), .safe(context.t("admin.start.state.\(checklist.state(item).rawValue)"))),
                       .safe(" – " + body(item, context))),
                    details(item, context))
            })
        )
    }

    func body(_ item: GoLiveChecklist.Item, _ context: PageContext) -> String {
        let state = checklist.state(item) == .todo ? "todo" : "done"
        switch item {
        case .agreementTexts:
            return context.t("admin.start.agreementTexts.\(state)",
                             ["published": context.words.number(checklist.publishedAgreementTexts), "total": context.words.number(checklist.agreementTexts)])
        case .entryPoints:
            return context.t("admin.start.entryPoints.\(state)", ["names": checklist.departmentsWithoutEntryPoint.joined(separator: ", ")])
        case .inquiryTopics:
            let names = checklist.unmappedTopics.map { context.t("inquiries.topic.\($0.rawValue)") }
            return context.t("admin.start.inquiryTopics.\(state)", ["count": context.words.number(names.count), "names": names.joined(separator: ", ")])
        case .staff:
            return context.t("admin.start.staff.\(state)", ["names": checklist.departmentsWithoutStaff.joined(separator: ", ")])
        case .register, .mailConfigured:
            return context.t("admin.start.\(item.rawValue).\(state)")
        case .mailTested:
            return context.t(checklist.mailConfigured ? "admin.start.mailTested.\(checklist.testMail.rawValue)" : "admin.start.mailTested.notConfigured",
                             ["email": adminEmail])
        case .https:
            return context.t("admin.start.https.\(state)", ["url": checklist.baseURL])
        case .backups:
            let last = checklist.lastBackup.map { context.t("admin.start.backups.last", ["date": context.words.dateTime($0)]) }
                ?? context.t("admin.start.backups.never")
            return checklist.usesPostgres ? context.t("admin.start.backups.postgres") : last + " " + context.t("admin.start.backups.\(state)")
        }
    }

    /// Where the item is done: a page of the admin area, a button, or a line for the server.
    func details(_ item: GoLiveChecklist.Item, _ context: PageContext) -> Node<HTML.BodyContext> {
        func link(_ url: AdminURL, _ key: String) -> Node<HTML.BodyContext> {
            .p(.a(.href(SiteURL.admin(url).path), .safe(context.t(key))))
        }
        switch item {
        case .agreementTexts: return link(.agreementTexts, "admin.agreement.title")
        case .entryPoints: return link(.departments, "admin.departments.title")
        case .inquiryTopics: return link(.inquiryTopics, "admin.topics.title")
        case .staff: return link(.users, "admin.users.title")
        case .register: return link(.importAssociations, "admin.import.title")
        case .mailConfigured: return .group(Self.command("SAMVERKA_SMTP_URL=smtp://user:password@smtp.example.se:587"),
                                            link(.mailLog, "admin.mail.title"))
        case .mailTested: return .group(testMailForm(context), link(.mailLog, "admin.mail.title"))
        case .https: return Self.command("SAMVERKA_BASE_URL=https://samverka.example.se")
        case .backups:
            return .group(Self.command(checklist.usesPostgres
                ? "30 2 * * * pg_dump --format=custom --file=/var/backups/samverka/samverka-$(date +\\%F).dump \"$DATABASE_URL\""
                : "30 2 * * * SAMVERKA_DATA_DIR=\(dataDirectory) samverka backup /var/backups/samverka/samverka-$(date +\\%F).sqlite"),
                .p(.class("hint"), .safe(context.t("admin.start.backups.hint"))))
        }
    }

    static func command(_ line: String) -> Node<HTML.BodyContext> {
        .element(named: "pre", nodes: [.code(.text(line))])
    }

    func testMailForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .unwrap(testMailRefusal) { refusal in
                .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .id("test-mail-error"),
                     .p(.safe(refusalText(refusal, context))))
            },
            .if(checklist.mailConfigured, Form.post(context, action: SiteURL.admin(.testMail).path,
                                                    Form.submit(context.t("admin.start.mailTested.button"))))
        )
    }

    func refusalText(_ refusal: TestMailRule.Refusal, _ context: PageContext) -> String {
        switch refusal {
        case .notConfigured: return context.t("error.testMail.notConfigured")
        case .tooMany(let until):
            return context.t("error.testMail.tooMany", ["limit": String(TestMailRule.limit), "time": DateText.time(until)])
        }
    }
}
