import Foundation

/// The lists of a register whose words an admin can map to Samverka's values.
public enum RegisterWordKind: String, Sendable, Hashable, CaseIterable, Codable {
    case category, district, targetGroup

    /// The import column the words are read from.
    public var column: AssociationImportColumn {
        switch self {
        case .category: return .categories
        case .district: return .districts
        case .targetGroup: return .targetGroups
        }
    }

    public init?(column: AssociationImportColumn) {
        guard let kind = Self.allCases.first(where: { $0.column == column }) else { return nil }
        self = kind
    }
}

/// What a register's word means in Samverka.
public enum RegisterMeaning: Sendable, Hashable {
    case category(AssociationCategory)
    case district(DistrictID)
    case targetGroup(TargetGroup)

    public var kind: RegisterWordKind {
        switch self {
        case .category: return .category
        case .district: return .district
        case .targetGroup: return .targetGroup
        }
    }

    /// The value as a form sends it: a category's or target group's name, a district's id.
    public var formValue: String {
        switch self {
        case .category(let category): return category.rawValue
        case .district(let id): return id.description
        case .targetGroup(let group): return group.rawValue
        }
    }

    /// Reads a form's value for a word of `kind`; nil for anything that is not one of its values.
    public init?(kind: RegisterWordKind, formValue: String, knownDistricts: Set<DistrictID>) {
        switch kind {
        case .category: guard let category = AssociationCategory(rawValue: formValue) else { return nil }; self = .category(category)
        case .targetGroup: guard let group = TargetGroup(rawValue: formValue) else { return nil }; self = .targetGroup(group)
        case .district:
            guard let id = DistrictID(formValue), knownDistricts.contains(id) else { return nil }
            self = .district(id)
        }
    }
}

/// How a municipality's registers are read: the words its admin has mapped first, then the
/// built-in vocabulary, and for districts their names as Samverka has them.
public struct RegisterWords: Sendable {
    private var mapped: [RegisterWordKind: [String: RegisterMeaning]] = [:]
    private var districtNames: [String: DistrictID] = [:]

    public init(districts: [(name: String, id: DistrictID)] = [], mapped: [(word: String, meaning: RegisterMeaning)] = []) {
        for district in districts where districtNames[Self.key(district.name)] == nil {
            districtNames[Self.key(district.name)] = district.id
        }
        for entry in mapped { self.mapped[entry.meaning.kind, default: [:]][Self.key(entry.word)] = entry.meaning }
    }

    /// How words are compared: case, spaces, dashes and punctuation do not count, so
    /// "Idrottsförening – fotboll" and "idrottsförening-fotboll" are one word.
    public static func key(_ word: String) -> String {
        word.precomposedStringWithCanonicalMapping.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    public func meaning(of word: String, as kind: RegisterWordKind) -> RegisterMeaning? {
        mapped[kind]?[Self.key(word)]
    }

    public func category(_ word: String) -> AssociationCategory? {
        if case .category(let category) = meaning(of: word, as: .category) { return category }
        return AssociationCategory(rawValue: word) ?? ImportVocabulary.categories[Self.key(word)]
    }

    public func targetGroup(_ word: String) -> TargetGroup? {
        if case .targetGroup(let group) = meaning(of: word, as: .targetGroup) { return group }
        return TargetGroup(rawValue: word) ?? ImportVocabulary.targetGroups[Self.key(word)]
    }

    public func district(_ word: String) -> DistrictID? {
        if case .district(let id) = meaning(of: word, as: .district) { return id }
        return districtNames[Self.key(word)]
    }
}
