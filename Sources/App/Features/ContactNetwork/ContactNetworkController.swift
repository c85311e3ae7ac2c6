import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// The contact network for everyone: the roster (who has no contact person is said plainly),
/// the year's attendance and the meetings; the coordinator records meetings and who came.
struct ContactNetworkController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.contactNetwork(.roster), .everyone, use: roster)
        routes.get(.contactNetwork(.meeting(.key)), .everyone, use: meeting)
        routes.get(.contactNetwork(.newMeeting), .signedIn, use: newForm)
        routes.post(.contactNetwork(.newMeeting), .signedIn, use: create)
        routes.get(.contactNetwork(.editMeeting(.key)), .signedIn, use: editForm)
        routes.post(.contactNetwork(.editMeeting(.key)), .signedIn, use: update)
    }

    @Sendable func roster(_ req: Request) async throws -> Response {
        let today = CalendarDay(req.now)
        let departments = try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
        let contacts = try await User.query(on: req.db).filter(\.$isContactNetworkMember == true).filter(\.$department.$id != nil)
            .sort(\.$displayName).all()
        let attendance = try await NetworkStore.attendance(year: today.year, today: today, on: req.db)
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let total = try await NetworkMeeting.query(on: req.db).count()
        let meetings = try await NetworkMeeting.query(on: req.db).sort(\.$day, .descending).sort(\.$id).range(page.offset..<(page.offset + page.size)).all()
        let present = try await NetworkStore.presentCounts(meetings.compactMap(\.id), on: req.db)
        let model = NetworkPage(
            year: today.year,
            roster: departments.map { department in
                NetworkRosterRow(department: department.name, contacts: contacts.filter { $0.$department.id == department.id }.map(\.displayName),
                                 attended: attendance.attended[department.id!] ?? 0, held: attendance.held)
            },
            meetings: try req.paged(items: meetings.map { NetworkMeetingItem(id: $0.id!.uuidString.lowercased(), day: $0.calendarDay, place: $0.place,
                                                                               present: present[$0.id!] ?? 0) },
                                    page: page, total: total),
            canManage: NetworkRules.mayManage(req.actor))
        return req.html(model.render(try await req.page()))
    }

    static func find(_ req: Request) async throws -> NetworkMeeting {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let meeting = try await NetworkMeeting.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return meeting
    }

    @Sendable func meeting(_ req: Request) async throws -> Response {
        let meeting = try await Self.find(req)
        let departments = try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
        let came = Set(try await NetworkAttendance.query(on: req.db).filter(\.$meeting.$id == meeting.id!).all().map(\.$department.id))
        let page = NetworkMeetingPage(
            id: meeting.id!.uuidString.lowercased(), day: meeting.calendarDay, place: meeting.place, agenda: meeting.agenda, minutes: meeting.minutes,
            present: departments.filter { came.contains($0.id!) }.map(\.name), absent: departments.filter { !came.contains($0.id!) }.map(\.name),
            held: meeting.calendarDay <= CalendarDay(req.now), canManage: NetworkRules.mayManage(req.actor))
        return req.html(page.render(try await req.page()))
    }
}
