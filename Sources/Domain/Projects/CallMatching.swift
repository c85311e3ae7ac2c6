/// What a call asks for, as matching reads it.
public struct CallNeeds: Sendable, Hashable {
    public var competences: [String]
    public var categories: Set<AssociationCategory>
    public var districts: Set<DistrictID>
    public var targetGroups: Set<TargetGroup>

    public init(competences: [String], categories: Set<AssociationCategory>, districts: Set<DistrictID>, targetGroups: Set<TargetGroup>) {
        self.competences = competences
        self.categories = categories
        self.districts = districts
        self.targetGroups = targetGroups
    }
}

/// An association as matching reads it: what it offers, works with, where and for whom.
public struct MatchCandidate: Sendable, Hashable {
    public var id: AssociationID
    public var name: String
    public var competences: [String]
    public var categories: Set<AssociationCategory>
    public var districts: Set<DistrictID>
    public var targetGroups: Set<TargetGroup>

    public init(id: AssociationID, name: String, competences: [String], categories: Set<AssociationCategory>, districts: Set<DistrictID>,
                targetGroups: Set<TargetGroup>) {
        self.id = id
        self.name = name
        self.competences = competences
        self.categories = categories
        self.districts = districts
        self.targetGroups = targetGroups
    }
}

/// Why an association fits a call, in the order shown: "competence: NPF; district: Vivalla".
public enum MatchReason: Sendable, Hashable {
    case competence(String)
    case category(AssociationCategory)
    case district(DistrictID)
    case targetGroup(TargetGroup)

    /// A matching competence weighs most: it is what the department asked for by name.
    var weight: Int {
        switch self {
        case .competence: return 4
        case .category: return 2
        case .district: return 2
        case .targetGroup: return 1
        }
    }
}

public struct CallMatch: Sendable, Hashable {
    public var association: AssociationID
    public var name: String
    public var score: Int
    public var reasons: [MatchReason]
}

/// Which associations fit a call, best first, each with why. Pure: the candidates are read
/// by the caller (those sharing at least one tag with the call), ranked here.
public enum CallMatching {
    public static func rank(_ candidates: [MatchCandidate], for needs: CallNeeds) -> [CallMatch] {
        candidates.compactMap { candidate -> CallMatch? in
            var reasons: [MatchReason] = []
            for wanted in needs.competences where candidate.competences.contains(where: { fits($0, wanted) }) {
                reasons.append(.competence(wanted))
            }
            reasons += needs.categories.intersection(candidate.categories).sorted { $0.rawValue < $1.rawValue }.map(MatchReason.category)
            reasons += needs.districts.intersection(candidate.districts).sorted().map(MatchReason.district)
            reasons += needs.targetGroups.intersection(candidate.targetGroups).sorted { $0.rawValue < $1.rawValue }.map(MatchReason.targetGroup)
            // Somewhere else and for someone else is not a match on its own.
            guard reasons.contains(where: { $0.weight >= 2 && !isPlace($0) }) else { return nil }
            return CallMatch(association: candidate.id, name: candidate.name, score: reasons.map(\.weight).reduce(0, +), reasons: reasons)
        }
        .sorted { ($0.score, AssociationName.sortKey($1.name)) > ($1.score, AssociationName.sortKey($0.name)) }
    }

    private static func isPlace(_ reason: MatchReason) -> Bool {
        if case .district = reason { return true }
        return false
    }

    /// One tag fits another when they are the same words, or one is a whole word of the other
    /// ("npf" fits "npf i skolan"; "autism" does not fit "aut").
    static func fits(_ offered: String, _ wanted: String) -> Bool {
        let a = offered.lowercased(), b = wanted.lowercased()
        if a == b { return true }
        let words = Set(a.split(separator: " ").map(String.init)), wantedWords = Set(b.split(separator: " ").map(String.init))
        return words.contains(b) || wantedWords.contains(a)
    }
}
