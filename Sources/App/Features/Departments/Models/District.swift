import Fluent
import Foundation
import Domain

/// A part of the municipality (stadsdel) or a village.
final class District: Model, @unchecked Sendable {
    static let schema = "districts"

    typealias Kind = DistrictKind

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: Kind
    @Field(key: "position") var position: Int

    init() {}

    init(id: UUID? = nil, slug: String, name: String, kind: Kind, position: Int) {
        self.id = id
        self.slug = slug
        self.name = name
        self.kind = kind
        self.position = position
    }
}

extension District {
    var typedID: DistrictID { DistrictID(id!) }
}
