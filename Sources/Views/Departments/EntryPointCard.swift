import Plot

/// How to reach a department's "way in": shown on the contact page and wherever a department is named.
public struct EntryPointCard: Sendable, Hashable {
    public var departmentName: String
    public var isCompany: Bool
    public var email: String
    public var phone: String
    public var address: String
    public var openingHours: String
    /// Where its projects are listed, and how many there are; no link when it has none.
    public var projects: ProjectsLink?

    public struct ProjectsLink: Sendable, Hashable {
        public var path: String
        public var count: Int

        public init(path: String, count: Int) {
            self.path = path
            self.count = count
        }
    }

    public init(departmentName: String, isCompany: Bool, email: String, phone: String, address: String, openingHours: String,
                projects: ProjectsLink? = nil) {
        self.departmentName = departmentName
        self.isCompany = isCompany
        self.email = email
        self.phone = phone
        self.address = address
        self.openingHours = openingHours
        self.projects = projects
    }

    public static let mock = EntryPointCard(
        departmentName: "Kultur- och fritidsförvaltningen", isCompany: false, email: "kultur@example.se",
        phone: "019-21 10 00", address: "Drottninggatan 1, Örebro", openingHours: "Måndag–fredag 8–16",
        projects: ProjectsLink(path: SiteURL.projects(.list).path(query: [("department", "x")]), count: 4)
    )

    public func render(_ context: PageContext, headingLevel: Int = 3) -> Node<HTML.BodyContext> {
        .div(
            .class("entry-point"),
            .element(named: "h\(headingLevel)", nodes: [Node<HTML.BodyContext>.safe(departmentName)]),
            .if(isCompany, .p(.class("tag"), .safe(context.t("departments.kind.company")))),
            .dl(
                .dt(.safe(context.t("departments.email"))), .dd(.a(.attr("href", "mailto:\(email)"), .safe(email))),
                .dt(.safe(context.t("departments.phone"))),
                .dd(.a(.attr("href", "tel:\(phone.filter { $0.isNumber || $0 == "+" })"), .safe(phone))),
                .dt(.safe(context.t("departments.address"))), .dd(.safe(address)),
                .dt(.safe(context.t("departments.openingHours"))), .dd(.safe(openingHours))
            ),
            .unwrap(projects) { projects in
                .p(.a(.href(projects.path), .safe(context.t("departments.projects", ["count": context.words.number(projects.count)]))))
            }
        )
    }
}
