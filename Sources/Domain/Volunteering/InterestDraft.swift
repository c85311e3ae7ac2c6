import Foundation

/// Someone showing interest in an assignment, without an account: a name, an e-mail address or
/// a phone number (one is enough), a message, and their consent to share these with the organiser.
public struct InterestDraft: Sendable, Hashable {
    public var name: String
    public var email: EmailAddress?
    public var phone: String
    public var message: String

    public init(name: String, email: EmailAddress?, phone: String = "", message: String = "") {
        (self.name, self.email, self.phone, self.message) = (name, email, phone, message)
    }

    public static func read(_ fields: FormFields) -> Result<InterestDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.name(fields["name"], "name", max: 200)
        let emailText = fields["email"].trimmingWhitespace()
        let email = EmailAddress(emailText)
        if !emailText.isEmpty && email == nil { checks.add("email", "error.email") }
        let phone = fields["phone"].trimmingWhitespace()
        checks.phone(phone, "phone")
        if emailText.isEmpty && phone.isEmpty { checks.add("email", "error.volunteering.reach") }
        checks.limit(fields["message"], "message", max: 2000)
        if fields["consent"] != "on" { checks.add("consent", "error.volunteering.consent") }
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(InterestDraft(name: fields["name"].trimmingWhitespace(), email: email, phone: phone,
                                      message: fields["message"].trimmingWhitespace()))
    }
}
