import Plot
import Domain

/// One offering in a list: what it is, from whom, and whether it has conditions to know first.
public struct SupportCard: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var kind: SupportKind
    public var step: LadderStep
    public var department: String
    public var easyRead: String
    public var requiresJoined: Bool
    public var requiresOrgNumber: Bool
    public var deadline: CalendarDay?
    /// Why the guide shows it (`GuideResult.why`), said with the asking association's category; empty elsewhere.
    public var why: [String] = []
    public var whyCategory: AssociationCategory?

    public init(slug: String, title: String, kind: SupportKind, step: LadderStep, department: String, easyRead: String,
                requiresJoined: Bool, requiresOrgNumber: Bool, deadline: CalendarDay?) {
        self.slug = slug
        self.title = title
        self.kind = kind
        self.step = step
        self.department = department
        self.easyRead = easyRead
        self.requiresJoined = requiresJoined
        self.requiresOrgNumber = requiresOrgNumber
        self.deadline = deadline
    }

    public static let mock = SupportCard(
        slug: "sommarlovsbidrag", title: "Bidrag för sommarlovsaktiviteter", kind: .grant, step: .information,
        department: "Kultur- och fritidsförvaltningen", easyRead: "Ni kan få pengar för aktiviteter för barn på sommarlovet.",
        requiresJoined: false, requiresOrgNumber: true, deadline: CalendarDay(2027, 4, 15))

    public func render(_ context: PageContext, headingLevel: Int = 3) -> Node<HTML.BodyContext> {
        .div(
            .class("entry-point support-card"),
            .element(named: "h\(headingLevel)", nodes: [Node<HTML.BodyContext>.a(.href(SiteURL.support(.offering(.value(slug))).path), .safe(title))]),
            .p(.class("tag"), .safe(context.t("support.kind.\(kind.rawValue)") + " · " + context.t("guide.step.\(step.key).name"))),
            .p(.safe(easyRead)),
            .if(!why.isEmpty, .p(.class("why"), .strong(.safe(context.t("guide.why.lead"))), .text(" "),
                                 .safe(why.map { context.t($0, whyValues(context)) }.joined(separator: " ")))),
            .p(.class("hint"), .safe(department + " · " + (deadline.map { context.t("support.deadline", ["date": context.words.day($0)]) }
                                                          ?? context.t("support.allYear")))),
            .if(requiresJoined || requiresOrgNumber, .ul(
                .class("conditions"),
                .if(requiresJoined, .li(.safe(context.t("support.requiresJoined")))),
                .if(requiresOrgNumber, .li(.safe(context.t("support.requiresOrgNumber"))))
            ))
        )
    }

    private func whyValues(_ context: PageContext) -> [String: String] {
        ["kind": context.t("support.kind.\(kind.rawValue)"), "step": context.t("guide.step.\(step.key).name"),
         "category": whyCategory.map { context.t("category.\($0.rawValue)") } ?? ""]
    }
}
