public enum AccountsURL: Sendable, Hashable {
    case register
    case registered
    case confirm
    case login
    case logout
    case forgotPassword
    case resetPassword
    case overview
    case export
    case delete
    case changePassword
    case signOutEverywhere
    /// The sign-in's second step: a code from the app or a recovery code.
    case signInCode
    /// The sign-in's second step for an admin without an app yet: set one up.
    case signInSetUp
    /// "Mitt konto" → the authenticator app: set up, new recovery codes, turn off.
    case secondFactor
    case secondFactorCodes
    case secondFactorOff

    public var pathComponents: [String] {
        switch self {
        case .register: return ["skapa"]
        case .registered: return ["skapa", "klart"]
        case .confirm: return ["bekrafta"]
        case .login: return ["logga-in"]
        case .logout: return ["logga-ut"]
        case .forgotPassword: return ["glomt-losenord"]
        case .resetPassword: return ["nytt-losenord"]
        case .overview: return []
        case .export: return ["mina-uppgifter.json"]
        case .delete: return ["radera"]
        case .changePassword: return ["losenord"]
        case .signOutEverywhere: return ["logga-ut-overallt"]
        case .signInCode: return ["logga-in", "kod"]
        case .signInSetUp: return ["logga-in", "tvastegs"]
        case .secondFactor: return ["tvastegs"]
        case .secondFactorCodes: return ["tvastegs", "nya-koder"]
        case .secondFactorOff: return ["tvastegs", "stang-av"]
        }
    }
}
