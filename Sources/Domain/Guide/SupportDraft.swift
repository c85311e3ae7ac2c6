/// A support offering as a department publishes it, read from the form and checked before
/// anything is stored.
public struct SupportDraft: Sendable, Equatable {
    public var title: String
    public var kind: SupportKind
    public var step: LadderStep
    public var summary: String
    public var easyRead: String
    public var conditions: String
    public var requiresJoined: Bool
    public var requiresOrgNumber: Bool
    public var howToApply: String
    public var deadline: CalendarDay?
    public var externalURL: String
    public var categories: [AssociationCategory]
    public var published: Bool
    public var departmentID: DepartmentID

    public init(title: String, kind: SupportKind, step: LadderStep, summary: String, easyRead: String, conditions: String,
                requiresJoined: Bool, requiresOrgNumber: Bool, howToApply: String, deadline: CalendarDay?, externalURL: String,
                categories: [AssociationCategory], published: Bool, departmentID: DepartmentID) {
        self.title = title
        self.kind = kind
        self.step = step
        self.summary = summary
        self.easyRead = easyRead
        self.conditions = conditions
        self.requiresJoined = requiresJoined
        self.requiresOrgNumber = requiresOrgNumber
        self.howToApply = howToApply
        self.deadline = deadline
        self.externalURL = externalURL
        self.categories = categories
        self.published = published
        self.departmentID = departmentID
    }

    /// Reads the form; `departments` are those this person may publish for.
    public static func read(_ form: FormFields, departments: Set<DepartmentID>) -> Result<SupportDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.require(form["title"], "title", max: 200)
        let kind = SupportKind(rawValue: form["kind"])
        if kind == nil { checks.add("kind", "error.choose") }
        let step = Int(form["step"]).flatMap(LadderStep.init(rawValue:))
        if step == nil { checks.add("step", "error.choose") }
        checks.require(form["summary"], "summary", max: 2000)
        checks.require(form["easyRead"], "easyRead", max: 1000)
        checks.limit(form["conditions"], "conditions", max: 3000)
        checks.require(form["howToApply"], "howToApply", max: 3000)
        let deadline = CalendarDay(iso: form["deadline"])
        if !form["deadline"].trimmingWhitespace().isEmpty && deadline == nil { checks.add("deadline", "error.dateFormat") }
        checks.webAddress(form["externalURL"], "externalURL")
        // An offering that sends people elsewhere (a booking system, an e-service) carries the link there.
        if form["appliesElsewhere"] == "on" && form["externalURL"].trimmingWhitespace().isEmpty {
            checks.add("externalURL", "error.support.externalURLNeeded")
        }
        let categories = form.all("categories").compactMap(AssociationCategory.init(rawValue:))
        if categories.count != form.all("categories").count { checks.add("categories", "error.choose") }
        let department = DepartmentID(form["departmentID"])
        if department.map(departments.contains) != true { checks.add("departmentID", "error.choose") }
        guard let kind, let step, let department, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(SupportDraft(
            title: form["title"].trimmingWhitespace(), kind: kind, step: step, summary: form["summary"].trimmingWhitespace(),
            easyRead: form["easyRead"].trimmingWhitespace(), conditions: form["conditions"].trimmingWhitespace(),
            requiresJoined: form["requiresJoined"] == "on", requiresOrgNumber: form["requiresOrgNumber"] == "on",
            howToApply: form["howToApply"].trimmingWhitespace(), deadline: deadline, externalURL: form["externalURL"].trimmingWhitespace(),
            categories: Array(Set(categories)).sorted { $0.rawValue < $1.rawValue }, published: form["published"] == "on",
            departmentID: department))
    }
}
