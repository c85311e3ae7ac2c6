import Fluent
import Foundation

/// One line of the audit log: who changed what, when, and a short before → after.
/// Written in the same transaction as the change it describes.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    /// No foreign key: the log outlives deleted accounts.
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_label") var actorLabel: String
    @Field(key: "action") var action: String
    @Field(key: "entity_type") var entityType: String
    @Field(key: "entity_id") var entityID: String
    @Field(key: "summary") var summary: String
    @OptionalField(key: "request_id") var requestID: String?

    init() {}

    init(at: Date, actorID: UUID?, actorLabel: String, action: String, entityType: String, entityID: String,
         summary: String, requestID: String?) {
        self.at = at
        self.actorID = actorID
        self.actorLabel = actorLabel
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.summary = summary
        self.requestID = requestID
    }
}
