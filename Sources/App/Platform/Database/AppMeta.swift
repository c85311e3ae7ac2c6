import Fluent
import Foundation

/// Small facts about this installation, such as whether the demo has been seeded.
final class AppMeta: Model, @unchecked Sendable {
    static let schema = "app_meta"

    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "value") var value: String

    init() {}

    init(key: String, value: String) {
        self.id = key
        self.value = value
    }

    static let demoSeededKey = "demo_seeded"
    static let municipalitySeededKey = "municipality_seeded"
}
