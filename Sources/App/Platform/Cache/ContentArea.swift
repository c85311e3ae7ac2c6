import Foundation
import Domain

/// A part of what the site shows that changes on its own. Cached pages and values declare the
/// areas they read; a change records the areas it wrote; only what read a written area is
/// thrown away, so a question asked leaves the directory, the guide and the consultations kept.
enum ContentArea: String, CaseIterable, Sendable {
    /// Departments, entry points, districts, principles, topics: what nearly every page names.
    case municipality
    /// The directory's lists, counts and search, and whatever names associations.
    case associations
    /// Every association's own page at once (an import); one association's page has its own key.
    case associationPages
    case agreement
    case inquiries
    case support
    case consultations
    /// The answers submitted to consultations: listed (or counted) on the consultation's own page
    /// and in the follow-up; the list, its feed and the district pages show none.
    case consultationResponses
    /// Projects and who takes part in them.
    case projects
    /// Events, their calendar and the district pages' coming events.
    case events
    /// Who registered for events: the places left on an event's page and in the events API, and
    /// the follow-up's figures (the lists and the calendar name no one and count no places).
    case eventRegistrations
    /// Volunteer assignments (the interest shown in them is on no public page).
    case volunteering
    /// Interest shown in assignments and the answers: only the yearly figures read it.
    case volunteerInterest
    /// Staff days with civil society and the departments' targets (the public figures).
    case staffDays
    /// The contact network's meetings and attendance.
    case contactNetwork
    /// The council: its members and their clusters, meetings, news and the action plan.
    case council
    /// The yearly survey and how many answered (the answers only as the follow-up's means).
    case survey
    /// Accounts, sessions and sign-ins: no public page reads them.
    case accounts
    /// Written but shown nowhere yet: an association waiting to be verified, an answer saved as a
    /// draft. Only signed-in pages (made per request) read them, so no kept page or figure does.
    case unpublished
}

/// What a cached thing depends on, or what a change touched: an area, or one thing in it.
package struct ContentScope: Hashable, Sendable, CustomStringConvertible {
    package let name: String

    static func area(_ area: ContentArea) -> ContentScope { ContentScope(name: area.rawValue) }
    package static func association(_ id: UUID) -> ContentScope { ContentScope(name: "association/\(id.uuidString.lowercased())") }
    /// Everything: raised by every change, so a thing that depends on it is retired by any of them.
    package static let everything = ContentScope(name: "*")

    package var description: String { name }
}

extension Set where Element == ContentScope {
    static func areas(_ areas: ContentArea...) -> Self { Set(areas.map(ContentScope.area)) }
    package static var allAreas: Self { Set(ContentArea.allCases.map(ContentScope.area)) }
}

extension ContentScope {
    /// What an audited change to a thing of `entityType` touched. The audit row is written by
    /// every change, so it is the one place that cannot be forgotten; a change that touches more
    /// says so with `Change.touches`. An entity type not listed here touches every area.
    package static func touched(byEntityType entityType: String, id: String) -> Set<ContentScope> {
        switch entityType {
        case "association":
            guard let uuid = UUID(uuidString: id) else { return .areas(.associations, .associationPages) }
            return [.area(.associations), .association(uuid)]
        case "import": return .areas(.associations, .associationPages)
        // Pages and values that name a department or a district declare `.municipality`.
        case "department", "district", "inquiry_topics", "municipality": return .areas(.municipality)
        case "inquiry": return .areas(.inquiries)
        case "consultation", "subscriber": return .areas(.consultations)
        case "consultation_response": return .areas(.consultationResponses)
        case "support": return .areas(.support)
        case "project", "call", "call_answer", "initiative", "offer", "offer_answer": return .areas(.projects)
        case "event", "event_participant": return .areas(.events)
        case "event_registration": return .areas(.eventRegistrations)
        case "volunteer_assignment": return .areas(.volunteering)
        case "staff_day", "staff_day_target": return .areas(.staffDays)
        case "network_meeting", "commitment": return .areas(.contactNetwork)
        // Interest changes no public page but the figures: an open assignment's page is built per request (its form token).
        case "volunteer_interest": return .areas(.volunteerInterest)
        case "council_member", "council_meeting", "council_news", "plan_action": return .areas(.council)
        case "survey": return .areas(.survey)
        // Who follows news by mail is on no page.
        case "assignment_alert", "council_subscription": return []
        case "agreement_text": return .areas(.agreement)
        case "user": return .areas(.accounts)
        // A test mail, the import's word map, a backup: nothing any page shows.
        case "outbox", RegisterWord.schema: return []
        // That a new event was told to its district's subscribers: the event's pages stay as they are.
        case "event_notice": return []
        case "installation" where id != "demo": return []
        default: return .allAreas
        }
    }
}
