import Foundation

/// What a member of staff did on a day with civil society (N13).
public enum StaffDayActivity: String, Sendable, Hashable, CaseIterable, Codable {
    case volunteered, learned, workedTogether, trained
}

/// A whole day or half a day; counted in halves so sums stay exact.
public enum StaffDayLength: String, Sendable, Hashable, CaseIterable, Codable {
    case full, half

    public var halves: Int { self == .full ? 2 : 1 }
}

/// The association named on the form, as the register found it.
public enum AssociationLookup: Sendable, Hashable {
    case none
    case found(AssociationID)
    case notFound
}

/// A staff day as recorded: the day, whole or half, with which association, what was done, the
/// Agenda 2030 goals it served, a note.
public struct StaffDayDraft: Sendable, Hashable {
    public var day: CalendarDay
    public var length: StaffDayLength
    public var association: AssociationID?
    public var activity: StaffDayActivity
    public var goals: [Sdg]
    public var note: String

    public init(day: CalendarDay, length: StaffDayLength, association: AssociationID? = nil, activity: StaffDayActivity, goals: [Sdg] = [],
                note: String = "") {
        (self.day, self.length, self.association, self.activity, self.goals, self.note) = (day, length, association, activity, goals, note)
    }

    /// A day not in the future and not more than a year back (the figures are yearly).
    public static func read(_ fields: FormFields, association: AssociationLookup, today: CalendarDay) -> Result<StaffDayDraft, FieldErrors> {
        var checks = FieldChecks()
        let day = CalendarDay(iso: fields["day"])
        if day == nil { checks.add("day", "error.date") }
        if let day, day > today { checks.add("day", "error.staffDays.future") }
        if let day, day < today.adding(days: -366) { checks.add("day", "error.staffDays.tooOld") }
        let length = StaffDayLength(rawValue: fields["length"])
        if length == nil { checks.add("length", "error.choose") }
        if association == .notFound { checks.add("association", "error.staffDays.association") }
        let activity = StaffDayActivity(rawValue: fields["activity"])
        if activity == nil { checks.add("activity", "error.choose") }
        let goals = fields.all("goals").compactMap { Int($0).flatMap(Sdg.init) }
        if goals.count != fields.all("goals").count { checks.add("goals", "error.project.goal") }
        checks.limit(fields["note"], "note", max: 1000)
        guard let day, let length, let activity, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        var found: AssociationID?
        if case .found(let id) = association { found = id }
        return .success(StaffDayDraft(day: day, length: length, association: found, activity: activity, goals: Array(Set(goals)).sorted(),
                                      note: fields["note"].trimmingWhitespace()))
    }
}
