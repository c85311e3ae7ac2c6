import Foundation

/// A consultation as a department announces or changes it, read from the form and checked
/// before anything is stored.
public struct ConsultationDraft: Sendable, Equatable {
    public var title: String
    public var caseNumber: String
    public var summary: String
    public var easyRead: String
    public var body: String
    public var links: [String]
    public var questions: [String]
    public var districtIDs: [DistrictID]
    public var categories: [AssociationCategory]
    public var dates: ConsultationDates
    public var departmentID: DepartmentID

    public init(title: String, caseNumber: String, summary: String, easyRead: String, body: String = "", links: [String] = [],
                questions: [String] = [], districtIDs: [DistrictID] = [], categories: [AssociationCategory] = [], dates: ConsultationDates,
                departmentID: DepartmentID) {
        self.title = title
        self.caseNumber = caseNumber
        self.summary = summary
        self.easyRead = easyRead
        self.body = body
        self.links = links
        self.questions = questions
        self.districtIDs = districtIDs
        self.categories = categories
        self.dates = dates
        self.departmentID = departmentID
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Reads the form; `departments` are those this person may publish for.
    public static func read(_ form: FormFields, departments: Set<DepartmentID>,
                            knownDistricts: Set<DistrictID>) -> Result<ConsultationDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.require(form["title"], "title", max: 200)
        checks.require(form["caseNumber"], "caseNumber", max: 50)
        checks.require(form["summary"], "summary", max: 2000)
        checks.require(form["easyRead"], "easyRead", max: 1000)
        checks.limit(form["body"], "body", max: 20_000)
        checks.limit(form["links"], "links", max: 3000)
        let links = lines(form["links"])
        if links.contains(where: { !($0.hasPrefix("https://") || $0.hasPrefix("http://")) || $0.contains(" ") }) {
            checks.add("links", "error.website")
        }
        checks.limit(form["questions"], "questions", max: 3000)
        let categories = form.all("categories").compactMap(AssociationCategory.init(rawValue:))
        if categories.count != form.all("categories").count { checks.add("categories", "error.choose") }
        let districts = form.all("districts").compactMap(DistrictID.init)
        if districts.count != form.all("districts").count || !Set(districts).isSubset(of: knownDistricts) { checks.add("districts", "error.choose") }
        let announced = day(form["announced"], "announced", &checks)
        let opens = day(form["opens"], "opens", &checks)
        let closes = day(form["closes"], "closes", &checks)
        if let announced, let opens, announced > opens { checks.add("announced", "error.consultation.announcedAfterOpening") }
        if let opens, let closes, closes < opens { checks.add("closes", "error.consultation.closesBeforeOpening") }
        let department = DepartmentID(form["departmentID"])
        if department.map(departments.contains) != true { checks.add("departmentID", "error.choose") }
        guard let announced, let opens, let closes, let department, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(ConsultationDraft(
            title: form["title"].trimmingWhitespace(), caseNumber: form["caseNumber"].trimmingWhitespace(),
            summary: form["summary"].trimmingWhitespace(), easyRead: form["easyRead"].trimmingWhitespace(),
            body: form["body"].trimmingWhitespace(), links: links, questions: lines(form["questions"]), districtIDs: Array(Set(districts)).sorted(),
            categories: Array(Set(categories)).sorted { $0.rawValue < $1.rawValue },
            dates: ConsultationDates(announced: announced, opens: opens, closes: closes), departmentID: department))
    }

    private static func day(_ text: String, _ field: String, _ checks: inout FieldChecks) -> CalendarDay? {
        if text.trimmingWhitespace().isEmpty { checks.add(field, "error.required"); return nil }
        guard let day = CalendarDay(iso: text) else { checks.add(field, "error.dateFormat"); return nil }
        return day
    }
}

/// Publishing what came in and how it was weighed: only once the last day has ended.
public enum CompilationRules {
    public enum Refusal: Domain.Refusal, Hashable {
        case notClosed
        case invalid([FieldError])

        public var kind: RefusalKind { self == .notClosed ? .conflict : .invalid }

        public var problems: [FieldError] {
            switch self {
            case .notClosed: return [FieldError("", "consultations.refusal.notClosed")]
            case .invalid(let errors): return errors
            }
        }
    }

    /// The text to publish; `first` when it had not been published before (then everyone who answered is told).
    public static func decide(_ text: String, dates: ConsultationDates, compiledBefore: Bool,
                              now: Date) -> Result<(text: String, first: Bool), Refusal> {
        guard dates.mayCompile(at: now) else { return .failure(.notClosed) }
        var checks = FieldChecks()
        checks.require(text, "compilation", max: 20_000)
        guard checks.isValid else { return .failure(.invalid(checks.errors)) }
        return .success((text.trimmingWhitespace(), !compiledBefore))
    }
}
