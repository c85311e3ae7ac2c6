/// What a department fills in to announce a consultation, checked before anything is stored.
public struct ConsultationDraft: Sendable, Equatable {
    public var title = ""
    public var caseNumber = ""
    public var summary = ""
    public var easyRead = ""
    public var body = ""
    public var links = ""
    public var questions = ""
    public var districtIDs: [String] = []
    public var categories: [String] = []
    public var announced = ""
    public var opens = ""
    public var closes = ""
    public var departmentID = ""

    public init() {}

    public struct Checked: Sendable, Equatable {
        public var title: String
        public var caseNumber: String
        public var summary: String
        public var easyRead: String
        public var body: String
        public var links: [String]
        public var questions: [String]
        public var districtIDs: [String]
        public var categories: [AssociationCategory]
        public var dates: ConsultationDates
        public var departmentID: String
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    public func check(departments: Set<String>, knownDistricts: Set<String>) -> Result<Checked, FieldErrors> {
        var checks = FieldChecks()
        checks.require(title, "title", max: 200)
        checks.require(caseNumber, "caseNumber", max: 50)
        checks.require(summary, "summary", max: 2000)
        checks.require(easyRead, "easyRead", max: 1000)
        checks.limit(body, "body", max: 20_000)
        checks.limit(links, "links", max: 3000)
        let links = Self.lines(self.links)
        if links.contains(where: { !($0.hasPrefix("https://") || $0.hasPrefix("http://")) || $0.contains(" ") }) {
            checks.add("links", "error.website")
        }
        checks.limit(questions, "questions", max: 3000)
        let categories = self.categories.compactMap(AssociationCategory.init(rawValue:))
        if categories.count != self.categories.count { checks.add("categories", "error.choose") }
        let districts = districtIDs.map { $0.lowercased() }
        if districts.contains(where: { !knownDistricts.contains($0) }) { checks.add("districtIDs", "error.choose") }
        let announced = day(self.announced, "announced", &checks)
        let opens = day(self.opens, "opens", &checks)
        let closes = day(self.closes, "closes", &checks)
        if let announced, let opens, announced > opens { checks.add("announced", "error.consultation.announcedAfterOpening") }
        if let opens, let closes, closes < opens { checks.add("closes", "error.consultation.closesBeforeOpening") }
        let department = departmentID.lowercased()
        if !departments.contains(department) { checks.add("departmentID", "error.choose") }
        guard let announced, let opens, let closes, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(Checked(
            title: title.trimmingWhitespace(), caseNumber: caseNumber.trimmingWhitespace(), summary: summary.trimmingWhitespace(),
            easyRead: easyRead.trimmingWhitespace(), body: body.trimmingWhitespace(), links: links, questions: Self.lines(questions),
            districtIDs: Array(Set(districts)).sorted(), categories: Array(Set(categories)).sorted { $0.rawValue < $1.rawValue },
            dates: ConsultationDates(announced: announced, opens: opens, closes: closes), departmentID: department))
    }

    private func day(_ text: String, _ field: String, _ checks: inout FieldChecks) -> CalendarDay? {
        if text.trimmingWhitespace().isEmpty { checks.add(field, "error.required"); return nil }
        guard let day = CalendarDay(iso: text) else { checks.add(field, "error.dateFormat"); return nil }
        return day
    }

    public var formValues: [String: String] {
        ["title": title, "caseNumber": caseNumber, "summary": summary, "easyRead": easyRead, "body": body, "links": links,
         "questions": questions, "announced": announced, "opens": opens, "closes": closes, "departmentID": departmentID]
    }
}
