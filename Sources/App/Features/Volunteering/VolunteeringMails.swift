import Vapor
import Fluent
import Domain
import Views

/// The mails about interest in an assignment, in Swedish (a volunteer has no account, and so no
/// chosen language). Every mail to a volunteer carries the link to see the interest or delete it;
/// the organiser's mail names no one: the list is behind sign-in.
enum VolunteeringMails {
    static func values(_ interest: VolunteerInterest, _ assignment: VolunteerAssignment, app: Application, on db: any Database) async throws -> [String: String] {
        let organiser = try await assignment.organiser.asyncMap { try await ProjectStore.names([$0], on: db)[$0]?.name } ?? nil
        let base = app.baseAddress
        return ["name": interest.name, "title": assignment.title, "organiser": organiser ?? "", "answer": interest.answer,
                "contact": [assignment.contactName, assignment.contactEmail].filter { !$0.isEmpty }.joined(separator: ", "),
                "link": base + SiteURL.volunteering(.yours(.value(interest.token))).path, "service": app.siteFacts.serviceName]
    }

    /// The receipt to the person, and a line to the organiser (past its limit, the interest waits in the list without one).
    static func shown(_ interest: VolunteerInterest, _ assignment: VolunteerAssignment, app: Application, in change: Change) async throws {
        let values = try await values(interest, assignment, app: app, on: change.db)
        if !interest.email.isEmpty {
            let mail = MailText.compose(.sv, "volunteer.receipt", values)
            try await change.mail(to: interest.email, name: interest.name, subject: mail.subject, body: mail.body)
        }
        do {
            try await change.take(.interestNoticesToAddress, for: assignment.contactEmail)
        } catch is LimitReached {
            return
        }
        let notice = MailText.compose(.sv, "volunteer.interest", [
            "title": assignment.title, "service": app.siteFacts.serviceName,
            "link": app.baseAddress + SiteURL.volunteering(.interested(.value(assignment.slug))).path,
        ])
        try await change.mail(to: assignment.contactEmail, name: assignment.contactName, subject: notice.subject, body: notice.body)
    }

    /// The organiser's answer, to a person who left an address.
    static func answered(_ interest: VolunteerInterest, _ assignment: VolunteerAssignment, app: Application, in change: Change) async throws {
        guard !interest.email.isEmpty else { return }
        let mail = MailText.compose(.sv, interest.status == .welcomed ? "volunteer.welcomed" : "volunteer.declined",
                                    try await values(interest, assignment, app: app, on: change.db))
        try await change.mail(to: interest.email, name: interest.name, subject: mail.subject, body: mail.body)
    }
}
