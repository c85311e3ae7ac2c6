/// A mail's subject and plain-text body, written from the catalogs in the recipient's language:
/// greeting, the message (`mail.<name>.body`), signature.
public struct MailText: Sendable, Equatable {
    public var subject: String
    public var body: String

    public static func compose(_ language: Language, _ name: String, _ values: [String: String]) -> MailText {
        let catalog = Catalog.of(language)
        let greeting = (values["name"] ?? "").isEmpty ? "mail.greetingPlain" : "mail.greeting"
        let body = [
            catalog.text(greeting, values),
            catalog.text("mail.\(name).body", values),
            catalog.text("mail.signature", values),
        ].joined(separator: "\n\n")
        return MailText(subject: catalog.text("mail.\(name).subject", values), body: body)
    }
}
