import Testing
import Foundation
@testable import Domain

@Suite("The action plan's rules: an action's form, a progress line, who reports, where an action stood")
struct ActionPlanRulesTests {
    static let today = CalendarDay(2026, 11, 16)
    static let department = DepartmentID.make()

    @Test("where an action stood on a day: its latest line on or before it; on one day, the line written last")
    func status() {
        let lines: [(day: CalendarDay, status: ActionStatus)] = [
            (CalendarDay(2026, 3, 1), .started), (CalendarDay(2026, 9, 1), .done), (CalendarDay(2026, 9, 1), .started), (CalendarDay(2026, 5, 1), .dropped),
        ]
        #expect(ActionPlanRules.status(on: CalendarDay(2026, 2, 28), progress: lines) == .notStarted)
        #expect(ActionPlanRules.status(on: CalendarDay(2026, 3, 1), progress: lines) == .started)
        #expect(ActionPlanRules.status(on: CalendarDay(2026, 6, 1), progress: lines) == .dropped)
        #expect(ActionPlanRules.status(on: CalendarDay(2026, 12, 31), progress: lines) == .started)
        #expect(ActionPlanRules.status(on: Self.today, progress: []) == .notStarted)
    }

    @Test("the coordinator; the council's members for its actions; a department's contact person or records admin for its own")
    func reporters() {
        let contact = Actor(userID: .make(), role: .staff, departmentID: Self.department, isContactNetworkMember: true)
        let records = Actor(userID: .make(), role: .staff, departmentID: Self.department, isDepartmentAdmin: true)
        let colleague = Actor(userID: .make(), role: .staff, departmentID: Self.department)
        let elsewhere = Actor(userID: .make(), role: .staff, departmentID: .make(), isContactNetworkMember: true)
        let council = Actor(userID: .make(), role: .member, isCouncilMember: true)
        let admin = Actor(userID: .make(), role: .admin)
        let own = ActionOwner.department(Self.department)
        #expect(ActionPlanRules.mayReport(contact, on: own) && ActionPlanRules.mayReport(records, on: own) && ActionPlanRules.mayReport(admin, on: own))
        #expect(!ActionPlanRules.mayReport(colleague, on: own) && !ActionPlanRules.mayReport(elsewhere, on: own) && !ActionPlanRules.mayReport(council, on: own))
        #expect(ActionPlanRules.mayReport(council, on: .council) && !ActionPlanRules.mayReport(contact, on: .council))
        #expect(!ActionPlanRules.mayReport(.anonymous, on: .council) && ActionPlanRules.mayManage(admin) && !ActionPlanRules.mayManage(council))
    }

    @Test("an action needs a period of at most four years near now, a title, a target and a known owner and principle")
    func action() {
        let good = FormFields(["firstYear": "2027", "lastYear": "2028", "title": "Föreningarnas dag", "target": "14 stadsdelar",
                               "owner": Self.department.description, "principle": "p1"])
        let read = { (fields: FormFields) in ActionDraft.read(fields, departments: [Self.department], principles: ["p1"], today: Self.today) }
        #expect((try? read(good).get())?.owner == .department(Self.department))
        for (field, value) in [("firstYear", "2023"), ("firstYear", "2030"), ("lastYear", "2031"), ("lastYear", "2026"), ("title", ""), ("target", ""),
                               ("owner", DepartmentID.make().description), ("owner", "nobody"), ("principle", "p2")] {
            var fields = good
            fields.set(field, value)
            guard case .failure(let errors) = read(fields) else { Issue.record("\(field)=\(value) accepted"); continue }
            // A first year out of range also leaves the period wrong; every other field is its own only problem.
            #expect(field == "firstYear" ? errors.errors.map(\.field).contains(field) : errors.errors.map(\.field) == [field], "\(field)=\(value)")
        }
        var council = good
        council.set("owner", "council")
        council.set("principle", "")
        #expect((try? read(council).get()).map { (draft: ActionDraft) in draft.owner == .council && draft.principle == nil } == true)
    }

    @Test("a progress line is dated within the plan and not ahead; dropping says why")
    func progress() {
        func read(_ values: [String: String]) -> ProgressDraft? {
            try? ProgressDraft.read(FormFields(["day": "2026-11-10", "status": "started"].merging(values) { $1 }), firstYear: 2026, today: Self.today).get()
        }
        #expect(read([:])?.status == .started)
        #expect(read(["day": "2026-11-17"]) == nil && read(["day": "2024-12-31"]) == nil && read(["status": "paused"]) == nil)
        #expect(read(["status": "dropped"]) == nil && read(["status": "dropped", "note": "Ingen ville."])?.note == "Ingen ville.")
    }
}
