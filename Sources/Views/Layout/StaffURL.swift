/// The staff's working pages (handläggning).
public enum StaffURL: Sendable, Hashable {
    case associationQueue
    case review(Parameter)
    case decide(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .associationQueue: return ["foreningar"]
        case .review(let slug): return ["foreningar", slug.component("slug")]
        case .decide(let slug): return ["foreningar", slug.component("slug"), "beslut"]
        }
    }
}
