import Vapor
import Fluent
import Domain
import App

/// A year of the demo's staff days with civil society: two example employees in every department
/// and company (who cannot sign in) and the demo's own staff, each with days over the last twelve
/// months with the demo's verified associations, serving different goals; and a target for this
/// year in every department.
enum StaffDaysDemo {
    static let goalSets: [[Int]] = [[3, 10], [4], [11, 16], [10], [3], [5, 10], [17], [8, 4], [11], [16, 17]]

    static func seed(_ app: Application) async throws {
        let departments = try await Department.query(on: app.db).sort(\.$name).all()
        let associations = try await Association.query(on: app.db).filter(\.$status == .verified).sort(\.$name).limit(12).all().map(\.typedID)
        let staff = try await User.query(on: app.db).filter(\.$role ~~ [.staff, .admin]).filter(\.$department.$id != nil).all()
        let today = CalendarDay(app.wallClock.now)
        // The example employees cannot sign in: their password is a secret nobody keeps.
        let unusable = try await app.passwords.hash(SecureToken.make())
        try await app.change(label: "demo") { change in
            var people: [(UUID, UUID)] = staff.map { ($0.id!, $0.$department.id!) }
            for (index, department) in departments.enumerated() {
                for n in 1...2 {
                    let user = User(email: "medarbetare\(n).\(department.slug)@demo.samverka.example",
                                    displayName: "Medarbetare \(n), \(department.name) (exempel)", passwordHash: unusable, role: .staff,
                                    departmentID: department.id!)
                    try await user.create(on: change.db)
                    people.append((user.id!, department.id!))
                }
                let target = StaffDayTargetRow()
                target.$department.id = department.id!
                (target.year, target.daysPerEmployee, target.headCount) = (today.year, 12, 3 + index % 4)
                try await target.create(on: change.db)
            }
            for (person, (userID, departmentID)) in people.enumerated() {
                for k in 0..<(3 + person % 6) {
                    let day = today.adding(days: -(k * 31 + person % 17 + 2))
                    guard day.year == today.year || k > 0 else { continue }
                    let draft = StaffDayDraft(day: day, length: (person + k) % 3 == 0 ? .half : .full,
                                              association: associations.isEmpty ? nil : associations[(person + k) % associations.count],
                                              activity: StaffDayActivity.allCases[(person + k) % StaffDayActivity.allCases.count],
                                              goals: goalSets[(person + k) % goalSets.count].compactMap(Sdg.init))
                    let row = StaffDay(userID: userID, departmentID: departmentID)
                    row.apply(draft)
                    try await row.create(on: change.db)
                    try await draft.goals.map { StaffDayGoal(staffDayID: row.id!, goal: $0, year: row.year, halves: row.halves) }.create(on: change.db)
                }
            }
            try await change.audit("demo.seed", "staff_day", "demo", "a year of staff days over the departments")
        }
    }
}
