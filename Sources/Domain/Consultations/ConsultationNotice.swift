import Foundation

/// The moments subscribers hear about a consultation: when it is announced, when it opens,
/// and a week before it closes.
public enum ConsultationNoticeEvent: String, Sendable, Hashable, CaseIterable, Codable {
    case announced, opened, closingSoon

    public static let closingSoonLead: TimeInterval = 7 * 86_400

    /// When this notice falls due for a consultation with these dates.
    public func moment(in dates: ConsultationDates) -> Date {
        switch self {
        case .announced: return dates.announced.start
        case .opened: return dates.opens.start
        case .closingSoon: return dates.closes.end.addingTimeInterval(-Self.closingSoonLead)
        }
    }

    /// The notice due now, if any: only the latest phase's, so a consultation announced the day
    /// it opens sends "opened" and not both. Nothing after closing.
    public static func due(_ dates: ConsultationDates, at now: Date) -> ConsultationNoticeEvent? {
        guard now >= dates.announced.start, now < dates.closes.end else { return nil }
        if now >= closingSoon.moment(in: dates), now >= opened.moment(in: dates) { return .closingSoon }
        if now >= opened.moment(in: dates) { return .opened }
        return .announced
    }
}

/// What someone follows: a district or a category of association.
public enum SubscriptionTopic: Sendable, Hashable {
    case district(DistrictID)
    case category(AssociationCategory)

    public var kind: String {
        switch self {
        case .district: return "district"
        case .category: return "category"
        }
    }

    public var value: String {
        switch self {
        case .district(let id): return id.description
        case .category(let category): return category.rawValue
        }
    }

    public init?(kind: String, value: String) {
        switch kind {
        case "district": guard let id = DistrictID(value) else { return nil }; self = .district(id)
        case "category": guard let category = AssociationCategory(rawValue: value) else { return nil }; self = .category(category)
        default: return nil
        }
    }

    /// Whether a consultation about these districts and categories concerns this topic. One
    /// about no district in particular concerns the whole municipality, so every district.
    public func matches(districts: Set<DistrictID>, categories: Set<AssociationCategory>) -> Bool {
        switch self {
        case .district(let id): return districts.isEmpty || districts.contains(id)
        case .category(let category): return categories.contains(category)
        }
    }
}

/// How often a subscriber wants mail.
public enum SubscriptionFrequency: String, Sendable, Hashable, CaseIterable, Codable {
    /// One mail for each announcement, opening and closing reminder.
    case each
    /// One mail on Monday morning with the week's news.
    case weekly
}
