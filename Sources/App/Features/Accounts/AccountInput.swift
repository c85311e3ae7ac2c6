import Vapor
import Domain
import Views

/// Form input of the accounts pages, checked into values the use cases can trust.
struct RegistrationInput: Content {
    var displayName: String?
    var email: String?
    var password: String?

    func validate(rules: PasswordRules) -> (FormState, EmailAddress?) {
        var validation = FieldChecks()
        validation.require(displayName ?? "", "displayName", max: 100)
        let email = EmailAddress(self.email ?? "")
        if (self.email ?? "").trimmingWhitespace().isEmpty {
            validation.add("email", "error.required")
        } else if email == nil {
            validation.add("email", "error.email")
        }
        if let problem = rules.check(password ?? "", email: email?.value) {
            validation.add("password", "error.password.\(problem.rawValue)",
                           ["min": String(PasswordRules.minimumLength), "max": String(PasswordRules.maximumLength)])
        }
        let state = FormState(values: ["displayName": displayName ?? "", "email": self.email ?? ""], errors: validation.errors)
        return (state, email)
    }
}

struct LoginInput: Content {
    var email: String?
    var password: String?
}

struct PasswordInput: Content {
    var password: String?
    var token: String?
}

struct EmailInput: Content {
    var email: String?
}
