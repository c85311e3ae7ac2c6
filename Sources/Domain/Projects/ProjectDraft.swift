import Foundation

/// A project as its owner writes or changes it, read from the form and checked before
/// anything is stored. The status moves through `ProjectRules`, not through this form.
public struct ProjectDraft: Sendable, Equatable {
    public static let titleLimit = 200
    public static let summaryLimit = 2000
    public static let easyReadLimit = 1000
    public static let bodyLimit = 20_000

    public var title: String
    public var summary: String
    public var easyRead: String
    public var body: String
    public var districtIDs: [DistrictID]
    public var targetGroups: [TargetGroup]
    public var goals: [Sdg]
    public var form: LadderStep
    public var starts: CalendarDay?
    public var ends: CalendarDay?
    public var contactName: String
    public var contactEmail: String
    public var owner: Party
    /// Only when a new project is created: idea, planned or ongoing.
    public var status: ProjectStatus
    public var partnership: Partnership?

    public init(title: String, summary: String, easyRead: String, body: String = "", districtIDs: [DistrictID] = [],
                targetGroups: [TargetGroup] = [], goals: [Sdg] = [], form: LadderStep, starts: CalendarDay? = nil, ends: CalendarDay? = nil,
                contactName: String, contactEmail: String = "", owner: Party, status: ProjectStatus = .idea, partnership: Partnership? = nil) {
        self.title = title
        self.summary = summary
        self.easyRead = easyRead
        self.body = body
        self.districtIDs = districtIDs
        self.targetGroups = targetGroups
        self.goals = goals
        self.form = form
        self.starts = starts
        self.ends = ends
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.owner = owner
        self.status = status
        self.partnership = partnership
    }

    /// Reads the form. `owners` are the sides this person may start a project for (their department,
    /// their verified associations); on an existing project it is the project's owner only.
    public static func read(_ fields: FormFields, owners: [Party], knownDistricts: Set<DistrictID>) -> Result<ProjectDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.name(fields["title"], "title", max: titleLimit)
        checks.require(fields["summary"], "summary", max: summaryLimit)
        checks.require(fields["easyRead"], "easyRead", max: easyReadLimit)
        checks.limit(fields["body"], "body", max: bodyLimit)
        checks.name(fields["contactName"], "contactName", max: 200)
        let email = fields["contactEmail"].trimmingWhitespace()
        if !email.isEmpty && EmailAddress(email) == nil { checks.add("contactEmail", "error.email") }
        let districts = fields.all("districts").compactMap(DistrictID.init)
        if districts.count != fields.all("districts").count || !Set(districts).isSubset(of: knownDistricts) { checks.add("districts", "error.choose") }
        let groups = fields.all("targetGroups").compactMap(TargetGroup.init(rawValue:))
        if groups.count != fields.all("targetGroups").count { checks.add("targetGroups", "error.choose") }
        let goals = fields.all("goals").compactMap { Int($0).flatMap(Sdg.init) }
        if goals.count != fields.all("goals").count { checks.add("goals", "error.project.goal") }
        let form = Int(fields["form"]).flatMap(LadderStep.init(rawValue:))
        if form == nil { checks.add("form", "error.choose") }
        let status = fields.has("status") ? ProjectStatus(rawValue: fields["status"]) : .idea
        if status.map(ProjectStatus.starting.contains) != true { checks.add("status", "error.choose") }
        let owner = Party(fields["owner"]).flatMap { owners.contains($0) ? $0 : nil }
        if owner == nil { checks.add("owner", "error.choose") }
        let starts = optionalDay(fields["starts"], "starts", &checks)
        let ends = optionalDay(fields["ends"], "ends", &checks)
        if let starts, let ends, ends < starts { checks.add("ends", "error.project.endsBeforeStart") }
        let partnership = fields["iop"].isEmpty ? nil : readPartnership(fields, &checks)
        guard let form, let status, let owner, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(ProjectDraft(
            title: fields["title"].trimmingWhitespace(), summary: fields["summary"].trimmingWhitespace(),
            easyRead: fields["easyRead"].trimmingWhitespace(), body: fields["body"].trimmingWhitespace(),
            districtIDs: Array(Set(districts)).sorted(), targetGroups: Array(Set(groups)).sorted { $0.rawValue < $1.rawValue },
            goals: Array(Set(goals)).sorted(), form: form, starts: starts, ends: ends,
            contactName: fields["contactName"].trimmingWhitespace(), contactEmail: email, owner: owner, status: status,
            partnership: partnership))
    }

    /// The agreement period and the decision of a partnership (IOP): all required once it is ticked.
    private static func readPartnership(_ fields: FormFields, _ checks: inout FieldChecks) -> Partnership? {
        let from = requiredDay(fields["iopFrom"], "iopFrom", &checks)
        let until = requiredDay(fields["iopUntil"], "iopUntil", &checks)
        let decided = requiredDay(fields["decidedOn"], "decidedOn", &checks)
        checks.name(fields["decisionBody"], "decisionBody", max: 200)
        checks.name(fields["caseNumber"], "caseNumber", max: 50)
        if let from, let until, until < from { checks.add("iopUntil", "error.project.endsBeforeStart") }
        guard let from, let until, let decided else { return nil }
        return Partnership(from: from, until: until, decisionBody: fields["decisionBody"].trimmingWhitespace(), decidedOn: decided,
                           caseNumber: fields["caseNumber"].trimmingWhitespace())
    }

    private static func optionalDay(_ text: String, _ field: String, _ checks: inout FieldChecks) -> CalendarDay? {
        guard !text.trimmingWhitespace().isEmpty else { return nil }
        guard let day = CalendarDay(iso: text) else { checks.add(field, "error.dateFormat"); return nil }
        return day
    }

    private static func requiredDay(_ text: String, _ field: String, _ checks: inout FieldChecks) -> CalendarDay? {
        if text.trimmingWhitespace().isEmpty { checks.add(field, "error.required"); return nil }
        return optionalDay(text, field, &checks)
    }
}
