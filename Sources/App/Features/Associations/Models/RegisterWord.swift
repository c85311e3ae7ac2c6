import Fluent
import Foundation
import Domain

/// A word the municipality's registers use for a category, a district or a target group, and
/// what it means in Samverka, as the admin decided. Read by every import.
final class RegisterWord: Model, @unchecked Sendable {
    static let schema = "register_words"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "kind") var kind: RegisterWordKind
    /// The word as the import compares it (`RegisterWords.key`); one row per kind and key.
    @Field(key: "word_key") var key: String
    /// The word as the admin wrote it.
    @Field(key: "word") var word: String
    /// One of these is set, the one `kind` names; a district is a reference, so it cannot dangle.
    @OptionalField(key: "category") var category: AssociationCategory?
    @OptionalField(key: "target_group") var targetGroup: TargetGroup?
    @OptionalParent(key: "district_id") var district: District?

    init() {}

    init(word: String, key: String, meaning: RegisterMeaning) {
        self.word = word
        self.key = key
        self.kind = meaning.kind
        self.meaning = meaning
    }

    var meaning: RegisterMeaning? {
        get {
            switch kind {
            case .category: return category.map(RegisterMeaning.category)
            case .targetGroup: return targetGroup.map(RegisterMeaning.targetGroup)
            case .district: return $district.id.map { .district(DistrictID($0)) }
            }
        }
        set {
            category = nil
            targetGroup = nil
            $district.id = nil
            switch newValue {
            case .category(let value)?: category = value
            case .targetGroup(let value)?: targetGroup = value
            case .district(let id)?: $district.id = id.uuid
            case nil: break
            }
        }
    }
}

extension RegisterWord: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $kind, $key, $word, $category, $targetGroup, $district]
    }
}
