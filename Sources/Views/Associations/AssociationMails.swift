/// Mails about an association: the staff's decision and invitations to represent it.
public enum AssociationMails {
    /// `decision` is verify, askForMore or reject, or renameApprove or renameReject for a new name
    /// (`association` is then the proposed name); `message` is the staff's own words.
    public static func decision(_ language: Language, _ decision: String, name: String, association: String, message: String,
                                link: String, service: String) -> MailText {
        MailText.compose(language, "association.\(decision)", [
            "name": name, "association": association, "message": message, "link": link, "service": service,
        ])
    }

    public static func invitation(_ language: Language, association: String, inviter: String, link: String, service: String) -> MailText {
        MailText.compose(language, "association.invitation", [
            "name": "", "association": association, "inviter": inviter, "link": link, "service": service,
        ])
    }
}
