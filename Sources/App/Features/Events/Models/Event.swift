import Fluent
import Foundation
import Domain

/// An event: the organiser's draft as written (days and times on Stockholm's clocks) and the
/// moments they make, for ordering and for what is still to come.
package final class Event: Model, PublishedByParty, @unchecked Sendable {
    package static let schema = "events"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "slug") package var slug: String
    /// `a:<id>` or `d:<id>` (`Party`), with the id in its own column for the foreign key.
    @Field(key: "organiser_key") package var organiserKey: String
    @OptionalField(key: "organiser_association_id") package var organiserAssociationID: UUID?
    @OptionalField(key: "organiser_department_id") package var organiserDepartmentID: UUID?
    @OptionalField(key: "author_id") package var authorID: UUID?
    @Field(key: "title") package var title: String
    @Field(key: "summary") package var summary: String
    @Field(key: "easy_read") package var easyRead: String
    @Field(key: "description") package var description: String
    @Field(key: "kind") package var kind: EventKind
    @Field(key: "start_day") package var startDay: String
    @OptionalField(key: "start_time") package var startTime: String?
    @Field(key: "end_day") package var endDay: String
    @OptionalField(key: "end_time") package var endTime: String?
    @Field(key: "starts_at") package var startsAt: Date
    @Field(key: "ends_at") package var endsAt: Date
    /// When it next takes place, for the lists' order: the start of an event that happens once, a
    /// series' next time (kept current by `refreshNext` on every save and every hour by `Housekeeping`).
    @OptionalField(key: "next_starts_at") package var nextStartsAt: Date?
    @Field(key: "place_name") package var placeName: String
    @Field(key: "address") package var address: String
    @OptionalField(key: "district_id") package var districtID: UUID?
    @Field(key: "directions") package var directions: String
    @Field(key: "online_url") package var onlineURL: String
    /// Codes, space-separated.
    @Field(key: "accessibility") package var accessibility: String
    @Field(key: "languages") package var languages: String
    @Field(key: "price") package var price: String
    /// Raw values, space-separated.
    @Field(key: "target_groups") package var targetGroups: String
    @Field(key: "goals") package var goals: String
    @Field(key: "contact_name") package var contactName: String
    @Field(key: "contact_email") package var contactEmail: String
    @OptionalField(key: "cancelled_at") package var cancelledAt: Date?
    /// Raised when the event is moved or cancelled, so calendars replace their copy.
    @Field(key: "sequence") package var sequence: Int
    @Field(key: "takes_registrations") package var takesRegistrations: Bool
    @OptionalField(key: "capacity") package var capacity: Int?
    @OptionalField(key: "registration_closes") package var registrationCloses: String?
    @Field(key: "question") package var question: String
    /// `weekly` or `monthly`; nil for an event that happens once.
    @OptionalField(key: "repeat_frequency") package var repeatFrequency: RepeatFrequency?
    @OptionalField(key: "repeat_until") package var repeatUntil: String?
    /// The days it does not come, ISO dates space-separated.
    @Field(key: "repeat_exceptions") package var repeatExceptions: String
    /// A second organiser (`Party`) and where its invitation stands (`PartnerStatus`).
    @OptionalField(key: "co_organiser_key") package var coOrganiserKey: String?
    @OptionalField(key: "co_organiser_status") package var coOrganiserStatus: PartnerStatus?

    package init() {}

    /// Writes a checked draft as of `now`; a moved event raises the sequence calendars go by.
    package func apply(_ draft: EventDraft, at now: Date) {
        let moved = id != nil && (startsAt != draft.starts || endsAt != draft.ends || repeats != draft.repeats)
        setOrganiser(draft.organiser)
        (title, summary, easyRead, description, kind) = (draft.title, draft.summary, draft.easyRead, draft.description, draft.kind)
        (startDay, startTime, endDay, endTime) = (draft.startDay.description, draft.startTime?.description, draft.endDay.description, draft.endTime?.description)
        (startsAt, endsAt) = (draft.starts, draft.ends)
        (placeName, address, districtID, directions, onlineURL) = (draft.placeName, draft.address, draft.districtID?.uuid, draft.directions, draft.onlineURL)
        accessibility = draft.accessibility.map(\.rawValue).joined(separator: " ")
        (languages, price) = (draft.languages, draft.price)
        targetGroups = draft.targetGroups.map(\.rawValue).joined(separator: " ")
        goals = draft.goals.map { String($0.number) }.joined(separator: " ")
        (contactName, contactEmail) = (draft.contactName, draft.contactEmail)
        takesRegistrations = draft.registration != nil
        capacity = draft.registration?.capacity
        registrationCloses = draft.registration?.closes?.description
        question = draft.registration?.question ?? ""
        (repeatFrequency, repeatUntil) = (draft.repeats?.frequency, draft.repeats?.until.description)
        repeatExceptions = draft.repeats?.exceptions.map(\.description).joined(separator: " ") ?? ""
        if id == nil { sequence = 0 } else if moved { sequence += 1 }
        refreshNext(at: now)
    }

    /// A series' next time (today's included, the last once all are over); an event that happens once, its start.
    package func refreshNext(at now: Date) {
        guard let repeats, let first = CalendarDay(iso: startDay) else { nextStartsAt = startsAt; return }
        let days = repeats.days(from: first)
        guard let next = days.first(where: { $0 >= CalendarDay(now) }) ?? days.last else { nextStartsAt = startsAt; return }
        nextStartsAt = startTime.flatMap(ClockTime.init).map(next.at) ?? next.start
    }

    package var registration: RegistrationSettings? {
        takesRegistrations ? RegistrationSettings(capacity: capacity, closes: registrationCloses.flatMap(CalendarDay.init(iso:)), question: question) : nil
    }
    package var repeats: EventRepeat? {
        guard let repeatFrequency, let until = repeatUntil.flatMap(CalendarDay.init(iso:)) else { return nil }
        return EventRepeat(frequency: repeatFrequency, until: until,
                           exceptions: repeatExceptions.split(separator: " ").compactMap { CalendarDay(iso: String($0)) })
    }
    package var isCancelled: Bool { cancelledAt != nil }
    package var state: EventState {
        EventState(organiser: organiser ?? .department(DepartmentID(UUID())), isCancelled: isCancelled, ends: endsAt, coOrganiser: coOrganiser,
                   kind: kind)
    }
    package var coOrganiser: CoOrganiser? {
        get { coOrganiserKey.flatMap(Party.init).flatMap { party in coOrganiserStatus.map { CoOrganiser(party, $0) } } }
        set { (coOrganiserKey, coOrganiserStatus) = (newValue?.party.description, newValue?.status) }
    }
    /// The co-organiser that has said yes: the one lists, calendars and the API show.
    package var confirmedCoOrganiser: Party? { coOrganiser.flatMap { $0.isConfirmed ? $0.party : nil } }
    package var access: [EventAccessibility] { accessibility.split(separator: " ").compactMap { EventAccessibility(rawValue: String($0)) } }
    package var groups: [TargetGroup] { targetGroups.split(separator: " ").compactMap { TargetGroup(rawValue: String($0)) } }
    package var sdgs: [Sdg] { goals.split(separator: " ").compactMap { Int($0).flatMap(Sdg.init) } }

    /// The form's values for changing it.
    package var formValues: FormFields {
        var pairs: [(String, String)] = [
            ("organiser", organiserKey), ("title", title), ("kind", kind.rawValue), ("easyRead", easyRead), ("summary", summary),
            ("description", description), ("startDay", startDay), ("startTime", startTime ?? ""), ("endDay", endDay), ("endTime", endTime ?? ""),
            ("placeName", placeName), ("address", address), ("district", districtID.map { DistrictID($0).description } ?? ""),
            ("directions", directions), ("onlineURL", onlineURL), ("languages", languages), ("price", price),
            ("contactName", contactName), ("contactEmail", contactEmail), ("registration", takesRegistrations ? "on" : ""),
            ("capacity", capacity.map(String.init) ?? ""), ("registrationCloses", registrationCloses ?? ""), ("question", question),
            ("repeat", repeatFrequency?.rawValue ?? ""), ("repeatUntil", repeatUntil ?? ""), ("repeatExceptions", repeats?.exceptionsText ?? ""),
        ]
        pairs += access.map { ("accessibility", $0.rawValue) } + groups.map { ("targetGroups", $0.rawValue) } + sdgs.map { ("goals", String($0.number)) }
        return FormFields(pairs)
    }
}

extension Event: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $slug, $organiserKey, $organiserAssociationID, $organiserDepartmentID,
         $authorID, $title, $summary, $easyRead, $description, $kind, $startDay, $startTime, $endDay, $endTime,
         $startsAt, $endsAt, $nextStartsAt, $placeName, $address, $districtID, $directions, $onlineURL,
         $accessibility, $languages, $price, $targetGroups, $goals, $contactName, $contactEmail, $cancelledAt,
         $sequence, $takesRegistrations, $capacity, $registrationCloses, $question, $repeatFrequency, $repeatUntil,
         $repeatExceptions, $coOrganiserKey, $coOrganiserStatus]
    }
}
