import Vapor
import Fluent
import SQLKit
import Domain
import App

/// Synthetic data at national scale for benchmarks: N associations with tags, districts, a
/// representative account for every second one, ledger entries for about 40 %, two inquiries
/// each (in every state, spread over the past year), an audit row each, and consultations with
/// answers and subscribers, projects (`SyntheticProjects`), volunteer assignments
/// (`SyntheticAssignments`) and events (`SyntheticEvents`) in proportion. Rows go in as multi-row INSERTs, a batch per
/// transaction, so 250 000 take minutes.
struct ScaleSeeder {
    let app: Application
    let count: Int
    let seed: UInt64
    static let batchSize = 500
    static let markerKey = "scale_seeded"

    func run(progress: @Sendable (Int, Int) -> Void) async throws {
        let districts = try await District.query(on: app.db).sort(\.$position).all().map { $0.id! }
        let departments = try await Department.query(on: app.db).sort(\.$position).all().map { (id: $0.id!, days: $0.answerDays) }
        // Synthetic references are numbered after every number given out so far, in any year.
        let firstNumber = (try await InquiryCounter.query(on: app.db).max(\.$last) ?? 0) + 1
        let inquiries = SyntheticInquiries(departments: departments, firstNumber: firstNumber, now: app.wallClock.now)
        let hash = try await app.passwords.hash("scale-seed-password")
        let now = app.wallClock.now
        var start = 0
        while start < count {
            let indexes = start..<min(start + Self.batchSize, count)
            let batch = indexes.map { SyntheticRegister.association($0, seed: seed, districtCount: districts.count) }
            try await app.db.retryingTransaction { db in
                try await DirectoryBulkLoad.begin(on: db as! any SQLDatabase)
                try await Self.insert(batch, indexes: indexes, districts: districts, passwordHash: hash, now: now, on: db as! any SQLDatabase)
                try await inquiries.insert(for: batch, indexes: indexes, on: db as! any SQLDatabase)
                return 0
            }
            start = indexes.upperBound
            progress(start, count)
        }
        try await DirectoryBulkLoad.finish(on: app.db as! any SQLDatabase)
        try await inquiries.finish(count: count, on: app.db)
        try await InquiryCounts.rebuild(on: app.db)
        try await SyntheticConsultations(count: count, districts: districts, departments: departments.map(\.id), seed: seed, now: now)
            .run(on: app.db)
        try await SyntheticProjects(count: count, districts: districts, departments: departments.map(\.id), now: now).run(on: app.db)
        try await SyntheticAssignments(count: count, districts: districts, departments: departments.map(\.id), now: now).run(on: app.db)
        try await SyntheticEvents(count: count, districts: districts, departments: departments.map(\.id), now: now).run(on: app.db)
        try await AppMeta(key: Self.markerKey, value: "\(count) seed \(seed)").create(on: app.db)
        try await ContentVersions.bump(.allAreas, on: app.db)
        try await compact(on: app.db as! any SQLDatabase)
    }

    /// PostgreSQL: the tag tables' triggers update each association once per tag statement, so
    /// rows inserted a batch at a time leave `associations` at about 2.4 times its live size (399
    /// against 220 MB at 250 000), its rows spread over all of it. A register that grows a row at
    /// a time, with autovacuum, reuses that space; the table is rewritten once here so that
    /// benchmarks read the layout production has (search mix at 250 000, API p99 90 → 57 ms, max 118 → 65), and the
    /// planner's statistics are fresh. A rewrite leaves the visibility map empty, so every index-only
    /// scan (the directory's count, the ledger) would still read the table until autovacuum came by,
    /// which nothing would prompt after a seed; a plain `VACUUM` sets it, as autovacuum does on a
    /// register in use. SQLite's file is packed as it is written.
    private func compact(on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("VACUUM (FULL) \(ident: Association.schema)").run()
        try await sql.raw("VACUUM (ANALYZE)").run()
    }

