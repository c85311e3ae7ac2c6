import Vapor
import Fluent
import Domain
import App

/// Events in proportion to `seed --scale N`: one per 10 associations over a year (a quarter past,
/// the rest to come), every kind and district, organised by a verified association (three in
/// four) or a department; every fifth takes registrations (30 places, three registered), every
/// twentieth repeats weekly for twelve weeks, every fiftieth is cancelled — so the event list, an
/// event page, the district pages, the calendar file and the events API are measured at national
/// scale. Written through the model (`Event.apply`), so the stored moments are the ones a form makes;
/// each counts as told to its district's subscribers already (`EventNotice`).
struct SyntheticEvents: Sendable {
    let count: Int
    let districts: [UUID]
    let departments: [UUID]
    let now: Date
    static let associationsPerEvent = 10
    static let batchSize = 500

    var eventCount: Int { max(1, count / Self.associationsPerEvent) }

    static let words = ["Öppet hus", "Föreningsträff", "Läxhjälp", "Språkcafé", "Dialogmöte", "Utbildning", "Prova-på-dag", "Årsmöte"]

    func run(on db: any Database) async throws {
        guard !districts.isEmpty, !departments.isEmpty else { return }
        var start = 0
        while start < eventCount {
            let indexes = start..<min(start + Self.batchSize, eventCount)
            let associations = try await Association.query(on: db).filter(\.$status == .verified).sort(\.$id)
                .range(indexes.lowerBound..<(indexes.lowerBound + indexes.count)).all().map(\.typedID)
            try await db.retryingTransaction { tx in
                let events = indexes.enumerated().map { offset, index in
                    event(index, association: associations.isEmpty ? nil : associations[offset % associations.count])
                }
                try await events.create(on: tx)
                // Published long ago as far as the subscriptions know: told then, not now at once.
                try await events.map { EventNotice(eventID: $0.id!, at: now, recipients: 0) }.create(on: tx)
                let registrations = zip(indexes, events).filter { $0.0 % 5 == 0 }.flatMap { index, event in
                    (0..<3).map { person in
                        EventRegistration(eventID: event.id!, draft: SignUpDraft(name: "Deltagare \(index)-\(person)",
                                                                                  email: EmailAddress("deltagare\(index)-\(person)@scale.example")),
                                          status: .confirmed, token: "scale-event-\(index)-\(person)", registeredBy: nil, at: now)
                    }
                }
                try await registrations.create(on: tx)
                return 0
            }
            start = indexes.upperBound
        }
    }

    private func event(_ index: Int, association: AssociationID?) -> Event {
        let day = CalendarDay(now).adding(days: index % 365 - 90)
        let organiser: Party = index % 4 != 0 ? association.map(Party.association) ?? .department(DepartmentID(departments[0]))
            : .department(DepartmentID(departments[index % departments.count]))
        let kind = EventKind.allCases[index % EventKind.allCases.count]
        let title = "\(Self.words[index % Self.words.count]) \(index + 1)"
        let draft = EventDraft(
            organiser: organiser, title: title, summary: "\(title): föreningar och kommunen träffas.", easyRead: "Kom och var med. Det är gratis.",
            kind: kind, startDay: day, startTime: ClockTime(hour: 17 + index % 3, minute: 0), endDay: day,
            endTime: ClockTime(hour: 19 + index % 3, minute: 0), placeName: "Lokal \(index % 97 + 1)", address: "Storgatan \(index % 60 + 1)",
            districtID: DistrictID(districts[index % districts.count]), accessibility: index % 3 == 0 ? [.stepFree, .hearingLoop] : [.stepFree],
            contactName: "Kontakt \(index)", contactEmail: "evenemang\(index)@scale.example",
            registration: index % 5 == 0 ? RegistrationSettings(capacity: 30) : nil,
            repeats: index % 20 == 7 ? EventRepeat(frequency: .weekly, until: day.adding(days: 77)) : nil)
        let event = Event()
        event.apply(draft, at: now) // before the id: with an id, `apply` reads the old times to tell a move
        event.id = UUID()
        event.slug = "evenemang-\(index + 1)"
        if index % 50 == 11 { (event.cancelledAt, event.sequence) = (now, 1) }
        return event
    }
}
