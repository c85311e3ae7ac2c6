import Testing
import Foundation
@testable import Domain

@Suite("Föreningarnas dag: who signs up, who confirms, who withdraws")
struct ParticipationRulesTests {
    static let culture = DepartmentID.make(), club = AssociationID.make(), pending = AssociationID.make()
    static let now = Date(timeIntervalSince1970: 1_794_812_400)
    static let day = EventState(organiser: .department(culture), isCancelled: false, ends: now.addingTimeInterval(7 * 86_400))
    static let representative = ProjectActor(Actor(userID: .make(), role: .member, associationIDs: [club, pending]),
                                             verifiedAssociations: [club], coordinator: nil)
    static let staff = ProjectActor(Actor(userID: .make(), role: .staff, departmentID: culture), verifiedAssociations: [], coordinator: nil)
    static let otherStaff = ProjectActor(Actor(userID: .make(), role: .staff, departmentID: .make()), verifiedAssociations: [], coordinator: nil)

    static func fields(_ changes: [(String, String)] = []) -> FormFields {
        FormFields([("kind", "workshop"), ("offer", "Prova på boxning var trettionde minut."), ("needs", "electricity"), ("needs", "table")] + changes)
    }

    static func signUp(_ fields: FormFields = fields(), kind: EventKind = .associationsDay, event: EventState = day, as association: AssociationID = club,
                       before: Bool = false, by actor: ProjectActor = representative) -> Result<ParticipationDraft, ProjectRefusal> {
        ParticipationRules.signUp(fields, kind: kind, on: event, as: association, signedUpBefore: before, by: actor, at: now)
    }

    @Test("a verified association's representative signs up once, for a Föreningarnas dag still to come; needs keep their order")
    func signingUp() throws {
        let draft = try Self.signUp().get()
        #expect(draft.kind == .workshop && draft.needs == [.table, .electricity] && draft.otherNeeds.isEmpty)
        #expect(Self.signUp(as: Self.pending) == .failure(.forbidden)) // not verified
        #expect(Self.signUp(by: Self.staff) == .failure(.forbidden))
        #expect(Self.signUp(kind: .training) == .failure(.notNow("participation.refusal.notADay")))
        #expect(Self.signUp(before: true) == .failure(.notNow("participation.refusal.already")))
        var cancelled = Self.day
        cancelled.isCancelled = true
        #expect(Self.signUp(event: cancelled) == .failure(.notNow("events.refusal.cancelled")))
        var over = Self.day
        over.ends = Self.now
        #expect(Self.signUp(event: over) == .failure(.notNow("events.refusal.over")))
    }

    @Test("what is offered is required, the kind and needs must be known ones; every problem is named")
    func badInput() {
        let bad = Self.signUp(FormFields([("kind", "stand"), ("offer", " "), ("needs", "water"), ("otherNeeds", String(repeating: "x", count: 501))]))
        guard case .failure(.invalid(let errors)) = bad else { Issue.record("expected invalid, got \(bad)"); return }
        #expect(Set(errors.map(\.field)) == ["kind", "offer", "needs", "otherNeeds"])
    }

    @Test("the organiser confirms or declines (with a reason) once; others may not; the association withdraws its own")
    func deciding() {
        #expect(ParticipationRules.decide(.choose, on: .proposed, of: Self.day, associationIsVerified: true, by: Self.staff, at: Self.now) == .success(.confirmed))
        #expect(ParticipationRules.decide(.decline(reason: "Fullt med bord."), on: .proposed, of: Self.day, associationIsVerified: true, by: Self.staff, at: Self.now) == .success(.declined))
        guard case .failure(.invalid) = ParticipationRules.decide(.decline(reason: " "), on: .proposed, of: Self.day, associationIsVerified: true, by: Self.staff, at: Self.now) else {
            Issue.record("a decline needs a reason"); return
        }
        #expect(ParticipationRules.decide(.choose, on: .proposed, of: Self.day, associationIsVerified: true, by: Self.otherStaff, at: Self.now) == .failure(.forbidden))
        #expect(ParticipationRules.decide(.choose, on: .proposed, of: Self.day, associationIsVerified: true, by: Self.representative, at: Self.now) == .failure(.forbidden))
        #expect(ParticipationRules.decide(.choose, on: .confirmed, of: Self.day, associationIsVerified: true, by: Self.staff, at: Self.now)
                == .failure(.notNow("participation.refusal.decided")))
        #expect(ParticipationRules.decide(.choose, on: .proposed, of: Self.day, associationIsVerified: false, by: Self.staff, at: Self.now)
                == .failure(.notNow("participation.refusal.notVerified")))
        #expect(ParticipationRules.withdraw(.confirmed, as: Self.club, of: Self.day, by: Self.representative, at: Self.now) == .success(.withdrawn))
        #expect(ParticipationRules.withdraw(.withdrawn, as: Self.club, of: Self.day, by: Self.representative, at: Self.now)
                == .failure(.notNow("participation.refusal.decided")))
        #expect(ParticipationRules.withdraw(.proposed, as: Self.club, of: Self.day, by: Self.staff, at: Self.now) == .failure(.forbidden))
    }
}
