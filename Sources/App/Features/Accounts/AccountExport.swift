import Vapor
import Fluent

/// Everything Samverka holds about one person, as JSON (GDPR art. 15 and 20).
struct AccountExport: Content {
    struct Account: Codable {
        var id: UUID
        var email: String
        var displayName: String
        var role: String
        var department: String?
        var entryPointHandler: Bool
        var contactNetworkMember: Bool
        var councilMember: Bool
        var departmentAdmin: Bool
        var politician: Bool
        var language: String
        var createdAt: Date?
        var emailConfirmedAt: Date?
        var lastLoginAt: Date?
    }

    struct Session: Codable {
        var createdAt: Date
        var lastSeenAt: Date
        var expiresAt: Date
    }

    struct Activity: Codable {
        var at: Date
        var action: String
        var entity: String
        var summary: String
    }

    struct Mail: Codable {
        var createdAt: Date
        var subject: String
        var status: String
    }

    struct Question: Codable {
        var reference: String
        var receivedAt: Date
        var status: String
        var question: String
        var rating: Int?
    }

    var exportedAt: Date
    var account: Account
    var sessions: [Session]
    var activity: [Activity]
    var mails: [Mail]
    var questions: [Question]

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func build(for user: User, on db: any Database) async throws -> AccountExport {
        let id = try user.requireID()
        let department = try await user.$department.get(on: db)
        let sessions = try await SessionRecord.query(on: db).filter(\.$user.$id == id).all()
        let activity = try await AuditEntry.query(on: db).filter(\.$actorID == id).sort(\.$at, .descending).all()
        let mails = try await OutboxMessage.query(on: db).filter(\.$toAddress == user.email).sort(\.$createdAt, .descending).all()
        let questions = try await Inquiry.query(on: db).filter(\.$submitterID == id).sort(\.$receivedAt, .descending).all()
        return AccountExport(
            exportedAt: Date(),
            account: Account(id: id, email: user.email, displayName: user.displayName, role: user.role.rawValue,
                             department: department?.name, entryPointHandler: user.isEntryPointHandler,
                             contactNetworkMember: user.isContactNetworkMember, councilMember: user.isCouncilMember,
                             departmentAdmin: user.isDepartmentAdmin, politician: user.isPolitician,
                             language: user.language, createdAt: user.createdAt, emailConfirmedAt: user.emailConfirmedAt,
                             lastLoginAt: user.lastLoginAt),
            sessions: sessions.map { Session(createdAt: $0.createdAt, lastSeenAt: $0.lastSeenAt, expiresAt: $0.expiresAt) },
            activity: activity.map { Activity(at: $0.at, action: $0.action, entity: "\($0.entityType) \($0.entityID)", summary: $0.summary) },
            mails: mails.map { Mail(createdAt: $0.createdAt, subject: $0.subject, status: $0.status.rawValue) },
            questions: questions.map { Question(reference: $0.reference, receivedAt: $0.receivedAt, status: $0.status.rawValue,
                                                question: $0.question, rating: $0.rating) }
        )
    }
}
