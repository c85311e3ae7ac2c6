import Fluent
import SQLKit

/// The last reference number given out in a year. Taken with one atomic upsert, so two
/// inquiries sent at the same moment — on any instance — never get the same number.
package final class InquiryCounter: Model, @unchecked Sendable {
    package static let schema = "inquiry_counters"

    @ID(custom: "year", generatedBy: .user) package var id: Int?
    @Field(key: "last") package var last: Int

    package init() {}

    package static func next(year: Int, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let row = try await sql.insert(into: schema).columns("year", "last").values(SQLBind(year), SQLLiteral.numeric("1"))
            .onConflict(with: ["year"], do: { update in
                update.set("last", to: SQLBinaryExpression(left: SQLColumn("last", table: schema), op: SQLBinaryOperator.add,
                                                           right: SQLLiteral.numeric("1")))
            })
            .returning("last").first()
        return try row?.decode(column: "last", as: Int.self) ?? 1
    }
}

extension InquiryCounter: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $last] }
}
