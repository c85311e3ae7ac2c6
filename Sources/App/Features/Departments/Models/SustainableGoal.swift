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
final class Principle: Model, @unchecked Sendable {
    static let schema = "principles"

    @ID(key: .id) var id: UUID?
    @Field(key: "position") var position: Int
    @Field(key: "name_sv") var nameSv: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "summary_sv") var summarySv: String
    @Field(key: "summary_en") var summaryEn: String

    init() {}

    init(position: Int, nameSv: String, nameEn: String, summarySv: String, summaryEn: String) {
        self.position = position
        self.nameSv = nameSv
        self.nameEn = nameEn
        self.summarySv = summarySv
        self.summaryEn = summaryEn
    }
}
