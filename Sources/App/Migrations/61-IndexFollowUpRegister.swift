import Fluent
import SQLKit

/// The follow-up's first answer of a year at 250 000 associations took 1.4–2.2 s, most of it
/// reading whole rows of the register's big tables (measured per section, `FollowUpFigures`
/// logs it at debug level). These indexes hold every column those statements read:
/// - the associations in the directory at each year's end, by the day each was verified;
/// - each cooperating association's status and member band, found by its id (the fairness table);
/// - projects by form with their status and dates (the projects table).
struct IndexFollowUpRegister: IndexMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("associations_verified", Association.schema, ["status", "verified_at"]),
        ("associations_band_by_id", Association.schema, ["id", "status", "member_band"]),
        ("projects_by_form", Project.schema, ["form", "status", "created_at", "ends_on", "id"]),
    ]
}
