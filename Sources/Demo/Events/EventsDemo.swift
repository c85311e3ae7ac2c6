import Vapor
import Fluent
import Domain
import App

/// The demo's events over the coming three months (46 with a district of 14): Föreningarnas dag in
/// Föreningarnas hus and in four districts, trainings on the agreement (some with registration, one
/// full with a waiting list), dialogue meetings, associations' open houses and meetings in every
/// district, one online, one cancelled, one weekly (organised with a department) and one monthly,
/// one whose co-organiser has yet to answer — every kind; and a training held three weeks ago, its
/// attendance recorded.
enum EventsDemo {
    struct Example {
        var title: String, kind: EventKind, inDays: Int, from: String?, to: String?, place: String, district: String?
        var organiser: String // a department's slug, or "association" for one of the demo representative's
        var easyRead: String
        var access: [EventAccessibility] = [.stepFree]
        var online: String = ""
        var price: String = ""
        var cancelled = false
        /// Registration: places (nil: none taken) and how many have registered already.
        var capacity: Int? = nil
        var registered = 0
        /// A repeating one: how often, for how many days, and which times (counted from 0) it takes a break.
        var repeats: RepeatFrequency? = nil
        var forDays = 0
        var breaks: [Int] = []
        /// Organised together with (as `organiser`), and where that stands.
        var coOrganiser: (String, PartnerStatus)? = nil

        func series(from day: CalendarDay) -> EventRepeat? {
            guard let repeats else { return nil }
            let rule = EventRepeat(frequency: repeats, until: day.adding(days: forDays))
            let days = rule.ruleDays(from: day)
            return EventRepeat(frequency: repeats, until: rule.until, exceptions: breaks.filter(days.indices.contains).map { days[$0] })
        }
    }

