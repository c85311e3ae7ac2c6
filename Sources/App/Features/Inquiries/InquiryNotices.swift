import Vapor
import Fluent
import Domain
import Views

/// The mails an inquiry causes, queued in the same change that causes them.
enum InquiryNotices {
    static func link(_ inquiry: Inquiry, app: Application) -> String {
        app.settings.baseURL.absoluteString + SiteURL.inquiries(.show(.token(.value(inquiry.accessToken)))).path
    }

    /// The receipt to the person (when they gave an address) and a heads-up to the department's entry point.
    static func received(_ inquiry: Inquiry, department: Department, token: String, app: Application, in change: Change) async throws {
        let language = Language(cookie: inquiry.language)
        if !inquiry.email.isEmpty {
            let contact = [department.email, department.phone, department.openingHours].filter { !$0.isEmpty }.joined(separator: ", ")
            let mail = InquiryMails.receipt(language, name: inquiry.name, reference: inquiry.reference, department: department.name,
                                            contact: contact, date: InquirySummary.day(inquiry.dueOn, PageContext.mail(language)),
                                            link: link(inquiry, app: app), service: app.siteFacts.serviceName)
            try await change.mail(to: inquiry.email, name: inquiry.name, subject: mail.subject, body: mail.body)
        }
        try await arrived(inquiry, at: department, app: app, in: change)
    }

    static func arrived(_ inquiry: Inquiry, at department: Department, app: Application, in change: Change) async throws {
        guard !department.email.isEmpty else { return }
        let mail = InquiryMails.arrived(reference: inquiry.reference, topic: Catalog.sv.text("inquiries.topic.\(inquiry.topic.rawValue)"),
                                        link: app.settings.baseURL.absoluteString + SiteURL.staff(.inquiry(.value(inquiry.reference))).path,
                                        service: app.siteFacts.serviceName)
        try await change.mail(to: department.email, name: department.name, subject: mail.subject, body: mail.body)
    }

    /// Tells the person about a reply, a transfer, a closing or a reopening.
    static func update(_ inquiry: Inquiry, _ kind: String, department: String, message: String, app: Application,
                       in change: Change) async throws {
        guard !inquiry.email.isEmpty else { return }
        let mail = InquiryMails.update(Language(cookie: inquiry.language), kind, name: inquiry.name, reference: inquiry.reference,
                                       department: department, message: message, link: link(inquiry, app: app),
                                       service: app.siteFacts.serviceName)
        try await change.mail(to: inquiry.email, name: inquiry.name, subject: mail.subject, body: mail.body)
    }
}

extension PageContext {
    /// A context for writing dates in mails, where there is no request.
    static func mail(_ language: Language) -> PageContext {
        PageContext(language: language, currentPath: "/", viewer: nil, csrfToken: nil,
                    site: Site(municipalityName: "", isDemo: false, stylesheetVersion: ""))
    }
}
