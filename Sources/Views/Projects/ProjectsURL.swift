/// Projects: the list and its print view, one project, starting and changing one, and what
/// its owner and partners do on it.
public enum ProjectsURL: Sendable, Hashable {
    case list
    case print
    case new
    case show(Parameter)
    case edit(Parameter)
    case status(Parameter)
    case update(Parameter)
    case invite(Parameter)
    case answer(Parameter)
    case remove(Parameter)
    case feature(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .list: return []
        case .print: return ["utskrift"]
        case .new: return ["ny"]
        case .show(let slug): return [slug.component("slug")]
        case .edit(let slug): return [slug.component("slug"), "andra"]
        case .status(let slug): return [slug.component("slug"), "status"]
        case .update(let slug): return [slug.component("slug"), "uppdatera"]
        case .invite(let slug): return [slug.component("slug"), "partner"]
        case .answer(let slug): return [slug.component("slug"), "partner", "svar"]
        case .remove(let slug): return [slug.component("slug"), "partner", "ta-bort"]
        case .feature(let slug): return [slug.component("slug"), "lyft"]
        }
    }
}
