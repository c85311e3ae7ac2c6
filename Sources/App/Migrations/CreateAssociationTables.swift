import Fluent
import SQLKit

extension Database {
    var isPostgres: Bool { (self as? any SQLDatabase)?.dialect.name == "postgresql" }
}

struct CreateAssociations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // The sort key is compared byte by byte on both databases (see AssociationName.sortKey).
        let sortKeyType: DatabaseSchema.DataType = database.isPostgres ? .sql(unsafeRaw: "TEXT COLLATE \"C\"") : .string
        try await database.schema(Association.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("created_by", .uuid)
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("sort_key", sortKeyType, .required)
            .field("normalized_name", .string, .required)
            .field("org_number", .string)
            .field("legal_form", .string)
            .field("member_band", .string)
            .field("description", .string, .required)
            .field("easy_read_description", .string, .required)
            .field("competences", .string, .required)
            .field("website", .string, .required)
            .field("email", .string, .required)
            .field("phone", .string, .required)
            .field("status", .string, .required)
            .field("status_message", .string, .required)
            .field("source", .string, .required)
            .field("verified_at", .datetime)
            .field("joined_since", .datetime)
            .unique(on: "slug")
            .unique(on: "org_number")
            .create()
        try await database.createIndex("associations_directory", on: Association.schema, "status", "sort_key")
        try await database.createIndex("associations_joined", on: Association.schema, "status", "joined_since")
        try await database.createIndex("associations_normalized_name", on: Association.schema, "normalized_name")
        try await database.createIndex("associations_created", on: Association.schema, "status", "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Association.schema).delete()
    }
}

/// The tag tables: each filter in the directory is one indexed lookup.
struct CreateAssociationTags: AsyncMigration {
    static let tables: [(schema: String, column: String, type: DatabaseSchema.DataType)] = [
        (AssociationCategoryTag.schema, "category", .string),
        (AssociationTargetGroupTag.schema, "target_group", .string),
        (AssociationDistrict.schema, "district_id", .uuid),
        (AssociationCompetence.schema, "competence", .string),
    ]

    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            var builder = database.schema(table.schema)
                .id()
                .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            builder = table.column == "district_id"
                ? builder.field("district_id", .uuid, .required, .references(District.schema, .id, onDelete: .cascade))
                : builder.field(.string(table.column), table.type, .required)
            try await builder.unique(on: "association_id", .string(table.column)).create()
            try await database.createIndex("\(table.schema)_lookup", on: table.schema, table.column, "association_id")
        }
    }

    func revert(on database: any Database) async throws {
        for table in Self.tables.reversed() { try await database.schema(table.schema).delete() }
    }
}

struct CreateRepresentatives: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Representative.schema)
            .id()
            .field("created_at", .datetime)
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .unique(on: "association_id", "user_id")
            .create()
        try await database.createIndex("association_representatives_user", on: Representative.schema, "user_id")
        try await database.schema(RepresentativeInvitation.schema)
            .id()
            .field("created_at", .datetime)
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("email", .string, .required)
            .field("token_hash", .string, .required)
            .field("invited_by", .uuid, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex("association_invitations_association", on: RepresentativeInvitation.schema, "association_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RepresentativeInvitation.schema).delete()
        try await database.schema(Representative.schema).delete()
    }
}

struct CreateEndorsements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Endorsement.schema)
            .id()
            .field("association_id", .uuid, .references(Association.schema, .id, onDelete: .cascade))
            .field("department_id", .uuid, .references(Department.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("decided_on", .datetime, .required)
            .field("signatory_role", .string, .required)
            .field("decision_reference", .string, .required)
            .field("recorded_by", .uuid)
            .field("recorded_by_name", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await database.createIndex("endorsements_association", on: Endorsement.schema, "association_id", "decided_on")
        try await database.createIndex("endorsements_department", on: Endorsement.schema, "department_id", "decided_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Endorsement.schema).delete()
    }
}

struct UpdateDepartmentsAddJoinedSince: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Department.schema).field("joined_since", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Department.schema).deleteField("joined_since").update()
    }
}

struct CreateAgreementTexts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AgreementText.schema)
            .id()
            .field("updated_at", .datetime)
            .field("slug", .string, .required)
            .field("position", .int, .required)
            .field("title_sv", .string, .required)
            .field("body_sv", .string, .required)
            .field("easy_read_sv", .string, .required)
            .field("title_en", .string, .required)
            .field("body_en", .string, .required)
            .unique(on: "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgreementText.schema).delete()
    }
}
