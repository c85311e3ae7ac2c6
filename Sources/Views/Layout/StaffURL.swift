/// The staff's working pages (handläggning).
public enum StaffURL: Sendable, Hashable {
    case start
    case associationQueue
    case review(Parameter)
    case decide(Parameter)
    case decideRename(Parameter)
    case history(Parameter)
    case inbox
    case newInquiry
    case inquiry(Parameter)
    case inquiryAction(Parameter, InquiryAction)
    case supportList
    case newSupport
    case editSupport(Parameter)
    case newConsultation
    case editConsultation(Parameter)
    case compileConsultation(Parameter)
    case inviteConsultation(Parameter)
    /// Staff days with civil society: one's own log and the form, one record, the department's year and its target.
    case staffDays
    case staffDay(Parameter)
    case departmentStaffDays
    case staffDayTarget

    public var pathComponents: [String] {
        switch self {
        case .start: return []
        case .associationQueue: return ["foreningar"]
        case .review(let slug): return ["foreningar", slug.component("slug")]
        case .decide(let slug): return ["foreningar", slug.component("slug"), "beslut"]
        case .decideRename(let slug): return ["foreningar", slug.component("slug"), "namnbyte"]
        case .history(let slug): return ["foreningar", slug.component("slug"), "historik"]
        case .inbox: return ["arenden"]
        case .newInquiry: return ["arenden", "ny"]
        case .inquiry(let reference): return ["arenden", reference.component("reference")]
        case .inquiryAction(let reference, let action): return ["arenden", reference.component("reference"), action.rawValue]
        case .supportList: return ["stod"]
        case .newSupport: return ["stod", "ny"]
        case .editSupport(let slug): return ["stod", slug.component("slug")]
        case .newConsultation: return ["samrad", "ny"]
        case .editConsultation(let slug): return ["samrad", slug.component("slug")]
        case .compileConsultation(let slug): return ["samrad", slug.component("slug"), "sammanstallning"]
        case .inviteConsultation(let slug): return ["samrad", slug.component("slug"), "inbjudningar"]
        case .staffDays: return ["civilsamhallesdagar"]
        case .staffDay(let id): return ["civilsamhallesdagar", id.component("id")]
        case .departmentStaffDays: return ["civilsamhallesdagar", "forvaltning"]
        case .staffDayTarget: return ["civilsamhallesdagar", "mal"]
        }
    }
}
