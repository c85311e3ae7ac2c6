import Vapor
import Fluent
import Domain

/// Gathers what the get-started checklist is decided on. Every query is bounded by the
/// municipality's size (texts, departments, topics) or reads one row.
enum GoLiveFacts {
    static let testMailAction = "mail.test"

    static func gather(_ app: Application, on db: any Database) async throws -> GoLiveChecklist {
        let texts = try await AgreementText.query(on: db).all()
        let departments = try await Department.query(on: db).sort(\.$position).sort(\.$name).all()
        let mapped = Set(try await InquiryTopicRoute.query(on: db).all().compactMap(\.id))
        let staffed = Set(try await User.query(on: db).filter(\.$role ~~ [.staff, .admin]).filter(\.$department.$id != nil)
            .unique().all(\.$department.$id).compactMap { $0 })
        let lastBackup = try await AppMeta.find(BackupCommand.markerKey, on: db).flatMap { Double($0.value) }
        return GoLiveChecklist(
            agreementTexts: texts.count,
            publishedAgreementTexts: texts.filter { $0.publishedAt != nil }.count,
            departmentsWithoutEntryPoint: departments.filter { !$0.hasEntryPoint }.map(\.name),
            unmappedTopics: GoLiveChecklist.routedTopics.filter { !mapped.contains($0.rawValue) },
            departmentsWithoutStaff: departments.filter { !staffed.contains($0.id!) }.map(\.name),
            hasAssociations: try await Association.query(on: db).first() != nil,
            mailConfigured: app.settings.smtp != nil,
            testMail: try await testMail(on: db),
            baseURL: app.baseAddress,
            usesPostgres: app.settings.storage.kindName == "postgres",
            lastBackup: lastBackup.map { Date(timeIntervalSince1970: $0) },
            now: app.wallClock.now)
    }

    /// The latest test mail: its audit row names the outbox row. A row that is gone was sent
    /// and later cleared away (only sent mail is cleared).
    static func testMail(on db: any Database) async throws -> GoLiveChecklist.TestMail {
        guard let entry = try await AuditEntry.query(on: db).filter(\.$action == testMailAction).sort(\.$at, .descending).first() else {
            return .none
        }
        guard let id = UUID(uuidString: entry.entityID), let message = try await OutboxMessage.find(id, on: db) else { return .delivered }
        switch message.status {
        case .sent: return .delivered
        case .failed: return .failed
        case .pending, .sending: return .waiting
        }
    }
}

extension Department {
    /// Somewhere to write, call and go, and when: what the contact page shows for each.
    package var hasEntryPoint: Bool {
        ![email, phone, address, openingHours].contains { $0.trimmingWhitespace().isEmpty }
    }
}
