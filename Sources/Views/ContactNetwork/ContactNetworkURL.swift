import Domain

/// The contact network: one contact person per department and company, its meetings with
/// minutes and attendance, and the coordinator's forms for a meeting.
public enum ContactNetworkURL: Sendable, Hashable {
    case roster
    case newMeeting
    case meeting(Parameter)
    case editMeeting(Parameter)
    /// Every department's commitments and report for a year (`?year=`), and one department's form.
    case commitments
    case departmentCommitments(Parameter, Parameter)

    public var pathComponents: [String] {
        switch self {
        case .roster: return []
        case .newMeeting: return ["moten", "nytt"]
        case .meeting(let id): return ["moten", id.component("id")]
        case .editMeeting(let id): return ["moten", id.component("id"), "andra"]
        case .commitments: return ["ataganden"]
        case .departmentCommitments(let department, let year): return ["ataganden", department.component("department"), year.component("year")]
        }
    }
}
