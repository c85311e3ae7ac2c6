import Foundation

/// What an association offers the municipality (G5: "NPF associations train staff"): a lecture,
/// a course, a visit — what it is, for whom, what it costs, who to contact.
public struct OfferDraft: Sendable, Hashable {
    public var association: AssociationID
    public var title: String
    public var summary: String
    public var easyRead: String
    /// Competences it brings, as tags (`AssociationDraft.tags`), so staff searching find it.
    public var competences: [String]
    public var targetGroups: [TargetGroup]
    /// "Free", "1 500 kr per lecture" — in the association's words.
    public var cost: String
    public var contactName: String
    public var contactEmail: String

    public init(association: AssociationID, title: String, summary: String, easyRead: String, competences: [String] = [],
                targetGroups: [TargetGroup] = [], cost: String = "", contactName: String, contactEmail: String = "") {
        self.association = association
        self.title = title
        self.summary = summary
        self.easyRead = easyRead
        self.competences = competences
        self.targetGroups = targetGroups
        self.cost = cost
        self.contactName = contactName
        self.contactEmail = contactEmail
    }

    /// Reads the form; `associations` are the verified ones this person speaks for.
    public static func read(_ fields: FormFields, associations: Set<AssociationID>) -> Result<OfferDraft, FieldErrors> {
        var checks = FieldChecks()
        let association = AssociationID(fields["association"]).flatMap { associations.contains($0) ? $0 : nil }
        if association == nil { checks.add("association", "error.choose") }
        checks.name(fields["title"], "title", max: ProjectDraft.titleLimit)
        checks.require(fields["summary"], "summary", max: ProjectDraft.summaryLimit)
        checks.require(fields["easyRead"], "easyRead", max: ProjectDraft.easyReadLimit)
        checks.limit(fields["competences"], "competences", max: 1000)
        checks.limit(fields["cost"], "cost", max: 200)
        checks.name(fields["contactName"], "contactName", max: 200)
        let email = fields["contactEmail"].trimmingWhitespace()
        if !email.isEmpty && EmailAddress(email) == nil { checks.add("contactEmail", "error.email") }
        let groups = fields.all("targetGroups").compactMap(TargetGroup.init(rawValue:))
        if groups.count != fields.all("targetGroups").count { checks.add("targetGroups", "error.choose") }
        guard let association, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(OfferDraft(
            association: association, title: fields["title"].trimmingWhitespace(), summary: fields["summary"].trimmingWhitespace(),
            easyRead: fields["easyRead"].trimmingWhitespace(), competences: AssociationDraft.tags(fields["competences"]),
            targetGroups: Array(Set(groups)).sorted { $0.rawValue < $1.rawValue }, cost: fields["cost"].trimmingWhitespace(),
            contactName: fields["contactName"].trimmingWhitespace(), contactEmail: email))
    }
}

/// An offer as its rules see it: whose it is and whether it still takes answers.
public struct OfferState: Sendable, Hashable {
    public var association: AssociationID
    public var isOpen: Bool

    public init(association: AssociationID, isOpen: Bool) {
        self.association = association
        self.isOpen = isOpen
    }
}

/// The one place that decides what may happen to an offer and to the departments' answers to
/// it — the mirror of a call: staff answer for their department, the association chooses.
public enum OfferRules {
    /// Withdrawing the offer and deciding on answers: the association's verified representatives.
    public static func mayManage(_ offer: OfferState, by actor: ProjectActor) -> Bool {
        actor.speaks(for: .association(offer.association))
    }

    /// A department answers once, while the offer is open, through its own staff (or an admin).
    public static func answer(_ fields: FormFields, on offer: OfferState, for department: DepartmentID?, answeredBefore: Bool,
                              by actor: ProjectActor) -> Result<String, ProjectRefusal> {
        guard let department else { return .failure(.invalid([FieldError("department", "error.choose")])) }
        guard actor.speaks(for: .department(department)) else { return .failure(.forbidden) }
        guard offer.isOpen else { return .failure(.notNow("offers.refusal.closed")) }
        guard !answeredBefore else { return .failure(.notNow("offers.refusal.alreadyAnswered")) }
        var checks = FieldChecks()
        checks.require(fields["message"], "message", max: 2000)
        if let refusal = checks.refusal { return .failure(.invalid(refusal.errors)) }
        return .success(fields["message"].trimmingWhitespace())
    }

    /// The association's word on a department's answer, decided on the answer as read inside the
    /// change: of two at once the second finds it decided, so one "yes" makes one project.
    public static func decide(_ decision: CallDecision, on answer: CallAnswerStatus, of offer: OfferState,
                              by actor: ProjectActor) -> Result<CallAnswerStatus, ProjectRefusal> {
        CallRules.settle(decision, on: answer, allowed: mayManage(offer, by: actor))
    }

    /// Withdrawn offers take no more answers; withdrawing twice is refused.
    public static func withdraw(_ offer: OfferState, by actor: ProjectActor) -> Result<Void, ProjectRefusal> {
        guard mayManage(offer, by: actor) else { return .failure(.forbidden) }
        guard offer.isOpen else { return .failure(.notNow("offers.refusal.closed")) }
        return .success(())
    }
}
