import Foundation

/// A meeting of a body that keeps the agreement — the contact network (G3, G5), whose attendees
/// are departments and companies, or the council, whose attendees are its members: when and
/// where, the agenda, the minutes once written, and who was there. Recorded by the coordinator.
public struct MeetingDraft<Attendee: Hashable & Sendable & LosslessStringConvertible>: Sendable, Hashable {
    public var day: CalendarDay
    public var place: String
    public var agenda: String
    public var minutes: String
    public var present: Set<Attendee>

    public init(day: CalendarDay, place: String, agenda: String = "", minutes: String = "", present: Set<Attendee> = []) {
        (self.day, self.place, self.agenda, self.minutes, self.present) = (day, place, agenda, minutes, present)
    }

    /// How far back a meeting may be recorded, and how far ahead planned.
    public static var yearsBack: Int { 3 }
    public static var daysAhead: Int { 366 }

    /// `attendees` are those who could have come (departments that exist, the council's members);
    /// attendance names only them, and only for a meeting that has taken place.
    public static func read(_ fields: FormFields, attendees: Set<Attendee>, today: CalendarDay) -> Result<MeetingDraft, FieldErrors> {
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
        let present = Set(named.compactMap(Attendee.init).filter(attendees.contains))
        if present.count != Set(named).count { checks.add("present", "error.choose") }
        if let day, day > today, !present.isEmpty { checks.add("present", "error.network.futureAttendance") }
        guard let day, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(MeetingDraft(day: day, place: fields["place"].trimmingWhitespace(), agenda: fields["agenda"].trimmingWhitespace(),
                                            minutes: fields["minutes"].trimmingWhitespace(), present: present))
    }
}

public typealias NetworkMeetingDraft = MeetingDraft<DepartmentID>

/// Who keeps the records of the contact network and the council: the coordinator (an admin of
/// the platform).
public enum MeetingRules {
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
