import Plot
import Domain

/// What a representative is told about a new name or number for a verified association: it waits
/// for staff while everyone else sees the approved one, or staff said no and why.
public struct NameChangeNotice: Sendable, Hashable {
    public var approvedName: String
    public var approvedOrgNumber: String?
    /// nil when nothing waits.
    public var proposedName: String?
    public var proposedOrgNumber: String?
    /// Staff's reason for saying no to the last proposal.
    public var refusal: String?

    public init(approvedName: String, approvedOrgNumber: String?, proposedName: String?, proposedOrgNumber: String?, refusal: String?) {
        self.approvedName = approvedName
        self.approvedOrgNumber = approvedOrgNumber
        self.proposedName = proposedName
        self.proposedOrgNumber = proposedOrgNumber
        self.refusal = refusal
    }

    public static let mock = NameChangeNotice(approvedName: "Vivalla fotbollsklubb", approvedOrgNumber: "802002-4280",
                                              proposedName: "Vivalla FK", proposedOrgNumber: "802002-4280", refusal: nil)

    public func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        if let proposedName {
            return .div(
                .class("notice"), .attribute(named: "role", value: "status"),
                .p(.strong(.safe(context.t("associations.rename.waiting")))),
                .p(.safe(context.t("associations.rename.proposed", ["name": proposedName, "orgNumber": proposedOrgNumber ?? "–"]))),
                .p(.safe(context.t("associations.rename.approved", ["name": approvedName, "orgNumber": approvedOrgNumber ?? "–"])))
            )
        }
        guard let refusal else { return .empty }
        return .div(
            .class("notice notice--warning"), .attribute(named: "role", value: "status"),
            .p(.strong(.safe(context.t("associations.rename.refused")))),
            .p(.safe(refusal))
        )
    }
}
