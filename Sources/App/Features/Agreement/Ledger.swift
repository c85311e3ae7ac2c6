import Vapor
import Fluent
import Domain
import Views

/// The ledger of the agreement: joining and withdrawing, for associations and departments.
/// History rows are only added; the party's `joined_since` follows the latest event.
package enum Ledger {
    package enum Party: Sendable {
        case association(UUID)
        case department(UUID)
    }

    /// Records a join or a withdrawal, as `EndorsementRules` decides on the party and its history
    /// read (locked) in this change. A repeat from a second tab is refused with why.
    package static func record(_ kind: EndorsementEvent.Kind, _ form: FormFields, for party: Party, by user: User, in change: Change) async throws {
        let history: [Endorsement]
        let decided: EndorsementRules.Outcome
        switch party {
        case .association(let id):
            guard try await Association.lock(id, on: change.db), let association = try await Association.find(id, on: change.db) else {
                throw Abort(.notFound)
            }
            history = try await Endorsement.query(on: change.db).filter(\.$association.$id == id).all()
            decided = try EndorsementRules.decide(kind, form, for: .association(status: association.status), named: association.name,
                                                  history: history.map(\.event), now: change.now).get()
            association.joinedSince = decided.joinedSince
            try await association.update(on: change.db)
        case .department(let id):
            guard try await Department.lock(id, on: change.db), let department = try await Department.find(id, on: change.db) else {
                throw Abort(.notFound)
            }
            history = try await Endorsement.query(on: change.db).filter(\.$department.$id == id).all()
            decided = try EndorsementRules.decide(kind, form, for: .department, named: department.name, history: history.map(\.event),
                                                  now: change.now).get()
            department.joinedSince = decided.joinedSince
            try await department.update(on: change.db)
        }
        let event = Endorsement(
            associationID: { if case .association(let id) = party { return id } else { return nil } }(),
            departmentID: { if case .department(let id) = party { return id } else { return nil } }(),
            kind: kind, decidedOn: decided.event.on, signatoryRole: decided.signatoryRole, decisionReference: decided.decisionReference,
            recordedBy: user.id, recordedByName: user.displayName, recordedAt: change.now)
        try await event.create(on: change.db)
        change.touches(.areas(.agreement))
        switch party {
        case .association(let id): try await change.audit(decided.audit, "association", id)
        case .department(let id): try await change.audit(decided.audit, "department", id)
        }
    }
}
