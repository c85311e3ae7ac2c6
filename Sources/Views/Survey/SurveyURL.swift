import Domain

/// The yearly survey on how the agreement is kept: answered at `/enkat/{year}`, set up by the
/// coordinator at `/enkat/{year}/fragor`; its results are in the year's follow-up.
public enum SurveyURL: Sendable, Hashable {
    /// Sends the reader on to this year's survey.
    case latest
    case year(Parameter)
    case setup(Parameter)
    /// Each department's answer, for politicians and the coordinator.
    case byDepartment(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .latest: return []
        case .year(let year): return [year.component("year")]
        case .setup(let year): return [year.component("year"), "fragor"]
        case .byDepartment(let year): return [year.component("year"), "forvaltningar"]
        }
    }
}
