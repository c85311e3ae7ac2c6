import Domain

/// The cooperation council: its members and clusters, its news (archive, Atom, mail), its
/// meetings, and the coordinator's and members' forms.
public enum CouncilURL: Sendable, Hashable {
    case home
    case newMember
    case editMember(Parameter)
    case news
    case newsFeed
    case newsItem(Parameter)
    case newNews
    case editNews(Parameter)
    case subscribe
    case subscription(Parameter)
    case newMeeting
    case meeting(Parameter)
    case editMeeting(Parameter)
    /// The action plan for a year (`?year=`), one action with its progress, and the coordinator's forms.
    case actionPlan
    case newAction
    case action(Parameter)
    case editAction(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .home: return []
        case .newMember: return ["ledamoter", "ny"]
        case .editMember(let id): return ["ledamoter", id.component("id"), "andra"]
        case .news: return ["nyheter"]
        case .newsFeed: return ["nyheter.atom"]
        case .newsItem(let slug): return ["nyheter", slug.component("slug")]
        case .newNews: return ["nyheter", "ny"]
        case .editNews(let slug): return ["nyheter", slug.component("slug"), "andra"]
        case .subscribe: return ["prenumerera"]
        case .subscription(let token): return ["prenumerera", token.component("token")]
        case .newMeeting: return ["moten", "nytt"]
        case .meeting(let id): return ["moten", id.component("id")]
        case .editMeeting(let id): return ["moten", id.component("id"), "andra"]
        case .actionPlan: return ["handlingsplan"]
        case .newAction: return ["handlingsplan", "ny"]
        case .action(let id): return ["handlingsplan", id.component("id")]
        case .editAction(let id): return ["handlingsplan", id.component("id"), "andra"]
        }
    }
}
