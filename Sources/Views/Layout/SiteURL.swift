import Foundation
import Domain

/// A path parameter: `.key` when a route is registered, `.value` when a link is built.
public enum Parameter: Sendable, Hashable {
    case key
    case value(String)

    public static func id<Subject>(_ id: Identifier<Subject>) -> Parameter { .value(id.description) }

    func component(_ name: String) -> String {
        switch self {
        case .key: return ":\(name)"
        case .value(let value): return value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? value
        }
    }
}

/// Every URL of the site: routes are registered from it and every link is built with it,
/// so a renamed page cannot leave a dead link behind.
public enum SiteURL: Sendable, Hashable {
    case home
    case accessibility
    case privacy
    case contact
    case inquiries(InquiriesURL)
    case support(SupportURL)
    case consultations(ConsultationsURL)
    case consultationsFeed
    case projects(ProjectsURL)
    case projectsFeed
    case calls(CallsURL)
    case callsFeed
    case initiatives(InitiativesURL)
    case offers(OffersURL)
    case events(EventsURL)
    /// Every coming event as iCalendar, with the list's filters.
    case eventsCalendar
    case volunteering(VolunteeringURL)
    /// Staff days with civil society per department and goal, without names.
    case staffDayFigures
    /// Whether the agreement is kept: a year's figures from every area, as a page, tables and CSV.
    case followUp(FollowUpURL)
    /// One contact person per department and company, the network's meetings and attendance.
    case contactNetwork(ContactNetworkURL)
    /// The cooperation council: members and their clusters, news, meetings.
    case council(CouncilURL)
    /// The yearly survey on how the agreement is kept.
    case survey(SurveyURL)
    /// Every district and locality, and one: what happens there.
    case districts
    case district(Parameter)
    case guide
    case language(Language)
    case stylesheet
    case health
    /// Prometheus metrics, for the machine that watches the instances.
    case metrics
    case accounts(AccountsURL)
    case agreement(AgreementURL)
    case associations(AssociationsURL)
    case staff(StaffURL)
    case admin(AdminURL)
    case api(APIURL)
    case openData(OpenDataURL)

    public var pathComponents: [String] {
        switch self {
        case .home: return []
        case .accessibility: return ["tillganglighet"]
        case .privacy: return ["personuppgifter"]
        case .contact: return ["kontakt"]
        case .inquiries(let url): return ["kontakt"] + url.pathComponents
        case .support(let url): return ["stod"] + url.pathComponents
        case .guide: return ["vagledning"]
        case .consultations(let url): return ["samrad"] + url.pathComponents
        case .consultationsFeed: return ["consultations.atom"]
        case .projects(let url): return ["projekt"] + url.pathComponents
        case .projectsFeed: return ["projekt.atom"]
        case .calls(let url): return ["efterlysningar"] + url.pathComponents
        case .callsFeed: return ["efterlysningar.atom"]
        case .initiatives(let url): return ["initiativ"] + url.pathComponents
        case .offers(let url): return ["erbjudanden"] + url.pathComponents
        case .events(let url): return ["evenemang"] + url.pathComponents
        case .eventsCalendar: return ["evenemang.ics"]
        case .volunteering(let url): return ["volontar"] + url.pathComponents
        case .staffDayFigures: return ["civilsamhallesdagar"]
        case .followUp(let url): return ["uppfoljning"] + url.pathComponents
        case .contactNetwork(let url): return ["kontaktnatet"] + url.pathComponents
        case .council(let url): return ["samverkansradet"] + url.pathComponents
        case .survey(let url): return ["enkat"] + url.pathComponents
        case .districts: return ["stadsdelar"]
        case .district(let slug): return ["stadsdelar", slug.component("slug")]
        case .language(let language): return ["lang", language.rawValue]
        case .stylesheet: return ["styles.css"]
        case .health: return ["health"]
        case .metrics: return ["metrics"]
        case .accounts(let url): return ["konto"] + url.pathComponents
        case .agreement(let url): return ["overenskommelsen"] + url.pathComponents
        case .associations(let url): return ["foreningar"] + url.pathComponents
        case .staff(let url): return ["handlaggning"] + url.pathComponents
        case .admin(let url): return ["admin"] + url.pathComponents
        case .api(let url): return ["api"] + url.pathComponents
        case .openData(let url): return ["open-data"] + url.pathComponents
        }
    }

    /// The absolute path of a link, e.g. `/konto/logga-in`.
    public var path: String { "/" + pathComponents.joined(separator: "/") }

    /// The path with a query string built from the non-empty items, in the given order.
    public func path(query: [(String, String?)]) -> String {
        Self.withQuery(path, query)
    }

    /// `path?key=value&…` with empty values left out.
    public static func withQuery(_ path: String, _ query: [(String, String?)]) -> String {
        let items = query.compactMap { key, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return "\(encode(key))=\(encode(value))"
        }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
