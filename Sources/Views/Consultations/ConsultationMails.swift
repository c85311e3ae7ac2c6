/// The mails about consultations, in the recipient's language.
public enum ConsultationMails {
    /// To a subscriber: a consultation that concerns them was announced, has opened, or closes in a week.
    /// `event` is a `ConsultationNoticeEvent` raw value.
    public static func notice(_ language: Language, event: String, title: String, when: String, easyRead: String, link: String,
                              unsubscribe: String, service: String) -> MailText {
        MailText.compose(language, "consultation.\(event)", ["name": "", "title": title, "when": when, "easyRead": easyRead,
                                                             "link": link, "unsubscribe": unsubscribe, "service": service])
    }

    /// To a weekly subscriber: the week's notices in one mail.
    public static func digest(_ language: Language, lines: [String], unsubscribe: String, service: String) -> MailText {
        MailText.compose(language, "consultation.digest", ["name": "", "count": String(lines.count), "list": lines.joined(separator: "\n\n"),
                                                           "unsubscribe": unsubscribe, "service": service])
    }

    /// To an association's representatives: a formal invitation to answer.
    public static func invitation(_ language: Language, name: String, association: String, title: String, department: String,
                                  when: String, link: String, service: String) -> MailText {
        MailText.compose(language, "consultation.invitation", ["name": name, "association": association, "title": title,
                                                               "department": department, "when": when, "link": link, "service": service])
    }

    /// To everyone who answered: the compilation is published.
    public static func compiled(_ language: Language, name: String, title: String, link: String, service: String) -> MailText {
        MailText.compose(language, "consultation.compiled", ["name": name, "title": title, "link": link, "service": service])
    }

    /// To the person who submitted: a copy of what was sent.
    public static func receipt(_ language: Language, name: String, respondent: String, title: String, caseNumber: String,
                               closes: String, text: String, link: String, service: String) -> MailText {
        MailText.compose(language, "consultation.receipt", ["name": name, "respondent": respondent, "title": title, "caseNumber": caseNumber,
                                                            "closes": closes, "text": text, "link": link, "service": service])
    }
}
