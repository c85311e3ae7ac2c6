/// Consultations: the list, one consultation, answering it, following them by mail.
public enum ConsultationsURL: Sendable, Hashable {
    case list
    case show(Parameter)
    case respond(Parameter)
    case subscribe
    case unsubscribe(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .list: return []
        case .show(let slug): return [slug.component("slug")]
        case .respond(let slug): return [slug.component("slug"), "svar"]
        case .subscribe: return ["bevakning"]
        case .unsubscribe(let token): return ["bevakning", "avsluta", token.component("token")]
        }
    }
}
