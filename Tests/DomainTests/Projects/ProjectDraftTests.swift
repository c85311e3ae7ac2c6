import Testing
import Foundation
@testable import Domain

@Suite("Projects: the form, checked before anything is stored")
struct ProjectDraftTests {
    static let district = DistrictID.make()
    static let owner = Party.department(.make())

    static func fields(_ changes: [(String, String)] = []) -> FormFields {
        var pairs: [(String, String)] = [
            ("title", "Läxhjälp i Vivalla"), ("summary", "Föreningen och skolan ordnar läxhjälp."), ("easyRead", "Unga får hjälp med läxor."),
            ("form", "4"), ("status", "planned"), ("owner", owner.description), ("contactName", "Amina"), ("starts", "2027-01-10"),
            ("ends", "2027-06-10"), ("districts", district.description), ("goals", "4"), ("goals", "10"), ("targetGroups", "youth"),
        ]
        for (name, value) in changes { pairs.removeAll { $0.0 == name }; pairs.append((name, value)) }
        return FormFields(pairs)
    }

    static func problems(_ changes: [(String, String)]) -> [FieldError] {
        switch ProjectDraft.read(fields(changes), owners: [owner], knownDistricts: [district]) {
        case .success: return []
        case .failure(let errors): return errors.errors
        }
    }

    @Test("a whole form reads into a draft, tags sorted and unique")
    func reads() throws {
        let draft = try ProjectDraft.read(Self.fields(), owners: [Self.owner], knownDistricts: [Self.district]).get()
        #expect(draft.goals.map(\.number) == [4, 10] && draft.form == .partnership && draft.status == .planned && draft.partnership == nil)
        #expect(draft.starts == CalendarDay(2027, 1, 10) && draft.targetGroups == [.youth])
    }

    @Test("goal 18, an end before the start, a 100 000-character body, an owner not theirs: each named on its field")
    func badInput() {
        #expect(Self.problems([("goals", "18")]) == [FieldError("goals", "error.project.goal")])
        #expect(Self.problems([("ends", "2026-12-31")]) == [FieldError("ends", "error.project.endsBeforeStart")])
        #expect(Self.problems([("body", String(repeating: "å", count: 100_000))]) == [FieldError("body", "error.tooLong", ["max": "20000"])])
        #expect(Self.problems([("owner", Party.department(.make()).description)]) == [FieldError("owner", "error.choose")])
        #expect(Self.problems([("status", "finished")]) == [FieldError("status", "error.choose")])
        #expect(Self.problems([("districts", DistrictID.make().description)]) == [FieldError("districts", "error.choose")])
        #expect(Self.problems([("starts", "10/1 2027")]) == [FieldError("starts", "error.dateFormat")])
        #expect(Self.problems([("title", "")]).contains(FieldError("title", "error.required")))
    }

    @Test("a partnership (IOP) needs its period and its decision")
    func partnership() throws {
        let missing = Self.problems([("iop", "on"), ("iopFrom", "2027-01-01")])
        #expect(Set(missing.map(\.field)) == ["iopUntil", "decidedOn", "decisionBody", "caseNumber"])
        let draft = try ProjectDraft.read(Self.fields([("iop", "on"), ("iopFrom", "2027-01-01"), ("iopUntil", "2028-12-31"),
                                                       ("decisionBody", "Grundskolenämnden"), ("decidedOn", "2026-12-10"),
                                                       ("caseNumber", "GSN 2026/88")]), owners: [Self.owner], knownDistricts: [Self.district]).get()
        #expect(draft.partnership?.caseNumber == "GSN 2026/88" && draft.partnership?.until == CalendarDay(2028, 12, 31))
    }

    @Test("a party is written and read back as a/d:<id>; anything else is no party")
    func parties() {
        let club = Party.association(.make())
        #expect(Party(club.description) == club && Party(Self.owner.description) == Self.owner)
        #expect(Party("x:123") == nil && Party("a:not-an-id") == nil && Party("") == nil)
    }
}
