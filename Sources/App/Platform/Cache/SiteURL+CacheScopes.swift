import Views

extension SiteURL {
    /// The scopes an anonymous page of this URL reads; the page cache keeps it until one of them
    /// changes. Pages for signed-in people are never kept, so their URLs say `.everything`.
    var cacheScopes: Set<ContentScope> {
        switch self {
        // The start page shows the next events.
        case .home: return .areas(.municipality, .events)
        // Each department's card links its projects, with how many.
        case .contact: return .areas(.municipality, .projects)
        case .accessibility, .privacy, .stylesheet, .language: return []
        case .inquiries: return .areas(.inquiries, .municipality)
        case .support, .guide: return .areas(.support, .municipality)
        case .consultations(.list), .consultationsFeed: return .areas(.consultations, .municipality)
        // A consultation names the associations invited to it and those that answered, and counts the answers.
        case .consultations: return .areas(.consultations, .consultationResponses, .municipality, .associations)
        // Projects name their partners: associations and departments.
        case .projects(.list), .projects(.print), .projects(.show), .projectsFeed: return .areas(.projects, .municipality, .associations)
        case .projects: return [.everything]
        case .calls(.list), .calls(.show), .callsFeed: return .areas(.projects, .municipality)
        case .calls: return [.everything]
        case .initiatives(.list): return .areas(.projects, .municipality, .associations)
        case .initiatives: return [.everything]
        // An offer names its association.
        case .offers(.list), .offers(.show): return .areas(.projects, .municipality, .associations)
        case .offers: return [.everything]
        // Coming events name their organisers, and so does the calendar feed (kept like the list:
        // calendar programs subscribed to it ask every few minutes).
        // A Föreningarnas dag's page and programme name the associations taking part.
        case .events(.list), .events(.programme), .events(.poster), .eventsCalendar:
            return .areas(.events, .municipality, .associations)
        // An event's page (and its calendar file) says how many places are left.
        case .events(.show): return .areas(.events, .eventRegistrations, .municipality, .associations)
        case .events: return [.everything]
        // An assignment names its organiser and districts.
        case .volunteering(.list), .volunteering(.show): return .areas(.volunteering, .municipality, .associations)
        // The figures count assignments and the interest shown in them, per district.
        case .volunteering(.figures): return .areas(.volunteering, .volunteerInterest, .municipality)
        case .volunteering: return [.everything]
        case .staffDayFigures: return .areas(.staffDays, .municipality)
        case .followUp(.latest): return []
        // The follow-up reads every area; its figures are kept as `FollowUpCache`'s scopes say.
        case .followUp: return FollowUpCache.readScopes
        // The roster names each department's contact people (accounts) and counts attendance.
        case .contactNetwork(.roster), .contactNetwork(.meeting): return .areas(.contactNetwork, .municipality, .accounts)
        case .contactNetwork(.commitments): return .areas(.contactNetwork, .municipality)
        case .contactNetwork: return [.everything]
        // The council's page counts and names each member's clusters from the directory.
        case .council(.home): return .areas(.council, .associations, .municipality)
        case .council(.news), .council(.newsItem), .council(.newsFeed), .council(.meeting): return .areas(.council)
        // The plan names departments and principles.
        case .council(.actionPlan), .council(.action): return .areas(.council, .municipality)
        case .council: return [.everything]
        case .survey(.latest): return []
        case .survey(.year): return .areas(.survey)
        // Only for politicians and the coordinator: never kept.
        case .survey: return [.everything]
        // A district's page gathers its events, associations, consultations and projects.
        case .districts, .district: return .areas(.events, .associations, .consultations, .projects, .municipality)
        case .agreement(.text), .agreement(.easyRead): return .areas(.agreement, .municipality)
        // The agreement's start page and the ledger count and list who joined.
        case .agreement: return .areas(.agreement, .municipality, .associations)
        case .associations(.directory), .associations(.printList): return .areas(.associations, .municipality)
        // Plus the association's own key, which the page's handler adds (`CacheTrail.depends`).
        // Its projects too: a project's change touches the keys of its associations (`ProjectStore.touchAssociations`).
        case .associations(.show): return .areas(.associationPages, .municipality)
        // The events API reads what the event list reads, and the places left.
        case .api(.events), .api(.event): return .areas(.events, .eventRegistrations, .municipality, .associations)
        // The volunteering API reads what the assignment list reads; the staff-day counts what their page counts.
        case .api(.volunteering), .api(.assignment): return .areas(.volunteering, .municipality, .associations)
        case .api(.staffDays): return .areas(.staffDays, .municipality)
        case .health, .metrics, .accounts, .associations, .staff, .admin, .api, .openData: return [.everything]
        }
    }

    /// JSON the page cache keeps like a page: the same for every caller, read often (a calendar
    /// or a map polling it), and retired by the scopes above. The rest of the API is made per
    /// request; `/health` and `/metrics` must always look.
    var isKeptAPI: Bool {
        switch self {
        case .api(.events), .api(.event), .api(.volunteering), .api(.assignment), .api(.staffDays): return true
        default: return false
        }
    }
}
