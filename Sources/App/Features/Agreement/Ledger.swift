import Vapor
import Fluent
import Domain
import Views

/// The ledger of the agreement: joining and withdrawing, for associations and departments.
/// History rows are only added; the party's `joined_since` follows the latest event.
enum Ledger {
    enum Party {
        case association(Association)
        case department(Department)
    }

    struct Entry {
        var kind: EndorsementEvent.Kind
        var decidedOn: Date
        var signatoryRole: String
        var decisionReference: String
    }

    /// Reads "2024-03-01" as that day in Stockholm; refuses dates in the future or before 2000.
    static func decisionDate(_ text: String?, now: Date) -> Date? {
        guard let text, text.count == 10 else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = DateText.stockholm
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              calendar.component(.day, from: date) == parts[2], parts[0] >= 2000, date <= now
        else { return nil }
        return date
    }

    /// Records the event. Joining twice, or leaving without having joined, is refused (409):
    /// the page showed a stale state, typically a second tab.
    static func record(_ entry: Entry, for party: Party, by user: User, in change: Change) async throws {
        let history: [Endorsement]
        switch party {
        case .association(let association):
            history = try await Endorsement.query(on: change.db).filter(\.$association.$id == association.id!).all()
        case .department(let department):
            history = try await Endorsement.query(on: change.db).filter(\.$department.$id == department.id!).all()
        }
        guard EndorsementState.canRecord(entry.kind, after: history.map(\.event)) else { throw Abort(.conflict) }
        let event = Endorsement(
            associationID: { if case .association(let a) = party { return a.id } else { return nil } }(),
            departmentID: { if case .department(let d) = party { return d.id } else { return nil } }(),
            kind: entry.kind, decidedOn: entry.decidedOn, signatoryRole: entry.signatoryRole,
            decisionReference: entry.decisionReference, recordedBy: user.id, recordedByName: user.displayName, recordedAt: change.now)
        try await event.create(on: change.db)
        let since = EndorsementState.joinedSince(history.map(\.event) + [event.event])
        switch party {
        case .association(let association):
            association.joinedSince = since
            try await association.update(on: change.db)
            try await change.audit("agreement.\(entry.kind.rawValue)", "association", association.id!.uuidString,
                                   "\(association.name), decided \(entry.decidedOn)")
        case .department(let department):
            department.joinedSince = since
            try await department.update(on: change.db)
            try await change.audit("agreement.\(entry.kind.rawValue)", "department", department.id!.uuidString,
                                   "\(department.name), \(entry.decisionReference)")
        }
    }
}
