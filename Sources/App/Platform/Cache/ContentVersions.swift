import Vapor
import Fluent
import SQLKit
import NIOConcurrencyHelpers

/// The number of the last change that touched each scope, a row per scope. Every change that
/// touches anything raises the `*` row last in its transaction and writes that number to the
/// scopes it touched: the `*` row's lock makes writers take numbers in commit order, so a reader
/// that has seen number N has seen every change up to N.
final class ContentChange: Model, @unchecked Sendable {
    static let schema = "content_changes"

    @ID(custom: "scope", generatedBy: .user) var id: String?
    @Field(key: "version") var version: Int64

    init() {}

    init(scope: ContentScope, version: Int64) {
        self.id = scope.name
        self.version = version
    }
}

/// What this process knows of the scopes' versions: read from the database at most once per
/// `freshness` (only the rows changed since the last read), and re-read at once after a local
/// change, so one's own writes show directly and other instances' writes within a second.
package final class ContentVersions: Sendable {
    /// The versions as read at one moment. A kept thing made when `watermark` was N is current
    /// while none of the scopes it read has changed after N.
    package struct Snapshot: Sendable {
        package let watermark: Int64
        /// Only the scopes changed since this process started: anything kept was made after that.
        package let changed: [String: Int64]

        func isUnchanged(_ scopes: Set<ContentScope>, since basis: Int64) -> Bool {
            scopes.allSatisfy { (changed[$0.name] ?? 0) <= basis }
        }
    }

    package static let freshness: TimeInterval = 1

    private struct State {
        package var snapshot: Snapshot?
        package var readAt = Date.distantPast
        package var reading: Task<Snapshot, any Error>?
        /// Raised by `forget`, so a read that began before a local change does not count as fresh.
        package var generation = 0
    }

    private let state = NIOLockedValueBox(State())

    /// Raises the change number and writes it to `scopes`; returns it. Called last in a change's transaction.
    @discardableResult
    package static func bump(_ scopes: Set<ContentScope>, on db: any Database) async throws -> Int64 {
        let sql = db as! any SQLDatabase
        guard let version = try await sql.update(ContentChange.schema)
            .set("version", to: SQLBinaryExpression(left: SQLColumn("version"), op: SQLBinaryOperator.add, right: SQLLiteral.numeric("1")))
            .where("scope", .equal, ContentScope.everything.name)
            .returning("version").first(decodingColumn: "version", as: Int64.self)
        else { throw Abort(.internalServerError, reason: "content_changes has no * row") }
        let named = scopes.subtracting([.everything]).sorted { $0.name < $1.name }
        guard !named.isEmpty else { return version }
        var insert = sql.insert(into: ContentChange.schema).columns("scope", "version")
        for scope in named { insert = insert.values([SQLBind(scope.name), SQLBind(version)]) }
        try await insert.onConflict(with: ["scope"]) { $0.set(excludedValueOf: "version") }.run()
        return version
    }

    package func current(on db: any Database, now: Date = Date()) async throws -> Snapshot {
        let (known, task) = state.withLockedValue { state -> (Snapshot?, Task<Snapshot, any Error>?) in
            if let snapshot = state.snapshot, now.timeIntervalSince(state.readAt) < Self.freshness { return (snapshot, nil) }
            if let reading = state.reading { return (nil, reading) }
            let previous = state.snapshot, generation = state.generation
            let reading = Task { try await Self.read(after: previous, on: db) }
            state.reading = reading
            Task { [weak self] in await self?.finished(reading, generation: generation, now: now) }
            return (nil, reading)
        }
        if let known { return known }
        return try await task!.value
    }

    /// Forgets when the versions were read, so the next request reads them (after a local change).
    package func forget() {
        state.withLockedValue { state in
            state.readAt = .distantPast
            state.reading = nil
            state.generation += 1
        }
    }

    private func finished(_ reading: Task<Snapshot, any Error>, generation: Int, now: Date) async {
        let snapshot = try? await reading.value
        state.withLockedValue { state in
            guard state.generation == generation else { return }
            state.reading = nil
            guard let snapshot else { return }
            if snapshot.watermark >= (state.snapshot?.watermark ?? -1) { state.snapshot = snapshot }
            state.readAt = now
        }
    }

    /// The first read takes only the `*` row; later ones the rows changed since the last.
    private static func read(after previous: Snapshot?, on db: any Database) async throws -> Snapshot {
        let sql = db as! any SQLDatabase
        let query = sql.select().columns("scope", "version").from(ContentChange.schema)
        if let previous {
            query.where("version", .greaterThan, SQLBind(previous.watermark))
        } else {
            query.where("scope", .equal, ContentScope.everything.name)
        }
        var changed = previous?.changed ?? [:]
        var watermark = previous?.watermark ?? 0
        for row in try await query.all() {
            let scope = try row.decode(column: "scope", as: String.self), version = try row.decode(column: "version", as: Int64.self)
            if previous != nil { changed[scope] = version }
            watermark = max(watermark, version)
        }
        return Snapshot(watermark: watermark, changed: changed)
    }
}

extension ContentChange: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $version] }
}
