import Vapor
import Fluent
import SQLKit
import Domain
import App

/// Consultations, answers and subscribers in proportion to `seed --scale N`: one consultation
/// per 1 000 associations (at least four) spread over the past year and the coming months,
/// forty association answers to each one that has opened, and one subscriber per ten
/// associations following a district and a category.
package struct SyntheticConsultations: Sendable {
    let count: Int
    let districts: [UUID]
    let departments: [UUID]
    let seed: UInt64
    let now: Date
    static let associationsPerConsultation = 1_000
    static let answersPerConsultation = 40
    static let associationsPerSubscriber = 10

    var consultationCount: Int { max(4, count / Self.associationsPerConsultation) }

    func run(on db: any Database) async throws {
        guard !districts.isEmpty, !departments.isEmpty else { return }
        try await markPastNotices(on: db)
        try await Self.inBatches(of: 50, count: consultationCount, on: db) { indexes, sql in
            try await insertConsultations(indexes, on: sql)
        }
        let categories = AssociationCategory.allCases
        try await Self.inBatches(of: 500, count: count / Self.associationsPerSubscriber, on: db) { indexes, sql in
            try await Self.insertSubscribers(indexes.map { index in
                SubscriberRow(index: index, email: "bevakare\(index)@scale.example", language: "sv",
                              frequency: index % 5 == 0 ? .weekly : .each,
                              topics: [.district(DistrictID(districts[index % districts.count])), .category(categories[index % categories.count])])
            }, on: sql)
        }
    }

    /// The consultations already there (the demo's) get their past notices marked as sent too:
    /// the synthetic subscribers did not exist when those went out. So do the demo's calls and
    /// events: left unmarked, the first start after the seed told them to every synthetic
    /// subscriber of their districts (83 000 mails at 250 000, which slowed the first minute of
    /// every benchmark and made its peak memory).
    private func markPastNotices(on db: any Database) async throws {
        let existing = try await Consultation.query(on: db).all()
        let sql = db as! any SQLDatabase
        func untold(_ table: String, _ notices: String, _ column: String) async throws -> [UUID] {
            try await sql.select().column("id").from(table)
                .where(SQLRaw("NOT EXISTS (SELECT 1 FROM \(notices) n WHERE n.\(column) = \(table).id)")).all(decodingColumn: "id", as: UUID.self)
        }
        let calls = try await untold(Call.schema, CallNotice.schema, "call_id")
        let events = try await untold(Event.schema, EventNotice.schema, "event_id")
        try await db.retryingTransaction { tx in
            try await calls.map { CallNotice(callID: $0, at: now, recipients: 0) }.create(on: tx)
            try await events.map { EventNotice(eventID: $0, at: now, recipients: 0) }.create(on: tx)
            let sent = Set(try await ConsultationNotice.query(on: tx).all().map { [$0.$consultation.id.uuidString, $0.event.rawValue] })
            for consultation in existing {
                for event in ConsultationNoticeEvent.allCases
                where !sent.contains([consultation.id!.uuidString, event.rawValue]) && event.moment(in: consultation.dates) <= now {
                    try await ConsultationNotice(consultationID: consultation.id!, event: event, at: now).create(on: tx)
                }
            }
            return 0
        }
    }

    /// Runs `body` for 0..<count in batches, each in a transaction of its own.
    package static func inBatches(of size: Int, count: Int, on db: any Database,
                          _ body: @escaping @Sendable (Range<Int>, any SQLDatabase) async throws -> Void) async throws {
        var start = 0
        while start < count {
            let indexes = start..<min(start + size, count)
            try await db.retryingTransaction { tx in
                try await body(indexes, tx as! any SQLDatabase)
                return 0
            }
            start = indexes.upperBound
        }
    }

    package struct SubscriberRow: Sendable {
        package var index: Int
        package var email: String
        package var language: String
        package var frequency: SubscriptionFrequency
        package var topics: [SubscriptionTopic]

        package init(index: Int, email: String, language: String, frequency: SubscriptionFrequency, topics: [SubscriptionTopic]) {
            (self.index, self.email, self.language, self.frequency, self.topics) = (index, email, language, frequency, topics)
        }
    }

    /// Synthetic subscribers and their topics in two multi-row INSERTs (also used by `bench-notices`).
    package static func insertSubscribers(_ rows: [SubscriberRow], on sql: any SQLDatabase) async throws {
        var subscribers = sql.insert(into: Subscriber.schema).columns(
            "id", "created_at", "owner_key", "email", "name", "language", "frequency", "token")
        var topics = sql.insert(into: SubscriberTopic.schema).columns("id", "subscriber_id", "kind", "value")
        let now = Date()
        for row in rows {
            let id = UUID()
            subscribers = subscribers.values([id, now, "s:\(row.index)", row.email, "Bevakare \(row.index)", row.language,
                                              row.frequency.rawValue, SecureToken.make()] as [any Encodable & Sendable])
            for topic in row.topics {
                topics = topics.values([UUID(), id, topic.kind, topic.value] as [any Encodable & Sendable])
            }
        }
        try await subscribers.run()
        try await topics.run()
    }

    private func insertConsultations(_ indexes: Range<Int>, on sql: any SQLDatabase) async throws {
        var consultations = sql.insert(into: Consultation.schema).columns(
            "id", "created_at", "updated_at", "department_id", "slug", "title", "case_number", "summary", "easy_read", "body", "links",
            "questions", "announced_on", "opens_on", "closes_at", "compiled_at", "compilation")
        var places = sql.insert(into: ConsultationDistrict.schema).columns("id", "consultation_id", "district_id")
        // Synthetic history: the notices whose moment has passed went out long ago (else the
        // first start of a benchmark server would spend its first minutes mailing them).
        var notices = sql.insert(into: ConsultationNotice.schema).columns("id", "consultation_id", "event", "sent_at", "recipients")
        var kinds = sql.insert(into: ConsultationCategory.schema).columns("id", "consultation_id", "category")
        var answers = sql.insert(into: ConsultationResponse.schema).columns(
            "id", "created_at", "updated_at", "consultation_id", "respondent_key", "association_id", "public_name", "answers", "comment",
            "submitted_at", "version")
        var versions = sql.insert(into: ConsultationResponseVersion.schema).columns("id", "response_id", "number", "answers", "comment", "submitted_at")
        var hasAnswers = false
        var hasNotices = false
        let today = CalendarDay(now)
        for index in indexes {
            let id = UUID()
            let opens = today.adding(days: (index * 37) % 420 - 330)
            let closes = opens.adding(days: 28)
            let compiled = closes.end < now && index % 3 == 0 ? closes.adding(days: 30).start : nil
            let category = AssociationCategory.allCases[index % AssociationCategory.allCases.count]
            consultations = consultations.values([
                id, now, now, departments[index % departments.count], "samrad-skala-\(index)", "Samråd \(index) om \(category.rawValue)",
                "SKALA \(index)", "Förslag \(index) som kommunen vill höra föreningarna om.", "Kommunen vill veta vad ni tycker.", "", "",
                "Vad tycker ni om förslaget?\nVad saknas?", opens.adding(days: -21).start, opens.start, closes.end, compiled,
                compiled == nil ? "" : "Svaren vägdes in.",
            ] as [any Encodable & Sendable])
            places = places.values([UUID(), id, districts[index % districts.count]] as [any Encodable & Sendable])
            kinds = kinds.values([UUID(), id, category.rawValue] as [any Encodable & Sendable])
            let dates = ConsultationDates(announced: opens.adding(days: -21), opens: opens, closes: closes)
            for event in ConsultationNoticeEvent.allCases where event.moment(in: dates) <= now {
                notices = notices.values([UUID(), id, event.rawValue, event.moment(in: dates), 0] as [any Encodable & Sendable])
                hasNotices = true
            }
            guard opens.start < now else { continue }
            // Distinct associations for each consultation: k < count steps through different ones.
            for k in 0..<min(Self.answersPerConsultation, count) {
                let association = SyntheticRegister.association((index * 7 + k) % count, seed: seed, districtCount: districts.count)
                let answerID = UUID()
                let text = ResponseDraft(answers: ["Svar \(k) från \(association.name).", ""]).encoded
                let sent = min(opens.adding(days: 1 + k % 27).start, now)
                answers = answers.values([answerID, sent, sent, id, Respondent.association(AssociationID(association.id)).key, association.id,
                                          association.name, text, "", sent, 1] as [any Encodable & Sendable])
                versions = versions.values([UUID(), answerID, 1, text, "", sent] as [any Encodable & Sendable])
                hasAnswers = true
            }
        }
        try await consultations.run()
        try await places.run()
        if hasNotices { try await notices.run() }
        try await kinds.run()
        if hasAnswers {
            try await answers.run()
            try await versions.run()
        }
    }
}
