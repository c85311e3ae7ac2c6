import Foundation

/// An event as its organiser writes it: what, when (Stockholm time; without times it lasts all
/// day), where (a place, or online with a link), for whom, and how everyone can take part.
public struct EventDraft: Sendable, Hashable {
    public var organiser: Party
    public var title: String
    public var summary: String
    public var easyRead: String
    public var description: String
    public var kind: EventKind
    public var startDay: CalendarDay
    public var startTime: ClockTime?
    public var endDay: CalendarDay
    public var endTime: ClockTime?
    public var placeName: String
    public var address: String
    public var districtID: DistrictID?
    public var directions: String
    public var onlineURL: String
    public var accessibility: [EventAccessibility]
    /// Interpretation into these languages, in the organiser's words.
    public var languages: String
    /// Empty: free.
    public var price: String
    public var targetGroups: [TargetGroup]
    public var goals: [Sdg]
    public var contactName: String
    public var contactEmail: String
    /// nil: no registration, people just come.
    public var registration: RegistrationSettings?
    /// nil: it happens once.
    public var repeats: EventRepeat?

    public static let titleLimit = 120, summaryLimit = 400, easyReadLimit = 400, descriptionLimit = 8000

    /// The first and last moments (midnight to midnight for an all-day event); a repeating event
    /// ends when its last time does.
    public var starts: Date { startTime.map(startDay.at) ?? startDay.start }
    public var ends: Date {
        let last = repeats?.days(from: startDay).last ?? endDay
        return endTime.map(last.at) ?? last.end
    }
    public var isAllDay: Bool { startTime == nil }
    public var isFree: Bool { price.isEmpty }

    public init(organiser: Party, title: String, summary: String, easyRead: String, description: String = "", kind: EventKind,
                startDay: CalendarDay, startTime: ClockTime?, endDay: CalendarDay, endTime: ClockTime?, placeName: String = "",
                address: String = "", districtID: DistrictID? = nil, directions: String = "", onlineURL: String = "",
                accessibility: [EventAccessibility] = [], languages: String = "", price: String = "", targetGroups: [TargetGroup] = [],
                goals: [Sdg] = [], contactName: String, contactEmail: String = "", registration: RegistrationSettings? = nil,
                repeats: EventRepeat? = nil) {
        (self.organiser, self.title, self.summary, self.easyRead, self.description, self.kind) = (organiser, title, summary, easyRead, description, kind)
        (self.startDay, self.startTime, self.endDay, self.endTime) = (startDay, startTime, endDay, endTime)
        (self.placeName, self.address, self.districtID, self.directions, self.onlineURL) = (placeName, address, districtID, directions, onlineURL)
        (self.accessibility, self.languages, self.price, self.targetGroups, self.goals) = (accessibility, languages, price, targetGroups, goals)
        (self.contactName, self.contactEmail, self.registration, self.repeats) = (contactName, contactEmail, registration, repeats)
    }

    /// Reads the form; `organisers` are the sides this person may publish for.
    public static func read(_ fields: FormFields, organisers: [Party], knownDistricts: Set<DistrictID>) -> Result<EventDraft, FieldErrors> {
        var checks = FieldChecks()
        let organiser = checks.publication(fields, organisers: organisers, title: titleLimit, summary: summaryLimit, easyRead: easyReadLimit,
                                           description: descriptionLimit)
        let kind = EventKind(rawValue: fields["kind"])
        if kind == nil { checks.add("kind", "error.choose") }
        let startDay = CalendarDay(iso: fields["startDay"])
        if startDay == nil { checks.add("startDay", "error.date") }
        let sameDay = fields["endDay"].trimmingWhitespace().isEmpty
        let endDay = sameDay ? startDay : CalendarDay(iso: fields["endDay"])
        if endDay == nil && !sameDay { checks.add("endDay", "error.date") }
        let startTime = time(fields["startTime"], "startTime", &checks)
        let endTime = time(fields["endTime"], "endTime", &checks)
        if (startTime == nil) != (endTime == nil), checks.error(for: "startTime") == nil, checks.error(for: "endTime") == nil {
            checks.add(startTime == nil ? "startTime" : "endTime", "error.event.bothTimes")
        }
        if let startDay, let endDay, endDay < startDay || (endDay == startDay && (endTime ?? ClockTime(hour: 23, minute: 59)!) <= (startTime ?? ClockTime(hour: 0, minute: 0)!)) {
            checks.add(endDay < startDay ? "endDay" : "endTime", "error.event.endsBeforeStart")
        }
        checks.limit(fields["placeName"], "placeName", max: 200)
        checks.limit(fields["address"], "address", max: 300)
        checks.limit(fields["directions"], "directions", max: 1000)
        checks.webAddress(fields["onlineURL"], "onlineURL")
        if fields["placeName"].trimmingWhitespace().isEmpty && fields["onlineURL"].trimmingWhitespace().isEmpty {
            checks.add("placeName", "error.event.where")
        }
        let district = DistrictID(fields["district"])
        if !fields["district"].isEmpty && (district == nil || !knownDistricts.contains(district!)) { checks.add("district", "error.choose") }
        let access = fields.all("accessibility").compactMap(EventAccessibility.init(rawValue:))
        if access.count != fields.all("accessibility").count { checks.add("accessibility", "error.choose") }
        checks.limit(fields["languages"], "languages", max: 200)
        checks.limit(fields["price"], "price", max: 200)
        let groups = fields.all("targetGroups").compactMap(TargetGroup.init(rawValue:))
        if groups.count != fields.all("targetGroups").count { checks.add("targetGroups", "error.choose") }
        let goals = fields.all("goals").compactMap { Int($0).flatMap(Sdg.init) }
        if goals.count != fields.all("goals").count { checks.add("goals", "error.project.goal") }
        checks.name(fields["contactName"], "contactName", max: 200)
        let email = fields["contactEmail"].trimmingWhitespace()
        if !email.isEmpty && EmailAddress(email) == nil { checks.add("contactEmail", "error.email") }
        let registration = RegistrationSettings.read(fields, startDay: startDay, &checks)
        let repeats = EventRepeat.read(fields, startDay: startDay, endDay: endDay, &checks)
        guard let organiser, let kind, let startDay, let endDay, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        func text(_ name: String) -> String { fields[name].trimmingWhitespace() }
        return .success(EventDraft(
            organiser: organiser, title: text("title"), summary: text("summary"), easyRead: text("easyRead"), description: text("description"),
            kind: kind, startDay: startDay, startTime: startTime, endDay: endDay, endTime: endTime, placeName: text("placeName"),
            address: text("address"), districtID: district, directions: text("directions"), onlineURL: text("onlineURL"),
            accessibility: EventAccessibility.allCases.filter(access.contains), languages: text("languages"), price: text("price"),
            targetGroups: Array(Set(groups)).sorted { $0.rawValue < $1.rawValue }, goals: Array(Set(goals)).sorted(),
            contactName: text("contactName"), contactEmail: email, registration: registration, repeats: repeats))
    }

    private static func time(_ text: String, _ field: String, _ checks: inout FieldChecks) -> ClockTime? {
        guard !text.trimmingWhitespace().isEmpty else { return nil }
        guard let time = ClockTime(text) else { checks.add(field, "error.event.time"); return nil }
        return time
    }
}
