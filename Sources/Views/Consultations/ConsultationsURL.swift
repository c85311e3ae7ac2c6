/// Consultations: the list, one consultation, and the Atom feed.
public enum ConsultationsURL: Sendable, Hashable {
    case list
    case show(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .list: return []
        case .show(let slug): return [slug.component("slug")]
        }
    }
}
