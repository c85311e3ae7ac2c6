/// The support catalogue: every offering, and one at a time.
public enum SupportURL: Sendable, Hashable {
    case catalogue
    case offering(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .catalogue: return []
        case .offering(let slug): return [slug.component("slug")]
        }
    }
}