    static func insert(_ batch: [SyntheticAssociation], indexes: Range<Int>, districts: [UUID], passwordHash: String, now: Date,
                       on sql: any SQLDatabase) async throws {
        var associations = sql.insert(into: Association.schema).columns(
            "id", "created_at", "updated_at", "slug", "name", "sort_key", "normalized_name", "org_number", "legal_form", "member_band",
            "description", "easy_read_description", "competences", "website", "email", "phone", "status", "status_message",
            "source", "verified_at", "joined_since")
        var categories = sql.insert(into: AssociationCategoryTag.schema).columns("id", "association_id", "category")
        var places = sql.insert(into: AssociationDistrict.schema).columns("id", "association_id", "district_id")
        var groups = sql.insert(into: AssociationTargetGroupTag.schema).columns("id", "association_id", "target_group")
        var competences = sql.insert(into: AssociationCompetence.schema).columns("id", "association_id", "competence")
        var endorsements = sql.insert(into: Endorsement.schema).columns(
            "id", "association_id", "kind", "decided_on", "signatory_role", "decision_reference", "recorded_by_name", "recorded_at")
        var users = sql.insert(into: User.schema).columns(
            "id", "created_at", "updated_at", "email", "display_name", "password_hash", "email_confirmed_at", "role",
            "is_entry_point_handler", "is_contact_network_member", "is_council_member", "language")
        var representatives = sql.insert(into: Representative.schema).columns("id", "created_at", "association_id", "user_id")
        var audits = sql.insert(into: AuditEntry.schema).columns("id", "at", "actor_label", "action", "entity_type", "entity_id", "summary")
        var hasCompetences = false, hasEndorsements = false, hasUsers = false
        for (offset, item) in batch.enumerated() {
            let index = indexes.lowerBound + offset
            let joined = item.joinedDaysAgo.map { now.addingTimeInterval(-Double($0) * 86_400) }
            let values: [any Encodable & Sendable] = [
                item.id, now, now, item.slug, item.name, AssociationName.sortKey(item.name), AssociationName.normalized(item.name),
                item.orgNumber, LegalForm.nonProfitAssociation.rawValue, item.memberBand.rawValue, item.description, "",
                item.competences.joined(separator: ", "), "", "kontakt@\(item.slug).example", "",
                AssociationStatus.verified.rawValue, "", "seed --scale", now, joined,
            ]
            associations = associations.values(values)
            for category in item.categories { categories = categories.values([UUID(), item.id, category.rawValue] as [any Encodable & Sendable]) }
            for district in item.districtIndexes where district < districts.count {
                places = places.values([UUID(), item.id, districts[district]] as [any Encodable & Sendable])
            }
            for group in item.targetGroups { groups = groups.values([UUID(), item.id, group.rawValue] as [any Encodable & Sendable]) }
            for competence in item.competences {
                competences = competences.values([UUID(), item.id, competence] as [any Encodable & Sendable])
                hasCompetences = true
            }
            if let joined {
                endorsements = endorsements.values([UUID(), item.id, "joined", joined, "Ordförande", "", "seed --scale", now] as [any Encodable & Sendable])
                hasEndorsements = true
            }
            if index % 2 == 0 {
                let user = UUID()
                users = users.values([user, now, now, "representant\(index)@scale.example", "Företrädare \(index)", passwordHash, now,
                                      Actor.Role.member.rawValue, false, false, false, "sv"] as [any Encodable & Sendable])
                representatives = representatives.values([UUID(), now, item.id, user] as [any Encodable & Sendable])
                hasUsers = true
            }
            audits = audits.values([UUID(), now, "seed --scale", "association.register", "association", item.id.uuidString,
                                    "synthetic \(index)"] as [any Encodable & Sendable])
        }
        try await associations.run()
        try await categories.run()
        try await places.run()
        try await groups.run()
        if hasCompetences { try await competences.run() }
        if hasEndorsements { try await endorsements.run() }
        if hasUsers {
            try await users.run()
            try await representatives.run()
        }
        try await audits.run()
    }
}
