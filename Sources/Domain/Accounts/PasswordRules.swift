/// What makes an acceptable password: long enough, not absurdly long, and not a well-known one.
/// No composition rules (NIST SP 800-63B): they annoy people and do not make passwords stronger.
public struct PasswordRules: Sendable {
    public static let minimumLength = 12
    public static let maximumLength = 128

    private let common: Set<String>

    /// - Parameter commonPasswords: passwords that are refused whatever their length (compared in lower case).
    public init(commonPasswords: Set<String>) {
        self.common = Set(commonPasswords.map { $0.lowercased() })
    }

    public enum Problem: String, Sendable, Equatable {
        case tooShort, tooLong, tooCommon, sameAsEmail
    }

    public func check(_ password: String, email: String? = nil) -> Problem? {
        let length = password.count
        if length < Self.minimumLength { return .tooShort }
        if length > Self.maximumLength { return .tooLong }
        let lowered = password.lowercased()
        if common.contains(lowered) { return .tooCommon }
        if let email, lowered == email.lowercased() { return .sameAsEmail }
        return nil
    }
}