    static let examples: [Example] = [
        Example(title: "Föreningarnas dag i Föreningarnas hus", kind: .associationsDay, inDays: 12, from: "11:00", to: "16:00",
                place: "Föreningarnas hus", district: "centrum", organiser: "kultur-och-fritidsforvaltningen",
                easyRead: "Föreningar visar vad de gör. Alla får komma. Det är gratis.", access: [.stepFree, .hearingLoop, .easyRead]),
        Example(title: "Föreningarnas dag i Vivalla", kind: .associationsDay, inDays: 19, from: "11:00", to: "15:00", place: "Vivalla torg",
                district: "vivalla", organiser: "kultur-och-fritidsforvaltningen",
                easyRead: "Föreningar i Vivalla visar vad de gör. Det finns tolkar.", access: [.stepFree, .interpretation]),
        Example(title: "Föreningarnas dag i Varberga", kind: .associationsDay, inDays: 26, from: "12:00", to: "16:00", place: "Varberga centrum",
                district: "varberga", organiser: "kultur-och-fritidsforvaltningen", easyRead: "Föreningar i Varberga visar vad de gör."),
        Example(title: "Föreningarnas dag i Baronbackarna", kind: .associationsDay, inDays: 33, from: "11:00", to: "15:00",
                place: "Baronbackarnas fritidsgård", district: "baronbackarna", organiser: "kultur-och-fritidsforvaltningen",
                easyRead: "Föreningar i Baronbackarna visar vad de gör."),
        Example(title: "Föreningarnas dag i Brickebacken", kind: .associationsDay, inDays: 40, from: "11:00", to: "15:00",
                place: "Brickebackens centrum", district: "brickebacken", organiser: "kultur-och-fritidsforvaltningen",
                easyRead: "Föreningar i Brickebacken visar vad de gör."),
        Example(title: "Utbildning: så fungerar överenskommelsen", kind: .training, inDays: 9, from: "13:00", to: "16:00",
                place: "Stadshuset, sal 3", district: "centrum", organiser: "kommunstyrelseforvaltningen",
                easyRead: "Lär dig hur kommunen och föreningarna samarbetar. För personal, politiker och föreningar.",
                access: [.stepFree, .hearingLoop], capacity: 20, registered: 23),
        Example(title: "Utbildning om överenskommelsen för förvaltningarna", kind: .training, inDays: -20, from: "13:00", to: "16:00",
                place: "Stadshuset, sal 3", district: "centrum", organiser: "kommunstyrelseforvaltningen",
                easyRead: "Personal och politiker lär sig hur kommunen och föreningarna samarbetar.", access: [.stepFree, .hearingLoop],
                capacity: 30, registered: 27),
        Example(title: "Utbildning för nämnderna om överenskommelsen", kind: .training, inDays: 23, from: "09:00", to: "12:00",
                place: "Stadshuset, sal 1", district: "centrum", organiser: "kommunstyrelseforvaltningen",
                easyRead: "Politikerna i nämnderna lär sig om samarbetet med föreningarna.", capacity: 40, registered: 12),
        Example(title: "Utbildning på nätet: söka bidrag", kind: .training, inDays: 16, from: "18:00", to: "19:30", place: "", district: nil,
                organiser: "kultur-och-fritidsforvaltningen", easyRead: "Lär dig söka bidrag från kommunen. Du är med från datorn.",
                access: [.easyRead], online: "https://meet.example.se/bidrag", capacity: 100, registered: 8),
        Example(title: "Dialogmöte om fritidsgårdarna", kind: .dialogue, inDays: 14, from: "18:00", to: "20:00", place: "Oxhagens fritidsgård",
                district: "oxhagen", organiser: "kultur-och-fritidsforvaltningen",
                easyRead: "Säg vad du tycker om fritidsgårdarna innan kommunen bestämmer.", access: [.stepFree, .interpretation]),
        Example(title: "Dialogmöte om trygghet i Vivalla", kind: .dialogue, inDays: 21, from: "17:30", to: "19:30", place: "Vivalla bibliotek",
                district: "vivalla", organiser: "socialforvaltningen", easyRead: "Prata med kommunen och polisen om trygghet i Vivalla."),
        Example(title: "Samråd om nya lekplatser – möte", kind: .dialogue, inDays: 30, from: "18:00", to: "19:30", place: "Adolfsbergs skola",
                district: "adolfsberg", organiser: "tekniska-forvaltningen", easyRead: "Var med och tyck till om nya lekplatser.",
                cancelled: true),
        Example(title: "Öppet hus hos NPF-föreningen", kind: .openHouse, inDays: 10, from: "17:00", to: "19:00", place: "Föreningens lokal",
                district: "markbacken", organiser: "association", easyRead: "Kom och träffa oss. Vi berättar om NPF. Det finns fika.",
                access: [.stepFree, .easyRead]),
        Example(title: "Kontaktnätets möte", kind: .meeting, inDays: 28, from: "09:00", to: "11:00", place: "Stadshuset, sal 2", district: "centrum",
                organiser: "kommunstyrelseforvaltningen", easyRead: "Kontaktpersonerna för överenskommelsen träffas."),
        Example(title: "Idrottsföreningarnas träff", kind: .meeting, inDays: 45, from: "18:30", to: "20:30", place: "Behrn Arena",
                district: "centrum", organiser: "kultur-och-fritidsforvaltningen", easyRead: "Idrottsföreningar träffas och pratar om hallarna."),
        Example(title: "Seniordagen", kind: .other, inDays: 52, from: nil, to: nil, place: "Glanshammars bygdegård", district: "glanshammar",
                organiser: "vard-och-omsorgsforvaltningen", easyRead: "En dag för seniorer med föreningar, musik och lunch.",
                access: [.stepFree, .hearingLoop], price: "Lunch 60 kr", capacity: 60, registered: 21),
        Example(title: "Läxhjälp varje vecka i Vivalla", kind: .meeting, inDays: 2, from: "17:00", to: "19:00", place: "Vivalla bibliotek",
                district: "vivalla", organiser: "association", easyRead: "Få hjälp med läxorna av volontärer. Varje vecka. Gratis.",
                access: [.stepFree, .easyRead], repeats: .weekly, forDays: 84, breaks: [4, 5],
                coOrganiser: ("kultur-och-fritidsforvaltningen", .confirmed)),
        Example(title: "Språkcafé i Föreningarnas hus", kind: .meeting, inDays: 7, from: "18:00", to: "20:00", place: "Föreningarnas hus",
                district: "centrum", organiser: "kultur-och-fritidsforvaltningen", easyRead: "Öva svenska och prata med nya vänner. En gång i månaden.",
                access: [.stepFree, .hearingLoop], repeats: .monthly, forDays: 150),
        Example(title: "Öppet hus på Garphyttans bibliotek", kind: .openHouse, inDays: 60, from: "15:00", to: "18:00",
                place: "Garphyttans bibliotek", district: "garphyttan", organiser: "kultur-och-fritidsforvaltningen",
                easyRead: "Biblioteket och föreningarna i Garphyttan visar vad de gör.", coOrganiser: ("association", .invited)),
    ]

