@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

/// Every list and lookup on a table that grows with the country must use an index. The
/// directory's statements are the ones the app runs; the others are written out as the
/// Fluent queries in the controllers produce them.
@Suite("Query plans: no list reads a whole big table")
struct QueryPlanTests {
    static let bigTables = ["associations", "association_categories", "association_districts", "association_target_groups",
                            "association_competences", "endorsements", "users", "audit_log", "outbox", "sessions",
                            "association_representatives", "login_attempts", "inquiries", "inquiry_entries", "support_offerings", "support_categories",
                            "consultations", "consultation_districts", "consultation_categories",
                            "consultation_responses", "consultation_response_versions", "consultation_invitations", "subscribers",
                            "subscriber_topics", "subscription_digest_items", "directory_order", "register_words", "directory_postings"]

    func assertIndexed(_ name: String, _ query: any SQLExpression, _ ctx: TestApp.Context) async throws {
        let lines = try await QueryPlan.lines(query, on: ctx.app.db)
        #expect(!lines.isEmpty, "\(name): no plan")
        let scans = QueryPlan.fullScans(lines, of: Self.bigTables)
        #expect(scans.isEmpty, "\(name) reads all of \(scans): \(lines.joined(separator: " | "))")
    }

    @Test("the directory, with each filter and with search")
    func directory() async throws {
        try await TestApp.run { ctx in
            let query = DirectoryQuery(ctx.app.db)
            let district = try #require(try await District.query(on: ctx.app.db).first()?.id)
            var filters: [(String, DirectoryQuery.Filter)] = [("no filter", .init())]
            var search = DirectoryQuery.Filter(); search.terms = SearchTerms("bollklubb vivalla"); filters.append(("search", search))
            var category = DirectoryQuery.Filter(); category.category = .sport; filters.append(("category", category))
            var place = DirectoryQuery.Filter(); place.districtID = district; filters.append(("district", place))
            var group = DirectoryQuery.Filter(); group.targetGroup = .youth; filters.append(("target group", group))
            var competence = DirectoryQuery.Filter(); competence.competence = "npf"; filters.append(("competence", competence))
            var joined = DirectoryQuery.Filter(); joined.joinedOnly = true; filters.append(("joined", joined))
            var all = search; all.category = .sport; all.districtID = district; all.joinedOnly = true; filters.append(("everything", all))
            // The combinations bench/run --search-mix asks: filters without words, words with a
            // competence (outside the search index), three filters with words.
            var tags = category; tags.districtID = district; tags.targetGroup = .youth; filters.append(("three filters", tags))
            var groupJoined = group; groupJoined.joinedOnly = true; filters.append(("target group, joined", groupJoined))
            var wordsCompetence = search; wordsCompetence.competence = "npf"; filters.append(("words, competence", wordsCompetence))
            var competenceTags = competence; competenceTags.category = .disability; competenceTags.districtID = district
            filters.append(("competence, category, district", competenceTags))
            var wordsTags = search; wordsTags.targetGroup = .youth; wordsTags.districtID = district; filters.append(("words, group, district", wordsTags))
            // What the directory runs: the plain list's count and page; a search's one statement
            // (SQLite) or its posting lists and page by position (PostgreSQL).
            for (name, filter) in filters {
                if !filter.isIndexed {
                    try await assertIndexed("directory rows, \(name)", query.rowsSelect(filter, PageRequest(number: 3)).query, ctx)
                    try await assertIndexed("directory count, \(name)", query.countSelect(filter).query, ctx)
                } else if let statement = query.inOrderStatement(filter, PageRequest(number: 2)) {
                    try await assertIndexed("search in directory order, \(name)", statement, ctx)
                    let spelled = Dictionary(uniqueKeysWithValues: filter.terms.words.map { ($0, [$0, $0 + "en"]) })
                    let spelledOut = try #require(query.inOrderStatement(filter, PageRequest(number: 2), spelling: spelled))
                    try await assertIndexed("search in directory order, words spelled out, \(name)", spelledOut, ctx)
                } else {
                    let ranges = DirectoryQuery.Ranges(filter, stems: try await query.stems(filter.terms.words))
                    try await assertIndexed("directory posting lists' chunks, \(name)", query.chunksStatement(ranges), ctx)
                    try await assertIndexed("directory posting lists, few chunks, \(name)", query.postingsStatement(ranges, chunks: [0, 1]), ctx)
                    try await assertIndexed("directory posting lists, \(name)", query.postingsStatement(ranges, chunks: nil), ctx)
                    try await assertIndexed("directory page by position, \(name)", query.positionedRowsStatement([1 << 32, 3 << 32]), ctx)
                }
            }
        }
    }

