import Foundation

/// Who signs in with a second factor (ASVS 2.7, 4.3.1), what the sign-in asks after the
/// password, and how a typed code is read: six digits from the authenticator app, or one of the
/// ten recovery codes.
public enum SecondFactor {
    public static let recoveryCodeCount = 10
    /// Wrong codes one sign-in may try before the password has to be given again.
    public static let attemptsPerSignIn = 5

    /// Administrators can change everything: for them it is not optional.
    public static func isRequired(for role: Actor.Role) -> Bool { role == .admin }

    /// Every member of staff may turn it on for themselves.
    public static func isAvailable(for role: Actor.Role) -> Bool { role == .admin || role == .staff }

    public enum Step: Sendable, Equatable {
        /// Signed in with the password alone.
        case none
        /// A code from the app (or a recovery code) comes next.
        case code
        /// An admin without a second factor sets one up before the session starts.
        case setUp
    }

    /// What comes after a right password.
    public static func step(role: Actor.Role, enrolled: Bool) -> Step {
        if enrolled { return .code }
        return isRequired(for: role) ? .setUp : .none
    }

    public enum Entry: Sendable, Equatable {
        case appCode(String)
        case recoveryCode(String)
    }

    /// The `code` field: six digits (spaces allowed, as apps show "123 456"), or a recovery code.
    public static func read(_ form: FormFields, field: String = "code") -> Result<Entry, FieldErrors> {
        let raw = form[field]
        let digits = raw.filter { $0 != " " }
        if digits.count == TOTP.digits, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return .success(.appCode(digits)) }
        if let recovery = RecoveryCode.normalized(raw) { return .success(.recoveryCode(recovery)) }
        let key = raw.trimmingWhitespace().isEmpty ? "error.required" : "error.secondFactor.format"
        return .failure(FieldErrors(errors: [FieldError(field, key)]))
    }
}

/// A one-time recovery code: 16 base32 letters and digits (80 random bits), shown in groups of
/// four (`abcd-efgh-ijkl-mnop`) and kept only as a hash.
public enum RecoveryCode {
    public static let length = 16

    /// The code in the form it is written down in, from 10 random bytes.
    public static func make(from bytes: [UInt8]) -> String {
        let text = String(Base32.encode(bytes).lowercased().prefix(length))
        return Base32.grouped(text).replacingOccurrences(of: " ", with: "-")
    }

    /// The code as it is hashed: lower case, without spaces and dashes; nil when it cannot be one.
    public static func normalized(_ typed: String) -> String? {
        let text = typed.lowercased().filter { $0 != " " && $0 != "-" }
        guard text.count == length, Base32.decode(text) != nil else { return nil }
        return text
    }
}
