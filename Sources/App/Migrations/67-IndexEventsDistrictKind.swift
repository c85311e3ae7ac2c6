import Fluent

/// The list and the API filtered by district and kind at once (the commonest question: "trainings
/// in Vivalla") read only those rows: with one of the two alone a district's events of every
/// kind were read and dropped — a tenth of all events at 250 000 associations.
struct IndexEventsDistrictKind: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("events_district_kind_next", on: Event.schema, "district_id", "kind", "next_starts_at")
    }

    func revert(on database: any Database) async throws {
        try await database.dropIndex("events_district_kind_next")
    }
}
