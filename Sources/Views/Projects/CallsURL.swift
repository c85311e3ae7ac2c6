/// Calls for partners: the list, one call, the department's matches and answers, and an association answering.
public enum CallsURL: Sendable, Hashable {
    case list
    case new
    case show(Parameter)
    case edit(Parameter)
    case matches(Parameter)
    case respond(Parameter)
    case answer(Parameter, Parameter)

    public var pathComponents: [String] {
        switch self {
        case .list: return []
        case .new: return ["ny"]
        case .show(let slug): return [slug.component("slug")]
        case .edit(let slug): return [slug.component("slug"), "andra"]
        case .matches(let slug): return [slug.component("slug"), "matchningar"]
        case .respond(let slug): return [slug.component("slug"), "svara"]
        case .answer(let slug, let id): return [slug.component("slug"), "svar", id.component("answerID")]
        }
    }
}
