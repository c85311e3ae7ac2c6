import Fluent
import Foundation
import Domain

/// A person with an account. Staff belong to a department; flags say what else they do.
package final class User: Model, @unchecked Sendable {
    package static let schema = "users"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    @OptionalParent(key: "department_id") package var department: Department?

    @Field(key: "email") package var email: String
    @Field(key: "display_name") package var displayName: String
    @Field(key: "password_hash") package var passwordHash: String
    @OptionalField(key: "email_confirmed_at") package var emailConfirmedAt: Date?
    @Field(key: "role") package var role: Actor.Role
    @Field(key: "is_entry_point_handler") package var isEntryPointHandler: Bool
    @Field(key: "is_contact_network_member") package var isContactNetworkMember: Bool
    @Field(key: "is_council_member") package var isCouncilMember: Bool
    @Field(key: "is_department_admin") package var isDepartmentAdmin: Bool
    @Field(key: "is_politician") package var isPolitician: Bool
    @OptionalField(key: "last_login_at") package var lastLoginAt: Date?
    /// The language the person uses here; mails are written in it.
    @Field(key: "language") package var language: String

    package init() {}

    package init(id: UUID? = nil, email: String, displayName: String, passwordHash: String, role: Actor.Role = .member,
         departmentID: UUID? = nil, emailConfirmedAt: Date? = nil, language: String = "sv") {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.$department.id = departmentID
        self.emailConfirmedAt = emailConfirmedAt
        self.isEntryPointHandler = false
        self.isContactNetworkMember = false
        self.isCouncilMember = false
        self.isDepartmentAdmin = false
        self.isPolitician = false
        self.language = language
    }

    package var actor: Actor {
        Actor(userID: id.map(UserID.init), role: role, departmentID: $department.id.map(DepartmentID.init),
              isEntryPointHandler: isEntryPointHandler, isContactNetworkMember: isContactNetworkMember,
              isCouncilMember: isCouncilMember, isDepartmentAdmin: isDepartmentAdmin,
              isPolitician: isPolitician)
    }
}

extension User {
    package var typedID: UserID { UserID(id!) }
    /// The person as decisions name them.
    package var ref: PersonRef { PersonRef(id: typedID, name: displayName) }
}

extension User: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $department, $email, $displayName, $passwordHash, $emailConfirmedAt, $role,
         $isEntryPointHandler, $isContactNetworkMember, $isCouncilMember, $isDepartmentAdmin, $isPolitician,
         $lastLoginAt, $language]
    }
}
