import Fluent
import Foundation
import Domain

extension Department {
    /// The departments a person may publish for (support offerings, consultations): their own,
    /// or every one for an admin. The same rule as `Policy.mayPublish`, as a query.
    package static func publishable(by actor: Actor, on db: any Database) async throws -> [Department] {
        let query = Department.query(on: db).sort(\.$position).sort(\.$name)
        if actor.role != .admin { query.filter(\.$id == (actor.departmentID?.uuid ?? UUID())) }
        return try await query.all()
    }
}
