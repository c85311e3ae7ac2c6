import Vapor
import Fluent
import Domain
import App

/// The demo's inquiries: a routing table for every demo department and 40 made-up questions
/// in every state — some overdue, some transferred, some rated — dated back from the first start.
enum InquiriesDemo {
    static let table: [InquiryTopic: String] = [
        .premises: "kultur-och-fritidsforvaltningen", .grants: "kultur-och-fritidsforvaltningen",
        .youthAndLeisure: "kultur-och-fritidsforvaltningen", .culture: "kultur-och-fritidsforvaltningen",
        .sport: "kultur-och-fritidsforvaltningen", .eventsAndPermits: "stadsbyggnadsforvaltningen",
        .childrenAndSchool: "grundskoleforvaltningen", .socialSupport: "socialforvaltningen",
        .elderlyCare: "vard-och-omsorgsforvaltningen", .disability: "funktionsstodsforvaltningen", .housing: "orebrobostader",
        .streetsAndParks: "tekniska-forvaltningen", .environment: "miljoforvaltningen",
        .workAndIntegration: "gymnasie-och-arbetsmarknadsforvaltningen", .cooperation: "kommunstyrelseforvaltningen",
    ]

    static let questions: [InquiryTopic: String] = [
        .premises: "Vi behöver en lokal för läxhjälp två kvällar i veckan. Finns det något ledigt i vårt område?",
        .grants: "Vilket föreningsstöd kan vi söka för en sommaraktivitet för barn, och när ska ansökan vara inne?",
        .youthAndLeisure: "Kan unga i föreningen få låna fritidsgårdens lokal för ett eget arrangemang en fredag?",
        .culture: "Vi vill ordna en konsert i parken i augusti. Vem på kommunen ska vi prata med?",
        .sport: "Vår klubb behöver fler träningstider i hallen i vinter. Hur gör vi för att få det?",
        .eventsAndPermits: "Behöver vi tillstånd för en loppmarknad på torget en lördag i maj?",
        .childrenAndSchool: "Vi har frivilliga som kan läsa med barn. Kan vi samarbeta med en skola?",
        .socialSupport: "Flera familjer som kommer till oss behöver hjälp med ekonomin. Vart kan vi hänvisa dem?",
        .elderlyCare: "Vi vill besöka ett äldreboende och spela musik. Vem ska vi kontakta?",
        .disability: "Hur gör vi vår aktivitet tillgänglig för personer som använder rullstol? Finns det stöd att få?",
        .housing: "Kan hyresgästerna få använda gårdslokalen till ett språkcafé varje vecka?",
        .streetsAndParks: "Belysningen på gångvägen vid vår förening är trasig. Vem lagar den?",
        .environment: "Vi vill starta en odling på en gräsyta. Vad krävs för att få göra det?",
        .workAndIntegration: "Kan vi ta emot personer i arbetsträning i vårt café? Hur går det till?",
        .cooperation: "Vi vill ansluta oss till överenskommelsen. Vad behöver styrelsen besluta?",
        .unknown: "Jag vet inte vem jag ska fråga: vi vill låna ut vår lokal till andra föreningar.",
    ]

