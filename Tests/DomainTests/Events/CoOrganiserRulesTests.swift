import Testing
import Foundation
@testable import Domain

@Suite("An event's co-organiser: the organiser invites, the invited side answers, either takes it off")
struct CoOrganiserRulesTests {
    static let culture = DepartmentID.make(), club = AssociationID.make(), pending = AssociationID.make()
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let staff = ProjectActor(Actor(userID: .make(), role: .staff, departmentID: culture), verifiedAssociations: [], coordinator: nil)
    static let rep = ProjectActor(Actor(userID: .make(), role: .member, associationIDs: [club, pending]), verifiedAssociations: [club], coordinator: nil)
    static let other = ProjectActor(Actor(userID: .make(), role: .staff, departmentID: .make()), verifiedAssociations: [], coordinator: nil)

    static func event(_ co: CoOrganiser? = nil, cancelled: Bool = false, ends: Date = now.addingTimeInterval(86_400)) -> EventState {
        EventState(organiser: .department(culture), isCancelled: cancelled, ends: ends, coOrganiser: co)
    }

    static func decide(_ change: CoOrganiserEvent, _ event: EventState, by actor: ProjectActor) -> Result<CoOrganiserDecision, ProjectRefusal> {
        EventRules.decide(change, on: event, title: "Läxhjälp", by: actor, at: now)
    }

    @Test("only the organiser invites; a verified association is invited, not shown, and told")
    func invite() throws {
        let invited = try Self.decide(.invite(.association(Self.club), verified: true), Self.event(), by: Self.staff).get()
        #expect(invited.coOrganiser == CoOrganiser(.association(Self.club), .invited) && invited.invited == .association(Self.club))
        #expect(invited.coOrganiser?.isConfirmed == false && invited.audit.action == "event.coOrganiser.invite")
        #expect(Self.decide(.invite(.association(Self.club), verified: true), Self.event(), by: Self.rep) == .failure(.forbidden))
        #expect(Self.decide(.invite(.association(Self.club), verified: true), Self.event(), by: Self.other) == .failure(.forbidden))
    }

    @Test("an invitation is refused, on its field, for no one, the organiser itself, an unverified association, or while another stands")
    func refusals() {
        let field = { (result: Result<CoOrganiserDecision, ProjectRefusal>) in result.failureProblems.map(\.messageKey) }
        #expect(field(Self.decide(.invite(nil, verified: true), Self.event(), by: Self.staff)) == ["projects.error.partner"])
        #expect(field(Self.decide(.invite(.department(Self.culture), verified: true), Self.event(), by: Self.staff)) == ["events.refusal.selfCoOrganiser"])
        #expect(field(Self.decide(.invite(.association(Self.pending), verified: false), Self.event(), by: Self.staff)) == ["projects.refusal.partnerNotVerified"])
        for status in [PartnerStatus.invited, .confirmed] {
            let taken = Self.event(CoOrganiser(.department(.make()), status))
            #expect(field(Self.decide(.invite(.association(Self.club), verified: true), taken, by: Self.staff)) == ["events.refusal.hasCoOrganiser"])
        }
        // One that said no may be replaced, and is not asked again.
        let declined = Self.event(CoOrganiser(.association(Self.club), .declined))
        #expect((try? Self.decide(.invite(.department(.make()), verified: true), declined, by: Self.staff).get()) != nil)
        #expect(field(Self.decide(.invite(.association(Self.club), verified: true), declined, by: Self.staff)) == ["events.refusal.coOrganiserDeclined"])
        #expect(Self.decide(.invite(.association(Self.club), verified: true), Self.event(cancelled: true), by: Self.staff)
                == .failure(.notNow("events.refusal.cancelled")))
        #expect(Self.decide(.invite(.association(Self.club), verified: true), Self.event(ends: Self.now), by: Self.staff)
                == .failure(.notNow("events.refusal.over")))
    }

    @Test("inviting a side one speaks for too confirms it at once")
    func selfConfirmed() throws {
        let admin = ProjectActor(Actor(userID: .make(), role: .admin), verifiedAssociations: [], coordinator: nil)
        let decision = try Self.decide(.invite(.department(.make()), verified: true), Self.event(), by: admin).get()
        #expect(decision.coOrganiser?.status == .confirmed && decision.invited == nil)
    }

    @Test("only the invited side answers, once; a confirmed co-organiser steps back, and the organiser takes it off")
    func answerAndRemove() throws {
        let invited = Self.event(CoOrganiser(.association(Self.club), .invited))
        #expect(EventRules.mayAnswer(invited, by: Self.rep) && !EventRules.mayAnswer(invited, by: Self.staff))
        #expect(Self.decide(.answer(accept: true), invited, by: Self.other) == .failure(.forbidden))
        let yes = try Self.decide(.answer(accept: true), invited, by: Self.rep).get()
        #expect(yes.coOrganiser?.status == .confirmed && yes.audit.action == "event.coOrganiser.confirm")
        #expect(try Self.decide(.answer(accept: false), invited, by: Self.rep).get().coOrganiser?.status == .declined)
        let confirmed = Self.event(yes.coOrganiser)
        #expect(Self.decide(.answer(accept: false), confirmed, by: Self.rep) == .failure(.forbidden)) // answered once
        #expect(EventRules.mayWithdraw(confirmed, by: Self.rep) && !EventRules.mayWithdraw(invited, by: Self.rep))
        #expect(try Self.decide(.remove, confirmed, by: Self.rep).get().coOrganiser == nil)
        #expect(try Self.decide(.remove, invited, by: Self.staff).get().coOrganiser == nil)
        #expect(Self.decide(.remove, invited, by: Self.rep) == .failure(.forbidden)) // not yet theirs to step back from
        #expect(Self.decide(.remove, Self.event(), by: Self.staff) == .failure(.notNow("events.refusal.noCoOrganiser")))
    }
}

private extension Result where Failure == ProjectRefusal {
    var failureProblems: [FieldError] {
        if case .failure(let refusal) = self { return refusal.problems }
        return []
    }
}
