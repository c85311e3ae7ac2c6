/// The JSON API. Its paths are English and stable: other systems depend on them.
public enum APIURL: Sendable, Hashable {
    case openAPI
    case departments
    case districts
    case sdgs

    public var pathComponents: [String] {
        switch self {
        case .openAPI: return ["openapi.json"]
        case .departments: return ["v1", "departments"]
        case .districts: return ["v1", "districts"]
        case .sdgs: return ["v1", "sdgs"]
        }
    }
}
