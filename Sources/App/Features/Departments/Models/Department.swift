import Fluent
import Foundation
import Domain

/// A municipal department (förvaltning) or company, with its entry point for civil society.
final class Department: Model, @unchecked Sendable {
    static let schema = "departments"

    typealias Kind = DepartmentKind

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: Kind
    @Field(key: "position") var position: Int
    /// The central entry point where unsorted questions land.
    @Field(key: "is_coordinator") var isCoordinator: Bool

    @Field(key: "email") var email: String
    @Field(key: "phone") var phone: String
    @Field(key: "address") var address: String
    @Field(key: "opening_hours") var openingHours: String
    @Field(key: "description") var description: String
    @Field(key: "easy_read_description") var easyReadDescription: String
    /// Since when the department has been in the agreement (kept in step with the ledger).
    @OptionalField(key: "joined_since") var joinedSince: Date?
    /// The promise to people who ask: a first answer within this many working days.
    @Field(key: "answer_days") var answerDays: Int

    init() {}

    init(id: UUID? = nil, slug: String, name: String, kind: Kind, position: Int, isCoordinator: Bool,
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
    var typedID: DepartmentID { DepartmentID(id!) }
    /// The department as decisions name it.
    var ref: DepartmentRef { DepartmentRef(id: typedID, name: name) }
}