    @Test("lookups and the other lists")
    func lookups() async throws {
        try await TestApp.run { ctx in
            let sql = ctx.app.db as! any SQLDatabase
            let id = UUID()
            let queries: [(String, SQLSelectBuilder)] = [
                ("association by slug", sql.select().column("*").from("associations").where("slug", .equal, "x")),
                ("association by id", sql.select().column("*").from("associations").where("id", .equal, id)),
                ("eligibility", sql.select().column("*").from("associations").where("org_number", .equal, "802002-4280")
                    .where("status", .equal, "verified")),
                ("tags of a page", sql.select().columns("association_id", "category").from("association_categories")
                    .where("association_id", .in, SQLBind.group([id, UUID()]))),
                ("districts of a page", sql.select().columns("association_id", "district_id").from("association_districts")
                    .where("association_id", .in, SQLBind.group([id]))),
                ("history", sql.select().column("*").from("endorsements").where("association_id", .equal, id).orderBy("decided_on", .descending)),
                ("ledger", sql.select().column("*").from("associations").where("status", .equal, "verified")
                    .where("joined_since", .isNot, SQLLiteral.null).orderBy("sort_key").limit(50).offset(100)),
                ("open data chunk", sql.select().columns("id", "name").from("associations").where("status", .equal, "verified")
                    .where(SQLQueryString("(sort_key > \(bind: "m") OR (sort_key = \(bind: "m") AND id > \(bind: id)))"))
                    .orderBy("sort_key").orderBy("id").limit(500)),
                ("review queue", sql.select().column("*").from("associations").where("status", .in, SQLBind.group(["pending", "needsInformation"]))
                    .orderBy("status").orderBy("created_at").limit(25)),
                ("duplicates by name", sql.select().column("*").from("associations").where("normalized_name", .equal, "ifk exempelby")),
                ("representatives of a person", sql.select().column("association_id").from("association_representatives").where("user_id", .equal, id)),
                ("audit log", sql.select().column("*").from("audit_log").orderBy("at", .descending).limit(25)),
                ("audit log by action", sql.select().column("*").from("audit_log").where("action", .greaterThanOrEqual, "user")
                    .where("action", .lessThan, "user\u{10FFFF}").orderBy("action").limit(25)),
                ("audit log by entity", sql.select().column("*").from("audit_log").where("entity_type", .equal, "association")
                    .where("entity_id", .equal, "x").orderBy("at", .descending).limit(25)),
                ("mail log by status", sql.select().column("*").from("outbox").where("status", .equal, "pending").orderBy("created_at", .descending).limit(25)),
                ("outbox due", sql.select().column("id").from("outbox").where("status", .equal, "pending")
                    .where("next_attempt_at", .lessThanOrEqual, Date()).orderBy("next_attempt_at").limit(20)),
                ("users by e-mail prefix", sql.select().column("*").from("users").where("email", .greaterThanOrEqual, "han")
                    .where("email", .lessThan, "han\u{10FFFF}").orderBy("email").limit(25)),
                ("session by token", sql.select().column("*").from("sessions").where("token_hash", .equal, "x")),
                ("contact network roster", sql.select().column("*").from("users").where("is_contact_network_member", .equal, true)
                    .where("department_id", .isNot, SQLLiteral.null).orderBy("display_name")),
                ("inbox of a department, open", sql.select().column("*").from("inquiries").where("department_id", .equal, id)
                    .where("status", .in, SQLBind.group(["received", "inProgress", "answered", "reopened"])).orderBy("due_at").orderBy("received_at").limit(25)),
                ("inbox of a department, by topic and age", sql.select().column("*").from("inquiries").where("department_id", .equal, id)
                    .where("topic", .equal, "premises").where("received_at", .lessThan, Date()).orderBy("due_at").limit(25)),
                ("every department's overdue", sql.select().column("*").from("inquiries")
                    .where("status", .in, SQLBind.group(["received", "inProgress", "answered", "reopened"]))
                    .where("first_answered_at", .is, SQLLiteral.null).where("due_at", .lessThanOrEqual, Date()).orderBy("due_at").limit(25)),
                ("every inquiry, oldest promise first", sql.select().column("*").from("inquiries").orderBy("due_at").orderBy("received_at").limit(25)),
                ("inquiry by reference", sql.select().column("*").from("inquiries").where("reference", .equal, "SAM-2026-00001")),
                ("inquiry by private link", sql.select().column("*").from("inquiries").where("access_token", .equal, "x")),
                ("my inquiries", sql.select().column("*").from("inquiries").where("submitter_id", .equal, id)
                    .orWhere("association_id", .in, SQLBind.group([id])).orderBy("received_at", .descending).limit(25)),
                ("statistics of a year", sql.select().columns("department_id", "received_at", "due_at", "first_answered_at", "rating")
                    .from("inquiries").where("year", .equal, 2026)),
                ("history of an inquiry", sql.select().column("*").from("inquiry_entries").where("inquiry_id", .equal, id).orderBy("at")),
                ("transferred from a department", sql.select().column("inquiry_id").from("inquiry_entries").where("kind", .equal, "transfer")
                    .where("from_department_id", .equal, id)),
                ("support catalogue", sql.select().column("*").from("support_offerings").where("is_published", .equal, true)
                    .orderBy("title").limit(25)),
                ("support catalogue by kind", sql.select().column("*").from("support_offerings").where("is_published", .equal, true)
                    .where("kind", .equal, "grant").orderBy("title").limit(25)),
                ("support catalogue by step", sql.select().column("*").from("support_offerings").where("is_published", .equal, true)
                    .where("step", .equal, 2).orderBy("title").limit(25)),
                ("a department's support", sql.select().column("*").from("support_offerings").where("department_id", .equal, id).orderBy("title")),
                ("support for a category", sql.select().column("offering_id").from("support_categories").where("category", .equal, "youth")),
                ("consultations planned", sql.select().column("*").from("consultations").where("announced_on", .lessThanOrEqual, Date())
                    .where("compiled_at", .is, SQLLiteral.null).where("opens_on", .greaterThan, Date()).orderBy("opens_on").limit(25)),
                ("consultations open", sql.select().column("*").from("consultations").where("announced_on", .lessThanOrEqual, Date())
                    .where("compiled_at", .is, SQLLiteral.null).where("opens_on", .lessThanOrEqual, Date()).where("closes_at", .greaterThan, Date())
                    .orderBy("closes_at").limit(25)),
                ("consultations closed", sql.select().column("*").from("consultations").where("announced_on", .lessThanOrEqual, Date())
                    .where("compiled_at", .is, SQLLiteral.null).where("closes_at", .lessThanOrEqual, Date()).orderBy("closes_at", .descending).limit(25)),
                ("consultations compiled", sql.select().column("*").from("consultations").where("compiled_at", .isNot, SQLLiteral.null)
                    .orderBy("closes_at", .descending).limit(25)),
                ("consultations of a district", sql.select().column("consultation_id").from("consultation_districts").where("district_id", .equal, id)),
                ("consultations of a category", sql.select().column("consultation_id").from("consultation_categories").where("category", .equal, "sport")),
                ("answers of a consultation", sql.select().column("*").from("consultation_responses").where("consultation_id", .equal, id)
                    .where("submitted_at", .isNot, SQLLiteral.null).orderBy("submitted_at").limit(20).offset(40)),
                ("an association's answer", sql.select().column("*").from("consultation_responses").where("consultation_id", .equal, id)
                    .where("respondent_key", .equal, "a:x")),
                ("answers per consultation", sql.select().column("consultation_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                    .from("consultation_responses").where("consultation_id", .in, SQLBind.group([id, UUID()]))
                    .where("submitted_at", .isNot, SQLLiteral.null).groupBy("consultation_id")),
                ("invited to a consultation", sql.select().column("*").from("consultation_invitations").where("consultation_id", .equal, id)),
                ("subscribers of a district or category", sql.select().column("subscriber_id").from("subscriber_topics")
                    .where("kind", .equal, "district").where("value", .in, SQLBind.group(["a", "b"]))),
                ("subscribers of any district", sql.select().column("subscriber_id").from("subscriber_topics").where("kind", .equal, "district")),
                ("unsubscribe link", sql.select().column("*").from("subscribers").where("token", .equal, "x")),
                ("a weekly digest", sql.select().column("*").from("subscription_digest_items").where("created_at", .lessThanOrEqual, Date())
                    .orderBy("created_at").limit(50_000)),
                ("the admin's register words, a page", sql.select().column("*").from("register_words").orderBy("kind").orderBy("word_key")
                    .limit(50).offset(50)),
                ("a register word by its kind and key", sql.select().column("*").from("register_words").where("kind", .equal, "category")
                    .where("word_key", .equal, "idrottsföreningfotboll")),
                ("sign-in attempts", sql.select().column("at").from("login_attempts").where("email_hash", .equal, "x")
                    .where("at", .greaterThan, Date())),
            ]
            for (name, builder) in queries { try await assertIndexed(name, builder.query, ctx) }
        }
    }
}
