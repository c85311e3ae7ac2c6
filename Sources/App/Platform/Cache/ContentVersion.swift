import Vapor
import Fluent
import SQLKit
import NIOConcurrencyHelpers

/// A number that every state change raises, in its own transaction. Rendered pages are kept
/// under the version they were made from, so any write anywhere — on any instance — retires them.
final class ContentVersionRow: Model, @unchecked Sendable {
    static let schema = "content_version"

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "version") var version: Int

    init() {}

    init(version: Int) {
        self.id = 1
        self.version = version
    }
}

/// What this process knows of the content version: read from the database at most once per
/// `freshness`, and forgotten at once after a local change, so one's own writes show directly
/// and other instances' writes within a second.
final class ContentVersion: Sendable {
    static let freshness: TimeInterval = 1
    private let known = NIOLockedValueBox<(version: Int, readAt: Date)?>(nil)

    static func bump(on db: any Database) async throws {
        try await (db as! any SQLDatabase).update(ContentVersionRow.schema)
            .set("version", to: SQLBinaryExpression(left: SQLColumn("version"), op: SQLBinaryOperator.add, right: SQLLiteral.numeric("1")))
            .where("id", .equal, 1).run()
    }

    func current(on db: any Database, now: Date = Date()) async throws -> Int {
        if let known = known.withLockedValue({ $0 }), now.timeIntervalSince(known.readAt) < Self.freshness {
            return known.version
        }
        let version = try await (db as! any SQLDatabase).select().column("version").from(ContentVersionRow.schema)
            .where("id", .equal, 1).first()?.decode(column: "version", as: Int.self) ?? 0
        known.withLockedValue { $0 = (version, now) }
        return version
    }

    func forget() {
        known.withLockedValue { $0 = nil }
    }
}
