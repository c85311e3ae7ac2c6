import Vapor
import Fluent
import Domain
import Views

/// Each working morning, every department with overdue inquiries gets one mail listing them,
/// sent to its contact-network members (or to its entry point when it has none). The day's
/// marker row is written in the same change, so with several instances only one sends it.
enum OverdueDigest {
    static let earliestHour = 7

    /// Queues the day's mails if they are due and not yet queued; returns how many.
    @discardableResult
    static func run(_ app: Application) async throws -> Int {
        let now = app.wallClock.now
        let day = CalendarDay(now)
        guard SwedishCalendar.isWorkingDay(day), now >= day.start.addingTimeInterval(Double(earliestHour) * 3600) else { return 0 }
        let key = "overdue-digest:\(day)"
        guard try await AppMeta.find(key, on: app.db) == nil else { return 0 }
        let overdue = try await Inquiry.query(on: app.db).filter(\.$status ~~ InboxController.open).filter(\.$firstAnsweredAt == nil)
            .filter(\.$dueAt <= now).with(\.$department).sort(\.$dueAt).limit(5_000).all()
        let link = app.baseAddress + SiteURL.staff(.inbox).path(query: [("overdue", "on")])
        do {
            return try await app.change(label: "overdue digest") { change in
                try await AppMeta(key: key, value: "\(now)").create(on: change.db)
                var sent = 0
                for (_, inquiries) in Dictionary(grouping: overdue, by: { $0.$department.id }) {
                    let department = inquiries[0].department
                    let members = try await User.query(on: change.db).filter(\.$department.$id == department.id!)
                        .filter(\.$isContactNetworkMember == true).limit(20).all()
                    let recipients = members.isEmpty
                        ? [(department.email, department.name, Language.sv)]
                        : members.map { ($0.email, $0.displayName, Language(cookie: $0.language)) }
                    for (address, name, language) in recipients where !address.isEmpty {
                        let items = inquiries.map { InquiryMails.Overdue(reference: $0.reference, topic: $0.topic, dueOn: $0.dueOn) }
                        let mail = InquiryMails.overdue(language, name: name, department: department.name, items: items, link: link,
                                                        service: app.siteFacts.serviceName)
                        try await change.mail(to: address, name: name, subject: mail.subject, body: mail.body)
                        sent += 1
                    }
                }
                try await change.audit("inquiry.overdueDigest", "installation", key, "\(overdue.count) overdue, \(sent) mails")
                return sent
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return 0 // another instance wrote today's marker first
        }
    }
}
