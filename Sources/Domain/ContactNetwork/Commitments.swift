import Foundation

/// What a department or company commits to under the agreement for a year (from its business
/// plan), and its report at the year's end on how it went (G5: "the goals we set are followed up").
public struct CommitmentDraft: Sendable, Hashable {
    public var commitments: String
    public var report: String

    public init(commitments: String, report: String = "") {
        (self.commitments, self.report) = (commitments, report)
    }

    public static let maxLength = 8000

    /// The commitments are required; the report may be written only for a year that has begun
    /// (it is due at the year's end, and may be written as the year goes).
    public static func read(_ fields: FormFields, year: Int, today: CalendarDay) -> Result<CommitmentDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.require(fields["commitments"], "commitments", max: maxLength)
        checks.limit(fields["report"], "report", max: maxLength)
        let report = fields["report"].trimmingWhitespace()
        if !report.isEmpty, year > today.year { checks.add("report", "error.commitments.reportEarly") }
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(CommitmentDraft(commitments: fields["commitments"].trimmingWhitespace(), report: report))
    }
}

/// Who writes a department's commitments and report: its contact-network member, or the coordinator.
public enum CommitmentRules {
    /// The years a department's commitments may be written for: last year (its report is due), this year and next.
    public static func years(today: CalendarDay) -> ClosedRange<Int> { (today.year - 1)...(today.year + 1) }

    public static func mayWrite(for department: DepartmentID, by actor: Actor) -> Bool {
        guard actor.isSignedIn else { return false }
        return actor.role == .admin || (actor.isContactNetworkMember && actor.departmentID == department)
    }

    /// Writing, decided inside the change on the year asked for.
    public static func write(for department: DepartmentID, year: Int, by actor: Actor, today: CalendarDay) -> Result<Void, ProjectRefusal> {
        guard mayWrite(for: department, by: actor) else { return .failure(.forbidden) }
        return years(today: today).contains(year) ? .success(()) : .failure(.notNow("error.commitments.year"))
    }
}
