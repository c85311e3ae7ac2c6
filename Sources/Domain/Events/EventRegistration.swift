import Foundation

/// Registration, when the organiser wants it: how many places, the last day to register, and
/// a question for those who come (dietary or accessibility needs: shown only to the organiser).
public struct RegistrationSettings: Sendable, Hashable {
    /// nil: as many as come.
    public var capacity: Int?
    /// nil: until the event starts.
    public var closes: CalendarDay?
    public var question: String

    public init(capacity: Int? = nil, closes: CalendarDay? = nil, question: String = "") {
        (self.capacity, self.closes, self.question) = (capacity, closes, question)
    }

    /// From the event form's fields (`registration` ticked); nil when not ticked.
    static func read(_ fields: FormFields, startDay: CalendarDay?, _ checks: inout FieldChecks) -> RegistrationSettings? {
        guard fields["registration"] == "on" else { return nil }
        var capacity: Int?
        if !fields["capacity"].trimmingWhitespace().isEmpty {
            capacity = Int(fields["capacity"].trimmingWhitespace()).flatMap { (1...100_000).contains($0) ? $0 : nil }
            if capacity == nil { checks.add("capacity", "error.event.capacity") }
        }
        var closes: CalendarDay?
        if !fields["registrationCloses"].trimmingWhitespace().isEmpty {
            closes = CalendarDay(iso: fields["registrationCloses"])
            if closes == nil { checks.add("registrationCloses", "error.date") }
            if let closes, let startDay, closes > startDay { checks.add("registrationCloses", "error.event.closesAfterStart") }
        }
        checks.limit(fields["question"], "question", max: 300)
        return RegistrationSettings(capacity: capacity, closes: closes, question: fields["question"].trimmingWhitespace())
    }
}

/// Where one registration stands.
public enum RegistrationStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case confirmed, waiting, cancelled
}

/// Someone registering: a name and an address (a handler registering a person who phoned may
/// leave the address out), and their answer to the organiser's question. For a training on the
/// agreement also who they come as, and the department (or committee's department) of staff and
/// politicians: the reach the follow-up counts. Group and department are not personal data and
/// stay when the name and address are forgotten.
public struct SignUpDraft: Sendable, Hashable {
    public var name: String
    public var email: EmailAddress?
    public var answer: String
    public var group: AttendeeGroup?
    public var departmentID: DepartmentID?

    public init(name: String, email: EmailAddress?, answer: String = "", group: AttendeeGroup? = nil, departmentID: DepartmentID? = nil) {
        (self.name, self.email, self.answer, self.group, self.departmentID) = (name, email, answer, group, departmentID)
    }

    /// `departments`: the municipality's departments when the event is a training (who comes
    /// as what is asked then), nil otherwise.
    public static func read(_ fields: FormFields, addressRequired: Bool, departments: Set<DepartmentID>? = nil) -> Result<SignUpDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.name(fields["name"], "name", max: 200)
        let text = fields["email"].trimmingWhitespace()
        let email = EmailAddress(text)
        if text.isEmpty ? addressRequired : email == nil { checks.add("email", text.isEmpty ? "error.required" : "error.email") }
        checks.limit(fields["answer"], "answer", max: 1000)
        var group: AttendeeGroup?, department: DepartmentID?
        if let departments {
            group = AttendeeGroup(rawValue: fields["group"])
            if group == nil { checks.add("group", "error.choose") }
            if !fields["department"].isEmpty {
                department = DepartmentID(fields["department"])
                if department == nil || !departments.contains(department!) { checks.add("department", "error.choose") }
            }
            if group?.worksForTheMunicipality == true, department == nil, checks.error(for: "department") == nil {
                checks.add("department", "error.event.departmentNeeded")
            }
        }
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(SignUpDraft(name: fields["name"].trimmingWhitespace(), email: email, answer: fields["answer"].trimmingWhitespace(),
                                    group: group, departmentID: group?.worksForTheMunicipality == true ? department : nil))
    }
}

/// Who someone comes to a training as: the groups the agreement's training is meant to reach (N1, G8).
public enum AttendeeGroup: String, Sendable, Hashable, CaseIterable, Codable {
    case staff, politician, association, resident

    /// Staff and politicians belong to a department (a politician to their committee's): counted per department.
    public var worksForTheMunicipality: Bool { self == .staff || self == .politician }
}

/// An event as registration sees it, read (and locked) inside the change that registers.
public struct RegistrationState: Sendable, Hashable {
    public var settings: RegistrationSettings?
    public var isCancelled: Bool
    public var starts: Date
    public var confirmed: Int

    public init(settings: RegistrationSettings?, isCancelled: Bool, starts: Date, confirmed: Int) {
        (self.settings, self.isCancelled, self.starts, self.confirmed) = (settings, isCancelled, starts, confirmed)
    }
}

/// The one place that decides registrations: a place while there are places, else the waiting
/// list; nothing after the last day, for a cancelled event, or twice for one address. A place
/// given up goes to the first on the waiting list.
public enum RegistrationRules {
    /// When registration closes: at the start, or at the end of the last day to register if that is earlier.
    public static func closes(_ settings: RegistrationSettings, starts: Date) -> Date {
        min(starts, settings.closes?.end ?? starts)
    }

    public static func register(on event: RegistrationState, alreadyRegistered: Bool, at now: Date) -> Result<RegistrationStatus, ProjectRefusal> {
        guard let settings = event.settings else { return .failure(.notNow("events.refusal.noRegistration")) }
        guard !event.isCancelled else { return .failure(.notNow("events.refusal.cancelled")) }
        guard now < closes(settings, starts: event.starts) else { return .failure(.notNow("events.refusal.registrationClosed")) }
        guard !alreadyRegistered else { return .failure(.notNow("events.refusal.alreadyRegistered")) }
        guard let capacity = settings.capacity else { return .success(.confirmed) }
        return .success(event.confirmed < capacity ? .confirmed : .waiting)
    }

    /// Giving up a registration; `true` when a place became free for the first waiting.
    public static func cancel(_ status: RegistrationStatus) -> Result<Bool, ProjectRefusal> {
        guard status != .cancelled else { return .failure(.notNow("events.refusal.registrationCancelled")) }
        return .success(status == .confirmed)
    }

    /// Who moves up when places are free: the first `free` on the waiting list, in the order they came.
    public static func promoted<ID>(free: Int, waiting: [ID]) -> [ID] {
        Array(waiting.prefix(max(0, free)))
    }
}
