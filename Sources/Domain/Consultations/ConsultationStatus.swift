import Foundation

/// Where a consultation stands. Planned, open and closed follow its dates; compiled follows the
/// department publishing what came in and how it was weighed.
public enum ConsultationStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case planned, open, closed, compiled
}

/// A consultation's dates: announced (early notice), opens, closes — calendar days in Stockholm.
/// It opens at the start of its first day and takes answers until midnight after its last.
public struct ConsultationDates: Sendable, Hashable {
    public var announced: CalendarDay
    public var opens: CalendarDay
    public var closes: CalendarDay

    public init(announced: CalendarDay, opens: CalendarDay, closes: CalendarDay) {
        self.announced = announced
        self.opens = opens
        self.closes = closes
    }

    public func status(at now: Date, compiled: Bool) -> ConsultationStatus {
        if compiled { return .compiled }
        if now < opens.start { return .planned }
        if now < closes.end { return .open }
        return .closed
    }

    /// Whether a response sent at `now` is in time: from the opening day to the last second of the closing day.
    public func acceptsResponses(at now: Date) -> Bool {
        now >= opens.start && now < closes.end
    }

    /// Whole days left to answer, counting today; nil when not open.
    public func daysLeft(at now: Date) -> Int? {
        guard acceptsResponses(at: now) else { return nil }
        return closes.dayNumber - CalendarDay(now).dayNumber + 1
    }

    /// The publishing of a compilation, allowed once the consultation has closed.
    public func mayCompile(at now: Date) -> Bool { now >= closes.end }
}

/// Which of the associations a department ticked are invited now: verified ones (only they
/// answer as associations) not invited before. Nothing left to invite is a problem to show.
public enum ConsultationInvitations {
    public static func choose(_ requested: [AssociationID], statuses: [AssociationID: AssociationStatus],
                              alreadyInvited: Set<AssociationID>) -> Result<[AssociationID], FieldErrors> {
        let chosen = Set(requested).filter { statuses[$0] == .verified && !alreadyInvited.contains($0) }.sorted()
        guard !chosen.isEmpty else { return .failure(FieldErrors(errors: [FieldError("associations", "error.invitations.none")])) }
        return .success(chosen)
    }
}
