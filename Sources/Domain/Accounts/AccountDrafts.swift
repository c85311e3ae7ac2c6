/// A new account as a person asks for it: a name, an address and a password that follows the rules.
public struct RegistrationDraft: Sendable, Equatable {
    public var displayName: String
    public var email: EmailAddress
    public var password: String

    public static func read(_ form: FormFields, rules: PasswordRules) -> Result<RegistrationDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.name(form["displayName"], "displayName", max: 100)
        let email = EmailAddress(form["email"])
        if form["email"].trimmingWhitespace().isEmpty { checks.add("email", "error.required") } else if email == nil { checks.add("email", "error.email") }
        if let problem = rules.check(form["password"], email: email?.value) { checks.add("password", problem.messageKey, PasswordRules.limits) }
        guard let email, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(RegistrationDraft(displayName: form["displayName"].trimmingWhitespace(), email: email, password: form["password"]))
    }
}

extension PasswordRules {
    /// The values the password messages name.
    public static var limits: [String: String] { ["min": String(minimumLength), "max": String(maximumLength)] }

    /// A new password for a known account (a reset, a change): the rules, then the password itself.
    public func read(_ form: FormFields, for email: String, field: String = "password") -> Result<String, FieldErrors> {
        if let problem = check(form[field], email: email) {
            return .failure(FieldErrors(errors: [FieldError(field, problem.messageKey, Self.limits)]))
        }
        return .success(form[field])
    }
}

extension PasswordRules.Problem {
    public var messageKey: String { "error.password.\(rawValue)" }
}

extension EmailAddress {
    /// The one address a form asks for (forgot password, invite someone), or why it cannot be read.
    public static func read(_ form: FormFields, field: String = "email") -> Result<EmailAddress, FieldErrors> {
        let raw = form[field]
        guard let email = EmailAddress(raw) else {
            return .failure(FieldErrors(errors: [FieldError(field, raw.trimmingWhitespace().isEmpty ? "error.required" : "error.email")]))
        }
        return .success(email)
    }
}

/// A signed-in person changing their password: the current one (checked by the app against
/// the stored hash) and a new one that follows the rules and is not the current one again.
public struct PasswordChangeDraft: Sendable, Equatable {
    public var current: String
    public var new: String

    public static func read(_ form: FormFields, rules: PasswordRules, email: String) -> Result<PasswordChangeDraft, FieldErrors> {
        var checks = FieldChecks()
        let current = form["currentPassword"], new = form["password"]
        if current.isEmpty { checks.add("currentPassword", "error.required") }
        if let problem = rules.check(new, email: email) {
            checks.add("password", problem.messageKey, PasswordRules.limits)
        } else if new == current {
            checks.add("password", "error.password.sameAsCurrent")
        }
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(PasswordChangeDraft(current: current, new: new))
    }
}
