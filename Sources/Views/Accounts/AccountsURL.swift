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
        }
    }
}
