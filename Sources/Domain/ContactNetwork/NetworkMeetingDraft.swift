import Foundation

/// A meeting of the contact network (G3, G5): when and where, the agenda, the minutes once
/// written, and which departments and companies were there — recorded by the coordinator.
public struct NetworkMeetingDraft: Sendable, Hashable {
    public var day: CalendarDay
    public var place: String
    public var agenda: String
    public var minutes: String
    public var present: Set<DepartmentID>

    public init(day: CalendarDay, place: String, agenda: String = "", minutes: String = "", present: Set<DepartmentID> = []) {
        (self.day, self.place, self.agenda, self.minutes, self.present) = (day, place, agenda, minutes, present)
    }

    /// How far back a meeting may be recorded, and how far ahead planned.
    public static let yearsBack = 3
    public static let daysAhead = 366

    /// `departments` are those that exist; attendance names only them, and only for a meeting
    /// that has taken place.
    public static func read(_ fields: FormFields, departments: Set<DepartmentID>, today: CalendarDay) -> Result<NetworkMeetingDraft, FieldErrors> {
        var checks = FieldChecks()
        let day = CalendarDay(iso: fields["day"].trimmingWhitespace())
        if day == nil { checks.add("day", "error.date") }
        if let day, day < CalendarDay(today.year - yearsBack, 1, 1) || day > today.adding(days: daysAhead) {
            checks.add("day", "error.network.day")
        }
        checks.require(fields["place"], "place", max: 200)
        checks.limit(fields["agenda"], "agenda", max: 4000)
        checks.limit(fields["minutes"], "minutes", max: 20_000)
        let named = fields.all("present")
        let present = Set(named.compactMap(DepartmentID.init).filter(departments.contains))
        if present.count != Set(named).count { checks.add("present", "error.choose") }
        if let day, day > today, !present.isEmpty { checks.add("present", "error.network.futureAttendance") }
        guard let day, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(NetworkMeetingDraft(day: day, place: fields["place"].trimmingWhitespace(), agenda: fields["agenda"].trimmingWhitespace(),
                                            minutes: fields["minutes"].trimmingWhitespace(), present: present))
    }
}

/// Who keeps the contact network's records: the coordinator (an admin of the platform).
public enum NetworkRules {
    public static func mayManage(_ actor: Actor) -> Bool {
        actor.isSignedIn && actor.role == .admin
    }

    /// Recording or changing a meeting, decided inside the change.
    public static func record(by actor: Actor) -> Result<Void, ProjectRefusal> {
        mayManage(actor) ? .success(()) : .failure(.forbidden)
    }

    /// A department's attendance over the meetings held: nil when none was held.
    public static func share(attended: Int, held: Int) -> Double? {
        held == 0 ? nil : Double(attended) / Double(held)
    }
}
