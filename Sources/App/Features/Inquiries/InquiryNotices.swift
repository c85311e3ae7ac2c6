import Vapor
import Fluent
import Domain
import Views

/// The mails an inquiry causes, queued in the same change that causes them.
enum InquiryNotices {
    static func link(_ inquiry: Inquiry, app: Application) -> String {
        app.baseAddress + SiteURL.inquiries(.show(.token(.value(inquiry.accessToken)))).path
    }

    /// The receipt to the person (when they gave an address) and a heads-up to the department's
    /// entry point. A receipt to an address typed on the open form counts against that address's limit.
    static func received(_ inquiry: Inquiry, department: Department, limited: Bool, app: Application, in change: Change) async throws {
        if !inquiry.email.isEmpty {
            let contact = [department.email, department.phone, department.openingHours].filter { !$0.isEmpty }.joined(separator: ", ")
            let mail = InquiryMails.receipt(Language(cookie: inquiry.language), reference: inquiry.reference,
                                            department: department.name, contact: contact, dueOn: inquiry.dueOn,
                                            link: link(inquiry, app: app), service: app.siteFacts.serviceName)
            if limited { try await change.take(.mailsToAddress, for: inquiry.email) }
            try await change.mail(to: inquiry.email, name: nil, subject: mail.subject, body: mail.body)
        }
        try await arrived(inquiry, at: department, app: app, in: change)
    }

    /// What a decision asked to be told, to whom.
    static func send(_ notice: InquiryNotice, about inquiry: Inquiry, state: InquiryState, app: Application, in change: Change) async throws {
        switch notice {
        case .toAsker(let kind, let message):
            guard !inquiry.email.isEmpty else { return }
            let mail = InquiryMails.update(Language(cookie: inquiry.language), kind, name: inquiry.name, reference: inquiry.reference,
                                           department: state.department.name, message: message, link: link(inquiry, app: app),
                                           service: app.siteFacts.serviceName)
            try await change.mail(to: inquiry.email, name: inquiry.name, subject: mail.subject, body: mail.body)
        case .arrived(let department):
            guard let department = try await Department.find(department.id.uuid, on: change.db) else { return }
            try await arrived(inquiry, at: department, app: app, in: change)
        }
    }

    static func arrived(_ inquiry: Inquiry, at department: Department, app: Application, in change: Change) async throws {
        guard !department.email.isEmpty else { return }
        let mail = InquiryMails.arrived(reference: inquiry.reference, topic: inquiry.topic,
                                        link: app.baseAddress + SiteURL.staff(.inquiry(.value(inquiry.reference))).path,
                                        service: app.siteFacts.serviceName)
        try await change.mail(to: department.email, name: department.name, subject: mail.subject, body: mail.body)
    }
}
