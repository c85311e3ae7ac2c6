@testable import App
import Testing
import Fluent
import SQLKit

extension QueryPlan {
    /// Each named query has a plan, and none reads all of any of `tables`.
    static func expectIndexed(_ queries: [(String, SQLSelectBuilder)], tables: [String], on db: any Database) async throws {
        for (name, query) in queries {
            let lines = try await lines(query.query, on: db)
            #expect(!lines.isEmpty, "\(name): no plan")
            let scans = fullScans(lines, of: tables)
            #expect(scans.isEmpty, "\(name) reads all of \(scans): \(lines.joined(separator: " | "))")
        }
    }
}
