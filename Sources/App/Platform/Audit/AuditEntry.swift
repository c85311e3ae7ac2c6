import Fluent
import Foundation

/// One line of the audit log: who changed what, when, and a short before → after.
/// Written in the same transaction as the change it describes.
package final class AuditEntry: Model, @unchecked Sendable {
    package static let schema = "audit_log"

    @ID(key: .id) package var id: UUID?
    @Field(key: "at") package var at: Date
    /// No foreign key: the log outlives deleted accounts.
    @OptionalField(key: "actor_id") package var actorID: UUID?
    @Field(key: "actor_label") package var actorLabel: String
    @Field(key: "action") package var action: String
    @Field(key: "entity_type") package var entityType: String
    @Field(key: "entity_id") package var entityID: String
    @Field(key: "summary") package var summary: String
    @OptionalField(key: "request_id") package var requestID: String?

    package init() {}

    package init(at: Date, actorID: UUID?, actorLabel: String, action: String, entityType: String, entityID: String,
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

extension AuditEntry: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $at, $actorID, $actorLabel, $action, $entityType, $entityID, $summary, $requestID]
    }
}
