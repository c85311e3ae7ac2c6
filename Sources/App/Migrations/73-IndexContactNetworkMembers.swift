import Fluent

/// The contact network's roster reads its members in name order from this index. Without it every
/// account was read for a handful of members (125 000 accounts at 250 000 associations: 140 ms,
/// every time the kept page had to be made again).
struct IndexContactNetworkMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("users_contact_network", on: User.schema, "is_contact_network_member", "display_name")
    }

    func revert(on database: any Database) async throws {
        try await database.dropIndex("users_contact_network")
    }
}
