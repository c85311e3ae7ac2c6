import Foundation
import Fluent
import SQLKit

extension Model where IDValue == UUID {
    /// Inside a write transaction, before reading the row a decision is made on: holds it
    /// against other writers until the transaction ends (`FOR UPDATE` on PostgreSQL; on SQLite
    /// the write gate lets one writer in at a time, so the clause is left out). False when the
    /// row is gone.
    static func lock(_ id: UUID, on db: any Database) async throws -> Bool {
        try await (db as! any SQLDatabase).select().column("id").from(schema).where("id", .equal, id).for(.update).first() != nil
    }
}
