import Fluent
import Foundation
import Domain

/// A municipal department (förvaltning) or company, with its entry point for civil society.
package final class Department: Model, @unchecked Sendable {
    package static let schema = "departments"

    package typealias Kind = DepartmentKind

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    @Field(key: "slug") package var slug: String
    @Field(key: "name") package var name: String
    @Field(key: "kind") package var kind: Kind
    @Field(key: "position") package var position: Int
    /// The central entry point where unsorted questions land.
    @Field(key: "is_coordinator") package var isCoordinator: Bool

    @Field(key: "email") package var email: String
    @Field(key: "phone") package var phone: String
    @Field(key: "address") package var address: String
    @Field(key: "opening_hours") package var openingHours: String
    @Field(key: "description") package var description: String
    @Field(key: "easy_read_description") package var easyReadDescription: String
    /// Since when the department has been in the agreement (kept in step with the ledger).
    @OptionalField(key: "joined_since") package var joinedSince: Date?
    /// The promise to people who ask: a first answer within this many working days.
    @Field(key: "answer_days") package var answerDays: Int

    package init() {}

    package init(id: UUID? = nil, slug: String, name: String, kind: Kind, position: Int, isCoordinator: Bool,
         email: String, phone: String, address: String, openingHours: String,
         description: String = "", easyReadDescription: String = "") {
        self.id = id
        self.slug = slug
        self.name = name
        self.kind = kind
        self.position = position
        self.isCoordinator = isCoordinator
        self.email = email
        self.phone = phone
        self.address = address
        self.openingHours = openingHours
        self.description = description
        self.easyReadDescription = easyReadDescription
        self.answerDays = 5
    }
}

extension Department {
    package var typedID: DepartmentID { DepartmentID(id!) }
    /// The department as decisions name it.
    package var ref: DepartmentRef { DepartmentRef(id: typedID, name: name) }
}

extension Department: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $slug, $name, $kind, $position, $isCoordinator, $email, $phone, $address,
         $openingHours, $description, $easyReadDescription, $joinedSince, $answerDays]
    }
}
