import Foundation

/// A call for partners (efterlysning) as a department writes it: what it needs, from whom,
/// where, in what form, with what, until when. Checked before anything is stored.
public struct CallDraft: Sendable, Equatable {
    public var title: String
    public var summary: String
    public var easyRead: String
    /// Competences it asks for, as tags (`AssociationDraft.tags`), to match those associations offer.
    public var competences: [String]
    public var categories: [AssociationCategory]
    public var districtIDs: [DistrictID]
    public var targetGroups: [TargetGroup]
    public var form: LadderStep
    public var money: Bool
    public var premises: Bool
    public var closes: CalendarDay
    public var contactName: String
    public var contactEmail: String
    public var departmentID: DepartmentID

    public init(title: String, summary: String, easyRead: String, competences: [String] = [], categories: [AssociationCategory] = [],
                districtIDs: [DistrictID] = [], targetGroups: [TargetGroup] = [], form: LadderStep, money: Bool = false, premises: Bool = false,
                closes: CalendarDay, contactName: String, contactEmail: String = "", departmentID: DepartmentID) {
        self.title = title
        self.summary = summary
        self.easyRead = easyRead
        self.competences = competences
        self.categories = categories
        self.districtIDs = districtIDs
        self.targetGroups = targetGroups
        self.form = form
        self.money = money
        self.premises = premises
        self.closes = closes
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.departmentID = departmentID
    }

    /// What the call asks for, as matching reads it.
    public var needs: CallNeeds {
        CallNeeds(competences: competences, categories: Set(categories), districts: Set(districtIDs), targetGroups: Set(targetGroups))
    }

    /// Reads the form; `departments` are those this person publishes for; the last day may not have passed.
    public static func read(_ fields: FormFields, departments: Set<DepartmentID>, knownDistricts: Set<DistrictID>,
                            today: CalendarDay) -> Result<CallDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.name(fields["title"], "title", max: ProjectDraft.titleLimit)
        checks.require(fields["summary"], "summary", max: ProjectDraft.summaryLimit)
        checks.require(fields["easyRead"], "easyRead", max: ProjectDraft.easyReadLimit)
        checks.limit(fields["competences"], "competences", max: 1000)
        checks.name(fields["contactName"], "contactName", max: 200)
        let email = fields["contactEmail"].trimmingWhitespace()
        if !email.isEmpty && EmailAddress(email) == nil { checks.add("contactEmail", "error.email") }
        let categories = fields.all("categories").compactMap(AssociationCategory.init(rawValue:))
        if categories.count != fields.all("categories").count { checks.add("categories", "error.choose") }
        let districts = fields.all("districts").compactMap(DistrictID.init)
        if districts.count != fields.all("districts").count || !Set(districts).isSubset(of: knownDistricts) { checks.add("districts", "error.choose") }
        let groups = fields.all("targetGroups").compactMap(TargetGroup.init(rawValue:))
        if groups.count != fields.all("targetGroups").count { checks.add("targetGroups", "error.choose") }
        let form = Int(fields["form"]).flatMap(LadderStep.init(rawValue:))
        if form == nil { checks.add("form", "error.choose") }
        let department = DepartmentID(fields["departmentID"])
        if department.map(departments.contains) != true { checks.add("departmentID", "error.choose") }
        var closes: CalendarDay?
        if fields["closes"].trimmingWhitespace().isEmpty {
            checks.add("closes", "error.required")
        } else if let day = CalendarDay(iso: fields["closes"]) {
            if day < today { checks.add("closes", "error.call.closesPassed") } else { closes = day }
        } else {
            checks.add("closes", "error.dateFormat")
        }
        let competences = AssociationDraft.tags(fields["competences"])
        if competences.isEmpty && categories.isEmpty { checks.add("competences", "error.call.whatNeeded") }
        guard let form, let department, let closes, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(CallDraft(
            title: fields["title"].trimmingWhitespace(), summary: fields["summary"].trimmingWhitespace(),
            easyRead: fields["easyRead"].trimmingWhitespace(), competences: competences,
            categories: Array(Set(categories)).sorted { $0.rawValue < $1.rawValue }, districtIDs: Array(Set(districts)).sorted(),
            targetGroups: Array(Set(groups)).sorted { $0.rawValue < $1.rawValue }, form: form, money: !fields["money"].isEmpty,
            premises: !fields["premises"].isEmpty, closes: closes, contactName: fields["contactName"].trimmingWhitespace(),
            contactEmail: email, departmentID: department))
    }
}
