import Vapor
import SQLKit
import Domain

/// `samverka explain-search URL`: the statements a directory search runs, each with its plan and
/// time, for the slowest searches `bench/run --search-mix` finds. PostgreSQL: EXPLAIN (ANALYZE,
/// BUFFERS); SQLite: EXPLAIN QUERY PLAN and the statement timed. Reads only.
struct ExplainSearchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "url", help: "A search as asked: /foreningar?q=… or /api/v1/associations?q=…")
        var url: String
        init() {}
    }

    var help: String { "Shows the plan and time of each statement behind one directory search." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let (filter, page) = Self.search(signature.url)
        let query = DirectoryQuery(context.application.db)
        let found = try await query.page(filter, page)
        context.console.print("\(signature.url): \(found.items.count) rows, total \(found.totalIsExact ? "" : "more than ")\(found.total)")
        for (name, statement) in try await query.statements(filter, page) {
            let started = ContinuousClock.now
            let plan = try await QueryPlan.analyzed(statement, on: context.application.db)
            context.console.print("\n\(name) (\(started.duration(to: .now).formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1))))):")
            plan.forEach { context.console.print("  \($0)") }
        }
    }

    /// The filter and page of a search URL, read as the directory page and the API read them.
    static func search(_ url: String) -> (DirectoryQuery.Filter, PageRequest) {
        let items = URLComponents(string: url)?.queryItems ?? []
        func value(_ name: String) -> String { items.first { $0.name == name }?.value ?? "" }
        var filter = DirectoryQuery.Filter()
        filter.terms = SearchTerms(value("q"))
        filter.category = AssociationCategory(rawValue: value("category"))
        filter.districtID = UUID(uuidString: value("district"))
        filter.targetGroup = TargetGroup(rawValue: value("group"))
        filter.competence = value("competence")
        filter.joinedOnly = ["on", "true"].contains(value("joined"))
        return (filter, PageRequest(number: Int(value("page")), size: Int(value("per"))))
    }
}
