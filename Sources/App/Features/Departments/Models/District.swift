import Fluent
import Foundation
import Domain

/// A part of the municipality (stadsdel) or a village.
package final class District: Model, @unchecked Sendable {
    package static let schema = "districts"

    package typealias Kind = DistrictKind

    @ID(key: .id) package var id: UUID?
    @Field(key: "slug") package var slug: String
    @Field(key: "name") package var name: String
    @Field(key: "kind") package var kind: Kind
    @Field(key: "position") package var position: Int

    package init() {}

    package init(id: UUID? = nil, slug: String, name: String, kind: Kind, position: Int) {
        self.id = id
        self.slug = slug
        self.name = name
        self.kind = kind
        self.position = position
    }
}

extension District {
    package var typedID: DistrictID { DistrictID(id!) }
}

extension District: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $slug, $name, $kind, $position] }
}
