import Vapor
import Fluent
import Domain
import Views

/// Imports an association register (CSV). The command line and the admin's upload page run
/// this same code. Nothing is dropped silently: every skipped row, and every row with a value
/// that could not be read, is in the report with its row number and the reason.
struct AssociationImporter {
    struct Options: Sendable {
        var dryRun = false
        /// Imported associations are public at once (the admin vouches for the source).
        var verified = false
        var fileName: String
    }

    struct Report: Sendable {
        enum Outcome: String, Sendable { case created, updated, unchanged, skipped, review }
        struct Line: Sendable { var row: Int; var outcome: Outcome; var message: String }

        var created = 0, updated = 0, unchanged = 0, skipped = 0
        var lines: [Line] = []
        /// The categories, districts and target groups no map covers, for the admin to map.
        var unmapped: [UnmappedWord] = []
        var unknownColumns: [String] = []
        var encoding = ""
        var separator: Character = ","

        var summary: String { "created \(created), updated \(updated), unchanged \(unchanged), skipped \(skipped)" }
    }

    /// The file cannot be imported at all; nothing was written.
    struct Refusal: Error, Sendable {
        var messageKey: String
        var values: [String: String] = [:]
    }

    private struct DryRun: Error { let outcomes: [Report.Outcome] }

    let app: Application
    let catalog: Catalog
    let actor: Actor
    let actorLabel: String
    static let batchSize = 200

    func run(_ data: Data, _ options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> Report {
        let table: CSVTable
        do {
            table = try CSVTable.read(data)
        } catch {
            switch error {
            case .empty: throw Refusal(messageKey: "import.refused.empty")
            case .notText: throw Refusal(messageKey: "import.refused.notText")
            case .unclosedQuote(let row): throw Refusal(messageKey: "import.refused.quote", values: ["row": String(row)])
            }
        }
        let (columns, unknown) = AssociationImportColumn.map(table.header)
        guard columns[.name] != nil else {
            throw Refusal(messageKey: "import.refused.noName", values: ["headers": table.header.joined(separator: ", ")])
        }
        let plan = try await ImportPlan.make(table: table, columns: columns, catalog: catalog, on: app.db)
        var report = Report(lines: plan.lines, unmapped: plan.unmapped, unknownColumns: unknown, encoding: table.encoding, separator: table.separator)
        report.skipped = plan.lines.filter { $0.outcome == .skipped }.count
        var done = 0
        for batch in stride(from: 0, to: plan.rows.count, by: Self.batchSize).map({ Array(plan.rows[$0..<min($0 + Self.batchSize, plan.rows.count)]) }) {
            let outcomes = try await apply(batch, options)
            for outcome in outcomes {
                switch outcome {
                case .created: report.created += 1
                case .updated: report.updated += 1
                default: report.unchanged += 1
                }
            }
            done += batch.count
            progress?(done, plan.rows.count)
        }
        report.lines.sort { $0.row < $1.row }
        return report
    }

    /// One transaction per batch, with one audit row saying what the batch did.
    private func apply(_ rows: [ImportPlan.Row], _ options: Options) async throws -> [Report.Outcome] {
        let work: @Sendable (any Database) async throws -> [Report.Outcome] = { db in
            var outcomes: [Report.Outcome] = []
            for row in rows { outcomes.append(try await ImportPlan.apply(row, options: options, on: db)) }
            return outcomes
        }
        if options.dryRun {
            // The real work in a transaction that is always rolled back: the outcomes are exact.
            do {
                _ = try await app.db.retryingTransaction { db -> Int in throw DryRun(outcomes: try await work(db)) }
            } catch let dryRun as DryRun {
                return dryRun.outcomes
            }
        }
        return try await Change.run(on: app.db, actor: actor, actorLabel: actorLabel, requestID: nil, now: app.wallClock.now,
                                    mailDomain: app.settings.mailDomain, contentVersions: app.contentVersions) { change in
            let outcomes = try await work(change.db)
            let created = outcomes.filter { $0 == .created }.count, updated = outcomes.filter { $0 == .updated }.count
            try await change.audit("association.import", "import", options.fileName,
                                   "rows \(rows.first?.source.number ?? 0)–\(rows.last?.source.number ?? 0): created \(created), updated \(updated)")
            return outcomes
        }
    }
}
