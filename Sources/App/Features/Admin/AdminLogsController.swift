import Vapor
import Fluent
import Domain
import Views

/// The admin's start page, the audit log and the outgoing-mail log.
struct AdminLogsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.dashboard), .permission(.manageUsers), use: dashboard)
        routes.get(.admin(.auditLog), .permission(.readAuditLog), use: auditLog)
        routes.get(.admin(.mailLog), .permission(.readMailLog), use: mailLog)
        routes.get(.admin(.mail(.key)), .permission(.readMailLog), use: mail)
    }

    @Sendable func dashboard(_ req: Request) async throws -> Response {
        let page = AdminDashboardPage(
            userCount: try await User.query(on: req.db).count(),
            pendingMailCount: try await OutboxMessage.query(on: req.db).filter(\.$status == .pending).count(),
            failedMailCount: try await OutboxMessage.query(on: req.db).filter(\.$status == .failed).count())
        return req.html(page.render(try await req.page()))
    }

    @Sendable func auditLog(_ req: Request) async throws -> Response {
        let action = ((try? req.query.get(String.self, at: "action")) ?? "").trimmingWhitespace()
        let entity = ((try? req.query.get(String.self, at: "entity")) ?? "").trimmingWhitespace()
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"))
        var query = AuditEntry.query(on: req.db)
        if !action.isEmpty {
            // "user" finds user.login, user.register …: a prefix range the (action, at) index serves.
            query = query.filter(\.$action >= action).filter(\.$action < action + "\u{10FFFF}")
        }
        if !entity.isEmpty {
            let parts = entity.split(separator: " ", maxSplits: 1).map(String.init)
            query = query.filter(\.$entityType == parts[0])
            if parts.count == 2 { query = query.filter(\.$entityID == parts[1]) }
        }
        let total = try await query.count()
        let rows = try await query.sort(\.$at, .descending).range(page.offset..<(page.offset + page.size)).all().map {
            AuditLogPage.Row(at: $0.at, actor: $0.actorLabel, action: $0.action, entityType: $0.entityType, entityID: $0.entityID, summary: $0.summary)
        }
        let model = AuditLogPage(actionFilter: action, entityFilter: entity, entries: try req.paged(items: rows, page: page, total: total))
        return req.html(model.render(try await req.page()))
    }

    @Sendable func mailLog(_ req: Request) async throws -> Response {
        let status = (try? req.query.get(String.self, at: "status")).flatMap(OutboxMessage.Status.init(rawValue:))
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"))
        var query = OutboxMessage.query(on: req.db)
        if let status { query = query.filter(\.$status == status) }
        let total = try await query.count()
        let rows = try await query.sort(\.$createdAt, .descending).range(page.offset..<(page.offset + page.size)).all().map(\.logRow)
        let model = MailLogPage(statusFilter: status?.rawValue ?? "", statuses: OutboxMessage.Status.allCases.map(\.rawValue),
                                mails: try req.paged(items: rows, page: page, total: total))
        return req.html(model.render(try await req.page()))
    }

    @Sendable func mail(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("mailID", as: UUID.self), let message = try await OutboxMessage.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        // A mail not yet sent still holds its link's token; the admin sees it masked, never live.
        let page = MailShowPage(row: message.logRow, body: MailSecrets.redacted(message.body), lastError: message.lastError,
                                sentAt: message.sentAt)
        return req.html(page.render(try await req.page()))
    }
}

extension OutboxMessage {
    package var logRow: MailLogPage.Row {
        MailLogPage.Row(id: MailID(id!), createdAt: createdAt, to: toAddress, subject: subject, status: status.rawValue, attempts: attempts)
    }
}
