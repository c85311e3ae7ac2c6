import Domain

/// The mails about consultations, in the recipient's language.
public enum ConsultationMails {
    /// To a subscriber: a consultation that concerns them was announced, has opened, or closes in a week.
    public static func notice(_ language: Language, event: ConsultationNoticeEvent, summary: ConsultationSummary, link: String,
                              unsubscribe: String, service: String) -> MailText {
        MailText.compose(language, "consultation.\(event.rawValue)", [
            "name": "", "title": summary.title, "when": summary.when(Wording(language)), "easyRead": summary.easyRead,
            "link": link, "unsubscribe": unsubscribe, "service": service])
    }

    /// To a weekly subscriber: the week's notices in one mail, each with its link — consultations
    /// first, then the new calls for partners and the new events, each under a heading of their own.
    public static func digest(_ language: Language, items: [(summary: ConsultationSummary, link: String)],
                              calls: [(summary: CallSummary, link: String)] = [], events: [(summary: EventSummary, link: String)] = [],
                              unsubscribe: String, service: String) -> MailText {
        let words = Wording(language)
        let lines = items.map { "\($0.summary.title)\n\($0.summary.when(words))\n\($0.link)" }
        let callLines = calls.map { "\($0.summary.title)\n\($0.summary.department) · \($0.summary.when(words))\n\($0.link)" }
        let eventLines = events.map { "\($0.summary.title)\n\($0.summary.when(words)) · \($0.summary.whereText(words))\n\($0.link)" }
        let list = lines + (callLines.isEmpty ? [] : [words.t("calls.digestHeading")] + callLines)
            + (eventLines.isEmpty ? [] : [words.t("events.digestHeading")] + eventLines)
        return MailText.compose(language, "consultation.digest", [
            "name": "", "count": words.number(lines.count + callLines.count + eventLines.count), "list": list.joined(separator: "\n\n"),
            "unsubscribe": unsubscribe, "service": service])
    }

    /// To an association's representatives: a formal invitation to answer.
    public static func invitation(_ language: Language, name: String, association: String, summary: ConsultationSummary,
                                  department: String, link: String, service: String) -> MailText {
        MailText.compose(language, "consultation.invitation", [
            "name": name, "association": association, "title": summary.title, "department": department,
            "when": summary.when(Wording(language)), "link": link, "service": service])
    }

    /// To everyone who answered: the compilation is published.
    public static func compiled(_ language: Language, name: String, title: String, link: String, service: String) -> MailText {
        MailText.compose(language, "consultation.compiled", ["name": name, "title": title, "link": link, "service": service])
    }

    /// To the person who submitted: a copy of what was sent, each answer under its question.
    public static func receipt(_ language: Language, name: String, respondent: String, summary: ConsultationSummary,
                               questions: [String], text: ResponseDraft, link: String, service: String) -> MailText {
        let words = Wording(language)
        let parts = text.answers.enumerated().filter { !$0.element.isEmpty && $0.offset < questions.count }
            .map { "\(questions[$0.offset])\n\($0.element)" }
            + (text.comment.isEmpty ? [] : [words.t("responses.comment") + "\n" + text.comment])
        return MailText.compose(language, "consultation.receipt", [
            "name": name, "respondent": respondent, "title": summary.title, "caseNumber": summary.caseNumber,
            "closes": words.day(summary.dates.closes), "text": parts.joined(separator: "\n\n"), "link": link, "service": service])
    }
}
