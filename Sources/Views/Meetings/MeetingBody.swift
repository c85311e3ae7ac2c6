import Plot
import Domain

/// A body that meets and keeps minutes: the contact network (attendees are departments and
/// companies) or the cooperation council (attendees are its members). Its meetings share pages,
/// forms and lists; what differs — where they live and how attendees are named — is here.
public enum MeetingBody: String, Sendable, Hashable, CaseIterable {
    case network, council

    /// The body's own page, where its meetings are listed.
    public var home: String {
        switch self {
        case .network: return SiteURL.contactNetwork(.roster).path
        case .council: return SiteURL.council(.home).path
        }
    }

    public var newMeeting: String {
        switch self {
        case .network: return SiteURL.contactNetwork(.newMeeting).path
        case .council: return SiteURL.council(.newMeeting).path
        }
    }

    public func meeting(_ id: String) -> String {
        switch self {
        case .network: return SiteURL.contactNetwork(.meeting(.value(id))).path
        case .council: return SiteURL.council(.meeting(.value(id))).path
        }
    }

    public func edit(_ id: String) -> String {
        switch self {
        case .network: return SiteURL.contactNetwork(.editMeeting(.value(id))).path
        case .council: return SiteURL.council(.editMeeting(.value(id))).path
        }
    }

    /// Catalog keys that name the body and its attendees: `network.title`, `council.presentHint`…
    func key(_ name: String) -> String { "\(rawValue).\(name)" }
}

/// A meeting in a list: its day, place and how many came.
public struct MeetingItem: Sendable, Hashable {
    public var id: String
    public var day: CalendarDay
    public var place: String
    public var present: Int

    public init(id: String, day: CalendarDay, place: String, present: Int) {
        (self.id, self.day, self.place, self.present) = (id, day, place, present)
    }
}

/// A body's meetings, newest first, paged, with the coordinator's button for a new one.
public enum MeetingList {
    public static func render(_ context: PageContext, _ body: MeetingBody, _ meetings: Paged<MeetingItem>, canManage: Bool) -> Node<HTML.BodyContext> {
        .group(
            .h2(.safe(context.t("meeting.meetings"))),
            .if(canManage, .p(.a(.class("button"), .href(body.newMeeting), .safe(context.t("meeting.new"))))),
            .if(meetings.items.isEmpty, .p(.class("empty"), .safe(context.t("meeting.none")))),
            .ul(.class("link-list"), .forEach(meetings.items) { meeting in
                .li(.a(.href(body.meeting(meeting.id)), .safe(context.words.day(meeting.day))),
                    .safe(" · " + meeting.place + " · " + context.t(body.key("presentCount"), ["count": context.words.number(meeting.present)])))
            }),
            Pagination.nav(context, meetings, path: body.home, query: [])
        )
    }
}
