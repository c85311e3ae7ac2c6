/// The mails about inquiries, in the language the person wrote in.
public enum InquiryMails {
    /// The receipt: reference, who holds it, how to reach them, the promise and the private link.
    public static func receipt(_ language: Language, name: String, reference: String, department: String, contact: String,
                               date: String, link: String, service: String) -> MailText {
        MailText.compose(language, "inquiry.receipt", ["name": name, "reference": reference, "department": department,
                                                       "contact": contact, "date": date, "link": link, "service": service])
    }

    /// `kind` is reply, transfer, closed or reopened; `message` the staff's words to the person.
    public static func update(_ language: Language, _ kind: String, name: String, reference: String, department: String,
                              message: String, link: String, service: String) -> MailText {
        MailText.compose(language, "inquiry.\(kind)", ["name": name, "reference": reference, "department": department,
                                                       "message": message, "link": link, "service": service])
    }

    /// To a department's entry point: a new or transferred inquiry is waiting.
    public static func arrived(reference: String, topic: String, link: String, service: String) -> MailText {
        MailText.compose(.sv, "inquiry.arrived", ["name": "", "reference": reference, "topic": topic, "link": link, "service": service])
    }

    /// The daily list of overdue inquiries, to the department's contact-network member.
    public static func overdue(_ language: Language, name: String, department: String, lines: [String], link: String, service: String) -> MailText {
        MailText.compose(language, "inquiry.overdue", ["name": name, "department": department, "count": String(lines.count),
                                                  "list": lines.joined(separator: "\n"), "link": link, "service": service])
    }
}
