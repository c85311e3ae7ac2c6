import Foundation

/// How often the things that anonymous or new people can make Samverka do may happen. Each mail
/// Samverka sends carries the municipality's name, so mail to any address that someone else
/// types is limited per address and per client; and the costly steps (hashing a password) come
/// after the limit, not before.
public enum AbuseLimit: String, Sendable, Hashable, CaseIterable {
    /// Mails to one address from the open routes: an inquiry receipt, a confirmation link, a
    /// "you already have an account" note, an invitation to represent an association.
    case mailsToAddress
    /// Questions sent from one client (staff registering a call are not limited).
    case inquiriesFromClient
    /// Accounts registered from one client, counted before the password is hashed.
    case registrationsFromClient
    /// Invitations to represent an association sent by one person.
    case invitationsByPerson
    /// "Forgot my password" sent from one client, whether the address has an account or not.
    case passwordResetsFromClient
    /// Registrations for events from one client (each mails its address).
    case eventRegistrationsFromClient
    /// Interest in volunteer assignments from one address: at most 10 a day (each mails a receipt).
    case volunteerInterestsByAddress
    /// Interest in volunteer assignments from one client.
    case volunteerInterestsFromClient
    /// Mails telling an organiser that someone showed interest; past this the interest waits in
    /// their list without a mail, so one busy client cannot fill an organiser's mailbox.
    case interestNoticesToAddress
    /// Alerts about new assignments asked for from one client (each mails a confirmation link).
    case assignmentAlertsFromClient
    /// Subscriptions to the council's news asked for from one client (each mails a confirmation link).
    case councilSubscriptionsFromClient

    /// At most this many within `window`.
    public var count: Int {
        switch self {
        case .mailsToAddress: return 3
        case .inquiriesFromClient: return 10
        case .registrationsFromClient: return 5
        case .invitationsByPerson: return 20
        case .passwordResetsFromClient: return 10
        case .eventRegistrationsFromClient: return 20
        case .volunteerInterestsByAddress: return 10
        case .volunteerInterestsFromClient: return 20
        case .interestNoticesToAddress: return 20
        case .assignmentAlertsFromClient, .councilSubscriptionsFromClient: return 10
        }
    }

    public var window: TimeInterval {
        switch self {
        case .invitationsByPerson, .volunteerInterestsByAddress: return 24 * 3600
        default: return 3600
        }
    }

    /// Whether one more may happen, given when the earlier ones in the window happened; when not,
    /// from when it may.
    public func allows(after uses: [Date], now: Date) -> Result<Void, LimitReached> {
        let recent = uses.filter { now.timeIntervalSince($0) < window }.sorted()
        guard recent.count >= count else { return .success(()) }
        return .failure(LimitReached(limit: self, retryAt: recent[recent.count - count].addingTimeInterval(window)))
    }
}

/// A limit was reached: the form comes back with its values and says to try again later (429).
public struct LimitReached: Refusal, Hashable {
    public let limit: AbuseLimit
    public let retryAt: Date

    public init(limit: AbuseLimit, retryAt: Date) {
        self.limit = limit
        self.retryAt = retryAt
    }

    public var kind: RefusalKind { .limited(retryAt: retryAt) }
    public var problems: [FieldError] { [FieldError("", "limits.\(limit.rawValue)")] }
}
