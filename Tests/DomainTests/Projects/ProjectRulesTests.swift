import Testing
import Foundation
@testable import Domain

@Suite("Projects: the status machine, partners, who may do what")
struct ProjectRulesTests {
    static let culture = DepartmentID.make()
    static let schools = DepartmentID.make()
    static let coordinator = DepartmentID.make()
    static let club = AssociationID.make()
    static let pendingClub = AssociationID.make()

    static func staff(_ department: DepartmentID) -> ProjectActor {
        ProjectActor(Actor(userID: .make(), role: .staff, departmentID: department), verifiedAssociations: [], coordinator: coordinator)
    }

    static let representative = ProjectActor(Actor(userID: .make(), role: .member, associationIDs: [club, pendingClub]),
                                             verifiedAssociations: [club], coordinator: coordinator)
    static let anonymous = ProjectActor(.anonymous, verifiedAssociations: [], coordinator: coordinator)

    static func project(_ status: ProjectStatus = .ongoing, owner: Party = .department(culture),
                        partners: [Party: PartnerStatus] = [:]) -> ProjectState {
        ProjectState(title: "Läxhjälp", status: status, owner: owner, partners: partners)
    }

    @Test("every status goes only where `next` says, and finishing needs what came of it", arguments: ProjectStatus.allCases)
    func machine(from: ProjectStatus) throws {
        for target in ProjectStatus.allCases {
            let result = ProjectRules.decide(.move(to: target, note: "Fyrtio föreningar kom."), on: Self.project(from), by: Self.staff(Self.culture))
            let allowed = from.next.contains(target)
            #expect(((try? result.get()) != nil) == allowed, "\(from) → \(target)")
            if allowed { #expect(try result.get().state.status == target) }
        }
        if from == .ongoing {
            let bare = ProjectRules.decide(.move(to: .finished, note: "  "), on: Self.project(), by: Self.staff(Self.culture))
            #expect(bare == .failure(.invalid([FieldError("note", "error.required")])))
            let finished = try? ProjectRules.decide(.move(to: .finished, note: "Det gick bra."), on: Self.project(), by: Self.staff(Self.culture)).get()
            #expect(finished?.state.outcome == "Det gick bra.")
        }
    }

    @Test("only the owner's side changes a project; another department, the public and a pending association cannot")
    func ownerOnly() {
        let mine = Self.project()
        #expect(ProjectRules.mayEdit(mine, by: Self.staff(Self.culture)))
        #expect(!ProjectRules.mayEdit(mine, by: Self.staff(Self.schools)))
        #expect(!ProjectRules.mayEdit(mine, by: Self.anonymous))
        #expect(ProjectRules.decide(.edit, on: mine, by: Self.staff(Self.schools)) == .failure(.forbidden))
        #expect(ProjectRules.mayEdit(Self.project(owner: .association(Self.club)), by: Self.representative))
        // Only verified associations act as associations: representing one that is pending is not enough.
        #expect(!ProjectRules.mayEdit(Self.project(owner: .association(Self.pendingClub)), by: Self.representative))
        #expect(Self.representative.owners(departments: [Self.culture]) == [.association(Self.club)])
        let admin = ProjectActor(Actor(userID: .make(), role: .admin, departmentID: Self.coordinator), verifiedAssociations: [], coordinator: Self.coordinator)
        #expect(ProjectRules.mayEdit(mine, by: admin))
    }

    @Test("a partner from the other side is invited until it answers; only that side answers")
    func invitations() throws {
        let invite = ProjectEvent.invite(.association(Self.club), role: .partner, commitment: "Volontärer", verified: true)
        let invited = try ProjectRules.decide(invite, on: Self.project(), by: Self.staff(Self.culture)).get()
        #expect(invited.state.partners[.association(Self.club)] == .invited && invited.invited == .association(Self.club))
        #expect(ProjectRules.answerable(invited.state, by: Self.representative) == [.association(Self.club)])
        #expect(ProjectRules.decide(.answer(.association(Self.club), accept: true), on: invited.state, by: Self.staff(Self.schools)) == .failure(.forbidden))
        let confirmed = try ProjectRules.decide(.answer(.association(Self.club), accept: true), on: invited.state, by: Self.representative).get()
        #expect(confirmed.state.partners[.association(Self.club)] == .confirmed)
        // A confirmed partner posts to the timeline; it cannot change the project.
        #expect(ProjectRules.offers(.update, on: confirmed.state, by: Self.representative))
        #expect(!ProjectRules.offers(.edit, on: confirmed.state, by: Self.representative))
        // Inviting again, the owner itself, or an association that is not verified: refused with a reason.
        #expect(ProjectRules.decide(invite, on: confirmed.state, by: Self.staff(Self.culture))
                == .failure(.invalid([FieldError("orgNumber", "projects.refusal.alreadyPartner")])))
        #expect(ProjectRules.decide(.invite(.department(Self.culture), role: .partner, commitment: "", verified: true), on: Self.project(),
                                    by: Self.staff(Self.culture)) == .failure(.invalid([FieldError("orgNumber", "projects.refusal.alreadyPartner")])))
        #expect(ProjectRules.decide(.invite(.association(Self.pendingClub), role: .partner, commitment: "", verified: false), on: Self.project(),
                                    by: Self.staff(Self.culture)) == .failure(.invalid([FieldError("orgNumber", "projects.refusal.partnerNotVerified")])))
        let declined = try ProjectRules.decide(.answer(.association(Self.club), accept: false), on: invited.state, by: Self.representative).get()
        #expect(declined.state.partners[.association(Self.club)] == .declined)
        // A side that said no can be asked again.
        #expect((try? ProjectRules.decide(invite, on: declined.state, by: Self.staff(Self.culture)).get()) != nil)
    }

    @Test("only the coordinator (or an admin) holds up a project, and only a finished one")
    func featuring() {
        let finished = Self.project(.finished)
        #expect(ProjectRules.offers(.feature, on: finished, by: Self.staff(Self.coordinator)))
        #expect(!ProjectRules.offers(.feature, on: finished, by: Self.staff(Self.culture)))
        #expect(ProjectRules.decide(.feature(true), on: Self.project(.ongoing), by: Self.staff(Self.coordinator))
                == .failure(.notNow("projects.refusal.notFinished")))
        #expect(try! ProjectRules.decide(.feature(true), on: finished, by: Self.staff(Self.coordinator)).get().state.featured)
    }

    @Test("nothing more happens to a finished or cancelled project but featuring and reviving a cancelled idea")
    func over() {
        for status in [ProjectStatus.finished, .cancelled] {
            #expect(!ProjectRules.offers(.update, on: Self.project(status), by: Self.staff(Self.culture)))
            #expect(!ProjectRules.offers(.invite, on: Self.project(status), by: Self.staff(Self.culture)))
        }
        #expect(ProjectRules.offers(.move, on: Self.project(.cancelled), by: Self.staff(Self.culture)))
        #expect(!ProjectRules.offers(.move, on: Self.project(.finished), by: Self.staff(Self.culture)))
    }
}
