import Vapor
import Fluent
import Domain
import App

/// The demo's contact network: an example employee appointed in every department and company
/// but the last two (so the roster shows plainly who has none), four meetings in the past year
/// with agendas, minutes and uneven attendance, one coming meeting with its agenda, and every
/// department's commitments for last year and this, some not reported.
enum ContactNetworkDemo {
    static let places = ["Stadshuset, sal B", "Medborgarhuset Vivalla", "Stadshuset, sal B", "Digitalt möte"]
    static let topics = ["Årets uppföljning av överenskommelsen", "Föreningarnas dag i stadsdelarna", "Nya sätt att samråda",
                         "Volontärer och civilsamhällesdagar"]

    static func seed(_ app: Application) async throws {
        let departments = try await Department.query(on: app.db).sort(\.$position).sort(\.$name).all()
        let today = CalendarDay(app.wallClock.now)
        try await app.change(label: "demo") { change in
            for department in departments.dropLast(2) {
                guard let user = try await User.query(on: change.db).filter(\.$email == "medarbetare1.\(department.slug)@demo.samverka.example").first()
                else { continue }
                user.isContactNetworkMember = true
                try await user.update(on: change.db)
            }
            for (index, topic) in topics.enumerated() {
                let meeting = NetworkMeeting()
                meeting.apply(NetworkMeetingDraft(
                    day: today.adding(days: -(30 + index * 85)), place: places[index],
                    agenda: "- Välkommen\n- \(topic)\n- Nytt från förvaltningarna\n- Nästa möte",
                    minutes: "Vi pratade om \(topic.lowercased()). Kontaktpersonerna tar med frågan till sina förvaltningar och bolag."))
                try await meeting.create(on: change.db)
                // Most come; the companies and a few departments often do not (G3: "poor attendance").
                for (position, department) in departments.enumerated() where (position + index) % 4 != 0 && position < departments.count - 2 {
                    try await NetworkAttendance(meetingID: meeting.id!, departmentID: department.id!).create(on: change.db)
                }
                try await change.audit("network.meeting", "network_meeting", meeting.id!.uuidString, "demo")
            }
            // Commitments for last year and this, for every department; last year's reported by all but
            // three, this year's by every other one so far (the report is due at the year's end).
            for (position, department) in departments.enumerated() {
                for year in [today.year - 1, today.year] {
                    let row = Commitment(departmentID: department.id!, year: year)
                    let reported = year < today.year ? position < departments.count - 3 : position % 2 == 0
                    row.apply(CommitmentDraft(commitments: "- Bjuda in föreningar till samråd om det som rör dem\n- Svara på frågor inom utlovad tid\n- Erbjuda en civilsamhällesdag till varje medarbetare",
                                              report: reported ? "Vi höll två samråd med föreningar och svarade på nästan alla frågor i tid. Civilsamhällesdagarna kom i gång under hösten." : ""),
                              at: change.now)
                    try await row.create(on: change.db)
                    try await change.audit("commitments.write", "commitment", row.id!.uuidString, "demo")
                }
            }
            let coming = NetworkMeeting()
            coming.apply(NetworkMeetingDraft(day: today.adding(days: 21), place: places[0],
                                             agenda: "- Välkommen\n- Handlingsplanen för nästa år\n- Övrigt"))
            try await coming.create(on: change.db)
            try await change.audit("network.meeting", "network_meeting", coming.id!.uuidString, "demo")
        }
    }
}
