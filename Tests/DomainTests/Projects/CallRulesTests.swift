import Testing
import Foundation
@testable import Domain

@Suite("Calls for partners: matching, answering, choosing, sending")
struct CallRulesTests {
    static let vivalla = DistrictID.make()
    static let varberga = DistrictID.make()
    static let schools = DepartmentID.make()

    static func candidate(_ name: String, competences: [String] = [], categories: Set<AssociationCategory> = [], districts: Set<DistrictID> = [],
                          groups: Set<TargetGroup> = []) -> MatchCandidate {
        MatchCandidate(id: .make(), name: name, competences: competences, categories: categories, districts: districts, targetGroups: groups)
    }

    static let needs = CallNeeds(competences: ["npf"], categories: [.disability], districts: [vivalla], targetGroups: [.children])

    @Test("the best fit first, each with why: competence outweighs category, place and group only add")
    func ranking() {
        let npfHere = Self.candidate("NPF Vivalla", competences: ["npf", "autism"], categories: [.disability], districts: [Self.vivalla], groups: [.children])
        let npfThere = Self.candidate("NPF Varberga", competences: ["npf"], categories: [.disability], districts: [Self.varberga])
        let onlyCategory = Self.candidate("Synskadeförening", categories: [.disability], districts: [Self.vivalla])
        let onlyPlace = Self.candidate("Bollklubb Vivalla", categories: [.sport], districts: [Self.vivalla], groups: [.children])
        let matches = CallMatching.rank([onlyPlace, onlyCategory, npfThere, npfHere], for: Self.needs)
        #expect(matches.map(\.name) == ["NPF Vivalla", "NPF Varberga", "Synskadeförening"])
        #expect(matches[0].reasons == [.competence("npf"), .category(.disability), .district(Self.vivalla), .targetGroup(.children)])
        #expect(matches[0].score == 4 + 2 + 2 + 1 && matches[1].score == 6 && matches[2].score == 4)
    }

    @Test("ties are in name order; a competence fits as a whole word, not as part of one")
    func tiesAndWords() {
        let b = Self.candidate("Björken", competences: ["npf i skolan"])
        let a = Self.candidate("Aspen", competences: ["NPF"])
        let partial = Self.candidate("Npfx", competences: ["npfx"])
        let ranked = CallMatching.rank([b, partial, a], for: CallNeeds(competences: ["npf"], categories: [], districts: [], targetGroups: []))
        #expect(ranked.map(\.name) == ["Aspen", "Björken"])
    }

    @Test("an association answers once, while open, only as a verified one's representative")
    func answering() {
        let call = CallState(department: Self.schools, closes: CalendarDay(2026, 12, 18))
        let club = AssociationID.make(), pending = AssociationID.make()
        let rep = ProjectActor(Actor(userID: .make(), role: .member, associationIDs: [club, pending]), verifiedAssociations: [club], coordinator: nil)
        let fields = FormFields([("what", "Vi utbildar lärare.")])
        #expect((try? CallRules.answer(fields, on: call, as: club, answeredBefore: false, by: rep, today: CalendarDay(2026, 12, 18)).get())?.what
                == "Vi utbildar lärare.")
        #expect(CallRules.answer(fields, on: call, as: club, answeredBefore: false, by: rep, today: CalendarDay(2026, 12, 19))
                == .failure(.notNow("calls.refusal.closed")))
        #expect(CallRules.answer(fields, on: call, as: club, answeredBefore: true, by: rep, today: CalendarDay(2026, 12, 1))
                == .failure(.notNow("calls.refusal.alreadyAnswered")))
        #expect(CallRules.answer(fields, on: call, as: pending, answeredBefore: false, by: rep, today: CalendarDay(2026, 12, 1)) == .failure(.forbidden))
        #expect(CallRules.answer(FormFields([("what", " ")]), on: call, as: club, answeredBefore: false, by: rep, today: CalendarDay(2026, 12, 1))
                == .failure(.invalid([FieldError("what", "error.required")])))
    }

    @Test("only the call's department decides, once; declining needs a reason")
    func deciding() {
        let call = CallState(department: Self.schools, closes: CalendarDay(2026, 12, 18))
        let own = ProjectActor(Actor(userID: .make(), role: .staff, departmentID: Self.schools), verifiedAssociations: [], coordinator: nil)
        let other = ProjectActor(Actor(userID: .make(), role: .staff, departmentID: .make()), verifiedAssociations: [], coordinator: nil)
        #expect(CallRules.decide(.choose, on: .submitted, of: call, by: own) == .success(.chosen))
        #expect(CallRules.decide(.choose, on: .submitted, of: call, by: other) == .failure(.forbidden))
        // The second of two at once reads the answer as decided.
        #expect(CallRules.decide(.choose, on: .chosen, of: call, by: own) == .failure(.notNow("calls.refusal.alreadyDecided")))
        #expect(CallRules.decide(.decline(reason: ""), on: .submitted, of: call, by: own) == .failure(.invalid([FieldError("reason", "error.required")])))
        #expect(CallRules.decide(.decline(reason: "Vi valde en förening i Vivalla."), on: .submitted, of: call, by: own) == .success(.declined))
    }

    @Test("a call goes to verified associations not sent it before; nothing left is a problem to show")
    func sending() {
        let a = AssociationID.make(), b = AssociationID.make(), c = AssociationID.make()
        let statuses: [AssociationID: AssociationStatus] = [a: .verified, b: .verified, c: .pending]
        #expect(CallRules.recipients([a, b, c, a], statuses: statuses, sentBefore: [b]) == .success([a]))
        #expect(CallRules.recipients([b], statuses: statuses, sentBefore: [b])
                == .failure(.invalid([FieldError("associations", "calls.refusal.noneToSend")])))
    }

    @Test("the form: a passed last day, nothing asked for, a department not theirs")
    func draft() {
        let district = DistrictID.make()
        let base: [(String, String)] = [("title", "NPF"), ("summary", "Vi behöver hjälp."), ("easyRead", "Hjälp oss."), ("form", "2"),
                                        ("closes", "2026-12-18"), ("contactName", "Eva"), ("departmentID", Self.schools.description)]
        func read(_ extra: [(String, String)]) -> Result<CallDraft, FieldErrors> {
            var pairs = base
            for (name, value) in extra { pairs.removeAll { $0.0 == name }; pairs.append((name, value)) }
            return CallDraft.read(FormFields(pairs), departments: [Self.schools], knownDistricts: [district], today: CalendarDay(2026, 11, 16))
        }
        #expect((try? read([("competences", "NPF, autism")]).get())?.competences == ["autism", "npf"])
        #expect(read([]) == .failure(FieldErrors(errors: [FieldError("competences", "error.call.whatNeeded")])))
        #expect(read([("categories", "disability"), ("closes", "2026-11-15")]) == .failure(FieldErrors(errors: [FieldError("closes", "error.call.closesPassed")])))
        #expect(read([("categories", "disability"), ("departmentID", DepartmentID.make().description)])
                == .failure(FieldErrors(errors: [FieldError("departmentID", "error.choose")])))
    }
}
