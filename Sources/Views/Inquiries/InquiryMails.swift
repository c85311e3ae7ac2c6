import Domain

/// The mails about inquiries, in the language the person wrote in.
public enum InquiryMails {
    /// The receipt: reference, who holds it, how to reach them, the promise and the private link.
    /// Nothing the sender typed: the address may be someone else's.
    public static func receipt(_ language: Language, reference: String, department: String, contact: String,
                               dueOn: CalendarDay, link: String, service: String) -> MailText {
        MailText.compose(language, "inquiry.receipt", ["name": "", "reference": reference, "department": department,
                                                       "contact": contact, "date": Wording(language).day(dueOn), "link": link,
                                                       "service": service])
    }

    /// A reply, a transfer or the closing (`kind`), with the staff's words to the person.
    public static func update(_ language: Language, _ kind: InquiryEntryKind, name: String, reference: String, department: String,
                              message: String, link: String, service: String) -> MailText {
        MailText.compose(language, "inquiry.\(kind.rawValue)", ["name": name, "reference": reference, "department": department,
                                                                "message": message, "link": link, "service": service])
    }

    /// To a department's entry point: a new or transferred inquiry is waiting.
    public static func arrived(reference: String, topic: InquiryTopic, link: String, service: String) -> MailText {
        MailText.compose(.sv, "inquiry.arrived", ["name": "", "reference": reference, "topic": Wording(.sv).topic(topic), "link": link,
                                                  "service": service])
    }

    /// One overdue inquiry in the daily list.
    public struct Overdue: Sendable {
        public var reference: String
        public var topic: InquiryTopic
        public var dueOn: CalendarDay

        public init(reference: String, topic: InquiryTopic, dueOn: CalendarDay) {
            self.reference = reference
            self.topic = topic
            self.dueOn = dueOn
        }
    }

    /// The daily list of overdue inquiries, to the department's contact-network member.
    public static func overdue(_ language: Language, name: String, department: String, items: [Overdue], link: String,
                               service: String) -> MailText {
        let words = Wording(language)
        let lines = items.map { "\($0.reference) – \(words.topic($0.topic)) – " + words.t("inquiries.overdueSince", ["date": words.day($0.dueOn)]) }
        return MailText.compose(language, "inquiry.overdue", ["name": name, "department": department, "count": words.number(lines.count),
                                                              "list": lines.joined(separator: "\n"), "link": link, "service": service])
    }
}
