import Fluent
import Foundation
import Domain

/// One event in the ledger of the agreement: a party joined or withdrew. Rows are only added.
package final class Endorsement: Model, @unchecked Sendable {
    package static let schema = "endorsements"

    @ID(key: .id) package var id: UUID?
    @OptionalParent(key: "association_id") package var association: Association?
    @OptionalParent(key: "department_id") package var department: Department?
    @Field(key: "kind") package var kind: EndorsementEvent.Kind
    /// The day of the decision (board or committee), as the party states it.
    @Field(key: "decided_on") package var decidedOn: Date
    /// For associations: the role of the person with the right to sign (ordförande, …).
    @Field(key: "signatory_role") package var signatoryRole: String
    /// For departments: the committee's decision reference (diarienummer, paragraf).
    @Field(key: "decision_reference") package var decisionReference: String
    @OptionalField(key: "recorded_by") package var recordedBy: UUID?
    @Field(key: "recorded_by_name") package var recordedByName: String
    @Field(key: "recorded_at") package var recordedAt: Date

    package init() {}

    package init(associationID: UUID?, departmentID: UUID?, kind: EndorsementEvent.Kind, decidedOn: Date, signatoryRole: String,
         decisionReference: String, recordedBy: UUID?, recordedByName: String, recordedAt: Date) {
        self.$association.id = associationID
        self.$department.id = departmentID
        self.kind = kind
        self.decidedOn = decidedOn
        self.signatoryRole = signatoryRole
        self.decisionReference = decisionReference
        self.recordedBy = recordedBy
        self.recordedByName = recordedByName
        self.recordedAt = recordedAt
    }

    package var event: EndorsementEvent { EndorsementEvent(kind: kind, on: decidedOn) }
}

extension Endorsement: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $association, $department, $kind, $decidedOn, $signatoryRole, $decisionReference, $recordedBy,
         $recordedByName, $recordedAt]
    }
}
