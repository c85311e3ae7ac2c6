/// The JSON API. Its paths are English and stable: other systems depend on them.
public enum APIURL: Sendable, Hashable {
    case openAPI
    case departments
    case districts
    case sdgs
    case associations
    case association(Parameter)
    case eligibility(Parameter)
    case inquiryStatistics
    case support
    case guide
    case consultations
    case consultation(Parameter)
    case projects
    case project(Parameter)
    case calls
    case events
    case event(Parameter)
    case volunteering
    case assignment(Parameter)
    case staffDays
    case followUp(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .openAPI: return ["openapi.json"]
        case .departments: return ["v1", "departments"]
        case .districts: return ["v1", "districts"]
        case .sdgs: return ["v1", "sdgs"]
        case .associations: return ["v1", "associations"]
        case .association(let id): return ["v1", "associations", id.component("id")]
        case .eligibility(let number): return ["v1", "eligibility", number.component("orgNumber")]
        case .inquiryStatistics: return ["v1", "inquiry-stats"]
        case .support: return ["v1", "support"]
        case .guide: return ["v1", "guide"]
        case .consultations: return ["v1", "consultations"]
        case .consultation(let id): return ["v1", "consultations", id.component("id")]
        case .projects: return ["v1", "projects"]
        case .project(let id): return ["v1", "projects", id.component("id")]
        case .calls: return ["v1", "calls"]
        case .events: return ["v1", "events"]
        case .event(let id): return ["v1", "events", id.component("id")]
        case .volunteering: return ["v1", "volunteering"]
        case .assignment(let id): return ["v1", "volunteering", id.component("id")]
        case .staffDays: return ["v1", "staff-days"]
        case .followUp(let year): return ["v1", "follow-up", year.component("year")]
        }
    }
}

/// Open data files (CC0) and their DCAT-AP-SE description, for Sweden's data portal.
public enum OpenDataURL: Sendable, Hashable {
    case associationsCSV
    case associationsJSON
    case projectsCSV
    case projectsJSON
    case catalog

    public var pathComponents: [String] {
        switch self {
        case .associationsCSV: return ["associations.csv"]
        case .associationsJSON: return ["associations.json"]
        case .projectsCSV: return ["projects.csv"]
        case .projectsJSON: return ["projects.json"]
        case .catalog: return ["catalog.jsonld"]
        }
    }
}
