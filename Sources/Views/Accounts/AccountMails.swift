/// The texts of the mails the accounts area sends, in the recipient's language.
public enum AccountMails {
    static func compose(_ language: Language, _ name: String, _ values: [String: String]) -> MailText {
        MailText.compose(language, name, values)
    }

    /// To an address someone typed when registering: nothing else they typed (it may not be theirs).
    public static func confirmEmail(_ language: Language, link: String, service: String) -> MailText {
        compose(language, "confirm", ["name": "", "link": link, "service": service])
    }

    public static func alreadyRegistered(_ language: Language, name: String, loginLink: String, resetLink: String, service: String) -> MailText {
        compose(language, "alreadyRegistered", ["name": name, "loginLink": loginLink, "resetLink": resetLink, "service": service])
    }

    public static func resetPassword(_ language: Language, name: String, link: String, service: String) -> MailText {
        compose(language, "reset", ["name": name, "link": link, "service": service])
    }

    public static func passwordChanged(_ language: Language, name: String, service: String) -> MailText {
        compose(language, "passwordChanged", ["name": name, "service": service])
    }

    /// The person changed it themselves, signed in; other sessions ended, this one kept.
    public static func passwordChangedInAccount(_ language: Language, name: String, service: String) -> MailText {
        compose(language, "passwordChangedInAccount", ["name": name, "service": service])
    }

    public static func secondFactorOff(_ language: Language, name: String, service: String) -> MailText {
        compose(language, "secondFactorOff", ["name": name, "service": service])
    }

    public static func secondFactorRemoved(_ language: Language, name: String, service: String) -> MailText {
        compose(language, "secondFactorRemoved", ["name": name, "service": service])
    }

    public static func accountDeleted(_ language: Language, name: String, service: String) -> MailText {
        compose(language, "deleted", ["name": name, "service": service])
    }
}
