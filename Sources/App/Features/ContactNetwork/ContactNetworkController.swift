import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// The contact network for everyone: the roster (who has no contact person is said plainly),
/// the year's attendance and the meetings (`MeetingsController` shows and records them).
struct ContactNetworkController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.contactNetwork(.roster), .everyone, use: roster)
        MeetingsController<NetworkMeeting>(show: .contactNetwork(.meeting(.key)), new: .contactNetwork(.newMeeting),
                                           edit: .contactNetwork(.editMeeting(.key))).register(routes)
    }

    @Sendable func roster(_ req: Request) async throws -> Response {
        let today = CalendarDay(req.now)
        let departments = try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
        let contacts = try await User.query(on: req.db).filter(\.$isContactNetworkMember == true).filter(\.$department.$id != nil)
            .sort(\.$displayName).all()
        let attendance = try await NetworkStore.attendance(year: today.year, today: today, on: req.db)
        let model = NetworkPage(
            year: today.year,
            roster: departments.map { department in
                NetworkRosterRow(department: department.name, contacts: contacts.filter { $0.$department.id == department.id }.map(\.displayName),
                                 attended: attendance.attended[department.id!] ?? 0, held: attendance.held)
            },
            meetings: try await NetworkMeeting.list(req),
            canManage: MeetingRules.mayManage(req.actor))
        return req.html(model.render(try await req.page()))
    }
}
