/// The mails the admin area sends, in the recipient's language.
public enum AdminMails {
    /// "Send a test mail to me" on the get-started page.
    public static func testMail(_ language: Language, name: String, service: String, address: String) -> MailText {
        MailText.compose(language, "testMail", ["name": name, "service": service, "address": address])
    }
}
