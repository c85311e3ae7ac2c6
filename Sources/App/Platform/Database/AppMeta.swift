import Fluent
import Foundation

/// Small facts about this installation, such as whether the demo has been seeded.
package final class AppMeta: Model, @unchecked Sendable {
    package static let schema = "app_meta"

    @ID(custom: "key", generatedBy: .user) package var id: String?
    @Field(key: "value") package var value: String

    package init() {}

    package init(key: String, value: String) {
        self.id = key
        self.value = value
    }

    package static let demoSeededKey = "demo_seeded"
    package static let municipalitySeededKey = "municipality_seeded"
}

extension AppMeta: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $value] }
}