    static func seed(_ app: Application, representative: User) async throws {
        let departments = try await Department.query(on: app.db).all()
        let bySlug = Dictionary(uniqueKeysWithValues: departments.map { ($0.slug, $0) })
        guard let coordinator = departments.first(where: \.isCoordinator) else { return }
        let handlers = try await User.query(on: app.db).filter(\.$isEntryPointHandler == true).all()
        let associations = try await Representative.query(on: app.db).filter(\.$user.$id == representative.id!).all().map { $0.$association.id }
        let now = app.wallClock.now
        let topics = InquiryTopic.allCases.filter { $0 != .council }
        try await app.change(label: "demo") { change in
            for (topic, slug) in table {
                if let department = bySlug[slug] { try await InquiryTopicRoute(topic: topic, departmentID: department.id!).create(on: change.db) }
            }
            for n in 0..<40 {
                let topic = topics[n % topics.count]
                let routed = bySlug[table[topic] ?? ""] ?? coordinator
                let transferred = n % 5 == 0 && routed.id != coordinator.id
                let received = now.addingTimeInterval(-Double(3 + n * 3) * 86_400 - Double(n % 7) * 3600)
                let handler = handlers.first { $0.$department.id == routed.id } ?? handlers.first
                let inquiry = try await make(n, topic: topic, department: routed, received: received, on: change.db)
                if n % 6 == 0, let association = associations.first {
                    inquiry.submitterID = representative.id
                    inquiry.associationID = association
                    inquiry.name = representative.displayName
                    inquiry.email = representative.email
                }
                try await inquiry.create(on: change.db)
                var entries = [InquiryEntry(inquiryID: inquiry.id!, at: received, kind: .received, isPublic: true, authorID: nil,
                                            authorLabel: inquiry.name, body: "", to: transferred ? coordinator.id : routed.id)]
                var at = received.addingTimeInterval(Double(3 + (n % 5) * 30) * 3600)
                func add(_ kind: InquiryEntry.Kind, _ isPublic: Bool, _ body: String, from: UUID? = nil, to: UUID? = nil) {
                    entries.append(InquiryEntry(inquiryID: inquiry.id!, at: at, kind: kind, isPublic: isPublic, authorID: handler?.id,
                                                authorLabel: handler?.displayName ?? "Handläggare (exempel)", body: body, from: from, to: to))
                    at = at.addingTimeInterval(26 * 3600)
                }
                if transferred {
                    add(.transfer, true, "Frågan gäller \(routed.name), så vi skickar den dit. De hör av sig till dig.", from: coordinator.id, to: routed.id)
                }
                play(n % 8, inquiry, add: add, at: { at })
                try await inquiry.update(on: change.db)
                for entry in entries { try await entry.create(on: change.db) }
            }
            try await InquiryCounts.rebuild(on: change.db)
            try await change.audit("demo.seed", "inquiry", "demo", "40 example inquiries and the topic table")
        }
    }

    static func make(_ n: Int, topic: InquiryTopic, department: Department, received: Date, on db: any Database) async throws -> Inquiry {
        let day = CalendarDay(received)
        let number = try await InquiryCounter.next(year: day.year, on: db)
        let inquiry = Inquiry()
        inquiry.$department.id = department.id!
        inquiry.year = day.year
        inquiry.number = number
        inquiry.reference = InquiryReference(year: day.year, number: number).description
        inquiry.accessToken = "demo-\(n)-" + String(SecureToken.make().prefix(32))
        inquiry.topic = topic
        inquiry.question = questions[topic] ?? ""
        inquiry.name = "Exempelperson \(n + 1)"
        inquiry.email = n % 4 == 3 ? "" : "person\(n + 1)@exempel.example"
        inquiry.phone = n % 4 == 3 ? "019-10 00 \(String(format: "%02d", n))" : ""
        inquiry.address = ""
        inquiry.channel = n % 4 == 3 ? .phone : .email
        inquiry.receivedVia = n % 4 == 3 ? .phone : (n % 9 == 4 ? .visit : .web)
        inquiry.language = "sv"
        inquiry.status = .received
        inquiry.receivedAt = received
        inquiry.dueAt = SwedishCalendar.addingWorkingDays(department.answerDays, to: day).end
        return inquiry
    }

    /// Moves a demo inquiry along to one of eight stages, writing the history it would have.
    static func play(_ stage: Int, _ inquiry: Inquiry, add: (InquiryEntry.Kind, Bool, String, UUID?, UUID?) -> Void,
                     at: () -> Date) {
        guard stage >= 2 else { return } // 0, 1: still waiting (the older ones are overdue)
        add(.assigned, false, "Handläggare (exempel)", nil, nil)
        inquiry.status = .inProgress
        guard stage >= 3 else { return }
        if stage == 4 { add(.note, false, "Ringde och kontrollerade vilka tider som är lediga.", nil, nil) }
        inquiry.firstAnsweredAt = at()
        add(.reply, true, "Tack för din fråga! Det går bra. Vi har skickat mer information och en kontaktperson hör av sig.", nil, nil)
        inquiry.status = .answered
        guard stage >= 5 else { return }
        inquiry.closedAt = at()
        inquiry.outcome = .answered
        add(.closed, true, "", nil, nil)
        inquiry.status = .closed
        if stage == 6 { inquiry.rating = 3 + (inquiry.number % 3); inquiry.ratingComment = "Snabbt och tydligt svar." }
        guard stage == 7 else { return }
        add(.reopened, true, "Vi behöver veta lite mer om tiderna.", nil, nil)
        inquiry.closedAt = nil
        inquiry.outcome = nil
        inquiry.status = .reopened
    }
}
