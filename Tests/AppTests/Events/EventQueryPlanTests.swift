@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

/// The event list with each filter, an event's page, its registrations and sign-ups, and the
/// clearing of old registrations use indexes.
@Suite("Query plans: events")
struct EventQueryPlanTests {
    static let tables = ["events", "event_registrations", "event_notices", "event_digest_items", "event_participants"]

    @Test("coming events with each filter, an event by slug, its registrations and counts, the forgetting, its sign-ups")
    func events() async throws {
        try await TestApp.run { ctx in
            let sql = ctx.app.db as! any SQLDatabase
            let id = UUID(), now = ctx.clock.now
            func coming(_ condition: SQLQueryString?) -> SQLSelectBuilder {
                let select = sql.select().column("*").from("events").where("ends_at", .greaterThan, SQLBind(now))
                if let condition { select.where(condition) }
                return select.orderBy("starts_at").orderBy("id").limit(25).offset(25)
            }
            let queries: [(String, SQLSelectBuilder)] = [
                ("coming", coming(nil)),
                ("district", coming("district_id = \(bind: id)")),
                ("kind", coming("kind = \(bind: EventKind.training.rawValue)")),
                ("district and kind", coming("district_id = \(bind: id) AND kind = \(bind: EventKind.training.rawValue)")),
                ("an organiser's", coming("organiser_key = \(bind: "d:x")")),
                ("an organiser's, with those it co-organises", sql.select().column("*").from("events").where("ends_at", .greaterThan, SQLBind(now))
                    .where("(organiser_key = \(bind: "a:x") OR (co_organiser_key = \(bind: "a:x") AND co_organiser_status = 'confirmed'))" as SQLQueryString)
                    .orderBy("next_starts_at").orderBy("id").limit(25)),
                ("a span of days (the API)", coming("starts_at < \(bind: now.addingTimeInterval(86_400 * 30))")),
                ("by slug", sql.select().column("*").from("events").where("slug", .equal, "x")),
                ("published lately, for the subscribers' notices", sql.select().column("*").from("events")
                    .where("created_at", .greaterThanOrEqual, SQLBind(now)).where(SQLColumn("district_id"), .isNot, SQLLiteral.null)
                    .where(SQLColumn("cancelled_at"), .is, SQLLiteral.null).where("ends_at", .greaterThan, SQLBind(now)).orderBy("created_at").limit(200)),
                ("noticed already", sql.select().column("event_id").from("event_notices").where("event_id", .in, SQLBind.group([id]))),
                ("waiting for Monday", sql.select().column("*").from("event_digest_items").where("created_at", .lessThanOrEqual, SQLBind(now))
                    .orderBy("created_at").limit(50_000)),
                ("registrations of one", sql.select().column("*").from("event_registrations").where("event_id", .equal, id)
                    .orderBy("created_at").limit(2000)),
                ("places taken", sql.select().column(SQL.count, as: "n").from("event_registrations").where("event_id", .equal, id)
                    .where("status", .equal, RegistrationStatus.confirmed.rawValue)),
                ("already registered", sql.select().column("id").from("event_registrations").where("event_id", .equal, id).where("email", .equal, "a@b.se")),
                ("by token", sql.select().column("*").from("event_registrations").where("token", .equal, "t")),
                ("counts", sql.select().column("event_id").column("status").column(SQL.count, as: "n").from("event_registrations")
                    .where("event_id", .in, SQLBind.group([id])).groupBy("event_id").groupBy("status")),
                ("to forget", sql.select().column("id").from("event_registrations").where(SQLColumn("forgotten_at"), .is, SQLLiteral.null)
                    .where("event_id IN (SELECT id FROM events WHERE ends_at < \(bind: now))" as SQLQueryString)),
                ("sign-ups of one", sql.select().column("*").from("event_participants").where("event_id", .equal, id)),
            ]
            try await QueryPlan.expectIndexed(queries, tables: Self.tables, on: ctx.app.db)
        }
    }
}