    /// Besides the examples, in every district: an open house at the library and the district's
    /// association meeting, on days spread over the three months.
    static func districtExamples(_ districts: [(slug: String, name: String)]) -> [Example] {
        districts.enumerated().flatMap { index, district -> [Example] in [
            Example(title: "Öppet hus på biblioteket i \(district.name)", kind: .openHouse, inDays: 5 + index * 6, from: "16:00", to: "19:00",
                    place: "Biblioteket", district: district.slug, organiser: "kultur-och-fritidsforvaltningen",
                    easyRead: "Föreningar visar vad de gör på biblioteket. Kom när du vill."),
            Example(title: "Föreningsträff i \(district.name)", kind: .meeting, inDays: 8 + index * 5, from: "18:30", to: "20:00",
                    place: "Fritidsgården", district: district.slug, organiser: "kultur-och-fritidsforvaltningen",
                    easyRead: "Föreningarna i området träffas och planerar tillsammans.", access: [.stepFree, .easyRead]),
        ] }
    }

    static func seed(_ app: Application) async throws {
        let departments = Dictionary(uniqueKeysWithValues: try await Department.query(on: app.db).all().map { ($0.slug, $0.typedID) })
        let rows = try await District.query(on: app.db).sort(\.$position).all()
        let districts = Dictionary(uniqueKeysWithValues: rows.map { ($0.slug, $0.typedID) })
        let member = try await User.query(on: app.db).filter(\.$email == DemoAccounts.representativeEmail).first()
        let mine = member == nil ? [] : try await Representative.query(on: app.db).filter(\.$user.$id == member!.id!).all().map { $0.$association.id }
        let npf = try await Association.query(on: app.db).filter(\.$id ~~ mine).filter(\.$status == .verified).all()
            .first { $0.name.hasPrefix("NPF") }
        let today = CalendarDay(app.wallClock.now)
        let trainees = departments.sorted { $0.key < $1.key }.prefix(5).map(\.value)
        try await app.change(label: "demo") { change in
            func party(_ name: String) -> Party? {
                name == "association" ? npf.map { .association($0.typedID) } : departments[name].map(Party.department)
            }
            for example in examples + districtExamples(rows.map { ($0.slug, $0.name) }) {
                guard let organiser = party(example.organiser) else { continue }
                let day = today.adding(days: example.inDays)
                let draft = EventDraft(
                    organiser: organiser, title: example.title, summary: example.easyRead, easyRead: example.easyRead, kind: example.kind,
                    startDay: day, startTime: example.from.flatMap(ClockTime.init), endDay: day, endTime: example.to.flatMap(ClockTime.init),
                    placeName: example.place, districtID: example.district.flatMap { districts[$0] }, onlineURL: example.online,
                    accessibility: example.access, price: example.price, contactName: "Kim Berg (exempel)", contactEmail: "evenemang@demo.samverka.example",
                    registration: example.capacity.map { RegistrationSettings(capacity: $0, question: "Behöver du något för att kunna vara med?") },
                    repeats: example.series(from: day))
                let event = Event()
                event.apply(draft, at: change.now)
                event.slug = try await Slug.unique(draft.title, on: change.db, in: Event.self)
                if example.cancelled {
                    event.cancelledAt = change.now
                    event.sequence = 1
                }
                if let (name, status) = example.coOrganiser { event.coOrganiser = party(name).map { CoOrganiser($0, status) } }
                try await event.create(on: change.db)
                // Example registrations: the first ones take the places, the rest wait. A training's
                // come as staff, politicians, associations and residents; most of a past one came.
                for n in 0..<example.registered {
                    let group = example.kind == .training ? AttendeeGroup.allCases[n % AttendeeGroup.allCases.count] : nil
                    let person = SignUpDraft(name: "Deltagare \(n + 1) (exempel)", email: EmailAddress("deltagare\(n + 1)@demo.samverka.example"),
                                             answer: n % 7 == 0 ? "Hörslinga" : "", group: group,
                                             departmentID: group?.worksForTheMunicipality == true ? trainees[n % trainees.count] : nil)
                    let confirmed = n < (example.capacity ?? .max)
                    let registration = EventRegistration(eventID: event.id!, draft: person, status: confirmed ? .confirmed : .waiting,
                                                         token: SecureToken.make(), registeredBy: nil, at: change.now.addingTimeInterval(Double(n)))
                    registration.attended = confirmed && example.inDays < 0 && n % 5 != 4
                    try await registration.create(on: change.db)
                }
                try await change.audit("event.create", "event", event.id!.uuidString, "demo: \(draft.title)")
            }
        }
    }
}
