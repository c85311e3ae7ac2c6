import Foundation

/// A recorded staff day as its rules see it: whose it is and which department it counts for.
public struct StaffDayState: Sendable, Hashable {
    public var author: UserID
    public var department: DepartmentID

    public init(author: UserID, department: DepartmentID) {
        (self.author, self.department) = (author, department)
    }
}

/// A department's yearly target: days per employee, and how many employees it has.
public struct StaffDayTarget: Sendable, Hashable {
    public var daysPerEmployee: Double
    public var headCount: Int

    public init(daysPerEmployee: Double, headCount: Int) {
        (self.daysPerEmployee, self.headCount) = (daysPerEmployee, headCount)
    }

    /// The days the department aims at in a year.
    public var days: Double { daysPerEmployee * Double(headCount) }

    /// "12" or "1,5" days per employee (0–365), and a head count (1–100 000).
    public static func read(_ fields: FormFields) -> Result<StaffDayTarget, FieldErrors> {
        var checks = FieldChecks()
        let perText = fields["daysPerEmployee"].trimmingWhitespace().replacingOccurrences(of: ",", with: ".")
        let per = Double(perText).flatMap { $0.isFinite && (0...365).contains($0) ? $0 : nil }
        if per == nil { checks.add("daysPerEmployee", "error.staffDays.perEmployee") }
        let count = Int(fields["headCount"].trimmingWhitespace()).flatMap { (1...100_000).contains($0) ? $0 : nil }
        if count == nil { checks.add("headCount", "error.staffDays.headCount") }
        guard let per, let count else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(StaffDayTarget(daysPerEmployee: per, headCount: count))
    }
}

/// The one place that decides staff days: staff in a department record their own; a record is
/// seen and corrected by the person, their department's admin, or an admin; a department's
/// target is set by its department admin or an admin.
public enum StaffDayRules {
    public static func mayRecord(_ actor: Actor) -> Bool { actor.isSignedIn && actor.isStaff }

    public static func mayOversee(_ department: DepartmentID, by actor: Actor) -> Bool {
        guard actor.isSignedIn else { return false }
        return actor.role == .admin || (actor.isStaff && actor.isDepartmentAdmin && actor.departmentID == department)
    }

    public static func maySee(_ record: StaffDayState, by actor: Actor) -> Bool {
        actor.isSignedIn && (actor.userID == record.author || mayOversee(record.department, by: actor))
    }

    /// A correction (or removal) of a record, decided on the record as read inside the change.
    public static func correct(_ record: StaffDayState, by actor: Actor) -> Result<Void, ProjectRefusal> {
        maySee(record, by: actor) ? .success(()) : .failure(.forbidden)
    }

    public static func setTarget(for department: DepartmentID, by actor: Actor) -> Result<Void, ProjectRefusal> {
        mayOversee(department, by: actor) ? .success(()) : .failure(.forbidden)
    }
}
