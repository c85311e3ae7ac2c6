/// What a department fills in to publish a support offering, checked before anything is stored.
public struct SupportDraft: Sendable, Equatable {
    public var title = ""
    public var kind = ""
    public var step = ""
    public var summary = ""
    public var easyRead = ""
    public var conditions = ""
    public var requiresJoined = false
    public var requiresOrgNumber = false
    public var howToApply = ""
    public var deadline = ""
    public var externalURL = ""
    public var categories: [String] = []
    public var published = false
    public var departmentID = ""

    public init() {}

    public struct Checked: Sendable, Equatable {
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
        public var departmentID: String
    }

    /// `departments` are the ids this person may publish for.
    public func check(departments: Set<String>) -> Result<Checked, FieldErrors> {
        var checks = FieldChecks()
        checks.require(title, "title", max: 200)
        let kind = SupportKind(rawValue: self.kind)
        if kind == nil { checks.add("kind", "error.choose") }
        let step = Int(self.step).flatMap(LadderStep.init(rawValue:))
        if step == nil { checks.add("step", "error.choose") }
        checks.require(summary, "summary", max: 2000)
        checks.require(easyRead, "easyRead", max: 1000)
        checks.limit(conditions, "conditions", max: 3000)
        checks.require(howToApply, "howToApply", max: 3000)
        let deadline = CalendarDay(iso: self.deadline)
        if !self.deadline.trimmingWhitespace().isEmpty && deadline == nil { checks.add("deadline", "error.dateFormat") }
        checks.webAddress(externalURL, "externalURL")
        let categories = self.categories.compactMap(AssociationCategory.init(rawValue:))
        if categories.count != self.categories.count { checks.add("categories", "error.choose") }
        let department = departmentID.lowercased()
        if !departments.contains(department) { checks.add("departmentID", "error.choose") }
        guard let kind, let step, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(Checked(
            title: title.trimmingWhitespace(), kind: kind, step: step, summary: summary.trimmingWhitespace(),
            easyRead: easyRead.trimmingWhitespace(), conditions: conditions.trimmingWhitespace(), requiresJoined: requiresJoined,
            requiresOrgNumber: requiresOrgNumber, howToApply: howToApply.trimmingWhitespace(), deadline: deadline,
            externalURL: externalURL.trimmingWhitespace(), categories: Array(Set(categories)).sorted { $0.rawValue < $1.rawValue },
            published: published, departmentID: department))
    }

    public var formValues: [String: String] {
        ["title": title, "kind": kind, "step": step, "summary": summary, "easyRead": easyRead, "conditions": conditions,
         "requiresJoined": requiresJoined ? "on" : "", "requiresOrgNumber": requiresOrgNumber ? "on" : "", "howToApply": howToApply,
         "deadline": deadline, "externalURL": externalURL, "published": published ? "on" : "", "departmentID": departmentID]
    }
}
