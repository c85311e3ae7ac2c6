import Fluent
import Foundation

/// One of the 17 Agenda 2030 goals, with its Swedish short name from the municipality file.
final class SustainableGoal: Model, @unchecked Sendable {
    static let schema = "sdgs"

    @ID(custom: "number", generatedBy: .user) var id: Int?
    @Field(key: "name_sv") var nameSv: String
    @Field(key: "name_en") var nameEn: String

    init() {}

    init(number: Int, nameSv: String, nameEn: String) {
        self.id = number
        self.nameSv = nameSv
        self.nameEn = nameEn
    }
}

/// A principle of the local agreement (the national agreement has six).
package final class Principle: Model, @unchecked Sendable {
    package static let schema = "principles"

    @ID(key: .id) package var id: UUID?
    @Field(key: "position") package var position: Int
    @Field(key: "name_sv") package var nameSv: String
    @Field(key: "name_en") package var nameEn: String
    @Field(key: "summary_sv") package var summarySv: String
    @Field(key: "summary_en") package var summaryEn: String

    package init() {}

    init(position: Int, nameSv: String, nameEn: String, summarySv: String, summaryEn: String) {
        self.position = position
        self.nameSv = nameSv
        self.nameEn = nameEn
        self.summarySv = summarySv
        self.summaryEn = summaryEn
    }
}

extension SustainableGoal: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $nameSv, $nameEn] }
}

extension Principle: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $position, $nameSv, $nameEn, $summarySv, $summaryEn] }
}
